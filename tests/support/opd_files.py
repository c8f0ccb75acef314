"""A small OPD list as a kabupaten sends it (title line, semicolons, one row without a name), for the first-start
tests and screenshots."""

from __future__ import annotations

from pathlib import Path

OPD_LIST = (
    "DAFTAR PERANGKAT DAERAH KABUPATEN CONTOH\n"
    "\n"
    "Kode;Nama Perangkat Daerah;Nama Kepala;NIP Kepala\n"
    "DINKES;Dinas Kesehatan;dr. Sri Rahayu;197001011990032001\n"
    "DISDIK;Dinas Pendidikan;Drs. Agus Santoso;196805121991031002\n"
    "DPMPTSP;Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu;Ir. Bambang Wijaya;\n"
    "BAPPEDA;Badan Perencanaan Pembangunan Daerah;;\n"
    "RSUD;Rumah Sakit Umum Daerah;dr. Ratna Dewi, Sp.PD;\n"
    "X;;;\n"
)
OPD_CODES = ["BAPPEDA", "DINKES", "DISDIK", "DPMPTSP", "RSUD"]


def write_opd_list(folder: Path, name: str = "daftar_opd.csv") -> Path:
    """Write the list to ``folder`` and answer its path."""
    path = folder / name
    path.write_text(OPD_LIST, encoding="utf-8")
    return path
