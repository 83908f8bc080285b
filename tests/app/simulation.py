"""Noisy evidence streams generated from known stance timelines, and how well a series recovers them.

Timelines follow the real 2025 pattern around the Code's publication (10 July) and the
signatory list (1 August): undecided → sign, early signing, an early refusal, signing one chapter,
late joiners, a withdrawal, companies that never decide. Each true event brings a burst of news
reports (and often the company's own statement), the list names everyone signed by then, and news
keeps repeating the current position. A share of mentions is then relabelled at random — including
confident misreads and a misread as a company's very first mention.

``python -m tests.app.simulation`` prints the figures for several noise levels.
"""
from __future__ import annotations

import datetime as dt
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass, replace

from stancewatch.timeseries import build_series, changes
from storage.records import NO_EVIDENCE, Mention, SeriesRow

PUBLISHED = dt.date(2025, 7, 10)
LIST_DAY = dt.date(2025, 8, 1)
HORIZON = PUBLISHED + dt.timedelta(days=120)
LABELS = ("sign", "refuse", "undecided", "none")


def _d(offset: int) -> dt.date:
    return PUBLISHED + dt.timedelta(days=offset)


# Each archetype draws a timeline: [(day, stance)], in order.
ARCHETYPES: dict[str, Callable[[random.Random], list[tuple[dt.date, str]]]] = {
    "undecided_then_sign": lambda r: [(_d(r.randint(3, 9)), "undecided"), (_d(r.randint(16, 22)), "sign")],
    "early_sign": lambda r: [(_d(r.randint(0, 6)), "sign")],
    "early_refusal": lambda r: [(_d(r.randint(4, 10)), "refuse")],
    "chapter_only": lambda r: [(_d(r.randint(2, 12)), "undecided"), (_d(r.randint(18, 21)), "sign")],
    "late_joiner": lambda r: [(_d(r.randint(0, 14)), "undecided"), (_d(r.randint(40, 90)), "sign")],
    "withdrawal": lambda r: [(_d(r.randint(0, 8)), "sign"), (_d(r.randint(45, 90)), "refuse")],
    "list_only": lambda r: [(LIST_DAY, "sign")],
    "never_decides": lambda r: [(_d(r.randint(-10, 20)), "undecided")],
}


@dataclass
class Run:
    mentions: list[Mention]
    truth: dict[str, list[tuple[dt.date, str]]]  # company id → timeline


def true_state(timeline: list[tuple[dt.date, str]], day: dt.date) -> str:
    state = NO_EVIDENCE
    for when, stance in timeline:
        if when <= day:
            state = stance
    return state


def generate(seed: int, noise: float) -> Run:
    r = random.Random(seed)
    truth = {f"{name}-{seed}": ARCHETYPES[name](r) for name in ARCHETYPES}
    mentions: list[Mention] = []

    def mention(cid: str, day: dt.date, stance: str, kind: str, confidence: float | None = None,
                misread: bool = True, copy_of: int | None = None) -> None:
        conf = confidence if confidence is not None else r.uniform(0.7, 0.98)
        if misread and r.random() < noise:
            stance = r.choice([s for s in LABELS if s != stance])
            conf = r.uniform(0.5, 0.97)  # misreads are often confident
        url = f"https://{kind}.example/{cid}/{len(mentions)}"
        # document ids from 1, as the database's: a copy's duplicate_of is its original's id
        mentions.append(Mention(document_id=len(mentions) + 1, url=url, published=day.isoformat(), fetched_at=None,
                                company_id=cid, company=cid, stance=stance, confidence=round(conf, 3),
                                source_kind=kind, speaker=None, evidence=f"{cid} {stance}", duplicate_of=copy_of))
        if kind == "news" and r.random() < 0.1:  # a syndicated copy of the same report
            original = mentions[-1]
            mentions.append(replace(original, document_id=len(mentions) + 1, url=url + "/copy",
                                    duplicate_of=original.document_id))

    for cid, timeline in truth.items():
        first = timeline[0][0]
        if r.random() < 0.3:  # a confident misread as the company's very first mention
            mention(cid, first - dt.timedelta(days=r.randint(1, 10)), r.choice(["sign", "refuse"]), "news",
                    confidence=r.uniform(0.8, 0.95), misread=False)
        for when, stance in timeline:
            for _ in range(max(1, int(r.gauss(6, 2)))):
                mention(cid, when + dt.timedelta(days=r.choice([0, 0, 0, 1, 1, 2])), stance, "news")
            if r.random() < 0.6:
                mention(cid, when, stance, r.choice(["statement", "post"]), confidence=r.uniform(0.85, 0.99))
        day = first
        while day <= HORIZON:
            state = true_state(timeline, day)
            if day == LIST_DAY and state == "sign":
                mention(cid, day, "sign", "official", confidence=0.95)
            if r.random() < 0.35:
                mention(cid, day, state, "news")
            if r.random() < 0.05:
                mention(cid, day, state, "news", confidence=r.uniform(0.5, 0.6))  # weak background
            day += dt.timedelta(days=1)
    return Run(mentions, truth)


@dataclass
class Score:
    company_runs: int = 0
    final_right: int = 0
    events: int = 0
    events_within_3_days: int = 0
    spurious_changes: int = 0
    calibration_bins: list[list[float]] | None = None

    @property
    def final_accuracy(self) -> float:
        return self.final_right / self.company_runs

    @property
    def change_date_accuracy(self) -> float:
        return self.events_within_3_days / self.events

    def ece(self) -> float:
        total = sum(len(b) for b in self.calibration_bins or [])
        err = 0.0
        for b in self.calibration_bins or []:
            if b:
                confs, right = zip(*b)
                err += len(b) / total * abs(sum(confs) / len(b) - sum(right) / len(b))
        return err


def score(seeds: range, noise: float, **policy) -> Score:
    from stancewatch.evidence import SeriesPolicy

    s = Score(calibration_bins=[[] for _ in range(10)])
    for seed in seeds:
        run = generate(seed, noise)
        rows = build_series(run.mentions, until=HORIZON, policy=SeriesPolicy(**policy))
        per_company: dict[str, list[SeriesRow]] = {}
        for row in rows:
            per_company.setdefault(row.company_id, []).append(row)
        for cid, timeline in run.truth.items():
            company_rows = per_company.get(cid, [])
            s.company_runs += 1
            s.final_right += bool(company_rows) and company_rows[-1].stance == true_state(timeline, HORIZON)
            found = [(dt.date.fromisoformat(c.date), c.stance) for c in changes(company_rows)]
            matched = set()
            for when, stance in timeline:
                s.events += 1
                hit = next((i for i, (d, st) in enumerate(found)
                            if st == stance and abs((d - when).days) <= 3 and i not in matched), None)
                if hit is not None:
                    matched.add(hit)
                    s.events_within_3_days += 1
            s.spurious_changes += len(found) - len(matched)
            for row in company_rows:
                if row.stance != NO_EVIDENCE:
                    right = row.stance == true_state(timeline, dt.date.fromisoformat(row.date))
                    s.calibration_bins[min(9, int(row.confidence * 10))].append((row.confidence, float(right)))
    return s


def main(argv: list[str]) -> None:
    seeds = range(int(argv[0]) if argv else 200)
    print(f"{'noise':>6} {'company-runs':>12} {'final right':>12} {'dates ±3 d':>11} {'spurious/run':>13} {'ECE':>6}")
    for noise in (0.0, 0.15, 0.2, 0.25, 0.3):
        s = score(seeds, noise)
        print(f"{noise:>6.2f} {s.company_runs:>12} {s.final_accuracy:>12.4f} {s.change_date_accuracy:>11.4f} "
              f"{s.spurious_changes / s.company_runs:>13.3f} {s.ece():>6.3f}")


if __name__ == "__main__":
    main(sys.argv[1:])
