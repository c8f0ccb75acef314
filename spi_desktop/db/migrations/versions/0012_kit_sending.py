"""Collection kit sendings: which OPD's kit was sent for which group, when, by whom and how

Revision ID: 0012
Revises: 0011
"""

import sqlalchemy as sa
from alembic import op

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('population_kit_sending',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('group', sa.String(length=10), nullable=False),
    sa.Column('via', sa.String(length=10), nullable=False),
    sa.Column('sent_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('sent_by', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_population_kit_sending_unit_id_unit'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_population_kit_sending'))
    )
    op.create_index('ix_population_kit_sending_year', 'population_kit_sending', ['year', 'unit_id', 'group'],
                    unique=False)


def downgrade() -> None:
    op.drop_index('ix_population_kit_sending_year', table_name='population_kit_sending')
    op.drop_table('population_kit_sending')
