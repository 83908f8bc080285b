"""Secrets stay out of logs even at DEBUG; private-address refusal covers names that resolve
to loopback (DNS), not only IP literals."""
from __future__ import annotations

import asyncio
import ipaddress
import logging
import os
import socket

import pytest
from scrapy.http import Request

from crawler import middlewares
from crawler.middlewares import PrivateAddressRefused, PrivateNetworkMiddleware
from stancewatch.config import AppConfig, SourceConfig
from stancewatch.crawling import run_crawl
from stancewatch.redact import SecretFilter, redact, secret_values
from tests.conftest import PG_SKIP_REASON, _reset_pg
from tests.scale.util import site_sources, sw, write_config

SECRETS = {"STANCEWATCH_SMTP_PASSWORD": "smtp-Pa55-9f3k", "STANCEWATCH_DIGEST_SMTP_USER": "analyst",
           "STANCEWATCH_GNEWS_API_KEY": "key-77AbQ-unique", "STANCEWATCH_SMTP_USER": "robot"}


def test_secret_filter_masks_env_secrets_and_url_passwords():
    env = {"STANCEWATCH_SMTP_PASSWORD": "hunter2-x", "STANCEWATCH_STORAGE_URL": "postgresql://u:dbpw-123@h/db",
           "PATH": "/usr/bin"}
    assert set(secret_values(env)) == {"hunter2-x", "dbpw-123"}
    assert redact("redis://:r3dis-pw@127.0.0.1:6379/0 and hunter2-x", secret_values(env)) == \
        "redis://:***@127.0.0.1:6379/0 and ***"
    record = logging.LogRecord("x", logging.DEBUG, __file__, 1, "settings %s", ({"REDIS_URL": "redis://a:b-pw@h"},),
                               None)
    SecretFilter(env).filter(record)
    assert "b-pw" not in record.getMessage() and "redis://a:***@h" in record.getMessage()


@pytest.mark.slow
def test_no_secret_in_debug_output_of_a_run(tmp_path, small_site, request):
    """`-vv run`, `-vv worker analyze`, `-vv digest --send` (refused: no SMTP host): nothing shows a secret."""
    env_secrets = dict(SECRETS)
    if PG_SKIP_REASON is None:  # trust auth accepts any password: the URL carries one that must not leak
        url = request.getfixturevalue("pg_database_url")
        _reset_pg(url)
        env_secrets["STANCEWATCH_STORAGE_URL"] = url.replace("postgres@", "postgres:db-Secret-42@")
        assert "db-Secret-42" in env_secrets["STANCEWATCH_STORAGE_URL"]
        pw_values = [*SECRETS.values(), "db-Secret-42"]
    else:
        pw_values = list(SECRETS.values())
    config = write_config(tmp_path / "sw.toml", storage_url=f"sqlite:///{tmp_path}/sw.db",
                          sources=site_sources(small_site.base_url)[:1])
    old = {k: os.environ.get(k) for k in env_secrets}
    os.environ.update(env_secrets)
    try:
        results = [sw(config, "-vv", "run"), sw(config, "-vv", "worker", "analyze", "--idle-timeout", "0"),
                   sw(config, "-vv", "digest", "--week", "2025-W31", "--send"),
                   sw(config, "-vv", "--config", str(tmp_path / "missing.toml"), "run")]
    finally:
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    assert results[0].returncode == 0, results[0].stderr[-3000:]
    assert "DEBUG" in results[0].stderr  # the debug log really was on
    for r in results:
        for secret in pw_values:
            if secret in ("analyst", "robot"):
                continue  # user names are not secrets
            assert secret not in r.stdout + r.stderr


def _check(host: str, resolved: list[str], monkeypatch) -> str:
    """Run the middleware's check without a reactor, with DNS answering ``resolved``."""
    monkeypatch.setattr(middlewares, "_resolve", lambda h: [ipaddress.ip_address(a) for a in resolved])
    monkeypatch.setattr(middlewares.threads, "deferToThread", lambda f, *a: f(*a))

    async def passthrough(value):
        return value

    monkeypatch.setattr(middlewares, "maybe_deferred_to_future", passthrough)
    mw = PrivateNetworkMiddleware(allow=False, allowed_hosts=[])
    try:
        asyncio.run(mw.process_request(Request(f"http://{host}/x")))
    except PrivateAddressRefused as exc:
        return str(exc)
    return "allowed"


@pytest.mark.parametrize("host,resolved", [
    ("intranet.example", ["127.0.0.1"]), ("rebind.example", ["93.184.216.34", "10.0.0.5"]),
    ("metadata.example", ["169.254.169.254"]), ("v6.example", ["::1"]), ("mapped.example", ["::ffff:127.0.0.1"]),
])
def test_names_resolving_to_private_addresses_are_refused(host, resolved, monkeypatch):
    message = _check(host, resolved, monkeypatch)
    assert message.startswith(f"refused private address: http://{host}/x ({host} resolves to ")


def test_public_name_is_allowed(monkeypatch):
    assert _check("news.example", ["93.184.216.34"], monkeypatch) == "allowed"


@pytest.mark.parametrize("host", ["localhost", "LOCALHOST", "api.localhost", "localhost.", "127.1", "2130706433",
                                  "0x7f000001", "[::1]", "[::ffff:7f00:1]"])
def test_loopback_spellings_are_refused(host, monkeypatch):
    monkeypatch.setattr(middlewares.threads, "deferToThread", lambda f, *a: f(*a))

    async def passthrough(value):
        return value

    monkeypatch.setattr(middlewares, "maybe_deferred_to_future", passthrough)
    mw = PrivateNetworkMiddleware(allow=False, allowed_hosts=[])
    with pytest.raises(PrivateAddressRefused):
        asyncio.run(mw.process_request(Request(f"http://{host}/x")))


@pytest.mark.slow
def test_crawl_refuses_a_hostname_that_resolves_to_loopback(tmp_path, small_site):
    """End to end with real DNS: this machine's own hostname (and `localhost`) name 127.0.0.1."""
    name = socket.gethostname()
    try:
        if not ipaddress.ip_address(socket.gethostbyname(name)).is_loopback:
            name = "localhost"
    except OSError:
        name = "localhost"
    port = small_site.base_url.rsplit(":", 1)[1]
    cfg = AppConfig()
    cfg.storage.url = f"sqlite:///{tmp_path}/sw.db"
    cfg.data_dir = str(tmp_path)
    cfg.crawl.download_delay = 0.0
    cfg.sources = [SourceConfig(id="byname", kind="feed", url=f"http://{name}:{port}/feed.xml"),
                   SourceConfig(id="local", kind="pages", url=f"http://localhost:{port}/")]
    summary = run_crawl(cfg, None)
    assert small_site.requests == []  # not even robots.txt
    assert sorted(summary.failed_sources) == ["byname", "local"]
