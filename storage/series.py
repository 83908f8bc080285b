"""The stance series' side of the store: the analysts' labels that override mentions, and the daily rows.

``stancewatch.timeseries.build_series`` turns ``iter_mentions`` and ``reviews`` into ``SeriesRow``s;
``replace_timeseries`` stores them whole (the series is rebuilt, never patched). ``Series`` is one
of the ``Store``'s parts (``storage.store``): methods over ``self.engine``.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

import sqlalchemy as sa

from storage import schema as t
from storage.db import record_columns, utcnow
from storage.records import Review, ReviewedMention, SeriesRow, as_dict

_r, _m, _d, _ts = t.reviews.c, t.mentions.c, t.documents.c, t.timeseries.c
# Each label with the model's mention (when there still is one) and the document it was made on.
_REVIEWED = (
    sa.select(*record_columns(t.reviews, ReviewedMention, label=_r.stance, company=_m.company,
                              model_stance=_m.stance, confidence=_m.confidence, evidence=_m.evidence,
                              **{name: _d[name] for name in ("url", "title", "text", "language", "published")}))
    .select_from(t.reviews.join(t.documents, _r.document_id == _d.id)
                 .outerjoin(t.mentions, (_m.document_id == _r.document_id) & (_m.company_id == _r.company_id)))
    .order_by(_r.created_at, _r.id)
)
_SERIES = sa.select(*record_columns(t.timeseries, SeriesRow)).order_by(_ts.date, _ts.company)


class Series:
    """Analyst reviews and the stored daily series."""

    engine: sa.Engine

    # ---- reviews ---------------------------------------------------------------
    def reviews(self) -> dict[tuple[int, str], Review]:
        """Every label by (document id, company id)."""
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(*record_columns(t.reviews, Review)))
            return {(review.document_id, review.company_id): review for review in (Review(*row) for row in rows)}

    def add_review(self, document_id: int, company_id: str, stance: str, reviewer: str,
                   note: str | None = None) -> None:
        """Label one mention; a second label of it replaces the first."""
        with self.engine.begin() as conn:
            conn.execute(t.reviews.delete().where((_r.document_id == document_id) & (_r.company_id == company_id)))
            conn.execute(t.reviews.insert().values(document_id=document_id, company_id=company_id, stance=stance,
                                                   reviewer=reviewer, note=note, created_at=utcnow()))

    def reviewed_mentions(self) -> list[ReviewedMention]:
        """Each analyst label with the model's mention and the document it was made on, oldest first."""
        with self.engine.connect() as conn:
            return [ReviewedMention(*row) for row in conn.execute(_REVIEWED)]

    # ---- the daily series ------------------------------------------------------
    def replace_timeseries(self, rows: Iterable[SeriesRow]) -> None:
        """Store a rebuilt series in place of the old one, in one transaction."""
        values = [as_dict(row) for row in rows]
        with self.engine.begin() as conn:
            conn.execute(t.timeseries.delete())
            if values:
                conn.execute(t.timeseries.insert(), values)

    def iter_timeseries(self) -> Iterator[SeriesRow]:
        """The series by date, then company name."""
        with self.engine.connect() as conn:
            yield from (SeriesRow(*row) for row in conn.execute(_SERIES))
