"""Crawl → analyse → series on a realistic corpus built from the real development passages.

The site is built at test time from ``../shared/data/stance_dev_real*.jsonl`` (see
``tests/app/realistic_corpus.py``); the passages are never copied into the repository and never
printed (output that may quote them is redacted). The crawl runs once per module as
``python -m stancewatch --config … run`` against the site served on 127.0.0.1; the exports are
compared with what was served and with the public record, and a report is written to
``artifacts/realistic_corpus.json`` (document recall, per-company final states and change dates).
"""
from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from stancewatch.site_server import StaticSite
from tests.app.realistic_corpus import (
    CODE_PUBLISHED,
    DECISIVE,
    DEV_FILES,
    PUBLIC_RECORD,
    REPO_ROOT,
    BuiltSite,
    build_site,
    date_bounds,
    dev_data_dir,
    final_stance,
    load_passages,
)

DATA_DIR = dev_data_dir(REPO_ROOT)
REPORT = REPO_ROOT / "artifacts" / "realistic_corpus.json"
MIN_RECALL = 0.98
RUN_TIMEOUT = 2400


def _require_data() -> Path:
    missing = [name for name in DEV_FILES if not (DATA_DIR / name).is_file()]
    if missing:
        pytest.skip(f"development passages not found: {', '.join(str(DATA_DIR / m) for m in missing)} "
                    "(expected ../shared/data next to the repository)")
    return DATA_DIR


def _window_shingles(text: str, n: int = 6) -> set[str]:
    words = "".join(ch.lower() if ch.isalnum() else " " for ch in text).split()
    return {" ".join(words[i:i + n]) for i in range(len(words) - n + 1)}


def _redactor(data_dir: Path):
    """Drop any output line that quotes six consecutive words of a passage."""
    known: set[str] = set()
    for p in load_passages(data_dir):
        known |= _window_shingles(p.text)

    def redact(text: str) -> str:
        return "\n".join("[line redacted: quotes a development passage]" if _window_shingles(line) & known else line
                         for line in text.splitlines())
    return redact


# ---- the site alone (fast) ----------------------------------------------------------------------

@pytest.fixture(scope="module")
def site(tmp_path_factory) -> BuiltSite:
    return build_site(tmp_path_factory.mktemp("realistic") / "site", _require_data())


def test_site_has_one_page_per_source_url_and_syndicated_copies(site):
    urls = {p.url for p in load_passages(DATA_DIR)}
    assert len(site.pages) == len(urls) and {p.source_url for p in site.pages} == urls
    assert 0.08 * len(site.pages) <= len(site.copies) <= 0.12 * len(site.pages)
    originals = {p.path: p for p in site.pages}
    for copy in site.copies:
        original = originals[copy.copy_of]
        assert original.outlet != copy.outlet
        lag = copy.published - original.published
        assert dt.timedelta(0) < lag < dt.timedelta(days=3)
        assert (site.root / copy.path.lstrip("/")).is_file()


def test_feed_and_sitemap_list_every_page_once(site):
    assert not set(site.rss_paths) & set(site.sitemap_paths)
    assert sorted(site.rss_paths + site.sitemap_paths) == sorted(p.path for p in site.served)
    assert {c.path for c in site.copies} <= set(site.sitemap_paths)
    assert abs(len(site.rss_paths) - len(site.pages) / 2) <= 1
    robots = (site.root / "robots.txt").read_text()
    assert "Sitemap: __BASE__/news-sitemap.xml" in robots


def test_assigned_dates_follow_the_public_record(site):
    assigned = [p for p in site.pages if p.date_source == "assigned"]
    assert assigned and all(not any(x.date for x in p.passages) for p in assigned)
    for page in assigned:
        lo, hi = date_bounds(page.labels)
        assert lo <= page.published.date() <= hi, page.path
        for company, stances in page.labels.items():
            for when, stance in PUBLIC_RECORD.get(company, []):
                if stance in DECISIVE and stance in stances:
                    assert page.published.date() >= when, (page.path, company)


def test_headlines_name_no_company_and_pages_have_dates(site):
    names = {c for p in load_passages(DATA_DIR) for c in (p.company, p.company.split()[0])} | set(PUBLIC_RECORD)
    for page in site.served:
        doc = (site.root / page.path.lstrip("/")).read_text(encoding="utf-8")
        title = doc.split("<title>", 1)[1].split("</title>", 1)[0]
        assert not any(n.lower() in title.lower() for n in names), page.path
        assert f'<time datetime="{page.published.isoformat()}"' in doc


def test_no_passage_text_is_in_the_repository():
    data_dir = _require_data()
    known = set()
    for p in load_passages(data_dir):
        known |= _window_shingles(p.text, 8)
    for path in (Path(__file__), Path(__file__).with_name("realistic_corpus.py")):
        assert not (_window_shingles(path.read_text(encoding="utf-8"), 8) & known), path.name


# ---- crawl → analyse → series (slow, once per module) -------------------------------------------

def _export(cwd: Path, cfg: Path, kind: str, redact) -> list[dict]:
    out = cwd / f"{kind}.jsonl"
    r = subprocess.run([sys.executable, "-m", "stancewatch", "--config", str(cfg), "export", kind,
                        "--format", "jsonl", "--out", str(out)], cwd=cwd, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, redact(r.stderr[-3000:])
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines() if line.strip()]


def _config(cwd: Path, base: str) -> Path:
    cfg = cwd / "stancewatch.toml"
    q = json.dumps
    cfg.write_text(f"""data_dir = {q(str(cwd / "data"))}

[storage]
url = {q(f"sqlite:///{cwd}/stancewatch.db")}

[crawl]
allow_private_networks = true
download_delay = 0
autothrottle = false
retry_times = 1
download_timeout = 15
max_run_seconds = 1800

[digest]
out_dir = {q(str(cwd / "digests"))}

[[sources]]
id = "realistic-rss"
kind = "feed"
url = {q(base + "/rss.xml")}
source_kind = "news"

[[sources]]
id = "realistic-news-sitemap"
kind = "sitemap"
url = {q(base + "/news-sitemap.xml")}
source_kind = "news"
""", encoding="utf-8")
    return cfg


def _path(url: str | None) -> str | None:
    return urlsplit(url).path if url else None


def _document_report(site: BuiltSite, docs: list[dict]) -> dict:
    by_path: dict[str, dict] = {}
    for d in docs:
        for u in (d.get("url"), d.get("canonical_url")):
            if _path(u):
                by_path.setdefault(_path(u), d)
    served = {p.path: p for p in site.served}
    stored = [p for p in served if p in by_path]
    copies = {c.path: c.copy_of for c in site.copies}
    flagged = {c: _path(by_path[c].get("duplicate_of")) for c in copies if c in by_path}
    originals_flagged = {p.path: _path(by_path[p.path]["duplicate_of"]) for p in site.pages
                         if p.path in by_path and by_path[p.path].get("duplicate_of")}
    dated = [(served[p].published.date().isoformat(), (by_path[p].get("published") or "")[:10]) for p in stored]
    langs = [(served[p].lang, by_path[p].get("language")) for p in stored if served[p].lang]
    return {
        "pages_served": len(served), "originals_served": len(site.pages), "copies_served": len(site.copies),
        "documents_stored": len(docs),
        "served_pages_stored": len(stored),
        "recall": round(len(stored) / len(served), 4),
        "original_recall": round(sum(1 for p in site.pages if p.path in by_path) / len(site.pages), 4),
        "copies_stored": len(flagged),
        "copies_flagged_duplicate_of_original": sum(1 for c, o in flagged.items() if o == copies[c]),
        "copies_not_flagged": sorted(c for c, o in flagged.items() if not o),
        "copies_flagged_other": sorted(c for c, o in flagged.items() if o and o != copies[c]),
        "originals_flagged_duplicate": originals_flagged,
        "missing": sorted(p for p in served if p not in by_path),
        "documents_not_served": sorted(d["url"] for d in docs if _path(d.get("url")) not in served
                                       and _path(d.get("canonical_url")) not in served),
        "published_date_matches": f"{sum(1 for a, b in dated if a == b)}/{len(dated)}",
        "published_date_mismatches": sorted({p: served[p].published.date().isoformat() for p in stored
                                             if (by_path[p].get("published") or "")[:10]
                                             != served[p].published.date().isoformat()}.items())[:20],
        "language_matches": f"{sum(1 for a, b in langs if a == b)}/{len(langs)}",
    }


def _company_report(rows: list[dict], site: BuiltSite) -> dict:
    pages = {p.path: p for p in site.served}
    per: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        per[r["company"]].append(r)
    out = {}
    for company in sorted(set(per) | set(PUBLIC_RECORD)):
        series = sorted(per.get(company, []), key=lambda r: r["date"])
        events, prev = [], None
        for r in series:
            if r["stance"] != prev:
                event = {"date": r["date"], "stance": r["stance"]}
                if _path(r.get("evidence_url")):
                    page = pages.get(_path(r["evidence_url"]))
                    event["evidence_page"] = _path(r["evidence_url"])  # a site path; the evidence text stays out
                    if page is not None:  # what the page really is: its date and its gold labels for the company
                        event["page_published"] = page.published.date().isoformat()
                        event["page_date_source"] = page.date_source
                        event["page_gold_labels"] = sorted(page.labels.get(company, ())) or ["(not labelled)"]
                events.append(event)
                prev = r["stance"]
        last = series[-1] if series else None
        expected = final_stance(company)
        first_in = {}
        for e in events:
            first_in.setdefault(e["stance"], e["date"])
        entry = {
            "final": last["stance"] if last else "unknown",
            "final_date": last["date"] if last else None,
            "confidence": round(last["confidence"], 3) if last and last.get("confidence") is not None else None,
            "evidence_count": last.get("evidence_count") if last else None,
            "changes": events,
        }
        if expected:
            entry["expected_final"] = expected
            entry["matches_public_record"] = entry["final"] == expected
            entry["public_record"] = [{"date": d.isoformat(), "stance": s} for d, s in PUBLIC_RECORD[company]]
            entry["lag_days"] = {s: (dt.date.fromisoformat(first_in[s]) - d).days
                                 for d, s in PUBLIC_RECORD[company] if s in first_in}
        out[company] = entry
    return out


@pytest.fixture(scope="module")
def corpus_run(tmp_path_factory, site) -> dict:
    redact = _redactor(DATA_DIR)
    cwd = tmp_path_factory.mktemp("realistic-run")
    model_dir = Path(sys.prefix) / "share" / "stancewatch" / "stance-model"
    started = time.monotonic()
    with StaticSite(site.root) as server:
        cfg = _config(cwd, server.base_url)
        run = subprocess.run([sys.executable, "-m", "stancewatch", "--config", str(cfg), "run"], cwd=cwd,
                             capture_output=True, text=True, timeout=RUN_TIMEOUT)
        requests = len(server.requests)
    seconds = time.monotonic() - started
    assert run.returncode == 0, redact(run.stderr[-3000:])
    docs = _export(cwd, cfg, "documents", redact)
    rows = _export(cwd, cfg, "timeseries", redact)
    mentions = _export(cwd, cfg, "mentions", redact)
    early = sorted({(r["company"], r["date"], r["stance"]) for r in rows
                    if r["stance"] in DECISIVE and r["date"] < CODE_PUBLISHED.isoformat()})
    companies = _company_report(rows, site)
    report = {
        "generated_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "run": {"seconds": round(seconds, 1), "summary": redact(run.stdout.strip()), "requests": requests,
                "stance_model_present": model_dir.is_dir()},
        "site": {"pages": len(site.pages), "copies": len(site.copies), "rss": len(site.rss_paths),
                 "news_sitemap": len(site.sitemap_paths),
                 "dates_from_passages": sum(1 for p in site.pages if p.date_source == "passage"),
                 "dates_assigned": sum(1 for p in site.pages if p.date_source == "assigned"),
                 "languages": {str(k): sum(1 for p in site.pages if p.lang == k)
                               for k in sorted({p.lang for p in site.pages}, key=str)}},
        "documents": _document_report(site, docs),
        "companies": companies,
        "final_state_mismatches": {c: {"final": e["final"], "expected": e["expected_final"]}
                                   for c, e in companies.items() if e.get("expected_final")
                                   and not e["matches_public_record"]},
        "decisive_states_before_code_published": [
            {"company": c, "first_date": min(d for cc, d, _ in early if cc == c),
             "stances": sorted({s for cc, _, s in early if cc == c}),
             "days": sum(1 for cc, _, _ in early if cc == c)} for c in sorted({c for c, _, _ in early})],
        "manifest": site.manifest(),
        # what the analyser said, without any text: for reading the series' decisions
        "mentions": sorted((m["company"], str(m["published"])[:10], m["stance"], m["confidence"], _path(m["url"]))
                           for m in mentions if m["stance"] != "none"),
    }
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text(json.dumps(report, indent=1, ensure_ascii=False, default=str), encoding="utf-8")
    return report


@pytest.mark.slow
def test_document_recall(corpus_run):
    docs = corpus_run["documents"]
    assert docs["recall"] >= MIN_RECALL, (
        f"stored {docs['served_pages_stored']}/{docs['pages_served']} served pages; missing: {docs['missing'][:10]}")


@pytest.mark.slow
def test_syndicated_copies_are_flagged(corpus_run):
    docs = corpus_run["documents"]
    # 13 of 14 measured: the copy left over re-publishes a 22-word brief with ~15 words of its own
    # (shingle Jaccard 0.5); nothing may be flagged as a copy of the wrong page.
    assert docs["copies_flagged_duplicate_of_original"] >= 0.9 * docs["copies_stored"], (
        f"not flagged: {docs['copies_not_flagged']}, flagged to another page: {docs['copies_flagged_other']}")
    assert not docs["copies_flagged_other"] and not docs["originals_flagged_duplicate"]


@pytest.mark.slow
def test_final_states_match_the_public_record(corpus_run):
    assert corpus_run["final_state_mismatches"] == {}, {
        c: (e["final"], e["changes"]) for c, e in corpus_run["companies"].items()
        if c in corpus_run["final_state_mismatches"]}


@pytest.mark.slow
def test_no_sign_or_refuse_before_the_code_was_published(corpus_run):
    assert corpus_run["decisive_states_before_code_published"] == []
