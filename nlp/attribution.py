"""Speaker attribution: who is quoted or reported in each sentence, and which company they speak for.

Rules (docs/tagging-guideline.md, "Speaker attribution"):
* a speaker needs a reporting predicate ("said", "wrote", "according to", "sagte", "selon",
  "según", "secondo", ...); actions ("Meta refused to sign") are not speech, nor are negated
  predicates ("has not said"), except the idioms "declined to comment" / "äußerte sich nicht";
* the speaker is the subject of the first reporting predicate outside quotation marks: the
  mention left of it in the same clause ("Kaplan wrote", "A Microsoft spokesperson said"),
  or right of it when the clause is inverted ("…,” said Kaplan", "a déclaré Arthur Mensch"),
  or the object of "according to X" / "laut X" / "selon X";
* an executive wins over the company named next to it ("Joel Kaplan, Meta's chief ...");
  a company or its representative gives ``name=None``; "its founder" gives the executive's
  name only when that executive was named earlier in the document;
* several coordinated companies ("Microsoft and OpenAI said") or a non-registry subject
  ("Henna Virkkunen said") give no speaker;
* a sentence that continues a quotation inherits the previous sentence's speaker
  (``inherited=True``; such speakers are used for stance, not scored as attribution).
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from nlp.registry import Registry, load_registry
from nlp.tagger import Sentence, TaggedDocument
from nlp.types import CompanySpan

log = logging.getLogger(__name__)

_VERBS = (
    # English
    r"said|says|say|saying|wrote|writes|writing|told|tells|telling|argued|argues|arguing|announced|announces|"
    r"announce|confirmed|confirms|called|calls|calling|criticised|criticized|criticises|criticizes|praised|praises|"
    r"warned|warns|warning|added(?=\s+that|\s*[,:.]|\s*$)|adds(?=\s+that)|urged|urges|stated|states(?=\s+that)|"
    r"explained|explains|noted|insisted|insists|acknowledged|welcomed|welcomes|clarified|claimed|claims|posted|"
    r"tweeted|commented|declared|stressed|emphasi[sz]ed|suggested|contended|described|labell?ed|labell?ing|"
    r"articulated|asserted|maintained|reiterated|replied|responded(?=\s+that)|cautioned|conceded|vowed|pledged|"
    r"(?:declined|refused)\s+to\s+(?:comment|say|elaborate|specify|disclose)|"
    # German
    r"sagte|sagt|sagten|schrieb|schreibt|erklärte|erklärt|erklärten|teilte|betonte|forderte|kritisierte|"
    r"äußerte\s+sich|warnte|kündigte|bestätigte|meinte|argumentierte|lobte|begrüßte|"
    # French
    r"(?:a|ont)\s+(?:déclaré|dit|indiqué|précisé|affirmé|annoncé|confirmé|salué|plaidé|défendu|estimé|souligné|"
    r"expliqué|écrit|averti|critiqué|assuré|jugé|rappelé|martelé)|estimant|déclare|affirme|"
    # Spanish
    r"dijo|afirmó|anunció|explicó|calificó|advirtió|declaró|señaló|aseguró|confirmó|escribió|criticó|insistió|"
    r"defendió|subrayó|indicó|"
    # Italian
    r"(?:ha|hanno)\s+(?:detto|dichiarato|spiegato|annunciato|sottolineato|definito|affermato|scritto|confermato|"
    r"precisato|criticato|avvertito|ribadito|annunciato|commentato)"
)
_PREPS = (r"according\s+to|(?:post|statement|letter|message|memo|note|comments?|remarks?)\s+(?:from|by)|"
          r"(?:cited|quoted)\s+by|laut|zufolge|selon|d['’]après|según|secondo|stando\s+a")
_CUE = re.compile(rf"(?<![\w-])(?:(?P<prep>{_PREPS})|(?P<verb>{_VERBS}))(?![\w-])", re.I)
_NEGATED = re.compile(r"(?:\bnot|\bnever|n['’]t|\bnicht|\bnie|\bpas|\bno|\bnon)\s+(?:\w+\s+){0,1}$", re.I)
_BOUNDARY = re.compile(
    r"[;:”»“]|(?<![\w-])(?:while|whereas|but|although|though|because|after|before|when|since|if|whether|that|"
    r"während|aber|weil|nachdem|dass|obwohl|tandis\s+que|alors\s+que|mais|parce\s+que|après|aunque|pero|"
    r"mientras|porque|después|mentre|perché|dopo|anche\s+se)(?![\w-])", re.I)
_FILLER = {"too", "also", "however", "though", "meanwhile", "later", "then", "now", "previously", "in", "a", "an",
           "the", "statement", "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
           "moreover", "separately", "earlier", "and", "yet", "still", "has", "have", "had", "was", "is", "will",
           "would", "since", "already", "again", "repeatedly", "publicly", "openly", "recently", "last", "week",
           "this", "month", "year", "for", "its", "part", "instead", "both", "all", "reportedly", "anche", "auch",
           "aussi", "también", "ha", "hat", "einer", "una", "un", "une", "post", "blog"}
_DOCREF = re.compile(r"^(?:the|this|that|its|his|her|a|an)\s+(?:\w+\s+)?(?:post|statement|letter|blog\s+post|memo|"
                     r"filing|message|note|announcement|tweet|op-ed|email|e-mail)$", re.I)
_COMPLEMENTIZER = re.compile(r"^\s*(?:that|dass|que|qu['’]|che|ch['’]|[\"“„«]|$)", re.I)
_OPEN_QUOTES = "“„«"
_CLOSE_QUOTES = "”»"
_ROLE_WORDS = {
    "founder": "founder", "co-founder": "founder", "cofounder": "founder", "gründer": "founder",
    "fondateur": "founder", "cofondateur": "founder", "fundador": "founder", "fondatore": "founder",
    "ceo": "ceo", "chief executive": "ceo", "chef": "ceo", "président": "president", "president": "president",
    "präsident": "president", "presidente": "president", "chairman": "chair", "chair": "chair",
}


@dataclass
class Speaker:
    name: str | None  # canonical executive name, or None for a company / unnamed representative
    company_id: str | None
    text: str  # the words that name the speaker
    start: int
    end: int
    cue: str
    inherited: bool = False


class _NoSpeaker:
    """A decided cue whose subject is outside the registry or several companies."""


_NONE = _NoSpeaker()


def _quote_mask(text: str) -> list[bool]:
    """True for characters inside quotation marks (curly, guillemets, straight double quotes)."""
    mask = [False] * len(text)
    depth = 0
    straight = False
    for i, ch in enumerate(text):
        if ch in _OPEN_QUOTES and not (ch == "“" and depth > 0):
            depth += 1
        elif ch in _CLOSE_QUOTES or (ch == "“" and depth > 0):
            depth = max(0, depth - 1)
            mask[i] = True
            continue
        elif ch == '"':
            straight = not straight
        mask[i] = depth > 0 or straight
    return mask


class Attributor:
    def __init__(self, td: TaggedDocument, registry: Registry):
        self.td = td
        self.registry = registry
        self.base = [s for s in td.spans if s.via != "possessive"]

    def sentence(self, sent: Sentence) -> Speaker | None | _NoSpeaker:
        text = sent.text
        mask = _quote_mask(text)
        for m in _CUE.finditer(text):
            if mask[m.start()]:
                continue
            before = text[:m.start()]
            cue = m.group(0)
            if m.group("verb") and re.search(r"\b(?:was|were|been|being|be|is|are)\s+$", before) \
                    and not re.match(r"(?:declined|refused)", cue, re.I):
                continue  # passive: "customers were told" names the addressee, not the speaker
            if m.group("verb") and _NEGATED.search(before) and not re.match(r"(?:declined|refused)|äußerte", cue, re.I):
                continue
            if m.group("verb") and re.match(r"äußerte", cue, re.I) is None and re.search(r"\bnicht\b", text[m.end():m.end() + 30]) \
                    and cue.lower() in ("sagte", "erklärte", "teilte"):
                continue
            if m.group("prep"):
                res = self._after(sent, m.end(), cue, strict=True)
                if res is None:
                    return _NONE
                return res
            res = self._verb(sent, m.start(), m.end(), cue)
            if res is not None:
                return res
        return None

    # -- helpers -----------------------------------------------------------------------------
    def _mentions(self, a: int, b: int) -> list[CompanySpan]:
        return [s for s in self.base if s.start >= a and s.end <= b]

    def _speaker(self, spans: list[CompanySpan], cue: str, region_text: str) -> Speaker | _NoSpeaker:
        persons = [(s, self.td.persons.get((s.start, s.end))) for s in spans]
        companies = list(dict.fromkeys(s.company_id for s in spans))
        named = list(dict.fromkeys(p for _, p in persons if p))
        if len(companies) > 1 or len(named) > 1:
            if re.search(r"(?<![\w-])(?:and|und|et|y|e|&)(?![\w-])", region_text) or len(named) > 1:
                return _NONE  # joint statement / several firms
        if named:
            s = next(s for s, p in persons if p)
            return Speaker(named[0], s.company_id, s.text, s.start, s.end, cue)
        s = spans[0]
        return Speaker(self._role_name(s, region_text), s.company_id, s.text, s.start, s.end, cue)

    def _role_name(self, span: CompanySpan, region_text: str) -> str | None:
        """ "The firm's founder" → the company's founder, if the document named them earlier."""
        low = region_text.lower()
        wanted = {v for k, v in _ROLE_WORDS.items() if re.search(rf"(?<![\w-]){re.escape(k)}(?![\w-])", low)}
        if not wanted:
            return None
        company = self.registry.get(span.company_id)
        if company is None:
            return None
        earlier = {p for (a, _b), p in self.td.persons.items() if a < span.start}
        for e in company.executives:
            role = e.role.lower().replace("co-founder", "founder")
            if e.name in earlier and any(w in role for w in wanted):
                return e.name
        return None

    def _segment(self, sent: Sentence, a: int, b: int) -> Speaker | _NoSpeaker | None:
        """The speaker named in text[a:b] (offsets relative to the sentence); None if it names nobody."""
        seg = sent.text[a:b]
        words = [w.lower().strip(".,;:()'’\"") for w in re.findall(r"[\w’'-]+", seg)]
        words = [w for w in words if w]
        spans = self._mentions(sent.start + a, sent.start + b)
        if spans:
            return self._speaker(spans, "", seg)
        if not words or all(w in _FILLER or w.isdigit() for w in words):
            return None
        if _DOCREF.match(seg.strip()):
            return None  # "the post begins": the quoted document; inherit its author
        return _NONE

    def _after(self, sent: Sentence, pos: int, cue: str, strict: bool) -> Speaker | _NoSpeaker | None:
        """The speaker right after a cue ("according to Lehane", "a déclaré Arthur Mensch")."""
        rest = sent.text[pos:]
        stop = re.search(r"[,.;:!?”»]|(?<![\w-])(?:that|dass|que|che)(?![\w-])", rest)
        end = pos + (stop.start() if stop else len(rest))
        spans = self._mentions(sent.start + pos, sent.start + end)
        if spans:
            first = spans[0]
            gap = sent.text[pos:first.start - sent.start]
            if len(gap.split()) <= 4:
                return self._speaker([s for s in spans if s.start == first.start] or spans[:1], cue,
                                     sent.text[pos:end])
        return None if strict else (_NONE if rest[:end - pos].strip() else None)

    def _verb(self, sent: Sentence, vs: int, ve: int, cue: str):
        text = sent.text
        bound = 0
        for b in _BOUNDARY.finditer(text[:vs]):
            bound = b.end()
        region = text[bound:vs]
        cut = max(region.rfind(","), region.rfind("—"), region.rfind("–"))
        if cut >= 0:
            res = self._segment(sent, bound + cut + 1, vs)
            if res is not None:
                return self._with_cue(res, cue)
            # empty clause before the verb: inverted order ("…,” said Kaplan) or an appositive
            # ("Joel Kaplan, Meta's chief global affairs officer, wrote"): a mention right after
            # the verb wins, then the clause left of the comma, then a non-registry inverted subject.
            right = text[ve:]
            if not _COMPLEMENTIZER.match(right):
                after = self._after(sent, ve, cue, strict=True)
                if after is not None:
                    return after
            res = self._segment(sent, bound, bound + cut)
            if res is not None:
                return self._with_cue(res, cue)
            if not _COMPLEMENTIZER.match(right) and re.search(r"\w", right):
                return _NONE
            return None
        res = self._segment(sent, bound, vs)
        if res is None and not region.strip():
            after = self._after(sent, ve, cue, strict=False)
            return after
        return self._with_cue(res, cue) if res is not None else None

    @staticmethod
    def _with_cue(res, cue: str):
        if isinstance(res, Speaker):
            res.cue = cue
        return res


def _opens_quote(text: str) -> bool:
    return text[:1] in _OPEN_QUOTES or text[:1] == '"'


def attribute(td: TaggedDocument, registry: Registry | None = None) -> dict[int, Speaker | None]:
    """Speaker per sentence index (None: no registry speaker)."""
    registry = registry or load_registry()
    att = Attributor(td, registry)
    out: dict[int, Speaker | None] = {}
    prev: Speaker | None = None
    open_quote = False
    for sent in td.sentences:
        res = att.sentence(sent)
        sp = res if isinstance(res, Speaker) else None
        if res is None and prev is not None and (open_quote or _opens_quote(sent.text)):
            sp = Speaker(prev.name, prev.company_id, prev.text, prev.start, prev.end, prev.cue, inherited=True)
        out[sent.index] = sp
        mask = _quote_mask(sent.text)
        open_quote = bool(mask) and mask[-1] and sent.text[-1] not in _CLOSE_QUOTES + '"'
        if sp is not None:
            prev = sp
        elif isinstance(res, _NoSpeaker):
            prev = None
    return out
