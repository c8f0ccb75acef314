"""initial schema: institution, units, survey years

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-21 05:02:26.130122
"""

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('institution',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=255), nullable=False),
    sa.Column('type', sa.String(length=20), nullable=False),
    sa.Column('size_group', sa.String(length=10), nullable=True),
    sa.Column('address', sa.Text(), nullable=True),
    sa.Column('inspector_name', sa.String(length=255), nullable=True),
    sa.Column('inspector_nip', sa.String(length=18), nullable=True),
    sa.Column('logo', sa.LargeBinary(), nullable=True),
    sa.Column('logo_filename', sa.String(length=255), nullable=True),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_institution')),
    sa.UniqueConstraint('code', name=op.f('uq_institution_code'))
    )
    op.create_table('survey_year',
    sa.Column('year', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('weight_internal', sa.Float(), nullable=True),
    sa.Column('weight_external', sa.Float(), nullable=True),
    sa.Column('weight_expert', sa.Float(), nullable=True),
    sa.Column('national_index', sa.Float(), nullable=True),
    sa.Column('national_target', sa.Float(), nullable=True),
    sa.Column('window_start', sa.Date(), nullable=True),
    sa.Column('window_end', sa.Date(), nullable=True),
    sa.Column('population_deadline', sa.Date(), nullable=True),
    sa.Column('results_published', sa.Date(), nullable=True),
    sa.Column('sample_targets', sa.JSON(), nullable=False),
    sa.Column('type_averages', sa.JSON(), nullable=False),
    sa.Column('sources', sa.JSON(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('year', name=op.f('pk_survey_year'))
    )
    op.create_table('unit',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=255), nullable=False),
    sa.Column('short_name', sa.String(length=100), nullable=True),
    sa.Column('aliases', sa.Text(), nullable=True),
    sa.Column('head_name', sa.String(length=255), nullable=True),
    sa.Column('head_nip', sa.String(length=18), nullable=True),
    sa.Column('head_position', sa.String(length=255), nullable=True),
    sa.Column('pic_name', sa.String(length=255), nullable=True),
    sa.Column('pic_phone', sa.String(length=20), nullable=True),
    sa.Column('pic_email', sa.String(length=255), nullable=True),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_unit')),
    sa.UniqueConstraint('code', name=op.f('uq_unit_code'))
    )
    op.create_table('score_band',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('label', sa.String(length=64), nullable=False),
    sa.Column('lower', sa.Float(), nullable=False),
    sa.Column('colour', sa.String(length=7), nullable=False),
    sa.Column('source', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['year'], ['survey_year.year'], name=op.f('fk_score_band_year_survey_year'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_score_band'))
    )
    op.create_table('survey_element',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=255), nullable=False),
    sa.Column('source', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['year'], ['survey_year.year'], name=op.f('fk_survey_element_year_survey_year'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_survey_element')),
    sa.UniqueConstraint('year', 'code', name=op.f('uq_survey_element_year'))
    )
    op.create_table('unit_year_status',
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_unit_year_status_unit_id_unit'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('unit_id', 'year', name=op.f('pk_unit_year_status'))
    )


def downgrade() -> None:
    op.drop_table('unit_year_status')
    op.drop_table('survey_element')
    op.drop_table('score_band')
    op.drop_table('unit')
    op.drop_table('survey_year')
    op.drop_table('institution')
