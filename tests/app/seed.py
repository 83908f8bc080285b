"""The seeded evidence base lives in the package (``stancewatch.sample_data``) so notebooks can use it too."""
from __future__ import annotations

from stancewatch.sample_data import DEMO_EXTRA, SEED, seed_demo_database, seed_demo_extra, seed_store

__all__ = ["DEMO_EXTRA", "SEED", "seed_demo_database", "seed_demo_extra", "seed_store"]
