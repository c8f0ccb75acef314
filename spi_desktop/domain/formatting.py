"""Numbers and dates written and read the Indonesian way (71,53; 1.234; 21 November 2026)."""

from __future__ import annotations

import datetime as dt
import math
import re

MONTHS_ID = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)
MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
#: The month names and the word before a clock time, per language (reports and services write Indonesian; the
#: GUI writes its own language through views/text.py).
DATE_WORDS = {"id": (MONTHS_ID, "pukul"), "en": (MONTHS_EN, "at")}


def format_decimal(value: float | None, places: int = 2, empty: str = "–") -> str:
    """Format ``value`` with a decimal comma and dot thousands: 1234.5 -> '1.234,50'."""
    if value is None:
        return empty
    text = f"{value:,.{places}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def format_int(value: int | None, empty: str = "–") -> str:
    """Format a whole number with dot thousands: 30000 -> '30.000'."""
    if value is None:
        return empty
    return f"{value:,d}".replace(",", ".")


def weight_text(value: float | None) -> str:
    """A weight without trailing zeros: 0.45 -> '0,45', 0.1 -> '0,1', None -> ''."""
    return "" if value is None else format_decimal(value, 3).rstrip("0").rstrip(",")


def format_date(value: dt.date | None, empty: str = "–", language: str = "id") -> str:
    """Format a date as '21 November 2026' (day first in English too, as Indonesia writes it)."""
    if value is None:
        return empty
    months = DATE_WORDS.get(language, DATE_WORDS["id"])[0]
    return f"{value.day} {months[value.month - 1]} {value.year}"


_DECIMAL_ID = re.compile(r"^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$")


def parse_decimal(text: str) -> float:
    """Read a number typed the Indonesian or the English way: '71,53', '71.53', '1.234,5'.

    Raises ``ValueError`` with an Indonesian message when the text is not a number.
    """
    cleaned = text.strip().replace(" ", "")
    if not cleaned:
        raise ValueError("Angka kosong")
    if _DECIMAL_ID.match(cleaned):
        cleaned = cleaned.replace(".", "").replace(",", ".")
    elif "," in cleaned and "." in cleaned:
        raise ValueError(f"'{text}' bukan angka yang jelas (koma dan titik bercampur)")
    else:
        cleaned = cleaned.replace(",", ".")
    try:
        value = float(cleaned)
    except ValueError:
        raise ValueError(f"'{text}' bukan angka") from None
    if not math.isfinite(value):
        raise ValueError(f"'{text}' bukan angka")
    return value


_THOUSANDS = re.compile(r"^\d{1,3}([.,]\d{3})+$")


def parse_count(text: str) -> int | None:
    """A whole non-negative number ('1.234' and '1,234' are thousands), None when empty; ValueError otherwise."""
    cleaned = text.replace(" ", "")
    if not cleaned:
        return None
    if _THOUSANDS.match(cleaned):
        cleaned = cleaned.replace(".", "").replace(",", "")
    if not cleaned.isascii() or not cleaned.isdigit():
        raise ValueError(f"'{text}' bukan bilangan bulat tidak negatif")
    return int(cleaned)


def format_nip(nip: str | None) -> str:
    """An 18-digit NIP in its four groups, as it is printed under a signature: '197703061996082002' ->
    '19770306 199608 2 002' (birth date, appointment month, sex, serial). Any other value is returned as
    written (trimmed), so a NIP that is not 18 digits is never changed."""
    text = (nip or "").strip()
    digits = "".join(text.split())
    if len(digits) != 18 or not digits.isascii() or not digits.isdigit():
        return text
    return f"{digits[:8]} {digits[8:14]} {digits[14]} {digits[15:]}"
