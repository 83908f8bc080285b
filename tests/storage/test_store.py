"""Store behaviour on real databases: migrations, dedupe, idempotence, analysis, series."""
from __future__ import annotations

import hashlib

import pytest
import sqlalchemy as sa

from crawler.items import ExtractedDocument
from nlp.types import StanceResult
from storage.db import StorageError, migrate
from storage.store import FetchEntry, Store, jaccard

BASE_TEXT = (
    "Meta will not sign the European Commission's code of practice for general-purpose AI, "
    "its chief global affairs officer wrote on Friday, arguing the code goes beyond the AI Act. "
    "Microsoft said it would likely sign, while OpenAI and Mistral AI have already committed. "
    "The code covers transparency, copyright and safety and security obligations for model providers."
)


def doc(url: str, text: str = BASE_TEXT, canonical: str | None = None, simhash: int = 0x0123456789ABCDEF) -> ExtractedDocument:
    return ExtractedDocument(
        url=url, canonical_url=canonical or url, source_id="s1", title="t", author=None,
        published="2025-07-18", language="en", text=text, raw_html=b"<html>" + text.encode() + b"</html>",
        content_hash=hashlib.sha256(text.encode()).hexdigest(), simhash=simhash,
    )


@pytest.fixture
def store(db_url):
    s = Store(db_url)
    s.ensure_source("s1", "feed", "http://127.0.0.1/feed.xml")
    yield s
    s.close()



def test_store_is_a_context_manager_that_closes(db_url):
    with Store(db_url) as store:
        store.ensure_source("s1", "feed", None)
        assert [s.id for s in store.sources()] == ["s1"]
        assert store.engine.pool.checkedin() >= 1  # a pooled connection, open
    assert store.engine.pool.checkedin() == 0  # disposed on the way out
    with pytest.raises(RuntimeError), Store(db_url) as failing:
        assert failing.document_count() == 0
        raise RuntimeError("the body fails")
    assert failing.engine.pool.checkedin() == 0  # closed all the same

def test_migrate_is_idempotent(db_url):
    s = Store(db_url)
    migrate(s.engine)  # second upgrade is a no-op
    names = set(sa.inspect(s.engine).get_table_names())
    assert {"sources", "documents", "mentions", "timeseries", "runs", "fetch_errors", "reviews", "fetch_log"} <= names
    with s.engine.connect() as conn:
        assert conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar() == "0003"
    s.close()


def test_add_document_writes_the_fetch_log_in_its_transaction(store):
    entry = FetchEntry(urls=("http://a.example/x?r=1", "http://a.example/x"), source_id=None, status=200,
                       etag='"v1"', lastmod="2025-07-01")
    first = store.add_document(doc("http://a.example/x"), entry)
    again = store.add_document(doc("http://a.example/x"), entry)
    assert (first.outcome, again.outcome) == ("stored", "unchanged")
    for url in entry.urls:
        row = store.fetch_state(url)
        assert (row.outcome, row.document_id, row.status, row.etag, row.lastmod, row.reason) == (
            "unchanged", first.document_id, 200, '"v1"', "2025-07-01", None)


def test_failed_fetch_log_write_keeps_the_document(store, monkeypatch):
    def broken(conn, url, values):
        raise sa.exc.OperationalError("UPDATE fetch_log", {}, Exception("disk I/O error"))

    monkeypatch.setattr(Store, "_write_fetch", staticmethod(broken))
    res = store.add_document(doc("http://a.example/x"), FetchEntry(urls=("http://a.example/x",), source_id=None,
                                                                   status=200))
    assert res.outcome == "stored" and store.document_count() == 1
    assert store.fetch_state("http://a.example/x") is None


def test_same_document_twice_is_stored_once(store):
    first = store.add_document(doc("http://a.example/x"))
    again = store.add_document(doc("http://a.example/x"))
    assert first.outcome == "stored" and again.outcome == "unchanged"
    assert again.document_id == first.document_id
    assert store.document_count() == 1


def test_same_canonical_url_is_the_same_document(store):
    store.add_document(doc("http://a.example/x", canonical="http://a.example/x"))
    res = store.add_document(doc("http://a.example/x?utm_source=rss", canonical="http://a.example/x"))
    assert res.outcome == "unchanged"
    assert store.document_count() == 1


def test_updated_text_replaces_and_requeues_analysis(store):
    first = store.add_document(doc("http://a.example/x"))
    store.save_analysis(first.document_id, [], "rules-v1")
    assert store.documents_for_analysis() == []
    res = store.add_document(doc("http://a.example/x", text=BASE_TEXT + " Update: Meta confirmed it."))
    assert res.outcome == "updated"
    assert [d.id for d in store.documents_for_analysis()] == [first.document_id]


def test_exact_copy_on_other_url_is_a_duplicate(store):
    first = store.add_document(doc("http://a.example/x"))
    copy = store.add_document(doc("http://b.example/syndicated"))
    assert copy.outcome == "duplicate" and copy.duplicate_of == first.document_id
    rows = {r.url: r for r in store.iter_documents()}
    assert rows["http://b.example/syndicated"].duplicate_of == "http://a.example/x"
    assert rows["http://a.example/x"].duplicate_of is None


def test_near_copy_sharing_a_simhash_band_is_a_duplicate(store):
    first = store.add_document(doc("http://a.example/x", simhash=0x1111_2222_3333_4444))
    edited = BASE_TEXT.replace("on Friday", "on Friday morning") + " Reporting by a wire service."
    assert jaccard(edited, BASE_TEXT) > 0.7
    near = store.add_document(doc("http://b.example/y", text=edited, simhash=0x1111_2222_3333_9999))
    assert near.duplicate_of == first.document_id


def test_different_story_with_colliding_band_is_not_a_duplicate(store):
    store.add_document(doc("http://a.example/x", simhash=0x1111_2222_3333_4444))
    other = "Apple released a new phone on Tuesday with a faster chip and a brighter screen for customers."
    res = store.add_document(doc("http://b.example/z", text=other, simhash=0x1111_0000_0000_0000))
    assert res.outcome == "stored" and res.duplicate_of is None


def test_save_analysis_replaces_mentions(store):
    d = store.add_document(doc("http://a.example/x")).document_id
    r1 = StanceResult("meta", "Meta", "refuse", 0.9, "Meta won't be signing it.", "Joel Kaplan")
    store.save_analysis(d, [r1], "rules-v1")
    store.save_analysis(d, [r1, StanceResult("microsoft", "Microsoft", "undecided", 0.7)], "rules-v1")
    rows = list(store.iter_mentions())
    assert sorted(r.company for r in rows) == ["Meta", "Microsoft"]
    meta = next(r for r in rows if r.company == "Meta")
    assert meta.speaker == "Joel Kaplan" and meta.url == "http://a.example/x"


def test_source_backoff_after_failures(store):
    assert store.source_due("s1")
    store.record_source_result("s1", "HTTP 500 on feed")
    assert not store.source_due("s1")
    src = store.sources()[0]
    assert src.consecutive_failures == 1 and "500" in src.last_error
    store.record_source_result("s1", None)
    assert store.source_due("s1")


def test_runs_and_errors_are_recorded(store):
    run_id = store.start_run("run")
    store.record_error(run_id, "s1", "http://a.example/dead", "HTTP 404")
    store.finish_run(run_id, "ok", message="done", pages_fetched=3)
    assert store.run(run_id).pages_fetched == 3
    assert [e.reason for e in store.errors(run_id)] == ["HTTP 404"]


def test_bad_database_url_is_a_clear_error(tmp_path):
    with pytest.raises(StorageError):
        Store("nosuchdialect://x/y")
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises((StorageError, OSError)):
        Store(f"sqlite:///{blocker}/sub/db.sqlite")


def test_earlier_published_copy_becomes_the_original(store):
    later = doc("http://b.example/wire-copy")
    later.published = "2025-07-18T13:05:00+00:00"
    first = store.add_document(later)
    earlier = doc("http://a.example/original")
    earlier.published = "2025-07-18T09:30:00+00:00"
    res = store.add_document(earlier)
    assert res.outcome == "stored" and res.duplicate_of is None
    rows = {r.url: r.duplicate_of for r in store.iter_documents()}
    assert rows == {"http://b.example/wire-copy": "http://a.example/original", "http://a.example/original": None}
    assert first.document_id != res.document_id
