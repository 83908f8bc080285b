"""Syndicated copies the SimHash bands miss are found through shared passage fingerprints, on
SQLite and PostgreSQL; different stories sharing a sentence are not duplicates."""
from __future__ import annotations

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.config import Config

from crawler.items import ExtractedDocument
from storage import dedup
from storage import schema as t
from storage.db import MIGRATIONS_DIR, create_engine
from storage.fingerprints import (
    FINGERPRINT_PARAGRAPHS,
    FINGERPRINT_WINDOWS,
    _signed_hash64,
    content_hash,
    fingerprints,
    hamming,
    simhash,
    words,
)
from storage.store import Store, jaccard

BRIEF = ("BRUSSELS (Reuters) - Meta Platforms will not sign the European Union's code of practice for "
         "general-purpose artificial intelligence models, its global affairs chief said on Friday, calling the "
         "voluntary rules an overreach that would stunt the development of frontier models in Europe. "
         "Microsoft is likely to sign, its president said, while OpenAI and the French start-up Mistral have "
         "already committed to the code, which asks providers to document training data, respect copyright "
         "and assess systemic risks before release.")
# The wire copy: another dateline and an added headline sentence, in the brief's only paragraph.
BRIEF_COPY = BRIEF.replace(
    "BRUSSELS (Reuters) - ",
    "BRUSSELS, July 18 (Atlantic Newswire) - Tech giants split over Europe's voluntary AI rulebook as the "
    "deadline nears. ")

PARAGRAPHS = [
    "Meta Platforms will not sign the European Union's code of practice for general-purpose AI models, the "
    "company's global affairs chief wrote on Friday, arguing that the rules go well beyond the scope of the AI Act.",
    "The code, drafted by independent experts over ten months, asks model providers to document their training "
    "data, to respect copyright when crawling the web and to assess systemic risks before a release.",
    "Microsoft's president told reporters the company would likely sign after reading the final text, while "
    "OpenAI and the French start-up Mistral said weeks ago that they had already committed.",
    "Signatories will be presumed to comply with the law's obligations for general-purpose models, which apply "
    "from August, and the AI Office says it will focus on cooperation rather than fines in the first year.",
    "Critics in the European Parliament said the company was trying to reopen a settled debate and urged the "
    "Commission not to soften the obligations in response to pressure from large platforms.",
    "The Commission has said it will publish the list of signatories before the rules take effect and that the "
    "door stays open for companies that decide later.",
]
ARTICLE = "\n".join(PARAGRAPHS)
# An added intro paragraph, the closing paragraph dropped.
ARTICLE_COPY = "\n".join(["Atlantic Newswire summary: where the largest AI developers stand on Europe's code of "
                          "practice."] + PARAGRAPHS[:-1])

STANDFIRST = "AI rules: what we know"  # under 8 words: never a fingerprint of its own
SHARED = "Meta will not sign the code of practice, its global affairs chief said on Friday."
OTHER_A = "\n".join([STANDFIRST, SHARED,
                     "The social media company objected to copyright and transparency duties it called legally "
                     "uncertain, and said the drafting had excluded developers. Analysts in Brussels expect a long "
                     "fight over the rules."])
OTHER_B = "\n".join([STANDFIRST, SHARED,
                     "Google has not yet decided whether to join, a spokesperson said, and Amazon declined to "
                     "comment. The Commission will publish the names of signatories in August."])


def _bands(h: int) -> set[tuple[int, int]]:
    return {(i, (h >> 16 * i) & 0xFFFF) for i in range(4)}


def doc(url: str, text: str, published: str = "2025-07-18T09:00:00+00:00") -> ExtractedDocument:
    """A document with the crawler's real keys (content hash and SimHash of the text)."""
    return ExtractedDocument(
        url=url, canonical_url=url, source_id="s1", title="t", author=None, published=published, language="en",
        text=text, raw_html=b"<html></html>", content_hash=content_hash(text), simhash=simhash(text),
    )


def _fingerprint_rows(store: Store, document_id: int) -> list[int]:
    pf = t.paragraph_fingerprints.c
    with store.engine.connect() as conn:
        return sorted(conn.execute(sa.select(pf.fingerprint).where(pf.document_id == document_id)).scalars())


@pytest.fixture
def store(db_url):
    s = Store(db_url)
    s.ensure_source("s1", "feed", None)
    yield s
    s.close()


# ---- the keys ------------------------------------------------------------------------------------
def test_fingerprints_are_bounded_and_skip_short_text():
    assert fingerprints("") == [] and fingerprints("AI rules: what we know today") == []
    long_text = "\n".join(f"Paragraph {i} " + " ".join(f"word{i}x{j}" for j in range(40)) for i in range(30))
    keys = fingerprints(long_text)
    assert len(keys) == FINGERPRINT_PARAGRAPHS + FINGERPRINT_WINDOWS <= 16 and keys == sorted(set(keys))
    assert all(-(1 << 63) <= k < (1 << 63) for k in keys)  # fits a signed BIGINT
    # Cosmetic differences (case, punctuation, spacing) do not change a paragraph's key.
    assert fingerprints(PARAGRAPHS[0]) == fingerprints("  " + PARAGRAPHS[0].upper().replace(",", " ;") + " ")


def test_the_cases_below_are_out_of_reach_of_the_simhash_bands():
    for a, b in ((BRIEF, BRIEF_COPY), (ARTICLE, ARTICLE_COPY)):
        assert jaccard(a, b) >= 0.7
        assert hamming(simhash(a), simhash(b)) > 3 and not _bands(simhash(a)) & _bands(simhash(b))
    assert jaccard(OTHER_A, OTHER_B) < 0.7
    # They share a whole paragraph key, so the Jaccard check is what keeps them apart.
    assert set(fingerprints(OTHER_A)) & set(fingerprints(OTHER_B))


# ---- the store -----------------------------------------------------------------------------------
def test_brief_with_added_headline_and_other_dateline_is_a_duplicate(store):
    first = store.add_document(doc("http://a.example/brief", BRIEF))
    copy = store.add_document(doc("http://wire.example/brief", BRIEF_COPY, "2025-07-18T13:00:00+00:00"))
    assert (copy.outcome, copy.duplicate_of) == ("duplicate", first.document_id)
    rows = {r.url: r.duplicate_of for r in store.iter_documents()}
    assert rows["http://wire.example/brief"] == "http://a.example/brief"


def test_article_with_added_intro_and_dropped_closing_paragraph_is_a_duplicate(store):
    first = store.add_document(doc("http://a.example/article", ARTICLE))
    copy = store.add_document(doc("http://wire.example/article", ARTICLE_COPY, "2025-07-19T08:00:00+00:00"))
    assert (copy.outcome, copy.duplicate_of) == ("duplicate", first.document_id)


def test_different_briefs_sharing_a_standfirst_and_a_sentence_are_not_duplicates(store):
    store.add_document(doc("http://a.example/one", OTHER_A))
    other = store.add_document(doc("http://b.example/two", OTHER_B))
    assert (other.outcome, other.duplicate_of) == ("stored", None)


def test_earlier_published_copy_found_by_fingerprints_becomes_the_original(store):
    wire = store.add_document(doc("http://wire.example/brief", BRIEF_COPY, "2025-07-18T13:00:00+00:00"))
    third = store.add_document(doc("http://c.example/brief", BRIEF_COPY + " Reporting by the desk.",
                                   "2025-07-18T15:00:00+00:00"))
    assert third.duplicate_of == wire.document_id
    original = store.add_document(doc("http://a.example/brief", BRIEF, "2025-07-18T09:00:00+00:00"))
    assert (original.outcome, original.duplicate_of) == ("stored", None)
    rows = {r.url: r.duplicate_of for r in store.iter_documents()}
    assert rows == {"http://wire.example/brief": "http://a.example/brief",
                    "http://c.example/brief": "http://a.example/brief", "http://a.example/brief": None}


def test_fingerprints_are_written_with_the_document_and_replaced_on_update(store):
    first = store.add_document(doc("http://a.example/article", ARTICLE))
    assert _fingerprint_rows(store, first.document_id) == fingerprints(ARTICLE)
    updated = store.add_document(doc("http://a.example/article", BRIEF))
    assert updated.outcome == "updated" and updated.document_id == first.document_id
    assert _fingerprint_rows(store, first.document_id) == fingerprints(BRIEF)


def test_a_key_on_many_documents_is_not_stored_again(store, monkeypatch):
    monkeypatch.setattr(dedup, "FINGERPRINT_MAX_USES", 2)
    boilerplate = "Sign up for our weekly newsletter to get the latest policy news in your inbox every Monday."
    key = _signed_hash64(" ".join(words(boilerplate)))  # the boilerplate paragraph's key
    ids = [store.add_document(doc(f"http://a.example/{i}", f"{PARAGRAPHS[i]}\n{boilerplate}")).document_id
           for i in range(4)]
    have = [key in _fingerprint_rows(store, i) for i in ids]
    assert have == [True, True, False, False]


def test_upgrade_fingerprints_documents_stored_before_it(db_url):
    engine = create_engine(db_url)
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0002")
    d = doc("http://a.example/brief", BRIEF)
    with engine.begin() as conn:
        conn.execute(sa.text(
            "INSERT INTO documents (url, canonical_url, source_kind, text, content_hash, simhash, sh_band0, "
            "sh_band1, sh_band2, sh_band3, fetched_at, published) VALUES (:u, :u, 'news', :text, :h, 0, 0, 0, 0, "
            "0, :at, :pub)"), {"u": d.url, "text": d.text, "h": d.content_hash, "at": d.fetched_at,
                               "pub": d.published})
    engine.dispose()
    store = Store(db_url)
    store.ensure_source("s1", "feed", None)
    try:
        (original_id,) = [r.id for r in store.iter_documents()]
        assert _fingerprint_rows(store, original_id) == fingerprints(BRIEF)
        copy = store.add_document(doc("http://wire.example/brief", BRIEF_COPY, "2025-07-18T13:00:00+00:00"))
        assert copy.duplicate_of == original_id
    finally:
        store.close()


def test_a_candidate_updated_in_place_is_compared_by_its_new_text(store):
    first = store.add_document(doc("http://a.example/story", ARTICLE))
    # Shares a paragraph with the article, so the article is a candidate (and its shingles cached).
    other = store.add_document(doc("http://b.example/other", PARAGRAPHS[0] + "\n" + OTHER_A))
    assert other.duplicate_of is None
    assert store.add_document(doc("http://a.example/story", BRIEF)).outcome == "updated"
    copy = store.add_document(doc("http://wire.example/brief", BRIEF_COPY, "2025-07-18T13:00:00+00:00"))
    assert copy.duplicate_of == first.document_id


def test_a_story_copied_more_often_than_its_keys_are_kept_is_still_found(store, monkeypatch):
    # Only the fingerprint route: no two pages meet on a SimHash band.
    monkeypatch.setattr(dedup, "simhash_bands", lambda h: {f"sh_band{i}": (h >> (8 * i)) & 0x7FFFFFFF
                                                          for i in range(4)})
    monkeypatch.setattr(dedup, "FINGERPRINT_MAX_USES", 2)  # keys saturate after two pages
    first = store.add_document(doc("http://a.example/article", ARTICLE))
    for i in range(4):
        copy = store.add_document(doc(f"http://wire{i}.example/article",
                                      f"Wire desk {i}: where the AI developers stand, our summary number {i}.\n"
                                      + "\n".join(PARAGRAPHS[:-1]), "2025-07-19T08:00:00+00:00"))
        assert copy.duplicate_of == first.document_id, i
    pf = t.paragraph_fingerprints.c
    with store.engine.connect() as conn:
        most = conn.execute(sa.select(sa.func.count()).select_from(t.paragraph_fingerprints).group_by(pf.fingerprint)
                            .order_by(sa.func.count().desc()).limit(1)).scalar()
    assert most == 2


def test_a_short_brief_republished_with_a_wire_line_is_a_copy_but_a_long_article_quoting_it_is_not():
    from storage.store import _near_duplicate, _shingles

    brief = ("The French developer said on Tuesday it would sign the EU code of practice for "
             "general-purpose models, joining several American rivals.")
    wire = "Atlantic Newswire — syndicated from our partners, all rights reserved. " + brief
    assert _near_duplicate(_shingles(brief), _shingles(wire))  # Jaccard ~0.6, contained wholly
    article = brief + " " + " ".join(
        f"Paragraph {i} of a long analysis covers fines, timelines, copyright duties and what regulators "
        f"in member state number {i} expect from providers of large models over the coming years."
        for i in range(4))
    assert not _near_duplicate(_shingles(brief), _shingles(article))  # quoted whole, but not a copy
