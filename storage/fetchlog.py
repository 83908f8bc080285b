"""Crawl bookkeeping: sources and their backoff, runs, errors, and the fetch log of every URL seen.

``FetchLog`` is one of the ``Store``'s parts (``storage.store``): methods over ``self.engine``.
"""
from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable
from dataclasses import dataclass

import sqlalchemy as sa

from storage import schema as t
from storage.db import inserted_id, record_columns, utcnow
from storage.records import FetchError, FetchState, RunRecord, SourceStatus

log = logging.getLogger(__name__)

BACKOFF_BASE_SECONDS = 300  # first retry of a failing source after 5 min, doubling, capped
BACKOFF_MAX_SECONDS = 24 * 3600


def backoff_seconds(failures: int) -> int:
    """How long a source that failed ``failures`` times in a row waits before the next attempt."""
    return min(BACKOFF_BASE_SECONDS * 2 ** (failures - 1), BACKOFF_MAX_SECONDS)


_f = t.fetch_log.c
_FETCH_COLUMNS = ("source_id", "status", "outcome", "reason", "etag", "last_modified", "lastmod", "fetched_at",
                  "document_id")
# The crawl's per-page statements, built once: constructing Core statements costs more than
# SQLite takes to run them.
_FETCH_UPDATE = t.fetch_log.update().where(_f.url == sa.bindparam("_url")).values(
    {c: sa.bindparam(c) for c in _FETCH_COLUMNS})
_FETCH_INSERT = t.fetch_log.insert()


@dataclass(frozen=True)
class FetchEntry:
    """A fetched page's fetch-log columns, for ``add_document`` to write with its outcome."""

    urls: tuple[str, ...]  # requested and final URL (one when there was no redirect)
    source_id: str | None
    status: int | None
    etag: str | None = None
    last_modified: str | None = None
    lastmod: str | None = None


def fetch_values(*, source_id: str | None, status: int | None, outcome: str, reason: str | None = None,
                 etag: str | None = None, last_modified: str | None = None, lastmod: str | None = None,
                 document_id: int | None = None) -> dict:
    """One fetch-log row's columns (but the URL), stamped now."""
    return dict(source_id=source_id, status=status, outcome=outcome, reason=reason, etag=etag,
                last_modified=last_modified, lastmod=lastmod, fetched_at=utcnow(), document_id=document_id)


class FetchLog:
    """Sources, runs, errors and the fetch log."""

    engine: sa.Engine

    # ---- sources -------------------------------------------------------------
    def ensure_source(self, source_id: str, kind: str, url: str | None) -> None:
        with self.engine.begin() as conn:
            row = conn.execute(sa.select(t.sources.c.id).where(t.sources.c.id == source_id)).first()
            if row is None:
                conn.execute(t.sources.insert().values(id=source_id, kind=kind, url=url))
            else:
                conn.execute(t.sources.update().where(t.sources.c.id == source_id).values(kind=kind, url=url))

    def source_due(self, source_id: str, now: dt.datetime | None = None) -> bool:
        """False while a failing source is in its backoff window."""
        now = now or utcnow()
        with self.engine.connect() as conn:
            nxt = conn.execute(
                sa.select(t.sources.c.next_attempt_at).where(t.sources.c.id == source_id)
            ).scalar()
        if nxt is None:
            return True
        if nxt.tzinfo is None:
            nxt = nxt.replace(tzinfo=dt.UTC)
        return nxt <= now

    def record_source_result(self, source_id: str, error: str | None) -> None:
        sources = t.sources.c
        with self.engine.begin() as conn:
            if error is None:
                conn.execute(t.sources.update().where(sources.id == source_id)
                             .values(last_success_at=utcnow(), consecutive_failures=0, next_attempt_at=None,
                                     last_error=None))
                return
            failures = (conn.execute(sa.select(sources.consecutive_failures).where(sources.id == source_id))
                        .scalar() or 0) + 1
            conn.execute(t.sources.update().where(sources.id == source_id)
                         .values(consecutive_failures=failures,
                                 next_attempt_at=utcnow() + dt.timedelta(seconds=backoff_seconds(failures)),
                                 last_error=error[:2000]))

    def sources(self) -> list[SourceStatus]:
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(*record_columns(t.sources, SourceStatus)).order_by(t.sources.c.id)).all()
            errs: dict[str, int] = dict(conn.execute(
                sa.select(t.fetch_errors.c.source_id, sa.func.count()).group_by(t.fetch_errors.c.source_id)).all())
            docs: dict[str, int] = dict(conn.execute(
                sa.select(t.documents.c.source_id, sa.func.count()).group_by(t.documents.c.source_id)).all())
        return [SourceStatus(*row, errors=errs.get(row.id, 0), documents=docs.get(row.id, 0)) for row in rows]

    # ---- runs and errors -----------------------------------------------------
    def start_run(self, command: str) -> int:
        with self.engine.begin() as conn:
            return inserted_id(conn.execute(
                t.runs.insert().values(command=command, started_at=utcnow(), status="running")))

    def finish_run(self, run_id: int, status: str, message: str | None = None, **counts: int) -> None:
        with self.engine.begin() as conn:
            conn.execute(t.runs.update().where(t.runs.c.id == run_id)
                         .values(finished_at=utcnow(), status=status, message=message, **counts))

    def abandon_runs(self, commands: Iterable[str]) -> int:
        """Mark runs still 'running' as 'abandoned' (their process was killed): call under the run lock."""
        with self.engine.begin() as conn:
            return conn.execute(
                t.runs.update().where(t.runs.c.status == "running", t.runs.c.command.in_(list(commands)))
                .values(status="abandoned", finished_at=utcnow(), message="the process ended without finishing")
            ).rowcount

    def run(self, run_id: int) -> RunRecord:
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(*record_columns(t.runs, RunRecord)).where(t.runs.c.id == run_id)).one()
        return RunRecord(*row)

    def record_error(self, run_id: int | None, source_id: str | None, url: str | None, reason: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(t.fetch_errors.insert().values(run_id=run_id, source_id=source_id, url=url,
                                                        reason=reason[:4000], at=utcnow()))

    def errors(self, run_id: int | None = None, since: dt.datetime | None = None) -> list[FetchError]:
        q = sa.select(*record_columns(t.fetch_errors, FetchError)).order_by(t.fetch_errors.c.id)
        if run_id is not None:
            q = q.where(t.fetch_errors.c.run_id == run_id)
        if since is not None:
            q = q.where(t.fetch_errors.c.at >= since)
        with self.engine.connect() as conn:
            return [FetchError(*row) for row in conn.execute(q)]

    # ---- fetch log (incremental crawling) -------------------------------------
    def fetch_state(self, url: str) -> FetchState | None:
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(*record_columns(t.fetch_log, FetchState)).where(_f.url == url)).first()
        return FetchState(*row) if row else None

    def known_urls(self) -> dict[str, dict]:
        """All fetch-log rows by URL, as dicts: loaded once per crawl so the scheduler can filter cheaply."""
        with self.engine.connect() as conn:
            return {r["url"]: dict(r) for r in conn.execute(sa.select(t.fetch_log)).mappings()}

    def log_fetch(self, url: str, *, source_id: str | None, status: int | None, outcome: str,
                  reason: str | None = None, etag: str | None = None, last_modified: str | None = None,
                  lastmod: str | None = None, document_id: int | None = None) -> None:
        values = fetch_values(source_id=source_id, status=status, outcome=outcome, reason=reason, etag=etag,
                              last_modified=last_modified, lastmod=lastmod, document_id=document_id)
        with self.engine.begin() as conn:
            self._write_fetch(conn, url, values)

    @staticmethod
    def _write_fetch(conn: sa.Connection, url: str, values: dict) -> None:
        updated = conn.execute(_FETCH_UPDATE, {"_url": url, **values}).rowcount
        if not updated:
            try:
                with conn.begin_nested():
                    conn.execute(_FETCH_INSERT, {"url": url, **values})
            except sa.exc.IntegrityError:  # a concurrent worker logged it first
                conn.execute(_FETCH_UPDATE, {"_url": url, **values})

    def _log_fetched(self, conn: sa.Connection, fetch: FetchEntry, outcome: str, document_id: int | None) -> None:
        """The fetch-log rows of a stored page, in the document's transaction.

        In a savepoint: like a separate ``log_fetch``, a failed fetch-log write is logged and
        never takes the document down with it (PostgreSQL would otherwise abort the transaction)."""
        values = fetch_values(source_id=fetch.source_id, status=fetch.status, outcome=outcome, etag=fetch.etag,
                              last_modified=fetch.last_modified, lastmod=fetch.lastmod, document_id=document_id)
        for url in fetch.urls:
            try:
                with conn.begin_nested():
                    self._write_fetch(conn, url, values)
            except Exception:  # bookkeeping must never stop the crawl
                log.exception("could not write fetch log for %s", url)
