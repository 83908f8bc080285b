"""Weekly digest: what changed, where everyone stands, the new evidence, coverage, what to watch."""
from __future__ import annotations

import base64
import datetime as dt
import logging
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import jinja2

from stancewatch.errors import StancewatchError
from stancewatch.evidence import SeriesPolicy
from stancewatch.svgchart import timeline_svg
from stancewatch.timeseries import cited_evidence, latest_states
from storage.records import NO_EVIDENCE, Mention, SeriesRow, as_dict
from storage.store import Store

log = logging.getLogger(__name__)

TEMPLATES = Path(__file__).parent / "templates"
CONFIDENT = SeriesPolicy().min_confidence  # weaker quotes move no series, nor the table's note
WEEK_RE = re.compile(r"^(\d{4})-W(\d{2})$")


class BadWeek(StancewatchError):
    pass


def parse_week(week: str) -> tuple[dt.date, dt.date]:
    m = WEEK_RE.match(week or "")
    if not m:
        raise BadWeek(f"week must look like 2025-W30, got {week!r}")
    try:
        start = dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
    except ValueError as exc:
        raise BadWeek(f"no such ISO week {week!r}: {exc}") from None
    return start, start + dt.timedelta(days=6)


def iso_week(day: dt.date) -> str:
    y, w, _ = day.isocalendar()
    return f"{y}-W{w:02d}"


@dataclass(kw_only=True, slots=True)
class ChangeRow(SeriesRow):
    """A change of the week, with the evidence that decided it (``cited``: citation dicts)."""

    cited: list[dict]


@dataclass(kw_only=True, slots=True)
class StandingRow(SeriesRow):
    """A company's latest state: since when, and a note when the week's evidence disagrees."""

    since: str
    note: str | None = None


@dataclass(kw_only=True, slots=True)
class Quote(Mention):
    """A mention published in the week, with its outlet and day."""

    outlet: str | None
    date: str


@dataclass
class Digest:
    week: str
    start: dt.date
    end: dt.date
    changes: list[ChangeRow] = field(default_factory=list)
    table: list[StandingRow] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    coverage: list[dict] = field(default_factory=list)
    failures: int = 0
    watch: list[str] = field(default_factory=list)
    chart_svg: str | None = None
    mentioned_only: list[str] = field(default_factory=list)  # companies with no stance evidence yet


def _in_week(value: str | None, start: dt.date, end: dt.date) -> bool:
    if not value:
        return False
    try:
        day = dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return False
    return start <= day <= end


def _since(series: list[SeriesRow]) -> dict[str, str]:
    """Per company, the first day of its current state."""
    latest: dict[str, str] = {}
    since: dict[str, str] = {}
    for r in series:
        if latest.get(r.company_id) != r.stance:
            since[r.company_id] = r.date
        latest[r.company_id] = r.stance
    return since


def _disagreement(row: SeriesRow, week_quotes: list[Quote]) -> str | None:
    """Why the table's state stands when the week's confident evidence mostly says otherwise."""
    confident = [q for q in week_quotes if q.company_id == row.company_id and q.confidence >= CONFIDENT]
    against = Counter(q.stance for q in confident if q.stance != row.stance)
    if not against:
        return None
    contrary, n = against.most_common(1)[0]
    supporting = sum(1 for q in confident if q.stance == row.stance)
    if n < 2 or n <= supporting:
        return None
    return (f"{n} confident {contrary} report(s) this week against {supporting} for {row.stance}; "
            f"{row.stance} still rests on stronger or earlier evidence ({row.evidence_count} document(s), "
            f"strongest: {row.evidence_url or 'n/a'}).")


def build_digest(store: Store, week: str, with_chart: bool = True) -> Digest:
    start, end = parse_week(week)
    d = Digest(week=week, start=start, end=end)
    series = [r for r in store.iter_timeseries() if r.date <= end.isoformat()]
    d.changes = [ChangeRow(**as_dict(r), cited=cited_evidence(r)) for r in series
                 if r.changed and _in_week(r.date, start, end)]
    since = _since(series)
    latest = latest_states(series)
    order = {"sign": 0, "refuse": 1, "undecided": 2}
    # Only the week's rows are read (the published index): the digest stays fast on 100k documents.
    week_range = (start.isoformat(), (end + dt.timedelta(days=1)).isoformat())
    for m in store.iter_mentions(published_between=week_range):
        if m.stance == "none" or m.duplicate_of or not _in_week(m.published, start, end):
            continue
        d.quotes.append(Quote(**as_dict(m), outlet=m.source_id, date=str(m.published)[:10]))
    d.quotes.sort(key=lambda q: (q.date, q.company))
    # Companies without any stance evidence yet are mentioned, not positioned: no "unknown" rows.
    d.table = sorted(
        (StandingRow(**as_dict(r), since=since[cid], note=_disagreement(r, d.quotes)) for cid, r in latest.items()
         if r.stance != NO_EVIDENCE),
        key=lambda r: (order.get(r.stance, 9), r.company.lower()),
    )
    d.mentioned_only = sorted((r.company for r in latest.values() if r.stance == NO_EVIDENCE), key=str.lower)
    per_source = Counter(doc.source_id for doc in store.iter_documents(published_between=week_range)
                         if _in_week(doc.published, start, end))
    since_time = dt.datetime.combine(start - dt.timedelta(days=1), dt.time())  # a day early: time zones
    errors = ([e for e in store.errors(since=since_time) if start <= e.at.date() <= end]
              if series or store.document_count() else [])
    err_by_source = Counter(e.source_id for e in errors)
    d.failures = len(errors)
    d.coverage = [
        {"source_id": s, "documents": per_source.get(s, 0), "errors": err_by_source.get(s, 0)}
        for s in sorted(set(per_source) | set(err_by_source), key=str)
    ]
    d.watch = [
        f"{r.company} is undecided (confidence {r.confidence:.2f}); a decision would be news."
        for r in d.table if r.stance == "undecided"
    ] + [
        f"{r.company}: {r.stance} rests on {r.evidence_count} document(s) at confidence {r.confidence:.2f}."
        for r in d.table if r.stance in ("sign", "refuse") and r.confidence < 0.6
    ] + [f"{r.company}: {r.note}" for r in d.table if r.note]
    # The chart starts at the first stance evidence, not at the first passing mention years earlier.
    charted = [r for r in series if r.stance != NO_EVIDENCE]
    if with_chart and charted:
        first = min(r.date for r in charted)
        positioned = {r.company_id for r in charted}
        d.chart_svg = timeline_svg([r for r in series if r.date >= first and r.company_id in positioned],
                                   f"Stance on the GPAI Code of Practice, to {end:%d %b %Y}")
    return d


def _md_escape(value) -> str:
    """Scraped text in Markdown: neutralise HTML and link/emphasis syntax."""
    text = "" if value is None else str(value)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return re.sub(r"([\\`*_\[\]|#])", r"\\\1", text).replace("\n", " ")


def _safe_url(value) -> str:
    """Only http(s) links survive: a scraped ``javascript:`` URL becomes ``#``."""
    text = "" if value is None else str(value).strip()
    return text if re.match(r"^https?://", text, re.I) else "#"


def _environment(fmt: str) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=(fmt == "html"),
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["md"] = _md_escape
    env.filters["pct"] = lambda v: f"{float(v):.2f}"
    env.filters["safe_url"] = _safe_url
    return env


def render(d: Digest, fmt: str, chart_href: str | None = None) -> str:
    env = _environment(fmt)
    chart_uri = None
    if d.chart_svg and fmt == "html":
        # As an <img> data URI the SVG cannot run script, whatever it contains.
        chart_uri = "data:image/svg+xml;base64," + base64.b64encode(d.chart_svg.encode()).decode()
    template = env.get_template(f"digest.{fmt}.j2")
    return template.render(d=d, chart_uri=chart_uri, chart_href=chart_href)


def write_digest(store: Store, week: str, fmt: str, out: Path) -> Path:
    """Write the digest; ``out`` may be a file or a directory (then digest-<week>.<ext>).

    A path that does not exist yet and has no suffix (the default ``data/digests``) is a directory.
    """
    if fmt not in ("md", "html"):
        raise StancewatchError(f"digest format must be md or html, got {fmt!r}")
    d = build_digest(store, week)
    out = Path(out)
    if out.is_dir() or str(out).endswith("/") or (not out.exists() and not out.suffix):
        out = out / f"digest-{week}.{fmt}"
    out.parent.mkdir(parents=True, exist_ok=True)
    chart_href = None
    if fmt == "md" and d.chart_svg:
        chart_path = out.with_suffix(".svg")
        chart_path.write_text(d.chart_svg, encoding="utf-8")
        chart_href = chart_path.name
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_text(render(d, fmt, chart_href), encoding="utf-8")
    tmp.replace(out)
    log.info("digest %s written to %s", week, out)
    return out
