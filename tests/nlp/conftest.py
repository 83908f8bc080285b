"""Shared NLP fixtures: one registry, one pipeline, one rule analyzer per test session; a tiny
random BERT classifier for the frozen-layer and seed-ensemble arithmetic."""
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


@pytest.fixture(scope="module")
def tiny_bert():
    """A small random BERT classifier (4 layers): the cache's and the members' arithmetic without
    the 470 MB base."""
    import torch
    from transformers import BertConfig, BertForSequenceClassification

    torch.manual_seed(0)
    config = BertConfig(vocab_size=120, hidden_size=32, num_hidden_layers=4, num_attention_heads=4,
                        intermediate_size=64, max_position_embeddings=64, pad_token_id=1, num_labels=4)
    return BertForSequenceClassification(config).eval()


def _random_ids(lengths, seed=0):
    import torch

    g = torch.Generator().manual_seed(seed)
    return [[0, *torch.randint(5, 120, (n - 2,), generator=g).tolist(), 2] for n in lengths]


@pytest.fixture(scope="session")
def random_ids():
    """``random_ids(lengths, seed=0)``: token-id lists of those lengths in tiny_bert's vocabulary
    (0 … 2 around ids 5-119)."""
    return _random_ids
