"""The Store: every read and write the pipeline does, behind one small facade.

One class over one engine, composed of a part per concern, each in its own module:

- ``storage.documents``: document writes with exact/near-duplicate detection (the policy:
  ``storage.dedup``), document reads;
- ``storage.fetchlog``: sources and their backoff, runs, errors, the fetch log;
- ``storage.analysis``: claims on unanalysed documents, saved analyses, mentions;
- ``storage.series``: analyst reviews and the daily stance series.

Reads return the typed records of ``storage.records``. Use it as a context manager
(``with Store(url) as store: ...``) or call ``close()``.
"""
from __future__ import annotations

from types import TracebackType

from storage.analysis import Analysis
from storage.db import create_engine, migrate, utcnow
from storage.dedup import (
    FINGERPRINT_CANDIDATES,
    FINGERPRINT_MAX_USES,
    NEAR_DUPLICATE_MIN_CONTAINMENT,
    NEAR_DUPLICATE_MIN_JACCARD,
    NEAR_DUPLICATE_MIN_SIZE_RATIO,
    SHINGLE_CACHE_SIZE,
    ShingleCache,
    fingerprint_rows,
    jaccard,
)
from storage.dedup import near_duplicate as _near_duplicate
from storage.dedup import shingles as _shingles
from storage.documents import AddResult, Documents
from storage.fetchlog import BACKOFF_BASE_SECONDS, BACKOFF_MAX_SECONDS, FetchEntry
from storage.series import Series

__all__ = [
    "BACKOFF_BASE_SECONDS", "BACKOFF_MAX_SECONDS", "FINGERPRINT_CANDIDATES", "FINGERPRINT_MAX_USES",
    "NEAR_DUPLICATE_MIN_CONTAINMENT", "NEAR_DUPLICATE_MIN_JACCARD", "NEAR_DUPLICATE_MIN_SIZE_RATIO",
    "SHINGLE_CACHE_SIZE", "AddResult", "FetchEntry", "Store", "_near_duplicate", "_shingles", "fingerprint_rows",
    "jaccard", "utcnow",
]


class Store(Documents, Analysis, Series):
    """Facade over the database; safe to share between threads, one per process."""

    def __init__(self, url: str, *, migrate_schema: bool = True):
        self.url = url
        self.engine = create_engine(url)
        # content hash and word 3-shingles of recent near-duplicate candidates
        self._shingles = ShingleCache()
        if migrate_schema:
            try:
                migrate(self.engine)
            except BaseException:
                self.engine.dispose()
                raise

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()
