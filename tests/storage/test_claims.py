"""Analysis workers claim documents: never the same one twice, stale claims are taken over
(on SQLite and on PostgreSQL)."""
from __future__ import annotations

import dataclasses
import datetime as dt
import threading

import sqlalchemy as sa

from crawler.items import ExtractedDocument
from nlp.types import StanceResult
from storage import schema as t
from storage.store import Store


def _doc(i: int) -> ExtractedDocument:
    return ExtractedDocument(
        url=f"https://example.org/{i}", canonical_url=f"https://example.org/{i}", source_id=None,
        source_kind="news", title=f"T{i}", author=None, published="2025-07-01", language="en",
        text=f"Unique text number {i} " + f"word{i} " * 40, raw_html=b"", content_hash=f"h{i}",
        simhash=i * 7919, etag=None, last_modified=None,
        fetched_at=dt.datetime(2025, 7, 1, tzinfo=dt.UTC))


def _seed(url: str, n: int) -> Store:
    store = Store(url)
    for i in range(n):
        store.add_document(_doc(i))
    return store


def test_concurrent_claims_are_disjoint(db_url):
    store = _seed(db_url, 60)
    got: dict[str, list[int]] = {}

    def worker(name: str) -> None:
        s = Store(db_url, migrate_schema=False)
        mine = got.setdefault(name, [])
        while batch := s.claim_documents(name, 4):
            mine += [d.id for d in batch]
            for d in batch:
                s.save_analysis(d.id, [StanceResult(company_id="meta", company="Meta", stance="none",
                                                       confidence=0.5)], "test")
        s.close()

    threads = [threading.Thread(target=worker, args=(f"w{i}",)) for i in range(4)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    claimed = [i for ids in got.values() for i in ids]
    assert sorted(claimed) == sorted(set(claimed)) and len(claimed) == 60
    assert store.unanalyzed_count() == 0 and store.claim_holders() == []
    store.close()


def test_claims_expire_and_release(db_url):
    store = _seed(db_url, 5)
    first = store.claim_documents("host:1:a", 3)
    assert [d.id for d in first] == [1, 2, 3] and {"text", "title", "url"} <= {f.name for f in dataclasses.fields(first[0])}
    assert [d.id for d in store.claim_documents("host:2:b", 10)] == [4, 5]
    assert store.claim_documents("host:3:c", 10) == []
    assert sorted(store.claim_holders()) == ["host:1:a", "host:2:b"]
    with store.engine.begin() as conn:  # a:s claims are an hour old: its worker died elsewhere
        conn.execute(t.documents.update().where(t.documents.c.claimed_by == "host:1:a")
                     .values(claimed_at=dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)))
    assert [d.id for d in store.claim_documents("host:3:c", 10, stale_after=1800)] == [1, 2, 3]
    assert store.release_claims(["host:2:b"]) == 2
    assert [d.id for d in store.claim_documents("host:4:d", 10)] == [4, 5]
    store.close()


def test_abandoned_runs_are_marked(db_url):
    store = Store(db_url)
    killed = store.start_run("run")
    worker = store.start_run("worker-crawl")
    assert store.abandon_runs(["run", "crawl"]) == 1
    assert store.run(killed).status == "abandoned" and store.run(worker).status == "running"
    with store.engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(t.runs)).scalar_one() == 2
    store.close()
