"""Mastodon: accounts (``@user@instance``) and hashtag timelines (``#tag@instance``).

An account is looked up (``/api/v1/accounts/lookup``; an unknown one fails that entry with the
server's message), then its public statuses are read. Each status the account wrote is a
document: boosts (``reblog``) are skipped, and so are replies to other people's posts; a reply
to the account's own post continues its statement and is kept (Mastodon's ``exclude_replies``
draws the same line). Private and direct statuses are never stored.

A hashtag timeline (``/api/v1/timelines/tag/<tag>``) is a discovery source: every public status
carrying the tag is a document, replies included, boosts skipped.

Pages follow the ``Link: <…max_id=…>; rel="next"`` header (the body has no paging data): the
first plus ``depth`` more (unset: ``[crawl] depth_limit``), and no further once a page holds no
status the fetch log did not know (incremental runs).

The text is the status HTML made plain: paragraphs and line breaks kept, a link's URL taken
from its ``href`` (the visible text hides parts of it in ``invisible`` spans and adds an
ellipsis), mentions and hashtags as written, the content warning first, and a link card's title
and description last.
"""
from __future__ import annotations

import json
import logging
import re
from typing import Any
from urllib.parse import quote, urlencode

from scrapy.http import Response

from crawler import htmlmeta
from crawler.dates import to_iso
from crawler.spiders.base import Hints, SourceSpider, header

log = logging.getLogger(__name__)

PAGE_SIZE = 40
PUBLIC = ("public", "unlisted")
_LINK = re.compile(r"<([^>]+)>\s*((?:;\s*[\w*]+\s*=\s*(?:\"[^\"]*\"|[^;,\s]*)\s*)*)")
_REL = re.compile(r"""rel\s*=\s*(?:"([^"]*)"|([^;,\s]*))""", re.I)
_URLISH = re.compile(r"^(?:https?://)?\S+\.\S+$")


def parse_handle(handle: str) -> tuple[str, str]:
    """``@user@instance`` -> (user, instance); ``#tag@instance`` -> ("#tag", instance)."""
    value = handle.strip()
    tag = value.startswith("#")
    parts = value.lstrip("#@").split("@")
    if len(parts) != 2 or not all(parts):
        raise ValueError(f"Mastodon handle must look like @user@instance or #tag@instance, got {handle!r}")
    return ("#" + parts[0] if tag else parts[0]), parts[1].lower()


def parse_link_header(value: str | None) -> dict[str, str]:
    """``rel`` -> URL from an RFC 8288 ``Link`` header."""
    links: dict[str, str] = {}
    for match in _LINK.finditer(value or ""):
        rel = _REL.search(match.group(2) or "")
        if rel:
            for name in (rel.group(1) or rel.group(2) or "").split():
                links.setdefault(name.lower(), match.group(1).strip())
    return links


def html_to_text(html: str) -> str:
    """Plain text of status HTML; links show their ``href``, mentions and hashtags their text."""
    if not html or not html.strip():
        return ""
    tree = htmlmeta.parse_html(html)
    if tree is None:
        return ""
    for a in list(tree.iter("a")):
        classes = set((a.get("class") or "").split())
        href = (a.get("href") or "").strip()
        shown = " ".join(a.text_content().split())
        if not href or classes & {"mention", "hashtag", "u-url"} or shown.startswith(("@", "#")):
            continue
        hidden = a.xpath(".//span[contains(concat(' ', @class, ' '), ' invisible ')]")
        if hidden or _URLISH.match(shown):
            tail = a.tail
            a.clear()
            a.text, a.tail = href, tail
    for br in tree.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for p in tree.iter("p"):
        p.tail = "\n\n" + (p.tail or "")
    body = tree.find(".//body")
    text = (body if body is not None else tree).text_content()
    return re.sub(r"\n{3,}", "\n\n", "\n".join(line.strip() for line in text.split("\n"))).strip()


def card_text(card: Any) -> str:
    """Title and description of a preview card (a status's ``card``, a trending link)."""
    if not isinstance(card, dict):
        return ""
    parts = [card[k].strip() for k in ("title", "description") if isinstance(card.get(k), str) and card[k].strip()]
    return "\n\n".join(parts)


def status_text(status: dict) -> str:
    text = html_to_text(status.get("content") or "")
    spoiler = (status.get("spoiler_text") or "").strip()
    if spoiler:
        text = f"{spoiler}\n\n{text}" if text else spoiler
    card = card_text(status.get("card"))
    if card and text:  # a card alone (no words of the author's) is not a statement
        text = f"{text}\n\n{card}"
    return text.strip()


def status_hints(status: dict, owner: dict | None = None) -> tuple[str, Hints] | None:
    """(public URL, hints) of a status worth storing, or None."""
    if not isinstance(status, dict) or status.get("reblog") or (status.get("visibility") or "public") not in PUBLIC:
        return None
    url = status.get("url") or status.get("uri")
    text = status_text(status)
    if not isinstance(url, str) or not url.startswith(("http://", "https://")) or not text:
        return None
    account = status.get("account") or owner or {}
    published = to_iso(status.get("created_at"))
    return url, Hints(published=published, lastmod=to_iso(status.get("edited_at")) or published,
                      author=account.get("display_name") or account.get("acct"), text=text,
                      language=status.get("language"))


def is_own(status: dict, owner: dict) -> bool:
    """Written by ``owner``, and not a reply to somebody else."""
    account_id = (status.get("account") or {}).get("id") or owner.get("id")
    if owner.get("id") and account_id != owner.get("id"):
        return False
    replied_to = status.get("in_reply_to_account_id")
    return not status.get("in_reply_to_id") or (replied_to is not None and replied_to == account_id)


class MastodonSpider(SourceSpider):
    kind = "mastodon"

    def base_for(self, instance: str) -> str:
        return (self.source.url or f"https://{instance}").rstrip("/")

    def entry_requests(self):
        for handle in self.source.handles:
            try:
                user, instance = parse_handle(handle)
            except ValueError as exc:
                self.entry_failed(handle, str(exc))
                continue
            base = self.base_for(instance)
            if user.startswith("#"):
                query = urlencode({"limit": PAGE_SIZE})
                yield self.statuses_request(f"{base}/api/v1/timelines/tag/{quote(user[1:], safe='')}?{query}",
                                            {"sw_tag": user[1:]})
                continue
            # Own-instance lookups take the bare name; a proxy/override needs the full acct.
            acct = f"{user}@{instance}" if self.source.url else user
            url = f"{base}/api/v1/accounts/lookup?{urlencode({'acct': acct})}"
            yield self.entry_request(url, self.parse_account, headers={"Accept": "application/json"},
                                     meta={"sw_instance": instance, "sw_acct": f"{user}@{instance}",
                                           "handle_httpstatus_list": [404, 410]})

    def statuses_request(self, url: str, meta: dict, page: int = 1):
        return self.entry_request(url, self.parse_statuses, headers={"Accept": "application/json"},
                                  meta={**meta, "sw_page": page})

    def parse_account(self, response: Response):
        if response.status != 200:
            detail = self._error_text(response)
            self.entry_failed(response.url, f"Mastodon account {response.meta.get('sw_acct')} not found: "
                                            f"HTTP {response.status}{f' ({detail})' if detail else ''}")
            return
        account = self.json_body(response)
        if account is None:
            return
        if not isinstance(account, dict) or not account.get("id"):
            self.entry_failed(response.url, "unexpected Mastodon account lookup response (no 'id')")
            return
        query = urlencode({"limit": PAGE_SIZE, "exclude_replies": "true", "exclude_reblogs": "true"})
        base = self.base_for(response.meta["sw_instance"])
        owner = {k: account.get(k) for k in ("id", "acct", "display_name", "url")}
        yield self.statuses_request(f"{base}/api/v1/accounts/{account['id']}/statuses?{query}",
                                    {"sw_account": owner})

    @staticmethod
    def _error_text(response: Response) -> str:
        try:
            data = json.loads(response.body.decode("utf-8", "replace"))
            return str(data.get("error") or "")[:200] if isinstance(data, dict) else ""
        except ValueError:
            return response.body[:120].decode("utf-8", "replace").strip()

    def parse_statuses(self, response: Response):
        statuses = self.json_body(response)
        if statuses is None:
            return
        if not isinstance(statuses, list):
            self.entry_failed(response.url, "unexpected Mastodon statuses response (not a list)")
            return
        self.ledger.entry_ok()
        owner = response.meta.get("sw_account")
        fresh = considered = 0
        for status in statuses:
            if not isinstance(status, dict) or (owner and not is_own(status, owner)):
                continue
            found = status_hints(status, owner)
            if found is None:
                continue
            url, hints = found
            considered += 1
            fresh += int(not self.is_known(url))
            page = self.api_record(url, hints, status)
            if page is not None:
                yield page
        following = parse_link_header(header(response, "Link")).get("next")
        page = response.meta.get("sw_page", 1)
        if (statuses and following and following != response.url
                and self.more_pages(page, fresh, response.url, considered)):
            meta = {k: v for k, v in response.meta.items() if k in ("sw_account", "sw_tag")}
            yield self.statuses_request(following, meta, page + 1)
