"""Bluesky accounts via the public AppView (no login): each own post becomes a document."""
from __future__ import annotations

import logging
from urllib.parse import urlencode

from scrapy.http import Response

from crawler.spiders.base import Hints, SourceSpider

log = logging.getLogger(__name__)

PUBLIC_APPVIEW = "https://public.api.bsky.app"
PAGE_SIZE = 50


def post_text(post: dict) -> str:
    """The post text, plus the title/description of a link card: often the actual statement."""
    record = post.get("record") or {}
    parts = [record.get("text") or ""]
    embed = post.get("embed") or {}
    external = embed.get("external") or (embed.get("media") or {}).get("external") or {}
    for key in ("title", "description"):
        if isinstance(external.get(key), str) and external[key].strip():
            parts.append(external[key].strip())
    return "\n\n".join(p for p in parts if p.strip())


class BlueskySpider(SourceSpider):
    kind = "bluesky"

    def api_base(self) -> str:
        return (self.source.url or PUBLIC_APPVIEW).rstrip("/")

    def entry_requests(self):
        for handle in self.source.handles:
            handle = handle.strip().lstrip("@")
            query = urlencode({"actor": handle, "limit": PAGE_SIZE, "filter": "posts_no_replies"})
            url = f"{self.api_base()}/xrpc/app.bsky.feed.getAuthorFeed?{query}"
            yield self.entry_request(url, self.parse_feed, meta={"sw_handle": handle},
                                     headers={"Accept": "application/json"})

    def parse_feed(self, response: Response):
        data = self.json_body(response)
        if data is None:
            return
        if not isinstance(data, dict) or not isinstance(data.get("feed"), list):
            self.entry_failed(response.url, "unexpected Bluesky response (no 'feed' list)")
            return
        self.ledger.entry_ok()
        handle = response.meta["sw_handle"].lower()
        for item in data["feed"]:
            post = (item or {}).get("post") or {}
            author = post.get("author") or {}
            if item.get("reason") or (author.get("handle") or "").lower() != handle:
                continue  # reposts are someone else's words
            uri = post.get("uri") or ""
            rkey = uri.rsplit("/", 1)[-1] if "/app.bsky.feed.post/" in uri else None
            text = post_text(post)
            if not rkey or not text:
                continue
            record = post.get("record") or {}
            langs = record.get("langs") or []
            hints = Hints(
                published=record.get("createdAt") or post.get("indexedAt"),
                title=None, author=author.get("displayName") or author.get("handle"), text=text,
                language=langs[0] if langs and isinstance(langs[0], str) else None,
            )
            page = self.api_record(f"https://bsky.app/profile/{author.get('handle')}/post/{rkey}", hints, post)
            if page is not None:
                yield page
