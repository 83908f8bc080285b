"""How a page body is kept in ``documents.raw_html_gz``.

Its own module, free of SQLAlchemy: the crawler's extraction workers compress bodies
without importing the Store.
"""
from __future__ import annotations

import gzip

GZIP_LEVEL = 6


def gzip_html(raw: bytes) -> bytes | None:
    """The stored form of a page body (None when there is none)."""
    return gzip.compress(raw, GZIP_LEVEL) if raw else None
