"""The words import messages are built from: field and column names, respondent groups, what a column holds,
file formats and row counts, in the display language (used by ``reason_texts`` to fill its templates).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def field_labels() -> dict[str, str]:
    """The labels of the fields and columns the importers name (population, OPD list, progress)."""
    return {
        "Nama": QCoreApplication.translate("ImportFields", "Nama"),
        "No. HP": QCoreApplication.translate("ImportFields", "No. HP"),
        "Email": QCoreApplication.translate("ImportFields", "Email"),
        "email": QCoreApplication.translate("ImportFields", "email"),
        "NIP": QCoreApplication.translate("ImportFields", "NIP"),
        "Perangkat Daerah": QCoreApplication.translate("ImportFields", "Perangkat Daerah"),
        "OPD": QCoreApplication.translate("ImportFields", "OPD"),
        "Jabatan": QCoreApplication.translate("ImportFields", "Jabatan"),
        "Eselon": QCoreApplication.translate("ImportFields", "Eselon"),
        "Unit Kerja": QCoreApplication.translate("ImportFields", "Unit Kerja"),
        "Status": QCoreApplication.translate("ImportFields", "Status"),
        "TMT": QCoreApplication.translate("ImportFields", "TMT"),
        "TMT Unit": QCoreApplication.translate("ImportFields", "TMT Unit"),
        "Jenis Layanan": QCoreApplication.translate("ImportFields", "Jenis Layanan"),
        "Tanggal Layanan": QCoreApplication.translate("ImportFields", "Tanggal Layanan"),
        "Instansi/Organisasi": QCoreApplication.translate("ImportFields", "Instansi/Organisasi"),
        "Kategori": QCoreApplication.translate("ImportFields", "Kategori"),
        "No. HP / Email": QCoreApplication.translate("ImportFields", "No. HP / Email"),
        "No. HP / Email / NIP": QCoreApplication.translate("ImportFields", "No. HP / Email / NIP"),
        "Syarat responden": QCoreApplication.translate("ImportFields", "Syarat responden"),
        "Isi sel": QCoreApplication.translate("ImportFields", "Isi sel"),
        "Kode": QCoreApplication.translate("ImportFields", "Kode"),
        "Nama OPD": QCoreApplication.translate("ImportFields", "Nama OPD"),
        "Singkatan": QCoreApplication.translate("ImportFields", "Singkatan"),
        "Nama Lain": QCoreApplication.translate("ImportFields", "Nama Lain"),
        "Nama Kepala": QCoreApplication.translate("ImportFields", "Nama Kepala"),
        "Jabatan Kepala": QCoreApplication.translate("ImportFields", "Jabatan Kepala"),
        "NIP Kepala": QCoreApplication.translate("ImportFields", "NIP Kepala"),
        "Nama PIC": QCoreApplication.translate("ImportFields", "Nama PIC"),
        "No. HP PIC": QCoreApplication.translate("ImportFields", "No. HP PIC"),
        "Email PIC": QCoreApplication.translate("ImportFields", "Email PIC"),
        "Kelompok": QCoreApplication.translate("ImportFields", "Kelompok"),
        "Diundang": QCoreApplication.translate("ImportFields", "Diundang"),
        "Mulai": QCoreApplication.translate("ImportFields", "Mulai"),
        "Selesai": QCoreApplication.translate("ImportFields", "Selesai"),
        "Tahun": QCoreApplication.translate("ImportFields", "Tahun"),
        "Indeks SPI": QCoreApplication.translate("ImportFields", "Indeks SPI"),
        "Internal": QCoreApplication.translate("ImportFields", "Internal"),
        "Eksternal": QCoreApplication.translate("ImportFields", "Eksternal"),
        "Eksper": QCoreApplication.translate("ImportFields", "Eksper"),
        "Faktor Koreksi": QCoreApplication.translate("ImportFields", "Faktor Koreksi"),
        "Sumber": QCoreApplication.translate("ImportFields", "Sumber"),
        "Tanggal": QCoreApplication.translate("ImportFields", "Tanggal"),
    }


def group_names() -> dict[str, str]:
    """The respondent groups as the importers name them (importers/population_columns.py GROUP_LABELS)."""
    return {
        "Internal (pegawai)": QCoreApplication.translate("Groups", "Internal (pegawai)"),
        "Eksternal (pengguna layanan)": QCoreApplication.translate("Groups", "Eksternal (pengguna layanan)"),
        "Eksper": QCoreApplication.translate("Groups", "Eksper"),
    }


def content_words() -> dict[str, str]:
    """What a column was recognised by (importers/population_header.py CONTENT_WORDS)."""
    return {
        "nomor HP": QCoreApplication.translate("ImportReasons", "nomor HP"),
        "alamat email": QCoreApplication.translate("ImportReasons", "alamat email"),
        "NIP": QCoreApplication.translate("ImportReasons", "NIP"),
    }


def file_formats() -> dict[str, str]:
    """The formats a file really holds (importers/file_gate.py NAMES); the others are written the same."""
    return {
        "Excel biner (.xlsb)": QCoreApplication.translate("ImportReasons", "Excel biner (.xlsb)"),
        "teks berpemisah (CSV)": QCoreApplication.translate("ImportReasons", "teks berpemisah (CSV)"),
        "tabel HTML": QCoreApplication.translate("ImportReasons", "tabel HTML"),
        "berkas tanpa akhiran": QCoreApplication.translate("ImportReasons", "berkas tanpa akhiran"),
    }


def rows_count(count: str) -> str:
    """'3 baris' in the display language (one row is said apart)."""
    if count == "1":
        return QCoreApplication.translate("ImportReasons", "1 baris")
    return QCoreApplication.translate("ImportReasons", "%1 baris").replace("%1", count)
