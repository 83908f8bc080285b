"""Parse the date spellings feeds, sitemaps, APIs and pages use into ISO 8601 strings."""
from __future__ import annotations

import datetime as dt
import email.utils
import re
from collections.abc import Iterable

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
            return dt.datetime(y, mo, d, h, mi, s, tzinfo=dt.UTC)
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
        parsed = parsed.replace(tzinfo=dt.UTC)
    return parsed.astimezone(dt.UTC)


# "© 2025", "&copy; 2019-2025", "Copyright (c) 2025": htmldate falls back on such a line and
# reports the year as 1 January, which is when the site's footer was last touched, not the article.
_COPYRIGHT = re.compile(r"(?:©|&copy;|&#169;|\(c\)|\bcopyright\b)\D{0,40}?(?:(\d{4})\s*[-\u2013\u2014/]\s*)?(\d{4})\b",
                        re.IGNORECASE)
FUTURE_TOLERANCE = dt.timedelta(days=1)  # a date-only value "today" in a timezone ahead of UTC


def copyright_years(text: str) -> set[int]:
    """Years named in copyright notices ("© 2025", "Copyright 2019–2025") in a page's text."""
    return {int(y) for m in _COPYRIGHT.finditer(text or "") for y in m.groups() if y}


def is_year_start_artefact(value: str | None, years: set[int]) -> bool:
    """A bare 1 January (no time of day) of a year the page's copyright line names."""
    parsed = parse_datetime(value)
    if parsed is None or (parsed.month, parsed.day) != (1, 1) or parsed.year not in years:
        return False
    return not isinstance(parsed, dt.datetime) or parsed.time() == dt.time(0)


def choose_published(explicit: Iterable[str | None], hint: str | None = None, guessed: str | None = None, *,
                     fetched_at: dt.datetime | None = None, notice_years: Iterable[int] = (),
                     seen: str | None = None) -> str | None:
    """A document's publication date (ISO 8601), from the first source that gives a usable one:

    1. the page's own explicit metadata, in the order given (JSON-LD ``datePublished``,
       ``article:published_time``, ``itemprop=datePublished``, the article's ``<time datetime>``);
    2. the date the feed, news sitemap or API gave for the URL (``hint``);
    3. the extractor's guess (trafilatura/htmldate), unless it is the 1 January of a year in the
       page's copyright line (``notice_years``): the guess htmldate makes from "© 2025" in a footer;
    4. when a discovery service saw the URL (``seen``: GDELT's ``seendate``), which is not a
       publication date, only a bound on it.

    A date after ``fetched_at`` (plus a day's tolerance) is never used: the next source is.
    """
    fetched = as_utc(fetched_at) if fetched_at is not None else None
    latest = fetched + FUTURE_TOLERANCE if fetched is not None else None

    def usable(value: str | None) -> str | None:
        iso = to_iso(value)
        moment = as_utc(iso) if iso is not None else None
        if iso is None or (latest is not None and moment is not None and moment > latest):
            return None
        return iso

    for value in (*explicit, hint):
        if (iso := usable(value)) is not None:
            return iso
    if not is_year_start_artefact(guessed, set(notice_years)) and (iso := usable(guessed)) is not None:
        return iso
    return usable(seen)
