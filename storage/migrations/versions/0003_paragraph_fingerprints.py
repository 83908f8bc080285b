"""paragraph fingerprints: a second near-duplicate candidate route beside the SimHash bands

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-09

Existing documents get their fingerprints here, so copies crawled after the upgrade also find
originals stored before it.
"""
import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

_BATCH = 50  # documents: at most 600 distinct keys bound in one IN list


def upgrade() -> None:
    op.create_table('paragraph_fingerprints',
    sa.Column('fingerprint', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('document_id', sa.Integer(), autoincrement=False, nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('fingerprint', 'document_id'),
    sqlite_with_rowid=False
    )
    op.create_index(op.f('ix_paragraph_fingerprints_document_id'), 'paragraph_fingerprints', ['document_id'],
                    unique=False)
    _backfill()


def _backfill() -> None:
    """Fingerprint the documents already stored, in id order and batches, as the Store would have."""
    from storage.fingerprints import fingerprints as text_fingerprints
    from storage.store import fingerprint_rows

    conn = op.get_bind()
    documents = sa.table('documents', sa.column('id', sa.Integer), sa.column('text', sa.Text))
    table = sa.table('paragraph_fingerprints', sa.column('fingerprint', sa.BigInteger),
                     sa.column('document_id', sa.Integer))
    last = 0
    while True:
        batch = conn.execute(sa.select(documents.c.id, documents.c.text).where(documents.c.id > last)
                             .order_by(documents.c.id).limit(_BATCH)).all()
        if not batch:
            return
        last = batch[-1][0]
        keys = [(doc_id, text_fingerprints(text or '')) for doc_id, text in batch]
        distinct = sorted({key for _doc_id, doc_keys in keys for key in doc_keys})
        # Documents already having each key (at most FINGERPRINT_MAX_USES: a bounded read).
        uses = dict(conn.execute(sa.select(table.c.fingerprint, sa.func.count())
                                 .where(table.c.fingerprint.in_(distinct))
                                 .group_by(table.c.fingerprint)).all()) if distinct else {}
        rows = [row for doc_id, doc_keys in keys for row in fingerprint_rows(doc_id, doc_keys, uses)]
        if rows:
            conn.execute(table.insert(), rows)


def downgrade() -> None:
    op.drop_index(op.f('ix_paragraph_fingerprints_document_id'), table_name='paragraph_fingerprints')
    op.drop_table('paragraph_fingerprints')
