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


def _is_date_only(value: object) -> bool:
    return isinstance(value, str) and len(value.strip()) == 10


def _newer(hint: str | None, previous: str | dt.datetime | None) -> bool:
    """Is ``hint`` later than ``previous``? Feeds and sitemaps describing the same URL mix
    dates and datetimes, so a bare date only counts as newer on a later day."""
    hint_at, previous_at = as_utc(hint), as_utc(previous)
    if hint_at is None or previous_at is None:
        return False
    if _is_date_only(hint) or _is_date_only(previous):
        return hint_at.date() > previous_at.date()
    return hint_at > previous_at


def decide(known: dict | None, hint_lastmod: str | None, revisit_after_hours: float,
           now: dt.datetime | None = None) -> Decision:
    """Skip a known URL unless its source says it changed or it is due for a re-check.

    ``known`` is its fetch-log row; ``hint_lastmod`` the feed/sitemap date for it now.
    """
    if known is None:
        return Decision(True, "new")
    if known.get("outcome") == "error":
        return Decision(True, "retry after error")
    now = now or dt.datetime.now(dt.UTC)
    fetched_at = as_utc(known.get("fetched_at"))
    if _newer(hint_lastmod, known.get("lastmod") or fetched_at):
        return Decision(True, "source says it changed", validators(known))
    if fetched_at is None or now - fetched_at >= dt.timedelta(hours=revisit_after_hours):
        return Decision(True, "revisit", validators(known))
    return Decision(False, "known and unchanged")
