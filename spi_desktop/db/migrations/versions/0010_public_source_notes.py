"""Survey-year source notes in words a staff member can check: the public source (KPK's report or release, its
letter, RPJMN), no longer a path inside the project's own files

Revision ID: 0010
Revises: 0009

Only notes still exactly as they shipped are replaced (the pairs below, frozen here); a note a user edited stays.
"""

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

NOTES = {
    'Ringkasan dari ../shared/domain/spi-reference.md (berita publik, laman pemerintah dan KPK 2017–2025)':
        'Ringkasan dari laporan dan rilis hasil SPI KPK, laman pemerintah dan berita publik 2017–2025',
    "shared/domain/spi-reference.md §1: 'Aug–Oct' (tanggal persis tidak diketahui; perkiraan)":
        'Jadwal SPI KPK: Agustus–Oktober; tanggal persis belum diumumkan, ini perkiraan — periksa surat KPK',
    "shared/domain/spi-reference.md §1: 'Jul–Oct' (tanggal persis tidak diketahui; perkiraan)":
        'Jadwal SPI KPK: Juli–Oktober; tanggal persis belum diumumkan, ini perkiraan — periksa surat KPK',
    'shared/domain/spi-reference.md §1: 1 Agu–31 Okt 2025':
        'Jadwal SPI KPK 2025: 1 Agu–31 Okt',
    'shared/domain/spi-reference.md §1: 1 Jul–30 Sep 2022':
        'Jadwal SPI KPK 2022: 1 Jul–30 Sep',
    'shared/domain/spi-reference.md §1: 17 Jul–31 Okt 2023 (satu inspektorat menyebut 1 Jul–30 Sep; diperdebatkan)':
        'Jadwal SPI KPK 2023: 17 Jul–31 Okt (satu inspektorat menyebut 1 Jul–30 Sep) — periksa surat KPK',
    'shared/domain/spi-reference.md §1: batas data populasi biasanya Mei–Juni; tanggal ini PERKIRAAN — sunting sesuai surat KPK':
        'Surat KPK kepada instansi: batas data populasi biasanya Mei–Juni; tanggal ini perkiraan — sunting sesuai surat KPK',
    'shared/domain/spi-reference.md §1: tanggal peluncuran hasil':
        'Rilis hasil SPI KPK: tanggal peluncuran hasil',
    'shared/domain/spi-reference.md §3: tujuh elemen penilaian internal 2021–2025':
        'Laporan hasil SPI KPK 2021–2025: tujuh elemen penilaian internal',
    'shared/domain/spi-reference.md §4: 2023 menurut Kompas sama dengan 2021–2022; DIPERDEBATKAN (saat peluncuran KPK menyebut <73 merah, ≥73 kuning, >80 hijau) — sunting bila perlu':
        'DIPERDEBATKAN: Kompas menyebut kategori 2023 sama dengan 2021–2022; saat peluncuran KPK menyebut <73 merah, ≥73 kuning, >80 hijau — periksa laporan hasil SPI KPK 2023 dan sunting bila perlu',
    'shared/domain/spi-reference.md §4: empat kategori 2021–2022':
        'Laporan hasil SPI KPK 2021 dan 2022: empat kategori',
    'shared/domain/spi-reference.md §4: target RPJMN':
        'RPJMN 2020–2024: target indeks SPI nasional',
    'shared/domain/spi-reference.md §4: tiga kategori 2024–2025 (merah, kuning, hijau)':
        'Laporan hasil SPI KPK 2024 dan 2025: tiga kategori (merah, kuning, hijau)',
    'shared/domain/spi-reference.md §5: 45/45/10 dari editorial daerah, bukan angka resmi KPK; TIDAK PASTI — sunting':
        'Belum diumumkan resmi oleh KPK: 45/45/10 menurut editorial media daerah — periksa surat KPK dan sunting',
    'shared/domain/spi-reference.md §5: seorang pimpinan KPK menyebut 20/70/10 untuk 2023; TIDAK DIPUBLIKASIKAN KONSISTEN — sunting':
        'Pernyataan pimpinan KPK (2023): 20/70/10; belum diumumkan resmi secara konsisten — periksa surat KPK dan sunting',
    'shared/domain/spi-reference.md §7: indeks nasional 2021':
        'Rilis hasil SPI KPK 2021: indeks nasional',
    'shared/domain/spi-reference.md §7: indeks nasional 2022':
        'Rilis hasil SPI KPK 2022: indeks nasional',
    'shared/domain/spi-reference.md §7: indeks nasional 2023':
        'Rilis hasil SPI KPK 2023: indeks nasional',
    'shared/domain/spi-reference.md §7: indeks nasional 2024':
        'Rilis hasil SPI KPK 2024: indeks nasional',
    'shared/domain/spi-reference.md §7: indeks nasional 2025':
        'Rilis hasil SPI KPK 2025: indeks nasional',
    'shared/domain/spi-reference.md §7: rata-rata per jenis instansi':
        'Laporan hasil SPI KPK: rata-rata per jenis instansi',
}
JSON_COLUMNS = ("sources", "type_averages", "sample_targets", "eligibility")  # of survey_year
TEXT_TABLES = ("survey_element", "score_band")  # each with a text column "source"


def _replaced(value: Any, notes: dict[str, str]) -> Any:
    if isinstance(value, dict):
        return {key: _replaced(item, notes) for key, item in value.items()}
    if isinstance(value, list):
        return [_replaced(item, notes) for item in value]
    if isinstance(value, str):
        return notes.get(value, value)
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
        for old, new in notes.items():
            connection.execute(table.update().where(table.c.source == old).values(source=new))


def upgrade() -> None:
    _rewrite(NOTES)


def downgrade() -> None:
    _rewrite({new: old for old, new in NOTES.items()})
