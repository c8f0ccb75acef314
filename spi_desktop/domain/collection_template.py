"""What a collection template says and holds, as plain data: its columns per group and its instructions.

The writer (``reports.collection_template``) lays this out; nothing here knows about spreadsheets. The
instructions come from the survey year's own eligibility rules, so a year whose rules change writes new
instructions without a code change.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from spi_desktop.domain.collection_marker import TemplateMarker
from spi_desktop.domain.formatting import format_date
from spi_desktop.domain.survey_year import GROUP_NAMES

STATUS_CHOICES = ("ASN", "Non ASN")


@dataclass(frozen=True)
class TemplateColumn:
    """One column of the data sheet: its header (a name the population reader knows), the message Excel shows
    on the header, its kind (text, date or choice) and, for a choice, the values offered."""

    header: str
    message: str
    kind: str = "text"  # text | date | choice
    choices: tuple[str, ...] = ()
    width: int = 22


_PHONE = TemplateColumn("No. HP", "Nomor HP yang aktif di WhatsApp: 08… atau +62…", width=18)
COLUMNS: dict[str, tuple[TemplateColumn, ...]] = {
    "internal": (
        TemplateColumn("Nama", "Nama lengkap pegawai, dengan gelar bila ada.", width=32),
        _PHONE,
        TemplateColumn("Email", "Alamat email yang aktif, satu per orang.", width=28),
        TemplateColumn("NIP", "18 angka tanpa spasi; kosongkan untuk pegawai Non ASN.", width=22),
        TemplateColumn("Jabatan", "Nama jabatan saat ini.", width=28),
        TemplateColumn("Eselon", "Misalnya III.a, IV.b; kosongkan bila tidak menjabat eselon.", width=10),
        TemplateColumn("Unit Kerja", "Bidang, bagian, seksi atau UPT tempat bekerja.", width=26),
        TemplateColumn("Status", "Pilih ASN atau Non ASN.", "choice", STATUS_CHOICES, width=12),
        TemplateColumn("TMT", "Tanggal mulai bekerja di instansi (tanggal).", "date", width=14),
        TemplateColumn("TMT Unit", "Tanggal mulai bekerja di OPD ini (tanggal).", "date", width=14),
    ),
    "external": (
        TemplateColumn("Nama", "Nama pengguna layanan, perorangan atau wakil lembaga.", width=32),
        _PHONE,
        TemplateColumn("Email", "Alamat email yang aktif, bila ada.", width=28),
        TemplateColumn("Jenis Layanan", "Layanan yang diterima, misalnya Izin Usaha.", width=28),
        TemplateColumn("Tanggal Layanan", "Tanggal layanan terakhir (tanggal).", "date", width=16),
        TemplateColumn("Unit Kerja", "Unit atau loket yang melayani.", width=24),
    ),
    "expert": (
        TemplateColumn("Nama", "Nama lengkap eksper.", width=32),
        _PHONE,
        TemplateColumn("Email", "Alamat email yang aktif.", width=28),
        TemplateColumn("Instansi/Organisasi", "Perguruan tinggi, media, LSM, asosiasi atau lembaga lain.", width=30),
        TemplateColumn("Kategori", "Misalnya akademisi, jurnalis, LSM, pelaku usaha, tokoh masyarakat.", width=24),
    ),
}
GROUP_TITLES = {"internal": "pegawai (responden internal)", "external": "pengguna layanan (responden eksternal)",
                "expert": "eksper"}


@dataclass(frozen=True)
class CollectionTemplate:
    """One template to write: for whom (``unit_name``, empty for the institution's expert list), which year and
    group, the institution that asks, the deadline, the year's eligibility rules and the marker it carries."""

    marker: TemplateMarker
    institution: str
    unit_name: str
    deadline: dt.date | None
    rules: Mapping[str, Any] = field(default_factory=dict)
    demo_mark: str | None = None  # a training workspace's mark, written on every sheet

    @property
    def group(self) -> str:
        """The respondent group (internal, external, expert)."""
        return self.marker.group

    @property
    def columns(self) -> tuple[TemplateColumn, ...]:
        """The data sheet's columns for this group."""
        return COLUMNS[self.group]

    @property
    def title(self) -> str:
        """The data sheet's title line."""
        whose = self.unit_name or self.institution
        return f"Daftar {GROUP_TITLES[self.group]} SPI {self.marker.year} — {whose}"

    def instructions(self) -> list[str]:
        """The Petunjuk sheet's paragraphs, in order."""
        lines = [f"Format ini diminta oleh {self.institution} untuk Survei Penilaian Integritas (SPI) "
                 f"{self.marker.year} yang diselenggarakan KPK."]
        lines += _who_counts(self.group, self.rules)
        deadline = format_date(self.deadline, empty="")
        lines.append(f"Batas pengiriman: {deadline}." if deadline else
                     "Batas pengiriman: sesuai surat permintaan dari Inspektorat.")
        lines += [
            "Nomor HP ditulis lengkap dan aktif di WhatsApp, diawali 08 atau +62. Kolomnya berformat teks, "
            "sehingga angka 0 di depan tidak hilang. Satu nomor per orang.",
            "Isi lembar Daftar mulai baris pertama di bawah judul kolom, satu baris per orang. Jangan mengubah "
            "judul kolom dan jangan menghapus lembar; kolom boleh dilebarkan.",
            "Daftar ini hanya berisi kontak untuk undangan survei. Jawaban siapa pun tidak pernah diminta, dan "
            "Inspektorat maupun OPD tidak dapat melihatnya.",
            f"Setelah diisi, kirim kembali berkas ini ke {self.institution} (nama berkas boleh diubah).",
        ]
        return lines


def _who_counts(group: str, rules: Mapping[str, Any]) -> list[str]:
    """Who belongs in the list and who does not, from the year's eligibility rules."""
    if group == "internal":
        internal = rules.get("internal", {})
        lines = ["Isi semua pegawai yang bekerja di OPD ini, ASN maupun Non ASN (PPPK, honorer, tenaga kontrak); "
                 "tulis statusnya di kolom Status."]
        years, unit_years = internal.get("min_years_institution"), internal.get("min_years_unit")
        if years or unit_years:
            lines.append(f"Yang dihitung KPK: masa kerja paling sedikit {years or 0} tahun di instansi dan "
                         f"{unit_years or 0} tahun di OPD ini. Isi kolom TMT dan TMT Unit; pegawai yang lebih baru "
                         "tetap boleh dicantumkan, program menandainya.")
        excluded = ["pejabat eselon I dan II (pimpinan tinggi)"] if internal.get("excluded_positions") else []
        if internal.get("exclude_unit_head"):
            excluded.append("kepala OPD ini")
        if excluded:
            lines.append("Tidak termasuk: " + " dan ".join(excluded) + ".")
        return lines
    if group == "external":
        months = rules.get("external", {}).get("service_within_months")
        within = f" dalam {months} bulan terakhir" if months else ""
        return [f"Isi pengguna layanan OPD ini{within}: warga, pelaku usaha atau lembaga yang pernah dilayani, "
                "dengan jenis dan tanggal layanannya. Pegawai OPD ini sendiri tidak termasuk."]
    return ["Isi para eksper yang mengenal instansi: akademisi, jurnalis, LSM, pelaku usaha, tokoh masyarakat "
            "dan sejenisnya, dengan instansi/organisasi dan kategorinya."]


def template_file_name(marker: TemplateMarker) -> str:
    """``<KODE>-<kelompok>-<tahun>.xlsx``; the expert list, the institution's own, is ``EKSPER-eksper-<tahun>``."""
    code = marker.unit_code or "EKSPER"
    return f"{code}-{GROUP_NAMES.get(marker.group, marker.group)}-{marker.year}.xlsx"
