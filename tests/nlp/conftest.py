"""Shared NLP fixtures: one registry, one pipeline, one rule analyzer per test session."""
from __future__ import annotations

import pytest

from nlp.analyzer import Analyzer
from nlp.registry import load_registry
from nlp.rules import RuleStanceClassifier


@pytest.fixture(scope="session")
def registry():
    return load_registry()


@pytest.fixture(scope="session")
def analyzer(registry):
    return Analyzer(registry, RuleStanceClassifier(), abstain_below=0.5)


@pytest.fixture(scope="session")
def shipped_analyzer():
    """The product's default analyzer (the trained model mixed with the rules), loaded once for
    every gate; callers skip when no current model is installed."""
    from nlp.analyzer import load_analyzer
    from nlp.config import NlpConfig

    return load_analyzer(NlpConfig(classifier="auto"))


@pytest.fixture(scope="session")
def tagged(registry):
    """tag() bound to the session registry, returning the set of company ids per call."""
    from nlp.tagger import tag

    def run(text: str, title: str | None = None):
        return tag(text, title=title, registry=registry)

    return run
