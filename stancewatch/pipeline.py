"""One cycle of the main job: crawl → analyse → time series, under a lock."""
from __future__ import annotations

import contextlib
import fcntl
import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa
from tqdm import tqdm

from stancewatch.config import AppConfig
from stancewatch.errors import LockedError
from stancewatch.timeseries import build_series
from storage.store import Store

log = logging.getLogger(__name__)

PG_LOCK_KEY = 7347212


@dataclass
class RunSummary:
    run_id: int | None = None
    pages_fetched: int = 0
    documents_new: int = 0
    documents_duplicate: int = 0
    documents_analyzed: int = 0
    mentions: int = 0
    errors: int = 0
    timeseries_rows: int = 0
    per_source: dict = field(default_factory=dict)

    def line(self) -> str:
        return (f"run {self.run_id}: {self.pages_fetched} pages fetched, {self.documents_new} new documents, "
                f"{self.documents_duplicate} duplicates, {self.documents_analyzed} analysed "
                f"({self.mentions} mentions), {self.errors} errors, {self.timeseries_rows} series rows")


def open_store(cfg: AppConfig) -> Store:
    return Store(cfg.storage.url)


def _lock_path(cfg: AppConfig) -> Path:
    url = cfg.storage.url
    if url.startswith("sqlite:///") and ":memory:" not in url:
        return Path(url.removeprefix("sqlite:///") + ".lock")
    return Path(cfg.data_dir) / "stancewatch.lock"


@contextlib.contextmanager
def run_lock(cfg: AppConfig, store: Store) -> Iterator[None]:
    """One run at a time per database: a file lock, plus an advisory lock on PostgreSQL.

    The OS drops both when a process dies, so a killed run never leaves a stale lock.
    """
    path = _lock_path(cfg)
    path.parent.mkdir(parents=True, exist_ok=True)
    fh = open(path, "a+")
    try:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise LockedError(f"another stancewatch run holds the lock {path}; try again when it has finished") from None
        fh.seek(0), fh.truncate(), fh.write(str(os.getpid())), fh.flush()
        if store.dialect == "postgresql":
            with store.engine.connect() as conn:
                if not conn.execute(sa.text("SELECT pg_try_advisory_lock(:k)"), {"k": PG_LOCK_KEY}).scalar():
                    raise LockedError("another stancewatch run holds the database lock; try again later")
                try:
                    yield
                finally:
                    conn.execute(sa.text("SELECT pg_advisory_unlock(:k)"), {"k": PG_LOCK_KEY})
        else:
            yield
    finally:
        fcntl.flock(fh, fcntl.LOCK_UN)
        fh.close()


def crawl(cfg: AppConfig, store: Store, run_id: int | None, summary: RunSummary) -> None:
    from crawler.runner import run_crawl  # Scrapy is heavy: import only when crawling

    for src in cfg.sources:
        store.ensure_source(src.id, src.kind, src.url)
    result = run_crawl(cfg, run_id)
    summary.pages_fetched += result.pages_fetched
    summary.documents_new += result.documents_new
    summary.documents_duplicate += result.documents_duplicate
    summary.errors += result.errors
    summary.per_source = dict(result.per_source)


def analyze(cfg: AppConfig, store: Store, summary: RunSummary, include_analyzed: bool = False,
            progress: bool = False) -> None:
    from nlp.analyzer import load_analyzer

    docs = store.documents_for_analysis(include_analyzed)
    if not docs:
        log.info("nothing to analyse")
        return
    analyzer = load_analyzer(cfg.nlp)
    model = analyzer.classifier.name
    for doc in tqdm(docs, desc="analysing", unit="doc", disable=not progress):
        try:
            results = analyzer.analyze(doc["text"], title=doc["title"], language=doc["language"])
        except Exception as exc:  # one bad document must not stop the run
            log.exception("analysis failed for %s", doc["url"])
            store.record_error(summary.run_id, None, doc["url"], f"analysis failed: {exc}")
            summary.errors += 1
            continue
        store.save_analysis(doc["id"], results, model)
        summary.documents_analyzed += 1
        summary.mentions += len(results)


def update_timeseries(store: Store, summary: RunSummary) -> None:
    rows = build_series(store.iter_mentions(), store.reviews())
    store.replace_timeseries(rows)
    summary.timeseries_rows = len(rows)


def run_cycle(cfg: AppConfig, *, do_crawl: bool = True, do_analyze: bool = True, include_analyzed: bool = False,
              progress: bool = False, command: str = "run") -> RunSummary:
    store = open_store(cfg)
    try:
        with run_lock(cfg, store):
            summary = RunSummary(run_id=store.start_run(command))
            try:
                if do_crawl:
                    crawl(cfg, store, summary.run_id, summary)
                if do_analyze:
                    analyze(cfg, store, summary, include_analyzed, progress)
                    update_timeseries(store, summary)
            except BaseException as exc:
                store.finish_run(summary.run_id, "failed", message=str(exc)[:2000])
                raise
            store.finish_run(summary.run_id, "ok", message=summary.line(),
                             pages_fetched=summary.pages_fetched, documents_new=summary.documents_new,
                             documents_duplicate=summary.documents_duplicate,
                             documents_analyzed=summary.documents_analyzed, errors=summary.errors)
            return summary
    finally:
        store.close()
