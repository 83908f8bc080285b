"""The records every stage exchanges: the bottom of the package graph.

The crawler produces ``ExtractedDocument``; the NLP stage produces ``StanceResult``; the store
persists both and hands back typed rows (``StoredDocument``, ``Mention``, ``SeriesRow``).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

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
    fetched_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))
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


def as_dict(record: Any) -> dict[str, Any]:
    """A record's fields in declaration order, values as they are (``dataclasses.asdict`` copies deep)."""
    return {f.name: getattr(record, f.name) for f in dataclasses.fields(record)}


# ---- what the store hands back -------------------------------------------------------------------
# The store selects a record's fields in field order and builds it from the row positionally
# (``storage.db.record_columns``): the exports and the digest read every row of the series, and
# this costs less than a dict per row did. Plain (not frozen) dataclasses with slots for the same
# reason: a frozen one takes three times as long to build.

@dataclass(slots=True)
class StoredDocument:
    """A stored document as the analysis stage reads it (``documents_for_analysis``, ``claim_documents``)."""

    id: int
    url: str
    title: str | None
    text: str
    language: str | None
    published: str | None
    source_kind: str = "news"


@dataclass(slots=True)
class DocumentInfo:
    """A stored document's metadata as listed and exported (``iter_documents``): no text;
    ``duplicate_of`` is the original's URL."""

    id: int
    url: str
    canonical_url: str
    title: str | None
    published: str | None
    language: str | None
    source_id: str | None
    source_kind: str
    author: str | None
    duplicate_of: str | None = None


@dataclass(slots=True)
class Mention:
    """One company's stance in one document, with what the series and the digest need of the document.

    ``stance`` is one of ``STANCES``; ``duplicate_of`` is the original's document id for a
    syndicated copy (which adds no evidence)."""

    document_id: int
    company_id: str
    company: str
    stance: str
    confidence: float
    url: str
    published: str | None = None
    evidence: str | None = None
    speaker: str | None = None
    reason: str | None = None
    title: str | None = None
    source_id: str | None = None
    source_kind: str | None = "news"
    duplicate_of: int | None = None
    language: str | None = None
    fetched_at: dt.datetime | None = None


@dataclass(slots=True)
class Review:
    """An analyst's label for one (document, company) mention: it overrides the model."""

    id: int
    document_id: int
    company_id: str
    stance: str  # one of STANCES
    reviewer: str
    note: str | None
    created_at: dt.datetime


@dataclass(slots=True)
class ReviewedMention:
    """An analyst label with the model's mention (None if gone) and the document it was made on."""

    document_id: int
    company_id: str
    label: str
    reviewer: str
    note: str | None
    created_at: dt.datetime
    company: str | None
    model_stance: str | None
    confidence: float | None
    evidence: str | None
    url: str
    title: str | None
    text: str
    language: str | None
    published: str | None


@dataclass(slots=True)
class SeriesRow:
    """A company's state on one day. ``stance`` is one of ``SERIES_STANCES`` (``NO_EVIDENCE`` before
    any usable evidence); a change row has ``changed``, the state it left and the evidence that
    decided it (``decided_by``: a JSON list of citations)."""

    date: str  # ISO date
    company_id: str
    company: str
    stance: str
    confidence: float
    evidence_count: int
    evidence: str | None = None
    evidence_url: str | None = None
    changed: bool = False
    previous_stance: str | None = None
    decided_by: str | None = None


@dataclass(slots=True)
class SourceStatus:
    """A crawled source: its backoff state, and how many documents and fetch errors it has."""

    id: str
    kind: str
    url: str | None
    last_success_at: dt.datetime | None
    consecutive_failures: int
    next_attempt_at: dt.datetime | None
    last_error: str | None
    errors: int = field(default=0, kw_only=True)  # fetch errors recorded for it
    documents: int = field(default=0, kw_only=True)  # documents stored from it


@dataclass(slots=True)
class FetchError:
    """One recorded failure: a fetch, a source, or a document's analysis."""

    id: int
    run_id: int | None
    source_id: str | None
    url: str | None
    reason: str
    at: dt.datetime


@dataclass(slots=True)
class FetchState:
    """The fetch log's row for one URL: what the last fetch gave, and its validators."""

    url: str
    source_id: str | None
    status: int | None
    outcome: str  # stored | duplicate | updated | unchanged | rejected | error | ...
    reason: str | None
    etag: str | None
    last_modified: str | None
    lastmod: str | None
    fetched_at: dt.datetime
    document_id: int | None


@dataclass(slots=True)
class RunRecord:
    """One command's row in ``runs``."""

    id: int
    command: str
    started_at: dt.datetime
    finished_at: dt.datetime | None
    status: str  # running | ok | failed | abandoned
    pages_fetched: int
    documents_new: int
    documents_duplicate: int
    documents_analyzed: int
    errors: int
    message: str | None
