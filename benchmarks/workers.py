"""1 -> 2 crawl workers on the shared Redis frontier: a generated 200-page site on 127.0.0.1 whose
server waits ``--delay`` seconds per request (a remote site's latency), each worker crawling
politely (``--download-delay`` between its requests to the host, AutoThrottle off so the figure
is reproducible). More workers = more polite request streams = proportionally faster.

    .venv/bin/python -m benchmarks workers [--pages 200] [--delay 0.05] [--download-delay 0.05] [--redis URL]
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import redis

from stancewatch.site_server import StaticSite
from tests.support.synthetic_site import generate_site

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def _config(path: Path, db: Path, base: str, redis_url: str, per_host: int, delay: float) -> Path:
    path.write_text(f"""
[storage]
url = "sqlite:///{db}"
[crawl]
allow_private_networks = true
download_delay = {delay}
autothrottle = false
concurrent_requests_per_host = {per_host}
retry_times = 0
[distributed]
redis_url = "{redis_url}"
queue = "bench"
idle_timeout = 2
[[sources]]
id = "site"
kind = "pages"
url = "{base}/"
depth = 2
[[sources]]
id = "map"
kind = "sitemap"
url = "{base}/robots.txt"
""", encoding="utf-8")
    return path


def _sw(config: Path, *args: str, **kw) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}
    return subprocess.Popen([sys.executable, "-m", "stancewatch", "--config", str(config), *args],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, **kw)


def crawl_with(workers: int, work: Path, site: StaticSite, redis_url: str, per_host: int, delay: float) -> dict:
    db = work / f"w{workers}.db"
    config = _config(work / f"w{workers}.toml", db, site.base_url, redis_url, per_host, delay)
    redis.Redis.from_url(redis_url).flushdb()
    assert _sw(config, "enqueue").wait() == 0
    site.requests.clear()
    t0, started = time.perf_counter(), dt.datetime.now(dt.UTC)
    procs = [_sw(config, "worker", "crawl") for _ in range(workers)]
    codes = [p.wait() for p in procs]
    wall = time.perf_counter() - t0
    con = sqlite3.connect(db)
    n, first, last = con.execute("SELECT count(*), min(fetched_at), max(fetched_at) FROM documents").fetchone()
    con.close()
    first_at, last_at = (dt.datetime.fromisoformat(v).replace(tzinfo=dt.UTC) for v in (first, last))
    return {"workers": workers, "codes": codes, "documents": n, "requests": len(site.requests),
            "crawl_s": (last_at - started).total_seconds(), "steady_s": (last_at - first_at).total_seconds(),
            "wall_s": wall}


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks workers")
    ap.add_argument("--pages", type=int, default=200)
    ap.add_argument("--delay", type=float, default=0.05, help="Server delay per request, seconds.")
    ap.add_argument("--download-delay", type=float, default=0.05,
                    help="[crawl] download_delay: each worker's politeness interval per host and source.")
    ap.add_argument("--per-host", type=int, default=2, help="[crawl] concurrent_requests_per_host.")
    ap.add_argument("--redis", default=os.environ.get("STANCEWATCH_BENCH_REDIS", "redis://127.0.0.1:6379/15"))
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="sw-workers-") as tmp:
        work = Path(tmp)
        generate_site(work / "site", args.pages)
        with StaticSite(work / "site", delay=args.delay) as site:
            results = [crawl_with(n, work, site, args.redis, args.per_host, args.download_delay) for n in (1, 2)]
        redis.Redis.from_url(args.redis).flushdb()
    print(f"{args.pages} articles; server latency {args.delay}s/request; each worker polite: download_delay "
          f"{args.download_delay}s per host and source, {args.per_host} requests in flight")
    for r in results:
        print(f"{r['workers']} worker(s): {r['documents']} documents, {r['requests']} requests, "
              f"first to last document {r['steady_s']:.1f}s, start to last document {r['crawl_s']:.1f}s, "
              f"wall incl. start-up and idle exit "
              f"{r['wall_s']:.1f}s, exit codes {r['codes']}")
    one, two = results
    print(f"speed-up 1 -> 2 workers: {one['steady_s'] / two['steady_s']:.2f}x (steady state), "
          f"{one['crawl_s'] / two['crawl_s']:.2f}x (start to last document), {one['wall_s'] / two['wall_s']:.2f}x (wall)")
    ok = all(r["documents"] == args.pages and r["codes"] == [0] * r["workers"] for r in results)
    return 0 if ok else 1
