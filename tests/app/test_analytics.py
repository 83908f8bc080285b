"""The notebooks' logic: timelines, evidence filters, coverage and confidence, on real databases."""
from __future__ import annotations

import pytest

from stancewatch import analytics
from stancewatch.errors import StancewatchError
from storage.store import Store
from tests.support.sample_data import DEMO_EXTRA, SEED, seed_demo_database


@pytest.fixture
def store(demo_url):
    s = Store(demo_url)
    yield s
    s.close()


def test_seeding_is_idempotent(demo_url):
    again = seed_demo_database(demo_url)
    assert again["documents"] == len(SEED) + len(DEMO_EXTRA)
    assert again["errors"] == 3  # failures are not doubled


def test_timeline_per_company_and_changes(store):
    series = analytics.timeline(store)
    assert list(series) == ["Anthropic", "Google", "Meta", "Microsoft", "Mistral AI", "OpenAI", "xAI"]
    assert all(rows == sorted(rows, key=lambda r: r.date) for rows in series.values())
    assert [r.stance for r in analytics.latest_stances(store) if r.company == "Meta"] == ["refuse"]
    assert set(analytics.timeline(store, company="openai")) == {"OpenAI"}
    changes = analytics.stance_changes(store, company="Google")
    assert [(c.date, c.stance) for c in changes] == [("2025-07-03", "undecided"), ("2025-07-30", "sign")]


def test_evidence_filters(store):
    everything = analytics.evidence_table(store)
    assert len(everything) == 16  # 17 mentions less the syndicated copy
    assert len(analytics.evidence_table(store, include_duplicates=True)) == 17
    de = analytics.evidence_table(store, language="DE")
    assert [(r["company"], r["outlet"]) for r in de] == [("Mistral AI", "eu-wire")]
    wire = analytics.evidence_table(store, outlet="eu-wire", since="2025-07-25", until="2025-07-31")
    assert {r["company"] for r in wire} == {"xAI", "Meta"}
    refusals = analytics.evidence_table(store, company="meta", stance="refuse")
    assert len(refusals) == 1 and refusals[0]["speaker"] == "Joel Kaplan"
    assert analytics.evidence_table(store, since="2030-01-01") == []
    with pytest.raises(StancewatchError):
        analytics.evidence_table(store, since="last tuesday")


def test_evidence_table_follows_reviews(store):
    doc = next(r for r in analytics.evidence_table(store, company="xAI"))
    store.add_review(doc["document_id"], "xai", "sign", "ana")
    row = analytics.evidence_table(store, company="xAI", stance="sign")[0]
    assert row["model_stance"] == "undecided" and row["reviewed"] == "sign by ana"


def test_facets(store):
    f = analytics.evidence_facets(store)
    assert set(f["languages"]) == {"en", "de", "fr"}
    assert set(f["outlets"]) == {"seed", "eu-wire", "tech-fr", "company-blogs"}
    assert (f["first_date"], f["last_date"]) == ("2025-07-03", "2025-08-05")


def test_source_coverage_and_failures(store):
    cov = {(r["source_id"], r["week"]): r for r in analytics.source_coverage(store)}
    assert cov[("seed", "2025-W29")] == {"source_id": "seed", "week": "2025-W29", "documents": 1, "duplicates": 1}
    assert cov[("eu-wire", "2025-W30")]["documents"] == 1
    weeks, matrix = analytics.coverage_matrix(list(cov.values()))
    assert weeks == sorted(weeks) and sum(matrix["seed"]) == 6
    failures = {r["source_id"]: r for r in analytics.source_failures(store)}
    assert failures["eu-wire"]["failures"] == 2 and failures["eu-wire"]["last_failure"] == "HTTP 403 Forbidden"
    assert failures["tech-fr"]["failures"] == 1 and failures["seed"]["failures"] == 0


def test_confidence_histogram_and_low_share(store):
    hist = analytics.confidence_histogram(store, bins=10)
    assert len(hist["edges"]) == 11 and sum(map(sum, hist["counts"].values())) == 17
    assert hist["counts"]["undecided"][4] == 1  # xAI at 0.45
    assert hist["counts"]["sign"][9] == 7  # 0.9 and above; 1.0 falls in the last bin
    share = {r["stance"]: r for r in analytics.low_confidence_share(store, 0.6)}
    assert share["all"]["mentions"] == 17 and share["all"]["below"] == 3
    assert share["refuse"]["share_below"] == 0.0 and share["none"]["share_below"] == 0.5


def test_table_html_escapes_scraped_markup(store):
    html = analytics.evidence_table(store, company="Google")._repr_html_()
    assert "<img src=x" not in html and "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "<script>" not in html
    assert "rows" in repr(analytics.Table([]))


def test_notebook_db_url_and_missing_database(tmp_path):
    assert analytics.notebook_db_url({"STANCEWATCH_STORAGE_URL": "postgresql+psycopg://u:p@h/db"}) == \
        "postgresql+psycopg://u:p@h/db"
    nb_dir = tmp_path / "notebooks"
    assert analytics.notebook_db_url({}, cwd=nb_dir) == f"sqlite:///{tmp_path}/data/stancewatch.db"
    with pytest.raises(StancewatchError, match="make demo"):
        analytics.open_store(f"sqlite:///{tmp_path}/nothing.db")
    assert not (tmp_path / "nothing.db").exists()
