"""Digest golden files (Markdown and HTML) and safety against scraped markup."""
from __future__ import annotations

import os
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from stancewatch.cycle import RunSummary, update_timeseries
from stancewatch.digest import BadWeek, build_digest, parse_week, render, write_digest
from storage.store import Store
from tests.app.seed import seed_store

GOLDEN = Path(__file__).parent.parent / "golden"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"


@pytest.fixture
def seeded(sqlite_url):
    store = Store(sqlite_url)
    seed_store(store)
    update_timeseries(store, RunSummary())
    yield store
    store.close()


def _normalise(text: str) -> str:
    # The chart bytes depend on the matplotlib build; its presence is asserted separately.
    return re.sub(r"data:image/svg\+xml;base64,[A-Za-z0-9+/=]+", "data:image/svg+xml;base64,CHART", text)


@pytest.mark.parametrize("fmt", ["md", "html"])
@pytest.mark.parametrize("week", ["2025-W31", "2025-W32"])
def test_digest_matches_golden(seeded, tmp_path, fmt, week):
    out = write_digest(seeded, week, fmt, tmp_path / f"d.{fmt}")
    got = _normalise(out.read_text(encoding="utf-8"))
    golden = GOLDEN / f"digest-{week}.{fmt}"
    if UPDATE or not golden.exists():
        golden.write_text(got, encoding="utf-8")
    assert got == golden.read_text(encoding="utf-8")


def test_week_31_headlines_and_table(seeded):
    d = build_digest(seeded, "2025-W31", with_chart=False)
    assert [(c.company, c.stance) for c in d.changes] == [("Google", "sign"), ("Microsoft", "sign")]
    table = {r.company: (r.stance, r.since) for r in d.table}
    assert table["Meta"] == ("refuse", "2025-07-18") and table["Microsoft"] == ("sign", "2025-08-01")


def test_html_digest_escapes_scraped_markup(seeded, tmp_path):
    html = write_digest(seeded, "2025-W32", "html", tmp_path / "d.html").read_text()
    assert "<script>alert(1)</script>" not in html and "<img src=x" not in html and "<b>Anon</b>" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html

    class Tags(HTMLParser):
        tags: list[tuple[str, dict]] = []

        def handle_starttag(self, tag, attrs):
            self.tags.append((tag, dict(attrs)))

    parser = Tags()
    parser.feed(html)
    assert not [t for t, _ in parser.tags if t == "script"]
    imgs = [a for t, a in parser.tags if t == "img"]
    assert len(imgs) == 1 and imgs[0]["src"].startswith("data:image/svg+xml;base64,")
    assert all(not a.get("href", "").lower().startswith("javascript") for _, a in parser.tags)


def test_markdown_digest_neutralises_html_and_links_chart(seeded, tmp_path):
    out = write_digest(seeded, "2025-W32", "md", tmp_path)
    md = out.read_text()
    assert out.name == "digest-2025-W32.md" and (tmp_path / "digest-2025-W32.svg").exists()
    assert "<img" not in md and "<b>" not in md and "![Stance timeline](digest-2025-W32.svg)" in md


def test_bad_week_is_rejected():
    with pytest.raises(BadWeek):
        parse_week("2025-31")
    with pytest.raises(BadWeek):
        parse_week("2025-W60")


def test_empty_database_gives_an_empty_but_valid_digest(sqlite_url):
    store = Store(sqlite_url)
    text = render(build_digest(store, "2026-W48"), "md")
    assert "No stance changed this week." in text and "No new evidence this week." in text
    store.close()
