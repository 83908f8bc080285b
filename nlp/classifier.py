"""The stance-classifier interface every implementation (rules, fine-tuned transformer) provides."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from nlp.types import STANCES


@dataclass
class Passage:
    """One passage to classify for one target company.

    ``text`` is the passage as written; ``target_spans`` are character spans in it that
    refer to the target (name, alias, executive, pronoun), so models can mark or mask them.
    """

    text: str
    company: str  # canonical name of the target
    target_spans: tuple[tuple[int, int], ...] = ()
    language: str | None = None
    # optional: spans of *other* companies in ``text``, so rule models can scope a cue to the
    # right subject ("OpenAI and Mistral have signed, while Meta declined"); models may ignore it
    other_spans: tuple[tuple[int, int], ...] = ()
    # optional: the passage is not known to be about the GPAI code ("the code" may be another code)
    about_gpai: bool = True


@dataclass
class Prediction:
    stance: str  # one of STANCES
    confidence: float  # calibrated probability of ``stance``
    scores: dict[str, float]  # calibrated probability per label
    # True when the classifier found nothing to go on (the rules: no cue) and ``scores`` is its
    # prior, not evidence; a mixture should then trust its other member
    no_evidence: bool = False
    # True when the prediction rests on a cue its context turned (the rules: "may sign" is a hedge,
    # "will not sign" a refusal); a mixture should then not let the bare verb win
    reread: bool = False

    def __post_init__(self) -> None:
        if self.stance not in STANCES:
            raise ValueError(f"unknown stance {self.stance!r}")


@runtime_checkable
class StanceClassifier(Protocol):
    name: str  # recorded with every mention, e.g. "rules-v1" or "minilm-stance-v1"

    def predict(self, passages: list[Passage]) -> list[Prediction]:
        """Classify a batch of passages; one prediction per passage, same order."""
        ...
