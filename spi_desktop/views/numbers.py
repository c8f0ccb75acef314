"""Numbers written and read in the display language: '18.841' and '65,3' in Indonesian, '18,841' and '65.3' in
English.

The views format every count, score and percentage through here, never through ``domain.formatting`` (whose
Indonesian separators are the contract of the CLI, the PDFs and the sheets; tests/architecture/test_view_numbers.py
keeps it so). The language is the one the running app's windows were built in (``language.current_language``).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale

from spi_desktop.domain import formatting
from spi_desktop.domain.formatting import parse_count
from spi_desktop.views.language import current_language, display_locale

__all__ = ["format_decimal", "format_int", "format_percent", "parse_count", "parse_decimal", "plain_decimal",
           "qt_locale", "signed_decimal", "exact_decimal", "english_separators", "weight_text"]

# Typed the English way with thousands: '1,234' or '1,234.5' (a comma there is never a decimal comma).
_THOUSANDS_EN = re.compile(r"^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$")
_POINT_EN = re.compile(r"^[+-]?\d*\.\d+$")  # '66.666' in English is a decimal, never sixty-six thousand


def _english() -> bool:
    return current_language() == "en"


def english_separators(text: str) -> str:
    """A number written the Indonesian way with English separators: '1.234,5' -> '1,234.5' (also a number a
    service wrote into its sentence, shown in an English window)."""
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def format_int(value: int | None, empty: str = "–") -> str:
    """A whole number with the display language's thousands separator: 18841 -> '18.841' / '18,841'."""
    text = formatting.format_int(value, empty)
    return english_separators(text) if _english() and value is not None else text


def format_decimal(value: float | None, places: int = 2, empty: str = "–") -> str:
    """A number with ``places`` decimals in the display language: 1234.5 -> '1.234,50' / '1,234.50'."""
    text = formatting.format_decimal(value, places, empty)
    return english_separators(text) if _english() and value is not None else text


def format_percent(value: float | None, places: int = 0, empty: str = "–") -> str:
    """A percentage already multiplied by 100: 65.3 -> '65,3 %' / '65.3 %' (the space in both languages, as
    the translated texts write 'Target 100 %')."""
    return empty if value is None else f"{format_decimal(value, places)} %"


def plain_decimal(value: float | None, places: int = 2) -> str:
    """A number to edit: no thousands separator, the display language's decimal one: '1234,50' / '1234.50'."""
    if value is None:
        return ""
    text = f"{value:.{places}f}"
    return text if _english() else text.replace(".", ",")


def signed_decimal(value: float | None, places: int = 2, empty: str = "–") -> str:
    """A change with its sign in the display language: 1.31 -> '+1,31' / '+1.31', -13 -> '-13,00'."""
    if value is None:
        return empty
    return ("+" if value > 0 else "") + format_decimal(value, places)


def exact_decimal(value: float | None) -> str:
    """A stored figure in full, to edit (66.666 stays 66,666 / 66.666); '' for none."""
    if value is None:
        return ""
    text = repr(value).removesuffix(".0")
    return text if _english() else text.replace(".", ",")


def weight_text(value: float | None) -> str:
    """A weight without trailing zeros in the display language: 0.45 -> '0,45' / '0.45', None -> ''."""
    if value is None:
        return ""
    point = "." if _english() else ","
    return format_decimal(value, 3).rstrip("0").rstrip(point)


def parse_decimal(text: str) -> float:
    """A number as the user typed it: the Indonesian way ('71,53', '1.234,5') always, and in English also with
    comma thousands ('1,234.5', where a comma is never the decimal). ``ValueError`` when it is not a number."""
    cleaned = text.strip().replace(" ", "")
    if _english() and _THOUSANDS_EN.match(cleaned):
        return float(cleaned.replace(",", ""))
    if _english() and _POINT_EN.match(cleaned):
        return float(cleaned)
    return formatting.parse_decimal(text)


def qt_locale() -> QLocale:
    """The locale Qt's own number drawing uses (chart axes) in the display language."""
    return display_locale()
