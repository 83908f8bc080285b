"""A small, fully known evidence base written through the real Store (no model involved)."""
from __future__ import annotations

import hashlib

from crawler.items import ExtractedDocument
from nlp.types import StanceResult
from storage.store import Store

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


def seed_store(store: Store) -> None:
    store.ensure_source("seed", "urls", None)
    original = None
    for url, published, kind, mentions in SEED:
        text = " ".join(m[4] or m[1] for m in mentions) + " " + url
        if "copy" in url:
            text = original_text
        doc = ExtractedDocument(
            url=url, canonical_url=url, source_id="seed", title=f"Title of {url.rsplit('/', 1)[-1]}", author=None,
            published=published, language="en", text=text, raw_html=b"", source_kind=kind,
            content_hash=hashlib.sha256(text.encode()).hexdigest(), simhash=hash(url) & ((1 << 64) - 1),
        )
        res = store.add_document(doc)
        if original is None or "meta-declines" in url and "copy" not in url:
            original, original_text = res.document_id, text
        store.save_analysis(res.document_id, [StanceResult(*m[:5], speaker=m[5]) for m in mentions], "seed")
