"""Translatable names of the respondent groups (literal tr() calls, so lupdate can find them)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def group_labels() -> dict[str, str]:
    """Respondent group -> its name in the current language."""
    return {
        "internal": QCoreApplication.translate("Groups", "Internal (pegawai)"),
        "external": QCoreApplication.translate("Groups", "Eksternal (pengguna layanan)"),
        "expert": QCoreApplication.translate("Groups", "Eksper"),
    }


def short_group_labels() -> dict[str, str]:
    """One-word group names for narrow columns."""
    return {
        "internal": QCoreApplication.translate("Groups", "Internal"),
        "external": QCoreApplication.translate("Groups", "Eksternal"),
        "expert": QCoreApplication.translate("Groups", "Eksper"),
    }


def submission_labels() -> dict[str, str]:
    """Population-list status (services/population_submissions.py) -> its name."""
    return {
        "belum": QCoreApplication.translate("Groups", "Belum diterima"),
        "dikirim": QCoreApplication.translate("Groups", "Format dikirim, belum diterima"),
        "terlambat": QCoreApplication.translate("Groups", "Terlambat, belum diterima"),
        "diterima": QCoreApplication.translate("Groups", "Diterima"),
        "diterima_terlambat": QCoreApplication.translate("Groups", "Diterima terlambat"),
        "tervalidasi": QCoreApplication.translate("Groups", "Tervalidasi"),
    }


def problem_kind_labels() -> dict[str, str]:
    """Kind of an import problem (services/population_result.py KINDS) -> its name."""
    return {
        "ditolak": QCoreApplication.translate("Groups", "Ditolak"),
        "duplikat": QCoreApplication.translate("Groups", "Duplikat"),
        "peringatan": QCoreApplication.translate("Groups", "Peringatan"),
        "dilewati": QCoreApplication.translate("Groups", "Dilewati"),
    }


KIND_COLOURS = {"ditolak": "#b71c1c", "duplikat": "#6a1b9a", "peringatan": "#a15c00", "dilewati": "#546e7a"}
