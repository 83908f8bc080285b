"""Evaluation gate for the shipped stance model: pinned floors on our own held-out split.

The held-out split (``split == "heldout"`` in nlp/data/stance_train.jsonl) is made of whole
templates and hand-written groups the model never saw. The real development set's
unread half has its own gate (tests/nlp/test_dev_gate.py).
"""
from __future__ import annotations

import pytest

from nlp.evaluate import evaluate_rows
from nlp.training import load_examples, split_examples
from nlp.transformer import default_model_dir, model_is_current

# Floors a little below what the shipped model measured (2026-12, auto mode: macro-F1 0.914, non-English
# 0.942, ECE 0.017 on 1,145 held-out examples, since back-references read with the sentence before, delay
# verbs like "uit te stellen" and the rules' hedges and negations outweighing a bare "sign" (session 9;
# 0.908 / 0.924 / 0.024 before); 0.063 before the out-of-scope "none" got a measured confidence).
# Session 15 (rule cues the guide names, a named unknown company read only where it is named): 0.937,
# non-English 0.950, ECE 0.030 (seed 14's model: 0.940 / 0.956 / 0.042).
# Session 24 (the two-member ensemble, the mixture sharpened by 1.5): 0.959, non-English 0.978, ECE 0.016
# (0.957 / 0.976 / 0.051 unsharpened). Floors unchanged.
HELDOUT_MACRO_F1_FLOOR = 0.90
HELDOUT_PER_LABEL_F1_FLOOR = 0.80
HELDOUT_ECE_CEILING = 0.04  # temperature-scaled probabilities must be close to observed accuracy
NON_ENGLISH_MACRO_F1_FLOOR = 0.91

pytestmark = pytest.mark.skipif(not model_is_current(), reason=f"no current trained model in {default_model_dir()} "
                                "(make install trains it)")


@pytest.fixture(scope="module")
def heldout_eval(shipped_analyzer):
    _, _, heldout = split_examples(load_examples())
    return evaluate_rows(heldout, shipped_analyzer)


def test_model_is_the_transformer(shipped_analyzer):
    assert "e5" in shipped_analyzer.classifier.name


def test_heldout_macro_f1_floor(heldout_eval):
    rep = heldout_eval.overall
    print(rep.format("held-out"))
    assert rep.macro_f1 >= HELDOUT_MACRO_F1_FLOOR
    assert min(rep.per_label_f1.values()) >= HELDOUT_PER_LABEL_F1_FLOOR


def test_heldout_non_english_floor(heldout_eval):
    rep = heldout_eval.by_language["non-en"]
    print(rep.format("held-out non-English"))
    assert rep.macro_f1 >= NON_ENGLISH_MACRO_F1_FLOOR


def test_heldout_calibration(heldout_eval):
    assert heldout_eval.overall.ece <= HELDOUT_ECE_CEILING
