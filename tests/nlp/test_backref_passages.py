"""The back-reference passages of nlp/data/backref_passages.py (issue 13, session 9): a company's
position given only by pointing back ("B did the same") — measured and not in the training data.

The guarantees of the other generated material (tests/nlp/test_news_passages.py): languages,
labels, slots, the Code named, the target found, determinism, no 8-word window shared with the
development files or (slots ignored) with a challenge frame; and none of their text is trained on.
The overlap checks report counts and frame ids only.
"""
from __future__ import annotations

import json
import re

import pytest
from test_news_passages import (
    DATA_DIR,
    _grams,
    _load,
    check_frame_specs,
    check_languages_and_phenomena,
    check_no_dev_overlap,
    check_stance_rows_name_the_code,
    missing_targets,
)

PHENOMENA = {"back_reference"}


@pytest.fixture(scope="module")
def backref():
    return _load("backref_passages")


@pytest.fixture(scope="module")
def rows(backref):
    return backref.generate()


def _template_grams(text: str) -> set[tuple[str, ...]]:
    return _grams(re.sub(r"\{\w+\}", " slot ", text))


def test_no_8gram_overlap_with_development_files(rows):
    check_no_dev_overlap(rows)


def test_no_frame_shares_wording_with_the_challenge_set(backref):
    challenge = _load("challenge_passages")
    taken = {g for frames in challenge.FRAMES.values() for _p, _s, text in frames for g in _template_grams(text)}
    shared = [(lang, i) for lang, frames in backref.FRAMES.items() for i, (_p, _s, text) in enumerate(frames)
              if _template_grams(text) & taken]
    assert not shared, shared


def test_every_language_and_label(backref, rows):
    check_languages_and_phenomena(backref, rows, PHENOMENA)
    for lang in backref.TARGET:
        assert {r[2] for r in rows if r[3] == lang} == {"sign", "refuse", "undecided", "none"}, lang


def test_frame_specs_label_every_company_slot(backref):
    check_frame_specs(backref.FRAMES, PHENOMENA, _load("news_passages").SLOT)


def test_stance_passages_name_the_code(rows):
    check_stance_rows_name_the_code(rows, _load("news_passages").CODE_WORDS)


def test_target_is_named_in_every_passage(rows):
    missing = missing_targets(rows)
    assert not missing, missing[:5]


def test_generation_is_deterministic(backref, rows):
    assert backref.generate() == rows


def test_not_in_the_training_data(rows):
    """Measured and not kept (see the module docstring): none of their text is trained on."""
    with (DATA_DIR / "stance_train.jsonl").open(encoding="utf-8") as fh:
        train_texts = {json.loads(line)["text"] for line in fh if line.strip()}
    assert not train_texts & {r[1] for r in rows}
