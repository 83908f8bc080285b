"""Faults are recorded with clear reasons, and the crawl completes regardless."""
from __future__ import annotations

import pytest

from stancewatch.config import AppConfig, SourceConfig
from stancewatch.crawling import run_crawl
from storage.store import Store
from tests.crawler.fault_server import LATIN1_TITLE, FaultServer, install_faults, rss

TIMEOUT = 1.0
MAX_BYTES = 1024 * 1024

EXPECTED_ERRORS = {
    "notfound": "HTTP 404",
    "server_error": "HTTP 500",
    "slow": "timed out after 1s",
    "reset": "connection reset or closed",
    "loop": "too many redirects",
    "loop_ab": "too many redirects",
    "huge": "response too large",
    "huge_stream": "response too large",
    "bomb": "response too large",
}


@pytest.fixture(scope="module")
def fault_env(tmp_path_factory):
    db = f"sqlite:///{tmp_path_factory.mktemp('faults')}/t.db"
    store = Store(db)
    with FaultServer() as server:
        yield server, store, db
    store.close()


@pytest.fixture(scope="module")
def fault_crawl(fault_env):
    fault_server, store, db = fault_env
    urls = install_faults(fault_server, TIMEOUT)
    fault_server.add("/feed.xml", rss([{"link": u, "title": name} for name, u in urls.items()
                                       if name != "malformed_feed"]), ctype="application/rss+xml")
    cfg = AppConfig()
    cfg.storage.url = db
    cfg.crawl.allow_private_networks, cfg.crawl.download_delay, cfg.crawl.retry_times = True, 0.0, 0
    cfg.crawl.download_timeout, cfg.crawl.max_response_bytes = TIMEOUT, MAX_BYTES
    cfg.sources = [SourceConfig(id="faults", kind="feed", url=fault_server.url("/feed.xml")),
                   SourceConfig(id="broken", kind="feed", url=urls["malformed_feed"])]
    run_id = store.start_run("crawl")
    summary = run_crawl(cfg, run_id)
    return urls, summary, cfg, run_id


def test_each_fault_recorded_with_its_reason(fault_crawl, fault_env):
    store = fault_env[1]
    urls, summary, _, run_id = fault_crawl
    errors = {e.url: e for e in store.errors(run_id=run_id)}
    for name, expected in EXPECTED_ERRORS.items():
        assert urls[name] in errors, f"{name} not recorded: {sorted(errors)}"
        assert expected in errors[urls[name]].reason, (name, errors[urls[name]].reason)
        assert errors[urls[name]].source_id == "faults"
        assert store.fetch_state(urls[name]).outcome == "error"
    assert summary.per_source["faults"]["errors"] >= len(EXPECTED_ERRORS)


def test_crawl_completes_and_good_pages_survive(fault_crawl, fault_env):
    store = fault_env[1]
    urls, summary, _, run_id = fault_crawl
    docs = {d.url: d for d in store.iter_documents()}
    assert urls["ok"] in docs
    assert "faults" not in summary.failed_sources  # article failures do not fail the source
    assert next(s for s in store.sources() if s.id == "faults").consecutive_failures == 0


def test_wrong_charset_is_decoded(fault_crawl, fault_env):
    store = fault_env[1]
    urls, _, _, run_id = fault_crawl
    doc = next(d for d in store.iter_documents() if d.url == urls["latin1"])
    assert doc.title == LATIN1_TITLE
    assert doc.language == "de"
    text = next(d for d in store.documents_for_analysis() if d.url == urls["latin1"]).text
    assert "Bundesverband für Künstliche Intelligenz" in text and "\ufffd" not in text


def test_binary_bodies_rejected_not_stored(fault_crawl, fault_env):
    store = fault_env[1]
    urls, _, _, run_id = fault_crawl
    for name in ("binary", "binary_as_html"):
        state = store.fetch_state(urls[name])
        assert state.outcome == "rejected", name
        assert "not an HTML page" in state.reason or "binary" in state.reason
    stored = {d.url for d in store.iter_documents()}
    assert urls["binary"] not in stored and urls["binary_as_html"] not in stored


def test_malformed_feed_fails_its_source_with_backoff(fault_crawl, fault_env):
    store = fault_env[1]
    urls, summary, cfg, run_id = fault_crawl
    assert "broken" in summary.failed_sources
    error = next(e for e in store.errors(run_id=run_id) if e.source_id == "broken")
    assert error.url == urls["malformed_feed"] and "malformed feed" in error.reason
    source = next(s for s in store.sources() if s.id == "broken")
    assert source.consecutive_failures == 1 and source.next_attempt_at is not None
    assert not store.source_due("broken")
    again = run_crawl(cfg, None, ["broken"])  # in backoff: skipped without a request
    assert again.skipped_sources == ["broken"] and again.pages_fetched == 0
