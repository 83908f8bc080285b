"""End-to-end: real Scrapy crawls of the bundled demo site into a real SQLite database."""
from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

import pytest

from stancewatch.config import AppConfig
from stancewatch.crawling import CrawlSummary, run_crawl
from stancewatch.site_server import DEMO_SITE_DIR, StaticSite
from storage.records import DocumentInfo
from storage.store import Store
from tests.crawler.conftest import demo_sources


def _path(url: str) -> str:
    return urlsplit(url).path


@dataclass
class DemoRuns:
    """Three crawls of one demo site into one database, shared by this module's tests."""

    site: StaticSite
    store: Store
    first: CrawlSummary
    first_requests: list[str]
    second: CrawlSummary
    second_requests: list[str]
    revisit: CrawlSummary
    count_after_first: int
    count_after_second: int


@pytest.fixture(scope="module")
def runs(tmp_path_factory) -> DemoRuns:
    db = f"sqlite:///{tmp_path_factory.mktemp('demo')}/t.db"
    with StaticSite(DEMO_SITE_DIR) as site:
        cfg = AppConfig()
        cfg.storage.url = db
        cfg.crawl.allow_private_networks, cfg.crawl.download_delay, cfg.crawl.retry_times = True, 0.0, 0
        cfg.sources = demo_sources(site.base_url)
        store = Store(db)
        first = run_crawl(cfg, None)
        first_requests, count1 = list(site.requests), store.document_count()
        site.requests.clear()
        second = run_crawl(cfg, None)
        second_requests, count2 = list(site.requests), store.document_count()
        cfg.crawl.revisit_after_hours = 0  # everything due: must revalidate, not re-download
        revisit = run_crawl(cfg, None)
        yield DemoRuns(site, store, first, first_requests, second, second_requests, revisit, count1, count2)
        store.close()


def test_every_manifest_article_stored_once(runs, manifest):
    by_path: dict[str, list[DocumentInfo]] = {}
    for doc in runs.store.iter_documents():
        by_path.setdefault(_path(doc.canonical_url), []).append(doc)
    expected = {entry["path"] for entry in manifest}
    assert set(by_path) == expected
    assert all(len(v) == 1 for v in by_path.values()), {k: len(v) for k, v in by_path.items() if len(v) > 1}
    assert runs.first.documents_new + runs.first.documents_duplicate == len(expected)
    assert runs.first.errors == 0 and not runs.first.failed_sources
    for entry in manifest:
        doc = by_path[entry["path"]][0]
        assert doc.language == entry["lang"], entry["path"]
        assert (doc.published or "")[:10] == entry["published"], entry["path"]
        assert doc.title, entry["path"]


def test_politeness_private_never_requested_and_robots_read(runs):
    requests = runs.first_requests + runs.second_requests
    assert not [p for p in requests if p.startswith("/private/")]
    assert "/robots.txt" in runs.first_requests


def test_each_article_requested_once_per_run(runs, manifest):
    article_paths = {entry["path"] for entry in manifest}
    hits = [p for p in runs.first_requests if p in article_paths]
    assert sorted(hits) == sorted(set(hits))


def test_tracking_param_variant_stored_under_canonical_url(runs, manifest):
    variants = [(e["path"], v) for e in manifest for v in e["feed_url_variants"]]
    assert variants, "the demo site should exercise tracking parameters"
    docs = list(runs.store.iter_documents())
    assert not [d for d in docs if "utm_" in d.url or "utm_" in d.canonical_url]
    for path, _variant in variants:
        assert len([d for d in docs if _path(d.canonical_url) == path]) == 1


def test_syndicated_copy_points_at_original(runs, manifest):
    docs = {_path(d.url): d for d in runs.store.iter_documents()}
    copies = [e for e in manifest if e["syndicated_copy_of"]]
    assert copies
    for entry in copies:
        assert docs[entry["path"]].duplicate_of is not None
        assert _path(docs[entry["path"]].duplicate_of) == entry["syndicated_copy_of"]
    originals = [e for e in manifest if not e["syndicated_copy_of"]]
    assert all(docs[e["path"]].duplicate_of is None for e in originals)


def test_second_crawl_fetches_no_article_and_adds_nothing(runs, manifest):
    article_paths = {entry["path"] for entry in manifest}
    assert not [p for p in runs.second_requests if p in article_paths]
    assert {"/rss.xml", "/atom.xml", "/sitemap.xml", "/"} <= set(runs.second_requests)  # entries always fetched
    assert runs.second.documents_new == runs.second.documents_duplicate == 0
    assert runs.count_after_second == runs.count_after_first
    assert runs.second.skipped >= len(article_paths)


def test_revisit_sends_validators_and_304_is_unchanged(runs, manifest):
    assert runs.revisit.documents_new == 0 and runs.revisit.documents_updated == 0
    assert runs.revisit.documents_unchanged >= len(manifest)
    assert runs.store.document_count() == runs.count_after_first
    state = runs.store.fetch_state(runs.site.base_url + manifest[0]["path"])
    assert state.outcome == "unchanged" and state.status == 304 and state.document_id
