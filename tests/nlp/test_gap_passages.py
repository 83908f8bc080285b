"""The gap passages of nlp/data/gap_passages.py (issue 13): the error categories that outlived the
news passages, as training frames — measured and not in the shipped training data.

The guarantees of the other generated material (tests/nlp/test_news_passages.py) plus one of their
own: being written for categories the challenge set also tests, no frame shares an 8-word window
with a challenge frame (slots ignored), so the challenge set still measures unseen wording. The
overlap checks report counts and frame ids only, never development text.
"""
from __future__ import annotations

import collections
import json
import re

import pytest
from test_news_passages import DATA_DIR, DEV_DIR, LABELS, _grams, _load, dev_overlap, missing_targets

LANGS = ("en", "de", "fr", "es", "it", "pt", "nl", "pl")
PHENOMENA = {"negated_interest", "hedged_modal", "reversal", "initiative_name", "simplify_lobby", "own_way",
             "chapter_only", "hard_negative", "hedge_about_others", "question_answered"}


@pytest.fixture(scope="module")
def gap():
    return _load("gap_passages")


@pytest.fixture(scope="module")
def rows(gap):
    return gap.generate()


def _template_grams(text: str) -> set[tuple[str, ...]]:
    return _grams(re.sub(r"\{\w+\}", " slot ", text))


def test_no_8gram_overlap_with_development_files(rows):
    hits = dev_overlap(rows)
    if hits is None:
        pytest.skip(f"no development files in {DEV_DIR}")
    assert not hits, f"{len(hits)} frames share 8-word windows with the development files: {sorted(hits)}"


def test_no_frame_shares_wording_with_the_challenge_set(gap):
    challenge = _load("challenge_passages")
    taken = {g for frames in challenge.FRAMES.values() for _p, _s, text in frames for g in _template_grams(text)}
    shared = [(lang, i) for lang, frames in gap.FRAMES.items() for i, (_p, _s, text) in enumerate(frames)
              if _template_grams(text) & taken]
    assert not shared, shared


def test_every_language_and_phenomenon(gap, rows):
    per_lang = collections.Counter(r[3] for r in rows)
    for lang in LANGS:
        assert per_lang[lang] >= 0.9 * gap.TARGET[lang], (lang, per_lang[lang])
        seen = {r[4] for r in rows if r[3] == lang}
        assert PHENOMENA <= seen, (lang, sorted(PHENOMENA - seen))
    assert {r[2] for r in rows} <= LABELS


def test_frame_specs_label_every_company_slot(gap):
    slot_re = _load("news_passages").SLOT
    for lang, frames in gap.FRAMES.items():
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


def test_generation_is_deterministic(gap, rows):
    assert gap.generate() == rows


def test_not_in_the_training_data(rows):
    """Measured and not kept (see the module docstring): none of their text is trained on."""
    with (DATA_DIR / "stance_train.jsonl").open(encoding="utf-8") as fh:
        train_texts = {json.loads(line)["text"] for line in fh if line.strip()}
    assert not train_texts & {r[1] for r in rows}
