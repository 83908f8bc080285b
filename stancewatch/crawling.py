"""``run_crawl``: crawl the configured sources once, in a child process, and summarise.

Callable any number of times per process (tests, ``stancewatch run``): each call starts a
fresh interpreter for Scrapy because Twisted's reactor cannot be restarted.
"""
from __future__ import annotations

import collections
import json
import logging
import os
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path

from crawler.config import CrawlerConfig
from crawler.errors import CrawlError
from crawler.ledger import CrawlCounts
from storage.store import Store

__all__ = ["CrawlError", "CrawlSummary", "run_crawl"]

log = logging.getLogger(__name__)

PROJECT_ROOT = Path(__file__).resolve().parent.parent


@dataclass
class CrawlSummary(CrawlCounts):
    """The counters summed over the crawled sources, and each source's own (``SourceCounts.as_dict``)."""

    per_source: dict[str, dict] = field(default_factory=dict)
    skipped_sources: list[str] = field(default_factory=list)  # in backoff after failures
    failed_sources: list[str] = field(default_factory=list)

    def add(self, source_id: str, counts: dict) -> None:
        self.per_source[source_id] = counts
        self.add_counts(counts)
        if counts.get("source_error"):
            self.failed_sources.append(source_id)


def _log_level() -> str:
    level = logging.getLogger().getEffectiveLevel()
    return logging.getLevelName(max(level, logging.DEBUG)) if level != logging.NOTSET else "INFO"


def run_crawl(cfg: CrawlerConfig, run_id: int | None, source_ids: list[str] | None = None,
              *, timeout: float | None = None, distributed: bool = False) -> CrawlSummary:
    """Crawl all enabled sources (or ``source_ids``) concurrently; sources in backoff are skipped.

    ``distributed``: work as one of several crawl workers on the shared Redis frontier
    (``[distributed]``) until it has been empty for ``idle_timeout`` seconds.
    """
    summary = CrawlSummary()
    store = Store(cfg.storage.url)
    try:
        due = []
        for source in cfg.select_sources(source_ids):
            store.ensure_source(source.id, source.kind, source.url)
            if distributed or store.source_due(source.id):  # the frontier decides, not the backoff
                due.append(source)
            else:
                log.info("skipping source %s: in backoff after failures", source.id)
                summary.skipped_sources.append(source.id)
    finally:
        store.close()
    if not due:
        log.info("no source due for crawling")
        return summary
    result = _run_child(cfg, run_id, [s.id for s in due], timeout, distributed)
    for source_id, counts in result.get("per_source", {}).items():
        summary.add(source_id, counts)
    log.info("crawl finished: %d pages, %d new, %d duplicate, %d unchanged, %d rejected, %d errors",
             summary.pages_fetched, summary.documents_new, summary.documents_duplicate,
             summary.documents_unchanged, summary.rejected, summary.errors)
    return summary


def _run_child(cfg: CrawlerConfig, run_id: int | None, source_ids: list[str], timeout: float | None,
               distributed: bool = False) -> dict:
    with tempfile.TemporaryDirectory(prefix="stancewatch-crawl-") as tmp:
        job_path, summary_path = Path(tmp) / "job.json", Path(tmp) / "summary.json"
        job = {"config": cfg.to_dict(), "run_id": run_id, "source_ids": source_ids,
               "summary_path": str(summary_path), "log_level": _log_level(),
               "distributed": distributed, "parent_pid": os.getpid(),
               "schema_ready": True}  # run_crawl's Store has just migrated it
        job_path.write_text(json.dumps(job), encoding="utf-8")
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(PROJECT_ROOT), env.get("PYTHONPATH")]))
        if timeout is None and cfg.crawl.max_run_seconds:
            timeout = cfg.crawl.max_run_seconds + 120  # the child closes its spiders first
        tail: collections.deque[str] = collections.deque(maxlen=40)
        proc = subprocess.Popen([sys.executable, "-m", "stancewatch.crawl_process", str(job_path)], env=env,
                                stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                text=True, errors="replace")
        expired = threading.Event()

        def _expire() -> None:
            expired.set()
            proc.kill()

        watchdog = threading.Timer(timeout, _expire) if timeout else None
        if watchdog:
            watchdog.daemon = True
            watchdog.start()
        try:
            assert proc.stdout is not None
            for line in proc.stdout:  # relay the child's log as it runs; keep a tail for errors
                sys.stderr.write(line)
                tail.append(line.rstrip())
            proc.wait()
        except BaseException:
            proc.kill()
            proc.wait()
            raise
        finally:
            if watchdog:
                watchdog.cancel()
        if expired.is_set():
            raise CrawlError(f"crawl process exceeded {timeout:.0f}s and was killed")
        if proc.returncode != 0 or not summary_path.exists():
            detail = "\n".join(tail)
            raise CrawlError(f"crawl process failed (exit {proc.returncode}):\n{detail}")
        return json.loads(summary_path.read_text(encoding="utf-8"))
