"""Registry candidates: organisations the registry does not know, found near stance language.

``stancewatch companies candidates`` lists them so an analyst can decide what to add to
``companies.toml`` (or a user registry file). Only spaCy's statistical NER can find unknown
names, so without the English model this returns nothing.
"""
from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Iterable

from nlp.registry import Registry, load_registry
from nlp.rules import find_cues
from nlp.spacy_pipeline import get_pipeline, has_ner
from nlp.topic import classify_topic

log = logging.getLogger(__name__)

# Institutions, media and generic names that NER labels ORG but that never sign the code.
_NOT_PROVIDERS = re.compile(
    r"^(?:the\s+)?(?:European\s+)?(?:Commission|Parliament|Council|Union|EU|AI\s+Office|AI\s+Board|AI\s+Act|"
    r"GPAI|Code|Reuters|Bloomberg|LinkedIn|X|Politico|Euractiv|Financial\s+Times|Le\s+Monde|Handelsblatt|"
    r"BEUC|CCIA|DigitalEurope|Bitkom|Corporate\s+Europe\s+Observatory|Big\s+Tech|AI|KI|IA|Kommission|"
    r"Commissione|Comisión|Oficina|Bureau)\b", re.I)


def _stance_language(sentence: str) -> bool:
    return bool(find_cues(sentence)) or classify_topic(sentence).label == "gpai_code"


def find_candidates(texts: Iterable[str], registry: Registry | None = None,
                    min_count: int = 1) -> list[tuple[str, int, str]]:
    """(name, count, example sentence) for unknown ORG entities in stance sentences, most frequent first."""
    registry = registry or load_registry()
    nlp = get_pipeline(registry)
    if not has_ner(nlp):
        log.warning("no statistical NER model installed: cannot find candidate companies")
        return []
    counts: Counter[str] = Counter()
    examples: dict[str, str] = {}
    for doc in nlp.pipe((t or "" for t in texts), batch_size=16):
        known = [(s.start_char, s.end_char) for s in doc.spans.get("companies", [])]
        for ent in doc.ents:
            if ent.label_ != "ORG":
                continue
            name = ent.text.strip().removeprefix("the ").strip()
            if len(name) < 2 or _NOT_PROVIDERS.search(name) or registry.lookup(name) or registry.resolve(name):
                continue
            if any(a < ent.end_char and ent.start_char < b for a, b in known):
                continue
            sentence = ent.sent.text.strip()
            if not _stance_language(sentence):
                continue
            counts[name] += 1
            examples.setdefault(name, sentence)
    return [(n, c, examples[n]) for n, c in counts.most_common() if c >= min_count]
