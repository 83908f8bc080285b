from __future__ import annotations

import pytest

from stancewatch.config import load_config, parse_config
from stancewatch.errors import ConfigError


def test_defaults_without_a_file():
    cfg = load_config(None, environ={})
    assert cfg.storage.url == "sqlite:///data/stancewatch.db"
    assert cfg.crawl.obey_robots is True and cfg.crawl.allow_private_networks is False
    assert cfg.crawl.download_delay == 1.0 and cfg.sources == []


def test_contract_keys_are_understood(tmp_path):
    path = tmp_path / "c.toml"
    path.write_text(
        """
[storage]
url = "sqlite:///x.db"
[crawl]
allow_private_networks = true
obey_robots = false
download_delay = 0
[[sources]]
id = "policy-wire-feed"
kind = "feed"
url = "https://example.org/feed.xml"
[[sources]]
id = "backfill"
kind = "urls"
urls = ["https://example.org/a", "https://example.org/b"]
"""
    )
    cfg = load_config(path, environ={})
    assert cfg.storage.url == "sqlite:///x.db"
    assert cfg.crawl.allow_private_networks and not cfg.crawl.obey_robots and cfg.crawl.download_delay == 0
    assert [s.id for s in cfg.sources] == ["policy-wire-feed", "backfill"]
    assert cfg.sources[1].urls == ["https://example.org/a", "https://example.org/b"]


def test_env_overrides_file(tmp_path):
    path = tmp_path / "c.toml"
    path.write_text('[storage]\nurl = "sqlite:///x.db"\n')
    cfg = load_config(path, environ={"STANCEWATCH_STORAGE_URL": "sqlite:///y.db",
                                     "STANCEWATCH_CRAWL_DOWNLOAD_DELAY": "0.25",
                                     "STANCEWATCH_CRAWL_OBEY_ROBOTS": "false"})
    assert cfg.storage.url == "sqlite:///y.db" and cfg.crawl.download_delay == 0.25 and not cfg.crawl.obey_robots


def test_config_file_from_environment(tmp_path):
    path = tmp_path / "c.toml"
    path.write_text('[crawl]\ndownload_delay = 3\n')
    assert load_config(None, environ={"STANCEWATCH_CONFIG": str(path)}).crawl.download_delay == 3


@pytest.mark.parametrize(
    "raw, message",
    [
        ({"crawl": {"download_delay": "soon"}}, "must be a number"),
        ({"crawl": {"download_delay": -1}}, "must not be negative"),
        ({"crawl": {"obey_robots": "perhaps"}}, "true or false"),
        ({"crawl": {"no_such_key": 1}}, "unknown key"),
        ({"nonsense": {}}, "unknown section"),
        ({"sources": [{"id": "x", "kind": "carrier-pigeon", "url": "u"}]}, "kind must be one of"),
        ({"sources": [{"id": "x", "kind": "feed"}]}, "needs 'url'"),
        ({"sources": [{"kind": "feed", "url": "u"}]}, "needs 'id'"),
        ({"sources": [{"id": "x", "kind": "gdelt"}]}, "needs 'query'"),
        ({"sources": [{"id": "x", "kind": "feed", "url": "u"}, {"id": "x", "kind": "feed", "url": "v"}]}, "duplicate source"),
        ({"sources": {"id": "x"}}, "array of tables"),
    ],
)
def test_bad_config_is_a_clear_error(raw, message):
    with pytest.raises(ConfigError, match=message):
        parse_config(raw)


def test_malformed_toml_and_missing_file(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_bytes(b"[storage\nurl = \xff")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(bad, environ={})
    with pytest.raises(ConfigError, match="not found"):
        load_config(tmp_path / "missing.toml", environ={})


def test_source_kind_is_the_key_and_source_type_its_old_name_still_read():
    new = parse_config({"sources": [{"id": "a", "kind": "feed", "url": "http://x/rss", "source_kind": "statement"}]})
    old = parse_config({"sources": [{"id": "a", "kind": "feed", "url": "http://x/rss", "source_type": "statement"}]})
    assert new.sources[0].source_kind == old.sources[0].source_kind == "statement"
    with pytest.raises(ConfigError, match="both source_kind and its old name"):
        parse_config({"sources": [{"id": "a", "kind": "feed", "url": "http://x/rss", "source_kind": "post",
                                   "source_type": "news"}]})
    with pytest.raises(ConfigError, match="source_kind must be one of"):
        parse_config({"sources": [{"id": "a", "kind": "feed", "url": "http://x/rss", "source_kind": "blog"}]})
