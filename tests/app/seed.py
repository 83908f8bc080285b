"""The seeded evidence base (``tests.support.sample_data``, shared with the docs and benchmarks)."""
from __future__ import annotations

from tests.support.sample_data import DEMO_EXTRA, SEED, seed_demo_database, seed_demo_extra, seed_store

__all__ = ["DEMO_EXTRA", "SEED", "seed_demo_database", "seed_demo_extra", "seed_store"]
