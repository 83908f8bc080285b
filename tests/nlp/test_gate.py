"""Quality gate on the tagging gold set, and a smoke test on the two real seed articles."""
from __future__ import annotations

import glob
from pathlib import Path

import pytest

from nlp.evaluate_tagging import GOLD_PATH, evaluate

SEEDS = sorted(glob.glob("/work/shared/seeds/*.txt"))


@pytest.mark.skipif(not Path(GOLD_PATH).exists(), reason=f"{GOLD_PATH} not present")
def test_tagging_gate(registry):
    m = evaluate(GOLD_PATH, registry)
    assert m.items >= 300
    assert m.precision >= 0.95, m.as_dict()
    assert m.recall >= 0.95, m.as_dict()
    assert m.attribution_accuracy >= 0.90, m.as_dict()


@pytest.mark.skipif(not SEEDS, reason="seed articles not present")
def test_seed_articles(analyzer):
    for path in SEEDS:
        title, _, body = Path(path).read_text(encoding="utf-8").partition("\n")
        results = {r.company_id: r for r in analyzer.analyze(body, title=title)}
        assert results["meta"].stance == "refuse", path
        assert results["meta"].speaker == "Joel Kaplan", path
        assert {"openai", "anthropic", "microsoft"} <= set(results), path
