"""Classification metrics: macro-F1, per-label F1, confusion matrix, expected calibration error."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from nlp.types import STANCES


@dataclass
class Report:
    n: int
    accuracy: float
    macro_f1: float
    per_label_f1: dict[str, float]
    confusion: dict[str, dict[str, int]]  # gold → predicted → count
    ece: float

    def as_dict(self) -> dict:
        return {"n": self.n, "accuracy": self.accuracy, "macro_f1": self.macro_f1,
                "per_label_f1": self.per_label_f1, "confusion": self.confusion, "ece": self.ece}

    def format(self, title: str = "") -> str:
        lines = [f"{title} n={self.n}  accuracy={self.accuracy:.3f}  macro-F1={self.macro_f1:.3f}  ECE={self.ece:.3f}".strip()]
        lines.append("  per-label F1: " + "  ".join(f"{k}={v:.3f}" for k, v in self.per_label_f1.items()))
        lines.append("  confusion (rows gold, columns predicted):")
        lines.append("    " + " " * 10 + "".join(f"{p:>11}" for p in STANCES))
        for g in STANCES:
            lines.append(f"    {g:<10}" + "".join(f"{self.confusion[g][p]:>11}" for p in STANCES))
        return "\n".join(lines)


def f1_scores(gold: Sequence[str], pred: Sequence[str], labels: Sequence[str] = STANCES) -> dict[str, float]:
    out = {}
    for label in labels:
        tp = sum(g == p == label for g, p in zip(gold, pred))
        fp = sum(p == label and g != label for g, p in zip(gold, pred))
        fn = sum(g == label and p != label for g, p in zip(gold, pred))
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        out[label] = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return out


def expected_calibration_error(confidences: Sequence[float], correct: Sequence[bool], bins: int = 10) -> float:
    n = len(confidences)
    if not n:
        return 0.0
    total = 0.0
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        idx = [i for i, c in enumerate(confidences) if (lo < c <= hi) or (b == 0 and c == 0.0)]
        if idx:
            acc = sum(correct[i] for i in idx) / len(idx)
            conf = sum(confidences[i] for i in idx) / len(idx)
            total += len(idx) / n * abs(acc - conf)
    return total


def report(gold: Sequence[str], pred: Sequence[str], confidences: Sequence[float]) -> Report:
    f1 = f1_scores(gold, pred)
    present = [label for label in STANCES if label in gold]  # macro over labels that occur in the gold set
    confusion = {g: {p: 0 for p in STANCES} for g in STANCES}
    for g, p in zip(gold, pred):
        confusion[g][p] += 1
    n = len(gold)
    return Report(
        n=n,
        accuracy=sum(g == p for g, p in zip(gold, pred)) / n if n else 0.0,
        macro_f1=sum(f1[label] for label in present) / len(present) if present else 0.0,
        per_label_f1={k: round(v, 4) for k, v in f1.items()},
        confusion=confusion,
        ece=expected_calibration_error(confidences, [g == p for g, p in zip(gold, pred)]),
    )
