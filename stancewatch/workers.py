"""Scale-out workers: `stancewatch worker crawl` and `stancewatch worker analyze`.

Crawl workers share one Redis frontier (``crawler.frontier``): start any number, on any hosts,
after `stancewatch enqueue`. Analysis workers claim documents from the database
(``Store.claim_documents``): start any number next to them. Each worker records one row in
``runs`` (command ``worker-crawl`` / ``worker-analyze``) with what it did, and exits once it
found no work for ``[distributed] idle_timeout`` seconds.
"""
from __future__ import annotations

import contextlib
import logging
import signal
from collections.abc import Iterator

from stancewatch.config import AppConfig
from stancewatch.cycle import (
    RunSummary,
    claim_and_analyze,
    open_store,
    run_lock,
    update_timeseries,
    worker_id,
)
from stancewatch.errors import LockedError

log = logging.getLogger(__name__)


def _exit_on_sigterm() -> None:
    """SIGTERM (systemd stop, kill) unwinds normally, so claims are released and the run recorded."""
    def handler(signum, _frame):  # noqa: ANN001
        raise SystemExit(128 + signum)

    try:
        signal.signal(signal.SIGTERM, handler)
    except ValueError:  # not the main thread (tests calling in-process)
        pass


def _finish(store, summary: RunSummary, status: str, message: str) -> None:
    store.finish_run(summary.run_id, status, message=message[:2000], pages_fetched=summary.pages_fetched,
                     documents_new=summary.documents_new, documents_duplicate=summary.documents_duplicate,
                     documents_analyzed=summary.documents_analyzed, errors=summary.errors)


@contextlib.contextmanager
def _recorded_run(cfg: AppConfig, command: str) -> Iterator[tuple]:
    """A worker's row in ``runs``: marked failed if the body raises (SIGTERM included)."""
    _exit_on_sigterm()
    store = open_store(cfg)
    summary = RunSummary(run_id=store.start_run(command))
    try:
        yield store, summary
    except BaseException as exc:
        _finish(store, summary, "failed", str(exc) or type(exc).__name__)
        raise
    finally:
        store.close()


def crawl_worker(cfg: AppConfig) -> str:
    """Crawl from the shared frontier until it stays empty; returns the one-line summary."""
    from stancewatch.crawling import run_crawl

    with _recorded_run(cfg, "worker-crawl") as (store, summary):
        result = run_crawl(cfg, summary.run_id, distributed=True)
        summary.pages_fetched, summary.documents_new = result.pages_fetched, result.documents_new
        summary.documents_duplicate, summary.errors = result.documents_duplicate, result.errors
        line = (f"crawl worker (run {summary.run_id}): {summary.pages_fetched} pages fetched, "
                f"{summary.documents_new} new documents, {summary.documents_duplicate} duplicates, "
                f"{result.skipped} skipped, {summary.errors} errors")
        _finish(store, summary, "ok", line)
        return line


def analyze_worker(cfg: AppConfig, *, progress: bool = False, series: bool = True) -> str:
    """Claim and analyse documents until none is left for ``idle_timeout`` seconds."""
    me = worker_id("analyze")
    with _recorded_run(cfg, "worker-analyze") as (store, summary):
        claim_and_analyze(cfg, store, summary, worker=me, idle_timeout=cfg.distributed.idle_timeout,
                          progress=progress)
        series_note = ""
        if series and summary.documents_analyzed:
            try:  # the series is rebuilt by one process at a time; a busy lock means another does it
                with run_lock(cfg, store):
                    update_timeseries(store, summary)
                series_note = f", {summary.timeseries_rows} series rows"
            except LockedError:
                series_note = ", series left to the lock holder"
        line = (f"analysis worker {me} (run {summary.run_id}): {summary.documents_analyzed} analysed "
                f"({summary.mentions} mentions), {summary.errors} errors{series_note}")
        _finish(store, summary, "ok", line)
        return line


def enqueue_lines(cfg: AppConfig, source_ids: list[str] | None, fresh: bool) -> Iterator[str]:
    from crawler.distributed import enqueue

    result = enqueue(cfg, source_ids, fresh=fresh)
    for sid, n in result.per_source.items():
        yield f"{sid}\t{n} entry requests"
    yield result.line(cfg.distributed.redis_url or "", cfg.distributed.queue)
