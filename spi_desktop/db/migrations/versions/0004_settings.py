"""Workspace preferences (traffic-light thresholds, reminder templates)

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-21 09:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('workspace_setting',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.JSON(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_workspace_setting'))
    )


def downgrade() -> None:
    op.drop_table('workspace_setting')
