"""The digest's stance timeline as plain SVG: no plotting library to import (the digest command
stays well under a second), byte-for-byte reproducible, every label XML-escaped.

Notebooks keep the matplotlib figures of ``stancewatch.chart``; this draws the same picture:
one row per company, one coloured span per stance, a month axis and a legend.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from xml.sax.saxutils import escape, quoteattr

from storage.records import NO_EVIDENCE, SeriesRow

STANCE_COLOURS = {"sign": "#2e7d32", "refuse": "#c62828", "undecided": "#f9a825", NO_EVIDENCE: "#bdbdbd"}
WIDTH, LEFT, RIGHT, TOP, ROW, BOTTOM = 900, 150, 110, 44, 22, 36


def spans(rows: Iterable[SeriesRow]) -> dict[str, list[tuple[dt.date, dt.date, str]]]:
    """Collapse daily rows into (first day, last day, stance) spans per company."""
    out: dict[str, list[tuple[dt.date, dt.date, str]]] = {}
    for r in sorted(rows, key=lambda r: (r.company, r.date)):
        day = dt.date.fromisoformat(r.date)
        lst = out.setdefault(r.company, [])
        if lst and lst[-1][2] == r.stance and lst[-1][1] + dt.timedelta(days=1) == day:
            lst[-1] = (lst[-1][0], day, r.stance)
        else:
            lst.append((day, day, r.stance))
    return out


def _month_starts(first: dt.date, last: dt.date) -> list[dt.date]:
    day, out = dt.date(first.year, first.month, 1), []
    while day <= last:
        if day >= first:
            out.append(day)
        day = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return out


def timeline_svg(rows: Iterable[SeriesRow], title: str = "Stance on the GPAI Code of Practice") -> str:
    by_company = spans(rows)
    companies = sorted(by_company, key=str.lower)
    days = [d for lst in by_company.values() for s, e, _ in lst for d in (s, e)]
    first, last = (min(days), max(days)) if days else (dt.date.today(), dt.date.today())
    total = (last - first).days + 1
    plot_w = WIDTH - LEFT - RIGHT
    height = TOP + ROW * max(len(companies), 1) + BOTTOM

    def x(day: dt.date) -> float:
        return LEFT + plot_w * (day - first).days / total

    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
           f'viewBox="0 0 {WIDTH} {height}" font-family="sans-serif" font-size="12">',
           f'<rect width="{WIDTH}" height="{height}" fill="#ffffff"/>',
           f'<text x="{WIDTH / 2:.0f}" y="22" text-anchor="middle" font-size="14">{escape(title)}</text>']
    for i, company in enumerate(companies):
        y = TOP + i * ROW
        out.append(f'<text x="{LEFT - 8}" y="{y + ROW * 0.65:.1f}" text-anchor="end">{escape(company)}</text>')
        for start, end, stance in by_company[company]:
            w = plot_w * ((end - start).days + 1) / total
            out.append(f'<rect x="{x(start):.2f}" y="{y + 3}" width="{w:.2f}" height="{ROW - 6}" '
                       f'fill={quoteattr(STANCE_COLOURS.get(stance, "#bdbdbd"))}><title>{escape(company)}: '
                       f'{escape(stance)} {start:%d %b %Y} – {end:%d %b %Y}</title></rect>')
    axis_y = TOP + ROW * max(len(companies), 1) + 4
    out.append(f'<line x1="{LEFT}" y1="{axis_y}" x2="{LEFT + plot_w}" y2="{axis_y}" stroke="#616161"/>')
    months = _month_starts(first, last)
    step = max(1, -(-len(months) // 12))  # at most ~12 labels
    for m in months[::step]:
        out.append(f'<line x1="{x(m):.2f}" y1="{axis_y}" x2="{x(m):.2f}" y2="{axis_y + 5}" stroke="#616161"/>'
                   f'<text x="{x(m):.2f}" y="{axis_y + 18}" text-anchor="middle" font-size="10">{m:%b %Y}</text>')
    for j, (stance, colour) in enumerate(STANCE_COLOURS.items()):
        ly = TOP + j * 18
        out.append(f'<rect x="{WIDTH - RIGHT + 12}" y="{ly}" width="12" height="12" fill="{colour}"/>'
                   f'<text x="{WIDTH - RIGHT + 30}" y="{ly + 10}" font-size="11">{stance}</text>')
    out.append("</svg>\n")
    return "\n".join(out)
