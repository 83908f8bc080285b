"""Structured hints inside an HTML page: lang, canonical link, Open Graph, JSON-LD, link density.

Social and press pages often carry their real content only in JSON-LD or Open Graph;
extraction falls back to these when trafilatura finds little.
"""
from __future__ import annotations

import html as html_lib
import json
import logging
import re
from dataclasses import dataclass, field
from typing import Any

import lxml.html
from lxml import etree

log = logging.getLogger(__name__)

ARTICLE_TYPES = frozenset({
    "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
    "opinionnewsarticle", "socialmediaposting", "discussionforumposting", "liveblogposting",
    "techarticle", "scholarlyarticle", "report", "pressrelease",
})
LISTING_TYPES = frozenset({"collectionpage", "itemlist", "searchresultspage", "blog", "website"})
CHROME_TAGS = frozenset({"nav", "header", "footer", "aside"})  # site furniture around the content
HEADLINE_LINK_WORDS = 4  # an anchor this long links to a story, not to a section
_SPACE = re.compile(r"\s+")
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_WORDS = re.compile(r"\w+")


def is_article_type(jsonld_type: str) -> bool:
    """Listed article/post types, or any schema.org *Article subtype (SatiricalArticle, ReviewNewsArticle…)."""
    return jsonld_type in ARTICLE_TYPES or jsonld_type.endswith("article")


@dataclass
class PageMeta:
    lang: str | None = None
    canonical: str | None = None
    title: str | None = None
    og: dict[str, str] = field(default_factory=dict)
    meta: dict[str, str] = field(default_factory=dict)  # <meta name=...> (author, article:published_time…)
    article: dict[str, Any] | None = None  # the first JSON-LD article-like object
    jsonld_types: set[str] = field(default_factory=set)
    link_count: int = 0
    link_text_chars: int = 0
    text_chars: int = 0
    h1: str | None = None  # the first <h1> in the body
    headings: list[str] = field(default_factory=list)  # every <h1>, and the <h2>s of an <article>'s <header>
    time_count: int = 0  # <time> elements in the body: a listing dates every item
    first_time: str | None = None  # datetime (or text) of the first <time>
    itemprop_published: str | None = None  # microdata itemprop="datePublished"
    headline_links: int = 0  # story-length links in the content area, outside nav/header/footer/aside

    @property
    def declared_date(self) -> str | None:
        """A page-level publication date in the markup; a <time> counts only when (nearly) alone."""
        return (self.meta.get("article:published_time") or self.og.get("og:article:published_time")
                or self.itemprop_published or (self.first_time if self.time_count <= 2 else None))

    @property
    def is_paywalled(self) -> bool:
        """JSON-LD says the body is behind a paywall: the page text is a teaser, not the article."""
        free = self.article.get("isAccessibleForFree") if self.article else None
        return str(free).strip().lower() == "false"

    @property
    def is_article_marked(self) -> bool:
        return self.article is not None or self.og.get("og:type", "").lower() == "article"

    @property
    def is_listing_marked(self) -> bool:
        return bool(self.jsonld_types & LISTING_TYPES - {"website"}) and self.article is None

    @property
    def link_density(self) -> float:
        return self.link_text_chars / self.text_chars if self.text_chars else 1.0


def parse_html(text: str) -> lxml.html.HtmlElement | None:
    try:
        parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True)
        return lxml.html.document_fromstring(text.encode("utf-8", "replace"), parser=parser)
    except (etree.ParserError, ValueError) as exc:
        log.debug("unparseable HTML: %s", exc)
        return None


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = _SPACE.sub(" ", value).strip()
    return value or None


def unescape(value: str | None) -> str | None:
    """Text with HTML entities that survived into it decoded: JSON-LD is JSON, not HTML, yet CMSs
    write ``&#039;`` into it; an attribute escaped twice (``&amp;#039;``) keeps one level."""
    if not value or "&" not in value or not _ENTITY.search(value):
        return value
    return _clean(html_lib.unescape(value))


def title_words(value: str | None) -> list[str]:
    """Case-folded words of a title: punctuation, dashes and quotes do not count."""
    return _WORDS.findall((value or "").casefold())


def _iter_jsonld(obj: Any):
    if isinstance(obj, list):
        for item in obj:
            yield from _iter_jsonld(item)
    elif isinstance(obj, dict):
        yield obj
        if "@graph" in obj:
            yield from _iter_jsonld(obj["@graph"])
        for key in ("mainEntity", "mainEntityOfPage", "sharedContent"):
            if isinstance(obj.get(key), dict):
                yield from _iter_jsonld(obj[key])


def jsonld_types_of(obj: dict) -> set[str]:
    raw = obj.get("@type", [])
    raw = raw if isinstance(raw, list) else [raw]
    return {str(t).rsplit("/", 1)[-1].lower() for t in raw}


def page_meta(tree: lxml.html.HtmlElement) -> PageMeta:
    meta = PageMeta()
    meta.lang = _clean(tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang"))
    for link in tree.iterfind(".//link[@rel]"):
        if "canonical" in link.get("rel", "").lower().split() and link.get("href"):
            meta.canonical = link.get("href").strip()
            break
    title = tree.find(".//title")
    meta.title = _clean(title.text_content()) if title is not None else None
    for el in tree.iterfind(".//meta"):
        key = (el.get("property") or el.get("name") or "").strip().lower()
        content = _clean(el.get("content"))
        if not key or not content:
            continue
        target = meta.og if key.startswith("og:") else meta.meta
        target.setdefault(key, content)
    for script in tree.iterfind(".//script[@type]"):
        if script.get("type", "").split(";")[0].strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "", strict=False)
        except ValueError:
            log.debug("bad JSON-LD block skipped")
            continue
        for obj in _iter_jsonld(data):
            types = jsonld_types_of(obj)
            meta.jsonld_types |= types
            if meta.article is None and any(is_article_type(t) for t in types):
                meta.article = obj
    body = tree.find(".//body")
    if body is not None:
        for bad in body.iterfind(".//script"):
            bad.text = ""
        for bad in body.iterfind(".//style"):
            bad.text = ""
        meta.text_chars = len(_SPACE.sub(" ", body.text_content()).strip())
        for a in body.iterfind(".//a[@href]"):
            meta.link_count += 1
            meta.link_text_chars += len(_SPACE.sub(" ", a.text_content()).strip())
        _body_structure(body, meta)
    return meta


def _content_area(body: lxml.html.HtmlElement, h1: lxml.html.HtmlElement | None) -> lxml.html.HtmlElement:
    """Where a story (or a list of stories) sits: the <article> around the <h1>, else the only
    <article>, else <main>, else the body. Related-story cards are <article>s too, but hold no <h1>."""
    holder = next(h1.iterancestors("article"), None) if h1 is not None else None
    if holder is not None:
        return holder
    articles = body.findall(".//article")
    if len(articles) == 1:
        return articles[0]
    main = body.find(".//main")
    if main is None:
        main = next(iter(body.xpath(".//*[@role='main']")), None)
    return main if main is not None else body


def _in_chrome(el: lxml.html.HtmlElement, area: lxml.html.HtmlElement) -> bool:
    for parent in el.iterancestors():
        if parent is area:
            return False
        if parent.tag in CHROME_TAGS:
            return True
    return False


def _headings(body: lxml.html.HtmlElement, limit: int = 8) -> list[str]:
    """Where a page shows its headline: the <h1>s (a sticky bar's or a breadcrumb's too: they
    repeat a title), and the <h2> of an <article>'s <header> (kicker + headline on some sites)."""
    out = []
    for el in [*body.iter("h1"), *body.xpath(".//article//header//h2")]:
        text = _clean(el.text_content())
        if text and text not in out:
            out.append(text)
    return out[:limit]


def _body_structure(body: lxml.html.HtmlElement, meta: PageMeta) -> None:
    """Headline, dates and story links: what separates a short article from a list of articles."""
    h1 = body.find(".//h1")
    meta.h1 = _clean(h1.text_content()) if h1 is not None else None
    meta.headings = _headings(body)
    times = body.findall(".//time")
    meta.time_count = len(times)
    if times:
        meta.first_time = _clean(times[0].get("datetime") or times[0].text_content())
    for el in body.xpath(".//*[@itemprop='datePublished']"):
        meta.itemprop_published = _clean(el.get("content") or el.get("datetime") or el.text_content())
        if meta.itemprop_published:
            break
    area = _content_area(body, h1)
    meta.headline_links = sum(1 for a in area.iterfind(".//a[@href]")
                              if len(a.text_content().split()) >= HEADLINE_LINK_WORDS and not _in_chrome(a, area))


def jsonld_author(article: dict[str, Any] | None) -> str | None:
    if not article:
        return None
    raw = article.get("author") or article.get("creator")
    items = raw if isinstance(raw, list) else [raw]
    names = []
    for item in items:
        if isinstance(item, str):
            names.append(item)
        elif isinstance(item, dict):
            name = item.get("name") or item.get("alternateName") or item.get("identifier")
            if isinstance(name, str):
                names.append(name)
    names = [n for n in (unescape(_clean(n)) for n in names) if n]
    return "; ".join(dict.fromkeys(names)) or None


def jsonld_text(article: dict[str, Any] | None) -> str | None:
    if not article:
        return None
    for key in ("articleBody", "text", "description"):
        value = article.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def jsonld_field(article: dict[str, Any] | None, *keys: str) -> str | None:
    if not article:
        return None
    for key in keys:
        value = article.get(key)
        if isinstance(value, str) and value.strip():
            return unescape(_clean(value))
    return None
