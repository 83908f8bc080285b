"""The phenomenon challenge set, nlp/data/challenge_passages.py → stance_challenge.jsonl.

The guarantees of the training passages (tests/nlp/test_news_passages.py): every language and
phenomenon, valid labels, the Code named, the target found by the training marking and the tagger,
deterministic, no 8-word window shared with the development files (counts and frame ids only are
reported, never development text) — and, being an evaluation set, no text shared with the
training data.
"""
from __future__ import annotations

import pytest
from test_news_passages import (
    _load,
    check_frame_specs,
    check_languages_and_phenomena,
    check_no_dev_overlap,
    check_not_trained_on,
    check_stance_rows_name_the_code,
    missing_targets,
    read_data,
)

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
    check_no_dev_overlap(rows)


def test_every_language_and_phenomenon(challenge, rows):
    check_languages_and_phenomena(challenge, rows, PHENOMENA)


def test_frame_specs_label_every_company_slot(challenge):
    check_frame_specs(challenge.FRAMES, PHENOMENA, _load("news_passages").SLOT)


def test_stance_passages_name_the_code(rows):
    check_stance_rows_name_the_code(rows, _load("news_passages").CODE_WORDS)


def test_target_is_named_in_every_passage(rows):
    missing = missing_targets(rows)
    assert not missing, missing[:5]


def test_generation_is_deterministic(challenge, rows):
    assert challenge.generate() == rows


def test_challenge_file_is_current_and_apart_from_the_training_data(rows):
    written = read_data("stance_challenge.jsonl")
    assert [(r["company"], r["text"], r["label"], r["lang"], r["phenomenon"], r["frame"]) for r in written] == \
        [tuple(r) for r in rows], "regenerate: python nlp/data/build_stance_data.py"
    check_not_trained_on(rows)
