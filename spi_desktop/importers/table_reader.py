"""Read a spreadsheet or text table into a grid of cells, keeping every row's original number.

CSV-like files: the encoding (UTF-8 with/without BOM, UTF-16, cp1252) and the separator
(, ; tab |) are detected. Excel/ODS files are read with python-calamine.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from python_calamine import CalamineWorkbook

from spi_desktop.domain.errors import InputError

TEXT_SUFFIXES = {".csv", ".txt", ".tsv"}
EXCEL_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".xlsb", ".ods"}
SEPARATORS = (",", ";", "\t", "|")


@dataclass
class RawTable:
    """Cells as read, one list per spreadsheet row; ``rows[i]`` is spreadsheet row ``i + 1``."""

    file_name: str
    sheet: str | None
    rows: list[list[object]]
    encoding: str | None = None
    separator: str | None = None
    sheets: list[str] = field(default_factory=list)  # every sheet of a workbook

    def where(self) -> str:
        """The file (and sheet) named the way messages name it."""
        return f"{self.file_name} (lembar '{self.sheet}')" if self.sheet else self.file_name


def read_table(path: Path, sheet: str | None = None) -> RawTable:
    """Read ``path`` into a ``RawTable``; ``InputError`` with an Indonesian message when it cannot."""
    if not path.exists():
        raise InputError(f"Berkas {path} tidak ditemukan")
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return _read_text(path)
    if suffix in EXCEL_SUFFIXES:
        return _read_workbook(path, sheet)
    raise InputError(
        f"{path.name}: jenis berkas '{suffix or '(tanpa akhiran)'}' tidak didukung; "
        "gunakan .xlsx, .xls, .ods, .csv atau .txt"
    )


def detect_encoding(data: bytes) -> str:
    """Guess a text file's encoding from its bytes."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    sample = data[:4000]
    if sample and sample.count(0) > len(sample) // 4:
        return "utf-16-le" if sample[1:2] == b"\x00" else "utf-16-be"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return "cp1252"
    return "utf-8"


def detect_separator(lines: list[str]) -> str:
    """Pick the separator that splits the most lines into the same number of cells."""
    best, best_score = ",", (0, 0)
    for separator in SEPARATORS:
        counts = [line.count(separator) for line in lines if line.strip()]
        counts = [c for c in counts if c > 0]
        if not counts:
            continue
        modal, frequency = Counter(counts).most_common(1)[0]
        score = (frequency, modal)
        if score > best_score:
            best, best_score = separator, score
    return best


def _read_text(path: Path) -> RawTable:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"{path.name} tidak dapat dibaca: {error.strerror}") from error
    encoding = detect_encoding(data)
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        raise InputError(f"{path.name}: isi berkas tidak dapat dibaca sebagai teks ({encoding})") from error
    lines = text.splitlines()
    separator = "\t" if path.suffix.lower() == ".tsv" else detect_separator(lines[:50])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    try:
        rows: list[list[object]] = [list(row) for row in reader]
    except csv.Error as error:
        raise InputError(f"{path.name}, baris {reader.line_num}: format CSV rusak ({error})") from error
    return RawTable(path.name, None, rows, encoding=encoding, separator=separator)


def _read_workbook(path: Path, sheet: str | None) -> RawTable:
    try:
        workbook = CalamineWorkbook.from_path(str(path))
    except Exception as error:  # calamine raises several unrelated types for damaged files
        raise InputError(
            f"{path.name} tidak dapat dibuka sebagai lembar kerja Excel/ODS (berkas rusak atau "
            f"bukan Excel): {error}"
        ) from error
    names = list(workbook.sheet_names)
    if sheet is not None and sheet not in names:
        raise InputError(f"{path.name}: lembar '{sheet}' tidak ada; lembar yang ada: {', '.join(names)}")
    chosen = sheet or (names[0] if names else None)
    if chosen is None:
        raise InputError(f"{path.name} tidak berisi lembar kerja")
    try:
        rows = workbook.get_sheet_by_name(chosen).to_python(skip_empty_area=False)
    except Exception as error:
        raise InputError(f"{path.name}: lembar '{chosen}' tidak dapat dibaca: {error}") from error
    return RawTable(path.name, chosen, [list(row) for row in rows], sheets=names)


def cell_text(value: object) -> str:
    """A cell as trimmed text; whole-number floats lose their '.0' (Excel stores numbers as floats)."""
    if value is None:
        return ""
    if isinstance(value, float):
        if value != value:
            return ""
        if value.is_integer() and abs(value) < 1e16:
            return str(int(value))
    return " ".join(str(value).split())
