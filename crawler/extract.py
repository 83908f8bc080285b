"""Fetched page -> main text and metadata (trafilatura first, structured data as fallback)."""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass

import trafilatura

from crawler import htmlmeta
from crawler.dates import to_iso
from crawler.dedupe import content_hash, simhash
from crawler.encoding import decode_body, looks_binary
from crawler.items import ExtractedDocument, FetchedPage, Rejection
from crawler.language import detect_language
from crawler.urls import canonicalize_url, resolve_canonical

log = logging.getLogger(__name__)

MIN_TEXT_CHARS = 300  # below this a page is a teaser, a stub or a navigation page
MIN_POST_CHARS = 10  # social posts are legitimately short
LISTING_MIN_LINKS = 25
LISTING_MAX_CHARS_PER_LINK = 60  # extracted text per on-page link below which a page is an index
HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "application/xml", "text/xml")
_SPACE_LINES = re.compile(r"[ \t\u00a0]+")


@dataclass(frozen=True)
class ExtractOptions:
    min_text_chars: int = MIN_TEXT_CHARS
    favor_precision: bool = True


def _media_type(content_type: str) -> str:
    return (content_type or "").split(";")[0].strip().lower()


def _tidy(text: str) -> str:
    lines = (_SPACE_LINES.sub(" ", line).strip() for line in text.replace("\r", "\n").split("\n"))
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


def _document(page: FetchedPage, *, canonical: str, title: str | None, author: str | None,
              published: str | None, language: str | None, text: str) -> ExtractedDocument:
    return ExtractedDocument(
        url=page.url, canonical_url=canonical, source_id=page.source_id, title=title, author=author,
        published=published, language=language, text=text, raw_html=page.body,
        content_hash=content_hash(text), simhash=simhash(text), source_kind=page.source_kind,
        etag=page.etag, last_modified=page.last_modified, fetched_at=page.fetched_at,
    )


def _extract_api_record(page: FetchedPage) -> ExtractedDocument | Rejection:
    text = _tidy(page.hint_text or "")
    if len(text) < MIN_POST_CHARS:
        return Rejection(page.url, page.source_id, f"post has too little text ({len(text)} chars)")
    return _document(
        page, canonical=canonicalize_url(page.hint_canonical_url or page.url), title=page.hint_title,
        author=page.hint_author, published=to_iso(page.hint_published), language=detect_language(text, page.hint_language),
        text=text,
    )


def _table_rows(tree) -> list[list[str]]:
    rows = []
    for tr in tree.iter("tr"):
        cells = [" ".join(c.text_content().split()) for c in tr if c.tag in ("td", "th")]
        if cells:
            rows.append(cells)
    return rows


def _restore_table_cells(text: str, tree) -> str:
    """Put back table cells trafilatura blanked.

    Its boilerplate filter drops short cells that look like share buttons ("Google",
    "Facebook"), which empties exactly the rows that matter on a signatory list.
    """
    if "|  |" not in text and "| |" not in text:
        return text
    rows = _table_rows(tree)
    pos = 0  # rows are matched in document order, so equal-looking rows cannot swap
    fixed = []
    for line in text.split("\n"):
        cells = [c.strip() for c in line.strip().strip("|").split("|")] if line.lstrip().startswith("|") else None
        if cells and any(cells) and not set("".join(cells)) <= set("-: "):
            at = next((i for i in range(pos, len(rows)) if len(rows[i]) == len(cells)
                       and all(c == "" or c == rc for c, rc in zip(cells, rows[i]))), None)
            if at is not None:
                pos = at + 1
                if "" in cells:
                    line = "| " + " | ".join(rows[at]) + " |"
        fixed.append(line)
    return "\n".join(fixed)


def extract(page: FetchedPage, options: ExtractOptions = ExtractOptions()) -> ExtractedDocument | Rejection:
    """Extract one document, or say why the page is not one."""
    reject = lambda reason: Rejection(page.url, page.source_id, reason)  # noqa: E731
    if page.status >= 400:
        return reject(f"HTTP {page.status}")
    if page.from_api:
        return _extract_api_record(page)
    media = _media_type(page.content_type)
    if not page.body.strip():
        return reject("empty body")
    if media and not media.startswith(HTML_TYPES) and not media.endswith("+xml"):
        return reject(f"not an HTML page (content-type {media})")
    if looks_binary(page.body):
        return reject(f"binary content, not text (content-type {media or 'missing'})")

    html, encoding = decode_body(page.body, page.content_type)
    tree = htmlmeta.parse_html(html)
    if tree is None:
        return reject("unparseable HTML")
    meta = htmlmeta.page_meta(tree)
    canonical = resolve_canonical(page.url, meta.canonical)
    is_post = bool(meta.article and "socialmediaposting" in htmlmeta.jsonld_types_of(meta.article))

    try:
        result = trafilatura.bare_extraction(
            html, url=page.url, with_metadata=True, favor_precision=options.favor_precision,
            include_comments=False, include_tables=True, deduplicate=False,
        )
    except Exception as exc:  # trafilatura raises assorted errors on pathological markup
        log.warning("trafilatura failed on %s: %s", page.url, exc)
        result = None
    result = (result.as_dict() if hasattr(result, "as_dict") else result) or {}
    text = _restore_table_cells(_tidy(result.get("text") or ""), tree)

    structured = htmlmeta.jsonld_text(meta.article)
    # Short trafilatura output next to a fuller JSON-LD body: the page renders client-side.
    if structured and len(_tidy(structured)) > len(text) and (len(text) < options.min_text_chars or is_post):
        text = _tidy(structured)
    if len(text) < options.min_text_chars and is_post and not text:
        text = _tidy(meta.og.get("og:description", ""))

    min_chars = MIN_POST_CHARS if is_post else options.min_text_chars
    if len(text) < min_chars:
        if meta.link_count >= LISTING_MIN_LINKS or meta.is_listing_marked:
            return reject(f"listing/index page ({meta.link_count} links, {len(text)} chars of text)")
        return reject(f"too little text ({len(text)} chars < {min_chars})")
    if (not meta.is_article_marked and meta.link_count >= LISTING_MIN_LINKS
            and len(text) / meta.link_count < LISTING_MAX_CHARS_PER_LINK):
        return reject(f"listing/index page ({meta.link_count} links, {len(text)} chars of text)")

    title = (htmlmeta.jsonld_field(meta.article, "headline", "name") or result.get("title")
             or meta.og.get("og:title") or page.hint_title or meta.title)
    author = (htmlmeta.jsonld_author(meta.article) or result.get("author")
              or meta.meta.get("author") or meta.meta.get("article:author") or page.hint_author)
    published = (
        to_iso(htmlmeta.jsonld_field(meta.article, "datePublished", "dateCreated"))
        or to_iso(meta.meta.get("article:published_time") or meta.og.get("og:article:published_time"))
        or to_iso(result.get("date"))
        or to_iso(page.hint_published)
    )
    declared_lang = meta.lang or htmlmeta.jsonld_field(meta.article, "inLanguage") or meta.og.get("og:locale")
    language = detect_language(text, declared_lang)
    log.debug("extracted %s: %d chars, %s, %s", page.url, len(text), encoding, language)
    return _document(page, canonical=canonical, title=title, author=author, published=published,
                     language=language, text=text)
