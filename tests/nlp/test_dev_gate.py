"""Evaluation gate on the real development set's *unread* half (../shared/data, never trained on).

Floors sit a little below what the shipped model measured (closing note of issue 13), so a
change that loses real-reporting accuracy fails here even when our own held-out split does not
notice. Only figures are printed, never passages (the unread half is not read). Skips when the
development files or a current model are absent.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from nlp.evaluate import evaluate_rows, load_labelled
from nlp.transformer import default_model_dir, model_is_current

DEV_FILES = [Path(__file__).resolve().parents[3] / "shared" / "data" / name
             for name in ("stance_dev_real.jsonl", "stance_dev_real_2.jsonl")]
# measured 2026-12 with the shipped model (auto mode): all 0.866, English 0.868 (n=107), other languages
# 0.842 (n=28), ECE 0.044 as trained under transformers 5.25 (0.030 under the earlier 5.x, same F1;
# 0.849 / 0.844 / 0.842, ECE 0.034 before the topic and hedge fixes of session 7);
# floors about 0.03 below (one passage moves English by ~0.01, the rest by ~0.04).
# The same data and recipe trained on another CPU (2026-12-04, an AVX2-only AMD EPYC: float rounding
# alone, model sha256 6bf6ef7d… instead of 1a199ba4…) gave all 0.854, English 0.851, other languages
# 0.842, ECE 0.037 (read half and challenge set unchanged within 0.002): the all / English floors sit
# ~0.02 below that lower figure, so that the CPU CI trains on is unlikely to fail an unchanged model
# 2026-12-06, an Intel VM with AVX512-BF16: `make install` trained 1a199ba4… again, and the unread half
# measured all 0.857, English 0.858, other languages 0.842, ECE **0.056** with this session's starting code
# and with session 16's alike (0 of 135 answers or confidences differ between them). The CI machine is
# drawn per run, so the ECE ceiling sits just above the worst figure measured (the target,
# ECE <= 0.05, is reported as missed on that variant, not gated).
# 2026-12-06 (session 24), the two-member ensemble (recipe e5 2) on an AMD EPYC with fast bf16 products:
# all 0.893, English 0.901, other languages 0.859, ECE 0.033 (bf16 steps); the same pair in fp32 steps, as a
# CPU without fast bf16 trains it: 0.884 / 0.901 / 0.846, ECE 0.017. English floor ~0.03 below both.
UNREAD_MACRO_F1_FLOOR = {"all": 0.85, "en": 0.87, "non-en": 0.81}
UNREAD_ECE_CEILING = 0.06

pytestmark = [
    pytest.mark.skipif(not all(p.exists() for p in DEV_FILES), reason="development files not in ../shared/data"),
    pytest.mark.skipif(not model_is_current(), reason=f"no current trained model in {default_model_dir()}"),
]


@pytest.fixture(scope="module")
def unread_eval(shipped_analyzer):
    rows = [row for path in DEV_FILES for row in load_labelled(path, half="unread")]
    return evaluate_rows(rows, shipped_analyzer)


@pytest.mark.parametrize("group", sorted(UNREAD_MACRO_F1_FLOOR))
def test_unread_half_macro_f1_floor(unread_eval, group):
    rep = unread_eval.overall if group == "all" else unread_eval.by_language[group]
    print(f"unread half [{group}] n={rep.n} macro-F1={rep.macro_f1:.3f}")
    assert rep.macro_f1 >= UNREAD_MACRO_F1_FLOOR[group]


def test_unread_half_calibration(unread_eval):
    assert unread_eval.overall.ece <= UNREAD_ECE_CEILING
