"""SQLAlchemy Core schema. Alembic migrations in ``storage/migrations`` mirror it."""
from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

sources = sa.Table(
    "sources",
    metadata,
    sa.Column("id", sa.String(200), primary_key=True),
    sa.Column("kind", sa.String(40), nullable=False),
    sa.Column("url", sa.Text),
    sa.Column("last_success_at", sa.DateTime(timezone=True)),
    sa.Column("consecutive_failures", sa.Integer, nullable=False, server_default="0"),
    sa.Column("next_attempt_at", sa.DateTime(timezone=True)),  # backoff after failures
    sa.Column("last_error", sa.Text),
)

documents = sa.Table(
    "documents",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("url", sa.Text, nullable=False, unique=True),
    sa.Column("canonical_url", sa.Text, nullable=False, index=True),
    sa.Column("source_id", sa.String(200), sa.ForeignKey("sources.id"), index=True),
    sa.Column("source_kind", sa.String(40), nullable=False, server_default="news"),
    sa.Column("title", sa.Text),
    sa.Column("author", sa.Text),
    sa.Column("published", sa.String(40), index=True),
    sa.Column("language", sa.String(16)),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("raw_html_gz", sa.LargeBinary),
    sa.Column("content_hash", sa.String(64), nullable=False, index=True),
    sa.Column("simhash", sa.BigInteger, nullable=False),
    # 16-bit bands of the SimHash: two texts within Hamming distance 3 share at least one band.
    sa.Column("sh_band0", sa.Integer, nullable=False, index=True),
    sa.Column("sh_band1", sa.Integer, nullable=False, index=True),
    sa.Column("sh_band2", sa.Integer, nullable=False, index=True),
    sa.Column("sh_band3", sa.Integer, nullable=False, index=True),
    sa.Column("duplicate_of", sa.Integer, sa.ForeignKey("documents.id"), index=True),
    sa.Column("etag", sa.Text),
    sa.Column("last_modified", sa.Text),
    sa.Column("fetched_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("analyzed_at", sa.DateTime(timezone=True), index=True),
    sa.Column("claimed_by", sa.String(100)),
    sa.Column("claimed_at", sa.DateTime(timezone=True)),
)

# Passage fingerprints of each document (storage.fingerprints.fingerprints, at most 12): the second
# near-duplicate candidate route beside the SimHash bands. The primary key's leading column is the
# lookup index by fingerprint; the document_id index serves replacing a document's keys.
paragraph_fingerprints = sa.Table(
    "paragraph_fingerprints",
    metadata,
    sa.Column("fingerprint", sa.BigInteger, primary_key=True, autoincrement=False),
    sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True,
              autoincrement=False, index=True),
    sqlite_with_rowid=False,  # the primary key is the table: one B-tree less to write per key
)

# Every URL the crawler has seen, article or not, so a later run can skip or revalidate it.
fetch_log = sa.Table(
    "fetch_log",
    metadata,
    sa.Column("url", sa.Text, primary_key=True),
    sa.Column("source_id", sa.String(200)),
    sa.Column("status", sa.Integer),
    sa.Column("outcome", sa.String(40), nullable=False),  # stored | duplicate | rejected | error
    sa.Column("reason", sa.Text),
    sa.Column("etag", sa.Text),
    sa.Column("last_modified", sa.Text),
    sa.Column("lastmod", sa.Text),  # from the sitemap/feed entry
    sa.Column("fetched_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id")),
)

mentions = sa.Table(
    "mentions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id"), nullable=False, index=True),
    sa.Column("company_id", sa.String(100), nullable=False, index=True),
    sa.Column("company", sa.String(200), nullable=False),
    sa.Column("stance", sa.String(20), nullable=False),
    sa.Column("confidence", sa.Float, nullable=False),
    sa.Column("evidence", sa.Text),
    sa.Column("speaker", sa.Text),
    sa.Column("reason", sa.Text),
    sa.Column("model", sa.String(100), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.UniqueConstraint("document_id", "company_id", name="uq_mentions_document_company"),
)

# Analyst labels override the model in the series (issue: review loop).
reviews = sa.Table(
    "reviews",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id"), nullable=False),
    sa.Column("company_id", sa.String(100), nullable=False),
    sa.Column("stance", sa.String(20), nullable=False),
    sa.Column("reviewer", sa.String(200), nullable=False),
    sa.Column("note", sa.Text),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.UniqueConstraint("document_id", "company_id", name="uq_reviews_document_company"),
)

timeseries = sa.Table(
    "timeseries",
    metadata,
    sa.Column("date", sa.String(10), primary_key=True),
    sa.Column("company_id", sa.String(100), primary_key=True),
    sa.Column("company", sa.String(200), nullable=False),
    sa.Column("stance", sa.String(20), nullable=False),
    sa.Column("confidence", sa.Float, nullable=False),
    sa.Column("evidence_count", sa.Integer, nullable=False),
    sa.Column("evidence", sa.Text),
    sa.Column("evidence_url", sa.Text),
    sa.Column("changed", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("previous_stance", sa.String(20)),  # on a change row: the state it left
    sa.Column("decided_by", sa.Text),  # on a change row: JSON list of the evidence that decided it
)

runs = sa.Table(
    "runs",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("command", sa.String(40), nullable=False),
    sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("finished_at", sa.DateTime(timezone=True)),
    sa.Column("status", sa.String(20), nullable=False),  # running | ok | failed
    sa.Column("pages_fetched", sa.Integer, nullable=False, server_default="0"),
    sa.Column("documents_new", sa.Integer, nullable=False, server_default="0"),
    sa.Column("documents_duplicate", sa.Integer, nullable=False, server_default="0"),
    sa.Column("documents_analyzed", sa.Integer, nullable=False, server_default="0"),
    sa.Column("errors", sa.Integer, nullable=False, server_default="0"),
    sa.Column("message", sa.Text),
)

fetch_errors = sa.Table(
    "fetch_errors",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("run_id", sa.Integer, sa.ForeignKey("runs.id"), index=True),
    sa.Column("source_id", sa.String(200), index=True),
    sa.Column("url", sa.Text),
    sa.Column("reason", sa.Text, nullable=False),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
)
