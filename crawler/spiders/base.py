"""The shared part of every source spider: entry requests, incremental article requests,
hint passing, API records and error recording. Kind-specific spiders only parse.
"""
from __future__ import annotations

import json
import logging
import re
import time
from collections.abc import AsyncIterator, Iterable
from dataclasses import dataclass
from typing import Any, ClassVar
from urllib.parse import urljoin

import scrapy
from scrapy import signals
from scrapy.exceptions import DontCloseSpider
from scrapy.http import Request, Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from crawler.config import SourceConfig
from crawler.context import CrawlContext
from crawler.failures import ROBOTS_FORBIDDEN, describe_failure
from crawler.incremental import decide
from crawler.items import FetchedPage
from crawler.ledger import SourceLedger
from crawler.urls import canonicalize_url, is_http_url

log = logging.getLogger(__name__)

ROLE = "sw_role"  # entry: the source's own document (feed, sitemap, listing, API); article: a candidate
HINTS = "sw_hints"
KNOWN = "sw_known"


@dataclass
class Hints:
    """What the entry document said about an article before we fetched it."""

    published: str | None = None
    lastmod: str | None = None
    title: str | None = None
    author: str | None = None
    text: str | None = None
    language: str | None = None
    seen: str | None = None  # when a discovery service saw the URL (GDELT): the date of last resort


def header(response: Response, name: str) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1").strip() if value else None


class SourceSpider(scrapy.Spider):
    """One spider instance crawls one configured source."""

    kind: ClassVar[str] = ""
    name = "source"

    def __init__(self, source: SourceConfig, context: CrawlContext, **kwargs: Any):
        super().__init__(name=f"{self.kind}:{source.id}", **kwargs)
        self.source = source
        self.context = context
        self.ledger = SourceLedger(context.store, context.run_id, source.id)
        self.known: dict[str, dict] = {}
        self._admitted: set[str] = set()
        self._budget = context.cfg.crawl.max_pages_per_source
        self._budget_warned = False
        self._opened_at = time.monotonic()
        # allow/deny regexes filter every source's article URLs (e.g. a whole-site sitemap)
        self._allow = [re.compile(p) for p in source.allow]
        self._deny = [re.compile(p) for p in source.deny]

    @classmethod
    def from_crawler(cls, crawler, *args: Any, **kwargs: Any):
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider._count_response, signal=signals.response_received)
        if spider.context.distributed:
            crawler.signals.connect(spider._idle, signal=signals.spider_idle)
        return spider

    # ---- lifecycle --------------------------------------------------------------
    async def start(self) -> AsyncIterator[Any]:
        try:  # one query per spider, not one per URL
            self.known = self.context.store.known_urls()
        except Exception:
            log.exception("could not load the fetch log; crawling %s without it", self.source.id)
        if self.context.distributed:  # entry documents come from the shared queue (stancewatch enqueue)
            return
        try:
            for item in self.entry_requests():
                yield item
        except Exception as exc:  # a bad config value must fail this source only
            log.exception("source %s could not start", self.source.id)
            self.ledger.error(self.source.url or self.source.id, f"source could not start: {exc}", entry=True)

    def entry_requests(self) -> Iterable[Request | FetchedPage]:
        raise NotImplementedError

    def closed(self, reason: str) -> None:
        counts = self.ledger.close(reason)
        self.context.results[self.source.id] = counts
        log.info("source %s closed (%s): %s", self.source.id, reason,
                 {k: v for k, v in counts.as_dict().items() if v and k != "entry_errors"})

    def _count_response(self, response: Response, request: Request, **_: Any) -> None:
        self._last_active = time.monotonic()
        if ROLE in request.meta:
            self.ledger.counts.pages_fetched += 1

    def _idle(self) -> None:
        """Distributed: stay open until the shared queue has been empty for ``idle_timeout`` s."""
        now = time.monotonic()
        last = getattr(self, "_last_active", None) or self._opened_at
        if now - last < self.context.cfg.distributed.idle_timeout:
            slot = getattr(self.crawler.engine, "_slot", None)
            if slot is not None:  # poll the shared queue every 0.2 s, not at Scrapy's 5 s heartbeat
                slot.nextcall.schedule(0.2)
            raise DontCloseSpider

    # ---- requests ---------------------------------------------------------------
    def entry_request(self, url: str, callback, *, headers: dict | None = None, meta: dict | None = None,
                      dont_filter: bool = True) -> Request:
        """The source's own documents: always fetched, failures fail the source."""
        return Request(url, callback=callback, errback=self.on_error, headers=headers, dont_filter=dont_filter,
                       meta={ROLE: "entry", **(meta or {})})

    def admit(self, url: str, hints: Hints) -> tuple[str, dict | None, dict[str, str]] | None:
        """Canonical URL, fetch-log row and validators for a candidate; None to skip it."""
        url = canonicalize_url(url)
        if not is_http_url(url) or url in self._admitted:
            return None
        if (self._allow and not any(p.search(url) for p in self._allow)) or any(p.search(url) for p in self._deny):
            return None
        if url in self.context.claimed:
            self._admitted.add(url)
            self.ledger.skipped(url, "already requested by another source in this run")
            return None
        known = self.known.get(url)
        decision = decide(known, hints.lastmod or hints.published, self.context.cfg.crawl.revisit_after_hours)
        if not decision.fetch:
            self._admitted.add(url)
            self.ledger.skipped(url, decision.reason)
            return None
        if self._budget <= 0:
            if not self._budget_warned:
                log.warning("source %s reached max_pages_per_source; the rest waits for the next run",
                            self.source.id)
                self._budget_warned = True
            return None
        self._admitted.add(url)
        if not self.context.claim(url):  # atomic across crawl workers when distributed
            self.ledger.skipped(url, "already requested by another crawl worker")
            return None
        self._budget -= 1
        return url, known, decision.headers

    def article_request(self, url: str, hints: Hints | None = None, *, base_url: str = "",
                        callback=None, meta: dict | None = None) -> Request | None:
        hints = hints or Hints()
        admitted = self.admit(urljoin(base_url, url.strip()), hints)
        if admitted is None:
            return None
        url, known, validators = admitted
        extra = {"handle_httpstatus_list": [304]} if validators else {}
        # dont_filter: admit() already deduplicates, and the dupefilter would silently drop
        # the second hop of an A -> B -> A redirect loop instead of reporting it.
        return Request(url, callback=callback or self.parse_article, errback=self.on_error, headers=validators,
                       dont_filter=True, meta={ROLE: "article", HINTS: hints, KNOWN: known, **extra, **(meta or {})})

    # ---- paginated APIs (Bluesky cursor, Mastodon Link header) -----------------------
    def max_api_pages(self) -> int:
        """Pages of a paginated API read per entry point and run: the first plus ``depth`` more
        (unset: ``[crawl] depth_limit``), as a listing's ``depth`` counts link hops."""
        extra = self.source.depth if self.source.depth is not None else self.context.cfg.crawl.depth_limit
        return 1 + max(0, int(extra))

    def is_known(self, url: str) -> bool:
        """In the fetch log of an earlier run (loaded when the spider started)."""
        return canonicalize_url(url) in self.known

    def more_pages(self, page: int, fresh: int, url: str, considered: int = 1) -> bool:
        """Follow the page after page ``page`` (1-based)? Of its records, ``considered`` were worth
        storing and ``fresh`` of those were not in the fetch log. A page of nothing worth storing
        (all reposts, say) says nothing about what follows, so paging goes on, up to the limit."""
        if page >= self.max_api_pages():
            log.info("source %s: page limit (%d) reached at %s", self.source.id, self.max_api_pages(), url)
            return False
        if considered and not fresh:  # newest first: what follows was read by an earlier run
            log.info("source %s: nothing new on page %d of %s; not paging further", self.source.id, page, url)
            return False
        return True

    # ---- responses --------------------------------------------------------------
    def page_from_response(self, response: Response) -> FetchedPage:
        hints: Hints = response.meta.get(HINTS) or Hints()
        redirects = response.meta.get("redirect_urls") or []
        return FetchedPage(
            url=response.url, requested_url=redirects[0] if redirects else response.url,
            source_id=self.source.id, status=response.status, body=response.body,
            content_type=header(response, "Content-Type") or "", etag=header(response, "ETag"),
            last_modified=header(response, "Last-Modified"), hint_published=hints.published,
            hint_title=hints.title, hint_author=hints.author, hint_text=hints.text, hint_lastmod=hints.lastmod,
            hint_language=hints.language, hint_seen=hints.seen, source_kind=self.source.source_kind,
        )

    def parse_article(self, response: Response):
        yield self.page_from_response(response)

    def api_record(self, url: str, hints: Hints, record: Any) -> FetchedPage | None:
        """A post whose text comes from an API response: a document without another request."""
        if self.admit(url, hints) is None:
            return None
        body = json.dumps(record, ensure_ascii=False, default=str).encode("utf-8")
        url = canonicalize_url(url)
        return FetchedPage(
            url=url, requested_url=url, source_id=self.source.id, status=200, body=body,
            content_type="application/json", hint_published=hints.published, hint_title=hints.title,
            hint_author=hints.author, hint_text=hints.text, hint_lastmod=hints.lastmod,
            hint_language=hints.language, hint_canonical_url=url, source_kind=self.source.source_kind,
            from_api=True,
        )

    def json_body(self, response: Response) -> Any:
        """Parsed JSON, or None after recording why the entry document is unusable."""
        try:
            return json.loads(response.body.decode("utf-8-sig"))
        except (UnicodeDecodeError, ValueError) as exc:
            snippet = response.body[:120].decode("utf-8", "replace").strip()
            self.entry_failed(response.url, f"malformed JSON from API ({exc}): {snippet!r}")
            return None

    # ---- failures ---------------------------------------------------------------
    def entry_failed(self, url: str, reason: str) -> None:
        self.ledger.error(url, reason, entry=True)

    def on_error(self, failure: Failure) -> None:
        request: Request = failure.request  # type: ignore[attr-defined]  # Scrapy sets it on errback failures
        role = request.meta.get(ROLE, "article")
        crawl = self.context.cfg.crawl
        reason = describe_failure(failure, crawl.download_timeout, crawl.max_response_bytes)
        redirects = request.meta.get("redirect_urls") or []
        url = redirects[0] if redirects else request.url
        status = failure.value.response.status if isinstance(failure.value, HttpError) else None
        if reason == ROBOTS_FORBIDDEN and role == "article":
            self.ledger.refused(url, reason)
            return
        self.ledger.error(url, reason, entry=role == "entry", status=status)
