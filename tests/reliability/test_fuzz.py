"""Hypothesis throws malformed HTML, feeds, sitemaps, JSON-LD and config at the parsers:
the only exceptions allowed are the documented ones (FeedError, SitemapError, ConfigError)."""
from __future__ import annotations

import json

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from crawler import htmlmeta
from crawler.extract import extract
from crawler.feeds import FeedError, parse_feed
from crawler.items import ExtractedDocument, FetchedPage, Rejection
from crawler.sitemaps import SitemapError, parse_sitemap, sitemaps_from_robots
from stancewatch.config import ConfigError, load_config, parse_config

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

TAGS = ["rss", "channel", "item", "link", "title", "pubDate", "feed", "entry", "urlset", "url", "loc",
        "lastmod", "sitemapindex", "sitemap", "html", "head", "body", "article", "p", "a", "script",
        "meta", "![CDATA[", "!DOCTYPE", "?xml", "news:news", "rdf:RDF"]
FRAGMENTS = st.one_of(
    st.sampled_from(TAGS).map(lambda t: f"<{t}>"), st.sampled_from(TAGS).map(lambda t: f"</{t}>"),
    st.sampled_from(['href="', 'http://', "&amp;", "&#x0;", "&bogus;", "\x00", "\ufeff", "]]>", '"',
                     '<a href="javascript:alert(1)">', '<!ENTITY x SYSTEM "file:///etc/passwd">', "&x;",
                     '{"@type": "NewsArticle"', "2025-13-45T99:99", "\x1f\x8b"]),
    st.text(max_size=40),
)
MARKUP = st.lists(FRAGMENTS, max_size=60).map("".join)
BODIES = st.one_of(st.binary(max_size=2000), MARKUP.map(lambda s: s.encode("utf-8", "surrogatepass")),
                   MARKUP.map(lambda s: s.encode("utf-16", "surrogatepass")))


@FUZZ
@given(body=BODIES, ctype=st.sampled_from(["", "application/rss+xml", "application/json", "text/html"]))
@example(body=b"<:", ctype="")  # found by this test: lxml's QName raised ValueError
def test_parse_feed_raises_only_feed_error(body, ctype):
    try:
        feed = parse_feed(body, "https://example.org/feed.xml", ctype)
    except FeedError:
        return
    assert all(isinstance(e.url, str) for e in feed.entries)


@FUZZ
@given(body=BODIES)
@example(body=b"<")  # found by this test: malformed XML escaped as FeedError, which the spider missed
def test_sitemap_and_robots_parsing_raise_only_sitemap_error(body):
    try:
        sm = parse_sitemap(body, "https://example.org/sitemap.xml", max_bytes=1 << 20)
        assert all(isinstance(u.url, str) for u in sm.urls + sm.sitemaps)
    except SitemapError:
        pass
    assert all(isinstance(u, str) for u in sitemaps_from_robots(body, "https://example.org/robots.txt"))


@FUZZ
@given(body=BODIES, ctype=st.sampled_from(["text/html", "text/html; charset=latin-1", "application/pdf", "",
                                            "text/html; charset=bogus-42"]))
def test_extract_never_crashes_on_malformed_html(body, ctype):
    page = FetchedPage(url="https://example.org/a", requested_url="https://example.org/a", source_id="s",
                       status=200, body=body, content_type=ctype)
    assert isinstance(extract(page), (ExtractedDocument, Rejection))


JSON_VALUES = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=20),
                           lambda kids: st.lists(kids, max_size=4) | st.dictionaries(
                               st.sampled_from(["@type", "@graph", "author", "name", "headline", "articleBody",
                                                "datePublished", "text", "creator", "x"]), kids, max_size=5),
                           max_leaves=20)


@FUZZ
@given(data=JSON_VALUES, raw=st.text(max_size=80), wrap=st.booleans())
def test_jsonld_parsing_never_crashes(data, raw, wrap):
    block = json.dumps(data) if wrap else raw
    html = f'<html><head><script type="application/ld+json">{block}</script></head><body><p>x</p></body></html>'
    tree = htmlmeta.parse_html(html)
    assert tree is not None
    meta = htmlmeta.page_meta(tree)
    for article in (meta.article, data if isinstance(data, dict) else None):
        htmlmeta.jsonld_author(article)
        htmlmeta.jsonld_text(article)
        htmlmeta.jsonld_field(article, "headline", "datePublished")


CONFIG_KEYS = st.sampled_from(["storage", "crawl", "nlp", "digest", "distributed", "sources", "data_dir", "url",
                               "download_delay", "allow_private_networks", "id", "kind", "bogus"])


@FUZZ
@given(raw=st.dictionaries(CONFIG_KEYS, JSON_VALUES | st.dictionaries(CONFIG_KEYS, JSON_VALUES, max_size=4)
                           | st.lists(st.dictionaries(CONFIG_KEYS, JSON_VALUES, max_size=4), max_size=3), max_size=5))
def test_parse_config_raises_only_config_error(raw):
    try:
        parse_config(raw)
    except ConfigError:
        pass


@FUZZ
@given(text=st.lists(st.sampled_from(["[crawl]\n", "[[sources]]\n", "download_delay = ", "id = ", '"x"\n',
                                      "-1\n", "true\n", "[storage]\nurl = 3\n", "= =\n", "kind = 'feed'\n",
                                      "[distributed]\nbloom_capacity = 'many'\n", "\x00"]) | st.text(max_size=15),
                     max_size=12).map("".join))
def test_load_config_on_random_toml_text_raises_only_config_error(tmp_path_factory, text):
    path = tmp_path_factory.getbasetemp() / "fuzz.toml"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    try:
        load_config(path, environ={})
    except ConfigError:
        pass
