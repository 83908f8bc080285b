"""A small, fully known evidence base written through the real Store (no model involved).

``SEED`` is the evidence the digest golden files are built from; ``DEMO_EXTRA`` adds what the
notebooks and the review loop need to show anything: more outlets and languages, low-confidence
and conflicting mentions, and fetch failures. ``seed_demo_database`` writes both.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import logging

import sqlalchemy as sa

from crawler.items import ExtractedDocument
from nlp.types import StanceResult
from storage import schema as t
from storage.store import Store

log = logging.getLogger(__name__)

# (url, published, source_kind, [(company_id, company, stance, confidence, evidence, speaker)])
SEED = [
    ("https://news.example/2025/07/03/code-published", "2025-07-03", "news", [
        ("google", "Google", "undecided", 0.8, "Google said it was still reviewing the final text of the code.", None),
        ("meta", "Meta", "none", 0.9, None, None),
    ]),
    ("https://openai.example/blog/eu-code", "2025-07-11", "statement", [
        ("openai", "OpenAI", "sign", 0.95, "OpenAI intends to sign the EU's code of practice for general-purpose AI.", None),
    ]),
    ("https://news.example/2025/07/18/meta-declines", "2025-07-18", "news", [
        ("meta", "Meta", "refuse", 0.93, "“Meta won’t be signing it,” Kaplan wrote on LinkedIn.", "Joel Kaplan"),
        ("microsoft", "Microsoft", "undecided", 0.81, "Smith said Microsoft would likely sign the code.", "Brad Smith"),
        ("openai", "OpenAI", "sign", 0.9, "OpenAI has already committed to signing.", None),
    ]),
    ("https://wire.example/copy/meta-declines", "2025-07-18", "news", [  # syndicated copy
        ("meta", "Meta", "refuse", 0.93, "“Meta won’t be signing it,” Kaplan wrote on LinkedIn.", "Joel Kaplan"),
    ]),
    ("https://blog.google.example/eu-code", "2025-07-30", "statement", [
        ("google", "Google", "sign", 0.94, "We will join several other AI model providers in signing the code.", "Kent Walker"),
    ]),
    ("https://commission.example/signatories", "2025-08-01", "official", [
        ("microsoft", "Microsoft", "sign", 0.97, "Microsoft is listed among the signatories of the code.", None),
        ("google", "Google", "sign", 0.97, "Google is listed among the signatories of the code.", None),
        ("openai", "OpenAI", "sign", 0.97, "OpenAI is listed among the signatories of the code.", None),
    ]),
    ("https://news.example/2025/08/05/<script>alert(1)</script>", "2025-08-05", "news", [
        ("google", "Google", "undecided", 0.7, "<img src=x onerror=alert(1)> Google may still reconsider.", "<b>Anon</b>"),
    ]),
]

# (url, published, source_kind, source_id, language, mentions) — extra outlets, languages and doubt.
DEMO_EXTRA = [
    ("https://eu-wire.example/de/2025/07/24/mistral", "2025-07-24", "news", "eu-wire", "de", [
        ("mistral-ai", "Mistral AI", "sign", 0.55, "Mistral AI wird den Verhaltenskodex unterzeichnen, heißt es in Paris.", None),
    ]),
    ("https://tech-fr.example/2025/07/24/mistral-hesite", "2025-07-24", "news", "tech-fr", "fr", [
        ("mistral-ai", "Mistral AI", "undecided", 0.66, "Mistral AI examine encore le code de bonnes pratiques.", "Arthur Mensch"),
    ]),
    ("https://eu-wire.example/en/2025/07/28/xai-safety-chapter", "2025-07-28", "news", "eu-wire", "en", [
        ("xai", "xAI", "undecided", 0.45, "xAI said it would sign the safety and security chapter only.", None),
        ("meta", "Meta", "none", 0.52, None, None),
    ]),
    ("https://anthropic.example/news/eu-code", "2025-08-04", "statement", "company-blogs", "en", [
        ("anthropic", "Anthropic", "sign", 0.92, "Anthropic intends to sign the EU General-Purpose AI Code of Practice.", None),
    ]),
]

# (source_id, kind, url, [(when, failing url, reason)])
DEMO_SOURCES = [
    ("eu-wire", "feed", "https://eu-wire.example/feed.xml", [
        ("2025-07-24T06:00:00", "https://eu-wire.example/feed.xml", "HTTP 503 Service Unavailable"),
        ("2025-07-30T06:00:00", "https://eu-wire.example/en/2025/07/30/paywalled", "HTTP 403 Forbidden"),
    ]),
    ("tech-fr", "sitemap", "https://tech-fr.example/sitemap.xml", [
        ("2025-08-04T06:00:00", "https://tech-fr.example/2025/08/04/timeout", "timeout after 30 s"),
    ]),
    ("company-blogs", "urls", None, []),
]


def _simhash(url: str) -> int:
    """A stable stand-in for the text SimHash (unrelated URLs must not look like near duplicates)."""
    return int.from_bytes(hashlib.sha256(url.encode()).digest()[:8], "big")


def _document(url: str, published: str, kind: str, source_id: str, language: str, text: str) -> ExtractedDocument:
    return ExtractedDocument(
        url=url, canonical_url=url, source_id=source_id, title=f"Title of {url.rsplit('/', 1)[-1]}", author=None,
        published=published, language=language, text=text, raw_html=b"", source_kind=kind,
        content_hash=hashlib.sha256(text.encode()).hexdigest(), simhash=_simhash(url),
        fetched_at=dt.datetime.fromisoformat(published + "T12:00:00+00:00"),
    )


def _results(mentions) -> list[StanceResult]:
    return [StanceResult(*m[:5], speaker=m[5]) for m in mentions]


def seed_store(store: Store) -> None:
    """Write ``SEED`` (the digest goldens' evidence) into ``store``; the series is not rebuilt."""
    store.ensure_source("seed", "urls", None)
    original_text = ""
    for url, published, kind, mentions in SEED:
        text = " ".join(m[4] or m[1] for m in mentions) + " " + url
        if "copy" in url:
            text = original_text  # the syndicated copy carries the original's text
        res = store.add_document(_document(url, published, kind, "seed", "en", text))
        if "meta-declines" in url and "copy" not in url:
            original_text = text
        store.save_analysis(res.document_id, _results(mentions), "seed")


def seed_demo_extra(store: Store) -> None:
    """More outlets, languages, doubtful and conflicting mentions, and fetch failures."""
    for source_id, kind, url, _ in DEMO_SOURCES:
        store.ensure_source(source_id, kind, url)
    for url, published, kind, source_id, language, mentions in DEMO_EXTRA:
        text = " ".join(m[4] or m[1] for m in mentions) + " " + url
        res = store.add_document(_document(url, published, kind, source_id, language, text))
        store.save_analysis(res.document_id, _results(mentions), "seed")
    with store.engine.begin() as conn:
        known = {(r.source_id, r.url, r.reason) for r in conn.execute(
            sa.select(t.fetch_errors.c.source_id, t.fetch_errors.c.url, t.fetch_errors.c.reason))}
        for source_id, _, _, failures in DEMO_SOURCES:
            for when, url, reason in failures:
                if (source_id, url, reason) in known:
                    continue  # seeding twice must not double the failures
                at = dt.datetime.fromisoformat(when).replace(tzinfo=dt.UTC)
                conn.execute(t.fetch_errors.insert().values(run_id=None, source_id=source_id, url=url,
                                                            reason=reason, at=at))


def seed_demo_database(url: str, *, extra: bool = True) -> dict:
    """Create (or top up) a demo database at ``url`` and rebuild its series; idempotent.

    Returns counts of what the database then holds.
    """
    from stancewatch.cycle import RunSummary, update_timeseries  # pipeline imports heavy modules lazily

    store = Store(url)
    try:
        seed_store(store)
        if extra:
            seed_demo_extra(store)
        summary = RunSummary()
        update_timeseries(store, summary)
        counts = {"documents": store.document_count(), "mentions": sum(1 for _ in store.iter_mentions()),
                  "timeseries_rows": summary.timeseries_rows, "errors": len(store.errors())}
    finally:
        store.close()
    log.info("demo database %s: %s", url, counts)
    return counts
