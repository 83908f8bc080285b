from __future__ import annotations

import datetime as dt

import pytest

from stancewatch.timeseries import build_series, changes, latest_states
from storage.store import Store
from tests.app.seed import seed_store


@pytest.fixture
def seeded(db_url):
    store = Store(db_url)
    seed_store(store)
    yield store
    store.close()


def test_final_states_follow_the_record(seeded):
    rows = build_series(seeded.iter_mentions(), seeded.reviews())
    final = {cid: r.stance for cid, r in latest_states(rows).items()}
    assert final == {"google": "sign", "meta": "refuse", "microsoft": "sign", "openai": "sign"}


def test_signed_is_sticky_against_later_speculation(seeded):
    rows = build_series(seeded.iter_mentions(), seeded.reviews())
    google_after = [r for r in rows if r.company_id == "google" and r.date >= "2025-08-05"]
    assert google_after and all(r.stance == "sign" for r in google_after)


def test_changes_are_events_with_evidence(seeded):
    events = [(r.company_id, r.date, r.stance) for r in changes(build_series(seeded.iter_mentions()))]
    assert ("microsoft", "2025-07-18", "undecided") in events
    assert ("microsoft", "2025-08-01", "sign") in events
    assert ("google", "2025-07-03", "undecided") in events and ("google", "2025-07-30", "sign") in events
    for r in changes(build_series(seeded.iter_mentions())):
        assert r.evidence and r.evidence_url


def test_syndicated_copies_count_once(seeded):
    rows = build_series(seeded.iter_mentions())
    meta = latest_states(rows)["meta"]
    assert meta.evidence_count == 1  # the wire copy is a duplicate_of the original


def test_daily_rows_are_contiguous_and_unknown_before_evidence(seeded):
    rows = [r for r in build_series(seeded.iter_mentions()) if r.company_id == "meta"]
    days = [dt.date.fromisoformat(r.date) for r in rows]
    assert days == [days[0] + dt.timedelta(days=i) for i in range(len(days))]
    assert rows[0].date == "2025-07-03" and rows[0].stance == "unknown"


def test_analyst_review_overrides_model(seeded):
    meta_doc = next(m.document_id for m in seeded.iter_mentions() if m.company_id == "microsoft")
    seeded.add_review(meta_doc, "microsoft", "refuse", reviewer="analyst@example.org", note="misread")
    rows = build_series(seeded.iter_mentions(), seeded.reviews(), until=dt.date(2025, 7, 20))
    assert latest_states(rows)["microsoft"].stance == "refuse"
