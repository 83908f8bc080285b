"""Listing / newsroom pages: follow links (allow/deny regexes, same site) up to a depth.

Pages that look like listings are only mined for links; the others go to extraction.
Listings are always refetched; articles obey the fetch log like every other source.
"""
from __future__ import annotations

import logging
from urllib.parse import urljoin, urlsplit

from scrapy.http import Response, TextResponse

from crawler import htmlmeta
from crawler.encoding import decode_body
from crawler.spiders.base import ROLE, Hints, SourceSpider, header
from crawler.urls import canonicalize_url, is_http_url, same_site

log = logging.getLogger(__name__)

SKIP_SUFFIXES = (".pdf", ".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".zip", ".gz", ".mp3", ".mp4",
                 ".mov", ".avi", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".css", ".js", ".ico",
                 ".woff", ".woff2", ".xml", ".rss", ".atom", ".json")
LISTING_MIN_LINKS = 15
LISTING_MIN_DENSITY = 0.35  # share of the page's text that is link text


def looks_like_listing(meta: htmlmeta.PageMeta) -> bool:
    if meta.is_article_marked:
        return False
    if meta.is_listing_marked:
        return True
    return meta.link_count >= LISTING_MIN_LINKS and meta.link_density >= LISTING_MIN_DENSITY


class PagesSpider(SourceSpider):
    kind = "pages"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.max_depth = self.source.depth if self.source.depth is not None else self.context.cfg.crawl.depth_limit
        self.roots = [u for u in [self.source.url, *self.source.urls] if u]
        self._listings_seen: set[str] = set()

    def entry_requests(self):
        for url in self.roots:
            self._listings_seen.add(canonicalize_url(url))
            yield self.entry_request(url, self.parse_page, meta={"sw_depth": 0})

    def wanted(self, url: str) -> bool:
        if not is_http_url(url) or urlsplit(url).path.lower().endswith(SKIP_SUFFIXES):
            return False
        # allow/deny are applied to every candidate in SourceSpider.admit(); without an allow
        # list a listing only leads to pages of its own site.
        return bool(self.source.allow) or any(same_site(url, root) for root in self.roots)

    def parse_page(self, response: Response):
        depth = response.meta.get("sw_depth", 0)
        if response.status == 304:  # a known article, unchanged: nothing new to follow either
            yield self.page_from_response(response)
            return
        is_entry = response.meta.get(ROLE) == "entry"
        if not isinstance(response, TextResponse):
            if is_entry:
                self.entry_failed(response.url, f"listing page is not HTML ({header(response, 'Content-Type')})")
            else:
                yield self.page_from_response(response)  # extraction says why it is rejected
            return
        html, _ = decode_body(response.body, header(response, "Content-Type") or "")
        tree = htmlmeta.parse_html(html)
        if tree is None:
            if is_entry:
                self.entry_failed(response.url, "listing page is not parseable HTML")
            return
        meta = htmlmeta.page_meta(tree)
        listing = is_entry or looks_like_listing(meta)
        if is_entry:
            self.ledger.entry_ok()
        if not listing:
            yield self.page_from_response(response)
        if depth >= self.max_depth:
            return
        for href in dict.fromkeys(a.get("href", "").strip() for a in tree.iterfind(".//a[@href]")):
            if not href or href.startswith(("#", "mailto:", "javascript:", "tel:")):
                continue
            url = canonicalize_url(urljoin(response.url, href))
            if url in self._listings_seen or not self.wanted(url):
                continue
            request = self.article_request(url, Hints(), callback=self.parse_page, meta={"sw_depth": depth + 1})
            if request is not None:
                yield request

