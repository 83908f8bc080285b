"""SIGKILL mid-crawl and mid-analysis, then run again: nothing lost, nothing twice, nothing half."""
from __future__ import annotations

import collections
import os
import signal
import sqlite3
import time

import pytest

from tests.reliability.conftest import ARTICLES
from tests.scale.util import site_sources, sw, sw_popen, wait_for, write_config

pytestmark = pytest.mark.slow


def _count(db, sql: str) -> int:
    try:
        with sqlite3.connect(db, timeout=30) as conn:
            return conn.execute(sql).fetchone()[0]
    except sqlite3.OperationalError:  # not created yet
        return 0


def _check_consistent(db, base: str, article_paths: list[str]) -> None:
    with sqlite3.connect(db) as conn:
        q = lambda sql: conn.execute(sql).fetchall()  # noqa: E731
        assert q("PRAGMA integrity_check") == [("ok",)]
        urls = [u for (u,) in q("SELECT url FROM documents")]
        assert sorted(urls) == sorted(base + p for p in article_paths)  # every page, once
        assert q("SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL OR text = '' "
                 "OR content_hash IS NULL") == [(0,)]  # no duplicates, no half rows
        assert q("SELECT count(*) FROM fetch_log f LEFT JOIN documents d ON d.id = f.document_id "
                 "WHERE f.document_id IS NOT NULL AND d.id IS NULL") == [(0,)]
        logged = {u for (u,) in q("SELECT url FROM fetch_log WHERE outcome IN ('stored', 'unchanged')")}
        assert set(urls) <= logged


def test_crawl_killed_mid_run_resumes_without_loss_or_duplicates(tmp_path, small_site, small_site_dir):
    _, paths = small_site_dir
    small_site.delay = 0.15  # slow enough to kill it half-way
    db = tmp_path / "sw.db"
    config = write_config(tmp_path / "sw.toml", storage_url=f"sqlite:///{db}", sources=site_sources(small_site.base_url),
                          crawl={"concurrent_requests_per_host": 2})
    proc = sw_popen(config, "crawl", log=tmp_path / "killed.log")
    assert wait_for(lambda: _count(db, "SELECT count(*) FROM documents") >= 8, 60)
    os.kill(proc.pid, signal.SIGKILL)  # the CLI only, as the OOM killer or `kill -9` would
    proc.wait()
    stored_at_kill = _count(db, "SELECT count(*) FROM documents")
    assert 8 <= stored_at_kill < ARTICLES
    # The Scrapy child dies with its parent: no orphan keeps crawling without the lock.
    time.sleep(1.0)
    seen = len(small_site.requests)
    time.sleep(1.5)
    assert len(small_site.requests) == seen, "the crawl child outlived the killed run"

    small_site.delay = 0.0
    r = sw(config, "crawl")  # the lock was released by the kill
    assert r.returncode == 0, r.stderr
    assert f"{ARTICLES - stored_at_kill} new documents" in r.stdout
    _check_consistent(db, small_site.base_url, paths)
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT status FROM runs ORDER BY id").fetchall() == [("abandoned",), ("ok",)]
    articles = collections.Counter(p for p in small_site.requests if p.startswith("/news/"))
    assert set(articles) == set(paths)
    assert max(articles.values()) <= 2  # refetched at most by the rerun, and stored once


def test_run_killed_during_analysis_resumes_without_redoing_work(tmp_path, small_site, small_site_dir):
    _, paths = small_site_dir
    db = tmp_path / "sw.db"
    config = write_config(tmp_path / "sw.toml", storage_url=f"sqlite:///{db}",
                          sources=site_sources(small_site.base_url), distributed={"claim_batch": 2})
    r = sw(config, "crawl")
    assert r.returncode == 0 and f"{ARTICLES} new documents" in r.stdout, r.stderr
    proc = sw_popen(config, "run", log=tmp_path / "killed.log")
    analysed = "SELECT count(*) FROM documents WHERE analyzed_at IS NOT NULL"
    assert wait_for(lambda: _count(db, analysed) >= 4, 90, interval=0.02)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    done = _count(db, analysed)
    assert 4 <= done < ARTICLES, "analysis finished before the kill; make the corpus larger"
    assert _count(db, "SELECT count(DISTINCT document_id) FROM mentions") == done  # whole documents only

    r = sw(config, "run")
    assert r.returncode == 0, r.stderr
    assert f"{ARTICLES - done} analysed" in r.stdout  # resumed where it stopped: no document twice
    _check_consistent(db, small_site.base_url, paths)
    with sqlite3.connect(db) as conn:
        q = lambda sql: conn.execute(sql).fetchall()  # noqa: E731
        assert q("SELECT count(*), count(DISTINCT document_id) FROM mentions") == [(2 * ARTICLES, ARTICLES)]
        assert q("SELECT count(*) FROM documents WHERE analyzed_at IS NULL OR claimed_by IS NOT NULL") == [(0,)]
        assert q("SELECT command, status FROM runs ORDER BY id") == [
            ("crawl", "ok"), ("run", "abandoned"), ("run", "ok")]
        assert q("SELECT count(*) FROM timeseries")[0][0] > 0
