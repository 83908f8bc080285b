"""GDELT DOC 2.0 discovery: an article list for a query; each article URL is then crawled.

What GDELT says about an article is only a hint:

- ``seendate`` is when GDELT saw the URL (on a 15-minute boundary), not when it was published:
  it becomes the article's date only when the page itself gives none, after the page's markup
  and after the extractor's reading of the page (``Hints.seen``);
- titles come tokenised (``"EE . UU . "``, ``"1 , 4 Juta"``) and are re-joined here; the page's
  own title wins anyway;
- ``language`` is an English name ("Malayalam"), mapped to its ISO 639-1 code;
- the same article is often listed again with a different query string (``?cexp_id=…``,
  ``?index_ref=…``): such a variant is dropped when the list has the same URL without a query
  under the same title. ``https://host:443/…`` and ``https://host/…`` are one URL (canonical form).

The answer is not always JSON: rate limits and query errors come back as plain text.
"""
from __future__ import annotations

import logging
import re
from urllib.parse import urlencode, urlsplit, urlunsplit

from scrapy.http import Response

from crawler.spiders.base import Hints, SourceSpider
from crawler.urls import canonicalize_url

log = logging.getLogger(__name__)

GDELT_DOC_API = "https://api.gdeltproject.org/api/v2/doc/doc"
MAX_RECORDS = 75

LANGUAGE_CODES = {
    "afrikaans": "af", "albanian": "sq", "arabic": "ar", "armenian": "hy", "azerbaijani": "az", "basque": "eu",
    "belarusian": "be", "bengali": "bn", "bosnian": "bs", "bulgarian": "bg", "catalan": "ca", "chinese": "zh",
    "croatian": "hr", "czech": "cs", "danish": "da", "dutch": "nl", "english": "en", "estonian": "et",
    "finnish": "fi", "french": "fr", "galician": "gl", "georgian": "ka", "german": "de", "greek": "el",
    "gujarati": "gu", "hebrew": "he", "hindi": "hi", "hungarian": "hu", "icelandic": "is", "indonesian": "id",
    "italian": "it", "japanese": "ja", "kannada": "kn", "kazakh": "kk", "korean": "ko", "latvian": "lv",
    "lithuanian": "lt", "macedonian": "mk", "malay": "ms", "malayalam": "ml", "marathi": "mr", "nepali": "ne",
    "norwegian": "no", "persian": "fa", "polish": "pl", "portuguese": "pt", "punjabi": "pa", "romanian": "ro",
    "russian": "ru", "serbian": "sr", "sinhalese": "si", "sinhala": "si", "slovak": "sk", "slovenian": "sl",
    "spanish": "es", "swahili": "sw", "swedish": "sv", "tagalog": "tl", "tamil": "ta", "telugu": "te",
    "thai": "th", "turkish": "tr", "ukrainian": "uk", "urdu": "ur", "vietnamese": "vi",
}
_DECIMAL = re.compile(r"(\d) ([.,]) (?=\d)")
_BEFORE = re.compile(r" +([.,:;!?%)\]}\u00bb\u201d\u2019\uff0c\u3002\uff1a\uff1b\uff01\uff1f\u3001\uff09\u300d\u300f])")
_AFTER = re.compile(r"([(\[{\u00ab\u201c\u2018\uff08\u300c\u300e\uff0c\u3002\uff1a\uff1b\uff01\uff1f\u3001]) +")


def tidy_title(title: object) -> str | None:
    """GDELT's tokenised title re-joined: no space before closing punctuation or inside decimals."""
    if not isinstance(title, str):
        return None
    text = " ".join(title.split())
    text = _DECIMAL.sub(r"\1\2", text)
    text = _BEFORE.sub(r"\1", text)
    text = _AFTER.sub(r"\1", text)
    return text.strip() or None


def language_code(name: object) -> str | None:
    return LANGUAGE_CODES.get(name.strip().lower()) if isinstance(name, str) else None


def _without_query(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))


def collapse_variants(articles: list[dict]) -> list[dict]:
    """Drop a listing whose URL only adds a query string to another listing's, same title."""
    def key(article: dict) -> tuple[str, str]:
        return _without_query(canonicalize_url(article["url"])), (tidy_title(article.get("title")) or "").casefold()

    bare = {key(a) for a in articles if not urlsplit(canonicalize_url(a["url"])).query}
    return [a for a in articles if not urlsplit(canonicalize_url(a["url"])).query or key(a) not in bare]


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
        listed = [a for a in articles if isinstance(a, dict) and isinstance(a.get("url"), str) and a["url"].strip()]
        kept = collapse_variants(listed)
        log.info("gdelt %s: %d articles (%d query-string variants dropped)", self.source.id, len(listed),
                 len(listed) - len(kept))
        for article in kept:
            hints = Hints(seen=article.get("seendate") if isinstance(article.get("seendate"), str) else None,
                          title=tidy_title(article.get("title")), language=language_code(article.get("language")))
            request = self.article_request(article["url"], hints)
            if request is not None:
                yield request
