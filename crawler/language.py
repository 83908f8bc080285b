"""A light language guess: the page's declared language, checked against stopword counts.

No model and no extra package: five languages cover the sources this project watches;
anything else keeps the page's own ``lang`` attribute.
"""
from __future__ import annotations

import re

_STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset("the and of to in is that for it with as was on are be by this have from or not "
                    "which but its will has they their been would were an at".split()),
    "de": frozenset("der die das und ist nicht ein eine zu den mit sich des auf für im dem von auch "
                    "es an werden wird als sie bei oder aus wie nach hat noch".split()),
    "fr": frozenset("le la les et des est une un du dans que qui pour pas au sur ne se ce avec par "
                    "il sont plus ou aux leur été cette mais".split()),
    "es": frozenset("el la los las y de que en un una es por con para del se no al lo como más "
                    "su pero sus ha o este sobre también".split()),
    "it": frozenset("il la di che e un una per non del della sono con le gli dei nel alla si è da "
                    "ha anche come questo più ma al".split()),
}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_LANG_ATTR = re.compile(r"^[a-zA-Z]{2,3}(?:[-_][a-zA-Z0-9]{2,8})*$")


def stopword_language(text: str, sample_words: int = 800) -> tuple[str | None, float]:
    """(language, share of sampled words that are its stopwords) for en/de/fr/es/it."""
    tokens = [w.lower() for w in _WORD.findall(text[:20000])][:sample_words]
    if len(tokens) < 8:
        return None, 0.0
    scores = {lang: sum(1 for w in tokens if w in words) for lang, words in _STOPWORDS.items()}
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    (best, top), (_, second) = ranked[0], ranked[1]
    # Short function words overlap between Romance languages: demand a clear margin.
    if top < 4 or top < 1.3 * second:
        return None, 0.0
    return best, top / len(tokens)


def normalise_lang_attr(value: str | None) -> str | None:
    if not value:
        return None
    value = value.strip()
    if not _LANG_ATTR.match(value):
        return None
    return value.split("-")[0].split("_")[0].lower()


def detect_language(text: str, declared: str | None = None) -> str | None:
    """Declared ``lang`` unless the text is clearly one of the five known languages instead."""
    declared_lang = normalise_lang_attr(declared)
    guessed, share = stopword_language(text)
    if guessed and (declared_lang is None or (declared_lang != guessed and share >= 0.15)):
        return guessed  # templates often say lang="en" over a translated article
    return declared_lang or guessed
