"""Bluesky via the public AppView (no login): an account's own posts, and post search.

``bluesky``: ``handles = [...]``; each account's feed (``app.bsky.feed.getAuthorFeed``) becomes
one document per post the account wrote:

- reposts (``reason.$type = app.bsky.feed.defs#reasonRepost``) are skipped: the post is
  someone else's words;
- replies are kept only when they continue the account's own thread (parent and root post by
  the same account: the second part of a statement); replies in other people's threads are
  conversation, and skipped. The feed is asked for ``filter=posts_and_author_threads``, which
  is the same rule on the server's side, and the rule is applied here as well.

``bluesky_search``: ``query = "..."`` (``app.bsky.feed.searchPosts``, newest first), a discovery
source of posts by anyone; ``language = "en, de, fr"`` runs the query once per language
(``lang``). Every matching post is a document, replies included (they matched the query by
their own words); quoted posts are not followed.

Both: the text is the post's text with every link's full URL from its facet (the text itself
holds a truncated ``github.com/christopherk...``), then a link card's title and description.
The date is ``createdAt`` (client-supplied, in several spellings) unless it is unparseable or
later than ``indexedAt`` (when the AppView saw it), in which case ``indexedAt`` is used.
Pages are followed by ``cursor``: the first plus ``depth`` more (unset: ``[crawl] depth_limit``),
and no further once a page holds no post the fetch log did not know (incremental runs).
"""
from __future__ import annotations

import datetime as dt
import logging
import re
from typing import Any
from urllib.parse import urlencode

from scrapy.http import Response

from crawler.dates import as_utc, to_iso
from crawler.spiders.base import ROLE, Hints, SourceSpider

log = logging.getLogger(__name__)

PUBLIC_APPVIEW = "https://public.api.bsky.app"
PAGE_SIZE = 50  # getAuthorFeed allows 100; searchPosts 100
SEARCH_PAGE_SIZE = 50
REPOST = "app.bsky.feed.defs#reasonRepost"
LINK_FACET = "app.bsky.richtext.facet#link"
CLOCK_SKEW = dt.timedelta(minutes=10)  # createdAt this far after indexedAt is still believed
_URLISH = re.compile(r"^\S+\.\S+$")


def _did(at_uri: str | None) -> str | None:
    """``did:plc:…`` of an ``at://did:plc:…/app.bsky.feed.post/<rkey>`` URI."""
    if not isinstance(at_uri, str) or not at_uri.startswith("at://"):
        return None
    return at_uri[5:].split("/", 1)[0] or None


def expand_links(text: str, facets: Any) -> str:
    """The text with each link facet's full URI in place of its (often truncated) display text.

    Facet offsets count UTF-8 bytes. A link on ordinary words ("my new paper") keeps the words
    and gets the URL after them in parentheses.
    """
    if not text or not isinstance(facets, list):
        return text
    raw = text.encode("utf-8")
    spans = []
    for facet in facets:
        index = (facet or {}).get("index") or {}
        start, end = index.get("byteStart"), index.get("byteEnd")
        uri = next((f.get("uri") for f in (facet.get("features") or [])
                    if isinstance(f, dict) and f.get("$type") == LINK_FACET and isinstance(f.get("uri"), str)), None)
        if uri and isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(raw):
            spans.append((start, end, uri))
    out, pos = [], 0
    for start, end, uri in sorted(spans):
        if start < pos:  # overlapping facets: keep the first
            continue
        shown = raw[start:end].decode("utf-8", "replace")
        out.append(raw[pos:start].decode("utf-8", "replace"))
        out.append(uri if _URLISH.match(shown.strip()) else f"{shown} ({uri})")
        pos = end
    out.append(raw[pos:].decode("utf-8", "replace"))
    return "".join(out)


def post_text(post: dict) -> str:
    """The post text (full link URLs), plus the title/description of a link card: often the
    actual statement."""
    record = post.get("record") or {}
    text = expand_links(record.get("text") or "", record.get("facets")).replace("\r\n", "\n")
    parts = [text]
    embed = post.get("embed") or {}
    external = embed.get("external") or (embed.get("media") or {}).get("external") or {}
    for key in ("title", "description"):
        if isinstance(external.get(key), str) and external[key].strip():
            parts.append(external[key].strip())
    return "\n\n".join(p for p in parts if p.strip())


def post_published(post: dict) -> str | None:
    """``createdAt``, unless it is unusable or after ``indexedAt`` (a skewed or lying client)."""
    created = (post.get("record") or {}).get("createdAt")
    indexed = post.get("indexedAt")
    created_at, indexed_at = as_utc(created), as_utc(indexed)
    if created_at is None or (indexed_at is not None and created_at > indexed_at + CLOCK_SKEW):
        return to_iso(indexed)
    return to_iso(created)


def is_own_thread(post: dict) -> bool:
    """Not a reply, or a reply whose parent and root were written by the post's author."""
    reply = (post.get("record") or {}).get("reply")
    if not reply:
        return True
    author = (post.get("author") or {}).get("did")
    parent, root = _did((reply.get("parent") or {}).get("uri")), _did((reply.get("root") or {}).get("uri"))
    return bool(author) and parent == author and root == author


def post_url(post: dict) -> str | None:
    uri = post.get("uri") or ""
    handle = (post.get("author") or {}).get("handle") or _did(uri)
    if "/app.bsky.feed.post/" not in uri or not handle:
        return None
    return f"https://bsky.app/profile/{handle}/post/{uri.rsplit('/', 1)[-1]}"


class BlueskySpider(SourceSpider):
    kind = "bluesky"

    def api_base(self) -> str:
        return (self.source.url or PUBLIC_APPVIEW).rstrip("/")

    def entry_requests(self):
        for handle in self.source.handles:
            handle = handle.strip().lstrip("@")
            yield self.feed_request({"actor": handle, "limit": PAGE_SIZE, "filter": "posts_and_author_threads"},
                                    {"sw_handle": handle})

    def feed_request(self, params: dict, meta: dict, page: int = 1):
        url = f"{self.api_base()}/xrpc/app.bsky.feed.getAuthorFeed?{urlencode(params)}"
        return self.entry_request(url, self.parse_feed, headers={"Accept": "application/json"},
                                  meta={**meta, "sw_params": params, "sw_page": page})

    def parse_feed(self, response: Response):
        data = self.json_body(response)
        if data is None:
            return
        if not isinstance(data, dict) or not isinstance(data.get("feed"), list):
            self.entry_failed(response.url, "unexpected Bluesky response (no 'feed' list)")
            return
        self.ledger.entry_ok()
        handle = response.meta["sw_handle"].lower()
        fresh = considered = 0
        for item in data["feed"]:
            item = item if isinstance(item, dict) else {}
            post = item.get("post") or {}
            author = post.get("author") or {}
            if (item.get("reason") or {}).get("$type") == REPOST:
                continue  # reposts are someone else's words (a pinned post, reasonPin, is not)
            if (author.get("handle") or "").lower() != handle and author.get("did") != handle:
                continue
            if not is_own_thread(post):
                continue  # a reply in someone else's conversation
            considered += 1
            fresh += self.is_new(post_url(post))
            page = self.post_record(post)
            if page is not None:
                yield page
        yield from self.next_page(response, data.get("cursor"), fresh, considered, self.feed_request)

    # ---- shared with the search spider ------------------------------------------------
    def is_new(self, url: str | None) -> int:
        return int(url is not None and bool(url) and not self.is_known(url))

    def post_record(self, post: dict):
        url, text = post_url(post), post_text(post)
        if not url or not text:
            return None
        author = post.get("author") or {}
        langs = (post.get("record") or {}).get("langs") or []
        hints = Hints(published=post_published(post), title=None,
                      author=author.get("displayName") or author.get("handle"), text=text,
                      language=langs[0] if langs and isinstance(langs[0], str) else None)
        return self.api_record(url, hints, post)

    def next_page(self, response: Response, cursor: Any, fresh: int, considered: int, make_request):
        params = dict(response.meta.get("sw_params") or {})
        page = response.meta.get("sw_page", 1)
        if not cursor or not isinstance(cursor, str) or params.get("cursor") == cursor:
            return  # the last page, or a cursor that does not move
        if not self.more_pages(page, fresh, response.url, considered):
            return
        params["cursor"] = cursor
        meta = {k: v for k, v in response.meta.items()
                if k.startswith("sw_") and k not in (ROLE, "sw_params", "sw_page")}
        yield make_request(params, meta, page + 1)


class BlueskySearchSpider(BlueskySpider):
    kind = "bluesky_search"

    def entry_requests(self):
        query = (self.source.query or "").strip()
        if not query:
            self.entry_failed(self.source.id, "kind 'bluesky_search' needs 'query'")
            return
        languages = [lang.strip() for lang in (self.source.language or "").split(",") if lang.strip()]
        for lang in languages or [None]:
            params = {"q": query, "sort": "latest", "limit": SEARCH_PAGE_SIZE}
            if lang:
                params["lang"] = lang
            yield self.search_request(params, {})

    def search_request(self, params: dict, meta: dict, page: int = 1):
        url = f"{self.api_base()}/xrpc/app.bsky.feed.searchPosts?{urlencode(params)}"
        return self.entry_request(url, self.parse_search, headers={"Accept": "application/json"},
                                  meta={**meta, "sw_params": params, "sw_page": page})

    def parse_search(self, response: Response):
        data = self.json_body(response)
        if data is None:
            return
        if not isinstance(data, dict) or not isinstance(data.get("posts"), list):
            self.entry_failed(response.url, "unexpected Bluesky search response (no 'posts' list)")
            return
        self.ledger.entry_ok()
        fresh = considered = 0
        for post in data["posts"]:
            if not isinstance(post, dict):
                continue
            considered += 1
            fresh += self.is_new(post_url(post))
            page = self.post_record(post)
            if page is not None:
                yield page
        yield from self.next_page(response, data.get("cursor"), fresh, considered, self.search_request)
