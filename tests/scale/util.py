"""Helpers shared by the scale and reliability tests: configs, CLI subprocesses, services."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]
REDIS_TEST_URL = os.environ.get("STANCEWATCH_TEST_REDIS", "redis://127.0.0.1:6379/14")  # a db only tests use


def redis_skip_reason(url: str = REDIS_TEST_URL) -> str | None:
    try:
        import redis

        redis.Redis.from_url(url, socket_connect_timeout=2).ping()
        return None
    except Exception as exc:  # any failure: skip, and say why
        return f"Redis not reachable at {url}: {type(exc).__name__}: {exc}"


def _toml_value(value) -> str:
    return json.dumps(value) if not isinstance(value, bool) else ("true" if value else "false")


def write_config(path: Path, *, storage_url: str, sources: list[dict], crawl: dict | None = None,
                 distributed: dict | None = None, nlp: dict | None = None, data_dir: Path | None = None) -> Path:
    """A TOML config: loopback allowed, no politeness delay, the rule classifier (fast, deterministic)."""
    sections = {
        "storage": {"url": storage_url},
        "crawl": {"allow_private_networks": True, "download_delay": 0.0, "retry_times": 0,
                  "download_timeout": 10.0, "concurrent_requests_per_host": 8, **(crawl or {})},
        "nlp": {"classifier": "rules", **(nlp or {})},
        "distributed": distributed or {},
        "digest": {"out_dir": str(path.parent / "digests")},
    }
    lines = [f"data_dir = {_toml_value(str(data_dir or path.parent / 'data'))}"]
    for name, values in sections.items():
        lines.append(f"[{name}]")
        lines += [f"{k} = {_toml_value(v)}" for k, v in values.items()]
    for src in sources:
        lines.append("[[sources]]")
        lines += [f"{k} = {_toml_value(v)}" for k, v in src.items()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def site_sources(base: str) -> list[dict]:
    """The generated site through two sources that list the same articles (cross-source duplicates)."""
    return [{"id": "site", "kind": "pages", "url": f"{base}/", "depth": 2},
            {"id": "map", "kind": "sitemap", "url": f"{base}/robots.txt"}]


def sw_popen(config: Path, *args: str, log: Path | None = None) -> subprocess.Popen:
    out = open(log, "w") if log else subprocess.DEVNULL  # noqa: SIM115 - closed by the OS with the child
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}
    return subprocess.Popen([sys.executable, "-m", "stancewatch", "--config", str(config), *args],
                            cwd=config.parent, stdout=out, stderr=subprocess.STDOUT, env=env, text=True)


def sw(config: Path, *args: str, timeout: float = 180) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}
    return subprocess.run([sys.executable, "-m", "stancewatch", "--config", str(config), *args], cwd=config.parent,
                          capture_output=True, text=True, timeout=timeout, env=env)


def wait_all(procs: list[subprocess.Popen], timeout: float) -> list[int]:
    deadline = time.monotonic() + timeout
    codes = []
    for p in procs:
        try:
            codes.append(p.wait(timeout=max(deadline - time.monotonic(), 0.1)))
        except subprocess.TimeoutExpired:
            p.kill()
            codes.append(p.wait())
    return codes


def wait_for(predicate, timeout: float, interval: float = 0.05) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return False
