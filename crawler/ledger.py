"""Per-source bookkeeping: every outcome goes to the Store and into the run's counts."""
from __future__ import annotations

import logging
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from crawler.items import ExtractedDocument, FetchedPage
from storage.store import AddResult, FetchEntry, Store

log = logging.getLogger(__name__)


@dataclass
class CrawlCounts:
    """What a crawl did, for one source or summed over sources: the counters, declared once
    (``SourceCounts``, the app's ``CrawlSummary`` and ``RunSummary`` extend it)."""

    pages_fetched: int = 0
    documents_new: int = 0
    documents_duplicate: int = 0
    documents_updated: int = 0
    documents_unchanged: int = 0
    rejected: int = 0
    skipped: int = 0  # known URLs not requested again (incremental)
    errors: int = 0

    def add_counts(self, other: CrawlCounts | dict[str, Any]) -> None:
        """Add ``other``'s counters (a ``CrawlCounts`` or its ``as_dict``) to these."""
        for name in COUNTERS:
            value = other.get(name, 0) if isinstance(other, dict) else getattr(other, name)
            setattr(self, name, getattr(self, name) + int(value))


COUNTERS = tuple(f.name for f in fields(CrawlCounts))


@dataclass
class SourceCounts(CrawlCounts):
    entries_ok: int = 0
    entry_errors: list[str] = field(default_factory=list)
    source_error: str | None = None  # set when the source as a whole failed

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass
class SourceLedger:
    store: Store
    run_id: int | None
    source_id: str
    counts: SourceCounts = field(default_factory=SourceCounts)
    closed: bool = False

    def _log(self, url: str, **kwargs) -> None:
        try:
            self.store.log_fetch(url, source_id=self.source_id, **kwargs)
        except Exception:  # bookkeeping must never stop the crawl
            log.exception("could not write fetch log for %s", url)

    def _urls(self, page: FetchedPage) -> list[str]:
        # The requested URL is what the next run looks up; the final one may differ after redirects.
        return list(dict.fromkeys([page.requested_url, page.url]))

    # ---- articles -------------------------------------------------------------
    def fetch_entry(self, page: FetchedPage) -> FetchEntry:
        """What ``Store.add_document`` writes to the fetch log along with the document."""
        return FetchEntry(urls=tuple(self._urls(page)), source_id=self.source_id, status=page.status,
                          etag=page.etag, last_modified=page.last_modified,
                          lastmod=page.hint_lastmod or page.hint_published)

    def document(self, page: FetchedPage, doc: ExtractedDocument, result: AddResult) -> None:
        """Count a stored page (``add_document`` wrote its fetch-log rows from ``fetch_entry``)."""
        bucket = {"stored": "documents_new", "duplicate": "documents_duplicate",
                  "updated": "documents_updated", "unchanged": "documents_unchanged"}[result.outcome]
        setattr(self.counts, bucket, getattr(self.counts, bucket) + 1)
        log.debug("%s %s (document %s)", result.outcome, page.url, result.document_id)

    def not_modified(self, page: FetchedPage, known: dict | None) -> None:
        self.counts.documents_unchanged += 1
        known = known or {}
        for url in self._urls(page):
            self._log(url, status=304, outcome="unchanged", etag=page.etag or known.get("etag"),
                      last_modified=page.last_modified or known.get("last_modified"),
                      lastmod=page.hint_lastmod or page.hint_published or known.get("lastmod"),
                      document_id=known.get("document_id"))

    def rejected(self, page: FetchedPage, reason: str) -> None:
        self.counts.rejected += 1
        log.info("rejected %s: %s", page.url, reason)
        for url in self._urls(page):
            self._log(url, status=page.status, outcome="rejected", reason=reason, etag=page.etag,
                      last_modified=page.last_modified, lastmod=page.hint_lastmod or page.hint_published)

    def refused(self, url: str, reason: str) -> None:
        """Not fetched on purpose (robots.txt): logged like a rejection, not an error."""
        self.counts.rejected += 1
        log.info("not fetching %s: %s", url, reason)
        self._log(url, status=None, outcome="rejected", reason=reason)

    def skipped(self, url: str, reason: str) -> None:
        self.counts.skipped += 1
        log.debug("skipped %s: %s", url, reason)

    # ---- failures -------------------------------------------------------------
    def error(self, url: str, reason: str, *, entry: bool = False, status: int | None = None,
              log_fetch: bool = True) -> None:
        """Record a failed URL; ``entry`` marks the source's own feed/sitemap/listing/API document."""
        self.counts.errors += 1
        if entry:
            self.counts.entry_errors.append(f"{url}: {reason}")
        log.warning("[%s] %s: %s", self.source_id, url, reason)
        try:
            self.store.record_error(self.run_id, self.source_id, url, reason)
        except Exception:
            log.exception("could not record error for %s", url)
        if log_fetch and not entry:  # entry documents are always refetched; no need to log them
            self._log(url, status=status, outcome="error", reason=reason)

    def entry_ok(self) -> None:
        self.counts.entries_ok += 1

    def close(self, reason: str = "finished") -> SourceCounts:
        """The source fails when none of its entry documents could be read."""
        if self.closed:
            return self.counts
        self.closed = True
        error = None
        if self.counts.entry_errors and not self.counts.entries_ok:
            error = "; ".join(self.counts.entry_errors)[:2000]
        elif not self.counts.entry_errors and not self.counts.entries_ok and reason not in ("finished",):
            error = f"crawl stopped before the source was read ({reason})"
        self.counts.source_error = error
        try:
            self.store.record_source_result(self.source_id, error)
        except Exception:
            log.exception("could not record the result of source %s", self.source_id)
        return self.counts
