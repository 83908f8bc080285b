"""Typed records for the NLP stage."""
from __future__ import annotations

from dataclasses import dataclass

from storage.records import STANCES, TITLE_ONLY, Stance, StanceResult

__all__ = ["STANCES", "TITLE_ONLY", "Company", "CompanySpan", "Executive", "Stance", "StanceResult"]


@dataclass(frozen=True)
class Executive:
    name: str
    role: str = ""
    aliases: tuple[str, ...] = ()
    spokesperson: bool = False  # the company's public voice on policy/regulation (at most one per company)


@dataclass(frozen=True)
class Company:
    id: str  # stable slug, e.g. "meta"
    name: str  # canonical display name, e.g. "Meta"
    aliases: tuple[str, ...] = ()
    brands: tuple[str, ...] = ()  # products/subsidiaries that stand for the company (Facebook, DeepMind)
    parent: str | None = None  # id of the parent company, if any
    executives: tuple[Executive, ...] = ()
    handles: tuple[str, ...] = ()  # social handles, e.g. "@meta.com" (Bluesky), "@Meta@mastodon.social"
    wikidata: str | None = None
    signatory: str = "unknown"  # signed | signed-partial | refused | unknown (public record, as of the registry)
    models: tuple[str, ...] = ()  # flagship model/product names as used in reporting (Gemini, Llama, ChatGPT)


@dataclass
class CompanySpan:
    """One place in a text that refers to a company."""

    company_id: str
    sentence_index: int
    start: int  # character offsets in the document text
    end: int
    text: str
    via: str = "alias"  # alias | brand | executive | possessive | coref

