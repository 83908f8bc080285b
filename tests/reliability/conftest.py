"""Reliability fixtures: a generated 60-article site, slow when a test needs time to kill things."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from stancewatch.site_server import StaticSite
from tests.support.synthetic_site import generate_site

ARTICLES = 60


@pytest.fixture(scope="session")
def small_site_dir(tmp_path_factory):
    root = tmp_path_factory.mktemp("small-site")
    return root, generate_site(root, ARTICLES)


@pytest.fixture
def small_site(small_site_dir) -> Iterator[StaticSite]:
    with StaticSite(small_site_dir[0]) as server:
        yield server
