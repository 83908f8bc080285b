"""Dispatcher: `python -m benchmarks NAME [args]`. Register a benchmark by adding it to BENCHMARKS:
a module under benchmarks/ with a ``main(argv) -> int``."""
from __future__ import annotations

import importlib
import sys

BENCHMARKS = {
    "storage": ("benchmarks.storage", "100,000 documents in SQLite: export timeseries and digest timings"),
    "workers": ("benchmarks.workers", "distributed crawl: 1 -> 2 crawl workers speed-up on a slow local site"),
    "scale": ("benchmarks.scale", "storage, then workers"),
    "crawl": ("benchmarks.crawl", "short + long pages on 1 and 8 local hosts: our crawl+extract+store pages/s vs the trafilatura CLI (and a bare fetch)"),
    "analysis": ("benchmarks.analysis", "1,000 articles: full stance analysis articles/s vs a plain en_core_web_sm pass"),
    "all": ("", "scale, crawl and analysis, one after the other (default options)"),
}


def main(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help") or argv[0] not in BENCHMARKS:
        print("usage: python -m benchmarks NAME [options]\n")
        for name, (_, doc) in BENCHMARKS.items():
            print(f"  {name:10s} {doc}")
        return 0 if not argv or argv[0] in ("-h", "--help") else 2
    if argv[0] == "all":
        return max(main([name]) for name in ("scale", "crawl", "analysis"))
    module = importlib.import_module(BENCHMARKS[argv[0]][0])
    return module.main(argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
