"""What a sentence needs from the sentences before it to be read on its own.

The stance model reads one sentence per company (the analyzer's unit); two kinds of sentence say
nothing without what precedes them:

* a row of an extracted table (``| Meta | no |``): its table's lead-in sentence and header row;
* a back-reference ("OpenAI and Mistral have already done so", "Amazon did the same", "Also on
  the list are …", "Cohere followed suit"), in the eight languages: the sentence before, which
  holds what "so" / "the same" / "the list" stand for. Only a sentence that names no code itself
  gets it; one that does carries its own stance ("Cohere also signed the code").

Training passages are two to four sentences (the previous sentence is there), so the model reads
such a pair the way it was trained.
"""
from __future__ import annotations

import re

from nlp.tagger import TaggedDocument
from nlp.topic import mentions_code

_BACKREFERENCE = re.compile(
    # English
    r"\b(?:done|did|do|does|doing)\s+so\b|\bthe\s+same\b|\bfollow(?:s|ed|ing)?\s+suit\b|\blikewise\b|"
    r"\bsimilarly\b|\bas\s+well\b|\balso\b|\btoo\b|\bon\s+the\s+list\b|"
    # German
    r"\bebenfalls\b|\bebenso\b|\bauch\b|\bdas\s+Gleiche\b|\bdasselbe\b|\bgetan\b|\bdem\s+Beispiel\b|"
    # French
    r"\bde\s+même\b|\bégalement\b|\baussi\b|\bautant\b|\bl['’]a\s+(?:déjà\s+)?fait\b|\bemboîté\s+le\s+pas\b|"
    # Spanish, Portuguese
    r"\btambién\b|\blo\s+mismo\b|\blo\s+(?:ha|han|había|hizo)\s+hecho\b|\bsus\s+pasos\b|\bel\s+ejemplo\b|"
    r"\btambém\b|\bo\s+mesmo\b|\bo\s+fez\b|\bo\s+exemplo\b|\bigualmente\b|"
    # Italian
    r"\banche\b|\blo\s+stesso\b|\baltrettanto\b|\blo\s+(?:ha|hanno)\s+fatto\b|\bl['’]esempio\b|"
    # Dutch, Polish
    r"\book\b|\beveneens\b|\bhetzelfde\b|\bvoorbeeld\b|\bdeed\s+dat\b|"
    r"\brównież\b|\btakże\b|\bto\s+samo\b|\bw\s+(?:jego|ich)\s+ślady\b|\bzrobił\w*\s+to\b|\bpodobnie\b",
    re.I)
# A non-answer to a question just asked ("Will it sign? The company has not said."): alone, the model
# reads the negation as a refusal in French, Spanish and Italian (a probe, 2026-12-06); after any other
# sentence it is no back-reference (a list of signatories before it would read as a signature).
_NON_ANSWER = re.compile(
    r"\b(?:has|have|did)\s+not\s+(?:yet\s+)?(?:said|say|responded|respond|replied|reply|commented|comment)\b|"
    r"\bhat\s+(?:das|es|sich)\s+(?:dazu\s+)?(?:noch\s+)?nicht\s+(?:gesagt|geäußert)\b|\bäußerte\s+sich\s+(?:dazu\s+)?nicht\b|"
    r"\bn['’](?:l['’])?(?:a|ont)\s+pas\s+(?:encore\s+)?(?:dit|précisé|répondu|commenté)\b|\bne\s+l['’]a\s+pas\s+(?:encore\s+)?(?:dit|précisé)\b|"
    r"\bno\s+(?:lo\s+)?(?:ha|han)\s+(?:dicho|precisado|respondido|comentado)\b|"
    r"\bnon\s+(?:l['’])?(?:ha|hanno)\s+(?:detto|precisato|risposto|commentato)\b|"
    r"\bnão\s+(?:o\s+)?(?:disse|precisou|respondeu|comentou)\b|"
    r"\b(?:heeft|hebben)\s+(?:dat|het)\s+(?:nog\s+)?niet\s+gezegd\b|\bniet\s+gereageerd\b|"
    r"\bnie\s+(?:powiedział|odpowiedział|skomentował)\w*",
    re.I)


def is_question(text: str) -> bool:
    """A sentence that asks ("Will Acme sign the code?"): its answer may follow, and it yields to it."""
    return text.rstrip().endswith("?")


def _is_table_row(text: str) -> bool:
    return text.lstrip().startswith("|") and text.rstrip().endswith("|")


def table_context(td: TaggedDocument, index: int) -> str | None:
    """For a row of an extracted table: the sentence before the table plus its header row."""
    sents = td.sentences
    if not _is_table_row(sents[index].text):
        return None
    first = index
    while first > 0 and _is_table_row(sents[first - 1].text):
        first -= 1
    if first == index:
        return None
    header = next((s.text for s in sents[first:index] if not set(s.text) <= set("|-: ")), "")
    lead = sents[first - 1].text if first > 0 else ""
    return f"{lead} {header}".strip() or None


def backreference_context(td: TaggedDocument, index: int) -> int | None:
    """The index of the sentence a back-reference at ``index`` points to (the one before), if any."""
    sents = td.sentences
    if index == 0 or sents[index].is_title or sents[index - 1].is_title:
        return None
    text = sents[index].text
    if mentions_code(text) or _is_table_row(sents[index - 1].text):
        return None
    if _BACKREFERENCE.search(text) or (_NON_ANSWER.search(text) and is_question(sents[index - 1].text)):
        return index - 1
    return None
