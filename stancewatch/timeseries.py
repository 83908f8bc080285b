"""A per-company daily stance series that accumulates evidence.

Each day, every company's evidence so far is summed per stance, each item weighted by who said it,
how sure the classifier was, and how long ago (exponential decay, ``SeriesPolicy.half_life_days``).
The state changes only when a new stance outweighs the current one in that recent evidence by a
margin: one weak mention never moves it, many confident independent reports always do. The usual
path is undecided → sign (→ withdrawal); a position the company stated itself (or the signatory
list) is not reopened by news speculation, only by the company or by a stance that dominates it.
Days are processed in order and evidence within a day is summed, so the series does not depend
on the order in which documents were crawled.
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import math
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from stancewatch.evidence import Evidence, SeriesPolicy, collect_evidence
from storage.records import NO_EVIDENCE, POSITIONS, Mention, Review, SeriesRow

log = logging.getLogger(__name__)

CITED_PER_CHANGE = 3  # evidence items kept with a change event


@dataclass(frozen=True)
class _Snapshot:
    """A company's evidence as of the end of one day."""

    recent: dict[str, float]  # decayed weight per stance
    total: dict[str, float]  # undecayed weight per stance
    documents: dict[str, int]
    strongest: dict[str, Evidence | None]

    def confidence(self, stance: str, calibration: tuple[float, float], confirmed: bool = False) -> float:
        """The state's share of recent evidence, discounted while its total support is thin, calibrated.

        Once the company or the list stated a position, "undecided" reports are speculation that cannot
        move it (see ``_next_state``), so they do not dilute its confidence either.
        """
        if stance not in POSITIONS:
            return 0.0
        mass = sum(v for s, v in self.recent.items() if not (confirmed and s == "undecided" != stance))
        share = self.recent[stance] / mass if mass > 0 else 0.0
        raw = min(1 - 1e-6, max(1e-6, share * (1.0 - math.exp(-self.total[stance] / 2.0))))
        slope, bias = calibration
        return round(1.0 / (1.0 + math.exp(-(slope * math.log(raw / (1 - raw)) + bias))), 4)


@dataclass
class _Belief:
    """One company's running evidence, decayed to the current day."""

    decay: float
    recent: dict[str, float] = field(default_factory=lambda: dict.fromkeys(POSITIONS, 0.0))
    total: dict[str, float] = field(default_factory=lambda: dict.fromkeys(POSITIONS, 0.0))
    documents: dict[str, int] = field(default_factory=lambda: dict.fromkeys(POSITIONS, 0))
    items: dict[str, list[Evidence]] = field(default_factory=lambda: {s: [] for s in POSITIONS})
    strongest: dict[str, tuple[float, Evidence] | None] = field(default_factory=lambda: dict.fromkeys(POSITIONS))

    def next_day(self) -> None:
        for s in POSITIONS:
            self.recent[s] *= self.decay
            best = self.strongest[s]
            if best is not None:
                self.strongest[s] = (best[0] * self.decay, best[1])

    def add(self, e: Evidence) -> None:
        if e.weight <= 0:
            return
        self.recent[e.stance] += e.weight
        self.total[e.stance] += e.weight
        self.documents[e.stance] += 1
        self.items[e.stance].append(e)
        best = self.strongest[e.stance]
        # Everything decays at one rate, so the strongest item so far only loses to a new one.
        if best is None or (e.weight, e.url) > (best[0], best[1].url):
            self.strongest[e.stance] = (e.weight, e)

    def snapshot(self) -> _Snapshot:
        return _Snapshot(dict(self.recent), dict(self.total), dict(self.documents),
                         {s: (b[1] if b else None) for s, b in self.strongest.items()})

    def cite(self, stance: str, day: dt.date, window_days: int) -> list[Evidence]:
        """The strongest evidence for ``stance`` as of ``day``, from the last ``window_days``."""
        since = day - dt.timedelta(days=window_days)
        scored = [(e.weight * self.decay ** (day - e.day).days, e.url, e) for e in self.items[stance]
                  if since <= e.day <= day]
        scored.sort(key=lambda t: (-t[0], t[1]))
        return [e for _, _, e in scored[:CITED_PER_CHANGE]]


def _next_state(state: str, confirmed: bool, belief: _Belief, todays: list[Evidence],
                policy: SeriesPolicy, relax: float = 1.0) -> str:
    """The state after today's evidence: the current one unless a challenger dominates by a margin.

    ``relax`` scales the absolute thresholds down while a challenger is being confirmed: evidence that
    passed yesterday has only decayed since, and must not fail for that alone.
    """
    ranked = sorted(POSITIONS, key=lambda s: (-belief.recent[s], POSITIONS.index(s)))
    if state == NO_EVIDENCE:
        best, second = ranked[0], ranked[1]
        needed = (policy.enter_weight_undecided if best == "undecided" else policy.enter_weight) * relax
        if belief.recent[best] >= needed and belief.recent[best] >= policy.margin * belief.recent[second]:
            return best
        return state
    # Speculation does not reopen a position the company (or the list) stated; the company can.
    reopened = any(e.stance == "undecided" and e.authoritative for e in todays)
    challengers = [s for s in ranked if s != state and (s != "undecided" or not confirmed or reopened)]
    if not challengers:
        return state
    challenger = challengers[0]
    strong = belief.recent[challenger]
    incumbent = belief.recent[state]
    # The cap keeps months of repetition from shielding a position. A decision ends indecision: a
    # sign or refuse replaces "undecided" once it is a good share of the recent speculation
    # (``resolve_share``) rather than all of it; any other change must lead.
    if challenger == "undecided":
        # Reopening a decision takes speculation outweighing all of it by the margin, uncapped;
        # with resolve_share < 1/margin a decision just taken is never handed straight back.
        needed = policy.margin * incumbent
    else:
        # Earlier speculation counts at resolve_share against a decision; today's counts in full (two
        # reports quoting "likely" on the day of an ambiguous post are not superseded by it).
        today = sum(e.weight for e in todays if e.stance == state)
        lead = policy.resolve_share if state == "undecided" else 1.0
        if strong <= lead * (incumbent - today) + today:
            return state
        needed = policy.margin * min(incumbent, policy.incumbent_cap)
    if strong >= policy.switch_weight * relax and strong >= needed:
        return challenger
    return state


def _row(cid: str, name: str, day: dt.date, state: str, snap: _Snapshot, policy: SeriesPolicy, confirmed: bool,
         previous: str | None = None, cited: list[Evidence] | None = None) -> SeriesRow:
    best = cited[0] if cited else snap.strongest.get(state)
    return SeriesRow(
        date=day.isoformat(), company_id=cid, company=name, stance=state,
        confidence=snap.confidence(state, policy.calibration, confirmed),
        evidence_count=snap.documents[state] if state in POSITIONS else 0,
        evidence=best.evidence if best else None, evidence_url=best.url if best else None,
        changed=previous is not None,
        previous_stance=previous,
        decided_by=json.dumps([e.as_citation() for e in cited], ensure_ascii=False) if cited else None,
    )


def company_series(cid: str, name: str, evidence: list[Evidence], start: dt.date, until: dt.date,
                   policy: SeriesPolicy) -> list[SeriesRow]:
    """Daily rows for one company from ``start`` to ``until``.

    News alone must dominate on ``confirm_days`` consecutive days to set or move a state; the change
    is then dated to the first of those days (those rows are rewritten). The company's own word, the
    list, or a burst of confident reports on one day act at once, and so does a first stance on the
    series' last day (the answer as of now).
    """
    by_day: dict[dt.date, list[Evidence]] = defaultdict(list)
    for e in evidence:
        by_day[e.day].append(e)
    belief = _Belief(decay=2.0 ** (-1.0 / policy.half_life_days))
    window = round(2 * policy.half_life_days)
    state, confirmed = NO_EVIDENCE, False
    pending, pending_days = NO_EVIDENCE, 0  # a challenger that dominated on the last days
    recent_snaps: list[_Snapshot] = []  # the last confirm_days days, for dating a change back
    rows: list[SeriesRow] = []
    day = start
    while day <= until:
        belief.next_day()
        todays = by_day.get(day, [])
        for e in todays:
            belief.add(e)
        snap = belief.snapshot()
        recent_snaps = (recent_snaps + [snap])[-policy.confirm_days:]
        relax = belief.decay ** pending_days if pending != state else 1.0
        candidate = _next_state(state, confirmed, belief, todays, policy, relax)
        pending_days = pending_days + 1 if candidate == pending and candidate != state else 1
        pending = candidate
        backing_today = [e for e in todays if e.stance == candidate and e.weight > 0]
        at_once = ((state == NO_EVIDENCE and day == until) or any(e.authoritative for e in backing_today)
                   or sum(e.weight for e in backing_today) >= policy.burst_weight)
        if candidate != state and (pending_days >= policy.confirm_days or at_once):
            back = 0 if at_once else min(pending_days, policy.confirm_days) - 1
            since = day - dt.timedelta(days=back)
            previous, state = state, candidate
            confirmed = any(e.authoritative for e in belief.cite(state, day, window))
            del rows[len(rows) - back:]
            for i, snap_i in enumerate(recent_snaps[len(recent_snaps) - back - 1:]):
                d = since + dt.timedelta(days=i)
                if i == 0:
                    rows.append(_row(cid, name, d, state, snap_i, policy, confirmed, previous=previous,
                                     cited=belief.cite(state, d, window)))
                else:
                    rows.append(_row(cid, name, d, state, snap_i, policy, confirmed))
            pending, pending_days = state, 0
        else:
            if state in POSITIONS and any(e.authoritative and e.stance == state and e.weight > 0 for e in todays):
                confirmed = True
            rows.append(_row(cid, name, day, state, snap, policy, confirmed))
        day += dt.timedelta(days=1)
    return rows


def build_series(mentions: Iterable[Mention], reviews: Mapping[tuple[int, str], Review] | None = None,
                 until: dt.date | None = None, policy: SeriesPolicy | None = None) -> list[SeriesRow]:
    """Daily rows (date, company, stance, confidence, evidence_count, …) from each company's first
    in-scope mention to ``until`` (default: the last day anything was mentioned); a company's
    stance is ``NO_EVIDENCE`` until its first usable evidence."""
    policy = policy or SeriesPolicy()
    base = collect_evidence(mentions, reviews, policy)
    if not base.first_day or base.last_day is None:
        return []
    until = until or base.last_day
    per_company: dict[str, list[Evidence]] = defaultdict(list)
    for e in base.evidence:
        per_company[e.company_id].append(e)
    rows: list[SeriesRow] = []
    for cid in sorted(base.first_day, key=lambda c: (base.names[c].lower(), c)):
        rows.extend(company_series(cid, base.names[cid], per_company.get(cid, []), base.first_day[cid], until,
                                   policy))
    return rows


def changes(rows: Iterable[SeriesRow]) -> list[SeriesRow]:
    """The stance-change events, with their deciding evidence."""
    return [r for r in rows if r.changed]


def latest_states(rows: Iterable[SeriesRow]) -> dict[str, SeriesRow]:
    """Each company's last row, by company id."""
    latest: dict[str, SeriesRow] = {}
    for r in rows:
        latest[r.company_id] = r
    return latest


def cited_evidence(row: SeriesRow) -> list[dict]:
    """The evidence a change row was decided by (empty for other rows)."""
    return json.loads(row.decided_by) if row.decided_by else []
