"""Cron-safety: overlapping `run`s are refused by the lock, while `export` and `digest` read the
same SQLite file at the same time and all succeed."""
from __future__ import annotations

import sqlite3
import time

import pytest

from stancewatch.config import AppConfig
from stancewatch.cycle import open_store, run_cycle, run_lock
from stancewatch.errors import LockedError
from tests.reliability.test_kill import _count
from tests.scale.util import site_sources, sw, sw_popen, wait_for, write_config

pytestmark = pytest.mark.slow


def test_run_export_and_digest_concurrently_on_one_sqlite_file(tmp_path, small_site):
    small_site.delay = 0.02
    db = tmp_path / "sw.db"
    config = write_config(tmp_path / "sw.toml", storage_url=f"sqlite:///{db}",
                          sources=site_sources(small_site.base_url))
    runner = sw_popen(config, "run", log=tmp_path / "run.log")
    running = "SELECT count(*) FROM runs WHERE status = 'running'"
    assert wait_for(lambda: _count(db, running) == 1, 60), "the run never started"  # it holds the lock now
    readers, second_runs = [], []
    round_ = 0
    while runner.poll() is None and round_ < 4:
        round_ += 1
        readers += [
            sw_popen(config, "export", "timeseries", "--format", "csv", "--out", f"ts{round_}.csv",
                     log=tmp_path / f"ts{round_}.log"),
            sw_popen(config, "export", "documents", "--format", "jsonl", "--out", f"docs{round_}.jsonl",
                     log=tmp_path / f"docs{round_}.log"),
            sw_popen(config, "digest", "--week", "2025-W31", "--format", "md", "--out", f"d{round_}.md",
                     log=tmp_path / f"digest{round_}.log"),
        ]
        second_runs.append(sw(config, "run"))  # cron starting the next cycle too early
        time.sleep(0.3)
    assert runner.wait(timeout=180) == 0, (tmp_path / "run.log").read_text()
    for p in readers:
        assert p.wait(timeout=120) == 0
    assert second_runs, "the run finished before anything could overlap it"
    for r in second_runs:  # refused with the lock message, or ran after the first one finished
        assert r.returncode == 0 or (r.returncode == 1 and "holds the lock" in r.stderr), r.stderr
    assert any(r.returncode == 1 for r in second_runs)
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("SELECT count(*) FROM runs WHERE status = 'running'").fetchone() == (0,)
    r = sw(config, "export", "timeseries", "--format", "jsonl", "--out", "final.jsonl")
    assert r.returncode == 0 and (tmp_path / "final.jsonl").stat().st_size > 0


def test_run_lock_refuses_overlap_and_is_released(tmp_path):
    cfg = AppConfig()
    cfg.storage.url = f"sqlite:///{tmp_path}/sw.db"
    store = open_store(cfg)
    try:
        with run_lock(cfg, store):
            with pytest.raises(LockedError, match="holds the lock"):
                run_cycle(cfg)
        assert run_cycle(cfg).line().startswith("run 1: 0 pages fetched")  # released
    finally:
        store.close()
