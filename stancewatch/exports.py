"""Exports in the contract's row formats (JSONL or CSV)."""
from __future__ import annotations

import csv
import json
import logging
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from storage.store import Store

log = logging.getLogger(__name__)

DOCUMENT_FIELDS = ["url", "canonical_url", "title", "published", "language", "source_id", "duplicate_of"]
MENTION_FIELDS = ["url", "published", "company", "company_id", "stance", "confidence", "evidence", "speaker"]
TIMESERIES_FIELDS = ["date", "company", "company_id", "stance", "confidence", "evidence_count"]
EXTRA = {
    "documents": ["author", "source_kind"],
    "mentions": ["title", "source_id", "reason", "language"],
    "timeseries": ["evidence", "evidence_url", "changed", "previous_stance", "decided_by"],
}
KINDS = {"documents": DOCUMENT_FIELDS, "mentions": MENTION_FIELDS, "timeseries": TIMESERIES_FIELDS}


def rows_for(kind: str, store: Store) -> Iterator[dict]:
    """The records of ``kind`` as dicts of the contract's fields, in the contract's order."""
    sources: dict[str, Callable[[], Iterable[Any]]] = {
        "documents": store.iter_documents, "mentions": store.iter_mentions, "timeseries": store.iter_timeseries}
    source = sources[kind]
    fields = KINDS[kind] + EXTRA[kind]
    for record in source():
        yield {f: getattr(record, f) for f in fields}


def write_rows(rows: Iterable[dict], fmt: str, out: Path, fields: list[str]) -> int:
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    count = 0
    with tmp.open("w", encoding="utf-8", newline="") as fh:
        if fmt == "jsonl":
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
                count += 1
        elif fmt == "csv":
            writer = csv.DictWriter(fh, fieldnames=fields, extrasaction="ignore")
            writer.writeheader()
            for row in rows:
                writer.writerow({k: ("" if v is None else v) for k, v in row.items()})
                count += 1
        else:
            raise ValueError(f"unknown format {fmt!r}")
    tmp.replace(out)  # readers never see a half-written export
    log.info("wrote %d rows to %s", count, out)
    return count


def export(kind: str, store: Store, fmt: str, out: Path) -> int:
    return write_rows(rows_for(kind, store), fmt, out, KINDS[kind] + EXTRA[kind])
