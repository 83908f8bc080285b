"""100,000 documents (+ 2 mentions each + the daily series) in SQLite; time `export timeseries`
and `digest` in-process and through the CLI, against a raw sqlite3 dump of the same table.

    .venv/bin/python -m benchmarks storage [--docs 100000] [--dir DIR]
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from stancewatch.cycle import RunSummary, update_timeseries
from stancewatch.digest import write_digest
from stancewatch.exports import export
from storage.records import STANCES
from storage.store import Store

COMPANIES = [(f"co{i:02d}", f"Company {i:02d}") for i in range(20)]

DAYS = 730
WEEK = "2025-W31"


def populate(db: Path, n_docs: int) -> float:
    """Bulk-insert through sqlite3 (the schema comes from the Store's migrations)."""
    Store(f"sqlite:///{db}").close()
    t0 = time.perf_counter()
    start = dt.date(2024, 8, 1)
    now = dt.datetime(2025, 8, 1).isoformat(sep=" ")
    con = sqlite3.connect(db)
    con.execute("PRAGMA synchronous=OFF")
    con.execute("INSERT INTO sources (id, kind, url, consecutive_failures) VALUES ('bench', 'feed', NULL, 0)")

    def docs():
        for i in range(1, n_docs + 1):
            url = f"https://news.example/{i}"
            h = hashlib.blake2b(str(i).encode(), digest_size=8).digest()
            sh = int.from_bytes(h, "big", signed=True)
            u = sh & (2**64 - 1)
            pub = (start + dt.timedelta(days=i * DAYS // n_docs)).isoformat()
            yield (i, url, url, "bench", "news", f"Story {i}", pub, "en", f"Text of story {i} about the code.",
                   h.hex(), sh, u & 0xFFFF, (u >> 16) & 0xFFFF, (u >> 32) & 0xFFFF, u >> 48, now, now)

    con.executemany("INSERT INTO documents (id, url, canonical_url, source_id, source_kind, title, published, "
                    "language, text, content_hash, simhash, sh_band0, sh_band1, sh_band2, sh_band3, fetched_at, "
                    "analyzed_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", docs())

    def mentions():
        for i in range(1, n_docs + 1):
            for j in (i % 20, (i * 7 + 3) % 20):
                if j == i % 20 and j == (i * 7 + 3) % 20 and j != i % 20:
                    continue
                cid, name = COMPANIES[j]
                yield (i, cid, name, STANCES[(i + j) % 4], 0.5 + (i % 50) / 100, f"{name} on the code ({i}).",
                       None, "bench", now)

    con.executemany("INSERT OR IGNORE INTO mentions (document_id, company_id, company, stance, confidence, evidence, "
                    "speaker, model, created_at) VALUES (?,?,?,?,?,?,?,?,?)", mentions())
    con.commit()
    con.close()
    store = Store(f"sqlite:///{db}")
    update_timeseries(store, RunSummary())  # the series as `run` builds it
    store.close()
    return time.perf_counter() - t0


def timed(fn, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def raw_dump(db: Path, out: Path) -> None:
    import csv

    con = sqlite3.connect(db)
    with out.open("w", newline="") as fh:
        csv.writer(fh).writerows(con.execute("SELECT * FROM timeseries ORDER BY date, company"))
    con.close()


def cli(*args: str) -> float:
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "stancewatch", *args], check=True, capture_output=True)
    return time.perf_counter() - t0


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks storage")
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--dir", default=None, help="Work directory (default: a temporary one).")
    ap.add_argument("--reuse", action="store_true", help="Reuse DIR/bench.db from an earlier run.")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="sw-bench-") as tmp:
        work = Path(args.dir or tmp)
        work.mkdir(parents=True, exist_ok=True)
        db = work / "bench.db"
        if args.reuse and db.exists():
            setup = 0.0
        else:
            for old in work.glob("bench.db*"):
                old.unlink()
            setup = populate(db, args.docs)
        con = sqlite3.connect(db)
        counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("documents", "mentions", "timeseries")}
        con.close()
        print(f"populated {counts} in {setup:.1f}s ({db.stat().st_size / 2**20:.0f} MiB)")
        store = Store(f"sqlite:///{db}")
        ref = timed(lambda: raw_dump(db, work / "raw.csv"))
        ts = timed(lambda: export("timeseries", store, "csv", work / "ts.csv"))
        dg_md = timed(lambda: write_digest(store, WEEK, "md", work / "d.md"))
        dg_html = timed(lambda: write_digest(store, WEEK, "html", work / "d.html"))
        store.close()
        os.environ["STANCEWATCH_STORAGE_URL"] = f"sqlite:///{db}"
        startup = min(cli("--version") for _ in range(3))
        cli_ts = min(cli("export", "timeseries", "--format", "csv", "--out", str(work / "c.csv")) for _ in range(3))
        cli_dg = min(cli("digest", "--week", WEEK, "--format", "md", "--out", str(work / "c.md")) for _ in range(3))
        print(f"reference: raw sqlite3 dump of the series table   {ref:7.3f}s")
        print(f"export timeseries (in-process)                    {ts:7.3f}s  ({ts / ref:.1f}x reference)")
        print(f"digest md / html (in-process)                     {dg_md:7.3f}s / {dg_html:.3f}s")
        print(f"CLI: interpreter + imports (`--version`)          {startup:7.3f}s")
        print(f"CLI: stancewatch export timeseries                {cli_ts:7.3f}s")
        print(f"CLI: stancewatch digest                           {cli_dg:7.3f}s")
        ok = max(ts, dg_md, dg_html, cli_ts, cli_dg) < 1.0
        print("PASS: every timing under 1 s" if ok else "FAIL: a timing is over 1 s")
        return 0 if ok else 1
