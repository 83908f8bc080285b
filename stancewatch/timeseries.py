"""Aggregate document-level mentions into a per-company daily stance series.

Evidence is weighted by who says it (the company itself or the Commission's list
outweighs a news report) and by the model's confidence; syndicated copies count once.
"Signed" is sticky: only evidence of an explicit withdrawal moves a company off it.
"""
from __future__ import annotations

import datetime as dt
import logging
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

log = logging.getLogger(__name__)

SOURCE_WEIGHT = {"official": 3.0, "statement": 2.5, "post": 2.0, "news": 1.0}
MIN_DAY_WEIGHT = 0.45  # weighted evidence a day needs before it can move the state
# Reversing a public sign/refuse takes more: the company's own word, the Commission's list,
# or several reports on one day — one misread headline must not flip a company.
REVERSAL_DAY_WEIGHT = 1.5
WITHDRAWAL = re.compile(
    r"withdr[ae]w|withdrawn|pull(?:s|ed)? out|back(?:s|ed)? out|zurückgezogen|zieht .* zurück|se retire|retir[óa]|ritira",
    re.I,
)
STRONG_SOURCES = {"official", "statement", "post"}


@dataclass
class Evidence:
    day: dt.date
    company_id: str
    company: str
    stance: str
    confidence: float
    weight: float
    source_kind: str
    evidence: str | None
    url: str
    document_id: int


@dataclass
class CompanyState:
    stance: str = "unknown"
    since: dt.date | None = None
    supporting: list[Evidence] = field(default_factory=list)  # evidence for the current stance
    counts: dict[str, int] = field(default_factory=lambda: defaultdict(int))  # docs per stance so far


def _day(value: str | None, fallback: dt.datetime | None) -> dt.date | None:
    if value:
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            pass
    return fallback.date() if isinstance(fallback, dt.datetime) else None


def collect_evidence(mentions: Iterable[dict], reviews: dict | None = None) -> tuple[list[Evidence], dict[str, tuple[str, dt.date]], dt.date | None]:
    """Turn mention rows into weighted evidence; analyst reviews override the model.

    Also returns, per company id, its display name and the day it was first mentioned,
    and the last day any mention was made.
    """
    reviews = reviews or {}
    evidence: list[Evidence] = []
    first_mention: dict[str, tuple[str, dt.date]] = {}
    last_day: dt.date | None = None
    for m in mentions:
        day = _day(m.get("published"), m.get("fetched_at"))
        if day is None:
            continue
        last_day = max(last_day, day) if last_day else day
        seen = first_mention.get(m["company_id"])
        if seen is None or day < seen[1]:
            first_mention[m["company_id"]] = (m["company"], day)
        if m.get("duplicate_of"):
            continue  # a syndicated copy adds no new evidence
        stance, confidence = m["stance"], float(m["confidence"])
        review = reviews.get((m["document_id"], m["company_id"]))
        if review:
            stance, confidence = review["stance"], 1.0
        if stance not in ("sign", "refuse", "undecided"):
            continue
        kind = m.get("source_kind") or "news"
        evidence.append(Evidence(day, m["company_id"], m["company"], stance, confidence,
                                 SOURCE_WEIGHT.get(kind, 1.0) * confidence, kind, m.get("evidence"),
                                 m["url"], m["document_id"]))
    return evidence, first_mention, last_day


def _allowed(current: str, new: str, day_evidence: list[Evidence]) -> bool:
    if current == new:
        return True
    if current == "sign":  # sticky until an explicit withdrawal
        return new == "refuse" and any(WITHDRAWAL.search(e.evidence or "") for e in day_evidence if e.stance == new)
    if current == "refuse" and new == "undecided":
        # News speculation does not reopen a public refusal; the company itself can.
        return any(e.source_kind in STRONG_SOURCES for e in day_evidence if e.stance == new)
    return True


def _confidence(supporting: list[Evidence]) -> float:
    miss = 1.0
    for e in supporting:
        # A company's own statement at full confidence is near-certain; one news report is not.
        miss *= 1.0 - min(0.95, e.confidence * min(1.0, SOURCE_WEIGHT.get(e.source_kind, 1.0) / 2.0))
    return round(1.0 - miss, 4)


def build_series(mentions: Iterable[dict], reviews: dict | None = None, until: dt.date | None = None) -> list[dict]:
    """Daily rows (date, company, stance, confidence, evidence_count, …) from first mention to ``until``."""
    evidence, first_mention, last_day = collect_evidence(mentions, reviews)
    if not first_mention:
        return []
    until = until or last_day
    by_company: dict[str, dict[dt.date, list[Evidence]]] = defaultdict(lambda: defaultdict(list))
    for e in evidence:
        by_company[e.company_id][e.day].append(e)
    rows: list[dict] = []
    for cid, (name, start) in sorted(first_mention.items(), key=lambda kv: kv[1][0].lower()):
        rows.extend(_company_rows(cid, name, by_company.get(cid, {}), start, until))
    return rows


def _company_rows(cid: str, name: str, days: dict[dt.date, list[Evidence]], start: dt.date, until: dt.date) -> list[dict]:
    state = CompanyState()
    rows = []
    day = start
    while day <= until:
        todays = days.get(day, [])
        changed = False
        if todays:
            for e in todays:
                state.counts[e.stance] += 1
            totals: dict[str, float] = defaultdict(float)
            for e in todays:
                totals[e.stance] += e.weight
            winner = max(totals, key=lambda s: (totals[s], s == state.stance))
            needed = REVERSAL_DAY_WEIGHT if state.stance in ("sign", "refuse") else MIN_DAY_WEIGHT
            if totals[winner] >= needed and _allowed(state.stance, winner, todays):
                if winner != state.stance:
                    changed = True
                    state.stance, state.since, state.supporting = winner, day, []
                state.supporting.extend(e for e in todays if e.stance == winner)
        best = max(state.supporting, key=lambda e: e.weight, default=None)
        rows.append({
            "date": day.isoformat(), "company_id": cid, "company": name, "stance": state.stance,
            "confidence": _confidence(state.supporting) if state.supporting else 0.0,
            "evidence_count": state.counts.get(state.stance, 0) if state.stance != "unknown" else 0,
            "evidence": best.evidence if best else None, "evidence_url": best.url if best else None,
            "changed": changed,
        })
        day += dt.timedelta(days=1)
    return rows


def changes(rows: Iterable[dict]) -> list[dict]:
    """The stance-change events, with their deciding evidence."""
    return [r for r in rows if r["changed"]]


def latest_states(rows: Iterable[dict]) -> dict[str, dict]:
    latest: dict[str, dict] = {}
    for r in rows:
        latest[r["company_id"]] = r
    return latest
