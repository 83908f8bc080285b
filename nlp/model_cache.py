"""The trained stance model cached in the environment: train it when it is missing or stale.

Apart from ``nlp.transformer`` (inference) so that training, which needs the model code,
and the model code do not import each other.
"""
from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

from nlp.training import train
from nlp.transformer import (
    META_FILE,
    data_fingerprint,
    default_model_dir,
    model_is_current,
    recipe_version,
    resolve_base,
    say,
)


def _stale_reason(target: Path, base: str) -> str:
    try:
        recorded = json.loads((target / META_FILE).read_text())
    except FileNotFoundError:
        return "none is installed yet"
    except (ValueError, OSError):
        return "the installed one is unreadable"
    if recorded.get("data_sha") != data_fingerprint():
        return "its training data or the registry names that mark it changed"
    if recorded.get("base", "minilm") != base:
        return f"it was trained from base {recorded.get('base', 'minilm')!r}, and [nlp] base_model is {base!r}"
    if recorded.get("recipe", 1) != recipe_version(base):
        return f"its training recipe changed (version {recorded.get('recipe', 1)} → {recipe_version(base)})"
    return f"its base {base!r} changed"


def ensure_trained_model(report: Callable[[str], None] = say, base: str | None = None, threads: int = 0) -> str:
    spec = resolve_base(base)
    target = default_model_dir()
    if model_is_current(target, spec.name):
        return f"stance model: {spec.model_name} is current in {target}"
    started = time.monotonic()
    reason = _stale_reason(target, spec.name)
    cost = "6-14 minutes" if spec.name == "minilm" else ("6-12 minutes" if spec.name == "e5" else "some minutes")
    report(f"stance model: training {spec.model_name} into {target}, because {reason}; "
           f"{cost} on 2 idle cores, once per training-data version")
    # a terminal gets a live bar; a pipe or CI log a plain progress line every 30 s
    metrics = train(out_dir=target, progress=sys.stderr.isatty(), report=report, base=spec.name, threads=threads)
    return (f"stance model: trained {spec.model_name} in {time.monotonic() - started:.0f}s → {target} "
            f"(held-out macro-F1 {metrics['heldout']['macro_f1']:.3f})")
