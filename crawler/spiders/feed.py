"""RSS / Atom / JSON Feed sources: every entry's link is a candidate article."""
from __future__ import annotations

import logging

from scrapy.http import Response

from crawler.feeds import FeedEntry, FeedError, parse_feed
from crawler.spiders.base import Hints, SourceSpider, header

log = logging.getLogger(__name__)


class FeedSpider(SourceSpider):
    kind = "feed"

    def feed_urls(self) -> list[str]:
        return [u for u in [self.source.url, *self.source.urls] if u]

    def entry_requests(self):
        for url in self.feed_urls():
            yield self.entry_request(url, self.parse_feed)

    def parse_feed(self, response: Response):
        try:
            feed = parse_feed(response.body, response.url, header(response, "Content-Type") or "")
        except FeedError as exc:
            self.entry_failed(response.url, f"malformed feed: {exc}")
            return
        self.ledger.entry_ok()
        for warning in feed.warnings:  # partly readable: use what survived, but say so
            self.ledger.error(response.url, f"feed partly unreadable: {warning}", log_fetch=False)
        log.info("feed %s: %d entries", response.url, len(feed.entries))
        for entry in feed.entries:
            request = self.follow_entry(entry.url, self.entry_hints(entry))
            if request is not None:
                yield request

    def entry_hints(self, entry: FeedEntry) -> Hints:
        return Hints(published=entry.published or entry.updated, lastmod=entry.updated or entry.published,
                     title=entry.title, author=entry.author)

    def follow_entry(self, url: str, hints: Hints):
        """Hook for feeds whose links need unwrapping (Google News)."""
        return self.article_request(url, hints)
