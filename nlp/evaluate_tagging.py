"""Evaluate the company tagger and the speaker attributor on nlp/data/tagging_gold.jsonl.

Metrics:
* company-mention precision / recall / F1, micro-averaged over (sentence, company id) pairs:
  a sentence's predicted set is every company id tagged in ``text`` (``context`` only resolves
  references and is never scored);
* attribution accuracy over all items: the predicted speaker (canonical executive name or null,
  company id) equals the gold speaker, null == null included; also reported over the items whose
  gold speaker is not null.

``python -m nlp.evaluate_tagging [GOLD] [--errors]`` prints the metrics (and the misses).
"""
from __future__ import annotations

import argparse
import json
import logging
import sys
from dataclasses import dataclass, field
from pathlib import Path

from nlp.attribution import attribute
from nlp.registry import Registry, load_registry
from nlp.tagger import tag

log = logging.getLogger(__name__)

GOLD_PATH = Path(__file__).parent / "data" / "tagging_gold.jsonl"


@dataclass
class TaggingMetrics:
    items: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    attribution_correct: int = 0
    speaker_items: int = 0
    speaker_correct: int = 0
    errors: list[dict] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def attribution_accuracy(self) -> float:
        return self.attribution_correct / self.items if self.items else 1.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_correct / self.speaker_items if self.speaker_items else 1.0

    def as_dict(self) -> dict[str, float | int]:
        return {"items": self.items, "precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "attribution_accuracy": round(self.attribution_accuracy, 4),
                "speaker_accuracy_on_quoted": round(self.speaker_accuracy, 4), "tp": self.tp, "fp": self.fp,
                "fn": self.fn}


def load_gold(path: str | Path = GOLD_PATH) -> list[dict]:
    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise ValueError(f"{path}:{n}: not JSON: {exc}") from None
    return rows


def predict_item(item: dict, registry: Registry) -> tuple[set[str], dict | None]:
    """Tag one gold item: ``context`` is given as the preceding sentence(s), ``text`` is scored."""
    td = tag(item["text"], title=item.get("context") or None, registry=registry)
    scored = {s.index for s in td.sentences if not s.is_title}
    companies = {s.company_id for s in td.spans if s.sentence_index in scored}
    speakers = attribute(td, registry)
    speaker = None
    for idx in sorted(scored):
        sp = speakers.get(idx)
        if sp is not None and sp.company_id is not None and not sp.inherited:
            speaker = {"name": sp.name, "company": sp.company_id}
            break
    return companies, speaker


def evaluate(path: str | Path = GOLD_PATH, registry: Registry | None = None) -> TaggingMetrics:
    registry = registry or load_registry()
    m = TaggingMetrics()
    for item in load_gold(path):
        gold = set(item.get("companies") or [])
        pred, speaker = predict_item(item, registry)
        m.items += 1
        m.tp += len(gold & pred)
        m.fp += len(pred - gold)
        m.fn += len(gold - pred)
        gsp = item.get("speaker")
        gkey = (gsp.get("name"), gsp.get("company")) if gsp else None
        pkey = (speaker["name"], speaker["company"]) if speaker else None
        if gkey == pkey:
            m.attribution_correct += 1
        if gsp:
            m.speaker_items += 1
            m.speaker_correct += gkey == pkey
        if gold != pred or gkey != pkey:
            m.errors.append({"id": item.get("id"), "text": item["text"], "context": item.get("context"),
                             "missing": sorted(gold - pred), "extra": sorted(pred - gold),
                             "gold_speaker": gkey, "pred_speaker": pkey})
    return m


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="?", default=str(GOLD_PATH))
    ap.add_argument("--errors", action="store_true", help="print every item with a mismatch")
    args = ap.parse_args(argv)
    if not Path(args.gold).exists():
        print(f"gold file not found: {args.gold}", file=sys.stderr)
        return 1
    m = evaluate(args.gold)
    if args.errors:
        for e in m.errors:
            print(json.dumps(e, ensure_ascii=False))
    print(json.dumps(m.as_dict()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
