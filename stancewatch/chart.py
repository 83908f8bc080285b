"""Matplotlib figures for notebooks: stance timeline, coverage, confidence (the digest uses svgchart)."""
from __future__ import annotations

import logging
from collections.abc import Iterable

import matplotlib

matplotlib.use("Agg")  # headless: cron, CI, notebooks
import matplotlib.dates as mdates  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402

from stancewatch.svgchart import STANCE_COLOURS, spans  # noqa: E402
from storage.records import SeriesRow  # noqa: E402

log = logging.getLogger(__name__)

# One palette and one way to cut the series into spans, shared with the digest's plain-SVG chart.
stance_spans = spans


def timeline_figure(rows: Iterable[SeriesRow], title: str = "Stance on the GPAI Code of Practice"):
    by_company = stance_spans(rows)
    companies = sorted(by_company, key=str.lower, reverse=True)
    fig, ax = plt.subplots(figsize=(9, max(2.0, 0.38 * len(companies) + 1.2)))
    for i, company in enumerate(companies):
        for start, end, stance in by_company[company]:
            ax.barh(i, (end - start).days + 1, left=mdates.date2num(start), height=0.6,
                    color=STANCE_COLOURS.get(stance, "#bdbdbd"), edgecolor="none")
    ax.set_yticks(range(len(companies)), companies)
    ax.xaxis_date()
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%d %b"))
    ax.set_title(title, fontsize=11)
    handles = [plt.Rectangle((0, 0), 1, 1, color=c) for c in STANCE_COLOURS.values()]
    ax.legend(handles, list(STANCE_COLOURS), loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, fontsize=8)
    fig.tight_layout()
    return fig


def coverage_figure(weeks: list[str], matrix: dict[str, list[int]], title: str = "Documents per source and week"):
    """Stacked bars: one bar per ISO week, one colour per source."""
    fig, ax = plt.subplots(figsize=(9, 3.6))
    bottom = [0] * len(weeks)
    for source, counts in sorted(matrix.items()):
        ax.bar(weeks, counts, bottom=bottom, label=source)
        bottom = [b + c for b, c in zip(bottom, counts)]
    ax.set_ylabel("documents")
    ax.set_title(title, fontsize=11)
    ax.tick_params(axis="x", labelrotation=45, labelsize=8)
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, fontsize=8)
    fig.tight_layout()
    return fig


def confidence_figure(histogram: dict, threshold: float | None = None,
                      title: str = "Model confidence per predicted stance"):
    """Grouped histogram of mention confidences (``analytics.confidence_histogram``)."""
    edges, counts = histogram["edges"], histogram["counts"]
    width = (edges[1] - edges[0]) if len(edges) > 1 else 1.0
    stances = [s for s, c in counts.items() if any(c)] or list(counts)
    bar = width / max(len(stances), 1)
    fig, ax = plt.subplots(figsize=(9, 3.6))
    for i, stance in enumerate(stances):
        ax.bar([e + i * bar for e in edges[:-1]], counts[stance], width=bar, align="edge", label=stance,
               color=STANCE_COLOURS.get(stance, "#757575"))
    if threshold is not None:
        ax.axvline(threshold, color="#424242", linestyle="--", linewidth=1)
        ax.annotate(f"review below {threshold:.2f}", (threshold, 1), xycoords=("data", "axes fraction"),
                    xytext=(4, -12), textcoords="offset points", fontsize=8)
    ax.set_xlim(0, 1)
    ax.set_xlabel("confidence")
    ax.set_ylabel("mentions")
    ax.set_title(title, fontsize=11)
    ax.legend(frameon=False, fontsize=8)
    fig.tight_layout()
    return fig
