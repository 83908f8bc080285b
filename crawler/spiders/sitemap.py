"""Sitemap sources: indexes, urlsets (lastmod), Google News sitemaps, discovery via robots.txt."""
from __future__ import annotations

import logging
from urllib.parse import urljoin, urlsplit

from scrapy.http import Response

from crawler.sitemaps import SitemapError, parse_sitemap, sitemaps_from_robots
from crawler.spiders.base import Hints, SourceSpider

log = logging.getLogger(__name__)

MAX_INDEX_NESTING = 3  # an index of indexes of indexes is already unusual


class SitemapSpider(SourceSpider):
    kind = "sitemap"

    def entry_requests(self):
        for url in [u for u in [self.source.url, *self.source.urls] if u]:
            path = urlsplit(url).path
            if path.endswith("/robots.txt") or path in ("", "/"):
                yield self.entry_request(urljoin(url, "/robots.txt"), self.parse_robots)
            else:
                yield self.entry_request(url, self.parse_sitemap, meta={"sw_nesting": 0})

    def parse_robots(self, response: Response):
        found = sitemaps_from_robots(response.body, response.url)
        if not found:
            found = [urljoin(response.url, "/sitemap.xml")]
            log.info("no Sitemap: line in %s; trying %s", response.url, found[0])
        for url in found:
            yield self.entry_request(url, self.parse_sitemap, meta={"sw_nesting": 0}, dont_filter=False)

    def parse_sitemap(self, response: Response):
        try:
            sitemap = parse_sitemap(response.body, response.url, self.context.cfg.crawl.max_response_bytes)
        except SitemapError as exc:
            self.entry_failed(response.url, f"malformed sitemap: {exc}")
            return
        self.ledger.entry_ok()
        for warning in sitemap.warnings:
            self.ledger.error(response.url, f"sitemap partly unreadable: {warning}", log_fetch=False)
        nesting = response.meta.get("sw_nesting", 0)
        if sitemap.kind == "index":
            if nesting >= MAX_INDEX_NESTING:
                self.ledger.error(response.url, "sitemap index nested too deeply; children ignored", log_fetch=False)
                return
            for child in sitemap.sitemaps:
                yield self.entry_request(child.url, self.parse_sitemap, meta={"sw_nesting": nesting + 1},
                                         dont_filter=False)
            return
        log.info("sitemap %s: %d URLs", response.url, len(sitemap.urls))
        for entry in sitemap.urls:
            hints = Hints(published=entry.news_published, lastmod=entry.lastmod or entry.news_published,
                          title=entry.news_title, language=entry.news_language)
            request = self.article_request(entry.url, hints)
            if request is not None:
                yield request
