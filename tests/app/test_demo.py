"""End to end: `stancewatch demo` serves the bundled site, crawls, analyses, and writes the outputs."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from stancewatch.site_server import DEMO_SITE_DIR

MANIFEST = json.loads((DEMO_SITE_DIR / "manifest.json").read_text())
EXPECTED_FINAL = json.loads((DEMO_SITE_DIR / "expected_final.json").read_text())
EXPECTED_CHANGES = json.loads((DEMO_SITE_DIR / "expected_changes.json").read_text())


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory):
    cwd = tmp_path_factory.mktemp("demo")
    first = subprocess.run([sys.executable, "-m", "stancewatch", "demo"], cwd=cwd, capture_output=True, text=True,
                           timeout=900)
    assert first.returncode == 0, first.stderr[-3000:]
    return cwd, first


def _export(cwd: Path, kind: str) -> list[dict]:
    out = cwd / f"{kind}.jsonl"
    r = subprocess.run([sys.executable, "-m", "stancewatch", "export", kind, "--format", "jsonl", "--out", str(out)],
                       cwd=cwd, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    return [json.loads(line) for line in out.read_text().splitlines()]


def test_demo_prints_where_outputs_are(demo_run):
    cwd, run = demo_run
    assert "database: sqlite:///data/stancewatch.db" in run.stdout
    assert (cwd / "data" / "stancewatch.db").exists() and (cwd / "data" / "timeseries.csv").exists()
    digests = [line.split(": ", 1)[1] for line in run.stdout.splitlines() if line.startswith("digest: ")]
    assert len(digests) >= 2 and all((cwd / p).exists() for p in digests)


def test_every_demo_article_is_stored_once(demo_run):
    cwd, _ = demo_run
    docs = _export(cwd, "documents")
    paths = sorted(d["canonical_url"].split("/", 3)[3] for d in docs)
    assert paths == sorted(m["path"].lstrip("/") for m in MANIFEST)
    assert not any("/private/" in d["url"] for d in docs)
    copies = {d["url"].split("/", 3)[3]: d["duplicate_of"] for d in docs if d["duplicate_of"]}
    expected = {m["path"].lstrip("/"): m["syndicated_copy_of"] for m in MANIFEST if m["syndicated_copy_of"]}
    assert {k: v.split("/", 3)[3] for k, v in copies.items()} == {k: v.lstrip("/") for k, v in expected.items()}


def test_final_states_match_the_public_record(demo_run):
    cwd, _ = demo_run
    final = {}
    for row in _export(cwd, "timeseries"):
        final[row["company"]] = row["stance"]
    expected = {c: ("unknown" if s == "none" else s) for c, s in EXPECTED_FINAL.items()}
    assert {c: final.get(c, "unknown") for c in expected} == expected


def test_change_dates_match_the_public_record(demo_run):
    cwd, _ = demo_run
    rows = _export(cwd, "timeseries")
    changes = [r for r in rows if r["changed"]]
    got = {}
    for r in changes:
        got[r["company"]] = (r["stance"], r["date"])  # the last change is where the final state began
    assert {c: got.get(c) for c in EXPECTED_CHANGES["since"]} == {
        c: tuple(v) for c, v in EXPECTED_CHANGES["since"].items()}
    for company, (stance, first, last) in EXPECTED_CHANGES["before"].items():
        assert any(r["company"] == company and r["stance"] == stance and first <= r["date"] <= last for r in changes)
    published = EXPECTED_CHANGES["published"]
    assert not [r for r in rows if r["date"] < published and r["stance"] in ("sign", "refuse")]
    for r in changes:  # every change keeps the evidence that decided it
        assert r["decided_by"] and json.loads(r["decided_by"])[0]["url"] == r["evidence_url"]


def test_second_run_is_idempotent(demo_run):
    cwd, _ = demo_run
    before = (len(_export(cwd, "documents")), len(_export(cwd, "mentions")))
    again = subprocess.run([sys.executable, "-m", "stancewatch", "demo"], cwd=cwd, capture_output=True, text=True,
                           timeout=900)
    assert again.returncode == 0, again.stderr[-3000:]
    assert (len(_export(cwd, "documents")), len(_export(cwd, "mentions"))) == before
    assert " 0 new documents" in again.stdout
