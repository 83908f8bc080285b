"""A light language guess: the page's declared language, checked against stopword counts.

No model and no extra package: eight languages (en, de, fr, es, it, pt, nl, pl) cover the sources
this project watches; anything else keeps the page's own ``lang`` attribute.

Neighbouring languages share their short function words (``de``, ``que``, ``la``, ``con``, ``e``,
``o``...), and a brief of 150 characters has only a handful of them. So a stopword counts for each
language that lists it with weight 1/(number of languages that list it), and spellings only one of
the languages uses add one point per word: Portuguese ``ã``/``õ`` (``-ção``), Spanish ``ñ`` and
``-ción``, Italian ``-zione``, Polish ``ą ę ł ś ź ż ć ń``, German ``ß ä ö ü``.
"""
from __future__ import annotations

import re

LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "pl")

_STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset("the and of to in is that for it with as was on are be by this have from or not "
                    "which but its will has they their been would were an at said he she we who also "
                    "after than about more could should had his her there if can into while other such".split()),
    "de": frozenset("der die das und ist nicht ein eine zu den mit sich des auf für im dem von auch "
                    "es an werden wird als sie bei oder aus wie nach hat noch zum zur einer eines einem "
                    "einen über um durch dass sind wurde haben nur sein seine ihre er wir vor am bereits sei "
                    "seien würde keine kein man diese dieser unter gegen bis ob wenn doch jedoch sowie vom beim "
                    "schon".split()),
    "fr": frozenset("le la les et de des est une un du dans que qui pour pas au sur ne se ce avec par "
                    "il sont plus ou aux leur été cette mais en à a son sa ses nous elle ils elles l d qu "
                    "n selon après lors être aussi ont avait sera ces entre sans même tout".split()),
    "es": frozenset("el la los las y de que en un una es por con para del se no al lo como más "
                    "su pero sus ha o este sobre también a ya entre cuando muy sin hasta desde "
                    "fue son han esta según tras ante otros hacia está aunque mientras aún sí qué cómo tiene "
                    "puede pueden sido va hay donde nos".split()),
    "it": frozenset("il la di che e un una per non del della sono con le gli dei nel alla si è da "
                    "ha anche come questo più ma al lo i in dal delle degli nella alle sul sulla tra "
                    "fra dopo essere stato stata cui suo sua loro ancora già dello ed questa hanno "
                    "secondo l dell all nell sull dall può possono sia senza ci mentre".split()),
    "pt": frozenset("o a os as e de do da dos das em no na nos nas um uma que é para por com não se "
                    "ao aos à pelo pela pelos pelas mais como mas foi ser são está também seu sua seus "
                    "suas ou já entre sobre este esta isso ele ela eles há até quando ainda segundo após "
                    "nesta neste desta deste vai pode podem tem têm sem muito sido onde".split()),
    "nl": frozenset("de het een en van in is dat op te voor met zijn niet aan er ook als door bij om "
                    "maar dan nog wordt worden naar uit over die dit zal heeft hebben werd of ze we hij "
                    "zij tot al wel kan geen meer deze was waren zich haar hun".split()),
    "pl": frozenset("i w z na się do nie że to jest o jak a od po za ale co tak przez dla jego jej "
                    "ich już być może są oraz tym tego także który która które ten ta te czy lub przy "
                    "jako tylko ma został została przed ze aby jakie jaki będzie bo gdy nad pod".split()),
}
# A stopword is evidence for a language in inverse proportion to how many of them share it.
_WEIGHTS: dict[str, dict[str, float]] = {}
for _lang, _words in _STOPWORDS.items():
    for _w in _words:
        _WEIGHTS.setdefault(_w, {})[_lang] = 1.0
for _w, _langs in _WEIGHTS.items():
    for _lang in _langs:
        _langs[_lang] = 1.0 / len(_langs)
# Spellings one language alone uses (among the eight): one point per word that has one.
_SPELLING: dict[str, re.Pattern[str]] = {
    "pt": re.compile(r"[ãõ]"),
    "es": re.compile(r"ñ|ci(?:ón|ones)$"),
    "it": re.compile(r"zion[ei]$"),
    "pl": re.compile(r"[ąęłśźżćń]"),
    "de": re.compile(r"[ßäöü]"),
}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_LANG_ATTR = re.compile(r"^[a-zA-Z]{2,3}(?:[-_][a-zA-Z0-9]{2,8})*$")
MIN_WORDS = 8
MIN_SCORE = 2.0  # weighted evidence below which a text says nothing (about three exclusive stopwords)
MARGIN = 1.5  # the best language must beat the runner-up by this factor
OVERRIDE_SHARE = 0.15  # stopword share from which the text overrides a declared language...
SIBLING_RATIO = 0.5  # ...unless the declared language scores at least this fraction of the best


_SPELLED: dict[str, tuple[str, ...]] = {}  # word -> the languages whose spelling it has (a bounded cache)
_EVIDENCE: dict[str, tuple[tuple[str, float], ...]] = {}  # word -> what it adds to each language's score
_CACHE_MAX = 200_000


def _spelled(word: str) -> tuple[str, ...]:
    """The languages (in ``_SPELLING`` order) whose exclusive spelling ``word`` has; the five regex
    searches run once per distinct word, not per token (a text repeats most of its words)."""
    langs = _SPELLED.get(word)
    if langs is None:
        langs = tuple(lang for lang, pattern in _SPELLING.items() if pattern.search(word))
        if len(_SPELLED) >= _CACHE_MAX:
            _SPELLED.clear()
        _SPELLED[word] = langs
    return langs


def _evidence(word: str) -> tuple[tuple[str, float], ...]:
    """(language, points) for one token: its stopword weights, then a point per exclusive spelling."""
    found = tuple(_WEIGHTS.get(word, {}).items()) + tuple((lang, 1.0) for lang in _spelled(word))
    if len(_EVIDENCE) >= _CACHE_MAX:
        _EVIDENCE.clear()
    _EVIDENCE[word] = found
    return found


def _scores(tokens: list[str]) -> dict[str, float]:
    scores = dict.fromkeys(LANGUAGES, 0.0)
    cached = _EVIDENCE.get
    for word in tokens:  # the same additions in the same order as a loop over weights and patterns
        found = cached(word)
        if found is None:
            found = _evidence(word)
        for lang, points in found:
            scores[lang] += points
    return scores


def _tokens(text: str, sample_words: int) -> list[str]:
    """Lower-cased words; acronyms (AI, EU, IA, KI) are names, not the Italian "ai" or "eu"."""
    words = (w for w in _WORD.findall(text[:20000]) if len(w) == 1 or not w.isupper())
    return [w.lower() for w in words][:sample_words]


def _guess(tokens: list[str]) -> tuple[str | None, float, dict[str, float]]:
    if len(tokens) < MIN_WORDS:
        return None, 0.0, {}
    scores = _scores(tokens)
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    (best, top), (_, second) = ranked[0], ranked[1]
    if top < MIN_SCORE or top < MARGIN * second:
        return None, 0.0, scores
    stopwords = _STOPWORDS[best]
    share = sum(1 for w in tokens if w in stopwords or best in _spelled(w)) / len(tokens)
    return best, share, scores


def stopword_language(text: str, sample_words: int = 800) -> tuple[str | None, float]:
    """(language, share of sampled words that are its stopwords or spell like it) for the eight languages."""
    best, share, _ = _guess(_tokens(text, sample_words))
    return best, share


def normalise_lang_attr(value: str | None) -> str | None:
    if not value:
        return None
    value = value.strip()
    if not _LANG_ATTR.match(value):
        return None
    return value.split("-")[0].split("_")[0].lower()


def detect_language(text: str, declared: str | None = None) -> str | None:
    """Declared ``lang`` unless the text is clearly one of the eight known languages instead.

    A declared neighbour that the text nearly fits as well (pt for a text scored es) is kept.
    """
    declared_lang = normalise_lang_attr(declared)
    guessed, share, scores = _guess(_tokens(text, 800))
    if not guessed or guessed == declared_lang:
        return declared_lang or guessed
    if declared_lang is None:
        return guessed
    # Templates often say lang="en" over a translated article: a clear text overrides them.
    if share >= OVERRIDE_SHARE and scores.get(declared_lang, 0.0) < SIBLING_RATIO * scores[guessed]:
        return guessed
    return declared_lang
