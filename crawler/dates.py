"""Parse the date spellings feeds, sitemaps, APIs and pages use into ISO 8601 strings."""
from __future__ import annotations

import datetime as dt
import email.utils
import re

_GDELT = re.compile(r"^(\d{4})(\d{2})(\d{2})T?(\d{2})(\d{2})(\d{2})Z?$")  # 20250710T093000Z
_DATE_ONLY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse_datetime(value: str | None) -> dt.datetime | dt.date | None:
    """A datetime (timezone kept, naive when the source gave none) or a bare date; None if unparseable."""
    if not value or not isinstance(value, str):
        return None
    value = value.strip()
    if not value:
        return None
    if _DATE_ONLY.match(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    match = _GDELT.match(value)
    if match:
        y, mo, d, h, mi, s = (int(g) for g in match.groups())
        try:
            return dt.datetime(y, mo, d, h, mi, s, tzinfo=dt.timezone.utc)
        except ValueError:
            return None
    iso = value.replace("Z", "+00:00").replace("z", "+00:00")
    if " " in iso and "T" not in iso and re.match(r"^\d{4}-\d{2}-\d{2} \d", iso):
        iso = iso.replace(" ", "T", 1)
    try:
        return dt.datetime.fromisoformat(iso)
    except ValueError:
        pass
    try:  # RFC 822/2822, as in RSS pubDate and HTTP headers
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        parsed = None
    if parsed is not None:
        return parsed
    match = re.match(r"^(\d{4})-(\d{2})-(\d{2})", value)  # e.g. "2025-07-10 at noon"
    if match:
        try:
            return dt.date(*(int(g) for g in match.groups()))
        except ValueError:
            return None
    return None


def to_iso(value: str | None) -> str | None:
    """ISO 8601 (date, or datetime with its offset; seconds precision); None if unparseable."""
    parsed = parse_datetime(value)
    if parsed is None:
        return None
    if isinstance(parsed, dt.datetime):
        if parsed.year < 1990 or parsed.year > 2100:
            return None
        return parsed.replace(microsecond=0).isoformat()
    if parsed.year < 1990 or parsed.year > 2100:
        return None
    return parsed.isoformat()


def as_utc(value: str | dt.datetime | None) -> dt.datetime | None:
    """Comparable UTC datetime (dates at midnight, naive times taken as UTC)."""
    if isinstance(value, dt.datetime):
        parsed: dt.datetime | dt.date | None = value
    else:
        parsed = parse_datetime(value)
    if parsed is None:
        return None
    if not isinstance(parsed, dt.datetime):
        parsed = dt.datetime(parsed.year, parsed.month, parsed.day)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.timezone.utc)
    return parsed.astimezone(dt.timezone.utc)
