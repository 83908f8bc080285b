"""Each source kind against local fixtures: feeds, sitemaps, pages, URL lists, social and discovery APIs."""
from __future__ import annotations

import base64
import gzip
import json

from stancewatch.config import SourceConfig
from stancewatch.crawling import run_crawl
from storage.records import DocumentInfo
from tests.crawler.fault_server import ARTICLE_TEXT, article_html, rss, unique_text


def _articles(server, n: int, prefix: str = "/a") -> list[str]:
    return [server.add(f"{prefix}{i}.html", article_html(f"Story {i} on the code", unique_text(i))) for i in range(n)]


def _docs(store) -> dict[str, DocumentInfo]:
    return {d.url: d for d in store.iter_documents()}


def test_json_feed_and_atom(fault_server, make_cfg, store):
    urls = _articles(fault_server, 3)
    fault_server.add("/feed.json", json.dumps({
        "version": "https://jsonfeed.org/version/1.1", "title": "J",
        "items": [{"id": "1", "url": urls[0], "title": "Zero", "date_published": "2025-07-10T09:00:00+02:00",
                   "authors": [{"name": "Ana Author"}]}],
    }), ctype="application/feed+json")
    fault_server.add("/atom.xml", f"""<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"
        xml:base="{fault_server.base_url}/"><title>A</title>
        <entry><title>One</title><link href="a1.html"/><published>2025-07-11T10:00:00Z</published></entry>
        <entry><title>Two</title><link rel="alternate" type="text/html" href="/a2.html?utm_source=x&amp;fbclid=1"/>
        <updated>2025-07-12</updated></entry></feed>""", ctype="application/atom+xml")
    cfg = make_cfg(SourceConfig(id="json", kind="feed", url=fault_server.url("/feed.json")),
                   SourceConfig(id="atom", kind="feed", url=fault_server.url("/atom.xml")))
    summary = run_crawl(cfg, None)
    docs = _docs(store)
    assert set(docs) == set(urls) and summary.documents_new == 3
    assert docs[urls[0]].published == "2025-07-10T09:00:00+02:00"  # the page has no date: feed hint
    assert docs[urls[0]].author == "Ana Author"
    assert docs[urls[1]].published == "2025-07-11T10:00:00+00:00"
    assert docs[urls[2]].published == "2025-07-12"
    assert not [r for r in fault_server.requests if "utm_" in r]


def test_sitemap_index_gzip_and_news(fault_server, make_cfg, store):
    urls = _articles(fault_server, 3)
    news = (f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            f'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>{urls[0]}</loc><news:news>'
            f"<news:publication_date>2025-07-18T09:30:00Z</news:publication_date><news:title>T</news:title>"
            f"</news:news></url></urlset>")
    plain = (f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
             f"<url><loc>{urls[1]}</loc><lastmod>2025-07-19</lastmod></url><url><loc>{urls[2]}</loc></url></urlset>")
    fault_server.add("/news.xml", news, ctype="application/xml")
    fault_server.add("/plain.xml.gz", gzip.compress(plain.encode()), ctype="application/x-gzip")
    fault_server.add("/index.xml", '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                     "<sitemap><loc>/news.xml</loc></sitemap><sitemap><loc>/plain.xml.gz</loc></sitemap></sitemapindex>",
                     ctype="application/xml")
    fault_server.add("/robots.txt", "User-agent: *\nDisallow: /nothing/\nSitemap: /index.xml\n", ctype="text/plain")
    cfg = make_cfg(SourceConfig(id="sm", kind="sitemap", url=fault_server.base_url + "/"))
    summary = run_crawl(cfg, None)
    docs = _docs(store)
    assert set(docs) == set(urls), summary
    assert docs[urls[0]].published == "2025-07-18T09:30:00+00:00"
    assert store.fetch_state(urls[1]).lastmod == "2025-07-19"


def test_pages_follow_allow_deny_and_depth(fault_server, make_cfg, store):
    urls = _articles(fault_server, 4, prefix="/news/story")
    fault_server.add("/news/skip-me.html", article_html("Denied", ARTICLE_TEXT * 3))
    links = "".join(f'<li><a href="{u}">Story</a></li>' for u in urls[:3])
    links += '<li><a href="/news/skip-me.html">skip</a></li><li><a href="/news/page2.html">More</a></li>'
    links += '<li><a href="https://elsewhere.example/x.html">off-site</a></li><li><a href="/about.html">about</a></li>'
    fault_server.add("/news/", f"<html><body><h1>Newsroom</h1><ul>{links}</ul></body></html>")
    fault_server.add("/news/page2.html", "<html><body><ul>" + "".join(
        f'<li><a href="/news/story{i}.html">s</a></li>' for i in range(4)) + "</ul></body></html>")
    cfg = make_cfg(SourceConfig(id="pg", kind="pages", url=fault_server.url("/news/"), depth=2,
                                allow=[r"/news/"], deny=[r"skip-me"]))
    summary = run_crawl(cfg, None)
    assert set(_docs(store)) == set(urls), summary  # story3 only via page2 (depth 2)
    assert "/news/skip-me.html" not in fault_server.requests and "/about.html" not in fault_server.requests
    assert fault_server.url("/news/page2.html") not in _docs(store)


def test_url_list_file_with_comments(fault_server, make_cfg, store, tmp_path):
    urls = _articles(fault_server, 2)
    listing = tmp_path / "urls.txt"
    listing.write_text(f"# curated statements\n\n{urls[0]}  # the first\n   {urls[1]}\n#{fault_server.url('/x.html')}\n")
    cfg = make_cfg(SourceConfig(id="list", kind="urls", url=str(listing)))
    run_crawl(cfg, None)
    assert set(_docs(store)) == set(urls)
    assert "/x.html" not in fault_server.requests


def test_bluesky_author_feed(fault_server, make_cfg, store):
    def post(rkey: str, text: str, handle: str = "openai.bsky.social", **extra) -> dict:
        return {"post": {"uri": f"at://did:plc:abc/app.bsky.feed.post/{rkey}", "author": {"handle": handle, "displayName": "OpenAI"},
                         "record": {"text": text, "createdAt": "2025-07-11T13:05:00.000Z", "langs": ["en"]},
                         "indexedAt": "2025-07-11T13:05:01Z"}, **extra}
    feed = {"feed": [post("3kabc", "We intend to sign the EU General-Purpose AI Code of Practice."),
                     post("3kdef", "Reposted news", handle="someone.bsky.social", reason={"$type": "repost"})]}
    fault_server.add("/xrpc/app.bsky.feed.getAuthorFeed", json.dumps(feed), ctype="application/json")
    cfg = make_cfg(SourceConfig(id="bsky", kind="bluesky", url=fault_server.base_url, handles=["@openai.bsky.social"],
                                source_kind="post"))
    summary = run_crawl(cfg, None)
    [doc] = store.iter_documents()
    assert doc.url == "https://bsky.app/profile/openai.bsky.social/post/3kabc"
    assert doc.author == "OpenAI" and doc.published == "2025-07-11T13:05:00+00:00" and doc.language == "en"
    assert doc.source_kind == "post" and summary.documents_new == 1
    assert any("actor=openai.bsky.social" in r for r in fault_server.requests)
    again = run_crawl(cfg, None)
    assert again.documents_new == 0 and store.document_count() == 1


def test_mastodon_lookup_and_statuses(fault_server, make_cfg, store):
    fault_server.add("/api/v1/accounts/lookup", json.dumps({"id": "109", "acct": "mistral", "display_name": "Mistral AI"}),
                     ctype="application/json")
    statuses = [
        {"id": "1", "url": "https://mastodon.example/@mistral/1", "created_at": "2025-07-15T09:00:00.000Z",
         "content": "<p>We will sign the <a href='#'>#GPAI</a> Code of Practice.</p><p>More soon.</p>",
         "language": "en", "visibility": "public", "reblog": None, "account": {"acct": "mistral", "display_name": "Mistral AI"}},
        {"id": "2", "url": "https://mastodon.example/@mistral/2", "created_at": "2025-07-16T09:00:00.000Z",
         "content": "<p>boost</p>", "visibility": "public", "reblog": {"id": "9"}, "account": {"acct": "mistral"}},
    ]
    fault_server.add("/api/v1/accounts/109/statuses", json.dumps(statuses), ctype="application/json")
    cfg = make_cfg(SourceConfig(id="masto", kind="mastodon", url=fault_server.base_url, handles=["@mistral@mastodon.example"]))
    run_crawl(cfg, None)
    [doc] = store.iter_documents()
    assert doc.url == "https://mastodon.example/@mistral/1" and doc.author == "Mistral AI"
    text = store.documents_for_analysis()[0].text
    assert text.startswith("We will sign the #GPAI Code of Practice.") and "More soon." in text
    assert any("acct=mistral%40mastodon.example" in r for r in fault_server.requests)


def test_gdelt_discovery(fault_server, make_cfg, store):
    urls = _articles(fault_server, 2)
    fault_server.add("/api/v2/doc/doc", json.dumps({"articles": [
        {"url": urls[0], "title": "G0", "seendate": "20250710T093000Z", "language": "English"},
        {"url": urls[1], "title": "G1", "seendate": "20250711T101500Z"}]}), ctype="application/json")
    cfg = make_cfg(SourceConfig(id="gd", kind="gdelt", url=fault_server.url("/api/v2/doc/doc"),
                                query='"code of practice" general-purpose AI'))
    run_crawl(cfg, None)
    docs = _docs(store)
    assert set(docs) == set(urls)
    assert docs[urls[0]].published == "2025-07-10T09:30:00+00:00"
    query = next(r for r in fault_server.requests if r.startswith("/api/v2/doc/doc"))
    assert "mode=ArtList" in query and "format=json" in query and "maxrecords=75" in query and "sort=DateDesc" in query


def test_gdelt_plain_text_error_fails_source(fault_server, make_cfg, store):
    fault_server.add("/api/v2/doc/doc", "Please limit requests to one every 5 seconds", ctype="text/plain")
    cfg = make_cfg(SourceConfig(id="gd", kind="gdelt", url=fault_server.url("/api/v2/doc/doc"), query="x"))
    summary = run_crawl(cfg, None)
    assert summary.failed_sources == ["gd"]
    assert "Please limit requests" in store.errors()[0].reason


def test_gnews_rss_links_followed_and_unwrapped(fault_server, make_cfg, store):
    urls = _articles(fault_server, 2)
    wrapped = base64.urlsafe_b64encode(b"\x08\x13\x22\x2b" + urls[1].encode() + b"\xd2\x01\x00").decode().rstrip("=")
    fault_server.add("/rss/search", rss([
        {"link": urls[0], "title": "Direct - Outlet", "pubDate": "Thu, 10 Jul 2025 09:00:00 +0000"},
        {"link": f"https://news.google.com/rss/articles/{wrapped}?oc=5", "title": "Wrapped - Outlet"}]),
        ctype="application/rss+xml")
    cfg = make_cfg(SourceConfig(id="gn", kind="gnews", url=fault_server.url("/rss/search"), query="GPAI code"))
    run_crawl(cfg, None)
    assert set(_docs(store)) == set(urls)
    search = next(r for r in fault_server.requests if r.startswith("/rss/search"))
    assert "q=GPAI+code" in search and "ceid=US%3Aen" in search
