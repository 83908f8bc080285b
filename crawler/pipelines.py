"""Item pipeline: FetchedPage -> extract -> Store.add_document (with its fetch log) -> counts.

Extraction (trafilatura, metadata, hashes) is CPU-bound, so on a machine with more than one
core it runs in worker processes (``[crawl] extract_workers``) while the reactor keeps
downloading. Storing stays in the reactor thread and in the order pages arrived: SQLite writes
are short, and serialising them here means two spiders that found the same article never race
on the unique URL, and which copy counts as the original does not depend on worker timing.
"""
from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import threading
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from crawler.extract import extract
from crawler.items import ExtractedDocument, FetchedPage, Rejection
from storage.rawhtml import gzip_html

log = logging.getLogger(__name__)

EXTRACT_WORKERS_SETTING = "STANCEWATCH_EXTRACT_WORKERS"


def auto_extract_workers() -> int:
    """One core stays with the reactor (download, store); the others extract (at most 4)."""
    return max(0, min((os.cpu_count() or 1) - 1, 4))


def _warm() -> bool:  # imports crawler.extract (trafilatura, lxml) in the worker before pages arrive
    return True


def _extract_remote(page: FetchedPage) -> ExtractedDocument | Rejection:
    result = extract(page)
    if isinstance(result, ExtractedDocument):
        # Compress here, off the reactor; the reactor has the body itself: only the gzip
        # (a third of its size) is pickled back.
        result.raw_html_gz = gzip_html(result.raw_html)
        result.raw_html = b""
    return result


class _SharedPool:
    """One pool of extraction workers per crawl process, shared by every source's pipeline."""

    def __init__(self) -> None:
        self.pool: ProcessPoolExecutor | None = None
        self.ready: Future | None = None
        self.users = 0
        self.workers = 0
        # Pages submitted and not yet back. The pool's result thread counts the finished ones the
        # moment a worker returns them, not when the reactor gets round to resuming the pipeline:
        # while the reactor extracts a page itself, the worker's queue refills as it drains.
        self.submitted = 0  # the reactor thread only
        self.finished = 0  # under _lock: done callbacks run in the pool's thread
        self._lock = threading.Lock()

    @property
    def in_flight(self) -> int:
        return self.submitted - self.finished

    def _done(self, _future: Future) -> None:
        with self._lock:
            self.finished += 1

    def submit(self, page: FetchedPage) -> Future:
        assert self.pool is not None
        future = self.pool.submit(_extract_remote, page)
        self.submitted += 1
        future.add_done_callback(self._done)
        return future

    def acquire(self, workers: int) -> None:
        self.users += 1
        if self.pool is not None or workers <= 0:
            return
        try:
            # spawn: workers must not inherit the reactor's sockets, threads or locks
            self.pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"))
            self.workers = workers
            self.ready = self.pool.submit(_warm)
        except (OSError, ValueError) as exc:
            log.warning("no extraction workers (%s); extracting in the crawl process", exc)
            self.pool = None

    def backlogged(self) -> bool:
        """More pages queued than the workers can start on: the crawl process should take one."""
        return self.in_flight >= BACKLOG_PER_WORKER * self.workers

    def usable(self) -> ProcessPoolExecutor | None:
        """The pool once its workers are up; None before that (and after it broke)."""
        if self.pool is not None and self.ready is not None and self.ready.done():
            return self.pool
        return None

    def shutdown(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool = None

    def release(self) -> None:
        self.users -= 1
        if self.users <= 0:
            self.shutdown()


# Pages per worker queued before the crawl process extracts one itself. The reactor is not busy
# all the time (it waits on the workers); with a backlog, its spare cycles extract too. 6, not 3,
# since the queue is counted as the workers return pages (A/B on 2 cores: 9.2-9.8 s vs 9.2-10.1 s
# for 1,500 short pages, 6.1-6.4 vs 6.5-6.9 ms CPU per page).
BACKLOG_PER_WORKER = 6
_POOL = _SharedPool()


class StorePipeline:
    def __init__(self, crawler, workers: int = 0):
        self.crawler = crawler
        self.workers = workers
        self._previous: asyncio.Future | None = None  # the store step of the item before this one

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler, crawler.settings.getint(EXTRACT_WORKERS_SETTING, 0))

    def open_spider(self, spider=None) -> None:
        _POOL.acquire(self.workers)

    def close_spider(self, spider=None) -> None:
        _POOL.release()

    async def _extract(self, item: FetchedPage) -> ExtractedDocument | Rejection:
        # Until the workers have started (or if they died), extract here: small crawls pay nothing.
        pool = _POOL.usable()
        if pool is not None and not _POOL.backlogged():
            try:
                result = await asyncio.wrap_future(_POOL.submit(item))
            except BrokenProcessPool:
                log.warning("extraction workers died; extracting in the crawl process from now on")
                _POOL.shutdown()
            else:
                if isinstance(result, ExtractedDocument):
                    result.raw_html = item.body
                return result
        return extract(item)

    async def process_item(self, item: Any) -> Any:
        if not isinstance(item, FetchedPage):
            return item
        previous = self._previous
        mine: asyncio.Future = asyncio.get_running_loop().create_future()
        self._previous = mine
        try:
            result: ExtractedDocument | Rejection | Exception | None = None
            if item.status != 304:
                try:
                    result = await self._extract(item)
                except Exception as exc:  # one pathological page must not stop the source
                    result = exc
            if previous is not None:  # store in arrival order
                await previous
            self._store(item, result)
        finally:
            mine.set_result(None)
        return item

    def _store(self, item: FetchedPage, result: ExtractedDocument | Rejection | Exception | None) -> None:
        spider = self.crawler.spider
        ledger = spider.ledger
        if item.status == 304:
            ledger.not_modified(item, spider.known.get(item.requested_url))
            return
        if isinstance(result, Exception):
            log.error("extraction failed for %s", item.url, exc_info=result)
            ledger.error(item.url, f"extraction failed: {type(result).__name__}: {result}")
            return
        if isinstance(result, Rejection):
            ledger.rejected(item, result.reason)
            return
        try:
            # the fetch-log rows go in the document's transaction: one commit per page
            added = spider.context.store.add_document(result, ledger.fetch_entry(item))
        except Exception as exc:
            log.exception("storing %s failed", item.url)
            ledger.error(item.url, f"storing failed: {type(exc).__name__}: {exc}")
            return
        ledger.document(item, result, added)
