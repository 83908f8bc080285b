"""The spaCy pipeline: base model + rule sentencizer + registry span ruler + company linker.

Built once per registry content and cached (building the ruler takes ~0.3 s, loading the
statistical model ~1 s). Multilingual text goes through the same English pipeline: company
names are never translated, and the sentencizer and linker rules do not depend on the parser.
"""
from __future__ import annotations

import importlib
import logging
from functools import lru_cache
from pathlib import Path
from typing import cast

import spacy
from spacy.language import Language
from spacy.pipeline import SpanRuler
from spacy.pipeline.span_ruler import PatternType
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span
from spacy.util import filter_spans
from thinc.api import Config

from nlp.registry import AMBIGUOUS_FORMS, POLISH_LETTERS, Registry, load_registry

log = logging.getLogger(__name__)

CONFIG_PATH = Path(__file__).parent / "config.cfg"
CANDIDATES_KEY = "company_candidates"
COMPANIES_KEY = "companies"

_FINAL = {".", "!", "?", "…", "?!", "!?", "..."}
_CLOSERS = {"”", "’", '"', "»", ")", "]", "“", "'", "›"}  # "“" closes German „…“ quotes
_OPENERS = {"“", "„", "«", '"', "‘", "¿", "¡", "(", "‹", "'"}
_HYPHENS = {"-", "‐", "‑"}
_DASHES = {"—", "–"}

# Lower-case second parts of an English hyphen compound that keep the company reading
# ("Meta-owned WhatsApp"); other lower-case parts mean a different word ("Mistral-class ships").
_COMPOUND_OK = {"owned", "backed", "based", "led", "funded", "made", "built", "developed", "style", "like",
                "affiliated", "trained", "powered", "run", "branded", "sponsored", "linked", "specific", "only"}
# Capitalised second parts that make a common-word reading (German "Meta-Analyse").
_COMPOUND_BAD = ("Analy", "analy", "Ebene", "Daten", "Klasse", "Wind")
# Honorifics and titles that may precede a bare surname ("President Smith", "CEO Altman").
_TITLES = {"President", "CEO", "Chief", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Chairman", "Chair",
           "Founder", "Co-founder", "Präsident", "Chef", "Gründer", "Herr", "Frau", "M.", "Mme", "Monsieur",
           "Madame", "Señor", "Sr.", "Sra.", "Signor", "Sig.", "Dott.", "According", "Laut", "Selon", "Según",
           "Secondo", "Said", "But", "And", "When", "While", "As", "Unlike", "Like", "Also", "Then", "Yet",
           "So", "Meanwhile", "However", "Still", "Now", "Later", "Earlier", "Today", "Yesterday"}
_SIEMENS_SEPARATE = {"Healthineers", "Energy", "Gamesa"}
_AMAZON_GEO = {"basin", "rainforest", "river", "region", "jungle", "forest", "delta", "Basin", "River",
               "Rainforest", "rain", "Region", "Jungle", "Forest", "fires", "deforestation"}
_APPLE_GENERIC = {"growers", "orchards", "orchard", "farmers", "trees", "tree", "juice", "pie", "harvest",
                  "blossom", "varieties", "cider", "producers", "production", "picking", "crop", "crops"}
_OPEN_GENERIC = {"models", "model", "systems", "system", "tools", "weights", "software", "research",
                 "development", "ecosystems", "ecosystem", "standards", "projects", "communities", "community"}
_GIVEN_NAME_BRANDS = {"Claude", "Alexa"}
_GIVEN_NAME_OK_NEXT = {"Opus", "Sonnet", "Haiku", "Code", "AI", "Pro", "Instant", "Plus", "Shopping"}


def _read_config() -> Config:
    return Config().from_disk(CONFIG_PATH)


@Language.component("stancewatch_sentencizer")
def stancewatch_sentencizer(doc: Doc) -> Doc:
    """Rule sentence boundaries that hold for all five languages.

    A sentence ends at . ! ? … (plus closing quotes/brackets) when the next word starts upper-case,
    with a digit or with an opening quote, and at every line break (titles, paragraphs). Every
    token gets an explicit value so the parser cannot move boundaries on non-English text.
    """
    n = len(doc)
    starts = [False] * n
    if n:
        starts[0] = True
    i = 0
    while i < n:
        tok = doc[i]
        if "\n" in tok.text and tok.is_space:
            j = i + 1
            while j < n and doc[j].is_space:
                j += 1
            if j < n:
                starts[j] = True
            i = j
            continue
        if tok.text in _FINAL or (tok.text.endswith(("!", "?")) and not tok.is_alpha):
            j = i + 1
            # closing quotes/brackets glued to the full stop belong to this sentence
            while j < n and doc[j].text in _CLOSERS and not doc[j - 1].whitespace_:
                j += 1
            k = j
            while k < n and doc[k].is_space:
                k += 1
            if k < n:
                nxt = doc[k].text
                if nxt[:1].isupper() or nxt[:1].isdigit() or nxt in _OPENERS or nxt[:1] in _OPENERS:
                    starts[k] = True
            i = j
            continue
        i += 1
    for tok, s in zip(doc, starts):
        tok.is_sent_start = s
    return doc


class CompanyLinker:
    """Filters the span ruler's candidate matches and links them to registry ids.

    Output: ``doc.spans["companies"]``, one span per mention, ``label_`` = company id,
    ``id_`` = "<kind>|<executive name>" (kind: name, alias, brand, executive, surname).
    """

    def __init__(self, nlp: Language, name: str, spans_key: str = COMPANIES_KEY):
        self.spans_key = spans_key
        self.registry: Registry | None = None

    def set_registry(self, registry: Registry) -> None:
        self.registry = registry

    def __call__(self, doc: Doc) -> Doc:
        cands = filter_spans(list(doc.spans.get(CANDIDATES_KEY, [])))
        doc.spans[self.spans_key] = [s for s in cands if self._keep(doc, s)]
        return doc

    # why-comments on each rule: they implement docs/tagging-guideline.md "hard negatives"
    def _keep(self, doc: Doc, span: Span) -> bool:
        kind = span.id_.split("|", 1)[0]
        text = span.text
        prev = doc[span.start - 1] if span.start > 0 else None
        prev2 = doc[span.start - 2] if span.start > 1 else None
        nxt = doc[span.end] if span.end < len(doc) else None
        nxt2 = doc[span.end + 1] if span.end + 1 < len(doc) else None
        # "Jean-Claude": the match is the second half of a hyphenated word.
        if prev is not None and prev.text in _HYPHENS and not prev.whitespace_ and prev2 is not None \
                and prev2.is_alpha and not prev2.whitespace_:
            return False
        # "Mistral-class", "Meta-Analyse" vs "Microsoft-Präsident", "Meta-owned".
        if nxt is not None and nxt.text in _HYPHENS and not span[-1].whitespace_ and not nxt.whitespace_ \
                and nxt2 is not None and nxt2.is_alpha:
            if nxt2.text[:1].islower() and nxt2.text.lower() not in _COMPOUND_OK:
                return False
            if nxt2.text.startswith(_COMPOUND_BAD):
                return False
        nxt_text = nxt.text if nxt is not None else ""
        if text == "Amazon" and (nxt_text in _AMAZON_GEO):
            return False
        if text == "Siemens" and nxt_text in _SIEMENS_SEPARATE:
            return False  # separately listed companies, not Siemens AG
        if text == "Apple" and ((prev is not None and prev.text == "Big") or nxt_text in _APPLE_GENERIC):
            return False
        if text == "Open AI" and nxt_text in _OPEN_GENERIC:
            return False
        if text in _GIVEN_NAME_BRANDS and nxt is not None and nxt.is_title and nxt.is_alpha \
                and nxt_text not in _GIVEN_NAME_OK_NEXT and self.registry and not self.registry.lookup(nxt_text):
            return False
        if text in AMBIGUOUS_FORMS and prev is not None and prev.text in {"la", "La", "le", "Le", "il", "Il"} \
                and text in {"Meta", "Mistral"}:
            return False  # "la Meta", "le Mistral" (goal, wind) when capitalised in a headline
        if kind == "surname":
            return self._surname_ok(doc, span, prev)
        if self.registry is not None and self.registry.is_polish_case_form(text):
            # a Polish case form ("do Mety", "Microsoftu"): elsewhere "Amazona", "Mety" are other words
            return bool(POLISH_LETTERS.search(doc.text))
        if self.registry is not None and text.endswith("s") and self.registry.lookup(text) is None:
            # the genitive variant ("Metas Entscheidung", "OpenAIs Chef"): German puts a capitalised
            # noun after it; elsewhere "Apples", "Metas" are other words
            return nxt is not None and nxt.is_alpha and nxt.text[:1].isupper()
        return True

    def _surname_ok(self, doc: Doc, span: Span, prev) -> bool:
        """A bare surname counts unless another given name is attached ("Analyst Laura Smith")."""
        if prev is None or not prev.is_alpha or not prev.text[:1].isupper():
            return True
        if prev.text in _TITLES or prev.text.upper() == prev.text:
            return True
        if self.registry is not None and self.registry.lookup(prev.text):
            return True  # "Microsoft Smith"? unusual, but a company before a surname is a title-like prefix
        if prev.is_sent_start and doc.has_annotation("ENT_IOB"):
            # Sentence-initial capitalised word: only NER can tell "Sarah Clark" from "Yesterday Clark".
            for ent in doc.ents:
                if ent.label_ == "PERSON" and ent.start <= prev.i and ent.end >= span.end:
                    return False
            return True
        return False


@Language.factory("company_linker", default_config={"spans_key": COMPANIES_KEY})
def make_company_linker(nlp: Language, name: str, spans_key: str) -> CompanyLinker:
    return CompanyLinker(nlp, name, spans_key)


def _base_pipeline(cfg: Config) -> tuple[Language, bool]:
    """The statistical English model when installed, else a blank English pipeline."""
    st = cfg["stancewatch"]
    for model in st["base_models"]:
        try:
            module = importlib.import_module(model)
        except ImportError:
            continue
        nlp = module.load(exclude=list(st.get("exclude", [])))
        log.info("spaCy base model: %s %s", nlp.meta.get("name"), nlp.meta.get("version"))
        return nlp, True
    log.warning("no statistical spaCy model installed (%s); using a blank English pipeline without NER",
                ", ".join(st["base_models"]))
    return spacy.blank("en"), False


# French and Italian elide an article or conjunction into the next word ("d'Aleph Alpha",
# "qu'Apple", "dell'OpenAI"); the English tokenizer keeps that one token, so no registry name
# inside it could match. Split the elided word off when a capital follows.
ELISION_PREFIX = r"(?i:jusqu|lorsqu|puisqu|quoiqu|qu|dell|dall|nell|sull|all|l|d|j|n|s|c|m|t)['’](?=[A-ZÀ-ÖØ-Þ])"


def _split_elisions(nlp: Language) -> None:
    prefixes = [ELISION_PREFIX, *(nlp.Defaults.prefixes or ())]
    tokenizer = cast(Tokenizer, nlp.tokenizer)  # spaCy types it as any callable: it is its Tokenizer
    tokenizer.prefix_search = spacy.util.compile_prefix_regex(prefixes).search


def build_pipeline(registry: Registry) -> Language:
    cfg = _read_config()
    nlp, _statistical = _base_pipeline(cfg)
    _split_elisions(nlp)
    comps = cfg["components"]
    nlp.add_pipe("stancewatch_sentencizer", first=True)
    ruler_cfg = {k: v for k, v in comps["company_ruler"].items() if k != "factory"}
    # add_pipe is typed as returning any pipe: these factories make a SpanRuler and a CompanyLinker
    ruler = cast(SpanRuler, nlp.add_pipe("span_ruler", name="company_ruler", config=ruler_cfg))
    patterns: list[PatternType] = []
    for form in registry.surface_forms:
        for variant in registry.variants(form):
            patterns.append({"label": form.company_id, "pattern": variant,
                             "id": f"{form.kind}|{form.executive or ''}"})
    ruler.add_patterns(patterns)
    linker = cast(CompanyLinker, nlp.add_pipe("company_linker",
                                              config={"spans_key": comps["company_linker"]["spans_key"]}))
    linker.set_registry(registry)
    nlp.max_length = max(nlp.max_length, int(cfg["stancewatch"].get("max_chars", 200000)) + 10)
    log.debug("pipeline: %s (%d registry patterns)", nlp.pipe_names, len(patterns))
    return nlp


@lru_cache(maxsize=4)
def _cached(fingerprint: tuple, registry_id: int) -> Language:  # registry_id keeps the object alive-equal
    return build_pipeline(_REGISTRIES[registry_id])


_REGISTRIES: dict[int, Registry] = {}


def get_pipeline(registry: Registry | None = None) -> Language:
    """The cached pipeline for ``registry`` (default: the bundled registry)."""
    registry = registry or load_registry()
    key = hash(registry.fingerprint())
    _REGISTRIES.setdefault(key, registry)
    return _cached(registry.fingerprint(), key)


def has_ner(nlp: Language) -> bool:
    return "ner" in nlp.pipe_names
