"""App-level fixtures: the seeded demo database (SEED plus outlets, languages, doubt, failures)."""
from __future__ import annotations

import pytest

from tests.support.sample_data import seed_demo_database


@pytest.fixture
def demo_url(db_url):
    """The demo database on SQLite and on PostgreSQL (skipped with the reason when absent)."""
    seed_demo_database(db_url)
    return db_url


@pytest.fixture
def demo_sqlite_url(tmp_path):
    url = f"sqlite:///{tmp_path}/demo.db"
    seed_demo_database(url)
    return url
