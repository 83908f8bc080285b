"""The Store: every read and write the pipeline does, behind one small facade."""
from __future__ import annotations

import datetime as dt
import logging
import threading
from collections import Counter, OrderedDict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import sqlalchemy as sa

from storage.fingerprints import line_fingerprints, line_words
from storage.fingerprints import words as dedupe_words
from storage.records import ExtractedDocument, StanceResult
from storage import schema as t
from storage.db import create_engine, migrate
from storage.rawhtml import gzip_html

log = logging.getLogger(__name__)

NEAR_DUPLICATE_MIN_JACCARD = 0.7  # word 3-shingle overlap that makes a syndicated copy
# A short brief inside a copy that adds a headline line or a note: 90 % of its shingles in a text at
# most twice as long (a long article quoting a brief whole is not a copy of it).
NEAR_DUPLICATE_MIN_CONTAINMENT = 0.9
NEAR_DUPLICATE_MIN_SIZE_RATIO = 0.5
# Passage fingerprints (storage.fingerprints.fingerprints), the candidate route beside the SimHash bands:
FINGERPRINT_CANDIDATES = 16  # documents sharing the most (and rarest) keys get the Jaccard check
FINGERPRINT_MAX_USES = 16  # a key already on this many documents (boilerplate, or a story copied that
# often) is not stored again: every lookup reads at most 12 x 16 rows whatever the corpus size
SHINGLE_CACHE_SIZE = 256  # candidates' shingle sets kept (common keys propose the same pages again)
BACKOFF_BASE_SECONDS = 300  # first retry of a failing source after 5 min, doubling, capped
BACKOFF_MAX_SECONDS = 24 * 3600


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def _signed64(value: int) -> int:
    return value - (1 << 64) if value >= (1 << 63) else value


def _bands(simhash: int) -> dict[str, int]:
    unsigned = simhash & ((1 << 64) - 1)
    return {f"sh_band{i}": (unsigned >> (16 * i)) & 0xFFFF for i in range(4)}


def fingerprint_rows(document_id: int, keys: Iterable[int], uses: dict[int, int]) -> list[dict]:
    """The ``paragraph_fingerprints`` rows of a document's keys, but those already on
    ``FINGERPRINT_MAX_USES`` documents; ``uses`` (key -> documents having it) is counted on."""
    rows = []
    for key in keys:
        n = uses.get(key, 0)
        if n < FINGERPRINT_MAX_USES:
            uses[key] = n + 1
            rows.append({"fingerprint": key, "document_id": document_id})
    return rows


def _shingles(text: str) -> set[tuple[str, ...]]:
    # the crawler's tokenizer: one notion of "word" for hash and overlap
    return _word_shingles(dedupe_words(text))


def _word_shingles(words: list[str]) -> set[tuple[str, ...]]:
    if len(words) < 3:
        return {tuple(words)}
    return set(zip(words, words[1:], words[2:]))


def _near_duplicate(mine: set, theirs: set) -> bool:
    """Word 3-shingle Jaccard >= NEAR_DUPLICATE_MIN_JACCARD, or — for a brief a wire service
    re-published with its own headline line — the shorter text almost wholly inside a copy at most
    twice its length (NEAR_DUPLICATE_MIN_CONTAINMENT). Sizes alone rule most pairs out."""
    small, large = sorted((len(mine), len(theirs)))
    if not small or small / large < NEAR_DUPLICATE_MIN_SIZE_RATIO:
        return False
    common = len(mine & theirs)
    return (common / (small + large - common) >= NEAR_DUPLICATE_MIN_JACCARD
            or common / small >= NEAR_DUPLICATE_MIN_CONTAINMENT)


def jaccard(a: str, b: str) -> float:
    sa_, sb = _shingles(a), _shingles(b)
    return len(sa_ & sb) / len(sa_ | sb) if sa_ and sb else 0.0


_d = t.documents.c
_f = t.fetch_log.c
_FETCH_COLUMNS = ("source_id", "status", "outcome", "reason", "etag", "last_modified", "lastmod", "fetched_at",
                  "document_id")
# The crawl's per-page statements, built once: constructing Core statements costs more than
# SQLite takes to run them.
_FETCH_UPDATE = t.fetch_log.update().where(_f.url == sa.bindparam("_url")).values(
    {c: sa.bindparam(c) for c in _FETCH_COLUMNS})
_FETCH_INSERT = t.fetch_log.insert()
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


def _driver_execute(conn: sa.Connection, which: int, values: list[int], *extra) -> list[tuple]:
    """Run fingerprint statement ``which`` (0 matches, 1 texts, 2 insert) on the driver cursor."""
    sql = _FP_SQL[conn.dialect.name][which]
    cursor = conn.connection.dbapi_connection.cursor()
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


@dataclass(frozen=True)
class FetchEntry:
    """A fetched page's fetch-log columns, for ``add_document`` to write with its outcome."""

    urls: tuple[str, ...]  # requested and final URL (one when there was no redirect)
    source_id: str | None
    status: int | None
    etag: str | None = None
    last_modified: str | None = None
    lastmod: str | None = None


def _fetch_values(*, source_id: str | None, status: int | None, outcome: str, reason: str | None = None,
                  etag: str | None = None, last_modified: str | None = None, lastmod: str | None = None,
                  document_id: int | None = None) -> dict:
    """One fetch-log row's columns (but the URL), stamped now."""
    return dict(source_id=source_id, status=status, outcome=outcome, reason=reason, etag=etag,
                last_modified=last_modified, lastmod=lastmod, fetched_at=utcnow(), document_id=document_id)


@dataclass
class AddResult:
    document_id: int | None
    outcome: str  # stored | duplicate | updated | unchanged
    duplicate_of: int | None = None


class Store:
    """Facade over the database; safe to share between threads, one per process."""

    def __init__(self, url: str, *, migrate_schema: bool = True):
        self.url = url
        self.engine = create_engine(url)
        # id -> (content hash, word 3-shingles) of near-duplicate candidates, least recently used first
        self._shingle_cache: OrderedDict[int, tuple[str, set]] = OrderedDict()
        self._shingle_lock = threading.Lock()
        if migrate_schema:
            migrate(self.engine)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()

    # ---- sources -------------------------------------------------------------
    def ensure_source(self, source_id: str, kind: str, url: str | None) -> None:
        with self.engine.begin() as conn:
            row = conn.execute(sa.select(t.sources.c.id).where(t.sources.c.id == source_id)).first()
            if row is None:
                conn.execute(t.sources.insert().values(id=source_id, kind=kind, url=url))
            else:
                conn.execute(t.sources.update().where(t.sources.c.id == source_id).values(kind=kind, url=url))

    def source_due(self, source_id: str, now: dt.datetime | None = None) -> bool:
        """False while a failing source is in its backoff window."""
        now = now or utcnow()
        with self.engine.connect() as conn:
            nxt = conn.execute(
                sa.select(t.sources.c.next_attempt_at).where(t.sources.c.id == source_id)
            ).scalar()
        if nxt is None:
            return True
        if nxt.tzinfo is None:
            nxt = nxt.replace(tzinfo=dt.timezone.utc)
        return nxt <= now

    def record_source_result(self, source_id: str, error: str | None) -> None:
        with self.engine.begin() as conn:
            if error is None:
                conn.execute(
                    t.sources.update()
                    .where(t.sources.c.id == source_id)
                    .values(last_success_at=utcnow(), consecutive_failures=0, next_attempt_at=None, last_error=None)
                )
                return
            failures = (
                conn.execute(
                    sa.select(t.sources.c.consecutive_failures).where(t.sources.c.id == source_id)
                ).scalar()
                or 0
            ) + 1
            delay = min(BACKOFF_BASE_SECONDS * 2 ** (failures - 1), BACKOFF_MAX_SECONDS)
            conn.execute(
                t.sources.update()
                .where(t.sources.c.id == source_id)
                .values(
                    consecutive_failures=failures,
                    next_attempt_at=utcnow() + dt.timedelta(seconds=delay),
                    last_error=error[:2000],
                )
            )

    def sources(self) -> list[dict]:
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(t.sources).order_by(t.sources.c.id)).mappings().all()
            errs = dict(
                conn.execute(
                    sa.select(t.fetch_errors.c.source_id, sa.func.count()).group_by(t.fetch_errors.c.source_id)
                ).all()
            )
            docs = dict(
                conn.execute(
                    sa.select(t.documents.c.source_id, sa.func.count()).group_by(t.documents.c.source_id)
                ).all()
            )
        return [dict(r, errors=errs.get(r["id"], 0), documents=docs.get(r["id"], 0)) for r in rows]

    # ---- runs and errors -----------------------------------------------------
    def start_run(self, command: str) -> int:
        with self.engine.begin() as conn:
            return conn.execute(
                t.runs.insert().values(command=command, started_at=utcnow(), status="running")
            ).inserted_primary_key[0]

    def finish_run(self, run_id: int, status: str, message: str | None = None, **counts: int) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                t.runs.update()
                .where(t.runs.c.id == run_id)
                .values(finished_at=utcnow(), status=status, message=message, **counts)
            )

    def abandon_runs(self, commands: Iterable[str]) -> int:
        """Mark runs still 'running' as 'abandoned' (their process was killed): call under the run lock."""
        with self.engine.begin() as conn:
            return conn.execute(
                t.runs.update().where(t.runs.c.status == "running", t.runs.c.command.in_(list(commands)))
                .values(status="abandoned", finished_at=utcnow(), message="the process ended without finishing")
            ).rowcount

    def run(self, run_id: int) -> dict:
        with self.engine.connect() as conn:
            return dict(conn.execute(sa.select(t.runs).where(t.runs.c.id == run_id)).mappings().one())

    def record_error(self, run_id: int | None, source_id: str | None, url: str | None, reason: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                t.fetch_errors.insert().values(run_id=run_id, source_id=source_id, url=url, reason=reason[:4000], at=utcnow())
            )

    def errors(self, run_id: int | None = None, since: dt.datetime | None = None) -> list[dict]:
        q = sa.select(t.fetch_errors).order_by(t.fetch_errors.c.id)
        if run_id is not None:
            q = q.where(t.fetch_errors.c.run_id == run_id)
        if since is not None:
            q = q.where(t.fetch_errors.c.at >= since)
        with self.engine.connect() as conn:
            return [dict(r) for r in conn.execute(q).mappings()]

    # ---- fetch log (incremental crawling) -------------------------------------
    def fetch_state(self, url: str) -> dict | None:
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(t.fetch_log).where(t.fetch_log.c.url == url)).mappings().first()
        return dict(row) if row else None

    def known_urls(self) -> dict[str, dict]:
        """All fetch-log rows by URL: loaded once per crawl so the scheduler can filter cheaply."""
        with self.engine.connect() as conn:
            return {r["url"]: dict(r) for r in conn.execute(sa.select(t.fetch_log)).mappings()}

    def log_fetch(self, url: str, *, source_id: str | None, status: int | None, outcome: str,
                  reason: str | None = None, etag: str | None = None, last_modified: str | None = None,
                  lastmod: str | None = None, document_id: int | None = None) -> None:
        values = _fetch_values(source_id=source_id, status=status, outcome=outcome, reason=reason, etag=etag,
                               last_modified=last_modified, lastmod=lastmod, document_id=document_id)
        with self.engine.begin() as conn:
            self._write_fetch(conn, url, values)

    @staticmethod
    def _write_fetch(conn: sa.Connection, url: str, values: dict) -> None:
        updated = conn.execute(_FETCH_UPDATE, {"_url": url, **values}).rowcount
        if not updated:
            try:
                with conn.begin_nested():
                    conn.execute(_FETCH_INSERT, {"url": url, **values})
            except sa.exc.IntegrityError:  # a concurrent worker logged it first
                conn.execute(_FETCH_UPDATE, {"_url": url, **values})

    def _log_stored(self, conn: sa.Connection, fetch: FetchEntry, result: AddResult) -> None:
        """The fetch-log rows of a stored page, in the document's transaction.

        In a savepoint: like a separate ``log_fetch``, a failed fetch-log write is logged and
        never takes the document down with it (PostgreSQL would otherwise abort the transaction)."""
        values = _fetch_values(source_id=fetch.source_id, status=fetch.status, outcome=result.outcome,
                               etag=fetch.etag, last_modified=fetch.last_modified, lastmod=fetch.lastmod,
                               document_id=result.document_id)
        for url in fetch.urls:
            try:
                with conn.begin_nested():
                    self._write_fetch(conn, url, values)
            except Exception:  # bookkeeping must never stop the crawl
                log.exception("could not write fetch log for %s", url)

    # ---- documents -----------------------------------------------------------
    def add_document(self, doc: ExtractedDocument, fetch: FetchEntry | None = None) -> AddResult:
        """Insert or refresh one document; exact and near duplicates get ``duplicate_of``.

        ``fetch``: also write the page's fetch-log rows (outcome and document id from this
        call), in the same transaction: one commit per crawled page instead of two."""
        with self.engine.begin() as conn:
            result = self._add_document(conn, doc)
            if fetch is not None:
                self._log_stored(conn, fetch, result)
        return result

    def _add_document(self, conn: sa.Connection, doc: ExtractedDocument) -> AddResult:
        raw = doc.raw_html_gz if doc.raw_html_gz is not None else gzip_html(doc.raw_html)
        values = dict(
            url=doc.url, canonical_url=doc.canonical_url, source_id=doc.source_id, source_kind=doc.source_kind,
            title=doc.title, author=doc.author, published=doc.published, language=doc.language, text=doc.text,
            raw_html_gz=raw, content_hash=doc.content_hash, simhash=_signed64(doc.simhash),
            etag=doc.etag, last_modified=doc.last_modified, fetched_at=doc.fetched_at, **_bands(doc.simhash),
        )
        d = t.documents.c
        existing = conn.execute(_DOC_EXISTING, {"url": doc.url, "canonical_url": doc.canonical_url}).first()
        if existing is not None:
            if existing.content_hash == doc.content_hash:
                conn.execute(t.documents.update().where(d.id == existing.id)
                             .values(fetched_at=doc.fetched_at, etag=doc.etag, last_modified=doc.last_modified))
                return AddResult(existing.id, "unchanged", existing.duplicate_of)
            values.pop("url")  # keep the first URL; the story was updated in place
            conn.execute(t.documents.update().where(d.id == existing.id).values(**values, analyzed_at=None))
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
            result = conn.execute(_DOC_INSERT, {**values, "duplicate_of": None})
            doc_id = result.inserted_primary_key[0]
            conn.execute(t.documents.update()
                         .where((d.id == original) | (d.duplicate_of == original))
                         .values(duplicate_of=doc_id))
            self._write_fingerprints(conn, doc_id, keys, matches)
            return AddResult(doc_id, "stored", None)
        result = conn.execute(_DOC_INSERT, {**values, "duplicate_of": original})
        doc_id = result.inserted_primary_key[0]
        self._write_fingerprints(conn, doc_id, keys, matches)
        return AddResult(doc_id, "duplicate" if original else "stored", original)

    @staticmethod
    def _fingerprint_matches(conn: sa.Connection, keys: list[int]) -> list[tuple]:
        """(fingerprint, document_id, duplicate_of, content_hash) of every stored document sharing
        one of ``keys``: at most ``FINGERPRINT_MAX_USES`` per key, so a bounded read."""
        return _driver_execute(conn, 0, keys) if keys else []

    @staticmethod
    def _write_fingerprints(conn: sa.Connection, doc_id: int, keys: list[int], matches: list[tuple]) -> None:
        """The document's keys, in its transaction (a key already on enough documents is left out)."""
        uses = Counter(key for key, other, *_ in matches if other != doc_id)
        rows = fingerprint_rows(doc_id, keys, uses)
        if rows:
            _driver_execute(conn, 2, [row["fingerprint"] for row in rows], doc_id)

    @staticmethod
    def _published_earlier(conn: sa.Connection, doc: ExtractedDocument, original: int) -> bool:
        if not doc.published:
            return False
        theirs = conn.execute(sa.select(t.documents.c.published).where(t.documents.c.id == original)).scalar()
        return bool(theirs) and doc.published < theirs

    def _find_original(self, conn: sa.Connection, doc: ExtractedDocument, matches: list[tuple] = (),
                       lines: list[list[str]] | None = None) -> int | None:
        """The original a new document copies: the same content hash, else a near duplicate
        (word 3-shingle Jaccard >= 0.7) among the candidates of two routes: the documents sharing
        a SimHash band (by id), then those sharing passage fingerprints (``matches``), the most
        and rarest shared keys first. The first one confirmed gives the original."""
        exact = conn.execute(_DOC_EXACT, {"content_hash": doc.content_hash}).first()
        if exact is not None:
            return exact.duplicate_of or exact.id
        banded = conn.execute(_DOC_BANDS, _bands(doc.simhash)).all()
        if lines is None:
            lines = line_words(doc.text)
        ranked = self._fingerprint_candidates(matches, exclude={cand.id for cand in banded})
        if not banded and not ranked:
            return None
        mine = _word_shingles([word for line in lines for word in line])  # once, not once per candidate
        for cand in banded:
            if _near_duplicate(mine, self._candidate_shingles(cand.id, cand.content_hash, cand.text)):
                return cand.duplicate_of or cand.id
        if not ranked:
            return None
        info = {doc_id: (duplicate_of, content_hash) for _key, doc_id, duplicate_of, content_hash in matches}
        cached = {doc_id: self._candidate_shingles(doc_id, info[doc_id][1]) for doc_id in ranked}
        unread = [doc_id for doc_id, shingles in cached.items() if shingles is None]
        texts = dict(_driver_execute(conn, 1, unread)) if unread else {}
        for doc_id in ranked:
            duplicate_of, content_hash = info[doc_id]
            theirs = cached[doc_id]
            if theirs is None and doc_id in texts:
                theirs = self._candidate_shingles(doc_id, content_hash, texts[doc_id])
            if theirs is not None and _near_duplicate(mine, theirs):
                return duplicate_of or doc_id
        return None

    @staticmethod
    def _fingerprint_candidates(matches: list[tuple], exclude: set[int]) -> list[int]:
        """The documents of ``matches`` worth a Jaccard check, best first, at most FINGERPRINT_CANDIDATES.

        A candidate shares a key that no other stored document has, or two keys not yet on
        FINGERPRINT_MAX_USES documents, or any three: one common passage alone (a quote, a
        boilerplate or templated sentence: often a key on many pages and another inside it) is not
        worth reading a text for. A copy with Jaccard >= 0.7 fails this when it shares a single key
        that a third document also has (none in 4,000 simulated clusters of 1-4 copies), or at most
        two with a story copied FINGERPRINT_MAX_USES times. Ranked by shared keys, each weighted by
        1 / the documents having it: rare keys first."""
        uses = Counter(key for key, *_ in matches)
        shared: dict[int, list[int]] = {}
        for key, doc_id, *_ in matches:
            if doc_id not in exclude:
                shared.setdefault(doc_id, []).append(key)
        score = {}
        for doc_id, keys in shared.items():
            counts = [uses[key] for key in keys]
            if len(keys) > 2 or min(counts) == 1 or sum(n < FINGERPRINT_MAX_USES for n in counts) > 1:
                score[doc_id] = sum(1.0 / n for n in counts)
        return sorted(score, key=lambda doc_id: (-score[doc_id], doc_id))[:FINGERPRINT_CANDIDATES]

    def _candidate_shingles(self, doc_id: int, content_hash: str, text: str | None = None) -> set | None:
        """A stored document's shingles: from the cache while its content hash is the same, else
        from ``text`` (and cached), else None."""
        with self._shingle_lock:
            hit = self._shingle_cache.get(doc_id)
            if hit is not None and hit[0] == content_hash:
                self._shingle_cache.move_to_end(doc_id)
                return hit[1]
        if text is None:
            return None
        shingles = _shingles(text)
        with self._shingle_lock:
            self._shingle_cache[doc_id] = (content_hash, shingles)
            self._shingle_cache.move_to_end(doc_id)
            while len(self._shingle_cache) > SHINGLE_CACHE_SIZE:
                self._shingle_cache.popitem(last=False)
        return shingles

    def document_count(self) -> int:
        with self.engine.connect() as conn:
            return conn.execute(sa.select(sa.func.count()).select_from(t.documents)).scalar_one()

    def documents_for_analysis(self, include_analyzed: bool = False) -> list[dict]:
        d = t.documents.c
        q = sa.select(d.id, d.url, d.title, d.text, d.language, d.published, d.source_kind).order_by(d.id)
        if not include_analyzed:
            q = q.where(d.analyzed_at.is_(None))
        with self.engine.connect() as conn:
            return [dict(r) for r in conn.execute(q).mappings()]

    def claim_documents(self, worker_id: str, limit: int, stale_after: float = 1800.0) -> list[dict]:
        """Atomically claim up to ``limit`` unanalysed documents for one analysis worker.

        PostgreSQL: ``SELECT … FOR UPDATE SKIP LOCKED`` inside the UPDATE: workers never wait on,
        nor take, each other's rows. SQLite: the one UPDATE holds the write lock throughout.
        Claims older than ``stale_after`` seconds belong to a dead worker and are taken over."""
        d = t.documents.c
        now = utcnow()
        stale = now - dt.timedelta(seconds=stale_after)
        pick = (sa.select(d.id)
                .where(d.analyzed_at.is_(None), sa.or_(d.claimed_by.is_(None), d.claimed_at < stale))
                .order_by(d.id).limit(max(int(limit), 1)))
        if self.dialect == "postgresql":
            pick = pick.with_for_update(skip_locked=True)
        q = (t.documents.update().where(d.id.in_(pick.scalar_subquery()))
             .values(claimed_by=worker_id, claimed_at=now)
             .returning(d.id, d.url, d.title, d.text, d.language, d.published, d.source_kind))
        with self.engine.begin() as conn:
            rows = [dict(r) for r in conn.execute(q).mappings()]
        return sorted(rows, key=lambda r: r["id"])

    def release_claims(self, worker_ids: Iterable[str]) -> int:
        """Give unfinished claims back (a worker stopping, or found dead): others may take them."""
        ids = list(worker_ids)
        if not ids:
            return 0
        d = t.documents.c
        with self.engine.begin() as conn:
            return conn.execute(t.documents.update().where(d.claimed_by.in_(ids), d.analyzed_at.is_(None))
                                .values(claimed_by=None, claimed_at=None)).rowcount

    def claim_holders(self) -> list[str]:  # workers holding claims on unanalysed documents
        d = t.documents.c
        with self.engine.connect() as conn:
            return list(conn.execute(sa.select(d.claimed_by).distinct()
                                     .where(d.claimed_by.is_not(None), d.analyzed_at.is_(None))).scalars())

    def unanalyzed_count(self) -> int:
        with self.engine.connect() as conn:
            return conn.execute(sa.select(sa.func.count()).select_from(t.documents)
                                .where(t.documents.c.analyzed_at.is_(None))).scalar_one()

    def save_analysis(self, document_id: int, results: Iterable[StanceResult], model: str) -> None:
        """Replace a document's mentions atomically: a killed run leaves the old ones intact."""
        now = utcnow()
        rows = [
            dict(document_id=document_id, company_id=r.company_id, company=r.company, stance=r.stance,
                 confidence=round(float(r.confidence), 4), evidence=r.evidence, speaker=r.speaker,
                 reason=r.reason, model=model, created_at=now)
            for r in results
        ]
        with self.engine.begin() as conn:
            conn.execute(t.mentions.delete().where(t.mentions.c.document_id == document_id))
            if rows:
                conn.execute(t.mentions.insert(), rows)
            conn.execute(t.documents.update().where(t.documents.c.id == document_id)
                         .values(analyzed_at=now, claimed_by=None, claimed_at=None))

    @staticmethod
    def _published_in(q, column, published_between: tuple[str, str] | None):
        """ISO dates/datetimes compare as strings: [lo, hi) by prefix, using the published index."""
        if published_between is None:
            return q
        lo, hi = published_between
        return q.where(column >= lo, column < hi)

    def iter_documents(self, published_between: tuple[str, str] | None = None) -> Iterator[dict]:
        d = t.documents.c
        orig = t.documents.alias("orig")
        q = (
            sa.select(d.id, d.url, d.canonical_url, d.title, d.published, d.language, d.source_id,
                      d.source_kind, d.author, orig.c.url.label("duplicate_of"))
            .select_from(t.documents.outerjoin(orig, d.duplicate_of == orig.c.id))
            .order_by(d.id)
        )
        q = self._published_in(q, d.published, published_between)
        with self.engine.connect() as conn:
            yield from (dict(r) for r in conn.execute(q).mappings())

    def iter_mentions(self, published_between: tuple[str, str] | None = None) -> Iterator[dict]:
        d, m = t.documents.c, t.mentions.c
        q = (
            sa.select(d.url, d.published, m.company, m.company_id, m.stance, m.confidence, m.evidence, m.speaker,
                      m.reason, m.document_id, d.title, d.source_id, d.source_kind, d.duplicate_of, d.language,
                      d.fetched_at)
            .select_from(t.mentions.join(t.documents, m.document_id == d.id))
            .order_by(d.published, d.id, m.company)
        )
        q = self._published_in(q, d.published, published_between)
        with self.engine.connect() as conn:
            yield from (dict(r) for r in conn.execute(q).mappings())

    def reviews(self) -> dict[tuple[int, str], dict]:
        with self.engine.connect() as conn:
            return {(r["document_id"], r["company_id"]): dict(r) for r in conn.execute(sa.select(t.reviews)).mappings()}

    def add_review(self, document_id: int, company_id: str, stance: str, reviewer: str, note: str | None = None) -> None:
        with self.engine.begin() as conn:
            conn.execute(t.reviews.delete().where(
                (t.reviews.c.document_id == document_id) & (t.reviews.c.company_id == company_id)))
            conn.execute(t.reviews.insert().values(document_id=document_id, company_id=company_id, stance=stance,
                                                   reviewer=reviewer, note=note, created_at=utcnow()))

    def reviewed_mentions(self) -> list[dict]:
        """Each analyst label with the model's mention and the document it was made on."""
        r, m, d = t.reviews.c, t.mentions.c, t.documents.c
        q = (
            sa.select(r.document_id, r.company_id, r.stance.label("label"), r.reviewer, r.note, r.created_at,
                      m.company, m.stance.label("model_stance"), m.confidence, m.evidence,
                      d.url, d.title, d.text, d.language, d.published)
            .select_from(t.reviews.join(t.documents, r.document_id == d.id)
                         .outerjoin(t.mentions, (m.document_id == r.document_id) & (m.company_id == r.company_id)))
            .order_by(r.created_at, r.id)
        )
        with self.engine.connect() as conn:
            return [dict(row) for row in conn.execute(q).mappings()]

    # ---- time series ---------------------------------------------------------
    def replace_timeseries(self, rows: list[dict]) -> None:
        with self.engine.begin() as conn:
            conn.execute(t.timeseries.delete())
            if rows:
                conn.execute(t.timeseries.insert(), rows)

    def iter_timeseries(self) -> Iterator[dict]:
        ts = t.timeseries.c
        with self.engine.connect() as conn:
            yield from (dict(r) for r in conn.execute(
                sa.select(t.timeseries).order_by(ts.date, ts.company)).mappings())
