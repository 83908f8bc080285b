"""The phenomenon challenge set, nlp/data/challenge_passages.py → stance_challenge.jsonl.

The guarantees of the training passages (tests/nlp/test_news_passages.py): every language and
phenomenon, valid labels, the Code named, the target found by the training marking and the tagger,
deterministic, no 8-word window shared with the development files (counts and frame ids only are
reported, never development text) — and, being an evaluation set, no text shared with the
training data.
"""
from __future__ import annotations

import collections
import json

import pytest
from test_news_passages import DATA_DIR, DEV_DIR, LABELS, _load, dev_overlap, missing_targets

LANGS = ("en", "de", "fr", "es", "it", "pt", "nl", "pl")
PHENOMENA = {"delay_list", "hedged_intent", "refusal_paraphrase", "list_such_as", "chapter_status", "reversal",
             "other_document", "quote_backreference", "willingness", "absent_from_list", "not_a_position",
             "negated_interest", "contrast_turn", "delay_then_decision"}


@pytest.fixture(scope="module")
def challenge():
    return _load("challenge_passages")


@pytest.fixture(scope="module")
def rows(challenge):
    return challenge.generate()


def test_no_8gram_overlap_with_development_files(rows):
    hits = dev_overlap(rows)
    if hits is None:
        pytest.skip(f"no development files in {DEV_DIR}")
    assert not hits, f"{len(hits)} frames share 8-word windows with the development files: {sorted(hits)}"


def test_every_language_and_phenomenon(challenge, rows):
    per_lang = collections.Counter(r[3] for r in rows)
    for lang in LANGS:
        assert per_lang[lang] >= 0.9 * challenge.TARGET[lang], (lang, per_lang[lang])
        seen = {r[4] for r in rows if r[3] == lang}
        assert PHENOMENA <= seen, (lang, sorted(PHENOMENA - seen))
    assert {r[2] for r in rows} <= LABELS


def test_frame_specs_label_every_company_slot(challenge):
    slot_re = _load("news_passages").SLOT
    for lang, frames in challenge.FRAMES.items():
        for phen, spec, text in frames:
            assert phen in PHENOMENA, (lang, phen)
            labels = dict(part.split("=") for part in spec.split(","))
            assert set(labels.values()) <= LABELS, (lang, spec)
            slots = set(slot_re.findall(text))
            for slot in labels:
                assert {slot, slot + "c", "X" + slot, "S" + slot, "R" + slot, "P" + slot, "de" + slot} & slots, (lang, spec, text)
            company_slots = {s.removeprefix("X").removeprefix("S").removeprefix("R").removeprefix("P").removeprefix("de").rstrip("c")
                             for s in slots} & {"A", "B", "C", "L", "L2", "LP"}
            assert company_slots <= set(labels), (lang, spec, text)


def test_stance_passages_name_the_code(rows):
    code_words = _load("news_passages").CODE_WORDS
    for _company, text, label, lang, _phen, group in rows:
        if label != "none":
            assert any(w in text for w in code_words[lang]), group


def test_target_is_named_in_every_passage(rows):
    missing = missing_targets(rows)
    assert not missing, missing[:5]


def test_generation_is_deterministic(challenge, rows):
    assert challenge.generate() == rows


def test_challenge_file_is_current_and_apart_from_the_training_data(rows):
    with (DATA_DIR / "stance_challenge.jsonl").open(encoding="utf-8") as fh:
        written = [json.loads(line) for line in fh if line.strip()]
    assert [(r["company"], r["text"], r["label"], r["lang"], r["phenomenon"], r["frame"]) for r in written] == \
        [tuple(r) for r in rows], "regenerate: python nlp/data/build_stance_data.py"
    with (DATA_DIR / "stance_train.jsonl").open(encoding="utf-8") as fh:
        train_texts = {json.loads(line)["text"] for line in fh if line.strip()}
    assert not train_texts & {r[1] for r in rows}
