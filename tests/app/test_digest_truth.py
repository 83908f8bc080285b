"""The digest tells the truth at a glance: its table agrees with the week's evidence or says why,
companies without stance evidence are not table rows, the chart starts at the first evidence, and
each headline change cites the evidence that decided it."""
from __future__ import annotations

import base64
import re

import pytest

from stancewatch.cycle import RunSummary, update_timeseries
from stancewatch.digest import build_digest, render
from storage.store import Store
from tests.support.sample_data import _document, _results

# (url, published, kind, [(company_id, company, stance, confidence, evidence, speaker)])
EVIDENCE = [
    # A 2023 article about another code: before the drafting, it carries no stance on this Code.
    ("https://old.example/2023/disinfo-code", "2023-06-05", "news", [
        ("meta", "Meta", "sign", 0.55, "Facebook is among the 44 signatories of the code.", None)]),
    ("https://ec.example/signatories", "2025-08-01", "official", [
        ("globex", "Globex", "sign", 0.96, "Globex is listed among the signatories.", None)]),
    ("https://news.example/a", "2025-07-18", "news", [
        ("meta", "Meta", "refuse", 0.93, "Meta will not sign the code, its lobbyist wrote.", "Joel Kaplan"),
        ("initech", "Initech", "none", 0.9, None, None)]),
    ("https://news.example/b", "2025-07-18", "news", [
        ("meta", "Meta", "refuse", 0.9, "Meta declined to sign the code of practice.", None)]),
] + [  # a week of confident but contrary reports about Globex after the list named it
    (f"https://rumours.example/{i}", f"2025-08-0{4 + i % 3}", "news", [
        ("globex", "Globex", "refuse", 0.8, f"Globex reportedly balks at the code ({i}).", None)])
    for i in range(3)
]


@pytest.fixture
def store(sqlite_url):
    s = Store(sqlite_url)
    s.ensure_source("seed", "urls", None)
    for url, published, kind, mentions in EVIDENCE:
        text = " ".join(m[4] or m[1] for m in mentions) + " " + url
        res = s.add_document(_document(url, published, kind, "seed", "en", text))
        s.save_analysis(res.document_id, _results(mentions), "seed")
    update_timeseries(s, RunSummary())
    yield s
    s.close()


def test_table_has_no_unknown_rows_and_lists_the_merely_mentioned(store):
    d = build_digest(store, "2025-W32", with_chart=False)
    assert {r.company: r.stance for r in d.table} == {"Globex": "sign", "Meta": "refuse"}
    assert d.mentioned_only == ["Initech"]


def test_a_table_state_contradicted_by_the_week_says_why(store):
    d = build_digest(store, "2025-W32", with_chart=False)
    globex = next(r for r in d.table if r.company == "Globex")
    assert globex.stance == "sign"  # the signatory list outweighs three news reports
    assert globex.note and "3 confident refuse report(s)" in globex.note
    assert "ec.example/signatories" in globex.note
    assert any(w.startswith("Globex: 3 confident refuse") for w in d.watch)
    assert next(r for r in d.table if r.company == "Meta").note is None


def test_headline_changes_cite_their_deciding_evidence(store):
    d = build_digest(store, "2025-W29", with_chart=False)
    (meta,) = [c for c in d.changes if c.company == "Meta"]
    assert meta.date == "2025-07-18" and meta.previous_stance == "unknown"
    assert {c["url"] for c in meta.cited} == {"https://news.example/a", "https://news.example/b"}
    md = render(d, "md")
    assert "decided by:" in md and "Joel Kaplan" in md and "news.example/b" in md


def test_chart_starts_at_the_first_stance_evidence_not_years_earlier(store):
    d = build_digest(store, "2025-W32")
    svg = d.chart_svg
    assert "2023" not in svg
    html = render(d, "html")
    uri = re.search(r"data:image/svg\+xml;base64,([A-Za-z0-9+/=]+)", html).group(1)
    drawn = base64.b64decode(uri).decode()
    assert "Initech" not in drawn  # no evidence, no row in the chart
    assert "18 Jul 2025" in drawn  # the first span begins at the first evidence
