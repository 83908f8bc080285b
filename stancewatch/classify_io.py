"""`stancewatch classify`: JSONL in, JSONL out, one output line per input line."""
from __future__ import annotations

import json
import logging
import sys
from contextlib import contextmanager
from pathlib import Path

from stancewatch.config import AppConfig

log = logging.getLogger(__name__)


@contextmanager
def _open(path: str, mode: str):
    if path == "-":
        yield sys.stdin if "r" in mode else sys.stdout
    else:
        with open(path, mode, encoding="utf-8") as fh:
            yield fh


def classify_file(cfg: AppConfig, input_path: str, output_path: str) -> dict[str, int]:
    from nlp.analyzer import load_analyzer

    analyzer = load_analyzer(cfg.nlp)
    counts = {"lines": 0, "errors": 0}
    if output_path != "-":
        Path(output_path).parent.mkdir(parents=True, exist_ok=True)
    with _open(input_path, "r") as src, _open(output_path, "w") as dst:
        for line in src:
            if not line.strip():
                continue
            counts["lines"] += 1
            dst.write(json.dumps(_classify_line(analyzer, line, counts), ensure_ascii=False) + "\n")
    return counts


def _classify_line(analyzer, line: str, counts: dict[str, int]) -> dict:
    try:
        item = json.loads(line)
        if not isinstance(item, dict) or not isinstance(item.get("text"), str) or not item.get("company"):
            raise ValueError("expected an object with 'company' and 'text'")
    except ValueError as exc:
        counts["errors"] += 1
        log.warning("unreadable input line %d: %s", counts["lines"], exc)
        return {"id": None, "company": None, "stance": "none", "confidence": 0.0, "evidence": None,
                "error": f"unreadable input line {counts['lines']}: {exc}"}
    result = analyzer.classify_passage(str(item["company"]), item["text"])
    return {"id": item.get("id"), "company": result.company, "stance": result.stance,
            "confidence": round(float(result.confidence), 4), "evidence": result.evidence,
            "speaker": result.speaker, "reason": result.reason}
