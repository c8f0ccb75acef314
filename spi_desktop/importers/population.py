"""Read a population list into a frame of text columns named by field, keeping spreadsheet row numbers.

Large CSV files are read by pandas' C parser once the header row is known; Excel/ODS files by
python-calamine. Every value arrives as trimmed text ("" when empty); ``source_row`` is the row
number the user sees in their spreadsheet.
"""

from __future__ import annotations

import codecs
import csv
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import cast

import pandas as pd
from python_calamine import CalamineWorkbook

from spi_desktop.domain.errors import InputError
from spi_desktop.importers.columns import HEADER_SEARCH_ROWS, ColumnSpec, HeaderMatch, find_header
from spi_desktop.importers.table_reader import (
    EXCEL_SUFFIXES,
    TEXT_SUFFIXES,
    RawTable,
    cell_text,
    detect_encoding,
    detect_separator,
)

MAX_FILE_BYTES = 150 * 1024 * 1024
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # a long cell is data, not an error (default limit: 128 KB)
SNIFF_BYTES = 256 * 1024


@dataclass
class MappedFrame:
    """A population file's rows as text columns named by field, plus where each row came from."""

    file_name: str
    sheet: str | None
    frame: pd.DataFrame  # one column per mapped field, plus "source_row"
    header: HeaderMatch
    encoding: str | None = None
    separator: str | None = None

    def where(self) -> str:
        """The file (and sheet) as messages name it."""
        return f"{self.file_name} (lembar '{self.sheet}')" if self.sheet else self.file_name


@dataclass(frozen=True)
class FileInspection:
    """What the import wizard shows before reading the rows: sheets, header row, detected mapping."""

    sheets: list[str]
    sheet: str | None
    header_row: int  # spreadsheet row number
    headers: list[str]
    mapping: dict[str, str]  # field -> header text


def inspect_population_file(path: Path, specs: Sequence[ColumnSpec], sheet: str | None = None) -> FileInspection:
    """Find the sheet, header row and automatic column mapping without reading every row."""
    _check_file(path)
    if path.suffix.lower() in EXCEL_SUFFIXES:
        try:
            sheets = list(CalamineWorkbook.from_path(str(path)).sheet_names)
        except Exception as error:
            raise InputError(f"{path.name} tidak dapat dibuka: berkas rusak atau bukan lembar kerja") from error
    else:
        sheets = []
    mapped = read_population_file(path, specs, sheet, head_only=True)
    return FileInspection(sheets, mapped.sheet, mapped.header.row_index + 1, mapped.header.headers,
                          {key: mapped.header.headers[index] for key, index in mapped.header.columns.items()})


def _check_file(path: Path) -> None:
    if not path.is_file():
        raise InputError(f"Berkas {path} tidak ditemukan")
    size = path.stat().st_size
    if size == 0:
        raise InputError(f"{path.name}: berkas kosong")
    if size > MAX_FILE_BYTES:
        raise InputError(f"{path.name}: berkas {size / 1024 / 1024:.0f} MB terlalu besar (batas "
                         f"{MAX_FILE_BYTES // 1024 // 1024} MB); pecah per OPD lalu impor satu per satu")


def read_population_file(path: Path, specs: Sequence[ColumnSpec], sheet: str | None = None,
                         head_only: bool = False) -> MappedFrame:
    """Read ``path`` and map its columns to ``specs``; ``InputError`` names what is wrong and where.

    With ``head_only`` the rows below the header are not read (for inspecting a file).
    """
    _check_file(path)
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return _read_text(path, specs, head_only)
    if suffix in EXCEL_SUFFIXES:
        return _read_workbook(path, specs, sheet, head_only)
    raise InputError(f"{path.name}: jenis berkas '{suffix or '(tanpa akhiran)'}' tidak didukung; "
                     "gunakan .xlsx, .xls, .ods, .csv atau .txt")


def _frame(rows: list[list[object]], header: HeaderMatch, first_row_number: int) -> pd.DataFrame:
    """Text columns for the mapped fields; fully blank rows dropped, row numbers kept.

    Text cells pass through as they are (the cleaners trim what they use); only numbers and dates
    are turned into text here, which keeps a 100 k-row sheet close to calamine's own read time.
    """
    columns: dict[str, pd.Series] = {}
    for key, index in header.columns.items():
        column = pd.Series([row[index] if index < len(row) else "" for row in rows], dtype=object)
        not_text = ~column.map(type).isin([str])
        column[not_text] = column[not_text].map(cell_text)
        columns[key] = column
    frame = pd.DataFrame(columns)
    frame["source_row"] = range(first_row_number, first_row_number + len(rows))
    return _drop_blank(frame)


def _drop_blank(frame: pd.DataFrame) -> pd.DataFrame:
    """Drop rows whose every mapped cell is empty (white-space-only rows are dropped after cleaning)."""
    fields = [c for c in frame.columns if c != "source_row"]
    if not fields or frame.empty:
        return frame
    filled = (frame[fields] != "").any(axis=1)
    return frame[filled].reset_index(drop=True)


def _sniff_encoding(path: Path, head: bytes) -> str:
    """The file's encoding, checking all of it for UTF-8 without holding it in memory."""
    guess = detect_encoding(head)
    if guess != "utf-8":
        return guess
    decoder = codecs.getincrementaldecoder("utf-8")()
    with path.open("rb") as handle:
        try:
            for block in iter(lambda: handle.read(1 << 20), b""):
                decoder.decode(block)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return "cp1252"
    return "utf-8"


def _read_text(path: Path, specs: Sequence[ColumnSpec], head_only: bool = False) -> MappedFrame:
    try:
        with path.open("rb") as handle:
            head_bytes = handle.read(SNIFF_BYTES)
        encoding = _sniff_encoding(path, head_bytes)
    except OSError as error:
        raise InputError(f"{path.name} tidak dapat dibaca: {error.strerror}") from error
    if head_bytes.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        raise InputError(f"{path.name}: isi berkas adalah lembar kerja Excel, bukan teks; simpan dengan akhiran "
                         ".xlsx/.xls atau ekspor ulang sebagai CSV")
    head_text = head_bytes.decode(encoding, errors="ignore")  # a character cut at the end does not matter here
    # Lines as pandas counts them (\r\n, \n, \r only): str.splitlines() would also split on form feeds.
    head_lines = re.split(r"\r\n|\n|\r", head_text)[: HEADER_SEARCH_ROWS + 20]
    separator = "\t" if path.suffix.lower() == ".tsv" else detect_separator(head_lines)
    try:
        head: list[list[object]] = [list(row) for row in csv.reader(head_lines[:HEADER_SEARCH_ROWS],
                                                                    delimiter=separator)]
    except csv.Error as error:
        raise InputError(f"{path.name}: baris judul tidak dapat dibaca sebagai CSV ({error})") from error
    header = find_header(RawTable(path.name, None, head), specs)
    body_start = header.row_index + 1
    if head_only:
        return MappedFrame(path.name, None, pd.DataFrame(), header, encoding, separator)
    try:
        frame = pd.read_csv(
            path, encoding=encoding, sep=separator, header=None, skiprows=body_start, dtype=str,
            keep_default_na=False, na_filter=False, skip_blank_lines=False, engine="c",
            usecols=sorted(header.columns.values()), names=range(max(len(header.headers),
                                                                     max(header.columns.values()) + 1)),
            index_col=False,
        )
        frame = frame.rename(columns={index: key for key, index in header.columns.items()})
        frame["source_row"] = range(body_start + 1, body_start + 1 + len(frame))
        frame = _drop_blank(frame)
    except UnicodeDecodeError as error:
        raise InputError(f"{path.name}: isi berkas tidak dapat dibaca sebagai teks ({encoding})") from error
    except (pd.errors.ParserError, ValueError):
        # Ragged or oddly quoted files: the csv module reads anything; slower, still correct.
        try:
            with path.open(encoding=encoding, newline="", errors="replace") as handle:
                rows: list[list[object]] = [list(row) for row in csv.reader(handle, delimiter=separator)]
        except csv.Error as error:
            raise InputError(f"{path.name}: isi CSV rusak ({error})") from error
        frame = _frame(rows[body_start:], header, body_start + 1)
    return MappedFrame(path.name, None, frame, header, encoding, separator)


OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _read_workbook(path: Path, specs: Sequence[ColumnSpec], sheet: str | None, head_only: bool = False) -> MappedFrame:
    if path.suffix.lower() in {".xlsx", ".xlsm", ".xlsb"}:
        with path.open("rb") as handle:
            if handle.read(8) == OLE_MAGIC:  # Excel wraps a password-protected workbook in an OLE container
                raise InputError(f"{path.name} dilindungi kata sandi; buka di Excel, hapus kata sandinya "
                                 "(File › Info › Protect Workbook), simpan, lalu impor lagi")
    try:
        workbook = CalamineWorkbook.from_path(str(path))
        names = list(workbook.sheet_names)
    except Exception as error:  # calamine raises several unrelated types for damaged or locked files
        text = str(error).lower()
        reason = "dilindungi kata sandi" if "password" in text or "encrypt" in text else \
            "rusak atau bukan lembar kerja Excel/ODS"
        raise InputError(f"{path.name} tidak dapat dibuka: berkas {reason}") from error
    if sheet is not None and sheet not in names:
        raise InputError(f"{path.name}: lembar '{sheet}' tidak ada; lembar yang ada: {', '.join(names)}")
    candidates = [sheet] if sheet is not None else names
    first_error: InputError | None = None
    for name in candidates:
        try:
            rows = cast(list[list[object]], workbook.get_sheet_by_name(name).to_python(skip_empty_area=False))
        except Exception as error:
            raise InputError(f"{path.name}: lembar '{name}' tidak dapat dibaca: {error}") from error
        try:
            header = find_header(RawTable(path.name, name, rows[:HEADER_SEARCH_ROWS]), specs)
        except InputError as error:
            first_error = first_error or error
            continue
        frame = pd.DataFrame() if head_only else _frame(rows[header.row_index + 1:], header, header.row_index + 2)
        return MappedFrame(path.name, name, frame, header)
    assert first_error is not None or not candidates
    raise first_error or InputError(f"{path.name} tidak berisi lembar kerja")
