"""A fixed list of article URLs: ``urls = [...]`` and/or a file (or URL) with one per line."""
from __future__ import annotations

import logging
from pathlib import Path

from scrapy.http import Response

from crawler.spiders.base import Hints, SourceSpider
from crawler.urls import is_http_url

log = logging.getLogger(__name__)


def read_url_lines(text: str) -> list[str]:
    """One URL a line; blank lines and ``#`` comments (whole-line or after the URL) ignored."""
    out = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line.split()[0])
    return out


class UrlListSpider(SourceSpider):
    kind = "urls"

    def _file(self, name: str) -> Path:
        path = Path(name).expanduser()
        if not path.is_absolute() and self.context.cfg.path:  # relative to the config file first
            beside = Path(self.context.cfg.path).parent / path
            if beside.exists():
                return beside
        return path

    def entry_requests(self):
        yield from self._requests(self.source.urls)
        if not self.source.url:
            if self.source.urls:
                self.ledger.entry_ok()
            return
        if is_http_url(self.source.url):
            yield self.entry_request(self.source.url, self.parse_list)
            return
        path = self._file(self.source.url)
        try:
            text = path.read_text(encoding="utf-8-sig")
        except OSError as exc:
            self.entry_failed(str(path), f"cannot read URL list: {exc.strerror or exc}")
            return
        self.ledger.entry_ok()
        yield from self._requests(read_url_lines(text))

    def parse_list(self, response: Response):
        self.ledger.entry_ok()
        yield from self._requests(read_url_lines(response.body.decode("utf-8", "replace")))

    def _requests(self, urls: list[str]):
        for url in urls:
            if not is_http_url(url):
                self.ledger.error(url, "not an http(s) URL", log_fetch=False)
                continue
            request = self.article_request(url, Hints())
            if request is not None:
                yield request
