"""Crawler test fixtures: the demo site, a fault server, a real SQLite store, configs."""
from __future__ import annotations

import json
from collections.abc import Callable, Iterator

import pytest

from stancewatch.config import AppConfig, SourceConfig
from stancewatch.site_server import DEMO_SITE_DIR, StaticSite
from storage.store import Store
from tests.crawler.fault_server import FaultServer


@pytest.fixture
def demo_site() -> Iterator[StaticSite]:
    with StaticSite(DEMO_SITE_DIR) as site:
        yield site


@pytest.fixture
def fault_server() -> Iterator[FaultServer]:
    with FaultServer() as server:
        yield server


@pytest.fixture(scope="session")
def manifest() -> list[dict]:
    return json.loads((DEMO_SITE_DIR / "manifest.json").read_text(encoding="utf-8"))


@pytest.fixture
def crawl_db(tmp_path) -> str:
    return f"sqlite:///{tmp_path}/t.db"


@pytest.fixture
def store(crawl_db) -> Iterator[Store]:
    s = Store(crawl_db)
    yield s
    s.close()


@pytest.fixture
def make_cfg(crawl_db) -> Callable[..., AppConfig]:
    """An AppConfig on the test database, fast and allowed onto loopback; ``crawl`` overrides."""
    def make(*sources: SourceConfig, **crawl) -> AppConfig:
        return crawl_config(crawl_db, *sources, **crawl)
    return make


def crawl_config(db_url: str, *sources: SourceConfig, **crawl) -> AppConfig:
    """The crawler tests' AppConfig: fast, allowed onto loopback, ``crawl`` keys override."""
    cfg = AppConfig()
    cfg.storage.url = db_url
    cfg.data_dir = str(db_url.removeprefix("sqlite:///").rsplit("/", 1)[0])
    cfg.crawl.allow_private_networks = True
    cfg.crawl.download_delay = 0.0
    cfg.crawl.retry_times = 0
    cfg.crawl.download_timeout = 5.0
    cfg.crawl.max_run_seconds = 120.0
    for key, value in crawl.items():
        assert hasattr(cfg.crawl, key), key
        setattr(cfg.crawl, key, value)
    cfg.sources = list(sources)
    return cfg


def demo_sources(base: str) -> list[SourceConfig]:
    """Every entry point of the demo site: both feeds, the sitemap via robots.txt, the newsroom."""
    return [
        SourceConfig(id="rss", kind="feed", url=f"{base}/rss.xml"),
        SourceConfig(id="atom", kind="feed", url=f"{base}/atom.xml", source_kind="statement"),
        SourceConfig(id="sitemap", kind="sitemap", url=f"{base}/robots.txt"),
        SourceConfig(id="home", kind="pages", url=f"{base}/", depth=1),
    ]
