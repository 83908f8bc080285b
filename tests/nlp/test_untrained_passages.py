"""Training frames measured and not in the shipped training data (issue 13): the gap passages of
nlp/data/gap_passages.py (the error categories that outlived the news passages, session 8), the
back-reference passages of nlp/data/backref_passages.py ("B did the same", session 9), the
silence passages of nlp/data/silence_passages.py (no public position framed as open, session 12) and
the hedge passages of nlp/data/hedge_passages.py (hedges about something else than the Code,
session 13) and the provisional refusals of nlp/data/provisional_passages.py ("has so far refused",
session 16).

The guarantees of the other generated material (tests/nlp/test_news_passages.py) plus one of their
own: being written for categories the challenge set also tests, no frame shares an 8-word window
with a challenge frame (slots ignored), so the challenge set still measures unseen wording; and none
of their text is trained on. The overlap checks report counts and frame ids only, never development
text.
"""
from __future__ import annotations

import re

import pytest
from test_news_passages import (
    _grams,
    _load,
    check_frame_specs,
    check_languages_and_phenomena,
    check_no_dev_overlap,
    check_not_trained_on,
    check_stance_rows_name_the_code,
    missing_targets,
)

PHENOMENA = {
    "gap_passages": {"negated_interest", "hedged_modal", "reversal", "initiative_name", "simplify_lobby",
                     "own_way", "chapter_only", "hard_negative", "hedge_about_others", "question_answered"},
    "backref_passages": {"back_reference"},
    "silence_passages": {"no_public_position", "statement_not_silence", "silence_elsewhere"},
    "hedge_passages": {"modality_elsewhere", "stance_plus_hedge", "modality_on_code"},
    "provisional_passages": {"provisional_refusal", "provisional_absence"},
}


@pytest.fixture(scope="module", params=sorted(PHENOMENA))
def module_name(request):
    return request.param


@pytest.fixture(scope="module")
def passages(module_name):
    return _load(module_name)


@pytest.fixture(scope="module")
def rows(passages):
    return passages.generate()


def _template_grams(text: str) -> set[tuple[str, ...]]:
    return _grams(re.sub(r"\{\w+\}", " slot ", text))


def test_no_8gram_overlap_with_development_files(rows):
    check_no_dev_overlap(rows)


@pytest.fixture(scope="module")
def challenge_grams():
    """The challenge frames' 8-word windows: built once for all the modules checked against them."""
    challenge = _load("challenge_passages")
    return {g for frames in challenge.FRAMES.values() for _p, _s, text in frames for g in _template_grams(text)}


def test_no_frame_shares_wording_with_the_challenge_set(passages, challenge_grams):
    taken = challenge_grams
    shared = [(lang, i) for lang, frames in passages.FRAMES.items() for i, (_p, _s, text) in enumerate(frames)
              if _template_grams(text) & taken]
    assert not shared, shared


def test_every_language_and_phenomenon(passages, rows, module_name):
    check_languages_and_phenomena(passages, rows, PHENOMENA[module_name])


def test_frame_specs_label_every_company_slot(passages, module_name):
    check_frame_specs(passages.FRAMES, PHENOMENA[module_name], _load("news_passages").SLOT)


def test_stance_passages_name_the_code(rows):
    check_stance_rows_name_the_code(rows, _load("news_passages").CODE_WORDS)


def test_target_is_named_in_every_passage(rows):
    missing = missing_targets(rows)
    assert not missing, missing[:5]


def test_generation_is_deterministic(passages, rows):
    assert passages.generate() == rows


def test_not_in_the_training_data(rows):
    """Measured and not kept (see the module docstring): none of their text is trained on."""
    check_not_trained_on(rows)
