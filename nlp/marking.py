"""One target marking for the stance model, the same at training and at inference.

The model reads a passage in which the company it is asked about is marked as the target and
every other company as "other". Which words are marked comes from the tagger (registry names,
aliases, brands, executives, possessives and coreference), from quote attribution ("we"/"our"
inside a quote stand for the speaker's company: the target's when it speaks, another company's
otherwise) and, for a passage that never names the company, from its definite descriptions
("the company"). The analyzer marks each sentence this way; training marks each training passage
the same way (``marked_inputs``), so a training row and the same sentence at inference reach the
model as the same text.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from nlp.attribution import Speaker, attribute
from nlp.registry import Registry, load_registry, slugify
from nlp.rules import first_person_spans
from nlp.tagger import Sentence, TaggedDocument, company_descriptions, tag_many
from nlp.transformer import encode_input

Span = tuple[int, int]
SpanFinder = Callable[[str], list[Span]]

_QUOTED = re.compile(r"[“„«\"][^”»\"“]*[”»\"“]?")


def literal_finder(name: str) -> SpanFinder:
    """Where a company the registry does not know is named (case-insensitive, as given)."""
    pattern = re.compile(re.escape(name), re.I)
    return lambda sentence: [m.span() for m in pattern.finditer(sentence)]


def target_finder(td: TaggedDocument, company_id: str, name: str, known: bool) -> SpanFinder | None:
    """Extra target spans for a passage handed over for one company (``classify``, training rows):
    an unknown company's name as given; the company's definite descriptions when the passage
    never names it ("The company has pledged to…")."""
    finder = None if known else literal_finder(name)
    if not (any(s.company_id == company_id for s in td.spans) or (finder and finder(td.text))):
        finder = company_descriptions
    return finder


def sentence_spans(td: TaggedDocument, sent: Sentence, speaker: Speaker | None, company_id: str,
                   finder: SpanFinder | None = None) -> tuple[list[Span], list[Span], bool]:
    """(target spans, other companies' spans, whether the company speaks) in ``sent``, relative to it."""
    spans = td.spans_in(sent.index)
    own = [(s.start - sent.start, s.end - sent.start) for s in spans if s.company_id == company_id]
    if finder is not None:
        own += finder(sent.text)
    speaks = speaker is not None and speaker.company_id == company_id
    quoted_we = [(q.start() + a, q.start() + b) for q in _QUOTED.finditer(sent.text)
                 for a, b in first_person_spans(q.group(0))] if speaker is not None else []
    others = [(s.start - sent.start, s.end - sent.start) for s in spans if s.company_id != company_id]
    if speaks:
        own += quoted_we  # "we"/"our" inside the speaker's quote stand for the speaker's company
    else:
        others += quoted_we  # someone else's "we" is another company
    return own, others, speaks


def passage_spans(td: TaggedDocument, speakers: dict[int, Speaker | None], company_id: str,
                  finder: SpanFinder | None = None) -> tuple[list[Span], list[Span]]:
    """``sentence_spans`` of every sentence, in the coordinates of ``td.text``."""
    own: list[Span] = []
    others: list[Span] = []
    for sent in td.sentences:
        mine, theirs, _ = sentence_spans(td, sent, speakers.get(sent.index), company_id, finder)
        own += [(sent.start + a, sent.start + b) for a, b in mine]
        others += [(sent.start + a, sent.start + b) for a, b in theirs]
    return sorted(set(own)), sorted(set(others))


def marked_inputs(rows: Sequence[dict], marking: str, registry: Registry | None = None) -> list[str]:
    """The model's input text for each ``{"company", "text"}`` row, marked as the analyzer marks a
    passage at inference (one spaCy pass over all rows)."""
    registry = registry or load_registry()
    out = []
    tagged = tag_many(((row["text"], None) for row in rows), registry)
    for row, td in zip(rows, tagged):
        own, others = company_marks(td, row["company"], registry)
        out.append(encode_input(td.text, own, others, marking))
    return out


def company_marks(td: TaggedDocument, company: str, registry: Registry) -> tuple[list[Span], list[Span]]:
    """Target and other spans of a whole passage handed over for ``company`` (a name or alias;
    one outside the registry is matched as given)."""
    known = registry.resolve(company)
    cid, name = (known.id, known.name) if known else (slugify(company), company.strip())
    return passage_spans(td, attribute(td, registry), cid, target_finder(td, cid, name, known is not None))
