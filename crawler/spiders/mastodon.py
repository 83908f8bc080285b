"""Mastodon accounts (``@user@instance``): account lookup, then public statuses."""
from __future__ import annotations

import logging
from urllib.parse import urlencode

from scrapy.http import Response

from crawler import htmlmeta
from crawler.spiders.base import Hints, SourceSpider

log = logging.getLogger(__name__)

PAGE_SIZE = 40


def parse_handle(handle: str) -> tuple[str, str]:
    parts = handle.strip().lstrip("@").split("@")
    if len(parts) != 2 or not all(parts):
        raise ValueError(f"Mastodon handle must look like @user@instance, got {handle!r}")
    return parts[0], parts[1].lower()


def html_to_text(html: str) -> str:
    if not html.strip():
        return ""
    tree = htmlmeta.parse_html(html.replace("<br>", "\n").replace("<br/>", "\n").replace("<br />", "\n")
                               .replace("</p>", "</p>\n\n"))
    return tree.text_content().strip() if tree is not None else ""


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
            # Own-instance lookups take the bare name; a proxy/override needs the full acct.
            acct = f"{user}@{instance}" if self.source.url else user
            url = f"{self.base_for(instance)}/api/v1/accounts/lookup?{urlencode({'acct': acct})}"
            yield self.entry_request(url, self.parse_account, meta={"sw_instance": instance},
                                     headers={"Accept": "application/json"})

    def parse_account(self, response: Response):
        account = self.json_body(response)
        if account is None:
            return
        if not isinstance(account, dict) or not account.get("id"):
            self.entry_failed(response.url, "unexpected Mastodon account lookup response (no 'id')")
            return
        query = urlencode({"limit": PAGE_SIZE, "exclude_replies": "true", "exclude_reblogs": "true"})
        base = self.base_for(response.meta["sw_instance"])
        yield self.entry_request(f"{base}/api/v1/accounts/{account['id']}/statuses?{query}", self.parse_statuses,
                                 meta={"sw_account": account}, headers={"Accept": "application/json"})

    def parse_statuses(self, response: Response):
        statuses = self.json_body(response)
        if statuses is None:
            return
        if not isinstance(statuses, list):
            self.entry_failed(response.url, "unexpected Mastodon statuses response (not a list)")
            return
        self.ledger.entry_ok()
        owner = response.meta.get("sw_account") or {}
        for status in statuses:
            if not isinstance(status, dict) or status.get("reblog") or status.get("visibility") not in (None, "public", "unlisted"):
                continue
            url = status.get("url") or status.get("uri")
            text = html_to_text(status.get("content") or "")
            if status.get("spoiler_text"):
                text = f"{status['spoiler_text']}\n\n{text}"
            if not url or not text:
                continue
            account = status.get("account") or owner
            hints = Hints(published=status.get("created_at"), lastmod=status.get("edited_at") or status.get("created_at"),
                          author=account.get("display_name") or account.get("acct"), text=text,
                          language=status.get("language"))
            page = self.api_record(url, hints, status)
            if page is not None:
                yield page
