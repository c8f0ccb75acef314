"""The progress texts of background jobs, translated when they are shown.

Services report progress in Indonesian (``JobContext.report``, shared with the CLI, which prints them as they
are). A view shows them through ``job_text``: a known fixed text, or one of the known patterns with its numbers
and names, comes out in the display language; any other text is shown as reported.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from spi_desktop.views.text import fill


def _fixed() -> dict[str, str]:  # literal calls, so that lupdate finds them
    return {
        "Membaca berkas": QCoreApplication.translate("JobProgress", "Membaca berkas"),
        "Memeriksa baris": QCoreApplication.translate("JobProgress", "Memeriksa baris"),
        "Selesai": QCoreApplication.translate("JobProgress", "Selesai"),
        "Daftar lain baru saja disimpan; memeriksa ulang duplikat":
            QCoreApplication.translate("JobProgress", "Daftar lain baru saja disimpan; memeriksa ulang duplikat"),
        "Membaca hasil…": QCoreApplication.translate("JobProgress", "Membaca hasil…"),
        "Menyiapkan penggambar kartu…": QCoreApplication.translate("JobProgress", "Menyiapkan penggambar kartu…"),
        "Memeriksa berkas cadangan": QCoreApplication.translate("JobProgress", "Memeriksa berkas cadangan"),
        "Memeriksa isi cadangan": QCoreApplication.translate("JobProgress", "Memeriksa isi cadangan"),
        "Mencadangkan isi sekarang": QCoreApplication.translate("JobProgress", "Mencadangkan isi sekarang"),
        "Memulihkan": QCoreApplication.translate("JobProgress", "Memulihkan"),
        "Pemulihan selesai": QCoreApplication.translate("JobProgress", "Pemulihan selesai"),
        "Menyalin basis data": QCoreApplication.translate("JobProgress", "Menyalin basis data"),
        "Memadatkan dan mengenkripsi": QCoreApplication.translate("JobProgress", "Memadatkan dan mengenkripsi"),
        "Memadatkan": QCoreApplication.translate("JobProgress", "Memadatkan"),
        "Cadangan selesai": QCoreApplication.translate("JobProgress", "Cadangan selesai"),
        "Membuat kabupaten fiktif…": QCoreApplication.translate("JobProgress", "Membuat kabupaten fiktif…"),
        "Pratinjau selesai": QCoreApplication.translate("JobProgress", "Pratinjau selesai"),
        "Memindahkan folder": QCoreApplication.translate("JobProgress", "Memindahkan folder"),
    }


# (pattern of the reported text, its translatable template with %1, %2 … for the pattern's groups)
_PATTERNS: tuple[tuple[re.Pattern[str], Callable[[], str]], ...] = (
    (re.compile(r"Menyimpan ([\d.]+) dari ([\d.]+) baris"),
     lambda: QCoreApplication.translate("JobProgress", "Menyimpan %1 dari %2 baris")),
    (re.compile(r"Menyimpan OPD (\d+) dari (\d+)"),
     lambda: QCoreApplication.translate("JobProgress", "Menyimpan OPD %1 dari %2")),
    (re.compile(r"(\d+) dari (\d+) berkas kartu selesai"),
     lambda: QCoreApplication.translate("JobProgress", "%1 dari %2 berkas kartu selesai")),
    (re.compile(r"OPD (\d+) dari (\d+)"),
     lambda: QCoreApplication.translate("JobProgress", "OPD %1 dari %2")),
    (re.compile(r"Daftar populasi latihan (\d+) dari (\d+)"),
     lambda: QCoreApplication.translate("JobProgress", "Daftar populasi latihan %1 dari %2")),
    (re.compile(r"Mengimpor (.+) \((\d+) dari (\d+)\)"),
     lambda: QCoreApplication.translate("JobProgress", "Mengimpor %1 (%2 dari %3)")),
    (re.compile(r"Mengenali (.+)"), lambda: QCoreApplication.translate("JobProgress", "Mengenali %1")),
    (re.compile(r"Memeriksa (.+)"), lambda: QCoreApplication.translate("JobProgress", "Memeriksa %1")),
    (re.compile(r"Menyalin (\S+)…"),
     lambda: QCoreApplication.translate("JobProgress", "Menyalin %1…")),
)


def job_text(text: str) -> str:
    """``text`` as a job reported it, in the display language when it is a known one."""
    fixed = _fixed().get(text)
    if fixed is not None:
        return fixed
    for pattern, template in _PATTERNS:
        match = pattern.fullmatch(text)
        if match:
            return fill(template(), *match.groups())
    return text
