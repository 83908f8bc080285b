"""`stancewatch schedule`: one line per cycle, the digest on the configured weekday, once."""
from __future__ import annotations

import datetime as dt

from stancewatch.config import AppConfig
from stancewatch.schedule import digest_due, schedule
from tests.scale.util import sw, write_config


def _cfg(tmp_path) -> AppConfig:
    cfg = AppConfig()
    cfg.storage.url = f"sqlite:///{tmp_path}/sw.db"
    cfg.digest.out_dir = str(tmp_path / "digests")
    cfg.digest.weekday = "wednesday"
    return cfg


def test_schedule_runs_cycles_and_writes_the_digest_on_its_weekday(tmp_path):
    cfg = _cfg(tmp_path)
    days = iter([dt.date(2025, 8, 5), dt.date(2025, 8, 6), dt.date(2025, 8, 6)])  # Tue, Wed, Wed
    sleeps: list[float] = []
    lines = list(schedule(cfg, 0.5, 3, today=lambda: next(days), sleep=sleeps.append))
    cycles = [line for line in lines if line.startswith("run ")]
    digests = [line for line in lines if line.startswith("digest ")]
    assert len(cycles) == 3 and len(sleeps) == 2 and all(0 <= s <= 30 for s in sleeps)
    assert len(digests) == 2 and all("2025-W31" in line for line in digests)  # md + html, only once
    assert (tmp_path / "digests" / "digest-2025-W31.md").exists()
    assert digest_due(dt.date(2025, 8, 7), "wednesday", tmp_path / "digests") is None


def test_schedule_cli_runs_the_requested_cycles(tmp_path):
    config = write_config(tmp_path / "sw.toml", storage_url=f"sqlite:///{tmp_path}/sw.db", sources=[])
    r = sw(config, "schedule", "--every", "0.001", "--cycles", "2")
    assert r.returncode == 0, r.stderr
    assert [line.split(":")[0] for line in r.stdout.splitlines() if line.startswith("run ")] == ["run 1", "run 2"]
