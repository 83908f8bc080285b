"""Sitemaps: index files, urlsets with <lastmod>, Google News extensions, plain-text lists, robots.txt."""
from __future__ import annotations

import gzip
import io
import logging
import re
from dataclasses import dataclass, field
from urllib.parse import urljoin

from crawler.dates import to_iso
from crawler.errors import FeedError, SitemapError
from crawler.feeds import parse_xml
from crawler.urls import is_http_url

log = logging.getLogger(__name__)

GZIP_MAGIC = b"\x1f\x8b"


@dataclass
class SitemapUrl:
    url: str
    lastmod: str | None = None
    news_published: str | None = None  # <news:publication_date>
    news_title: str | None = None
    news_language: str | None = None


@dataclass
class Sitemap:
    kind: str  # index | urlset | text
    sitemaps: list[SitemapUrl] = field(default_factory=list)  # children of an index
    urls: list[SitemapUrl] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def gunzip_limited(body: bytes, max_bytes: int) -> bytes:
    """Decompress a .gz sitemap without letting a bomb exhaust memory."""
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=io.BytesIO(body)) as fh:
        while chunk := fh.read(64 * 1024):
            out.write(chunk)
            if out.tell() > max_bytes:
                raise SitemapError(f"gzipped sitemap expands beyond {max_bytes} bytes")
    return out.getvalue()


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _child_text(el, *path: str) -> str | None:
    """Text of the first descendant chain matching local names ``path``."""
    current = [el]
    for name in path:
        current = [c for parent in current for c in parent if _local(c.tag) == name]
        if not current:
            return None
    value = "".join(current[0].itertext()).strip()
    return value or None


def parse_sitemap(body: bytes, base_url: str = "", max_bytes: int = 50 * 1024 * 1024) -> Sitemap:
    if body[:2] == GZIP_MAGIC:
        try:
            body = gunzip_limited(body, max_bytes)
        except (OSError, EOFError) as exc:
            raise SitemapError(f"corrupt gzipped sitemap: {exc}") from None
    stripped = body.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not stripped:
        raise SitemapError("empty sitemap")
    if not stripped.startswith(b"<"):
        return _text_sitemap(stripped, base_url)
    try:
        root, warnings = parse_xml(stripped)
    except SitemapError:
        raise
    except FeedError as exc:  # the spider catches SitemapError: malformed XML must be one too
        raise SitemapError(str(exc)) from None
    name = _local(root.tag)
    if name == "sitemapindex":
        sm = Sitemap(kind="index", warnings=warnings)
        for child in root:
            if _local(child.tag) == "sitemap" and (loc := _child_text(child, "loc")):
                sm.sitemaps.append(SitemapUrl(urljoin(base_url, loc), lastmod=to_iso(_child_text(child, "lastmod"))))
        return sm
    if name == "urlset":
        sm = Sitemap(kind="urlset", warnings=warnings)
        for child in root:
            if _local(child.tag) != "url" or not (loc := _child_text(child, "loc")):
                continue
            sm.urls.append(SitemapUrl(
                url=urljoin(base_url, loc), lastmod=to_iso(_child_text(child, "lastmod")),
                news_published=to_iso(_child_text(child, "news", "publication_date")),
                news_title=_child_text(child, "news", "title"),
                news_language=_child_text(child, "news", "publication", "language"),
            ))
        return sm
    raise SitemapError(f"not a sitemap: root element <{name}>")


def _text_sitemap(body: bytes, base_url: str) -> Sitemap:
    sm = Sitemap(kind="text")
    for line in body.decode("utf-8", "replace").splitlines():
        line = line.strip()
        if is_http_url(line):
            sm.urls.append(SitemapUrl(line))
    if not sm.urls:
        raise SitemapError("neither XML nor a list of URLs")
    return sm


_ROBOTS_SITEMAP = re.compile(r"^\s*sitemap\s*:\s*(\S+)", re.I | re.M)


def sitemaps_from_robots(body: bytes, base_url: str) -> list[str]:
    text = body.decode("utf-8", "replace")
    return list(dict.fromkeys(urljoin(base_url, m) for m in _ROBOTS_SITEMAP.findall(text)))
