"""Kinds of institution and size groups that KPK uses to group SPI participants."""

from __future__ import annotations

INSTITUTION_TYPES: dict[str, str] = {
    "kementerian": "Kementerian",
    "lembaga": "Lembaga",
    "provinsi": "Pemerintah Provinsi",
    "kabupaten": "Pemerintah Kabupaten",
    "kota": "Pemerintah Kota",
    "bumn": "BUMN",
}

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
