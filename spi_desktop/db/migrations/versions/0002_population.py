"""Population lists, import batches, mapping presets, submission marks, and per-year eligibility rules

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21 05:27:49.524023
"""

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('population_batch',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('group', sa.String(length=10), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('file_name', sa.String(length=255), nullable=False),
    sa.Column('file_hash', sa.String(length=64), nullable=False),
    sa.Column('sheet', sa.String(length=255), nullable=True),
    sa.Column('imported_by', sa.String(length=100), nullable=False),
    sa.Column('imported_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('read', sa.Integer(), nullable=False),
    sa.Column('imported', sa.Integer(), nullable=False),
    sa.Column('duplicates', sa.Integer(), nullable=False),
    sa.Column('rejected', sa.Integer(), nullable=False),
    sa.Column('warnings', sa.Integer(), nullable=False),
    sa.Column('undone_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_population_batch_unit_id_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_population_batch'))
    )
    with op.batch_alter_table('population_batch', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_population_batch_year'), ['year'], unique=False)

    op.create_table('population_record',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('batch_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('group', sa.String(length=10), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('source_row', sa.Integer(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('phone', sa.String(length=20), nullable=True),
    sa.Column('email', sa.Text(), nullable=True),
    sa.Column('nip', sa.Text(), nullable=True),
    sa.Column('position', sa.Text(), nullable=True),
    sa.Column('work_unit', sa.Text(), nullable=True),
    sa.Column('employment_status', sa.Text(), nullable=True),
    sa.Column('tmt_institution', sa.Date(), nullable=True),
    sa.Column('tmt_unit', sa.Date(), nullable=True),
    sa.Column('service_type', sa.Text(), nullable=True),
    sa.Column('service_date', sa.Date(), nullable=True),
    sa.Column('organisation', sa.Text(), nullable=True),
    sa.Column('category', sa.Text(), nullable=True),
    sa.Column('raw_phone', sa.Text(), nullable=True),
    sa.Column('warnings', sa.Text(), nullable=True),
    sa.Column('flagged', sa.Boolean(), nullable=False),
    sa.Column('flag_reason', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['batch_id'], ['population_batch.id'], name=op.f('fk_population_record_batch_id_population_batch'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_population_record_unit_id_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_population_record'))
    )
    with op.batch_alter_table('population_record', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_population_record_batch_id'), ['batch_id'], unique=False)
        batch_op.create_index('ix_population_year_group_unit_name', ['year', 'group', 'unit_id', 'name'], unique=False)

    with op.batch_alter_table('survey_year', schema=None) as batch_op:
        batch_op.add_column(sa.Column('eligibility', sa.JSON(), server_default='{}', nullable=False))
    _backfill_eligibility()
    op.create_table('population_submission',
    sa.Column('year', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('group', sa.String(length=10), nullable=False),
    sa.Column('validated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('validated_by', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_population_submission_unit_id_unit'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('year', 'unit_id', 'group', name=op.f('pk_population_submission'))
    )
    op.create_table('mapping_preset',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('group', sa.String(length=10), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('mapping', sa.JSON(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mapping_preset')),
    sa.UniqueConstraint('group', 'name', name=op.f('uq_mapping_preset_group'))
    )



# The eligibility rules survey_years.json shipped with this revision, frozen here: a migration must do the same
# thing on every upgrade, whatever later versions of the package data say.
_EARLY_RULES = {"internal": {"min_years_institution": 1, "excluded_positions": ["eselon i", "eselon ii"]},
                "external": {"service_within_months": 12}}
_UNIT_TENURE_RULES = {"internal": {"min_years_institution": 2, "min_years_unit": 1,
                                   "excluded_positions": ["eselon i", "eselon ii"]},
                      "external": {"service_within_months": 12}}
SHIPPED_ELIGIBILITY = {2021: _EARLY_RULES, 2022: _EARLY_RULES, 2023: _EARLY_RULES,
                       2024: _UNIT_TENURE_RULES, 2025: _UNIT_TENURE_RULES}


def _backfill_eligibility() -> None:
    """Give workspaces created before this revision the shipped eligibility rules of their years."""
    survey_year = sa.table("survey_year", sa.column("year", sa.Integer), sa.column("eligibility", sa.JSON))
    for year, eligibility in SHIPPED_ELIGIBILITY.items():
        op.execute(survey_year.update().where(survey_year.c.year == year).values(eligibility=eligibility))


def downgrade() -> None:
    op.drop_table('population_submission')
    op.drop_table('mapping_preset')
    with op.batch_alter_table('survey_year', schema=None) as batch_op:
        batch_op.drop_column('eligibility')

    with op.batch_alter_table('population_record', schema=None) as batch_op:
        batch_op.drop_index('ix_population_year_group_unit_name')
        batch_op.drop_index(batch_op.f('ix_population_record_batch_id'))

    op.drop_table('population_record')
    with op.batch_alter_table('population_batch', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_population_batch_year'))

    op.drop_table('population_batch')
