"""The analysis stage's side of the store: claims on unanalysed documents, and the mentions it saves.

Several analysis workers (processes, hosts) share one database: each claims a batch of documents,
saves their mentions, and so releases them. ``Analysis`` is one of the ``Store``'s parts
(``storage.store``): methods over ``self.engine``.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

import sqlalchemy as sa

from storage import schema as t
from storage.db import record_columns, utcnow
from storage.documents import ANALYSIS_COLUMNS, published_in
from storage.records import Mention, StanceResult, StoredDocument

_d, _m = t.documents.c, t.mentions.c
# A mention with what the series and the digest need of its document.
_MENTIONS = (
    sa.select(*record_columns(t.mentions, Mention, **{name: _d[name] for name in (
        "url", "published", "title", "source_id", "source_kind", "duplicate_of", "language", "fetched_at")}))
    .select_from(t.mentions.join(t.documents, _m.document_id == _d.id))
    .order_by(_d.published, _d.id, _m.company)
)


class Analysis:
    """Claims, saved analyses, and the mentions they produced."""

    engine: sa.Engine

    # ---- claims ----------------------------------------------------------------
    def claim_documents(self, worker_id: str, limit: int, stale_after: float = 1800.0) -> list[StoredDocument]:
        """Atomically claim up to ``limit`` unanalysed documents for one analysis worker.

        PostgreSQL: ``SELECT … FOR UPDATE SKIP LOCKED`` inside the UPDATE: workers never wait on,
        nor take, each other's rows. SQLite: the one UPDATE holds the write lock throughout.
        Claims older than ``stale_after`` seconds belong to a dead worker and are taken over."""
        now = utcnow()
        stale = now - dt.timedelta(seconds=stale_after)
        pick = (sa.select(_d.id)
                .where(_d.analyzed_at.is_(None), sa.or_(_d.claimed_by.is_(None), _d.claimed_at < stale))
                .order_by(_d.id).limit(max(int(limit), 1)))
        if self.engine.dialect.name == "postgresql":
            pick = pick.with_for_update(skip_locked=True)
        q = (t.documents.update().where(_d.id.in_(pick.scalar_subquery()))
             .values(claimed_by=worker_id, claimed_at=now)
             .returning(*ANALYSIS_COLUMNS))
        with self.engine.begin() as conn:
            docs = [StoredDocument(*row) for row in conn.execute(q)]
        return sorted(docs, key=lambda doc: doc.id)

    def release_claims(self, worker_ids: Iterable[str]) -> int:
        """Give unfinished claims back (a worker stopping, or found dead): others may take them."""
        ids = list(worker_ids)
        if not ids:
            return 0
        with self.engine.begin() as conn:
            return conn.execute(t.documents.update().where(_d.claimed_by.in_(ids), _d.analyzed_at.is_(None))
                                .values(claimed_by=None, claimed_at=None)).rowcount

    def claim_holders(self) -> list[str]:
        """Workers holding claims on unanalysed documents."""
        with self.engine.connect() as conn:
            return list(conn.execute(sa.select(_d.claimed_by).distinct()
                                     .where(_d.claimed_by.is_not(None), _d.analyzed_at.is_(None))).scalars())

    def unanalyzed_count(self) -> int:
        with self.engine.connect() as conn:
            return conn.execute(sa.select(sa.func.count()).select_from(t.documents)
                                .where(_d.analyzed_at.is_(None))).scalar_one()

    # ---- mentions --------------------------------------------------------------
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
            conn.execute(t.mentions.delete().where(_m.document_id == document_id))
            if rows:
                conn.execute(t.mentions.insert(), rows)
            conn.execute(t.documents.update().where(_d.id == document_id)
                         .values(analyzed_at=now, claimed_by=None, claimed_at=None))

    def iter_mentions(self, published_between: tuple[str, str] | None = None) -> Iterator[Mention]:
        """Every mention, by the document's publication date (``published_between``: [lo, hi) ISO)."""
        q = published_in(_MENTIONS, _d.published, published_between)
        with self.engine.connect() as conn:
            yield from (Mention(*row) for row in conn.execute(q))
