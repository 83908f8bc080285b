"""RSS 2.0 / RSS 1.0 / Atom / JSON Feed parsing without feedparser.

Namespaces vary wildly between publishers, so elements are matched by local name.
Broken XML is re-read in lxml's recover mode; what survives is used and the damage reported.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from urllib.parse import urljoin

from lxml import etree

from crawler.dates import to_iso
from crawler.errors import FeedError

log = logging.getLogger(__name__)


@dataclass
class FeedEntry:
    url: str
    title: str | None = None
    published: str | None = None
    updated: str | None = None
    author: str | None = None
    summary: str | None = None
    source: str | None = None  # RSS <source>: the outlet an aggregator (Google News) took the item from


@dataclass
class Feed:
    kind: str  # rss | atom | rdf | jsonfeed
    title: str | None = None
    entries: list[FeedEntry] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # recovered-from damage worth recording


def _local(tag: object) -> str:
    # Not etree.QName: it raises ValueError on the odd names recover mode lets through ("<:").
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _children(el: etree._Element, name: str) -> list[etree._Element]:
    return [c for c in el if _local(c.tag) == name]


def _text(el: etree._Element, *names: str) -> str | None:
    for name in names:
        for child in _children(el, name):
            value = "".join(child.itertext()).strip()
            if value:
                return value
    return None


def xml_parser(recover: bool) -> etree.XMLParser:
    # No entity expansion, no network: feeds are untrusted input (XXE, billion laughs).
    return etree.XMLParser(recover=recover, resolve_entities=False, no_network=True, huge_tree=False,
                           remove_comments=True, remove_pis=True)


def parse_xml(body: bytes) -> tuple[etree._Element, list[str]]:
    """Strict parse, else recover-mode parse with a warning; FeedError when nothing is usable."""
    body = body.lstrip()
    try:
        return etree.fromstring(body, parser=xml_parser(False)), []
    except etree.XMLSyntaxError as exc:
        problem = f"malformed XML: {exc}"
    root = None
    try:
        root = etree.fromstring(body, parser=xml_parser(True))
    except etree.XMLSyntaxError:
        root = None
    if root is None:
        raise FeedError(problem)
    return root, [problem]


def _author(el: etree._Element) -> str | None:
    for child in _children(el, "author") + _children(el, "creator"):
        name = _text(child, "name")
        if name:
            return name
        value = "".join(child.itertext()).strip()
        if value:
            return value
    return None


def _rss_items(root: etree._Element, base: str) -> list[FeedEntry]:
    entries = []
    for item in root.iter():
        if _local(item.tag) != "item":
            continue
        link = _text(item, "link")
        if not link:
            for guid in _children(item, "guid"):
                permalink = (guid.get("isPermaLink") or "true").lower() != "false"
                value = (guid.text or "").strip()
                if permalink and value.startswith(("http://", "https://")):
                    link = value
        if not link:
            link = item.get("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about")
        if not link:
            continue
        entries.append(FeedEntry(
            url=urljoin(base, link.strip()), title=_text(item, "title"),
            published=to_iso(_text(item, "pubdate", "date", "published", "issued")),
            updated=to_iso(_text(item, "updated", "modified")), author=_author(item),
            summary=_text(item, "description", "summary", "encoded"), source=_text(item, "source"),
        ))
    return entries


def _atom_link(entry: etree._Element, base: str) -> str | None:
    best = None
    for link in _children(entry, "link"):
        href = (link.get("href") or "").strip()
        rel = (link.get("rel") or "alternate").lower()
        if href and rel == "alternate" and (link.get("type") or "text/html").startswith(("text/html", "application/xhtml")):
            return urljoin(base, href)
        if href and rel == "alternate" and best is None:
            best = urljoin(base, href)
    return best


def _atom_entries(root: etree._Element, base: str) -> list[FeedEntry]:
    base = urljoin(base, root.get("{http://www.w3.org/XML/1998/namespace}base") or "")
    entries = []
    for entry in _children(root, "entry"):
        url = _atom_link(entry, base)
        if not url:
            ident = _text(entry, "id")
            url = ident if ident and ident.startswith(("http://", "https://")) else None
        if not url:
            continue
        entries.append(FeedEntry(
            url=url, title=_text(entry, "title"), published=to_iso(_text(entry, "published", "issued")),
            updated=to_iso(_text(entry, "updated", "modified")), author=_author(entry),
            summary=_text(entry, "summary", "content"),
        ))
    return entries


def _json_feed(body: bytes, base: str) -> Feed:
    try:
        data = json.loads(body.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise FeedError(f"malformed JSON feed: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("items"), list):
        raise FeedError("JSON document is not a JSON Feed (no 'items' list)")
    feed = Feed(kind="jsonfeed", title=data.get("title") if isinstance(data.get("title"), str) else None)
    for item in data["items"]:
        if not isinstance(item, dict):
            continue
        url = item.get("url") or item.get("external_url")
        if not isinstance(url, str) or not url.strip():
            continue
        authors = item.get("authors") or ([item["author"]] if isinstance(item.get("author"), dict) else [])
        names = [str(a["name"]) for a in authors if isinstance(a, dict) and isinstance(a.get("name"), str)]
        feed.entries.append(FeedEntry(
            url=urljoin(base, url.strip()), title=item.get("title") if isinstance(item.get("title"), str) else None,
            published=to_iso(item.get("date_published")), updated=to_iso(item.get("date_modified")),
            author="; ".join(names) or None,
            summary=item.get("content_text") or item.get("summary") or None,
        ))
    return feed


def parse_feed(body: bytes, base_url: str = "", content_type: str = "") -> Feed:
    """Parse any supported feed format; raises FeedError for non-feeds and unreadable feeds."""
    stripped = body.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not stripped:
        raise FeedError("empty feed body")
    if stripped[:1] in (b"{", b"[") or "json" in content_type.lower():
        return _json_feed(stripped, base_url)
    root, warnings = parse_xml(stripped)
    name = _local(root.tag)
    if name == "rss":
        feed = Feed(kind="rss")
        channel = next(iter(_children(root, "channel")), root)
        feed.title = _text(channel, "title")
        feed.entries = _rss_items(root, base_url)
    elif name == "rdf":
        feed = Feed(kind="rdf", entries=_rss_items(root, base_url))
    elif name == "feed":
        feed = Feed(kind="atom", title=_text(root, "title"), entries=_atom_entries(root, base_url))
    elif name == "html":
        raise FeedError("got an HTML page, not a feed")
    else:
        raise FeedError(f"not a feed: root element <{name}>")
    feed.warnings = warnings
    if warnings and not feed.entries:
        raise FeedError(warnings[0])
    return feed
