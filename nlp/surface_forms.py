"""Where a text names a company: name, aliases, brands, executives (registry-driven).

Used to mark the target company for the stance model, identically at training and at
inference time. Matching is case-sensitive on word boundaries ("Apple" ≠ "apple").
"""
from __future__ import annotations

import functools
import re
import tomllib
from pathlib import Path

REGISTRY_PATH = Path(__file__).parent / "data" / "companies.toml"


@functools.lru_cache(maxsize=4)
def _patterns(registry_path: str) -> dict[str, re.Pattern]:
    data = tomllib.loads(Path(registry_path).read_text(encoding="utf-8"))
    out: dict[str, re.Pattern] = {}
    for c in data.get("company", []):
        forms = {c["name"], *c.get("aliases", []), *c.get("brands", [])}
        for ex in c.get("executive", []):
            forms.add(ex["name"])
            forms.update(ex.get("aliases", []))
        forms = sorted((f for f in forms if f), key=len, reverse=True)
        # Possessives and German genitive ("Metas") are covered by the optional suffix.
        out[c["name"].lower()] = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, forms)) + r")(?:['’]s|s)?(?![\w-])")
        out[c["id"]] = out[c["name"].lower()]
        for alias in c.get("aliases", []):
            out.setdefault(alias.lower(), out[c["name"].lower()])
    return out


def company_spans(text: str, company: str, registry_path: Path = REGISTRY_PATH) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """(spans of ``company``, spans of every other registry company) in ``text``."""
    pats = _patterns(str(registry_path))
    own = pats.get(company.lower())
    if own is None:  # not in the registry: match the given name literally
        own = re.compile(r"(?<![\w-])" + re.escape(company) + r"(?:['’]s)?(?![\w-])")
    target = [m.span() for m in own.finditer(text)]
    taken = set()
    for s, e in target:
        taken.update(range(s, e))
    others = []
    for pat in {id(p): p for p in pats.values() if p is not own}.values():
        for m in pat.finditer(text):
            if not taken.intersection(range(*m.span())):
                others.append(m.span())
                taken.update(range(*m.span()))
    return target, sorted(others)
