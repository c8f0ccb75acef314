"""Kinds of institution and size groups that KPK uses to group SPI participants."""

from __future__ import annotations

# The Pemda types first: the app is made for the inspectorates of provinces, regencies and cities.
INSTITUTION_TYPES: dict[str, str] = {
    "provinsi": "Pemerintah Provinsi",
    "kabupaten": "Pemerintah Kabupaten",
    "kota": "Pemerintah Kota",
    "kementerian": "Kementerian",
    "lembaga": "Lembaga",
    "bumn": "BUMN",
}
PEMDA_TYPES = ("provinsi", "kabupaten", "kota")
DEFAULT_INSTITUTION_TYPE = "kabupaten"  # what a new workspace's form offers first (most Pemda are kabupaten)

SIZE_GROUPS: dict[str, str] = {
    "besar": "Besar",
    "sedang": "Sedang",
    "kecil": "Kecil",
}


def check_institution_type(value: str) -> str:
    """Return ``value`` normalised, or raise ``ValueError`` naming the allowed types."""
    key = value.strip().lower()
    if key not in INSTITUTION_TYPES:
        allowed = ", ".join(INSTITUTION_TYPES)
        raise ValueError(f"Jenis instansi '{value}' tidak dikenal; pilih salah satu: {allowed}")
    return key


def check_size_group(value: str | None) -> str | None:
    """Return the size group normalised (or None when empty); raise ``ValueError`` when unknown."""
    if value is None or not value.strip():
        return None
    key = value.strip().lower()
    if key not in SIZE_GROUPS:
        raise ValueError(f"Kelompok ukuran '{value}' tidak dikenal; pilih: {', '.join(SIZE_GROUPS)}")
    return key


INSTITUTION_CODE = "INSTANSI"  # how files and the CLI name the institution itself (no OPD)


def is_institution_code(code: str | None) -> bool:
    """Whether ``code`` means the institution rather than an OPD: empty or INSTANSI (any case)."""
    return (code or "").strip().upper() in {"", INSTITUTION_CODE}
