"""What the notebooks show: timelines (the store's ``SeriesRow``s), and evidence, coverage and model
confidence as plain lists of dicts.

The notebooks in ``notebooks/`` are thin calls into this module (and ``stancewatch.chart`` for
figures), so the logic is tested like any other code and works on SQLite or PostgreSQL.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import html
import logging
import os
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from stancewatch.config import load_config
from stancewatch.errors import StancewatchError
from storage.config import SQLITE_PREFIX, mask_passwords, sqlite_path
from storage.records import STANCES, FetchError, Mention, SeriesRow, SourceStatus
from storage.store import Store

log = logging.getLogger(__name__)

STANCE_ORDER = STANCES
LOW_CONFIDENCE = 0.6
EVIDENCE_COLUMNS = ["date", "company", "stance", "confidence", "reviewed", "speaker", "outlet", "language",
                    "evidence", "url"]


# ---- opening the database ----------------------------------------------------------------------
def notebook_db_url(environ: dict | None = None, cwd: Path | None = None) -> str:
    """The app's ``[storage] url`` (``STANCEWATCH_STORAGE_URL``, or the file ``STANCEWATCH_CONFIG``
    names), by default the demo database (``make demo``) at the project root.

    A relative SQLite path is taken from the project root even when Jupyter runs in ``notebooks/``.
    """
    url = load_config(environ=os.environ if environ is None else environ).storage.url
    path = sqlite_path(url)
    if path is not None and not path.is_absolute():
        cwd = Path.cwd() if cwd is None else cwd
        root = cwd.parent if cwd.name == "notebooks" else cwd
        url = SQLITE_PREFIX + str((root / path).resolve())
    return url


def open_store(url: str | None = None) -> Store:
    """Open an existing database; a missing SQLite file is an error, not a new empty database."""
    url = url or notebook_db_url()
    path = sqlite_path(url)
    if path is not None and not path.exists():
        raise StancewatchError(f"no database at {path}: run `make demo`, or set STANCEWATCH_STORAGE_URL "
                               "(tests.support.sample_data.seed_demo_database(url) makes a small one)")
    return Store(url)


def describe(store: Store) -> str:
    """The database URL with any password hidden, for showing in a notebook."""
    return mask_passwords(store.url)


class Table(list):
    """A list of rows (dicts, or records such as ``SeriesRow``) that Jupyter shows as an HTML table
    (every value escaped)."""

    def __init__(self, rows=(), columns: list[str] | None = None, limit: int = 50):
        super().__init__(rows)
        self.columns = columns or (self._fields(self[0]) if self else [])
        self.limit = limit

    @staticmethod
    def _fields(row: Any) -> list[str]:
        return list(row) if isinstance(row, dict) else [f.name for f in dataclasses.fields(row)]

    @staticmethod
    def _value(row: Any, column: str) -> Any:
        return row.get(column) if isinstance(row, dict) else getattr(row, column, None)

    @staticmethod
    def _cell(value) -> str:
        if isinstance(value, float):
            return f"{value:.2f}"
        return "" if value is None else str(value)

    def _repr_html_(self) -> str:
        head = "".join(f"<th>{html.escape(c)}</th>" for c in self.columns)
        body = "".join(
            "<tr>" + "".join(f"<td>{html.escape(self._cell(self._value(r, c)))}</td>" for c in self.columns) + "</tr>"
            for r in self[: self.limit]
        )
        more = f"<p>… {len(self) - self.limit} more rows</p>" if len(self) > self.limit else ""
        return f"<p>{len(self)} rows</p><table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>{more}"

    def __repr__(self) -> str:
        lines = [f"{len(self)} rows", "\t".join(self.columns)]
        lines += ["\t".join(self._cell(self._value(r, c))[:80] for c in self.columns) for r in self[: self.limit]]
        return "\n".join(lines)


# ---- stance timeline -----------------------------------------------------------------------------
def _matches(row: SeriesRow | Mention, company: str | None) -> bool:
    if not company:
        return True
    wanted = company.casefold()
    return wanted in (str(row.company_id).casefold(), str(row.company).casefold())


def timeline(store: Store, company: str | None = None) -> dict[str, list[SeriesRow]]:
    """Daily series rows per company (display name), in date order."""
    out: dict[str, list[SeriesRow]] = defaultdict(list)
    for r in store.iter_timeseries():
        if _matches(r, company):
            out[r.company].append(r)
    return dict(sorted(out.items(), key=lambda kv: kv[0].lower()))


def stance_changes(store: Store, company: str | None = None) -> Table:
    rows = [r for rows in timeline(store, company).values() for r in rows if r.changed]
    rows.sort(key=lambda r: (r.date, r.company.lower()))
    return Table(rows, ["date", "company", "stance", "confidence", "evidence_count", "evidence", "evidence_url"])


def latest_stances(store: Store) -> Table:
    rows = [rows[-1] for rows in timeline(store).values()]
    return Table(rows, ["company", "stance", "date", "confidence", "evidence_count", "evidence"])


# ---- evidence explorer ---------------------------------------------------------------------------
def _as_date(value) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        raise StancewatchError(f"not a date: {value!r} (use YYYY-MM-DD)") from None


def evidence_table(store: Store, company: str | None = None, outlet: str | None = None,
                   language: str | None = None, since=None, until=None, stance: str | None = None,
                   include_duplicates: bool = False) -> Table:
    """Every mention with its sentence, filtered; ``stance`` matches the reviewed label when there is one."""
    start, end = _as_date(since), _as_date(until)
    reviews = store.reviews()
    rows = []
    for m in store.iter_mentions():
        if m.duplicate_of and not include_duplicates:
            continue
        day = _as_date(m.published) if m.published else None
        review = reviews.get((m.document_id, m.company_id))
        effective = review.stance if review else m.stance
        if not _matches(m, company) or (outlet and m.source_id != outlet):
            continue
        if (language and (m.language or "").lower() != language.lower()) or (stance and effective != stance):
            continue
        if (start and (day is None or day < start)) or (end and (day is None or day > end)):
            continue
        rows.append({
            "date": day.isoformat() if day else None, "company": m.company, "company_id": m.company_id,
            "stance": effective, "model_stance": m.stance, "confidence": float(m.confidence),
            "reviewed": f"{review.stance} by {review.reviewer}" if review else None,
            "speaker": m.speaker, "outlet": m.source_id, "language": m.language,
            "evidence": m.evidence, "url": m.url, "title": m.title, "document_id": m.document_id,
        })
    return Table(rows, EVIDENCE_COLUMNS)


def evidence_facets(store: Store) -> dict:
    """The values the evidence filters can take, with mention counts."""
    companies: Counter[str] = Counter()
    outlets: Counter[str | None] = Counter()
    languages: Counter[str | None] = Counter()
    stances: Counter[str] = Counter()
    days: list[str] = []
    for m in store.iter_mentions():
        companies[m.company] += 1
        outlets[m.source_id] += 1
        languages[m.language] += 1
        stances[m.stance] += 1
        if m.published:
            days.append(str(m.published)[:10])
    return {"companies": dict(companies.most_common()), "outlets": dict(outlets.most_common()),
            "languages": dict(languages.most_common()), "stances": dict(stances.most_common()),
            "first_date": min(days, default=None), "last_date": max(days, default=None)}


# ---- source coverage -----------------------------------------------------------------------------
def _week(value) -> str:
    day = _as_date(value) if value else None
    if day is None:
        return "undated"
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def source_coverage(store: Store) -> Table:
    """Documents per source per ISO week of publication (syndicated copies counted apart)."""
    counts: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for d in store.iter_documents():
        counts[(str(d.source_id), _week(d.published))]["duplicates" if d.duplicate_of else "documents"] += 1
    rows = [{"source_id": s, "week": w, "documents": c["documents"], "duplicates": c["duplicates"]}
            for (s, w), c in sorted(counts.items())]
    return Table(rows, ["source_id", "week", "documents", "duplicates"])


def source_failures(store: Store) -> Table:
    """Per source: documents, fetch failures (from ``fetch_errors``), the last one, backoff state."""
    errors: dict[str, list[FetchError]] = defaultdict(list)
    for e in store.errors():
        errors[str(e.source_id)].append(e)
    rows = []
    known: dict[str, SourceStatus] = {str(s.id): s for s in store.sources()}
    for sid in sorted(set(known) | set(errors)):
        s, errs = known.get(sid), errors.get(sid, [])
        last = max(errs, key=lambda e: e.at, default=None)
        rows.append({"source_id": sid, "kind": s.kind if s else None, "documents": s.documents if s else 0,
                     "failures": len(errs), "last_failure_at": last.at.isoformat() if last else None,
                     "last_failure": last.reason if last else None,
                     "consecutive_failures": s.consecutive_failures if s else 0})
    return Table(rows, ["source_id", "kind", "documents", "failures", "last_failure_at", "last_failure",
                        "consecutive_failures"])


def coverage_matrix(rows: list[dict]) -> tuple[list[str], dict[str, list[int]]]:
    """Weeks (sorted) and, per source, its document count in each week: the shape a chart needs."""
    weeks = sorted({r["week"] for r in rows})
    matrix: dict[str, list[int]] = {}
    for r in rows:
        matrix.setdefault(r["source_id"], [0] * len(weeks))[weeks.index(r["week"])] += r["documents"]
    return weeks, matrix


# ---- model confidence ----------------------------------------------------------------------------
def confidence_histogram(store: Store, bins: int = 10) -> dict:
    """Counts of model confidences per stance in ``bins`` equal bins over [0, 1]."""
    if bins < 1:
        raise StancewatchError("bins must be at least 1")
    edges = [round(i / bins, 6) for i in range(bins + 1)]
    counts = {s: [0] * bins for s in STANCE_ORDER}
    for m in store.iter_mentions():
        c = min(max(float(m.confidence), 0.0), 1.0)
        counts.setdefault(m.stance, [0] * bins)[min(int(c * bins), bins - 1)] += 1
    return {"edges": edges, "counts": counts}


def low_confidence_share(store: Store, threshold: float = LOW_CONFIDENCE) -> Table:
    """Per stance (and overall): mentions, how many fall below ``threshold``, share, mean confidence."""
    values: dict[str, list[float]] = defaultdict(list)
    for m in store.iter_mentions():
        values[m.stance].append(float(m.confidence))
    rows = []
    everything = [c for cs in values.values() for c in cs]
    for stance, cs in [(s, values.get(s, [])) for s in STANCE_ORDER] + [("all", everything)]:
        low = sum(1 for c in cs if c < threshold)
        rows.append({"stance": stance, "mentions": len(cs), "below": low,
                     "share_below": round(low / len(cs), 4) if cs else 0.0,
                     "mean_confidence": round(sum(cs) / len(cs), 4) if cs else None})
    return Table(rows, ["stance", "mentions", "below", "share_below", "mean_confidence"])
