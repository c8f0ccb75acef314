"""Eligibility by title: the eselon I/II offices of a Pemda and the head of the row's own OPD, per survey year

Revision ID: 0009
Revises: 0008

Years stored before this revision only knew the word 'eselon'; they get the titles below (frozen here, as they
shipped with this revision) unless they already have their own.
"""

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

TITLES = ['sekretaris daerah', 'sekda', 'asisten', 'staf ahli', 'staff ahli', 'inspektur', 'kepala inspektorat', 'kepala dinas', 'kadis*', 'kadin*', 'kepala badan', 'kaban*', 'kepala pelaksana', 'kalak*', 'kepala satuan polisi pamong praja', 'kepala satpol pp', 'kasatpol pp', 'kasat pol pp', 'sekretaris dprd', 'sekretaris dewan', 'sekwan', 'kepala bappeda', 'kepala bapenda', 'kepala bpkad', 'kepala bkpsdm', 'kepala bkd', 'kepala bpbd', 'kepala kesbangpol', 'kepala rsud', 'direktur rsud', 'direktur rumah sakit', 'direktur utama', 'bupati', 'wakil bupati', 'wali kota', 'walikota', 'wakil wali kota', 'wakil walikota', 'gubernur', 'wakil gubernur']
WORDS = ["jpt pratama", "jpt madya", "jpt utama", "pimpinan tinggi"]  # eselon I/II by the civil-service name
EXCEPTIONS = ["asisten ahli", "asisten apoteker", "asisten perawat", "asisten bidan", "asisten dokter",
              "asisten penata", "asisten peneliti", "asisten pengawas", "asisten laboratorium", "asisten analis",
              "asisten pelatih", "asisten pribadi", "inspektur pembantu", "inspektur tambang", "staf ahli muda"]


def upgrade() -> None:
    survey_year = sa.table("survey_year", sa.column("year", sa.Integer), sa.column("eligibility", sa.JSON))
    connection = op.get_bind()
    for year, eligibility in connection.execute(sa.select(survey_year.c.year, survey_year.c.eligibility)).all():
        rules = dict(eligibility or {})
        internal = dict(rules.get("internal") or {})
        if "excluded_titles" in internal:
            continue
        internal.update(excluded_titles=TITLES, title_exceptions=EXCEPTIONS, exclude_unit_head=True)
        words = list(internal.get("excluded_positions") or [])
        if "eselon ii" in words:  # the year excludes eselon II: its civil-service names too
            internal["excluded_positions"] = words + [word for word in WORDS if word not in words]
        rules["internal"] = internal
        connection.execute(survey_year.update().where(survey_year.c.year == year).values(eligibility=rules))


def downgrade() -> None:
    survey_year = sa.table("survey_year", sa.column("year", sa.Integer), sa.column("eligibility", sa.JSON))
    connection = op.get_bind()
    for year, eligibility in connection.execute(sa.select(survey_year.c.year, survey_year.c.eligibility)).all():
        rules = dict(eligibility or {})
        internal = {k: v for k, v in dict(rules.get("internal") or {}).items()
                    if k not in ("excluded_titles", "title_exceptions", "exclude_unit_head")}
        if "excluded_positions" in internal:
            internal["excluded_positions"] = [w for w in internal["excluded_positions"] if w not in WORDS]
        rules["internal"] = internal
        connection.execute(survey_year.update().where(survey_year.c.year == year).values(eligibility=rules))
