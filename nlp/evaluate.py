"""Evaluate the product's classify path on a labelled JSONL file ({company, text, label})."""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path

from nlp.metrics import Report, report

log = logging.getLogger(__name__)


@dataclass
class Evaluation:
    overall: Report
    by_language: dict[str, Report]
    errors: list[dict]  # misclassified rows, for error analysis

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
    from crawler.language import detect_language

    return detect_language(row["text"]) or "en"


def evaluate_rows(rows: list[dict], analyzer) -> Evaluation:
    gold, pred, conf, langs, errors = [], [], [], [], []
    for row in rows:
        result = analyzer.classify_passage(row["company"], row["text"])
        gold.append(row["label"])
        pred.append(result.stance)
        conf.append(float(result.confidence))
        langs.append("en" if _language(row) == "en" else "non-en")
        if result.stance != row["label"]:
            errors.append({"id": row.get("id"), "company": row["company"], "gold": row["label"],
                           "pred": result.stance, "confidence": result.confidence, "text": row["text"][:300]})
    by_lang = {}
    for lang in sorted(set(langs)):
        idx = [i for i, x in enumerate(langs) if x == lang]
        by_lang[lang] = report([gold[i] for i in idx], [pred[i] for i in idx], [conf[i] for i in idx])
    return Evaluation(report(gold, pred, conf), by_lang, errors)


def load_labelled(path: Path) -> list[dict]:
    rows = []
    with Path(path).open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            row = json.loads(line)
            if not {"company", "text", "label"} <= set(row):
                raise ValueError(f"{path}:{n}: needs company, text and label")
            rows.append(row)
    return rows
