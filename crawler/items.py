"""Typed records that flow out of the crawl stage.

A spider yields a ``FetchedPage``; the extraction pipeline turns it into an
``ExtractedDocument`` (or a ``Rejection`` with a reason) that storage persists.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass
class FetchedPage:
    """One HTTP response for a candidate document, plus hints from where it was found."""

    url: str  # final URL after redirects
    requested_url: str
    source_id: str
    status: int
    body: bytes
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None
    hint_published: str | None = None  # from the feed entry / sitemap <news:publication_date>
    hint_title: str | None = None
    hint_author: str | None = None
    hint_text: str | None = None  # social posts: the post text from the API itself
    source_kind: str = "news"  # news | statement | post | official — weights evidence later
    fetched_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.timezone.utc))
    hint_lastmod: str | None = None  # sitemap <lastmod> / feed <updated>: logged for incremental runs
    hint_canonical_url: str | None = None  # API records: the public permalink of the post
    hint_language: str | None = None  # API records: the language the platform reports
    from_api: bool = False  # a social/API record: ``hint_text`` is the document, ``body`` its JSON
    hint_seen: str | None = None  # when a discovery service (GDELT) saw the URL: used only if nothing dates the page


@dataclass
class ExtractedDocument:
    """Main text and metadata of one article, ready to store."""

    url: str
    canonical_url: str
    source_id: str
    title: str | None
    author: str | None
    published: str | None  # ISO 8601 date or datetime
    language: str | None
    text: str
    raw_html: bytes
    content_hash: str  # sha256 of normalised text: exact-duplicate key
    simhash: int  # 64-bit SimHash of word shingles: near-duplicate key
    source_kind: str = "news"
    etag: str | None = None
    last_modified: str | None = None
    fetched_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.timezone.utc))
    # gzip of ``raw_html`` when an extraction worker compressed it already (None: not yet)
    raw_html_gz: bytes | None = None


@dataclass
class Rejection:
    """A fetched URL that is not stored as a document, and why."""

    url: str
    source_id: str
    reason: str
