"""Transformer + rules: a weighted mixture of their calibrated label distributions.

The rules are precise on explicit cues ("won't be signing", "has signed") and scoped to the
clause of the target; the transformer generalises over paraphrase, modality and languages.
Mixing the two distributions keeps each one's strength; the weight is fitted on our own
held-out split (never on the real development set).
"""
from __future__ import annotations

from nlp.classifier import Passage, Prediction, StanceClassifier
from nlp.types import STANCES

DEFAULT_TRANSFORMER_WEIGHT = 0.6


class EnsembleStanceClassifier:
    def __init__(self, transformer: StanceClassifier, rules: StanceClassifier, weight: float = DEFAULT_TRANSFORMER_WEIGHT):
        self.transformer = transformer
        self.rules = rules
        self.weight = weight
        self.name = f"{transformer.name}+{rules.name}"

    def predict(self, passages: list[Passage]) -> list[Prediction]:
        out = []
        for t, r in zip(self.transformer.predict(passages), self.rules.predict(passages)):
            mixed = {s: self.weight * t.scores.get(s, 0.0) + (1 - self.weight) * r.scores.get(s, 0.0) for s in STANCES}
            total = sum(mixed.values()) or 1.0
            scores = {s: round(v / total, 4) for s, v in mixed.items()}
            best = max(scores, key=scores.get)
            out.append(Prediction(best, scores[best], scores))
        return out
