"""Loopback/private/link-local destinations are refused unless allowed, redirects included."""
from __future__ import annotations

import pytest

from crawler.middlewares import ip_literal, is_public
from stancewatch.config import SourceConfig
from stancewatch.crawling import run_crawl
from tests.crawler.fault_server import article_html, rss


@pytest.mark.parametrize("address,public", [
    ("127.0.0.1", False), ("10.1.2.3", False), ("172.16.0.1", False), ("192.168.1.1", False),
    ("169.254.169.254", False), ("100.64.0.1", False), ("0.0.0.0", False), ("::1", False),
    ("fe80::1", False), ("fc00::1", False), ("::ffff:127.0.0.1", False), ("240.0.0.1", False),
    ("8.8.8.8", True), ("2a00:1450:4001:80b::200e", True),
])
def test_address_classification(address, public):
    assert is_public(ip_literal(address)) is public


def test_loopback_source_refused_with_clear_message(fault_server, make_cfg, store):
    feed = fault_server.add("/feed.xml", rss([]), ctype="application/rss+xml")
    cfg = make_cfg(SourceConfig(id="local", kind="feed", url=feed), allow_private_networks=False)
    summary = run_crawl(cfg, None)
    assert fault_server.requests == []  # not even robots.txt
    assert summary.failed_sources == ["local"]
    [error] = store.errors()
    assert error.url == feed
    assert error.reason == (f"refused private address: {feed} "
                               "(set [crawl] allow_private_networks = true to allow)")


def test_redirect_to_private_address_refused(fault_server, make_cfg, store):
    ok = fault_server.add("/ok.html", article_html("Fine article about the AI code"))
    hop = fault_server.add("/go", "", status=302, headers={"Location": "http://169.254.169.254/latest/meta-data/"})
    feed = fault_server.add("/feed.xml", rss([{"link": ok}, {"link": hop}]), ctype="application/rss+xml")
    cfg = make_cfg(SourceConfig(id="redir", kind="feed", url=feed), allow_private_networks=False,
                   allowed_private_hosts=[fault_server.hostport])  # the test server itself is exempt
    summary = run_crawl(cfg, None)
    assert summary.documents_new == 1 and not summary.failed_sources
    [error] = store.errors()
    assert error.url == hop
    assert error.reason.startswith("refused private address: http://169.254.169.254/latest/meta-data/ ")
    assert f"redirected from {hop}" in error.reason
    assert "allow_private_networks = true" in error.reason
