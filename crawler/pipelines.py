"""Item pipeline: FetchedPage -> extract -> Store.add_document -> fetch log -> counts.

Runs in the reactor thread: SQLite writes are short, and serialising them here means two
spiders that found the same article never race on the unique URL.
"""
from __future__ import annotations

import logging
from typing import Any

from crawler.extract import extract
from crawler.items import FetchedPage, Rejection

log = logging.getLogger(__name__)


class StorePipeline:
    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, FetchedPage):
            return item
        spider = self.crawler.spider
        ledger = spider.ledger
        if item.status == 304:
            ledger.not_modified(item, spider.known.get(item.requested_url))
            return item
        try:
            result = extract(item)
        except Exception as exc:  # one pathological page must not stop the source
            log.exception("extraction failed for %s", item.url)
            ledger.error(item.url, f"extraction failed: {type(exc).__name__}: {exc}")
            return item
        if isinstance(result, Rejection):
            ledger.rejected(item, result.reason)
            return item
        try:
            added = spider.context.store.add_document(result)
        except Exception as exc:
            log.exception("storing %s failed", item.url)
            ledger.error(item.url, f"storing failed: {type(exc).__name__}: {exc}")
            return item
        ledger.document(item, result, added)
        return item
