"""GDELT DOC 2.0 discovery: an article list for a query; each article URL is then crawled."""
from __future__ import annotations

import logging
from urllib.parse import urlencode

from scrapy.http import Response

from crawler.spiders.base import Hints, SourceSpider

log = logging.getLogger(__name__)

GDELT_DOC_API = "https://api.gdeltproject.org/api/v2/doc/doc"
MAX_RECORDS = 75


class GdeltSpider(SourceSpider):
    kind = "gdelt"

    def entry_requests(self):
        params = {"query": self.source.query, "mode": "ArtList", "format": "json",
                  "maxrecords": MAX_RECORDS, "sort": "DateDesc"}
        yield self.entry_request(f"{(self.source.url or GDELT_DOC_API).rstrip('?')}?{urlencode(params)}",
                                 self.parse_list, headers={"Accept": "application/json"})

    def parse_list(self, response: Response):
        if not response.body.strip():  # GDELT answers an empty body when nothing matched
            self.ledger.entry_ok()
            return
        if not response.body.lstrip().startswith(b"{"):  # rate limits and query errors come as plain text
            message = response.body[:200].decode("utf-8", "replace").strip()
            self.entry_failed(response.url, f"GDELT refused the query: {message}")
            return
        data = self.json_body(response)
        if data is None:
            return
        articles = data.get("articles", []) if isinstance(data, dict) else None
        if not isinstance(articles, list):
            self.entry_failed(response.url, "unexpected GDELT response (no 'articles' list)")
            return
        self.ledger.entry_ok()
        log.info("gdelt %s: %d articles", self.source.id, len(articles))
        for article in articles:
            if not isinstance(article, dict) or not isinstance(article.get("url"), str):
                continue
            hints = Hints(published=article.get("seendate"), title=article.get("title"))
            request = self.article_request(article["url"], hints)
            if request is not None:
                yield request
