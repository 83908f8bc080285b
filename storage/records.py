"""The records every stage exchanges: the bottom of the package graph.

The crawler produces ``ExtractedDocument``; the NLP stage produces ``StanceResult``; the store
persists both and hands back typed rows (``StoredDocument``, ``Mention``, ``SeriesRow``).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

# One vocabulary, two uses (both in the CLI contract). A mention: a company's stance in one
# passage, "none" when the passage takes no position for it. The series: a company's state on a
# day, "unknown" before any usable stance evidence — never "none", which would read as "takes no
# position".
Stance = Literal["sign", "refuse", "undecided", "none"]
STANCES: tuple[str, ...] = ("sign", "refuse", "undecided", "none")
POSITIONS: tuple[str, ...] = ("sign", "refuse", "undecided")  # the stances that take a position
SeriesStance = Literal["sign", "refuse", "undecided", "unknown"]
NO_EVIDENCE = "unknown"
SERIES_STANCES: tuple[str, ...] = (*POSITIONS, NO_EVIDENCE)


# Marks a mention's ``reason`` when only the document's title took a position for the company.
TITLE_ONLY = "(title)"


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
class StanceResult:
    """The stance of one company in one passage or document."""

    company_id: str
    company: str
    stance: str
    confidence: float
    evidence: str | None = None
    speaker: str | None = None
    reason: str | None = None  # why abstained / how decided
    scores: dict[str, float] = field(default_factory=dict)
