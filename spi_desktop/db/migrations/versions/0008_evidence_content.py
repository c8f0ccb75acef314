"""Evidence files of a server workspace are kept in the database, so every PC sees them

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('action_evidence', schema=None) as batch_op:
        batch_op.add_column(sa.Column('content', sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('action_evidence', schema=None) as batch_op:
        batch_op.drop_column('content')
