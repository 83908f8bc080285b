"""Typed records that flow out of the crawl stage.

A spider yields a ``FetchedPage``; the extraction pipeline turns it into an
``ExtractedDocument`` (a storage record, ``storage.records``) or a ``Rejection`` with a reason.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from storage.records import ExtractedDocument

__all__ = ["ExtractedDocument", "FetchedPage", "Rejection"]


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
    fetched_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))
    hint_lastmod: str | None = None  # sitemap <lastmod> / feed <updated>: logged for incremental runs
    hint_canonical_url: str | None = None  # API records: the public permalink of the post
    hint_language: str | None = None  # API records: the language the platform reports
    from_api: bool = False  # a social/API record: ``hint_text`` is the document, ``body`` its JSON
    hint_seen: str | None = None  # when a discovery service (GDELT) saw the URL: used only if nothing dates the page


@dataclass
class Rejection:
    """A fetched URL that is not stored as a document, and why."""

    url: str
    source_id: str
    reason: str
