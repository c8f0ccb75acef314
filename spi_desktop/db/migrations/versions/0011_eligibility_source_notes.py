"""The eligibility source notes of workspaces made before 0009, in public words too

Revision ID: 0011
Revises: 0010

0010 rewrote the notes as the app shipped them at the time; a workspace created before 0009 carried two older
eligibility notes that 0010 did not know, citing a file of the project's own. Only those exact notes (named by
their sha256) are replaced; a note a user edited stays. The downgrade keeps the public wording.
"""

import hashlib
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None

NOTES = {
    '8de485981d3fcf9ceefc653a858b616f62abf7a6a9b6f9e566a8c22747803d4b':
        'Kriteria responden internal tahun itu: minimal 1 tahun masa kerja (belum diumumkan rinci — periksa surat KPK); pengecualian eselon I/II dianggap sama dengan 2024–2025',
    '35c94ec5a80e004c108ed2d4a4a842a9ea235da5382e7b7d351e4af76407ec89':
        'Kriteria responden internal dalam surat KPK ke instansi (mis. edaran Kab. Bogor 2024): ASN ≥2 tahun di instansi dan ≥1 tahun di unit; eselon I/II dikecualikan; pengguna layanan 12 bulan terakhir',
}


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _replaced(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _replaced(item) for key, item in value.items()}
    if isinstance(value, str):
        return NOTES.get(_digest(value), value)
    return value


def upgrade() -> None:
    connection = op.get_bind()
    survey_year = sa.table("survey_year", sa.column("year", sa.Integer), sa.column("sources", sa.JSON))
    for row in connection.execute(sa.select(survey_year)).mappings().all():
        if row["sources"] is not None and (changed := _replaced(row["sources"])) != row["sources"]:
            connection.execute(survey_year.update().where(survey_year.c.year == row["year"]).values(sources=changed))


def downgrade() -> None:
    pass  # the public wording stays: it is true for the older schema too
