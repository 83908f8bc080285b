"""Fast unit tests of the crawl stage's pure functions."""
from __future__ import annotations

import datetime as dt

import pytest

from crawler.encoding import decode_body, looks_binary
from crawler.extract import extract
from crawler.feeds import FeedError, parse_feed
from crawler.incremental import decide
from crawler.items import ExtractedDocument, FetchedPage, Rejection
from crawler.settings_bridge import build_settings
from crawler.sitemaps import parse_sitemap, sitemaps_from_robots
from crawler.urls import canonicalize_url, resolve_canonical
from stancewatch.config import AppConfig
from storage.fingerprints import content_hash, hamming, simhash
from storage.language import detect_language
from tests.crawler.fault_server import ARTICLE_TEXT, LATIN1_BODY, article_html, unique_text


@pytest.mark.parametrize("raw,canonical", [
    ("HTTP://Example.COM:80/a/b?utm_source=x&b=2&a=1&fbclid=z#frag", "http://example.com/a/b?a=1&b=2"),
    ("https://example.com:443", "https://example.com/"),
    ("https://example.com/x?ref=home&gclid=1&mc_cid=2&id=7", "https://example.com/x?id=7"),
    ("https://example.com//a//b", "https://example.com/a/b"),
])
def test_canonicalize_url(raw, canonical):
    assert canonicalize_url(raw) == canonical


def test_rel_canonical_only_same_site():
    assert resolve_canonical("https://www.news.example/a?utm_medium=x", "/story") == "https://www.news.example/story"
    assert resolve_canonical("https://news.example/a", "https://evil.example/b") == "https://news.example/a"


def test_simhash_and_hash():
    base = unique_text(1, 20)
    edited = base.replace("In item 1-3", "In item one-three")
    other = unique_text(2, 20)
    assert hamming(simhash(base), simhash(edited)) <= 3
    assert hamming(simhash(base), simhash(other)) > 10
    assert content_hash("Hello  World\n") == content_hash("hello world")
    assert 0 <= simhash(base) < 2**64 and simhash("") == 0


def test_feed_formats():
    rss = parse_feed(b"""<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel><item><title>T</title><guid isPermaLink="true">https://e.org/1</guid>
      <pubDate>Thu, 10 Jul 2025 09:00:00 +0200</pubDate><dc:creator>Ann</dc:creator></item></channel></rss>""")
    assert [(e.url, e.published, e.author) for e in rss.entries] == [("https://e.org/1", "2025-07-10T09:00:00+02:00", "Ann")]
    rdf = parse_feed(b"""<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
      <item rdf:about="https://e.org/2"><title>x</title><link>https://e.org/2</link></item></rdf:RDF>""")
    assert rdf.entries[0].url == "https://e.org/2"
    with pytest.raises(FeedError):
        parse_feed(b"<html><body>not a feed</body></html>")
    with pytest.raises(FeedError):
        parse_feed(b"<rss><channel><item><title>broken & bad")
    with pytest.raises(FeedError):
        parse_feed(b'{"version": "x"}')
    recovered = parse_feed(b"<rss><channel><item><link>https://e.org/3</link><title>a &nbsp; b</title></item></channel></rss>")
    assert recovered.entries[0].url == "https://e.org/3" and recovered.warnings


def test_xml_entities_not_expanded():
    bomb = (b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
            b'<!ENTITY x SYSTEM "file:///etc/passwd">]><rss><channel><item><title>&b;&x;</title>'
            b"<link>https://e.org/1</link></item></channel></rss>")
    entry = parse_feed(bomb).entries[0]
    assert "root:" not in (entry.title or "") and len(entry.title or "") < 100


def test_sitemap_text_and_robots():
    assert [u.url for u in parse_sitemap(b"https://e.org/a\nnot a url\nhttps://e.org/b\n").urls] == [
        "https://e.org/a", "https://e.org/b"]
    assert sitemaps_from_robots(b"User-agent: *\nSitemap: /s.xml\nsitemap: https://x.org/t.xml", "https://e.org/robots.txt") == [
        "https://e.org/s.xml", "https://x.org/t.xml"]


@pytest.mark.parametrize("body,ctype,needle", [
    ("Grüße aus München".encode(), "text/html; charset=iso-8859-1", "Grüße aus München"),  # wrong label
    ("Grüße aus München".encode("latin-1"), "text/html; charset=utf-8", "Grüße aus München"),  # wrong label
    ("Grüße".encode("utf-8-sig"), "", "Grüße"),
    ("Grüße".encode("utf-16"), "text/html", "Grüße"),
    (b"<meta charset='windows-1252'>\x93quoted\x94", "", "\u201cquoted\u201d"),
])
def test_decode_body(body, ctype, needle):
    assert needle in decode_body(body, ctype)[0]


def test_binary_detection():
    assert looks_binary(b"%PDF-1.7\x00\x01\x02") and not looks_binary("Grüße".encode("utf-16"))


@pytest.mark.parametrize("text,declared,expected", [
    (ARTICLE_TEXT, None, "en"),
    (LATIN1_BODY, "en", "de"),  # the template says en; the text is clearly German
    ("Le code de bonnes pratiques est publié par la Commission et les entreprises pour le marché", None, "fr"),
    ("El código de buenas prácticas para los modelos de uso general se publica por la Comisión", None, "es"),
    ("Il codice di condotta per i modelli di uso generale è stato pubblicato dalla Commissione che", None, "it"),
    ("短い", "ja-JP", "ja"),
])
def test_language(text, declared, expected):
    assert detect_language(text, declared) == expected


def test_incremental_decisions():
    now = dt.datetime(2025, 8, 1, tzinfo=dt.UTC)
    known = {"outcome": "stored", "fetched_at": dt.datetime(2025, 7, 31, 12), "lastmod": "2025-07-20T10:00:00+00:00",
             "etag": '"abc"', "last_modified": "Sun, 20 Jul 2025 10:00:00 GMT"}
    assert decide(None, None, 24, now).fetch
    assert not decide(known, "2025-07-20T10:00:00+00:00", 24 * 7, now).fetch
    assert not decide(known, "2025-07-20", 24 * 7, now).fetch  # same day at date granularity
    changed = decide(known, "2025-07-30T08:00:00Z", 24 * 7, now)
    assert changed.fetch and changed.headers == {"If-None-Match": '"abc"', "If-Modified-Since": known["last_modified"]}
    assert decide(known, None, 6, now).fetch  # revisit due
    assert decide({**known, "outcome": "error"}, None, 24 * 7, now).fetch


def test_settings_bridge_maps_config():
    cfg = AppConfig()
    s = build_settings(cfg)
    assert s["ROBOTSTXT_OBEY"] is True and s["DOWNLOAD_DELAY"] == 1.0 and s["AUTOTHROTTLE_ENABLED"] is True
    assert s["USER_AGENT"] == cfg.crawl.user_agent and s["DOWNLOAD_MAXSIZE"] == cfg.crawl.max_response_bytes
    assert s["TELNETCONSOLE_ENABLED"] is False and s["HTTPCACHE_ENABLED"] is False and s["REMOTE_CONTROL_ENABLED"] is False
    assert s["STANCEWATCH_ALLOW_PRIVATE_NETWORKS"] is False
    cfg.crawl.download_delay, cfg.crawl.obey_robots, cfg.crawl.retry_times = 0, False, 0
    s = build_settings(cfg)
    assert s["AUTOTHROTTLE_ENABLED"] is False and s["ROBOTSTXT_OBEY"] is False and s["RETRY_ENABLED"] is False


def _page(body: bytes, ctype: str = "text/html; charset=utf-8", **kw) -> FetchedPage:
    return FetchedPage(url="https://e.org/x", requested_url="https://e.org/x", source_id="s", status=200,
                       body=body, content_type=ctype, **kw)


def test_extract_rejections():
    assert "not an HTML page" in extract(_page(b"%PDF-1.4", "application/pdf")).reason
    assert "too little text" in extract(_page(article_html("Short", "Just a stub.").encode())).reason
    listing = "<html><body><ul>" + "".join(f'<li><a href="/n/{i}">Headline number {i}</a></li>' for i in range(40)) + "</ul></body></html>"
    assert "listing/index page" in extract(_page(listing.encode())).reason
    assert isinstance(extract(_page(b"", "text/html")), Rejection)


def test_extract_jsonld_social_post_when_trafilatura_finds_little():
    html = b"""<html lang="en"><head><title>Post</title><script type="application/ld+json">
      {"@context": "https://schema.org", "@type": "SocialMediaPosting", "articleBody": "We will sign the Code.",
       "datePublished": "2025-07-18T17:10:00Z", "author": {"@type": "Person", "name": "Brad Smith"}}
      </script></head><body><div id="app"></div></body></html>"""
    doc = extract(_page(html))
    assert isinstance(doc, ExtractedDocument)
    assert doc.text == "We will sign the Code." and doc.author == "Brad Smith" and doc.published == "2025-07-18T17:10:00+00:00"


def test_extract_open_graph_and_hint_fallbacks():
    html = article_html("Plain", unique_text(5)).encode()
    doc = extract(_page(html, hint_published="2025-07-01T08:00:00Z", hint_author="Feed Author"))
    assert doc.published == "2025-07-01T08:00:00+00:00" and doc.author == "Feed Author"


def test_default_sources_file_is_a_valid_config():
    import tomllib
    from pathlib import Path

    from stancewatch.config import SOURCE_KINDS, parse_config

    path = Path(__file__).resolve().parents[2] / "crawler" / "default_sources.toml"
    cfg = parse_config(tomllib.loads(path.read_text(encoding="utf-8")), str(path))
    assert {s.kind for s in cfg.sources} == set(SOURCE_KINDS) - {"urls"}
    assert all(s.url is None or s.url.startswith("https://") for s in cfg.sources)


def test_table_cells_blanked_by_trafilatura_are_restored():
    """trafilatura drops a cell reading just "Google" (it looks like a share button)."""
    from crawler.extract import extract
    from crawler.items import FetchedPage
    from stancewatch.site_server import DEMO_SITE_DIR

    body = (DEMO_SITE_DIR / "commission" / "signatories.html").read_bytes()
    doc = extract(FetchedPage(url="http://127.0.0.1/commission/signatories.html", requested_url="http://127.0.0.1/",
                              source_id="s", status=200, body=body, content_type="text/html"))
    rows = [line for line in doc.text.splitlines() if line.startswith("| ") and "chapters" in line.lower()]
    assert "| Google | All chapters |" in rows and "| Cohere | All chapters |" in rows
    assert not any("|  |" in r for r in rows)
    assert rows.index("| Google | All chapters |") == rows.index("| Cohere | All chapters |") + 1
