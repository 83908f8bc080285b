"""series change events keep the state they left and the evidence that decided them

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02
"""
import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('timeseries') as batch:
        batch.add_column(sa.Column('previous_stance', sa.String(length=20), nullable=True))
        batch.add_column(sa.Column('decided_by', sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('timeseries') as batch:
        batch.drop_column('decided_by')
        batch.drop_column('previous_stance')
