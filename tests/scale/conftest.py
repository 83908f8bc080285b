"""Scale fixtures: a generated 200-article site, a dedicated Redis db, a fresh PostgreSQL database."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from stancewatch.site_server import StaticSite
from tests.conftest import _reset_pg
from tests.scale.util import REDIS_TEST_URL, redis_skip_reason
from tests.support.synthetic_site import generate_site

SITE_ARTICLES = 200


@pytest.fixture
def redis_url() -> Iterator[str]:
    """The test's own Redis database, empty before and after."""
    reason = redis_skip_reason()
    if reason:
        pytest.skip(reason)
    import redis

    server = redis.Redis.from_url(REDIS_TEST_URL)
    server.flushdb()
    yield REDIS_TEST_URL
    server.flushdb()
    server.close()


@pytest.fixture
def pg_url(pg_database_url) -> str:
    """A PostgreSQL database with nothing in it (skipped with the reason when none is reachable)."""
    _reset_pg(pg_database_url)
    return pg_database_url


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory):
    root = tmp_path_factory.mktemp("site")
    paths = generate_site(root, SITE_ARTICLES)
    return root, paths


@pytest.fixture
def site(site_dir) -> Iterator[StaticSite]:
    root, _ = site_dir
    with StaticSite(root, delay=0.01) as server:
        yield server
