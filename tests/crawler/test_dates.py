"""Which date a document gets: the page's own markup, then the feed/sitemap/API date, then
trafilatura's guess, but never the 1 January of a footer's "© 2025" and never a future date.
"""
from __future__ import annotations

import datetime as dt
import json

import pytest

from crawler.dates import choose_published, copyright_years, is_year_start_artefact
from crawler.extract import extract
from crawler.items import ExtractedDocument, FetchedPage
from stancewatch.config import SourceConfig
from stancewatch.crawling import run_crawl
from tests.crawler.fault_server import article_html, rss, unique_text

FETCHED = dt.datetime(2025, 8, 1, 12, tzinfo=dt.UTC)
FEED_DATE = "2025-07-15T10:00:00Z"
FOOTER = "<footer><p>© 2025 Brussels Briefing. All rights reserved.</p></footer>"


# ---- choose_published -----------------------------------------------------------------------
@pytest.mark.parametrize("text,years", [
    ("© 2025 Brussels Briefing", {2025}),
    ("Copyright &copy; 2019-2024 Example Media", {2019, 2024}),
    ("Copyright (c) 2019–2025 Example Media. All rights reserved.", {2019, 2025}),
    ("(C) 2023 Kurier", {2023}),
    ("Published 15 July 2025. Copyright notice: see our terms.", set()),
    ("The 2025 code of practice", set()),
])
def test_copyright_years(text, years):
    assert copyright_years(text) == years


@pytest.mark.parametrize("value,artefact", [
    ("2025-01-01", True), ("2025-01-01T00:00:00+00:00", True),
    ("2025-01-01T09:30:00+01:00", False),  # a time of day: a real New Year's Day story
    ("2024-01-01", False),  # not the copyright year
    ("2025-07-15", False), (None, False), ("soon", False),
])
def test_year_start_artefact(value, artefact):
    assert is_year_start_artefact(value, {2025}) is artefact


def test_precedence():
    pick = lambda explicit=(), hint=None, guessed=None, years=(): choose_published(  # noqa: E731
        explicit, hint, guessed, fetched_at=FETCHED, notice_years=years)
    assert pick(("2025-07-18T09:30:00Z", "2025-07-19"), FEED_DATE, "2025-07-20") == "2025-07-18T09:30:00+00:00"
    assert pick((None, "", "15 July", "2025-07-19"), FEED_DATE, "2025-07-20") == "2025-07-19"  # first parseable
    assert pick((None,), FEED_DATE, "2025-07-20") == "2025-07-15T10:00:00+00:00"  # feed beats the guess
    assert pick((), "Tue, 15 Jul 2025 10:00:00 GMT") == "2025-07-15T10:00:00+00:00"  # RSS pubDate
    assert pick((), None, "2025-07-20") == "2025-07-20"
    assert pick((), None, "2025-01-01", years={2025}) is None  # the footer's "© 2025"
    assert pick((), None, "2025-01-01") == "2025-01-01"  # no copyright line: a New Year's Day story
    assert pick((), None, None) is None


def test_future_dates_are_never_used():
    pick = lambda explicit=(), hint=None, guessed=None: choose_published(  # noqa: E731
        explicit, hint, guessed, fetched_at=FETCHED)
    assert pick(("2030-01-01T00:00:00Z",), FEED_DATE) == "2025-07-15T10:00:00+00:00"
    assert pick(("2025-09-01",), "2026-07-15", "2025-07-20") == "2025-07-20"
    assert pick((), None, "2025-12-24") is None
    assert pick(("2025-08-02",)) == "2025-08-02"  # "today" in a timezone ahead of UTC
    assert pick(("2025-08-01T23:00:00+00:00",)) == "2025-08-01T23:00:00+00:00"  # clock skew: tolerated
    assert choose_published(("2030-01-01",)) == "2030-01-01"  # no fetch time: nothing to compare with


# ---- through extract() ----------------------------------------------------------------------
def _page(html: str, url: str = "https://news.example/story", **kw) -> FetchedPage:
    return FetchedPage(url=url, requested_url=url, source_id="s", status=200, body=html.encode("utf-8"),
                       content_type="text/html; charset=utf-8", fetched_at=FETCHED, **kw)


def _article(*, head: str = "", header: str = "", aside: str = "", footer: str = FOOTER, seed: int = 7) -> str:
    """A full-length article (no short-page rules apply) with optional date markup and a © footer."""
    html = article_html("Provider weighs the EU code", unique_text(seed), extra_head=head)
    html = html.replace("<h1>", f"<header>{header}<h1>", 1).replace("</h1>", "</h1></header>", 1)
    return html.replace("</article>", f"</article>{aside}").replace("</body>", f"{footer}</body>")


def _published(html: str, url: str = "https://news.example/story", **kw) -> str | None:
    doc = extract(_page(html, url, **kw))
    assert isinstance(doc, ExtractedDocument), doc.reason
    return doc.published


def test_feed_date_beats_the_copyright_guess():
    assert _published(_article(), hint_published=FEED_DATE) == "2025-07-15T10:00:00+00:00"


def test_copyright_guess_alone_is_no_date():
    assert _published(_article()) is None  # not 2025-01-01
    assert _published(_article(footer="<footer>Copyright &copy; 2019-2024 Example Media</footer>")) is None


def test_guess_from_the_url_is_kept_when_nothing_else_dates_the_page():
    assert _published(_article(), url="https://news.example/2025/07/16/story") == "2025-07-16"


@pytest.mark.parametrize("head,header,expected", [
    ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2025-07-18T09:30:00Z"}'
     "</script>", "", "2025-07-18T09:30:00+00:00"),
    ('<meta property="article:published_time" content="2025-07-18T08:00:00+02:00">', "", "2025-07-18T08:00:00+02:00"),
    ("", '<span itemprop="datePublished" content="2025-07-18">18 July</span>', "2025-07-18"),
    ("", '<time datetime="2025-07-18T07:15:00+01:00">18 July 2025</time>', "2025-07-18T07:15:00+01:00"),
], ids=["jsonld", "article-published-time", "itemprop", "time-in-article"])
def test_page_markup_beats_the_feed_date(head, header, expected):
    assert _published(_article(head=head, header=header), hint_published=FEED_DATE) == expected


def test_markup_order_jsonld_first():
    head = ('<meta property="article:published_time" content="2025-07-19T08:00:00Z">'
            '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2025-07-18"}</script>')
    header = '<time datetime="2025-07-20">20 July</time>'
    assert _published(_article(head=head, header=header), hint_published=FEED_DATE) == "2025-07-18"


def test_time_outside_the_article_is_not_its_date():
    """A related story's <time> in an aside dates that story, not this one."""
    aside = ('<aside><h3>Related</h3><a href="/r/1">Earlier: the first draft of the code</a>'
             '<time datetime="2025-03-11">11 March</time></aside>')
    assert _published(_article(aside=aside), hint_published=FEED_DATE) == "2025-07-15T10:00:00+00:00"
    inside = _article().replace("</article>", aside + "</article>")  # an aside within the <article>
    assert _published(inside, hint_published=FEED_DATE) == "2025-07-15T10:00:00+00:00"


def test_future_markup_falls_back_to_the_feed_date():
    ld = json.dumps({"@type": "NewsArticle", "datePublished": "2031-01-01T00:00:00Z"})
    html = _article(head=f'<script type="application/ld+json">{ld}</script>')
    assert _published(html, hint_published=FEED_DATE) == "2025-07-15T10:00:00+00:00"
    assert _published(html) is None


def test_api_record_dates():
    def record(hint: str) -> str | None:
        page = FetchedPage(url="https://social.example/p/1", requested_url="https://social.example/p/1",
                           source_id="s", status=200, body=b"{}", content_type="application/json",
                           hint_text="We will sign the EU code of practice.", hint_published=hint,
                           fetched_at=FETCHED, from_api=True)
        return extract(page).published
    assert record("2025-07-18T17:10:00Z") == "2025-07-18T17:10:00+00:00"
    assert record("2027-07-18T17:10:00Z") is None


# ---- the real crawl path ----------------------------------------------------------------------
def test_feed_dates_through_a_crawl(fault_server, make_cfg, store):
    """RSS -> Scrapy -> extraction pipeline -> SQLite: the feed dates pages that carry no date markup."""
    ld = json.dumps({"@type": "NewsArticle", "datePublished": "2025-07-18T09:30:00Z"})
    pages = {
        "/undated.html": (_article(seed=11), "Tue, 15 Jul 2025 10:00:00 GMT", "2025-07-15T10:00:00+00:00"),
        "/jsonld.html": (_article(seed=12, head=f'<script type="application/ld+json">{ld}</script>'),
                         "Sun, 20 Jul 2025 06:00:00 GMT", "2025-07-18T09:30:00+00:00"),
        "/time.html": (_article(seed=13, header='<time datetime="2025-07-17T07:15:00+01:00">17.7.</time>'),
                       "Sun, 20 Jul 2025 06:00:00 GMT", "2025-07-17T07:15:00+01:00"),
    }
    urls = {fault_server.add(path, html): expected for path, (html, _, expected) in pages.items()}
    items = [{"link": fault_server.url(path), "title": path, "pubDate": pub} for path, (_, pub, _) in pages.items()]
    fault_server.add("/feed.xml", rss(items), ctype="application/rss+xml")
    summary = run_crawl(make_cfg(SourceConfig(id="feed", kind="feed", url=fault_server.url("/feed.xml"))), None)
    docs = {d.url: d for d in store.iter_documents()}
    assert set(docs) == set(urls), summary
    assert {url: docs[url].published for url in urls} == urls
