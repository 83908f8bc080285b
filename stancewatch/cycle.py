"""One cycle of the main job: crawl → analyse → time series, under a lock."""
from __future__ import annotations

import contextlib
import fcntl
import itertools
import logging
import os
import socket
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa
from tqdm import tqdm

from crawler.ledger import CrawlCounts
from stancewatch.config import AppConfig
from stancewatch.errors import LockedError
from stancewatch.timeseries import build_series
from storage.config import sqlite_path
from storage.records import StoredDocument
from storage.store import Store

log = logging.getLogger(__name__)

PG_LOCK_KEY = 7347212
LOCKED_COMMANDS = ("run", "crawl", "analyze", "schedule")  # the commands that hold the run lock


@dataclass
class RunSummary(CrawlCounts):
    """A cycle's crawl counters plus what analysis and the series did."""

    run_id: int | None = None
    documents_analyzed: int = 0
    mentions: int = 0
    timeseries_rows: int = 0
    per_source: dict = field(default_factory=dict)

    def line(self) -> str:
        return (f"run {self.run_id}: {self.pages_fetched} pages fetched, {self.documents_new} new documents, "
                f"{self.documents_duplicate} duplicates, {self.documents_analyzed} analysed "
                f"({self.mentions} mentions), {self.errors} errors, {self.timeseries_rows} series rows")


def open_store(cfg: AppConfig) -> Store:
    return Store(cfg.storage.url)


def _lock_path(cfg: AppConfig) -> Path:
    path = sqlite_path(cfg.storage.url)
    if path is not None:
        return Path(f"{path}.lock")
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
        fh.seek(0)
        fh.truncate()
        fh.write(str(os.getpid()))
        fh.flush()
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
    from stancewatch.crawling import run_crawl  # Scrapy is heavy: import only when crawling

    for src in cfg.sources:
        store.ensure_source(src.id, src.kind, src.url)
    result = run_crawl(cfg, run_id)
    summary.add_counts(result)
    summary.per_source = dict(result.per_source)


def worker_id(role: str = "run") -> str:
    """``host:pid:role-xxxx``: unique per process, and tells whether its holder is still alive."""
    return f"{socket.gethostname()}:{os.getpid()}:{role}-{uuid.uuid4().hex[:6]}"


def _holder_dead(holder: str, host: str) -> bool:
    parts = holder.split(":")
    if len(parts) < 3 or parts[0] != host or not parts[1].isdigit():
        return False  # another host's worker: only the claim timeout can tell
    try:
        os.kill(int(parts[1]), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


def release_dead_claims(store: Store) -> int:
    """Claims of killed workers on this host go back at once (others wait for the claim timeout)."""
    host = socket.gethostname()
    dead = [h for h in store.claim_holders() if _holder_dead(h, host)]
    released = store.release_claims(dead)
    if released:
        log.info("released %d documents claimed by stopped workers %s", released, ", ".join(dead))
    return released


ANALYZE_BATCH = 32  # documents tagged and classified together (Analyzer.analyze_many)


def analyze_documents(store: Store, docs: Iterable[StoredDocument], analyzer, summary: RunSummary,
                      bar=None) -> None:
    """Analyse and save each document; one failing document is recorded and skipped.

    Documents go through ``analyzer.analyze_many`` in batches (much faster than one by one);
    a batch that fails is analysed again document by document, so only the bad one is skipped.
    """
    model = analyzer.classifier.name
    batched = getattr(analyzer, "analyze_many", None)
    it = iter(docs)
    while chunk := list(itertools.islice(it, ANALYZE_BATCH)):
        outputs = None
        if batched is not None:
            try:
                outputs = list(batched([(d.text, d.title, d.language) for d in chunk]))
            except Exception:  # find the bad document below
                log.info("batch analysis failed; analysing its %d documents one by one", len(chunk))
        for i, doc in enumerate(chunk):
            try:
                results = outputs[i] if outputs is not None else \
                    analyzer.analyze(doc.text, title=doc.title, language=doc.language)
            except Exception as exc:  # one bad document must not stop the run
                log.exception("analysis failed for %s", doc.url)
                store.record_error(summary.run_id, None, doc.url, f"analysis failed: {exc}")
                summary.errors += 1
                continue
            finally:
                if bar is not None:
                    bar.update(1)
            store.save_analysis(doc.id, results, model)
            summary.documents_analyzed += 1
            summary.mentions += len(results)


def claim_and_analyze(cfg: AppConfig, store: Store, summary: RunSummary, *, worker: str | None = None,
                      idle_timeout: float = 0.0, progress: bool = False,
                      sleep: Callable[[float], None] = time.sleep) -> None:
    """Claim batches of unanalysed documents and analyse them until none is left.

    Several processes (``stancewatch worker analyze``, ``run``) can do this at once on one
    database: each document is claimed, and so analysed, by one of them. ``idle_timeout``:
    keep polling for new documents (a crawl still running) this long before stopping.
    """
    d = cfg.distributed
    worker = worker or worker_id()
    analyzer = None
    idle_since = time.monotonic()
    release_dead_claims(store)
    bar = tqdm(total=store.unanalyzed_count(), desc="analysing", unit="doc", disable=not progress)
    try:
        while True:
            batch = store.claim_documents(worker, d.claim_batch, d.claim_timeout_seconds)
            if not batch:
                if time.monotonic() - idle_since >= idle_timeout:
                    break
                release_dead_claims(store)
                sleep(min(0.5, idle_timeout))
                continue
            if analyzer is None:
                from nlp.analyzer import load_analyzer  # spaCy and the model: only with work to do

                analyzer = load_analyzer(cfg.nlp)
            if bar.total is not None and bar.n + len(batch) > bar.total:
                bar.total = bar.n + len(batch)
            analyze_documents(store, batch, analyzer, summary, bar)
            idle_since = time.monotonic()
    finally:
        bar.close()
        store.release_claims([worker])  # failed documents: the next run retries them
    if not summary.documents_analyzed:
        log.info("nothing to analyse")


def analyze(cfg: AppConfig, store: Store, summary: RunSummary, include_analyzed: bool = False,
            progress: bool = False) -> None:
    if not include_analyzed:
        claim_and_analyze(cfg, store, summary, progress=progress)
        return
    from nlp.analyzer import load_analyzer

    docs = store.documents_for_analysis(include_analyzed=True)
    if not docs:
        log.info("nothing to analyse")
        return
    with tqdm(total=len(docs), desc="analysing", unit="doc", disable=not progress) as bar:
        analyze_documents(store, docs, load_analyzer(cfg.nlp), summary, bar)


def update_timeseries(store: Store, summary: RunSummary) -> None:
    rows = build_series(store.iter_mentions(), store.reviews())
    store.replace_timeseries(rows)
    summary.timeseries_rows = len(rows)


def run_cycle(cfg: AppConfig, *, do_crawl: bool = True, do_analyze: bool = True, include_analyzed: bool = False,
              progress: bool = False, command: str = "run") -> RunSummary:
    store = open_store(cfg)
    try:
        with run_lock(cfg, store):
            abandoned = store.abandon_runs(LOCKED_COMMANDS)  # we hold the lock: those processes are gone
            if abandoned:
                log.warning("%d earlier run(s) had been killed; marked abandoned", abandoned)
            run_id = store.start_run(command)
            summary = RunSummary(run_id=run_id)
            try:
                if do_crawl:
                    crawl(cfg, store, run_id, summary)
                if do_analyze:
                    analyze(cfg, store, summary, include_analyzed, progress)
                    update_timeseries(store, summary)
            except BaseException as exc:
                store.finish_run(run_id, "failed", message=str(exc)[:2000])
                raise
            store.finish_run(run_id, "ok", message=summary.line(),
                             pages_fetched=summary.pages_fetched, documents_new=summary.documents_new,
                             documents_duplicate=summary.documents_duplicate,
                             documents_analyzed=summary.documents_analyzed, errors=summary.errors)
            return summary
    finally:
        store.close()
