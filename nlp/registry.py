"""The company registry: who we track, and every surface form that refers to them.

The bundled registry is ``nlp/data/companies.toml``; an optional user file in the same format
(``NlpConfig.companies_file``) is layered on top: an entry with an existing id overrides scalar
fields and extends list fields (aliases, brands, models, handles, executives), a new id adds a
company. An executive given again (same name) gets the new role and ``spokesperson`` mark where
the user entry sets them, and the union of aliases.

``models`` (a company's flagship model/product names as used in reporting) and ``spokesperson``
(the one executive who is the company's public voice on policy) add no surface forms, so tagging
ignores them (a model name is tagged only if ``brands`` lists it too). The training-data generator
reads them (nlp/data/reporting_patterns.py).

Matching policy (see docs/tagging-guideline.md): surface forms are matched case-sensitively,
because many names are ordinary words in lower case ("meta-analysis", "the mistral wind",
"open AI models", "stable diffusion of heat"). Two tolerated variants exist: an ALL-CAPS
form (headlines) for names of 4+ characters, and, for multiword names, variants whose every
word still starts with a capital ("Mistral Ai"). Lower-case text therefore never matches.
"""
from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from nlp.errors import RegistryError
from nlp.types import Company, Executive
from storage.config import read_toml

log = logging.getLogger(__name__)

DEFAULT_REGISTRY = Path(__file__).parent / "data" / "companies.toml"

_SIGNATORY = {"signed": True, "signed-partial": True, "refused": False, "unknown": None, "": None}

# Single-word names that are also common words or places in one of our five languages. They are
# matched only in their exact registry spelling and get extra context checks in the linker
# (hyphen compounds, "the Amazon basin", "Apple growers", "the Big Apple").
AMBIGUOUS_FORMS = frozenset({
    "Meta", "Apple", "Amazon", "Mistral", "Writer", "Cohere", "Perplexity", "Claude", "Grok",
    "Llama", "Gemini", "Alexa", "Sora", "Siri", "Bing", "Azure", "Copilot", "Bria", "Open AI",
    "Stable Diffusion", "Red Hat", "Hugging Face", "Samsung", "Alphabet", "Instagram",
})


@dataclass(frozen=True)
class SurfaceForm:
    """One string that refers to a company."""

    text: str
    company_id: str
    kind: str  # name | alias | brand | executive | surname
    executive: str | None = None  # canonical executive name for kind executive/surname


def _slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "unknown"


def _strs(raw: Any, field: str, where: str) -> tuple[str, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list) or not all(isinstance(x, str) for x in raw):
        raise RegistryError(f"{where}: '{field}' must be a list of strings")
    return tuple(x.strip() for x in raw if x.strip())


def _opt_str(raw: Any, field: str, where: str) -> str | None:
    if raw is None or raw == "":
        return None
    if not isinstance(raw, str):
        raise RegistryError(f"{where}: '{field}' must be a string")
    return raw.strip() or None


def _signatory(raw: Any, where: str) -> bool | None:
    if raw is None or isinstance(raw, bool):
        return raw
    if isinstance(raw, str) and raw.strip().lower() in _SIGNATORY:
        return _SIGNATORY[raw.strip().lower()]
    raise RegistryError(f"{where}: 'signatory' must be one of {', '.join(k for k in _SIGNATORY if k)} or a boolean")


def _opt_bool(raw: Any, field: str, where: str) -> bool:
    if raw is None:
        return False
    if not isinstance(raw, bool):
        raise RegistryError(f"{where}: '{field}' must be a boolean (true or false), not {raw!r}")
    return raw


def _executives(raw: Any, where: str) -> tuple[Executive, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise RegistryError(f"{where}: 'executive' must be an array of tables ([[company.executive]])")
    out = []
    for i, e in enumerate(raw):
        w = f"{where} executive #{i + 1}"
        if not isinstance(e, dict) or not isinstance(e.get("name"), str) or not e["name"].strip():
            raise RegistryError(f"{w}: needs a 'name' string")
        unknown = set(e) - {"name", "role", "aliases", "spokesperson"}
        if unknown:
            raise RegistryError(f"{w}: unknown key(s) {', '.join(sorted(unknown))}")
        out.append(Executive(name=e["name"].strip(), role=_opt_str(e.get("role"), "role", w) or "",
                             aliases=_strs(e.get("aliases"), "aliases", w),
                             spokesperson=_opt_bool(e.get("spokesperson"), "spokesperson", w)))
    return tuple(out)


_KEYS = {"id", "name", "aliases", "brands", "models", "parent", "wikidata", "handles", "signatory", "executive",
         "training"}


def _parse_entry(raw: Any, index: int, source: str, partial: bool) -> dict[str, Any]:
    """Validate one [[company]] table; ``partial`` allows a user entry that only extends an id."""
    where = f"{source}: company #{index + 1}"
    if not isinstance(raw, dict):
        raise RegistryError(f"{where} must be a table")
    if not isinstance(raw.get("id"), str) or not raw["id"].strip():
        raise RegistryError(f"{where}: needs an 'id' string")
    where = f"{source}: company {raw['id']!r}"
    unknown = set(raw) - _KEYS
    if unknown:
        raise RegistryError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    if not partial and (not isinstance(raw.get("name"), str) or not raw["name"].strip()):
        raise RegistryError(f"{where}: needs a 'name' string")
    entry: dict[str, Any] = {"id": raw["id"].strip()}
    if "name" in raw:
        entry["name"] = _opt_str(raw["name"], "name", where)
    for key in ("aliases", "brands", "models", "handles"):
        if key in raw:
            entry[key] = _strs(raw[key], key, where)
    if "training" in raw:  # read by the training-data side only (nlp.marking, nlp/data): validated here
        _opt_bool(raw["training"], "training", where)
    for key in ("parent", "wikidata"):
        if key in raw:
            entry[key] = _opt_str(raw[key], key, where)
    if "signatory" in raw:
        entry["signatory"] = _signatory(raw["signatory"], where)
    if "executive" in raw:
        entry["executives"] = _executives(raw["executive"], where)
        # names whose spokesperson mark is given explicitly: only these override a merged base entry
        entry["spokesperson_set"] = {e["name"].strip() for e in raw["executive"] if "spokesperson" in e}
    return entry


def _read(path: Path) -> list[Any]:
    data = read_toml(path, "registry file", RegistryError)
    companies = data.get("company", [])
    if not isinstance(companies, list):
        raise RegistryError(f"registry file {path}: companies must be an array of tables: [[company]]")
    return companies


def _merge(base: Company, entry: dict[str, Any]) -> Company:
    """User entries override scalars and extend lists, so a user can add one alias."""
    def union(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(a + b))

    execs = {e.name: e for e in base.executives}
    marked = entry.get("spokesperson_set", set())
    for e in entry.get("executives", ()):
        old = execs.get(e.name)
        execs[e.name] = e if old is None else Executive(
            e.name, e.role or old.role, union(old.aliases, e.aliases),
            e.spokesperson if e.name in marked else old.spokesperson)
    return replace(
        base,
        name=entry.get("name") or base.name,
        aliases=union(base.aliases, entry.get("aliases", ())),
        brands=union(base.brands, entry.get("brands", ())),
        models=union(base.models, entry.get("models", ())),
        handles=union(base.handles, entry.get("handles", ())),
        parent=entry.get("parent", base.parent),
        wikidata=entry.get("wikidata", base.wikidata),
        signatory=entry.get("signatory", base.signatory),
        executives=tuple(execs.values()),
    )


_DECLINED_KINDS = ("name", "alias", "brand")  # the forms that take a genitive or a Polish case ending
# Polish letters: a text holding one is taken as Polish (the tagger's "firma", the linker's case forms)
POLISH_LETTERS = re.compile(r"[ąęłńśźżĄĘŁŃŚŹŻ]")


def polish_case_forms(name: str) -> list[str]:
    """The forms Polish declines a one-word company name into ("do Mety", "przez Microsoftu", "z
    Mistralem"): stems ending in -a take -y/-ę/-ą (-ia: -ii), consonant stems -u/-a/-em/-owi. Vowel
    stems ("Google'a") keep the name and an apostrophe, which the name pattern already finds."""
    if not name.isalpha() or name.upper() == name:
        return []
    if name.endswith("ia"):
        return [name[:-1] + "i"]  # Nvidia -> Nvidii
    if name.endswith("a"):
        return [name[:-1] + ending for ending in ("y", "ę", "ą")]  # Meta -> Mety, Metę, Metą
    if name[-1].lower() in "aeiouy":
        return []
    return [name + ending for ending in ("u", "a", "em", "owi")]  # Microsoftu, Mistrala, Mistralem


class Registry:
    """All tracked companies with lookups by id, surface form and executive."""

    def __init__(self, companies: Iterable[Company]):
        self.companies: list[Company] = list(companies)
        self._by_id = {c.id: c for c in self.companies}
        if len(self._by_id) != len(self.companies):
            raise RegistryError("duplicate company ids in registry")
        self.surface_forms: list[SurfaceForm] = self._build_forms()
        self._exact: dict[str, SurfaceForm] = {}
        for f in self.surface_forms:
            self._exact.setdefault(f.text, f)
        self._folded: dict[str, SurfaceForm] = {}
        for f in self.surface_forms:
            self._folded.setdefault(f.text.casefold(), f)
        self._polish_forms = {v for f in self.surface_forms if f.kind in _DECLINED_KINDS and " " not in f.text
                              for v in polish_case_forms(f.text)}

    # -- loading -----------------------------------------------------------------------------
    @classmethod
    def load(cls, user_file: str | Path | None = None, base_file: str | Path | None = None) -> Registry:
        base_path = Path(base_file) if base_file else DEFAULT_REGISTRY
        companies: dict[str, Company] = {}
        for i, raw in enumerate(_read(base_path)):
            e = _parse_entry(raw, i, str(base_path), partial=False)
            if e["id"] in companies:
                raise RegistryError(f"{base_path}: duplicate company id {e['id']!r}")
            companies[e["id"]] = _merge(Company(id=e["id"], name=e["name"]), e)
        if user_file:
            path = Path(user_file)
            for i, raw in enumerate(_read(path)):
                e = _parse_entry(raw, i, str(path), partial=raw.get("id") in companies if isinstance(raw, dict) else False)
                if e["id"] in companies:
                    companies[e["id"]] = _merge(companies[e["id"]], e)
                    log.info("registry: %s extended by %s", e["id"], path)
                else:
                    companies[e["id"]] = _merge(Company(id=e["id"], name=e["name"]), e)
                    log.info("registry: %s added from %s", e["id"], path)
        reg = cls(companies.values())
        for c in reg.companies:
            if c.parent and c.parent not in reg._by_id:
                raise RegistryError(f"company {c.id!r}: parent {c.parent!r} is not in the registry")
            voices = [e.name for e in c.executives if e.spokesperson]
            if len(voices) > 1:
                raise RegistryError(f"company {c.id!r}: more than one spokesperson ({', '.join(voices)}); "
                                    "mark at most one executive, set 'spokesperson = false' on the others")
        return reg

    def _build_forms(self) -> list[SurfaceForm]:
        forms: list[SurfaceForm] = []
        for c in self.companies:
            forms.append(SurfaceForm(c.name, c.id, "name"))
            forms += [SurfaceForm(a, c.id, "alias") for a in c.aliases]
            forms += [SurfaceForm(b, c.id, "brand") for b in c.brands]
            for e in c.executives:
                forms.append(SurfaceForm(e.name, c.id, "executive", e.name))
                for a in e.aliases:
                    # A one-word alias is a surname: it needs extra checks ("Laura Smith" is not Brad Smith).
                    forms.append(SurfaceForm(a, c.id, "surname" if " " not in a else "executive", e.name))
        return forms

    # -- lookups -----------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.companies)

    def __iter__(self):
        return iter(self.companies)

    def __contains__(self, company_id: object) -> bool:
        return company_id in self._by_id

    def get(self, company_id: str) -> Company | None:
        return self._by_id.get(company_id)

    def by_id(self, company_id: str) -> Company:
        try:
            return self._by_id[company_id]
        except KeyError:
            raise KeyError(f"unknown company id {company_id!r}") from None

    def lookup(self, text: str) -> SurfaceForm | None:
        """The surface form ``text`` exactly as written in running text (case-sensitive policy)."""
        text = text.strip()
        form = self._exact.get(text)
        if form is not None:
            return form
        if len(text) >= 4 and text.isupper():
            form = self._folded.get(text.casefold())
            if form is not None and len(form.text) >= 4:
                return form
        if " " in text and all(w[:1].isupper() or not w[:1].isalpha() for w in text.split()):
            form = self._folded.get(text.casefold())
            if form is not None and " " in form.text:
                return form
        return None

    def is_polish_case_form(self, text: str) -> bool:
        """Is ``text`` a Polish case form of a name, alias or brand ("Mety", "Microsoftu")?"""
        return text in self._polish_forms

    def company_for(self, text: str) -> Company | None:
        form = self.lookup(text)
        return self._by_id[form.company_id] if form else None

    def executive(self, name: str) -> tuple[Executive, Company] | None:
        """An executive by full name or alias (surname), with their company."""
        form = self.lookup(name)
        if form is None or form.executive is None:
            return None
        company = self._by_id[form.company_id]
        return next((e, company) for e in company.executives if e.name == form.executive)

    def spokesperson(self, company_id: str) -> Executive | None:
        """The executive marked as the company's public voice on policy, if any."""
        return next((e for e in self.by_id(company_id).executives if e.spokesperson), None)

    def resolve(self, name: str) -> Company | None:
        """Resolve a user-typed company reference (classify CLI): id, name, alias, brand or executive.

        Users type names loosely, so this one is case-insensitive, unlike matching in text.
        """
        key = name.strip()
        if not key:
            return None
        if key in self._by_id:
            return self._by_id[key]
        form = self._exact.get(key) or self._folded.get(key.casefold())
        if form is not None:
            return self._by_id[form.company_id]
        slug = _slug(key)
        return self._by_id.get(slug)

    def variants(self, form: SurfaceForm) -> list[str]:
        """Spellings of ``form`` to look for in text: as written, plus ALL-CAPS for 4+ chars; for a
        one-word company name, alias or brand also the German genitive ("Metas", "OpenAIs": the linker
        keeps it only before a capitalised noun), the Polish case forms ("Mety", "Microsoftu": the
        linker keeps them only in a Polish text) and, for an inner capital, the lowered spelling
        reporting also uses ("Deepseek" for DeepSeek)."""
        text = form.text
        out = [text]
        if len(text) >= 4 and text.upper() != text:
            out.append(text.upper())
        if form.kind in _DECLINED_KINDS and " " not in text and len(text) >= 3:
            if text[-1] not in "sxzßSXZ" and text[-1].isalnum():
                out.append(text + "s")
            out.extend(polish_case_forms(text))
            if len(text) >= 5 and text[0].isupper() and any(ch.isupper() for ch in text[1:]) \
                    and text[1:].lower() != text[1:] and text.upper() != text:
                out.append(text[0] + text[1:].lower())
        return list(dict.fromkeys(out))

    def fingerprint(self) -> tuple:
        """A hashable summary used to cache pipelines per registry content."""
        return tuple((f.text, f.company_id, f.kind, f.executive) for f in self.surface_forms)


def training_marked_forms(path: Path | str | None = None) -> list[tuple[dict[str, Any], set[str]]]:
    """The bundled registry as the training marking reads it (``nlp.marking.name_spans``, and the
    model's training fingerprint): each company table with its name, aliases, brands and executives'
    names and aliases, leaving out companies added with ``training = false``."""
    data = read_toml(Path(path or DEFAULT_REGISTRY), "registry file")
    out = []
    for c in data.get("company", []):
        if c.get("training") is False:  # added after the training data: its rows keep the text they were built with
            continue
        forms = {c["name"], *c.get("aliases", []), *c.get("brands", [])}
        for ex in c.get("executive", []):
            forms.add(ex["name"])
            forms.update(ex.get("aliases", []))
        out.append((c, {f for f in forms if f}))
    return out


def slugify(name: str) -> str:
    """The id given to a company the registry does not know (classify CLI)."""
    return _slug(name)


@lru_cache(maxsize=8)
def load_registry(user_file: str | None = None) -> Registry:
    """Cached registry load; the bundled file plus an optional user file."""
    return Registry.load(user_file)
