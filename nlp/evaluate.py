"""Evaluate the product's classify path on a labelled JSONL file ({company, text, label})."""
from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass, field
from pathlib import Path

from nlp.metrics import Report, report

log = logging.getLogger(__name__)


@dataclass
class Evaluation:
    overall: Report
    by_language: dict[str, Report]
    # misclassified rows, for error analysis; out of the repr so that a failing gate's traceback never
    # prints passages (the development set's unread half must stay unread)
    errors: list[dict] = field(repr=False)

    def format(self) -> str:
        parts = [self.overall.format("all")]
        for lang, rep in sorted(self.by_language.items()):
            parts.append(rep.format(f"[{lang}]"))
        return "\n".join(parts)

    def as_dict(self) -> dict:
        return {"overall": self.overall.as_dict(), "by_language": {k: v.as_dict() for k, v in self.by_language.items()}}


def _language(row: dict) -> str:
    if row.get("lang"):
        return row["lang"]
    from storage.language import detect_language

    return detect_language(row["text"]) or "en"


def evaluate_rows(rows: list[dict], analyzer) -> Evaluation:
    """Figures overall, for English and non-English, and per language (``lang`` or detected)."""
    gold, pred, conf, langs, errors = [], [], [], [], []
    for row in rows:
        result = analyzer.classify_passage(row["company"], row["text"])
        gold.append(row["label"])
        pred.append(result.stance)
        conf.append(float(result.confidence))
        langs.append(_language(row))
        if result.stance != row["label"]:
            errors.append({"id": row.get("id"), "company": row["company"], "gold": row["label"],
                           "pred": result.stance, "confidence": result.confidence, "text": row["text"][:300]})
    groups: dict[str, list[int]] = {}
    for i, lang in enumerate(langs):
        groups.setdefault("en" if lang == "en" else "non-en", []).append(i)
        if lang != "en":
            groups.setdefault(lang, []).append(i)
    by_lang = {g: report([gold[i] for i in idx], [pred[i] for i in idx], [conf[i] for i in idx])
               for g, idx in groups.items()}
    return Evaluation(report(gold, pred, conf), by_lang, errors)


DEV_HALVES = ("read", "unread")


def dev_half(url: str | None) -> str:
    """Which half of the real development set a passage belongs to, decided once by its page URL.

    The "read" half may be read for error analysis; the "unread" half is never read and is where
    figures are reported (docs/labelling-guide.md, "The development set"). Passages of one page
    always fall in the same half, so no page is seen from both sides.
    """
    digest = hashlib.sha256((url or "").encode("utf-8")).digest()
    return DEV_HALVES[digest[0] & 1]


def load_labelled(path: Path, half: str | None = None) -> list[dict]:
    """Labelled rows; with ``half`` ("read" / "unread"), only that half of the development split."""
    rows = []
    with Path(path).open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            row = json.loads(line)
            if not {"company", "text", "label"} <= set(row):
                raise ValueError(f"{path}:{n}: needs company, text and label")
            if half is None or dev_half(row.get("url")) == half:
                rows.append(row)
    return rows
