"""Optimistic locking: a version and who last changed it on every record people edit

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

# table -> does it still need a version column / an updated_at column
TABLES = {
    "institution": (True, False),
    "unit": (False, False),
    "survey_year": (True, True),
    "response_target": (True, True),
    "official_result": (True, True),
    "action_plan": (True, False),
}


def upgrade() -> None:
    for table, (needs_version, needs_updated_at) in TABLES.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            if needs_version:
                batch_op.add_column(sa.Column('version', sa.Integer(), server_default='1', nullable=False))
            if needs_updated_at:
                batch_op.add_column(sa.Column('updated_at', sa.DateTime(), nullable=True))
            batch_op.add_column(sa.Column('updated_by', sa.String(length=100), nullable=True))


def downgrade() -> None:
    for table, (needs_version, needs_updated_at) in TABLES.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column('updated_by')
            if needs_updated_at:
                batch_op.drop_column('updated_at')
            if needs_version:
                batch_op.drop_column('version')
