"""Dates and names of a population list, a whole column at a time (each distinct date text parsed once)."""

from __future__ import annotations

import datetime as dt
import re

import numpy as np
import pandas as pd

from spi_desktop.importers.cell_scan import CleanedColumn, cleaned_column, column_texts, visible_texts

_MONTHS = {name: number for number, names in enumerate(
    ["januari jan january", "februari pebruari feb february", "maret mar march", "april apr",
     "mei may", "juni jun june", "juli jul july", "agustus agu ags agt aug august", "september sep sept",
     "oktober okt oct october", "november nopember nov", "desember des dec december"], start=1)
    for name in names.split()}
_TIME = r"(?:[ T][0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?)?"
_ISO_DATE = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})" + _TIME)
_DMY_DATE = re.compile(r"([0-9]{1,2})([/.-])([0-9]{1,2})\2([0-9]{4})" + _TIME)
_NAMED_DATE = re.compile(r"([0-9]{1,2})[ -]+([A-Za-z]+)\.?[ -]+([0-9]{4})")
_EXCEL_SERIAL = re.compile(r"([0-9]{1,5})(?:\.[0-9]+)?")
_EXCEL_EPOCH = dt.date(1899, 12, 30)


def _parse_date(text: str) -> dt.date | None:
    """One cell's date, or None when it cannot be read."""
    try:
        if m := _ISO_DATE.fullmatch(text):
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        if m := _DMY_DATE.fullmatch(text):
            return dt.date(int(m[4]), int(m[3]), int(m[1]))
        if (m := _NAMED_DATE.fullmatch(text)) and m[2].lower() in _MONTHS:
            return dt.date(int(m[3]), _MONTHS[m[2].lower()], int(m[1]))
        # 10000..80000 is 1927..2119; a bare year such as "2019" must not pass as a serial day number.
        if (m := _EXCEL_SERIAL.fullmatch(text)) and 10_000 <= int(m[1]) <= 80_000:
            return _EXCEL_EPOCH + dt.timedelta(days=int(m[1]))
    except ValueError:
        pass
    return None


def parse_dates(raw: pd.Series) -> CleanedColumn:
    """Dates as ``datetime.date`` (ISO, day-first d/m/y, Indonesian month names, Excel serials) or None.

    Each distinct text is parsed once; an unreadable one gives "Tanggal '<text>' tidak dapat dibaca".
    """
    codes, uniques = pd.factorize(column_texts(raw))
    stripped = [str(text).strip() for text in uniques]
    dates = [_parse_date(text) for text in stripped]
    problems = [None if date is not None or not text else f"Tanggal '{text}' tidak dapat dibaca"
                for text, date in zip(stripped, dates, strict=True)]
    values, reasons = np.array(dates + [None], dtype=object), np.array(problems + [None], dtype=object)
    return cleaned_column(raw, values[codes], reasons[codes])


def clean_names(raw: pd.Series, visible: bool = False) -> pd.Series:
    """Names trimmed, with every internal run of whitespace folded to one space; '' stays ''."""
    # Most names are already clean: keep the original string object then (no copy of a million names).
    texts = visible_texts(raw, visible)
    return pd.Series([stripped if "  " not in stripped and "\t" not in stripped and "\n" not in stripped
                      and "\xa0" not in stripped and "\r" not in stripped else " ".join(stripped.split())
                      for stripped in (text.strip() for text in texts)], index=raw.index, dtype=object)
