"""The crawl stage's exceptions (under ``storage.errors.StancewatchError``, the project's root)."""
from __future__ import annotations

from storage.errors import StancewatchError


class CrawlError(StancewatchError):
    """The crawl process itself failed (not one source: those are recorded and skipped)."""


class FrontierError(CrawlError):
    """The shared frontier (Redis) cannot be reached or used."""


class FeedError(CrawlError, ValueError):
    """The body is not a feed we can read (the source is recorded as failed, the run goes on)."""


class SitemapError(FeedError):
    """Not a sitemap we can read."""
