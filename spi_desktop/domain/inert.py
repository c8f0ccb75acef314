"""Text that a spreadsheet shows as typed and never runs.

A cell whose text starts with = + - @ (or a tab or carriage return, which some spreadsheets skip before
reading a formula) is prefixed with ' so Excel, LibreOffice and Google Sheets keep it as text: a unit name
such as ``=HYPERLINK("http://…","klik")`` in an export can then never open a link or compute anything.
"""

from __future__ import annotations

import datetime as dt
import re

from spi_desktop.domain.visible import visible_text

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_PHONE = re.compile(r"\+?\d{6,15}")


def inert_text(value: object) -> str:
    """``value`` as text a spreadsheet never evaluates ('' for None), without the control characters no
    spreadsheet file may hold (text stored before the importer removed them still exports)."""
    text = "" if value is None else visible_text(str(value))
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def inert_cell(value: object) -> object:
    """A cell value for an xlsx sheet: text made inert, numbers, dates and None left as they are."""
    if value is None or isinstance(value, bool | int | float | dt.date):
        return value
    return inert_text(value)


def inert_phone(value: object) -> str:
    """A phone number cell: a clean number such as +6281234567890 stays as it is (KPK wants the '+'), any
    other text is made inert like every other cell."""
    text = "" if value is None else visible_text(str(value))
    return text if _PLAIN_PHONE.fullmatch(text) else inert_text(text)
