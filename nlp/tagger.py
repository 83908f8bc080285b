"""Company tagging: sentences, company mentions (name, brand, executive, possessive) and coreference.

``tag(text, title)`` returns a ``TaggedDocument``. When a title is given, the analysed text is
``title + "\\n\\n" + text`` so the title is sentence 0 and counts as an antecedent; all offsets
refer to ``TaggedDocument.text``.

Coreference is rule-based and deliberately conservative (precision first, see
docs/tagging-guideline.md §5): pronouns and definite descriptions resolve to the nearest
compatible company, and are left unresolved when a non-registry organisation or subject
intervenes ("The Commission said it had received the signature").
"""
from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import cast

from spacy.language import Language
from spacy.tokens import Doc, Span

from nlp.registry import POLISH_LETTERS, Registry, load_registry
from nlp.spacy_pipeline import COMPANIES_KEY, get_pipeline
from nlp.types import CompanySpan

log = logging.getLogger(__name__)

_VIA = {"name": "alias", "alias": "alias", "brand": "brand", "executive": "executive", "surname": "executive"}

# Definite descriptions that stand for a company, in the eight languages. The head noun is singular;
# modifiers are optional ("the Paris-based start-up", "the Canadian company", "le groupe").
_DESC = re.compile(
    r"(?<![\w-])(?:"
    r"[Tt]he\s+(?P<mods>(?:[\w’'-]+\s+){0,3}?)(?:company|firm|group|start-?up|giant|maker|developer|chipmaker|"
    r"provider|lab|outfit|conglomerate|corporation|unicorn|champion|tech\s+giant|titan|behemoth|heavyweight|"
    r"hyperscaler)"
    r"|(?:[Dd]er|[Dd]en|[Dd]em|[Dd]es)\s+(?:[\w-]+\s+)?(?:[\w-]*[Kk]onzern|[\w-]*Hersteller|[\w-]*Entwickler|[\w-]*Anbieter|"
    r"[\w-]*[Rr]iesen?|[\w-]*Giganten?)"
    r"|(?:[Dd]ie|[Dd]er)\s+(?:[\w-]+\s+)?Firma"
    r"|(?:[Dd]as|[Dd]em|[Dd]es)\s+(?:[\w-]+\s+)?(?:[\w-]*Unternehmen|Start-?up)"
    r"|[Ll][’']entreprise|[Ll]a\s+société|[Ll]e\s+groupe|[Ll]a\s+start-?up|[Ll]a\s+firme|[Ll]e\s+géant|"
    r"[Ll][’']éditeur|[Ll]e\s+fabricant|[Ll]e\s+laboratoire"
    r"|[Ll]a\s+empresa|[Ll]a\s+compañía|[Ee]l\s+grupo|[Ll]a\s+startup|[Ee]l\s+gigante|[Ee]l\s+fabricante|[Ll]a\s+tecnológica"
    r"|[Ll][’']azienda|[Ll]a\s+società|[Ii]l\s+gruppo|[Ii]l\s+colosso|[Ii]l\s+gigante|[Ii]l\s+produttore"
    # Portuguese: the article alone or contracted with de / em / por / a ("da empresa", "pela empresa")
    r"|(?:[AaÀà]|[DdNn]a|[Pp]ela)\s+(?:empresa|companhia|start-?up|tecnológica|fabricante|desenvolvedora|criadora)"
    r"|(?:[Oo]|[DdNn]o|[Pp]elo)\s+(?:grupo|gigante|conglomerado|fabricante)"
    # Dutch: one optional adjective ("het Franse bedrijf", "de Amerikaanse techreus")
    r"|[Hh]et\s+(?:[\w-]+\s+)?(?:bedrijf|techbedrijf|AI-bedrijf|concern|techconcern)"
    r"|[Dd]e\s+(?:[\w-]+\s+)?(?:onderneming|techgigant|techreus|gigant|ontwikkelaar|fabrikant|chipfabrikant)"
    # Polish has no article: the singular head noun, not after a quantifier (_PL_INDEFINITE)
    r"|(?P<pl>[Ff]irm[aęą]|[Ss]półk[aęą]|[Kk]oncern(?:u|em)?|[Ss]tartup(?:u|em)?|[Gg]igant(?:a|em)?|"
    r"[Pp]rzedsiębiorstw(?:o|a|em))"
    r")(?![\w-])"
)
# "the working group", "la società civile", "il gruppo di lavoro" are not companies.
_DESC_BAD_MODS = {"working", "expert", "experts", "advisory", "lobby", "interest", "industry", "pressure", "trade",
                  "focus", "research", "consumer", "civil", "campaign", "advocacy", "rights", "parliamentary",
                  "political", "target", "control", "user", "same", "other", "insurance", "audit", "energy",
                  "car", "oil", "think-tank", "study", "drafting", "steering", "contact"}
_EN_WORDS = {"the", "a", "an", "of", "and", "to", "in", "is", "was", "said", "that", "it", "its", "for", "on", "with",
             "has", "have", "had", "will", "would", "by", "as", "at", "from", "be", "been", "this", "which", "not"}


def looks_english(text: str) -> bool:
    """Cheap per-sentence check: the statistical English NER is only trusted on English sentences."""
    words = re.findall(r"[a-zA-Z]+", text.lower())
    hits = sum(w in _EN_WORDS for w in words)
    return hits >= 2 and hits >= 0.12 * len(words)
_DESC_BAD_AFTER = re.compile(r"^\s*(?:civile|di\s+lavoro|di\s+esperti|de\s+travail|d['’]experts|de\s+trabajo|"
                             r"de\s+expertos|of\s+experts|of\s+companies|of\s+signatories|of\s+\d+|"
                             r"de\s+trabalho|de\s+peritos|de\s+especialistas|van\s+experts|van\s+deskundigen)")
# Polish: "każda firma" (any company), "inna spółka" (another one) stand for no company named before.
_PL_INDEFINITE = re.compile(r"(?:każd|żadn|inn|jedn|jakaś|jakąś|niejedn|kolejn|któr|taka|taką)\w*\s+$", re.I)
# A description followed by a name is an apposition ("Firma Meta odmówiła", "the company OpenAI"): the
# name is the mention, and the description must not resolve to the company named before it.
_NAME_AFTER = re.compile(r"^\s+[A-Z][\w-]")


def company_descriptions(text: str) -> list[tuple[int, int]]:
    """Spans of definite descriptions that stand for a company ("the company", "das Unternehmen",
    "l'entreprise"), without the look-alikes ("the working group", "la società civile")."""
    out = []
    for m in _DESC.finditer(text):
        if any(w.lower() in _DESC_BAD_MODS for w in (m.group("mods") or "").split()):
            continue
        if m.group("pl") and (not POLISH_LETTERS.search(text) or _PL_INDEFINITE.search(text[:m.start()])
                              or _NAME_AFTER.match(text[m.end():])):
            continue  # "firma" is also Italian and Spanish for "signs": only in a Polish sentence
        if not _DESC_BAD_AFTER.match(text[m.end():]):
            out.append(m.span())
    return out


# Possessive pronoun + "company": the company of the person just named ("sein Unternehmen").
_HIS_COMPANY = re.compile(r"(?<![\w-])(?:[Hh]is|[Hh]er|[Ss]ein(?:em|en|es)?|[Ii]hr(?:em|en|es)?|[Ss]on|[Ss]a|[Ss]u|"
                          r"[Ll]a\s+sua|[Ii]l\s+suo|[Aa]\s+sua|[Zz]ijn|[Hh]aar|[Jj]ego|[Jj]ej)\s+(?:company|firm|start-?up|"
                          r"Unternehmen|Konzern|entreprise|société|groupe|empresa|compañía|azienda|società|gruppo|"
                          r"bedrijf|firm[aęą])(?![\w-])")
_IT = re.compile(r"(?<![\w’'-])(?:[Ii]t|[Ii]ts)(?![\w’'-])")
_HE = re.compile(r"(?<![\w’'-])(?:[Hh]e|[Ss]he|[Hh]is)(?![\w’'-])")
_THEY = re.compile(r"(?<![\w’'-])[Tt]hey(?![\w’'-])")
# "it is likely that", "it was unclear whether": the pronoun has no referent.
_EXPLETIVE = re.compile(r"^\s*(?:is|was|'s|’s|will\s+be|would\s+be|remains|seems|appears|may\s+be|could\s+be)\s+"
                        r"(?:not\s+|still\s+|also\s+)?(?:likely|unlikely|clear|unclear|possible|impossible|expected|"
                        r"understood|known|unknown|true|important|hard|difficult|easy|time|too|worth|a\s|an\s|the\s)")
_PLURAL_PEOPLE = {"officials", "executives", "representatives", "lawyers", "lobbyists", "spokespeople",
                  "engineers", "researchers", "leaders", "staff", "managers", "employees", "founders"}
# Organisations NER finds that are not companies: they do not block "the company" from
# resolving to a registry company mentioned earlier.
_NON_COMPANY_ORG = re.compile(r"Commission|Office|Parliament|Council|\bEU\b|Union|Board|Ministry|Government|"
                              r"Court|Bank|Presidency|Observatory|Reuters|Bloomberg|LinkedIn|Le Monde|Times|"
                              r"Journal|Post|Agency|Act\b|Code|GPAI|Pact|AI|Kodex|Congress|Senate|University|"
                              r"Institute|Europe", re.I)


@dataclass
class Sentence:
    index: int
    text: str
    start: int  # offsets in TaggedDocument.text
    end: int
    is_title: bool = False


@dataclass
class TaggedDocument:
    text: str
    title: str | None
    body_offset: int  # where the body starts in ``text`` (0 without a title)
    sentences: list[Sentence]
    spans: list[CompanySpan]
    doc: Doc
    # executive named or referred to by a span (full name, surname, he/she), keyed by (start, end)
    persons: dict[tuple[int, int], str] = field(default_factory=dict)

    def spans_in(self, sentence_index: int) -> list[CompanySpan]:
        return [s for s in self.spans if s.sentence_index == sentence_index]

    def companies(self) -> list[str]:
        """Company ids in order of first mention."""
        return list(dict.fromkeys(s.company_id for s in self.spans))

    def sentence_at(self, offset: int) -> Sentence | None:
        for s in self.sentences:
            if s.start <= offset < s.end:
                return s
        return None


@dataclass
class _Mention:
    company_id: str
    start: int
    end: int
    sent: int
    person: str | None = None


class _Tagger:
    def __init__(self, registry: Registry, nlp: Language):
        self.registry = registry
        self.nlp = nlp

    def prepare(self, text: str, title: str | None) -> tuple[str, int]:
        """The analysed text (title as sentence 0) and where the body starts in it."""
        full = f"{title.strip()}\n\n{text}" if title and title.strip() else text
        body_offset = len(full) - len(text) if title and title.strip() else 0
        if len(full) > self.nlp.max_length - 10:
            # spaCy refuses longer texts; news articles never get near this, scraped dumps might
            log.warning("text of %d characters truncated to %d for tagging", len(full), self.nlp.max_length - 10)
            full = full[: self.nlp.max_length - 10]
        return full, body_offset

    def run(self, text: str, title: str | None) -> TaggedDocument:
        full, body_offset = self.prepare(text, title)
        return self.from_doc(self.nlp(full), title, body_offset)

    def from_doc(self, doc: Doc, title: str | None, body_offset: int) -> TaggedDocument:
        full = doc.text
        sentences: list[Sentence] = []
        for sent in doc.sents:
            stripped = sent.text.strip()
            if not stripped:
                continue
            start = sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
            sentences.append(Sentence(len(sentences), stripped, start, start + len(stripped),
                                      is_title=start < body_offset))
        tagged = TaggedDocument(full, title, body_offset, sentences, [], doc)
        self._link(tagged)
        return tagged

    # -- mentions ---------------------------------------------------------------------------
    def _link(self, td: TaggedDocument) -> None:
        doc = td.doc
        base: list[CompanySpan] = []
        for sp in doc.spans.get(COMPANIES_KEY, []):
            sent = td.sentence_at(sp.start_char)
            if sent is None:
                continue
            kind, _, person = sp.id_.partition("|")
            cs = CompanySpan(sp.label_, sent.index, sp.start_char, sp.end_char, sp.text, _VIA.get(kind, "alias"))
            base.append(cs)
            if person:
                td.persons[(cs.start, cs.end)] = person
        covered = [(s.start, s.end) for s in base]

        def overlaps(a: int, b: int) -> bool:
            return any(a < e and s < b for s, e in covered)

        english = {st.index for st in td.sentences if looks_english(st.text)}
        ents = [e for e in doc.ents if e.label_ in ("PERSON", "ORG") and not overlaps(e.start_char, e.end_char)
                and e.text[:1].isupper()]
        mentions: list[_Mention] = []
        last_person: tuple[str, str | None, str | None, int] | None = None  # (kind, name, company, sent)
        blockers: list[int] = []  # offsets of non-registry company-like organisations
        out: list[CompanySpan] = []
        for sent in td.sentences:
            # (offset, kind, payload): the kind fixes the payload's type (mention: CompanySpan,
            # PERSON/ORG: an entity Span, coref: a (start, end, kind) candidate)
            events: list[tuple[int, str, CompanySpan | Span | tuple[int, int, str]]] = []
            for cs in base:
                if cs.sentence_index == sent.index:
                    events.append((cs.start, "mention", cs))
            for e in ents:
                if sent.index in english and sent.start <= e.start_char < sent.end:
                    events.append((e.start_char, e.label_, e))
            events += [(s, "coref", (s, e, k)) for s, e, k in self._coref_candidates(td, sent, covered)]
            events.sort(key=lambda x: (x[0], x[1] != "mention"))
            for _pos, kind, obj in events:
                if kind == "mention":
                    cs = cast(CompanySpan, obj)
                    person = td.persons.get((cs.start, cs.end))
                    mentions.append(_Mention(cs.company_id, cs.start, cs.end, sent.index, person))
                    out.append(cs)
                    if person:
                        last_person = ("exec", person, cs.company_id, sent.index)
                    out.extend(self._possessive(td, sent, cs))
                elif kind == "PERSON":
                    last_person = ("other", None, None, sent.index)
                elif kind == "ORG":
                    ent = cast(Span, obj)
                    if not _NON_COMPANY_ORG.search(ent.text):
                        blockers.append(ent.start_char)
                else:
                    start, end, ckind = cast(tuple[int, int, str], obj)
                    target = self._resolve(td, sent, start, end, ckind, mentions, last_person, blockers)
                    if target is None:
                        continue
                    company_id, person = target
                    cs = CompanySpan(company_id, sent.index, start, end, td.text[start:end], "coref")
                    out.append(cs)
                    mentions.append(_Mention(company_id, start, end, sent.index, person))
                    if person:
                        td.persons[(start, end)] = person
                        last_person = ("exec", person, company_id, sent.index)
        out.sort(key=lambda s: (s.start, s.end))
        td.spans = out

    def _possessive(self, td: TaggedDocument, sent: Sentence, cs: CompanySpan) -> list[CompanySpan]:
        """"Meta's chief global affairs officer", "Zuckerberg's company": the whole phrase refers to the company."""
        rest = td.text[cs.end:sent.end]
        m = re.match(r"(?:'s|’s|')\s+((?:[\w-]+\s+){0,4}(?:officer|chief|executive|president|spokesperson|spokesman|"
                     r"spokeswoman|lobbyist|head|founder|co-founder|CEO|chairman|director|counsel|parent|owner|"
                     r"maker|developer|company|firm|start-?up|unit|statement|team))\b", rest)
        if not m:
            return []
        return [CompanySpan(cs.company_id, sent.index, cs.start, cs.end + m.end(), td.text[cs.start:cs.end + m.end()],
                            "possessive")]

    def _coref_candidates(self, td: TaggedDocument, sent: Sentence, covered) -> list[tuple[int, int, str]]:
        text = sent.text
        out = []

        def free(a: int, b: int) -> bool:
            return not any(a < e and s < b for s, e in covered)

        for start, end in company_descriptions(text):
            a, b = sent.start + start, sent.start + end
            # "the Facebook owner", "the Grok developer": the brand inside is already the mention
            if free(a, b):
                out.append((a, b, "desc"))
        for m in _HIS_COMPANY.finditer(text):
            a, b = sent.start + m.start(), sent.start + m.end()
            if free(a, b):
                out.append((a, b, "his_company"))
        for m in _IT.finditer(text):
            if _EXPLETIVE.match(text[m.end():]):
                continue
            out.append((sent.start + m.start(), sent.start + m.end(), "it"))
        for m in _HE.finditer(text):
            out.append((sent.start + m.start(), sent.start + m.end(), "he"))
        for m in _THEY.finditer(text):
            out.append((sent.start + m.start(), sent.start + m.end(), "they"))
        # drop candidates nested in a longer one ("his company" contains "his")
        out.sort(key=lambda x: (x[0], -(x[1] - x[0])))
        kept: list[tuple[int, int, str]] = []
        for c in out:
            if kept and c[0] < kept[-1][1]:
                continue
            kept.append(c)
        return kept

    # -- resolution ---------------------------------------------------------------------------
    def _resolve(self, td, sent, start, end, kind, mentions, last_person, blockers):
        if kind in ("he", "his_company"):
            if last_person and last_person[0] == "exec" and sent.index - last_person[3] <= 3:
                return last_person[2], (last_person[1] if kind == "he" else None)
            if kind == "his_company":
                return self._description(sent, start, mentions, blockers)
            return None
        if kind == "desc":
            return self._description(sent, start, mentions, blockers)
        if kind == "it":
            return self._pronoun_it(td, sent, start, mentions)
        if kind == "they":
            prev = [m for m in mentions if m.start < start and sent.index - m.sent <= 1]
            if prev:
                m = prev[-1]
                after = td.text[m.end:m.end + 40].split()
                if after and after[0].strip(",.") in _PLURAL_PEOPLE:
                    return m.company_id, None
            return None
        return None

    def _description(self, sent, start, mentions, blockers):
        same = [m for m in mentions if m.sent == sent.index and m.start < start]
        if same:
            m = same[-1]
            if any(m.start < b < start for b in blockers):
                return None
            return m.company_id, None
        prev = [m for m in mentions if m.start < start and sent.index - m.sent <= 5]
        if not prev:
            return None
        last_sent = prev[-1].sent
        first = next(m for m in prev if m.sent == last_sent)
        if any(first.start < b < start for b in blockers):
            return None
        return first.company_id, None

    def _pronoun_it(self, td, sent, start, mentions):
        doc = td.doc
        tok = doc.char_span(start, start + 2, alignment_mode="expand")
        if tok is None:
            return None
        i = tok.start
        # object "it" ("won't be signing it") is the code, not a company; so is "it" inside a quote
        if doc[i].dep_ in ("dobj", "pobj", "obj") or _inside_quote(sent.text, start - sent.start):
            return None
        span_of = {}
        for m in mentions:
            if m.sent == sent.index:
                for t in doc.char_span(m.start, m.end, alignment_mode="expand") or []:
                    span_of[t.i] = m
        # walk back within the sentence: the nearest company wins, a non-company subject blocks
        j = i - 1
        while j >= 0 and doc[j].idx >= sent.start:
            if j in span_of:
                return span_of[j].company_id, None
            t = doc[j]
            if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN") and t.ent_type_ != "PERSON":
                return None
            j -= 1
        # sentence-initial "It": the company must be in the subject of the previous mention sentence
        prev = [m for m in mentions if m.start < start and sent.index - m.sent <= 2]
        if not prev:
            return None
        psent = td.sentences[prev[-1].sent]
        span = doc.char_span(psent.start, psent.end, alignment_mode="expand")
        root = span.root if span is not None else None
        for m in prev:
            if m.sent != psent.index:
                continue
            if root is None or m.start < root.idx or m.start - psent.start < 25:
                return m.company_id, None
        return None


def _inside_quote(text: str, pos: int) -> bool:
    before = text[:pos]
    opened = sum(before.count(c) for c in "“„«") + before.count('"') % 2
    closed = sum(before.count(c) for c in "”»")
    if "„" in before:  # German „…“: the closing mark is “
        closed += before.count("“")
        opened -= before.count("“")
    return opened > closed


def tag_many(items: Iterable[tuple[str, str | None]], registry: Registry | None = None,
             nlp: Language | None = None, batch_size: int = 32) -> Iterator[TaggedDocument]:
    """``tag`` for many ``(text, title)`` pairs at once: spaCy's ``nlp.pipe`` batches the models."""
    registry = registry or load_registry()
    nlp = nlp or get_pipeline(registry)
    tagger = _Tagger(registry, nlp)
    prepared = [(*tagger.prepare(text or "", title), title) for text, title in items]
    docs = nlp.pipe((full for full, _, _ in prepared), batch_size=batch_size)
    for (_, body_offset, title), doc in zip(prepared, docs):
        yield tagger.from_doc(doc, title, body_offset)


def tag(text: str, title: str | None = None, registry: Registry | None = None,
        nlp: Language | None = None) -> TaggedDocument:
    """Sentences and company mentions (with coreference) of ``text``."""
    registry = registry or load_registry()
    nlp = nlp or get_pipeline(registry)
    return _Tagger(registry, nlp).run(text or "", title)
