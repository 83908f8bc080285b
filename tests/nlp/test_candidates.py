from __future__ import annotations

import pytest

from nlp.candidates import find_candidates
from nlp.spacy_pipeline import get_pipeline, has_ner


def test_unknown_org_near_stance_language(registry):
    if not has_ner(get_pipeline(registry)):
        pytest.skip("no statistical spaCy model installed")
    texts = ["Deutsche Telekom told reporters it plans to sign the code next week.",
             "Meta refused to sign the code.",
             "The European Commission published the list of signatories.",
             "Deutsche Telekom opened a new office in Munich."]
    out = find_candidates(texts, registry)
    names = [n for n, _c, _e in out]
    assert any("Telekom" in n for n in names)
    assert "Meta" not in names and not any("Commission" in n for n in names)
    name, count, example = out[0]
    assert count == 1 and "sign" in example
