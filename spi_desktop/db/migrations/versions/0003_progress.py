"""Response monitoring: sample targets, dated progress snapshots and their counts

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21 06:43:54.925801
"""

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('progress_snapshot',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('snapshot_date', sa.Date(), nullable=False),
    sa.Column('source', sa.Text(), nullable=False),
    sa.Column('imported_by', sa.String(length=100), nullable=False),
    sa.Column('imported_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_progress_snapshot'))
    )
    with op.batch_alter_table('progress_snapshot', schema=None) as batch_op:
        batch_op.create_index('ix_progress_snapshot_year_date', ['year', 'snapshot_date'], unique=False)

    op.create_table('progress_count',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('snapshot_id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('group', sa.String(length=10), nullable=False),
    sa.Column('invited', sa.Integer(), nullable=True),
    sa.Column('started', sa.Integer(), nullable=True),
    sa.Column('completed', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['snapshot_id'], ['progress_snapshot.id'], name=op.f('fk_progress_count_snapshot_id_progress_snapshot'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_progress_count_unit_id_unit'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_progress_count'))
    )
    with op.batch_alter_table('progress_count', schema=None) as batch_op:
        batch_op.create_index('ix_progress_count_snapshot', ['snapshot_id'], unique=False)

    op.create_table('response_target',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('group', sa.String(length=10), nullable=False),
    sa.Column('sample_target', sa.Integer(), nullable=False),
    sa.Column('population_sent', sa.Integer(), nullable=True),
    sa.Column('invitations_sent', sa.Integer(), nullable=True),
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_response_target_unit_id_unit'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_response_target'))
    )
    with op.batch_alter_table('response_target', schema=None) as batch_op:
        batch_op.create_index('ix_response_target_year', ['year', 'group', 'unit_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('response_target', schema=None) as batch_op:
        batch_op.drop_index('ix_response_target_year')

    op.drop_table('response_target')
    with op.batch_alter_table('progress_count', schema=None) as batch_op:
        batch_op.drop_index('ix_progress_count_snapshot')

    op.drop_table('progress_count')
    with op.batch_alter_table('progress_snapshot', schema=None) as batch_op:
        batch_op.drop_index('ix_progress_snapshot_year_date')

    op.drop_table('progress_snapshot')
