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
    if not _BACKREFERENCE.search(text) or mentions_code(text) or _is_table_row(sents[index - 1].text):
        return None
    return index - 1
