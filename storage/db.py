"""Engine creation and schema migration for SQLite and PostgreSQL."""
from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import fcntl
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from storage.config import mask_passwords, sqlite_path
from storage.errors import StorageError

__all__ = ["StorageError", "create_engine", "inserted_id", "migrate", "record_columns", "utcnow"]

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def utcnow() -> dt.datetime:
    """The time every stored timestamp is taken from."""
    return dt.datetime.now(dt.UTC)


def inserted_id(result: sa.CursorResult) -> int:
    """The primary key of the row an INSERT wrote."""
    key = result.inserted_primary_key
    if key is None:
        raise StorageError("the insert returned no primary key")
    return key[0]


def record_columns(table: sa.Table, record: type[Any], **columns: sa.ColumnElement[Any]) -> list[Any]:
    """What to select for a record (``storage.records``): the columns of ``table`` it has fields for,
    or the expressions ``columns`` names for a field, labelled and in field order, so that a row
    builds the record positionally (``Record(*row)``). Fields neither has are left out: they come
    last, with defaults or passed by name."""
    out: list[Any] = []
    for f in dataclasses.fields(record):
        if f.name in columns:
            out.append(columns[f.name].label(f.name))
        elif f.name in table.c:
            out.append(table.c[f.name])
    return out


def create_engine(url: str) -> sa.Engine:
    """Create an engine; SQLite gets WAL and a busy timeout so cron runs and exports can overlap."""
    path = sqlite_path(url)
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError(f"cannot create the database directory {path.parent}: {exc.strerror}") from exc
    try:
        # A pre-ping finds server connections dropped by PostgreSQL restarts or idle timeouts; a
        # SQLite file connection cannot drop, and pinging it cost ~2% of the crawl process.
        engine = sa.create_engine(url, future=True, pool_pre_ping=not url.startswith("sqlite"))
    except Exception as exc:  # bad URL, missing driver
        raise StorageError(mask_passwords(f"cannot use storage url {url!r}: {exc}")) from exc
    if engine.dialect.name == "sqlite":

        @sa.event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):  # noqa: ANN001
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.close()

    return engine


@contextlib.contextmanager
def _sqlite_migration_lock(engine: sa.Engine) -> Iterator[None]:
    """Serialise first runs on one SQLite file (SQLite DDL is not transactional under Alembic):
    without it, two processes both see an empty database and both create the tables."""
    db = engine.url.database
    if engine.dialect.name != "sqlite" or not db or db == ":memory:":
        yield
        return
    with open(f"{db}.migrate-lock", "a+") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)  # released by the OS if the process dies
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def migrate(engine: sa.Engine) -> None:
    """Bring the schema to the latest Alembic revision (idempotent, safe from concurrent processes)."""
    with _sqlite_migration_lock(engine):
        _migrate(engine)


def _migrate(engine: sa.Engine) -> None:
    from alembic import command  # imported here: most commands start faster without it
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    try:
        with engine.begin() as conn:
            if conn.dialect.name == "postgresql":
                # Serialise concurrent first runs: only one process creates the tables.
                conn.execute(sa.text("SELECT pg_advisory_xact_lock(7347211)"))
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    except sa.exc.OperationalError as exc:
        raise StorageError(f"cannot open database {engine.url!r}: {exc.orig}") from exc
    log.debug("schema at head on %s", engine.url)
