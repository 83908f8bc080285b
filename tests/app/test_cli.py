"""The CLI as users and cron call it: a real process, real files, the contract's exit codes."""
from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from stancewatch.cycle import RunSummary, update_timeseries
from storage.store import Store
from tests.app.seed import seed_store


def sw(*args: str, cwd: Path, env: dict | None = None, input: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "stancewatch", *args], cwd=cwd, capture_output=True, text=True,
                          env=env, input=input, timeout=300)


@pytest.fixture
def seeded_config(tmp_path):
    db = tmp_path / "sw.db"
    store = Store(f"sqlite:///{db}")
    seed_store(store)
    update_timeseries(store, RunSummary())
    store.close()
    cfg = tmp_path / "sw.toml"
    cfg.write_text(f'[storage]\nurl = "sqlite:///{db}"\n')
    return cfg


def test_usage_errors_exit_2(tmp_path):
    assert sw("no-such-command", cwd=tmp_path).returncode == 2
    assert sw("export", "documents", cwd=tmp_path).returncode == 2  # --out missing
    r = sw("digest", "--week", "2025-31", cwd=tmp_path)
    assert r.returncode == 2 and "2025-W30" in r.stderr


def test_bad_config_is_one_line_and_exit_1(tmp_path):
    cfg = tmp_path / "bad.toml"
    cfg.write_text("[crawl]\ndownload_delay = 'soon'\n")
    r = sw("--config", str(cfg), "export", "documents", "--out", "x.jsonl", cwd=tmp_path)
    assert r.returncode == 1
    assert r.stderr.strip().splitlines() == ["stancewatch: error: [crawl] download_delay must be a number, got 'soon'"]


def test_unopenable_database_is_exit_1(tmp_path):
    (tmp_path / "blocker").write_text("")
    cfg = tmp_path / "c.toml"
    cfg.write_text(f'[storage]\nurl = "sqlite:///{tmp_path}/blocker/sub/x.db"\n')
    r = sw("--config", str(cfg), "export", "documents", "--out", "x.jsonl", cwd=tmp_path)
    assert r.returncode == 1 and r.stderr.startswith("stancewatch: error:") and "Traceback" not in r.stderr


def test_exports_follow_the_contract(seeded_config, tmp_path):
    for kind, fields in {
        "documents": ["url", "canonical_url", "title", "published", "language", "source_id", "duplicate_of"],
        "mentions": ["url", "published", "company", "company_id", "stance", "confidence", "evidence", "speaker"],
        "timeseries": ["date", "company", "company_id", "stance", "confidence", "evidence_count"],
    }.items():
        out = tmp_path / f"{kind}.jsonl"
        r = sw("--config", str(seeded_config), "export", kind, "--format", "jsonl", "--out", str(out), cwd=tmp_path)
        assert r.returncode == 0, r.stderr
        rows = [json.loads(line) for line in out.read_text().splitlines()]
        assert rows and all(set(fields) <= set(row) for row in rows)
        out_csv = tmp_path / f"{kind}.csv"
        r = sw("--config", str(seeded_config), "export", kind, "--format", "csv", "--out", str(out_csv), cwd=tmp_path)
        assert r.returncode == 0, r.stderr
        with out_csv.open() as fh:
            assert len(list(csv.DictReader(fh))) == len(rows)
    docs = [json.loads(line) for line in (tmp_path / "documents.jsonl").read_text().splitlines()]
    copy = next(d for d in docs if "wire.example" in d["url"])
    assert copy["duplicate_of"] == "https://news.example/2025/07/18/meta-declines"
    series = [json.loads(line) for line in (tmp_path / "timeseries.jsonl").read_text().splitlines()]
    assert {r["stance"] for r in series} <= {"sign", "refuse", "undecided", "unknown"}


def test_digest_command_writes_both_formats(seeded_config, tmp_path):
    for fmt in ("md", "html"):
        out = tmp_path / f"digest.{fmt}"
        r = sw("--config", str(seeded_config), "digest", "--week", "2025-W31", "--format", fmt, "--out", str(out),
               cwd=tmp_path)
        assert r.returncode == 0, r.stderr
        assert "Microsoft" in out.read_text()
