"""Mentions become weighted, dated evidence for the stance series.

What a mention is worth depends on who says it (the Commission's signatory list and the
company's own statements or posts outweigh a news report), how sure the classifier is, and
when it was said: nothing dated before the Code's drafting began can be about it, and before
the Code was published nobody could sign or refuse it, only announce an intention.
"""
from __future__ import annotations

import datetime as dt
import logging
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from storage.records import POSITIONS, TITLE_ONLY, Mention, Review

log = logging.getLogger(__name__)

DECISIVE = ("sign", "refuse")
# Evidence supports one of POSITIONS (a mention's "none" supports nothing); before any, a company's
# state in the series is NO_EVIDENCE.


@dataclass(frozen=True)
class SeriesPolicy:
    """The knobs of the series, each with the reason for its default."""

    # The first drafting plenary of the Code was on 30 September 2024: older text is about something else.
    drafting_start: dt.date = dt.date(2024, 9, 30)
    # The Commission published the final Code on 10 July 2025: earlier "we will (not) sign" is an intention.
    published: dt.date = dt.date(2025, 7, 10)
    # Reporting on one decision comes in a burst over two or three days and is then repeated in
    # passing; a 5-day half-life lets the burst of a change outweigh last month's position within a
    # day or two, while the position's steady repetition keeps one stray report from moving it.
    # 5 days was the best of 4-10 on the noisy-evidence simulation (change dates within 3 days 0.953
    # vs 0.942 at 7 and 0.875 at 10 days when chosen, final states 0.996 at 20 % noise; tests/app/simulation.py).
    half_life_days: float = 5.0
    # Below this confidence the classifier is about as often wrong as right on real reporting: such a
    # mention is shown, but never moves the series.
    min_confidence: float = 0.6
    margin: float = 1.5  # a new stance must outweigh the current one by this factor of recent evidence
    # However much a position was reported, a fresh burst of reports of a change has to beat only this
    # much of it: months of repetition are not more evidence that nothing changed today.
    incumbent_cap: float = 0.8
    enter_weight: float = 0.75  # recent evidence a first sign/refuse needs (one very confident news report)
    enter_weight_undecided: float = 0.5  # "no decision yet" is a smaller claim (one fairly confident report)
    resolve_share: float = 0.7  # a decision replaces "undecided" once it is 70 % of the recent speculation
    switch_weight: float = 0.75  # recent evidence a change needs (one very confident report; never a weak one)
    burst_weight: float = 2.0  # one day's reports of a change that act at once (about three confident ones)
    confirm_days: int = 2  # days in a row a challenger must dominate before the state changes
    # Platt scaling of the raw belief (share of recent evidence × support) into the probability that
    # the state is right, fitted on simulation seeds 100-179 at 20 % label noise (see tests/app/simulation.py).
    calibration: tuple[float, float] = (3.0, 2.25)
    pre_publication_weight: float = 0.5  # an intention voiced before publication, counted as undecided
    # A position found only in a headline ("Brad Smith on the EU code") has no context to check it
    # against: it counts half and never stands for the company's own word.
    title_only_weight: float = 0.5


# Who says it: the signatory list is the record; the company's own word is next; news reports it.
AUTHORITY = {"official": 6.0, "statement": 3.0, "post": 2.5, "news": 1.0}
ATTRIBUTED_NEWS = 1.5  # a news report quoting the company's own people
AUTHORITATIVE_KINDS = frozenset({"official", "statement", "post"})


@dataclass(frozen=True)
class Evidence:
    """One independent document's word on one company's stance."""

    day: dt.date
    company_id: str
    company: str
    stance: str
    confidence: float
    weight: float
    source_kind: str
    authoritative: bool
    evidence: str | None
    url: str
    speaker: str | None = None

    def as_citation(self) -> dict:
        return {"date": self.day.isoformat(), "stance": self.stance, "confidence": round(self.confidence, 4),
                "source_kind": self.source_kind, "url": self.url, "evidence": self.evidence,
                "speaker": self.speaker}


def mention_day(published, fetched_at) -> dt.date | None:
    """The day a mention speaks for: the document's own date, else the day it was fetched."""
    if published:
        try:
            return dt.date.fromisoformat(str(published)[:10])
        except ValueError:
            pass
    if isinstance(fetched_at, dt.datetime):
        return fetched_at.date()
    return None


def confidence_weight(confidence: float, policy: SeriesPolicy) -> float:
    """0 below the policy's floor, rising linearly to 1 at certainty."""
    if confidence < policy.min_confidence:
        return 0.0
    return min(1.0, (confidence - 0.5) / 0.5)


@dataclass
class EvidenceBase:
    """Everything the series needs from the mention rows."""

    evidence: list[Evidence]
    names: dict[str, str]  # company id → display name
    first_day: dict[str, dt.date]  # company id → first in-scope day it was mentioned at all
    last_day: dt.date | None


def collect_evidence(mentions: Iterable[Mention], reviews: Mapping[tuple[int, str], Review] | None = None,
                     policy: SeriesPolicy | None = None) -> EvidenceBase:
    """Turn mentions into weighted evidence; analyst reviews override the model.

    Syndicated copies (``duplicate_of``) add nothing; mentions dated before the drafting began are
    dropped; the company's own statement or post is authoritative only for the company it is about
    (the only company it takes a position on, or one whose spokesperson is quoted).
    """
    policy = policy or SeriesPolicy()
    reviews = reviews or {}
    rows = list(mentions)
    decisive_per_doc: dict[int, set[str]] = defaultdict(set)
    for m in rows:
        if m.stance in POSITIONS:
            decisive_per_doc[m.document_id].add(m.company_id)
    base = EvidenceBase([], {}, {}, None)
    for m in rows:
        day = mention_day(m.published, m.fetched_at)
        if day is None or day < policy.drafting_start:
            continue
        cid = m.company_id
        base.names.setdefault(cid, m.company)
        base.last_day = max(base.last_day, day) if base.last_day else day
        if cid not in base.first_day or day < base.first_day[cid]:
            base.first_day[cid] = day
        if m.duplicate_of:
            continue  # a syndicated copy adds no new evidence
        stance, confidence = m.stance, float(m.confidence)
        review = reviews.get((m.document_id, cid))
        if review:
            stance, confidence = review.stance, 1.0
        if stance not in POSITIONS:
            continue
        kind = m.source_kind or "news"
        speaker = m.speaker
        own_word = kind in AUTHORITATIVE_KINDS and (
            kind == "official" or speaker or decisive_per_doc[m.document_id] == {cid})
        if not review and TITLE_ONLY in (m.reason or ""):
            own_word, title_factor = False, policy.title_only_weight
        else:
            title_factor = 1.0
        authority = AUTHORITY.get(kind, 1.0) if own_word else (ATTRIBUTED_NEWS if speaker else 1.0)
        weight = authority * confidence_weight(confidence, policy) * title_factor
        if day < policy.published and stance in DECISIVE:
            stance, weight = "undecided", weight * policy.pre_publication_weight
        base.evidence.append(Evidence(day, cid, m.company, stance, confidence, weight, kind, bool(own_word),
                                      m.evidence, str(m.url or ""), speaker))
    base.evidence.sort(key=lambda e: (e.company_id, e.day, e.url, e.stance))
    return base
