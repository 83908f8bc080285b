"""`python -m benchmarks scale`: the storage benchmark, then the worker speed-up benchmark."""
from __future__ import annotations

from benchmarks import storage, workers


def main(argv: list[str]) -> int:
    return storage.main(argv) or workers.main([])
