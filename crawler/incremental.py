"""Should a known article URL be requested again, and with which validators?"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from crawler.dates import as_utc


@dataclass
class Decision:
    fetch: bool
    reason: str
    headers: dict[str, str] = field(default_factory=dict)  # If-None-Match / If-Modified-Since


def validators(known: dict) -> dict[str, str]:
    headers = {}
    if known.get("etag"):
        headers["If-None-Match"] = known["etag"]
    if known.get("last_modified"):
        headers["If-Modified-Since"] = known["last_modified"]
    return headers


def decide(known: dict | None, hint_lastmod: str | None, revisit_after_hours: float,
           now: dt.datetime | None = None) -> Decision:
    """Skip a known URL unless its source says it changed or it is due for a re-check.

    ``known`` is its fetch-log row; ``hint_lastmod`` the feed/sitemap date for it now.
    """
    if known is None:
        return Decision(True, "new")
    if known.get("outcome") == "error":
        return Decision(True, "retry after error")
    now = now or dt.datetime.now(dt.timezone.utc)
    fetched_at = as_utc(known.get("fetched_at"))
    hint = as_utc(hint_lastmod)
    previous = as_utc(known.get("lastmod")) or fetched_at
    if hint is not None and previous is not None and hint > previous:
        return Decision(True, "source says it changed", validators(known))
    if fetched_at is None or now - fetched_at >= dt.timedelta(hours=revisit_after_hours):
        return Decision(True, "revisit", validators(known))
    return Decision(False, "known and unchanged")
