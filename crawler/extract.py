"""Fetched page -> main text and metadata (trafilatura first, structured data as fallback)."""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass

import trafilatura

from crawler import htmlmeta
from crawler.dates import choose_published, copyright_years
from crawler.encoding import decode_body, looks_binary
from crawler.items import ExtractedDocument, FetchedPage, Rejection
from crawler.urls import canonicalize_url, resolve_canonical
from storage.fingerprints import content_hash, simhash
from storage.language import detect_language

log = logging.getLogger(__name__)

MIN_TEXT_CHARS = 300  # below this a page is a teaser, a stub or a navigation page
MIN_ARTICLE_CHARS = 80  # a page that declares itself an article: one real sentence (news briefs)
MIN_POST_CHARS = 10  # social posts are legitimately short
MIN_SENTENCE_WORDS = 6
LISTING_MIN_LINKS = 25
LISTING_MAX_CHARS_PER_LINK = 60  # extracted text per on-page link below which a page is an index
LISTING_MIN_ITEMS = 8  # story links in the content area from which a short page is a list of stories
LISTING_MAX_PROSE_PER_ITEM = 20  # ...unless its prose outweighs them
HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "application/xml", "text/xml")
_SPACE_LINES = re.compile(r"[ \t\u00a0]+")
_SENTENCE_END = re.compile(r"[.!?\u2026][\"'\u00bb\u201d)]*(?:\s|$)")
_COOKIE = re.compile(r"\b(?:cookies?|ciasteczk\w*)\b", re.IGNORECASE)
# Soft errors (HTTP 200 pages saying "not found"/"access denied"), en de fr es it pt nl pl.
_SOFT_ERROR = re.compile("|".join((
    r"\b(?:error|fehler|erreur|errore|erro|fout|b\u0142\u0105d)\s*40[134]\b",
    r"\bpage\b.{0,40}?(?:not (?:be )?found|(?:does not|doesn't|no longer) exists?)", r"\baccess denied\b",
    r"\bseite\b.{0,40}?(?:nicht gefunden|existiert nicht)", r"\bzugriff verweigert\b",
    r"\bpage (?:introuvable|non trouv\u00e9e)", r"\bpage\b.{0,40}?n['\u2019]existe (?:pas|plus)",
    r"\bacc\u00e8s (?:refus\u00e9|interdit)",
    r"\bp\u00e1gina no (?:encontrada|existe)", r"\bno se (?:ha )?encontr(?:\u00f3|ado) la p\u00e1gina",
    r"\bacceso denegado\b",
    r"\bpagina non (?:trovata|esiste)", r"\baccesso negato\b",
    r"\bp\u00e1gina n\u00e3o (?:encontrada|existe)", r"\bacesso negado\b",
    r"\bpagina (?:niet gevonden|bestaat niet)", r"\btoegang geweigerd\b",
    r"\bnie znaleziono strony", r"\bstrona nie (?:istnieje|zosta\u0142a znaleziona)",
    r"\b(?:odmowa|brak) dost\u0119pu",
)), re.IGNORECASE)
_ERROR_CODE = re.compile(r"\W*40[34]\b")  # a title or <h1> that starts with the status code
_ARTICLE_CHROME = frozenset({"nav", "aside"})  # in the story: menus, related stories (not its byline header)


@dataclass(frozen=True)
class ExtractOptions:
    min_text_chars: int = MIN_TEXT_CHARS
    min_article_chars: int = MIN_ARTICLE_CHARS  # the floor for pages declaring an article or post
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
        author=page.hint_author, published=choose_published((), page.hint_published, fetched_at=page.fetched_at),
        language=detect_language(text, page.hint_language),
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


def _declaration(meta: htmlmeta.PageMeta, hint_published: str | None) -> str | None:
    """How a page says it is an article or post (so one paragraph may be the whole story), or None.

    A feed or news sitemap that dated the link counts as the date beside the page's headline.
    """
    if meta.article is not None:
        return "JSON-LD " + "/".join(sorted(htmlmeta.jsonld_types_of(meta.article) - {""}))
    if meta.og.get("og:type", "").lower() == "article":
        return "og:type=article"
    if meta.h1 and (meta.declared_date or hint_published):
        return "headline and date"
    return None


def _has_sentence(prose: str) -> bool:
    """Six or more words closed by sentence punctuation: menus, headlines and datelines are not."""
    for line in prose.split("\n"):
        start = 0
        for end in _SENTENCE_END.finditer(line):
            if len(line[start:end.start()].split()) >= MIN_SENTENCE_WORDS:
                return True
            start = end.end()
    return False


def _short_page_problem(text: str, meta: htmlmeta.PageMeta, declared: str | None,
                        options: ExtractOptions) -> str | None:
    """Why a page with less text than a full article is no document; None keeps it (a declared brief)."""
    headlines = {h.casefold() for h in (meta.h1, meta.title, meta.og.get("og:title")) if h}
    lines = [line for line in text.split("\n") if line.strip() and line.strip().casefold() not in headlines]
    kept = [line for line in lines if not _COOKIE.search(line)]
    prose = "\n".join(kept)
    floor = options.min_article_chars if declared else options.min_text_chars
    error = _SOFT_ERROR.search("\n".join(filter(None, (meta.h1, meta.title, text))))
    if error or any(_ERROR_CODE.match(h) for h in (meta.h1, meta.title) if h):
        said = error.group(0) if error else (meta.h1 or meta.title or "")
        return f"error page (says {said.strip()[:60]!r})"
    if len(kept) < len(lines) and len(prose) < floor:
        return f"cookie/consent wall ({len(prose)} chars besides the cookie notice)"
    items = meta.headline_links
    if meta.is_listing_marked or (items >= LISTING_MIN_ITEMS and len(prose) < LISTING_MAX_PROSE_PER_ITEM * items) \
            or (not declared and meta.link_count >= LISTING_MIN_LINKS):
        return f"listing/index page ({meta.link_count} links, {items} story links, {len(text)} chars of text)"
    if not prose and meta.link_count:
        return f"navigation only ({meta.link_count} links, no text)"
    if not declared:
        return f"too little text ({len(text)} chars < {options.min_text_chars})"
    if meta.is_paywalled:
        return f"paywalled teaser ({declared}, isAccessibleForFree=false, {len(prose)} chars)"
    if len(prose) < floor:
        return f"too little text ({len(prose)} chars < {floor} for a page declared by {declared})"
    if not _has_sentence(prose):
        return f"no full sentence in {len(prose)} chars (declared by {declared})"
    return None


def _article_time(tree) -> str | None:
    """``datetime`` of the article's own <time>: in the content area, outside its nav and asides
    (the body's header and footer too, where there is no <article> or <main>); None when the area
    has more than two (a list dates every item)."""
    body = tree.find(".//body")
    if body is None:
        return None
    area = htmlmeta._content_area(body, body.find(".//h1"))
    outside = htmlmeta.CHROME_TAGS if area is body else _ARTICLE_CHROME
    times = []
    for el in area.iter("time"):
        parents = []
        for parent in el.iterancestors():
            if parent is area:
                break
            parents.append(parent.tag)
        if el.get("datetime") and not outside.intersection(parents):
            times.append(el.get("datetime").strip())
    return times[0] if 0 < len(times) <= 2 else None


def _published(page: FetchedPage, meta: htmlmeta.PageMeta, tree, guessed: str | None) -> str | None:
    """The page's own date markup, else the feed/sitemap/API date, else trafilatura's guess (see
    ``choose_published``: not the 1 January of a footer's "© 2025", never a future date)."""
    explicit = (
        htmlmeta.jsonld_field(meta.article, "datePublished", "dateCreated"),
        meta.meta.get("article:published_time") or meta.og.get("og:article:published_time"),
        meta.itemprop_published,
        _article_time(tree),
    )
    notice = copyright_years(tree.text_content()) if guessed else ()
    return choose_published(explicit, page.hint_published, guessed, fetched_at=page.fetched_at, notice_years=notice,
                            seen=page.hint_seen)


def _same_headline(title: str, heading: str) -> bool:
    """The same words, or the same with a kicker ("Nach Gaetz-Rückzug:") before one of them."""
    words, shown = htmlmeta.title_words(title), htmlmeta.title_words(heading)
    if not words or not shown:
        return False
    if words == shown:
        return True
    return min(len(words), len(shown)) >= 3 and (words[-len(shown):] == shown or shown[-len(words):] == words)


def _title(page: FetchedPage, meta: htmlmeta.PageMeta, extracted: str | None) -> str | None:
    """The headline: the first metadata title a heading on the page confirms, tried in the order
    ``og:title`` (what the publisher shows when the story is shared), JSON-LD ``headline``,
    trafilatura's, the feed's, ``<title>``; else the first of JSON-LD, trafilatura's, ``og:title``,
    the feed's and ``<title>``. Without the check an SEO headline in JSON-LD or a breadcrumb
    would pass for the story's; entities a CMS left in them (``&#039;``) are decoded."""
    og = htmlmeta.unescape(meta.og.get("og:title"))
    jsonld = htmlmeta.unescape(htmlmeta.jsonld_field(meta.article, "headline", "name"))
    rest = [htmlmeta.unescape(t) for t in (extracted, page.hint_title, meta.title)]
    for candidate in (og, jsonld, *rest):
        if candidate and any(_same_headline(candidate, h) for h in meta.headings):
            return candidate
    return next((t for t in (jsonld, rest[0], og, *rest[1:]) if t), None)


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
    result = (result.as_dict() if result is not None and hasattr(result, "as_dict") else result) or {}
    text = _restore_table_cells(_tidy(result.get("text") or ""), tree)

    structured = htmlmeta.jsonld_text(meta.article)
    summary_only = False
    # Short trafilatura output next to a fuller JSON-LD body: the page renders client-side.
    if structured and len(_tidy(structured)) > len(text) and (len(text) < options.min_text_chars or is_post):
        text = _tidy(structured)
        summary_only = not htmlmeta.jsonld_field(meta.article, "articleBody", "text")  # just the description
    if len(text) < options.min_text_chars and is_post and not text:
        text = _tidy(meta.og.get("og:description", ""))

    declared = None if is_post else _declaration(meta, page.hint_published)
    if is_post and len(text) < MIN_POST_CHARS:
        if meta.link_count >= LISTING_MIN_LINKS or meta.is_listing_marked:
            return reject(f"listing/index page ({meta.link_count} links, {len(text)} chars of text)")
        return reject(f"too little text ({len(text)} chars < {MIN_POST_CHARS})")
    if not is_post and len(text) < options.min_text_chars:
        # A short description stands in for an article that renders client-side: a teaser, not the text.
        problem = (f"only a summary (JSON-LD description, {len(text)} chars)" if summary_only
                   else _short_page_problem(text, meta, declared, options))
        if problem:
            return reject(problem)
        log.debug("short %s kept: declared by %s", page.url, declared)
    # Site chrome outweighs a short article's text; a page that declares itself one is not an index.
    if (not meta.is_article_marked and not declared and meta.link_count >= LISTING_MIN_LINKS
            and len(text) / meta.link_count < LISTING_MAX_CHARS_PER_LINK):
        return reject(f"listing/index page ({meta.link_count} links, {len(text)} chars of text)")

    title = _title(page, meta, result.get("title"))
    author = (htmlmeta.jsonld_author(meta.article) or result.get("author")
              or meta.meta.get("author") or meta.meta.get("article:author") or page.hint_author)
    published = _published(page, meta, tree, result.get("date"))
    declared_lang = (meta.lang or htmlmeta.jsonld_field(meta.article, "inLanguage") or meta.og.get("og:locale")
                     or page.hint_language)
    language = detect_language(text, declared_lang)
    log.debug("extracted %s: %d chars, %s, %s", page.url, len(text), encoding, language)
    return _document(page, canonical=canonical, title=title, author=author, published=published,
                     language=language, text=text)
