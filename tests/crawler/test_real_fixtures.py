"""The real spiders against real recorded responses (``../shared/real_fixtures``), replayed locally.

Each recording is served by ``ReplayServer`` at the URL the spider asks for, with its recorded
headers (``Link``, ``Content-Type``/charset); the crawl runs in the real Scrapy process into a real
store, and the tests check what was stored. Publisher pages that were not recorded (the articles
a feed, sitemap, GDELT list or Google News feed points to) are answered with a plain stand-in
article without title or date, so what the stored document says about its title and date came
from the recorded entry document. robots.txt is obeyed where a test is about it (the sitemap test
replays six real ones) and off where hundreds of publisher hosts would each be asked for one.
Nothing here reaches the network: the crawl's only proxy is the replay server, which never
connects anywhere itself.

The recordings are other people's data: they are read from beside the repository, never copied
into it, and these tests are skipped when they are absent.
"""
from __future__ import annotations

import fnmatch
import gzip
import json
import os
import re
import zlib
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from crawler.dates import as_utc, to_iso
from crawler.urls import canonicalize_url
from stancewatch.config import AppConfig, SourceConfig
from stancewatch.crawling import run_crawl
from storage.records import FetchError, FetchState, as_dict
from storage.store import Store
from tests.crawler.conftest import crawl_config
from tests.crawler.fault_server import unique_text
from tests.crawler.replay_server import ReplayServer, Reply

REPO_ROOT = Path(__file__).resolve().parents[2]
FIXTURES = REPO_ROOT.parent / "shared" / "real_fixtures"
pytestmark = pytest.mark.skipif(
    not FIXTURES.is_dir(),
    reason=f"real recorded fixtures not found at {FIXTURES} (they live beside the repository, "
           "in ../shared/real_fixtures)",
)

# Which test replays each recording; test_every_recording_is_replayed keeps this complete.
USED_BY = {
    "bluesky/getAuthorFeed_chriskenny_2025-05-19.json": "test_bluesky_author_feed_*",
    "bluesky/getAuthorFeed_chriskenny_2023-10-03.json": "test_bluesky_author_feed_*",
    "bluesky/searchPosts_redistricting_2025-05-19.json": "test_bluesky_search_*",
    "bluesky/searchPosts_redistricting_2023-12-13.json": "test_bluesky_search_*",
    "mastodon/account_fosstodon_schochastics_2025-07-17.json": "test_mastodon_account_statuses",
    "mastodon/account_fosstodon_schochastics_2025-07-17.headers.json": "test_mastodon_account_statuses",
    "mastodon/account_statuses_fosstodon_schochastics_2025-07-17.json": "test_mastodon_account_statuses",
    "mastodon/account_statuses_fosstodon_schochastics_2025-07-17.headers.json": "test_mastodon_account_statuses",
    "mastodon/timeline_tag_rstats_mastodon_social_2025-07-17.json": "test_mastodon_tag_timeline_link_pagination",
    "mastodon/timeline_tag_rstats_mastodon_social_2025-07-17.headers.json":
        "test_mastodon_tag_timeline_link_pagination",
    "mastodon/timeline_public_mastodon_social_2025-07-17.json": "test_mastodon_tag_timeline_link_pagination",
    "mastodon/timeline_public_mastodon_social_2025-07-17.headers.json": "test_mastodon_tag_timeline_link_pagination",
    "mastodon/account_lookup_localhost_ok.json": "test_mastodon_lookup_found_and_not_found",
    "mastodon/account_lookup_localhost_404.json": "test_mastodon_lookup_found_and_not_found",
    "mastodon/account_23972_mastodon_social.json": "test_mastodon_remote_account_via_override",
    "mastodon/status_110446223051565765_mastodon_social.json": "test_mastodon_remote_account_via_override",
    "mastodon/search_v2_halcy_mastodon_social.json": "test_mastodon_search_v2_parsers",
    "mastodon/trends_links_mastodon_social.json": "test_mastodon_trending_link_cards",
    "mastodon/trends_links_mastodon_social.headers.json": "test_mastodon_trending_link_cards",
    "gdelt/artlist_india_2026-01.json": "test_gdelt_artlist",
    "gdelt/artlist_oil_sanctions_2023-01.json": "test_gdelt_artlist",
    "gnews/search_chemnitz_de_2023-12-06.xml": "test_gnews_feeds",
    "gnews/topic_headlines_de_2023-12-06.xml": "test_gnews_feeds",
    "gnews/topstories_fr_BE_2020-03-08.xml": "test_gnews_feeds",
    **{f"feeds/{name}": "test_feed" for name in (
        "atom_daringfireball.xml", "atom_heise_developer_de_2016-02-01.xml", "jsonfeed_v1_daringfireball.json",
        "jsonfeed_v1_inessential.json", "rss2_google_blog_trimmed.xml", "rss2_guardian_us_2018-01-31.xml",
        "rss2_jn_pt_iso-8859-1_2018-01-03.xml", "rss2_livemint_news_in.xml", "rss2_macworld_2017-11-28.xml")},
    **{f"sitemaps/robots_{host}.txt": "test_robots_txt_sitemap_discovery_and_rules" for host in (
        "www.nytimes.com", "www.theguardian.com", "www.bbc.co.uk", "www.reuters.com", "www.politico.com",
        "www.wsj.com")},
    "sitemaps/news_sitemap_nytimes_2020-05.xml": "test_robots_txt_sitemap_discovery_and_rules",
    "sitemaps/urlset_sitemaps.org_2016.xml": "test_plain_urlset_with_date_only_lastmod",
    "articles/index.json": "test_article",
}
ARTICLE_NAMES = ("us_CNBC", "us_TheNewYorker", "us_VoiceOfAmerica", "us_WashingtonPost", "us_RestOfWorld", "us_FoxNews",
                 "uk_TheGuardian", "uk_TheIndependent", "uk_TechRadar", "be_PoliticoEu", "de_Tagesschau",
                 "de_SpiegelOnline", "de_Heise", "de_RheinischePost", "de_NetzpolitikOrg", "at_ORF", "fr_LeMonde",
                 "fr_LeFigaro", "fr_LesEchos")
for _name in ARTICLE_NAMES:
    USED_BY[f"articles/{_name}.html"] = USED_BY[f"articles/{_name}.expected.json"] = "test_article"


# ---- helpers ------------------------------------------------------------------------------
def raw(rel: str) -> bytes:
    assert rel in USED_BY, f"{rel} is not listed in USED_BY"
    return (FIXTURES / rel).read_bytes()


def load(rel: str):
    return json.loads(raw(rel).decode("utf-8"))


def recorded_headers(rel: str) -> dict[str, str]:
    """The response headers a ``*.headers.json`` recorded (values may be lists)."""
    out = {}
    for key, value in load(rel)["headers"].items():
        out[key.title()] = ", ".join(value) if isinstance(value, list) else value
    return out


def reply_headers(rel: str) -> tuple[str, dict[str, str]]:
    """(Content-Type, the other recorded headers worth replaying)."""
    headers = recorded_headers(rel)
    ctype = headers.pop("Content-Type", "application/json; charset=utf-8")
    return ctype, {k: v for k, v in headers.items() if k in ("Link", "Etag", "Date", "Server") or k.startswith("X-")}


def stand_in(url: str, published: str | None = None, lang: str = "en") -> str:
    """A publisher page we have no recording of: unique text, no title, no date unless given."""
    seed = zlib.crc32(canonicalize_url(url).encode())
    head = '<meta charset="utf-8">'
    if published:
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "datePublished": published}
        head += f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    paragraphs = "".join(f"<p>{s.strip()}.</p>" for s in unique_text(seed).split(". ") if s.strip())
    return f'<!DOCTYPE html><html lang="{lang}"><head>{head}</head><body><article>{paragraphs}</article></body></html>'


def serve_page(replay: ReplayServer, url: str, html: str | bytes, ctype: str = "text/html; charset=utf-8") -> None:
    """At the URL as listed and as the crawler will ask for it (canonical: no :443, no utm_*)."""
    for variant in dict.fromkeys([url.strip(), canonicalize_url(url)]):
        replay.add(variant, html, ctype)


def make_config(db_url: str, *sources: SourceConfig, **crawl) -> AppConfig:
    """The crawler tests' config (the replay server is on 127.0.0.1), with longer limits: the
    recorded sets are larger than the synthetic sites."""
    return crawl_config(db_url, *sources, **{"download_timeout": 10.0, "max_run_seconds": 240.0, **crawl})


def documents(db_url: str) -> dict[str, dict]:
    """Each stored document's metadata and text, by URL."""
    with Store(db_url) as store:
        texts = {d.id: d.text for d in store.documents_for_analysis(include_analyzed=True)}
        return {d.url: {**as_dict(d), "text": texts.get(d.id, "")} for d in store.iter_documents()}


def errors(db_url: str) -> list[FetchError]:
    store = Store(db_url)
    try:
        return store.errors()
    finally:
        store.close()


def fetch_state(db_url: str, url: str) -> FetchState | None:
    store = Store(db_url)
    try:
        return store.fetch_state(url)
    finally:
        store.close()


def space(text: str | None) -> str:
    return " ".join((text or "").split())


def query_of(url: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}


def proxy_through(server: ReplayServer, mp: pytest.MonkeyPatch) -> None:
    """The crawl process inherits this environment: its only proxy is the replay server."""
    for key in list(os.environ):
        if key.lower().endswith("_proxy"):
            mp.delenv(key)
    for key, value in server.proxy_env().items():
        mp.setenv(key, value)


@pytest.fixture
def replay(monkeypatch):
    with ReplayServer() as server:
        proxy_through(server, monkeypatch)
        yield server


@pytest.fixture
def db(tmp_path) -> str:
    return f"sqlite:///{tmp_path}/real.db"


# ---- completeness ---------------------------------------------------------------------------
def test_every_recording_is_replayed():
    files = {p.relative_to(FIXTURES).as_posix() for p in FIXTURES.rglob("*") if p.is_file()}
    docs = {f for f in files if f.endswith(("README.md", "PROVENANCE.md"))}
    assert files - docs == set(USED_BY), "a recording without a test, or a test naming a missing file"
    tests = [name for name in globals() if name.startswith("test_")]
    for rel, pattern in USED_BY.items():
        assert fnmatch.filter(tests, pattern), f"{rel}: no test matches {pattern!r}"
    index = load("articles/index.json")
    assert sorted(e["file"].removesuffix(".html") for e in index) == sorted(ARTICLE_NAMES)


# ---- Bluesky -------------------------------------------------------------------------------------
FEED_2025 = "bluesky/getAuthorFeed_chriskenny_2025-05-19.json"
FEED_2023 = "bluesky/getAuthorFeed_chriskenny_2023-10-03.json"
SEARCH_2025 = "bluesky/searchPosts_redistricting_2025-05-19.json"
SEARCH_2023 = "bluesky/searchPosts_redistricting_2023-12-13.json"


def _bsky_url(post: dict) -> str:
    return f"https://bsky.app/profile/{post['author']['handle']}/post/{post['uri'].rsplit('/', 1)[-1]}"


def _link_facets(post: dict) -> list[tuple[str, str]]:
    """(display text, full URI) of each link facet (offsets are UTF-8 bytes)."""
    text = post["record"]["text"].encode("utf-8")
    out = []
    for facet in post["record"].get("facets") or []:
        for feature in facet["features"]:
            if feature["$type"] == "app.bsky.richtext.facet#link":
                i = facet["index"]
                out.append((text[i["byteStart"]:i["byteEnd"]].decode("utf-8"), feature["uri"]))
    return out


def _serve_author_feed(replay: ReplayServer) -> None:
    """Page 1 is the 2025 recording; its cursor (2024-03-21…) asks for older posts, and the 2023
    recording (older posts of the same account) answers it."""
    first, older = raw(FEED_2025), raw(FEED_2023)

    def respond(url: str):
        body = older if "cursor" in query_of(url) else first
        return Reply(body, 200, {"Content-Type": "application/json; charset=utf-8"})

    replay.respond("/xrpc/app.bsky.feed.getAuthorFeed", respond)


def test_bluesky_author_feed_own_posts_links_and_dates(replay, db):
    _serve_author_feed(replay)
    source = SourceConfig(id="bsky", kind="bluesky", url=replay.base_url, handles=["@chriskenny.bsky.social"],
                          source_kind="post", depth=0)
    summary = run_crawl(make_config(db, source), None)
    docs = documents(db)
    feed = load(FEED_2025)["feed"]
    # 50 items: 7 reposts and 23 replies in other people's threads are skipped; 19 own posts and
    # 1 reply continuing the account's own thread are kept.
    assert sum(1 for i in feed if i.get("reason")) == 7 and sum(1 for i in feed if "reply" in i["post"]["record"]) == 24
    assert len(docs) == 20 and summary.documents_new + summary.documents_duplicate == 20
    reposted = {_bsky_url(i["post"]) for i in feed if i.get("reason")}
    assert not reposted & set(docs)
    assert all(u.startswith("https://bsky.app/profile/chriskenny.bsky.social/post/") for u in docs)
    thread = next(i["post"] for i in feed if i["post"]["record"]["text"].startswith("Thanks to @jeremy-data"))
    assert _bsky_url(thread) in docs  # a reply to his own post
    other = next(i["post"] for i in feed if i["post"]["record"]["text"].startswith("Thanks Chris!"))
    assert _bsky_url(other) not in docs
    [request] = [r for r in replay.requests if "getAuthorFeed" in r]
    assert query_of(request) == {"actor": "chriskenny.bsky.social", "limit": "50", "filter": "posts_and_author_threads"}

    # links: the full URI from the facet, not the truncated display text
    checked = 0
    for item in feed:
        post = item["post"]
        if _bsky_url(post) not in docs:
            continue
        text = docs[_bsky_url(post)]["text"]
        for shown, uri in _link_facets(post):
            assert uri in text, (shown, uri)
            if shown.endswith("...") and shown not in uri:
                assert shown not in text
                checked += 1
    assert checked >= 5
    release = docs[_bsky_url(feed[1]["post"])]["text"]
    assert "https://christophertkenny.com/bskyr/news/index.html" in release and "news/i..." not in release

    # dates: createdAt with milliseconds, and with microseconds (a client that writes six digits)
    micro = next(i["post"] for i in feed if i["post"]["record"]["createdAt"] == "2024-06-05T21:01:56.189717Z")
    assert docs[_bsky_url(micro)]["published"] == "2024-06-05T21:01:56+00:00"
    assert docs[_bsky_url(feed[1]["post"])]["published"] == "2025-05-03T03:48:32+00:00"
    assert {d["language"] for d in docs.values()} == {"en"}
    assert {d["author"] for d in docs.values()} == {feed[1]["post"]["author"]["displayName"]}


def test_bluesky_author_feed_cursor_pages_and_incremental_rerun(replay, db):
    _serve_author_feed(replay)
    source = SourceConfig(id="bsky", kind="bluesky", url=replay.base_url, handles=["chriskenny.bsky.social"], depth=1)
    cfg = make_config(db, source)
    run_crawl(cfg, None)
    docs = documents(db)
    pages = [r for r in replay.requests if "getAuthorFeed" in r]
    assert len(pages) == 2 and query_of(pages[1])["cursor"] == load(FEED_2025)["cursor"]  # not a third (depth 1)
    older = load(FEED_2023)["feed"]
    # 2023 page: one repost skipped; his post and his reply to it kept
    assert _bsky_url(older[1]["post"]) in docs and _bsky_url(older[2]["post"]) in docs
    assert _bsky_url(older[0]["post"]) not in docs
    assert len(docs) == 22
    assert docs[_bsky_url(older[2]["post"])]["published"] == "2023-10-03T02:49:12+00:00"  # …12.980686Z

    again = run_crawl(cfg, None)
    assert again.documents_new == 0 and len(documents(db)) == 22
    assert len([r for r in replay.requests if "getAuthorFeed" in r]) == 3  # nothing new on page 1: no page 2


def _serve_search(replay: ReplayServer) -> None:
    """Page 1 is the 2025 recording; its cursor ("25") is answered with the 2023 recording, whose
    own cursor is "25" again: a cursor that does not move must not be followed."""
    first, second = raw(SEARCH_2025), raw(SEARCH_2023)

    def respond(url: str):
        body = second if query_of(url).get("cursor") == "25" else first
        return Reply(body, 200, {"Content-Type": "application/json; charset=utf-8"})

    replay.respond("/xrpc/app.bsky.feed.searchPosts", respond)


def test_bluesky_search_posts_every_date_spelling(replay, db):
    _serve_search(replay)
    source = SourceConfig(id="bsearch", kind="bluesky_search", url=replay.base_url, query="redistricting",
                          language="en, de", source_kind="post", depth=5)
    summary = run_crawl(make_config(db, source), None)
    assert not summary.failed_sources
    docs = documents(db)
    new, old = load(SEARCH_2025)["posts"], load(SEARCH_2023)["posts"]
    assert len(new) == 25 and len(old) == 23 and "hitsTotal" in load(SEARCH_2023)
    assert set(docs) == {_bsky_url(p) for p in new + old}  # every post (replies too), each once

    searches = [query_of(r) for r in replay.requests if "searchPosts" in r]
    assert {(q["q"], q["sort"], q["limit"]) for q in searches} == {("redistricting", "latest", "50")}
    assert {q.get("lang") for q in searches} == {"en", "de"}
    for lang in ("en", "de"):  # page 2 once per language; its unchanged cursor is not followed
        assert [q.get("cursor") for q in searches if q.get("lang") == lang] == [None, "25"]

    def published(created: str) -> str:
        post = next(p for p in new + old if p["record"]["createdAt"] == created)
        return docs[_bsky_url(post)]["published"]

    assert published("2025-05-19T17:10:09.561858Z") == "2025-05-19T17:10:09+00:00"  # microseconds
    assert published("2025-05-19T02:03:20.286393+00:00") == "2025-05-19T02:03:20+00:00"  # offset
    assert published("2023-12-13T20:37:03Z") == "2023-12-13T20:37:03+00:00"  # no fraction
    assert published("2025-05-19T17:08:27.677Z") == "2025-05-19T17:08:27+00:00"
    # created 1.4 s after the AppView indexed it: clock skew, createdAt is kept
    assert published("2025-05-19T02:52:19.333Z") == "2025-05-19T02:52:19+00:00"

    crlf = next(p for p in new if "\r\n" in p["record"]["text"])
    assert "\r" not in docs[_bsky_url(crlf)]["text"] and "Automated disqualification" in docs[_bsky_url(crlf)]["text"]
    for post in new + old:
        for shown, uri in _link_facets(post):
            assert uri in docs[_bsky_url(post)]["text"], (shown, uri)
    card = next(p for p in new if (p.get("embed") or {}).get("$type") == "app.bsky.embed.external#view")
    assert card["embed"]["external"]["title"].strip() in docs[_bsky_url(card)]["text"]


def test_bluesky_search_incremental_rerun_stops_at_known_posts(replay, db):
    _serve_search(replay)
    source = SourceConfig(id="bsearch", kind="bluesky_search", url=replay.base_url, query="redistricting", depth=3)
    cfg = make_config(db, source)
    run_crawl(cfg, None)
    assert len(documents(db)) == 48
    before = len(replay.requests)
    again = run_crawl(cfg, None)
    assert again.documents_new == 0 and again.skipped == 25
    assert [query_of(r).get("cursor") for r in replay.requests[before:] if "searchPosts" in r] == [None]


def test_bluesky_search_needs_a_query(replay, db):
    source = SourceConfig(id="bsearch", kind="bluesky_search", url=replay.base_url)
    summary = run_crawl(make_config(db, source), None)
    assert summary.failed_sources == ["bsearch"] and "needs 'query'" in errors(db)[0].reason


# ---- Mastodon ------------------------------------------------------------------------------------
STATUSES = "mastodon/account_statuses_fosstodon_schochastics_2025-07-17.json"
ACCOUNT = "mastodon/account_fosstodon_schochastics_2025-07-17.json"


def test_mastodon_account_statuses(replay, db):
    account = load(ACCOUNT)
    ctype, headers = reply_headers(ACCOUNT.replace(".json", ".headers.json"))
    replay.add("https://fosstodon.org/api/v1/accounts/lookup", raw(ACCOUNT), ctype, headers=headers)
    ctype, headers = reply_headers(STATUSES.replace(".json", ".headers.json"))
    statuses_url = f"https://fosstodon.org/api/v1/accounts/{account['id']}/statuses"
    replay.add(statuses_url, raw(STATUSES), ctype, headers=headers)
    following = re.search(r'<([^>]+)>; rel="next"', headers["Link"]).group(1)
    replay.add(following, "[]", "application/json; charset=utf-8")  # past the last status: an empty page
    source = SourceConfig(id="masto", kind="mastodon", handles=["@schochastics@fosstodon.org"], source_kind="post",
                          depth=1)
    summary = run_crawl(make_config(db, source), None)
    assert not summary.failed_sources
    lookup = next(r for r in replay.requests if "/accounts/lookup" in r)
    assert query_of(lookup) == {"acct": "schochastics"}
    assert replay.requested(following)  # the Link header's next page, verbatim
    docs = documents(db)
    statuses = load(STATUSES)
    by_id = {s["id"]: s for s in statuses}
    # 20 statuses: 6 replies to other people skipped; 2 replies to his own posts and 12 posts kept
    others = {s["id"] for s in statuses if s["in_reply_to_id"] and s["in_reply_to_account_id"] != account["id"]}
    assert len(others) == 6
    assert set(docs) == {s["url"] for s in statuses if s["id"] not in others}
    assert {d["author"] for d in docs.values()} == {"David Schoch"}
    grant = docs[by_id["114620457512351116"]["url"]]
    # the link's href, not its visible (split, ellipsised) text; hashtags and mentions as written
    assert ("https://r-consortium.org/posts/r-consortium-awards-first-round-of-2025-isc-grants/"
            "#bridging-worlds-enhancing-r-igraph-with-c-core-innovations") in grant["text"]
    assert "#rstats" in grant["text"] and "@maelle" in grant["text"] and "<" not in grant["text"]
    assert grant["published"] == "2025-06-03T16:49:43+00:00"  # created_at 2025-06-03T16:49:43.431Z
    assert docs[by_id["114739545367952761"]["url"]]["published"] == "2025-06-24T17:35:19+00:00"
    bench = docs[by_id["114140213268598035"]["url"]]["text"]
    assert bench.startswith("It is not a rigorous benchmark")
    assert "\n\nblog post: https://blog.schochastics.net/" in bench
    assert all(d["language"] == "en" for d in docs.values())


def test_mastodon_lookup_found_and_not_found(replay, db):
    ok, missing = raw("mastodon/account_lookup_localhost_ok.json"), raw("mastodon/account_lookup_localhost_404.json")

    def lookup(url: str):
        found = query_of(url).get("acct") == "mastodonpy_test@localhost"
        return Reply(ok if found else missing, 200 if found else 404,
                     {"Content-Type": "application/json; charset=utf-8"})

    replay.respond("/api/v1/accounts/lookup", lookup)
    replay.add(f"/api/v1/accounts/{json.loads(ok)['id']}/statuses", "[]", "application/json; charset=utf-8")
    source = SourceConfig(id="masto", kind="mastodon", url=replay.base_url,
                          handles=["@mastodonpy_test@localhost", "@nobody@localhost"])
    summary = run_crawl(make_config(db, source), None)
    assert not summary.failed_sources  # one account was read
    [error] = errors(db)
    assert "nobody@localhost not found" in error.reason and "Record not found" in error.reason
    assert replay.requested(replay.url(f"/api/v1/accounts/{json.loads(ok)['id']}/statuses"))


def test_mastodon_remote_account_via_override(replay, db):
    """Looked up through another server (``url``): a remote account's statuses, content warning first."""
    account = load("mastodon/account_23972_mastodon_social.json")
    status = load("mastodon/status_110446223051565765_mastodon_social.json")
    assert status["account"]["id"] == account["id"]
    replay.add("https://mastodon.social/api/v1/accounts/lookup", json.dumps(account), "application/json; charset=utf-8")
    replay.add(f"https://mastodon.social/api/v1/accounts/{account['id']}/statuses", json.dumps([status]),
               "application/json; charset=utf-8")
    source = SourceConfig(id="masto", kind="mastodon", url="https://mastodon.social",
                          handles=["@halcy@icosahedron.website"])
    run_crawl(make_config(db, source), None)
    lookup = next(r for r in replay.requests if "/accounts/lookup" in r)
    assert query_of(lookup) == {"acct": "halcy@icosahedron.website"}
    [doc] = documents(db).values()
    assert doc["url"] == status["url"] and doc["published"] == "2023-05-28T12:06:50+00:00"
    assert doc["text"].startswith("test post for mastodon.py stuff\n\n@halcy you're a doo-doo head")
    assert "#ThisIsAHashtag" in doc["text"]
    assert fetch_state(db, status["url"]).lastmod == "2023-05-28T12:09:44+00:00"  # edited_at


TAG = "mastodon/timeline_tag_rstats_mastodon_social_2025-07-17.json"
PUBLIC = "mastodon/timeline_public_mastodon_social_2025-07-17.json"


def test_mastodon_tag_timeline_link_pagination(replay, db):
    """``#rstats@mastodon.social``: page 1 is the recorded tag timeline with its recorded ``Link``;
    there is no recording of its next page, so the recorded public timeline (same shape, its own
    ``Link``) answers that URL. With depth 1 the public timeline's next page is not requested."""
    ctype, tag_headers = reply_headers(TAG.replace(".json", ".headers.json"))
    replay.add("https://mastodon.social/api/v1/timelines/tag/rstats", raw(TAG), ctype, headers=tag_headers)
    tag_next = re.search(r'<([^>]+)>; rel="next"', tag_headers["Link"]).group(1)
    ctype, public_headers = reply_headers(PUBLIC.replace(".json", ".headers.json"))
    replay.add(tag_next, raw(PUBLIC), ctype, headers=public_headers)
    public_next = re.search(r'<([^>]+)>; rel="next"', public_headers["Link"]).group(1)
    source = SourceConfig(id="tag", kind="mastodon", handles=["#rstats@mastodon.social"], depth=1)
    summary = run_crawl(make_config(db, source), None)
    assert not summary.failed_sources
    timelines = [r for r in replay.requests if "/timelines/" in r]
    assert timelines == ["https://mastodon.social/api/v1/timelines/tag/rstats?limit=40", tag_next]
    assert not replay.requested(public_next)
    docs = documents(db)
    tag, public = load(TAG), load(PUBLIC)
    expected = {s["url"] for s in tag + public if not s["reblog"] and s["content"].strip()}
    assert set(docs) == {canonicalize_url(u) for u in expected}
    bridged = next(s for s in tag if s["account"]["acct"].endswith("@bsky.brid.gy"))
    assert canonicalize_url(bridged["url"]) in docs and "https://github.com/mailund/tailr" in docs[
        canonicalize_url(bridged["url"])]["text"]
    federated = next(s for s in tag if s["created_at"].endswith(".000Z"))
    assert docs[canonicalize_url(federated["url"])]["published"] == to_iso(federated["created_at"])
    assert {"en", "de", "fr"} <= {d["language"] for d in docs.values()}
    entity = next(s for s in public if "Krin&#39;s brother" in s["content"])
    assert "Krin's brother" in docs[canonicalize_url(entity["url"])]["text"]


def test_mastodon_search_v2_parsers():
    """No source reads /api/v2/search; its statuses and accounts go through the same parsers."""
    from crawler.spiders.mastodon import parse_handle, status_hints

    data = load("mastodon/search_v2_halcy_mastodon_social.json")
    assert set(data) >= {"accounts", "statuses", "hashtags"}
    for status in data["statuses"]:
        url, hints = status_hints(status)
        assert url == status["url"] and "<" not in hints.text and hints.text.startswith("@")
        assert to_iso(hints.published) == to_iso(status["created_at"])
    handles = [parse_handle("@" + (a["acct"] if "@" in a["acct"] else f"{a['acct']}@mastodon.social"))
               for a in data["accounts"]]
    assert ("halcy", "icosahedron.website") in handles and ("halcy", "mastodon.social") in handles


def test_mastodon_trending_link_cards():
    """Trending links are preview cards, the shape of a status's ``card``: title and description."""
    from crawler.spiders.mastodon import card_text, parse_link_header, status_text

    cards = load("mastodon/trends_links_mastodon_social.json")
    nbc = next(c for c in cards if "nbcnews.com" in c["url"])
    assert card_text(nbc).startswith("OpenAI says CEO Sam Altman's house was targeted with a Molotov cocktail\n\n")
    status = {"content": "<p>Reading this</p>", "card": nbc}
    assert status_text(status).startswith("Reading this\n\nOpenAI says CEO Sam Altman")
    headers = recorded_headers("mastodon/trends_links_mastodon_social.headers.json")
    assert parse_link_header(headers["Link"]) == {"next": "https://mastodon.social/api/v1/trends/links?offset=10"}


# ---- GDELT ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["artlist_india_2026-01.json", "artlist_oil_sanctions_2023-01.json"])
def test_gdelt_artlist(replay, db, name):
    body = raw(f"gdelt/{name}")
    articles = json.loads(body)["articles"]
    own_dates = {}
    for i, article in enumerate(articles):  # every other page dates itself; the others do not
        own = None
        if i % 2 == 0:
            own = (as_utc(article["seendate"]).replace(microsecond=0)).isoformat().replace("+00:00", "+05:30")
            own_dates[canonicalize_url(article["url"])] = own
        serve_page(replay, article["url"], stand_in(article["url"], own))
    replay.add("/api/v2/doc/doc", body, "application/json; charset=utf-8")
    source = SourceConfig(id="gd", kind="gdelt", url=replay.url("/api/v2/doc/doc"), query="india")
    summary = run_crawl(make_config(db, source, obey_robots=False), None)
    assert not summary.failed_sources and summary.errors == 0
    docs = documents(db)

    canonical = {canonicalize_url(a["url"]) for a in articles}
    variants = {canonicalize_url(a["url"]) for a in articles
                if urlsplit(a["url"]).query and any(b["url"] == a["url"].split("?")[0] for b in articles)}
    assert set(docs) == canonical - variants
    # by port, not substring: the replay server's own random port can be 443xx (failed CI with 44309)
    assert not [u for u in docs if urlsplit(u).port == 443]
    assert not [r for r in replay.requests if urlsplit(r).port == 443]
    assert len([r for r in replay.requests if "/api/v2/doc/doc" not in r]) == len(docs)  # each article once
    if "india" in name:
        assert len(docs) == 247 and len(variants) == 3  # boredpanda ?cexp_id… variants
        assert "https://www.cna.com.tw/news/ahel/202601220196.aspx" in docs
    else:
        assert len(docs) == 247 and len(variants) == 2  # index.hr ?index_ref…; breitbart :443 twin

    by_url = {}
    for article in articles:
        by_url.setdefault(canonicalize_url(article["url"]), article)
    dated_by_url = 0
    for url, doc in docs.items():
        article = by_url[url]
        if url in own_dates:  # the page's own date wins over seendate
            assert as_utc(doc["published"]) == as_utc(own_dates[url]), url
        elif not re.search(r"20[12]\d", urlsplit(url).path):  # nothing else dates it: seendate
            assert doc["published"] == to_iso(article["seendate"]), url
        else:  # a date in the URL (read by the extractor) also beats seendate
            dated_by_url += 1
            assert as_utc(doc["published"]) <= as_utc(article["seendate"]), url
        if not article["title"].strip():  # GDELT sometimes has no title, and the stand-in page none either
            assert doc["title"] is None
            continue
        assert "  " not in doc["title"] and " ," not in doc["title"] and " :" not in doc["title"], doc["title"]
        assert re.sub(r"\W", "", doc["title"]) == re.sub(r"\W", "", article["title"])  # only spacing changed
    assert sum(1 for u in docs if u not in own_dates) - dated_by_url > 60
    titles = {d["title"] for d in docs.values()}
    if "india" in name:
        assert any(t.startswith("Chabahar Port: India Concern Over Trump Tariffs") and "4,500" in t for t in titles)
    else:
        assert "2023, Harga Minyak Diramal Bakal Tembus 100 Dollar AS" in titles


# ---- Google News ---------------------------------------------------------------------------------
GNEWS = {
    "gnews/search_chemnitz_de_2023-12-06.xml": "/rss/search",
    "gnews/topic_headlines_de_2023-12-06.xml": "/rss/topics/headlines",
    "gnews/topstories_fr_BE_2020-03-08.xml": "/rss",
}
GNEWS_EXPECTED = {  # publisher URL decoded from the Google id -> (title without " - Outlet", pubDate)
    "https://www.tag24.de/chemnitz/lokales/preisschock-bei-eins-energie-fernwaerme-wird-75-prozent-teurer-3032091":
        ('Chemnitz: Preisschock bei "eins energie"! Fernwärme wird 75 Prozent teurer', "2023-12-06T04:30:00+00:00"),
    "https://www.mdr.de/video/mdr-videos/a/video-779952.html":
        ("Ehemaliges Chemnitzer Straßenbahndepot wird zu Garagencampus", "2023-12-06T19:24:28+00:00"),
    "https://www.tagesschau.de/wirtschaft/gdl-streik-190.html":
        ("GDL ruft von Donnerstagabend an zu eintägigem Streik auf", "2023-12-06T19:20:00+00:00"),
    "https://www.tagesspiegel.de/internationales/lassen-die-usa-die-ukraine-im-stich-us-finanzministerin-spricht-von-"
    "katastrophaler-situation-10887787.html":
        ("Lassen die USA die Ukraine im Stich?: US-Finanzministerin spricht von „katastrophaler Situation“",
         "2023-12-06T15:38:00+00:00"),
    "https://www.rtbf.be/info/societe/detail_coronavirus-en-belgique-200-cas-detectes-au-total-la-circulation-du-"
    "virus-reste-limitee?id=10450793":
        ("Coronavirus en Belgique: 200 cas détectés au total, un nombre limité de tests effectués par manque de "
         "réactifs", "2020-03-08T10:32:07+00:00"),
}


def test_gnews_feeds(replay, db):
    sources = []
    for rel, path in GNEWS.items():
        replay.add(path, raw(rel), "application/xml; charset=utf-8")
        sources.append(SourceConfig(id=Path(rel).stem, kind="gnews", url=replay.url(path), query="Chemnitz"))
    for url in GNEWS_EXPECTED:
        serve_page(replay, url, stand_in(url, lang="de"))
    summary = run_crawl(make_config(db, *sources, obey_robots=False), None)
    assert not summary.failed_sources
    docs = documents(db)
    assert set(docs) == {canonicalize_url(u) for u in GNEWS_EXPECTED}
    for url, (title, published) in GNEWS_EXPECTED.items():
        doc = docs[canonicalize_url(url)]
        assert (doc["title"], doc["published"]) == (title, published)
    assert not [r for r in replay.requests if "news.google.com" in r]  # every id was unwrapped offline
    search = next(r for r in replay.requests if urlsplit(r).path == "/rss/search")
    assert query_of(search)["q"] == "Chemnitz"


def test_gnews_link_forms():
    from crawler.spiders.gnews import strip_outlet, unwrap_google_news

    # every link in the feeds, the related-story clusters in <description> included, decodes offline
    links = {m.decode() for rel in GNEWS for m in re.findall(rb"https://news\.google\.com/[^\s\"<&]+", raw(rel))
             if b"/articles/" in m}
    assert len(links) >= 10 and any("/__i/rss/rd/articles/" in u for u in links)
    kept = {link for link in links if unwrap_google_news(link) == link}
    for link in links - kept:
        assert unwrap_google_news(link).startswith("https://") and "google.com" not in unwrap_google_news(link)
    # one cluster entry is a video: its id (type 32, not 19) holds an 11-character video id, no URL
    assert kept == {"https://news.google.com/rss/articles/CCAiC0lETWpHLXRoZ3ZNmAEB?oc=5"}
    assert "https://www.dhnet.be/actu/sante/la-belgique-annonce-xxx-nouveaux-cas-5e64c726d8ad5835a1c8e070" in {
        unwrap_google_news(u) for u in links}  # from the fr_BE cluster
    assert unwrap_google_news("https://news.google.com/news/url?sa=t&fd=R&ct2=us&url=https://example.org/a?b=1") \
        == "https://example.org/a?b=1"
    opaque = "https://news.google.com/rss/articles/CBMiK0FVX3lxTE1hYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0NTY3ODk?oc=5"
    assert unwrap_google_news(opaque) == opaque  # newer ids hold a token, not the URL
    assert strip_outlet("GDL ruft zu Streik auf - tagesschau.de", "tagesschau.de") == "GDL ruft zu Streik auf"
    assert strip_outlet("A - B - Le Monde", None) == "A - B"
    assert strip_outlet("Krieg - und Frieden in der Ukraine heute", "Tagesspiegel") == \
        "Krieg - und Frieden in der Ukraine heute"


# ---- feeds ---------------------------------------------------------------------------------------
FEEDS = {  # file -> (Content-Type served, stored documents, (an entry URL, its title, its date))
    "atom_daringfireball.xml": ("application/atom+xml; charset=utf-8", 47, (
        "https://daringfireball.net/thetalkshow/2017/06/26/ep-195", "The Talk Show: ‘I Do Like Throwing a Baby’",
        "2017-06-27T00:54:17+00:00")),
    "atom_heise_developer_de_2016-02-01.xml": ("application/atom+xml", 15, (
        "http://www.heise.de/developer/meldung/Microsoft-veroeffentlicht-Cordova-Erweiterung-fuer-Visual-Studio-Code"
        "-3088372.html?wt_mc=rss.developer.beitrag.atom",
        "Microsoft veröffentlicht Cordova-Erweiterung für Visual Studio Code", "2016-02-01T12:12:00+01:00")),
    "jsonfeed_v1_daringfireball.json": ("application/json", 48, (
        "https://daringfireball.net/linked/2017/06/26/virgin-mobile-iphone-only",
        "Virgin Mobile Partners With Apple to Go iPhone-Only With $1 Service", "2017-06-26T23:51:11+00:00")),
    "jsonfeed_v1_inessential.json": ("application/feed+json", 20, (
        "http://inessential.com/2017/06/01/evergreen_diary_1_open_source", "Evergreen Diary #1: Open Source",
        "2017-06-01T17:27:32-07:00")),
    "rss2_google_blog_trimmed.xml": ("application/rss+xml; charset=utf-8", 2, (
        "https://blog.google/products-and-platforms/products/gemini/find-job-with-google-ai-tools/",
        "Try these 3 Google AI tools to help find your next job.", "2026-06-25T17:00:00+00:00")),
    "rss2_guardian_us_2018-01-31.xml": ("application/rss+xml", 55, (
        "https://www.theguardian.com/us-news/2018/jan/31/fbi-nunes-memo-release-donald-trump",
        "FBI has 'grave concerns' about Trump plan to release controversial memo", "2018-01-31T20:00:01+00:00")),
    # Latin-1 bytes, CRLF: once with the charset the server sent, once mislabelled as UTF-8 below
    "rss2_jn_pt_iso-8859-1_2018-01-03.xml": ("text/xml; charset=ISO-8859-1", 40, (
        "http://feeds.jn.pt/~r/JN-ULTIMAS/~3/UBnb8Ra3Q1U/sonia-laig-e-a-nova-presidente-da-rarissimas-9021600.html",
        "Mãe de utente é a nova presidente da Raríssimas", "2018-01-03T13:47:00+00:00")),
    "rss2_livemint_news_in.xml": ("application/rss+xml; charset=utf-8", 25, (  # CDATA pubDate, trailing space
        "https://www.livemint.com/news/india/pm-modi-xi-jinping-informal-summit-in-varanasi-this-october-report-"
        "1559104147038.html", "PM Modi-Xi Jinping informal summit in Varanasi this October: Report",
        "2019-05-29T10:16:00+00:00")),
    "rss2_macworld_2017-11-28.xml": ("text/html; charset=utf-8", 30, (  # no XML declaration, leading blank lines
        "https://www.macworld.com/article/3235804/ios/ios-112-features-release-date-and-how-to-install.html#tk.rss_all",
        "iOS 11.2: Beta 5 is now available", "2017-11-28T14:56:00-08:00")),
}


def _entry_urls(name: str) -> list[str]:
    """Entry links read straight from the file (a regex, not the parser under test)."""
    text = raw(f"feeds/{name}").decode("latin-1")
    if name.endswith(".json"):
        return [i["url"] for i in json.loads(raw(f"feeds/{name}"))["items"]]
    if name.startswith("atom"):
        entries = re.findall(r"<entry>.*?</entry>", text, re.S)
        return [re.search(r'<link[^>]*rel="alternate"[^>]*href="([^"]+)"|<link[^>]*href="([^"]+)"', e).group(1)
                or re.search(r'<link[^>]*href="([^"]+)"', e).group(1) for e in entries]
    links = re.findall(r"<item>.*?<link>(.*?)</link>", text, re.S)
    return [re.sub(r"^<!\[CDATA\[(.*)\]\]>$", r"\1", m.strip(), flags=re.S).strip() for m in links]


@pytest.fixture(scope="module")
def feed_crawl(tmp_path_factory):
    """All nine feeds in one crawl; then the Latin-1 feed again, mislabelled UTF-8, in another store."""
    tmp = tmp_path_factory.mktemp("feeds")
    db_url, mislabelled_db = f"sqlite:///{tmp}/feeds.db", f"sqlite:///{tmp}/mislabelled.db"
    with ReplayServer() as replay, pytest.MonkeyPatch.context() as mp:
        proxy_through(replay, mp)
        sources = []
        for name, (ctype, _, _) in FEEDS.items():
            replay.add(f"/feeds/{name}", raw(f"feeds/{name}"), ctype)
            sources.append(SourceConfig(id=name, kind="feed", url=replay.url(f"/feeds/{name}")))
            for url in _entry_urls(name):
                serve_page(replay, url, stand_in(url))
        summary = run_crawl(make_config(db_url, *sources, obey_robots=False), None)
        replay.add("/feeds/mislabelled.xml", raw(f"feeds/{LATIN1}"), "application/rss+xml; charset=utf-8")
        mislabelled = SourceConfig(id="mislabelled", kind="feed", url=replay.url("/feeds/mislabelled.xml"))
        run_crawl(make_config(mislabelled_db, mislabelled, obey_robots=False), None)
        yield summary, documents(db_url), documents(mislabelled_db)


LATIN1 = "rss2_jn_pt_iso-8859-1_2018-01-03.xml"


@pytest.mark.parametrize("name", sorted(FEEDS))
def test_feed(feed_crawl, name):
    summary, all_docs, _ = feed_crawl
    assert not summary.failed_sources
    counts = summary.per_source[name]
    _, expected_count, (url, title, published) = FEEDS[name]
    links = {canonicalize_url(u) for u in _entry_urls(name)}
    assert len(links) == expected_count
    # Daring Fireball's Atom and JSON feeds share six posts: whichever source asked first stores one
    assert links <= set(all_docs)
    mine = {u for u, d in all_docs.items() if d["source_id"] == name}
    assert mine <= links
    assert counts["documents_new"] + counts["documents_duplicate"] == len(mine)
    assert len(mine) + counts["skipped"] == expected_count
    doc = all_docs[canonicalize_url(url)]
    assert (doc["title"], doc["published"]) == (title, published)
    docs = [all_docs[u] for u in links]
    assert all(d["published"] and d["title"] for d in docs)
    assert not [d for d in docs if "\ufffd" in d["title"] or "Ã" in d["title"]]


def test_feed_latin1_mislabelled_as_utf8(feed_crawl):
    """The XML declaration says ISO-8859-1; a server's wrong charset must not garble the titles."""
    _, all_docs, mislabelled = feed_crawl
    links = {canonicalize_url(u) for u in _entry_urls(LATIN1)}
    assert set(mislabelled) == links
    assert {u: d["title"] for u, d in mislabelled.items()} == {u: all_docs[u]["title"] for u in links}


# ---- sitemaps and robots.txt -----------------------------------------------------------------------
ROBOTS_SITEMAPS = {  # Sitemap: lines, unique (the BBC lists sitemap.xml three times)
    "www.nytimes.com": 6, "www.theguardian.com": 2, "www.bbc.co.uk": 6, "www.reuters.com": 5,
    "www.politico.com": 3, "www.wsj.com": 6,
}
NYT_NEWS = "https://www.nytimes.com/sitemaps/sitemap_news/sitemap.xml.gz"


def test_robots_txt_sitemap_discovery_and_rules(replay, db):
    listed: dict[str, list[str]] = {}
    for host in ROBOTS_SITEMAPS:
        body = raw(f"sitemaps/robots_{host}.txt")
        for scheme in ("https", "http"):
            replay.add(f"{scheme}://{host}/robots.txt", body, "text/plain")
        listed[host] = list(dict.fromkeys(m.strip() for m in re.findall(rb"(?im)^\s*sitemap:\s*(\S+)", body)
                                          for m in [m.decode()]))
    news = raw("sitemaps/news_sitemap_nytimes_2020-05.xml")
    replay.add(NYT_NEWS, gzip.compress(news), "application/x-gzip")
    locs = [m.strip() for m in re.findall(rb"<loc>(.*?)</loc>", news, re.S) for m in [m.decode()]]
    for url in locs:
        serve_page(replay, url, stand_in(url))
    refused = "https://www.nytimes.com/search/?query=code+of+practice"  # Disallow: /search/
    serve_page(replay, refused, stand_in(refused))
    sources = [SourceConfig(id=host, kind="sitemap", url=f"https://{host}/") for host in ROBOTS_SITEMAPS]
    sources.append(SourceConfig(id="list", kind="urls", urls=[refused]))
    summary = run_crawl(make_config(db, *sources, obey_robots=True), None)

    for host, count in ROBOTS_SITEMAPS.items():
        assert len(listed[host]) == count, host
        for sitemap in listed[host]:  # each Sitemap: line followed once, whatever its case or line ending
            assert sum(1 for r in replay.requests if r == sitemap) == 1, sitemap
    # only the NYT news sitemap was recorded: the other hosts' sources have no readable sitemap
    assert sorted(summary.failed_sources) == sorted(h for h in ROBOTS_SITEMAPS if h != "www.nytimes.com")
    docs = documents(db)
    assert set(docs) == set(locs) and len(locs) == 6
    titles = dict(zip(locs, re.findall(r"<news:title>(.*?)</news:title>", news.decode(), re.S)))
    dates = dict(zip(locs, re.findall(r"<news:publication_date>(.*?)</news:publication_date>", news.decode())))
    for url, doc in docs.items():
        assert doc["title"] == " ".join(titles[url].split()) and doc["published"] == to_iso(dates[url].strip())
    assert docs["https://www.nytimes.com/interactive/2020/05/11/magazine/quarantine-paris.html"]["title"] == \
        "I Didn’t Feel Parisian Until I Escaped Paris"
    assert not replay.requested(refused)
    state = fetch_state(db, canonicalize_url(refused))
    assert state.outcome == "rejected" and "robots.txt" in state.reason


def test_plain_urlset_with_date_only_lastmod(replay, db):
    body = raw("sitemaps/urlset_sitemaps.org_2016.xml")
    replay.add("https://www.sitemaps.org/sitemap.xml", body, "application/xml")
    locs = [m.strip() for m in re.findall(rb"<loc>(.*?)</loc>", body) for m in [m.decode()]]
    for url in locs:
        serve_page(replay, url, stand_in(url))
    source = SourceConfig(id="sm", kind="sitemap", url="https://www.sitemaps.org/sitemap.xml")
    cfg = make_config(db, source, obey_robots=False)
    run_crawl(cfg, None)
    docs = documents(db)
    assert len(locs) == 84 and set(docs) == set(locs)
    assert {fetch_state(db, u).lastmod for u in locs} == {"2016-11-21"}
    again = run_crawl(cfg, None)  # the lastmod did not move: nothing is fetched again
    assert again.skipped == 84 and again.pages_fetched == 1


# ---- article pages ---------------------------------------------------------------------------------
LANGUAGE = {"us": "en", "uk": "en", "be": "en", "de": "de", "at": "de", "fr": "fr"}
# The byline on the page says "Par Bertrand Bissuel"; fundus's Le Monde parser gives the publisher.
AUTHOR_DIFFERS = {"fr_LeMonde": "Bertrand Bissuel"}


@pytest.fixture(scope="module")
def article_crawl(tmp_path_factory):
    db_url = f"sqlite:///{tmp_path_factory.mktemp('articles')}/articles.db"
    index = load("articles/index.json")
    with ReplayServer() as replay, pytest.MonkeyPatch.context() as mp:
        proxy_through(replay, mp)
        for entry in index:
            body = raw(f"articles/{entry['file']}")
            try:
                body.decode("utf-8")
                ctype = "text/html; charset=utf-8"
            except UnicodeDecodeError:
                ctype = "text/html"
            serve_page(replay, entry["url"], body, ctype)
        source = SourceConfig(id="pages", kind="urls", urls=[e["url"] for e in index])
        summary = run_crawl(make_config(db_url, source, obey_robots=False), None)
        yield summary, documents(db_url)


@pytest.mark.parametrize("name", ARTICLE_NAMES)
def test_article(article_crawl, name):
    summary, docs = article_crawl
    expected = load(f"articles/{name}.expected.json")
    doc = docs.get(canonicalize_url(expected["url"]))
    assert doc is not None, f"{name} not stored: {summary.per_source}"
    assert space(doc["title"]) == space(expected["title"])  # Le Monde's title has no-break spaces
    assert as_utc(doc["published"]) == as_utc(expected["publishing_date"]).replace(microsecond=0)
    authors = AUTHOR_DIFFERS.get(name) or "; ".join(expected["authors"])
    assert doc["author"] == authors
    start = space(expected["text_start"])[:120]
    text = space(doc["text"])
    assert start in text and text.index(start) < 400, text[:500]
    assert doc["language"] == LANGUAGE[name[:2]]
