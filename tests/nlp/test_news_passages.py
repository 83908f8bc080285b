"""The multi-sentence news passages of nlp/data/news_passages.py (issue 13 item 3).

Checks the generated examples (languages, counts, labels, held-out frames, determinism), that
they are in stance_train.jsonl after the earlier material, and that no 8-word window of them
appears in the real development files (../shared/data/*.jsonl). The overlap check reports counts
and frame ids only, never development text.
"""
from __future__ import annotations

import collections
import importlib.util
import json
import re
import sys
from pathlib import Path

import pytest

from nlp.marking import name_spans
from nlp.registry import load_registry
from nlp.tagger import tag_many

ROOT = Path(__file__).resolve().parents[2]
DATA_DIR = ROOT / "nlp" / "data"
DEV_DIR = ROOT.parent / "shared" / "data"
LABELS = {"sign", "refuse", "undecided", "none"}
MIN_PER_LANG = {"en": 300, "de": 150, "fr": 150, "es": 150, "it": 150, "pt": 250, "nl": 250, "pl": 250}
PHENOMENA = {"signatory_list", "ellipsis", "quote_attribution", "modality", "delay_request", "partial",
             "retrospective", "refuse_verbs", "willingness", "other_code", "scope_list"}
NGRAM = 8


def _load(name: str):
    if str(DATA_DIR) not in sys.path:  # build_stance_data imports its siblings by plain name
        sys.path.insert(0, str(DATA_DIR))
    spec = importlib.util.spec_from_file_location(f"_test_{name}", DATA_DIR / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def news():
    return _load("news_passages")


@pytest.fixture(scope="module")
def rows(news):
    return news.generate()


def _grams(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + NGRAM]) for i in range(len(words) - NGRAM + 1)}


def dev_overlap(rows) -> collections.Counter | None:
    """Shared 8-word windows per frame between generated rows and the development files (None:
    no development files). Callers report counts and frame ids only, never development text."""
    files = sorted(DEV_DIR.glob("*.jsonl"))
    if not files:
        return None
    dev: set[tuple[str, ...]] = set()
    for path in files:
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    dev |= _grams(json.loads(line).get("text") or "")
    assert dev, "development files had no text"
    hits: collections.Counter = collections.Counter()
    for _company, text, _label, _lang, _phen, group in rows:
        n = len(_grams(text) & dev)
        if n:
            hits[group] += n
    return hits


def check_no_dev_overlap(rows) -> None:
    """No 8-word window shared with the development files (skips without them); frame ids only."""
    hits = dev_overlap(rows)
    if hits is None:
        pytest.skip(f"no development files in {DEV_DIR}")
    assert not hits, f"{len(hits)} frames share 8-word windows with the development files: {sorted(hits)}"


def missing_targets(rows) -> list[tuple[str, str]]:
    """(company, frame) of rows whose target the training marking or the tagger does not find."""
    registry = load_registry()
    tagged = tag_many(((r[1], None) for r in rows), registry)
    return [(r[0], r[5]) for r, td in zip(rows, tagged)
            if not name_spans(r[1], r[0])[0]
            or (registry.resolve(r[0]) and registry.resolve(r[0]).id not in {s.company_id for s in td.spans})]


def read_data(name: str) -> list[dict]:
    """The rows of a JSONL file in nlp/data (the training data, the challenge set)."""
    with (DATA_DIR / name).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def check_not_trained_on(rows) -> None:
    """None of the generated passages' text is in the training data."""
    assert not {r["text"] for r in read_data("stance_train.jsonl")} & {r[1] for r in rows}


def check_languages_and_phenomena(module, rows, phenomena: set[str]) -> None:
    """Each language has at least 90% of its ``TARGET`` rows and every phenomenon; labels are valid."""
    per_lang = collections.Counter(r[3] for r in rows)
    for lang, target in module.TARGET.items():
        assert per_lang[lang] >= 0.9 * target, (lang, per_lang[lang])
        seen = {r[4] for r in rows if r[3] == lang}
        assert phenomena <= seen, (lang, sorted(phenomena - seen))
    assert {r[2] for r in rows} <= LABELS


def check_frame_specs(frames, phenomena: set[str], slot_re: re.Pattern) -> None:
    """Every frame's phenomenon is known, its labels valid, each labelled slot in its text (maybe as
    its executive, product…) and each company slot of the text labelled."""
    for lang, lang_frames in frames.items():
        for phen, spec, text in lang_frames:
            assert phen in phenomena, (lang, phen)
            labels = dict(part.split("=") for part in spec.split(","))
            assert set(labels.values()) <= LABELS, (lang, spec)
            slots = set(slot_re.findall(text))
            for slot in labels:
                assert {slot, slot + "c", "X" + slot, "S" + slot, "R" + slot, "P" + slot, "de" + slot} & slots, (lang, spec, text)
            company_slots = {s.removeprefix("X").removeprefix("S").removeprefix("R").removeprefix("P").removeprefix("de").rstrip("c")
                             for s in slots} & {"A", "B", "C", "L", "L2", "LP"}
            assert company_slots <= set(labels), (lang, spec, text)


def check_stance_rows_name_the_code(rows, code_words) -> None:
    """A row with a stance other than ``none`` names the Code in its language."""
    for _company, text, label, lang, _phen, group in rows:
        if label != "none":
            assert any(w in text for w in code_words[lang]), group


def test_no_8gram_overlap_with_development_files(rows):
    hits = dev_overlap(rows)
    if hits is None:
        pytest.skip(f"no development files in {DEV_DIR}")
    assert not hits, f"{sum(hits.values())} shared {NGRAM}-word windows in {len(hits)} frames: {sorted(hits)}"


def test_every_language_has_enough_examples(rows):
    per_lang = collections.Counter(r[3] for r in rows)
    for lang, minimum in MIN_PER_LANG.items():
        assert per_lang[lang] >= minimum, (lang, per_lang[lang])


def test_labels_valid_and_mix_within_each_language(news, rows):
    assert {r[2] for r in rows} <= LABELS
    for lang in MIN_PER_LANG:
        sub = [r for r in rows if r[3] == lang]
        counts = collections.Counter(r[2] for r in sub)
        for label, share in news.LABEL_RATIO.items():
            assert abs(counts[label] / len(sub) - share) <= 0.05, (lang, label, counts)


def test_frame_labels_are_valid(news):
    for lang, frames in news.FRAMES.items():
        for _phen, spec, text in frames:
            labels = dict(part.split("=") for part in spec.split(","))
            assert set(labels.values()) <= LABELS, (lang, spec)
            slots = set(news.SLOT.findall(text))
            for slot in labels:  # every labelled slot occurs in the text (maybe as its executive, product…)
                forms = {slot, slot + "c", "X" + slot, "S" + slot, "R" + slot, "P" + slot, "de" + slot}
                assert forms & slots, (lang, spec, text)


def test_stance_passages_name_the_code(news, rows):
    """A stance other than ``none`` is about this Code: the passage names it (delay requests
    about the AI Act count by themselves, guide rule 7)."""
    for _company, text, label, lang, phen, group in rows:
        if label != "none" and phen != "delay_request":
            assert any(w in text for w in news.CODE_WORDS[lang]), group


def test_each_language_covers_the_phenomena(rows):
    for lang in MIN_PER_LANG:
        seen = {r[4] for r in rows if r[3] == lang}
        assert PHENOMENA <= seen, (lang, sorted(PHENOMENA - seen))


def test_target_is_named_in_every_passage(rows):
    """The training marking (nlp.marking.name_spans) and the tagger both find the target company in
    every passage; a company outside the registry is named as given."""
    missing = missing_targets(rows)
    assert not missing, missing[:5]


def test_passages_are_multi_sentence_and_fit_the_model(rows):
    for _company, text, _label, _lang, _phen, group in rows:
        assert 10 <= len(text.split()) <= 90, (group, len(text.split()))
        assert len(re.findall(r"[.!?»”“’]\s", text + " ")) >= 2, group


def test_multi_target_passages_give_one_example_per_target(rows):
    by_text = collections.defaultdict(list)
    for r in rows:
        by_text[r[1]].append(r)
    multi = [v for v in by_text.values() if len(v) > 1]
    assert len(multi) > 100
    assert any(len({r[2] for r in v}) > 1 for v in multi)  # contrast passages
    for v in by_text.values():
        assert len({r[0] for r in v}) == len(v)  # a target appears once per text


def test_heldout_frames_are_whole_and_about_15_percent(news, rows):
    held = news.heldout_groups(rows)
    for lang in MIN_PER_LANG:
        sub = [r for r in rows if r[3] == lang]
        share = sum(r[5] in held for r in sub) / len(sub)
        assert 0.08 <= share <= 0.25, (lang, share)


def test_generation_is_deterministic(news, rows):
    assert news.generate() == rows


def test_build_is_deterministic_and_appends_the_passages(rows):
    build = _load("build_stance_data")
    first, second = build.build(), build.build()
    fields = ("_id", "company", "text", "label", "lang", "phenomenon", "pair", "split")
    assert [tuple(e[f] for f in fields) for e in first] == [tuple(e[f] for f in fields) for e in second]
    news_ex = [e for e in first if e["_source"] == "news"]
    assert {(e["company"], e["text"], e["label"]) for e in news_ex} == {(r[0], r[1], r[2]) for r in rows}
    first_news = min(int(e["_id"][1:]) for e in news_ex)
    assert all(int(e["_id"][1:]) < first_news for e in first if e["_source"] != "news")  # appended
    splits = collections.defaultdict(set)
    for e in news_ex:
        splits[e["_group"]].add(e["split"])
    assert all(len(s) == 1 for s in splits.values())  # frames held out whole


def test_training_file_contains_the_passages(rows):
    have = {(r["company"], r["text"], r["label"], r["lang"]) for r in read_data("stance_train.jsonl")
            if (r.get("pair") or "").startswith("nw")}
    assert {(r[0], r[1], r[2], r[3]) for r in rows} <= have, "regenerate: python nlp/data/build_stance_data.py"
