"""The analyst review loop: what needs a human look, labels that override the model, training rows.

A mention needs review when the model was unsure (confidence below a threshold) or when documents
of the same day disagree about a company (different non-``none`` stances). An analyst's label is
stored with who and when (``reviews`` table); the series is rebuilt at once, and
``timeseries.collect_evidence`` lets the label override the model from then on.
"""
from __future__ import annotations

import json
import logging
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

from stancewatch.errors import StancewatchError
from storage.records import STANCES, Mention
from storage.store import Store

log = logging.getLogger(__name__)

DEFAULT_BELOW = 0.6
TRAINING_FIELDS = ("id", "company", "text", "label", "lang", "phenomenon", "pair", "split")


class ReviewError(StancewatchError):
    """A label that cannot be stored (unknown document, company or stance)."""


def _day(value) -> str | None:
    return str(value)[:10] if value else None


def _matches(mention: Mention, company: str | None) -> bool:
    if not company:
        return True
    wanted = company.strip().casefold()
    return wanted in (str(mention.company_id).casefold(), str(mention.company).casefold())


def review_queue(store: Store, below: float = DEFAULT_BELOW, company: str | None = None,
                 include_reviewed: bool = False) -> list[dict]:
    """Low-confidence and conflicting mentions, oldest first.

    Syndicated copies are left out (labelling the original is enough). A conflict is judged on the
    stances as they stand after earlier reviews, so settling one side makes it disappear.
    """
    reviews = store.reviews()
    mentions = [m for m in store.iter_mentions() if not m.duplicate_of]
    # each (document, company)'s stance as it stands after the reviews, by company and day
    by_day: dict[tuple[str, str], list[tuple[Mention, str]]] = defaultdict(list)
    for m in mentions:
        review = reviews.get((m.document_id, m.company_id))
        effective = review.stance if review else m.stance
        day = _day(m.published)
        if effective != "none" and day:
            by_day[(m.company_id, day)].append((m, effective))
    conflicts: dict[tuple[int, str], str] = {}
    for group in by_day.values():
        stances = sorted({effective for _, effective in group})
        if len(stances) > 1:
            for m, _ in group:
                conflicts[(m.document_id, m.company_id)] = "conflict: " + " vs ".join(stances)
    items: list[dict[str, Any]] = []
    for m in mentions:
        key = (m.document_id, m.company_id)
        reasons = []
        if float(m.confidence) < below:
            reasons.append(f"low confidence ({float(m.confidence):.2f} < {below:.2f})")
        if key in conflicts:
            reasons.append(conflicts[key])
        review = reviews.get(key)
        if not reasons or not _matches(m, company) or (review and not include_reviewed):
            continue
        items.append({
            "document_id": m.document_id, "company_id": m.company_id, "company": m.company,
            "stance": m.stance, "confidence": float(m.confidence), "evidence": m.evidence,
            "url": m.url, "published": _day(m.published), "source_id": m.source_id,
            "language": m.language, "reasons": reasons,
            "label": review.stance if review else None, "reviewer": review.reviewer if review else None,
        })
    items.sort(key=lambda i: (i["published"] or "", i["company"].lower(), i["document_id"]))
    return items


def set_label(store: Store, document_id: int, company: str, stance: str, reviewer: str,
              note: str | None = None) -> dict:
    """Store an analyst's label for one (document, company) mention and rebuild the series."""
    from stancewatch.cycle import RunSummary, update_timeseries

    stance = (stance or "").strip().lower()
    if stance not in STANCES:
        raise ReviewError(f"stance must be one of {', '.join(STANCES)}, got {stance!r}")
    reviewer = (reviewer or "").strip()
    if not reviewer:
        raise ReviewError("a review needs the reviewer's name (--reviewer)")
    if len(reviewer) > 200:
        raise ReviewError("reviewer name is longer than 200 characters")
    on_doc = [m for m in store.iter_mentions() if m.document_id == document_id]
    if not on_doc:
        raise ReviewError(f"document {document_id} does not exist or mentions no company")
    found = [m for m in on_doc if _matches(m, company)]
    if not found:
        known = ", ".join(sorted({m.company for m in on_doc}))
        raise ReviewError(f"document {document_id} has no mention of {company!r} (it mentions: {known})")
    mention = found[0]
    store.add_review(document_id, mention.company_id, stance, reviewer, note or None)
    summary = RunSummary()
    update_timeseries(store, summary)
    log.info("review by %s: document %s, %s: model %s → %s", reviewer, document_id, mention.company_id,
             mention.stance, stance)
    return {"document_id": document_id, "company_id": mention.company_id, "company": mention.company,
            "model_stance": mention.stance, "label": stance, "reviewer": reviewer,
            "timeseries_rows": summary.timeseries_rows}


def _fallback_sentence(text: str | None, company: str) -> str | None:
    """Without stored evidence, the first sentence of the document that names the company."""
    for sentence in re.split(r"(?<=[.!?])\s+", text or ""):
        if company and company.casefold() in sentence.casefold():
            return sentence.strip()
    return None


def training_rows(store: Store) -> tuple[list[dict], int]:
    """Reviewed labels in the format of ``nlp/data/stance_train.jsonl``; also the count skipped."""
    rows, skipped = [], 0
    for r in store.reviewed_mentions():
        company = r.company or r.company_id
        text = r.evidence or _fallback_sentence(r.text, company)
        if not text:
            skipped += 1
            log.warning("review of document %s / %s has no sentence to train on; skipped",
                        r.document_id, r.company_id)
            continue
        rows.append({"id": f"review-{r.document_id}-{r.company_id}", "company": company, "text": text,
                     "label": r.label, "lang": r.language or "en", "phenomenon": "reviewed",
                     "pair": None, "split": "train"})
    return rows, skipped


def export_training(store: Store, out: Path) -> tuple[int, int]:
    """Write reviewed labels as training JSONL (atomically); returns (rows written, rows skipped)."""
    rows, skipped = training_rows(store)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps({k: row[k] for k in TRAINING_FIELDS}, ensure_ascii=False) + "\n")
    tmp.replace(out)
    log.info("wrote %d reviewed training rows to %s (%d skipped)", len(rows), out, skipped)
    return len(rows), skipped
