"""The Alembic migrations build exactly the schema of storage/schema.py, on SQLite and PostgreSQL,
and concurrent first starts on one SQLite file do not race."""
from __future__ import annotations

import multiprocessing

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from storage.schema import metadata
from storage.store import Store


def test_migrated_schema_matches_the_metadata(db_url):
    store = Store(db_url)
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    store.close()
    assert diff == []


def _open(url: str) -> None:
    Store(url).close()


def test_concurrent_first_starts_on_sqlite(tmp_path):
    url = f"sqlite:///{tmp_path}/race.db"
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_open, args=(url,)) for _ in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
    assert [p.exitcode for p in procs] == [0, 0, 0, 0]
    eng = sa.create_engine(url)
    with eng.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM alembic_version")).scalar_one() == 1
    eng.dispose()
