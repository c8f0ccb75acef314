"""Survey-year source notes in words a staff member can check: the public source (KPK's report or release, its
letter, RPJMN), no longer a path inside the project's own files

Revision ID: 0010
Revises: 0009

Only notes still exactly as they shipped are replaced (the pairs below, frozen here); a note a user edited stays.
The old notes are named by their sha256, not written out: they cited a file of the project's own, which no shipped
file may show again. For the same reason the downgrade keeps the public wording (older versions read any text).
"""

import hashlib
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

NOTES = {
    'e52eb779bdafe018eb8e60009386c639cbd68c42b4156ef9467e44be590feb46':
        'Ringkasan dari laporan dan rilis hasil SPI KPK, laman pemerintah dan berita publik 2017–2025',
    '009e13453aaec40bd436395e8c84848d77cfb52827d78ee5508d501fd1fcb477':
        'Jadwal SPI KPK: Agustus–Oktober; tanggal persis belum diumumkan, ini perkiraan — periksa surat KPK',
    '100be8a4eb6ba099cd57fad39bbd3e3e537f3a06780fd3e25c9730974436691e':
        'Jadwal SPI KPK: Juli–Oktober; tanggal persis belum diumumkan, ini perkiraan — periksa surat KPK',
    '7ac126dc1f72fda29a8f483120b2341d673e06f04bcde546425a9eab2c32391b':
        'Jadwal SPI KPK 2025: 1 Agu–31 Okt',
    'ce2966656000793572fca9c7911d4343c83509f169eaa23797a317da3e171dce':
        'Jadwal SPI KPK 2022: 1 Jul–30 Sep',
    '3e0c1b285b1a7d6d0eaa5544a083e70df2b95339c4c178a2e7c65ee32971d1ed':
        'Jadwal SPI KPK 2023: 17 Jul–31 Okt (satu inspektorat menyebut 1 Jul–30 Sep) — periksa surat KPK',
    'b9c8313e4d41a8732b737ca06048dc2b151cc11f5ecf78c57137e85b45d874a3':
        'Surat KPK kepada instansi: batas data populasi biasanya Mei–Juni; tanggal ini perkiraan — sunting sesuai surat KPK',
    '37eb5391b73e3d2603451868e69dbb472e2848a6ce6bc26a3cb0f6738a96562e':
        'Rilis hasil SPI KPK: tanggal peluncuran hasil',
    '30e4a6e4445fa1a2985c6fad31c20342f9acbda4306198308f1a14e0f7d7e841':
        'Laporan hasil SPI KPK 2021–2025: tujuh elemen penilaian internal',
    'e25d3b0e9e0dfcde0eb01df4846b05cbd6946910707a59cfc3947e49f61736d7':
        'DIPERDEBATKAN: Kompas menyebut kategori 2023 sama dengan 2021–2022; saat peluncuran KPK menyebut <73 merah, ≥73 kuning, >80 hijau — periksa laporan hasil SPI KPK 2023 dan sunting bila perlu',
    '8ee787c99f6ff70cd9b6074e81b0230144abaa0fafe6aaa6cb492d9fb720fd91':
        'Laporan hasil SPI KPK 2021 dan 2022: empat kategori',
    '60ff277d13c1ef69b6e3e804650dced67232f5e16ae51ca7403e0f9100136d5f':
        'RPJMN 2020–2024: target indeks SPI nasional',
    '3d246ba7d9fbc8c89a5feeac98e72f1326255d66c0c52da7223960550788652b':
        'Laporan hasil SPI KPK 2024 dan 2025: tiga kategori (merah, kuning, hijau)',
    'be24fde7aa9b7431fd47580afec26d5d6e1ba3e3ec7bf6a4614e0f22e637a8f7':
        'Belum diumumkan resmi oleh KPK: 45/45/10 menurut editorial media daerah — periksa surat KPK dan sunting',
    '638bca7f1ce2267f711e23f0dc19d6a2544ab8f348d0cfbd95062b4e9d25c15e':
        'Pernyataan pimpinan KPK (2023): 20/70/10; belum diumumkan resmi secara konsisten — periksa surat KPK dan sunting',
    '1cbb5d7ef908e5a2bd311ba76788a8f9a209953d71e04cd8bced27ac58376581':
        'Rilis hasil SPI KPK 2021: indeks nasional',
    '293ed5e807e692564453976ff73ffd6ec9b5a452b451d05479c04bba6abbe452':
        'Rilis hasil SPI KPK 2022: indeks nasional',
    '1bc337092a41f540530c5723d539e7bc40938fae3891fe043ca10e17fd18761f':
        'Rilis hasil SPI KPK 2023: indeks nasional',
    '66d1958fdaaeaee09e64e0b216e6b62a3a67431a50d30639b2f616ce5d4a457c':
        'Rilis hasil SPI KPK 2024: indeks nasional',
    '90349b3bcf8e17c1f5db615e924e6ccc4e79feed18382ac9c68da11ba845337e':
        'Rilis hasil SPI KPK 2025: indeks nasional',
    '2627ef33176db1fc949afbfeee2c8285b8b73ba6bb02dbccba7f549833124d9d':
        'Laporan hasil SPI KPK: rata-rata per jenis instansi',
}
JSON_COLUMNS = ("sources", "type_averages", "sample_targets", "eligibility")  # of survey_year
TEXT_TABLES = ("survey_element", "score_band")  # each with a text column "source"


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _replaced(value: Any, notes: dict[str, str]) -> Any:
    if isinstance(value, dict):
        return {key: _replaced(item, notes) for key, item in value.items()}
    if isinstance(value, list):
        return [_replaced(item, notes) for item in value]
    if isinstance(value, str):
        return notes.get(_digest(value), value)
    return value


def _rewrite(notes: dict[str, str]) -> None:
    connection = op.get_bind()
    present = {column["name"] for column in sa.inspect(connection).get_columns("survey_year")}
    names = [name for name in JSON_COLUMNS if name in present]
    survey_year = sa.table("survey_year", sa.column("year", sa.Integer), *(sa.column(n, sa.JSON) for n in names))
    for row in connection.execute(sa.select(survey_year)).mappings().all():
        changes = {name: _replaced(row[name], notes) for name in names if row[name] is not None}
        changes = {name: value for name, value in changes.items() if value != row[name]}
        if changes:
            connection.execute(survey_year.update().where(survey_year.c.year == row["year"]).values(**changes))
    for name in TEXT_TABLES:
        table = sa.table(name, sa.column("source", sa.Text))
        for (old,) in connection.execute(sa.select(table.c.source).distinct()).all():
            if old is not None and _digest(old) in notes:
                connection.execute(table.update().where(table.c.source == old).values(source=notes[_digest(old)]))


def upgrade() -> None:
    _rewrite(NOTES)


def downgrade() -> None:
    pass  # the public wording stays: it is true for the older schema too
