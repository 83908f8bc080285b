"""Documents: writes that find exact and near duplicates (``storage.dedup``), and the document queries.

``Documents`` is one of the ``Store``'s parts (``storage.store``): methods over ``self.engine``.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from storage import dedup
from storage import schema as t
from storage.db import inserted_id, record_columns
from storage.fetchlog import FetchEntry, FetchLog
from storage.fingerprints import line_fingerprints, line_words
from storage.rawhtml import gzip_html
from storage.records import DocumentInfo, ExtractedDocument, StoredDocument

_d = t.documents.c
_DOC_EXISTING = (sa.select(_d.id, _d.content_hash, _d.duplicate_of)
                 .where(sa.or_(_d.url == sa.bindparam("url"), _d.canonical_url == sa.bindparam("canonical_url")))
                 .order_by(_d.id))
_DOC_EXACT = (sa.select(_d.id, _d.duplicate_of).where(_d.content_hash == sa.bindparam("content_hash"))
              .order_by(_d.id))
_DOC_BANDS = (sa.select(_d.id, _d.duplicate_of, _d.content_hash, _d.text)
              .where(sa.or_(*(getattr(_d, f"sh_band{i}") == sa.bindparam(f"sh_band{i}") for i in range(4))))
              .order_by(_d.id).limit(200))
_DOC_INSERT = t.documents.insert()
_pf = t.paragraph_fingerprints.c
_FP_DELETE = t.paragraph_fingerprints.delete().where(_pf.document_id == sa.bindparam("document_id"))
# The per-page fingerprint statements go to the driver's cursor, in the document's transaction:
# through Core they took ~70 us each against ~17 us (SQLite). A match row is (fingerprint,
# document_id, duplicate_of, content_hash): what the check needs but the text (often cached).
_FP_MATCH_SQL = ("SELECT f.fingerprint, f.document_id, d.duplicate_of, d.content_hash "
                 "FROM paragraph_fingerprints AS f JOIN documents AS d ON d.id = f.document_id WHERE ")
_FP_SQL = {  # dialect -> (matches, texts, insert)
    "sqlite": (_FP_MATCH_SQL + "f.fingerprint IN ({})", "SELECT id, text FROM documents WHERE id IN ({})",
               "INSERT INTO paragraph_fingerprints (fingerprint, document_id) VALUES (?, ?)"),
    # PostgreSQL: array parameters, so one statement text each (prepared once) and one round trip
    "postgresql": (_FP_MATCH_SQL + "f.fingerprint = ANY(%s::bigint[])",
                   "SELECT id, text FROM documents WHERE id = ANY(%s::integer[])",
                   "INSERT INTO paragraph_fingerprints (fingerprint, document_id) SELECT unnest(%s::bigint[]), %s"),
}
# What the analysis stage reads of a document (also what a claim returns).
ANALYSIS_COLUMNS = record_columns(t.documents, StoredDocument)


def _driver_execute(conn: sa.Connection, which: int, values: list[int], *extra: object) -> Sequence[tuple]:
    """Run fingerprint statement ``which`` (0 matches, 1 texts, 2 insert) on the driver cursor."""
    sql = _FP_SQL[conn.dialect.name][which]
    dbapi = conn.connection.dbapi_connection
    assert dbapi is not None  # a connection in use is attached
    cursor = dbapi.cursor()
    try:
        if conn.dialect.name == "postgresql":
            cursor.execute(sql, (values, *extra))
        elif which == 2:
            cursor.executemany(sql, [(value, *extra) for value in values])
        else:
            cursor.execute(sql.format(",".join("?" * len(values))), values)
        return cursor.fetchall() if which < 2 else []
    finally:
        cursor.close()


def published_in(q: Any, column: Any, published_between: tuple[str, str] | None) -> Any:
    """ISO dates/datetimes compare as strings: [lo, hi) by prefix, using the published index."""
    if published_between is None:
        return q
    lo, hi = published_between
    return q.where(column >= lo, column < hi)


@dataclass
class AddResult:
    document_id: int | None
    outcome: str  # stored | duplicate | updated | unchanged
    duplicate_of: int | None = None


class Documents(FetchLog):
    """Document writes with duplicate detection, and document reads."""

    engine: sa.Engine
    _shingles: dedup.ShingleCache

    def add_document(self, doc: ExtractedDocument, fetch: FetchEntry | None = None) -> AddResult:
        """Insert or refresh one document; exact and near duplicates get ``duplicate_of``.

        ``fetch``: also write the page's fetch-log rows (outcome and document id from this
        call), in the same transaction: one commit per crawled page instead of two."""
        with self.engine.begin() as conn:
            result = self._add_document(conn, doc)
            if fetch is not None:
                self._log_fetched(conn, fetch, result.outcome, result.document_id)
        return result

    def _add_document(self, conn: sa.Connection, doc: ExtractedDocument) -> AddResult:
        raw = doc.raw_html_gz if doc.raw_html_gz is not None else gzip_html(doc.raw_html)
        values = dict(
            url=doc.url, canonical_url=doc.canonical_url, source_id=doc.source_id, source_kind=doc.source_kind,
            title=doc.title, author=doc.author, published=doc.published, language=doc.language, text=doc.text,
            raw_html_gz=raw, content_hash=doc.content_hash, simhash=dedup.signed64(doc.simhash),
            etag=doc.etag, last_modified=doc.last_modified, fetched_at=doc.fetched_at,
            **dedup.simhash_bands(doc.simhash),
        )
        existing = conn.execute(_DOC_EXISTING, {"url": doc.url, "canonical_url": doc.canonical_url}).first()
        if existing is not None:
            if existing.content_hash == doc.content_hash:
                conn.execute(t.documents.update().where(_d.id == existing.id)
                             .values(fetched_at=doc.fetched_at, etag=doc.etag, last_modified=doc.last_modified))
                return AddResult(existing.id, "unchanged", existing.duplicate_of)
            values.pop("url")  # keep the first URL; the story was updated in place
            conn.execute(t.documents.update().where(_d.id == existing.id).values(**values, analyzed_at=None))
            conn.execute(_FP_DELETE, {"document_id": existing.id})
            keys = line_fingerprints(line_words(doc.text))
            self._write_fingerprints(conn, existing.id, keys, self._fingerprint_matches(conn, keys))
            return AddResult(existing.id, "updated", existing.duplicate_of)
        lines = line_words(doc.text)
        keys = line_fingerprints(lines)
        matches = self._fingerprint_matches(conn, keys)
        original = self._find_original(conn, doc, matches, lines)
        if original is not None and self._published_earlier(conn, doc, original):
            # Crawl order is arbitrary: the earliest published copy is the original.
            doc_id = inserted_id(conn.execute(_DOC_INSERT, {**values, "duplicate_of": None}))
            conn.execute(t.documents.update()
                         .where((_d.id == original) | (_d.duplicate_of == original))
                         .values(duplicate_of=doc_id))
            self._write_fingerprints(conn, doc_id, keys, matches)
            return AddResult(doc_id, "stored", None)
        doc_id = inserted_id(conn.execute(_DOC_INSERT, {**values, "duplicate_of": original}))
        self._write_fingerprints(conn, doc_id, keys, matches)
        return AddResult(doc_id, "duplicate" if original else "stored", original)

    @staticmethod
    def _fingerprint_matches(conn: sa.Connection, keys: list[int]) -> Sequence[tuple]:
        """(fingerprint, document_id, duplicate_of, content_hash) of every stored document sharing
        one of ``keys``: at most ``FINGERPRINT_MAX_USES`` per key, so a bounded read."""
        return _driver_execute(conn, 0, keys) if keys else []

    @staticmethod
    def _write_fingerprints(conn: sa.Connection, doc_id: int, keys: list[int], matches: Sequence[tuple]) -> None:
        """The document's keys, in its transaction (a key already on enough documents is left out)."""
        uses = Counter(key for key, other, *_ in matches if other != doc_id)
        rows = dedup.fingerprint_rows(doc_id, keys, uses)
        if rows:
            _driver_execute(conn, 2, [row["fingerprint"] for row in rows], doc_id)

    @staticmethod
    def _published_earlier(conn: sa.Connection, doc: ExtractedDocument, original: int) -> bool:
        if not doc.published:
            return False
        theirs = conn.execute(sa.select(_d.published).where(_d.id == original)).scalar()
        return bool(theirs and doc.published < theirs)

    def _find_original(self, conn: sa.Connection, doc: ExtractedDocument, matches: Sequence[tuple] = (),
                       lines: list[list[str]] | None = None) -> int | None:
        """The original a new document copies: the same content hash, else a near duplicate
        (``dedup.near_duplicate``) among the candidates of two routes: the documents sharing
        a SimHash band (by id), then those sharing passage fingerprints (``matches``), the most
        and rarest shared keys first. The first one confirmed gives the original."""
        exact = conn.execute(_DOC_EXACT, {"content_hash": doc.content_hash}).first()
        if exact is not None:
            return exact.duplicate_of or exact.id
        banded = conn.execute(_DOC_BANDS, dedup.simhash_bands(doc.simhash)).all()
        if lines is None:
            lines = line_words(doc.text)
        ranked = dedup.fingerprint_candidates(matches, exclude={cand.id for cand in banded})
        if not banded and not ranked:
            return None
        mine = dedup.word_shingles([word for line in lines for word in line])  # once, not once per candidate
        cache = self._shingles
        for cand in banded:
            if dedup.near_duplicate(mine, cache.of(cand.id, cand.content_hash, cand.text)):
                return cand.duplicate_of or cand.id
        if not ranked:
            return None
        info = {doc_id: (duplicate_of, content_hash) for _key, doc_id, duplicate_of, content_hash in matches}
        cached = {doc_id: cache.get(doc_id, info[doc_id][1]) for doc_id in ranked}
        unread = [doc_id for doc_id, shingles in cached.items() if shingles is None]
        texts = dict(_driver_execute(conn, 1, unread)) if unread else {}
        for doc_id in ranked:
            duplicate_of, content_hash = info[doc_id]
            theirs = cached[doc_id]
            if theirs is None and doc_id in texts:
                theirs = cache.of(doc_id, content_hash, texts[doc_id])
            if theirs is not None and dedup.near_duplicate(mine, theirs):
                return duplicate_of or doc_id
        return None

    # ---- reads -----------------------------------------------------------------
    def document_count(self) -> int:
        with self.engine.connect() as conn:
            return conn.execute(sa.select(sa.func.count()).select_from(t.documents)).scalar_one()

    def documents_for_analysis(self, include_analyzed: bool = False) -> list[StoredDocument]:
        q = sa.select(*ANALYSIS_COLUMNS).order_by(_d.id)
        if not include_analyzed:
            q = q.where(_d.analyzed_at.is_(None))
        with self.engine.connect() as conn:
            return [StoredDocument(*row) for row in conn.execute(q)]

    def iter_documents(self, published_between: tuple[str, str] | None = None) -> Iterator[DocumentInfo]:
        orig = t.documents.alias("orig")
        q = (
            sa.select(*record_columns(t.documents, DocumentInfo, duplicate_of=orig.c.url))
            .select_from(t.documents.outerjoin(orig, _d.duplicate_of == orig.c.id))
            .order_by(_d.id)
        )
        q = published_in(q, _d.published, published_between)
        with self.engine.connect() as conn:
            yield from (DocumentInfo(*row) for row in conn.execute(q))
