"""Read a spreadsheet or text table into a grid of cells, keeping every row's original number.

Every file passes ``file_gate`` and is read as what it really holds. CSV-like files: the encoding
(``text_decode``: byte-order marks, UTF-8, UTF-16/32, cp1252, mixed line by line) and the separator
(, ; tab |) are detected. Workbooks come from ``workbook`` (merged cells filled, error cells as text).
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from spi_desktop.domain.errors import InputError
from spi_desktop.domain.visible import has_hidden, visible_text
from spi_desktop.importers.file_gate import Format, GatedFile, open_gate
from spi_desktop.importers.text_decode import decode_file
from spi_desktop.importers.workbook import workbook_sheets

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
    note: str | None = None  # what the file really is, when its name says otherwise
    unread: list[str] = field(default_factory=list)  # other sheets that hold something: 'Lama (tersembunyi)'

    def where(self) -> str:
        """The file (and sheet) named the way messages name it."""
        return f"{self.file_name} (lembar '{self.sheet}')" if self.sheet else self.file_name


def read_table(path: Path, sheet: str | None = None,
               fits: Callable[[RawTable], bool] | None = None) -> RawTable:
    """Read ``path`` into a ``RawTable`` by what it really holds (``file_gate``); ``InputError`` with an Indonesian
    message when it cannot. Without ``sheet`` the first visible sheet is read (a hidden one only by name).
    With ``fits`` (does this sheet hold what the importer reads?) the first visible sheet that fits is read, so
    an instructions sheet in front is passed over. Invisible and control characters are removed from every text
    cell."""
    gated = open_gate(path)
    table = _read_text(path) if gated.format is Format.TEXT else _read_workbook(gated, sheet, fits)
    table.note = gated.note
    for row in table.rows:
        for index, cell in enumerate(row):
            if isinstance(cell, str) and has_hidden(cell):
                row[index] = visible_text(cell)
    return table


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
        decoded = decode_file(path, data[:256 * 1024])
    except OSError as error:
        raise InputError(f"{path.name} tidak dapat dibaca: {error.strerror}") from error
    try:
        text = decoded.text if decoded.text is not None else data.decode(decoded.codec or "utf-8")
    except UnicodeDecodeError as error:
        raise InputError(f"{path.name}: isi berkas tidak dapat dibaca sebagai teks ({decoded.encoding})") from error
    lines = text.splitlines()
    separator = "\t" if path.suffix.lower() == ".tsv" else detect_separator(lines[:50])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    try:
        rows: list[list[object]] = [list(row) for row in reader]
    except csv.Error as error:
        raise InputError(f"{path.name}, baris {reader.line_num}: format CSV rusak ({error})") from error
    return RawTable(path.name, None, rows, encoding=decoded.encoding, separator=separator)


def _read_workbook(gated: GatedFile, sheet: str | None, fits: Callable[[RawTable], bool] | None) -> RawTable:
    path = gated.path
    sheets = workbook_sheets(gated)
    names = [s.name for s in sheets]
    if sheet is not None:
        chosen = next((s for s in sheets if s.name == sheet), None)
        if chosen is None:
            raise InputError(missing_sheet(path.name, sheet, names))
        return RawTable(path.name, chosen.name, chosen.fill_error_cells(), sheets=names)
    visible = [s for s in sheets if not s.hidden] or sheets
    filled = [s for s in visible if any(any(cell_text(c) for c in row) for row in s.cells())]
    tables = [RawTable(path.name, s.name, s.cells(), sheets=names) for s in filled]
    chosen_table = next((t for t in tables if fits(t)), None) if fits is not None else None
    chosen_table = chosen_table or (tables[0] if tables else None)
    if chosen_table is None:
        if not visible:
            raise InputError(f"{path.name} tidak berisi lembar kerja")
        chosen_table = RawTable(path.name, visible[0].name, visible[0].cells(), sheets=names)
    sheet_of = next(s for s in sheets if s.name == chosen_table.sheet)
    unread = [s.name + (" (tersembunyi)" if s.hidden else "") for s in sheets if s is not sheet_of
              and any(any(cell_text(c) for c in row) for row in s.cells())]
    return RawTable(path.name, sheet_of.name, sheet_of.fill_error_cells(), sheets=names, unread=unread)


def missing_sheet(file_name: str, sheet: str, names: list[str]) -> str:
    """The message for a sheet asked for by name that the workbook does not have."""
    return f"{file_name}: lembar '{sheet}' tidak ada; lembar yang ada: {', '.join(names)}"


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
