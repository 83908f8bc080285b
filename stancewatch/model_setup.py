"""Install-time model check: the fine-tuned stance model is built here when it is missing."""
from __future__ import annotations

import logging

log = logging.getLogger(__name__)


def ensure_model(base_model: str | None = None, threads: int = 0) -> str:
    """Return a one-line status; trains and caches the transformer when it is absent, stale, or
    trained from another base than ``base_model`` (``[nlp] base_model``; default minilm)."""
    try:
        from nlp.model_cache import ensure_trained_model
    except ImportError:
        return "stance model: rule baseline (rules-v1); no transformer model in this build"
    return ensure_trained_model(base=base_model, threads=threads)
