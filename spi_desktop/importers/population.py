"""Read a population list into a frame of text columns named by field, keeping spreadsheet row numbers.

Every file passes ``file_gate`` first and is read as what it really is. Large CSV files are read by pandas'
C parser once the header row is known; workbooks by python-calamine (``population_sheets`` picks the sheet).
Every value arrives as text ("" when empty) without invisible or control characters; ``source_row`` is the
row number the user sees in their spreadsheet. Nothing is dropped unseen: the columns not used, the other
sheets and what the reader changed are all reported.
"""

from __future__ import annotations

import csv
import io
import re
import sys
import warnings
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from spi_desktop.domain.errors import InputError
from spi_desktop.importers.cleaning import scan_column
from spi_desktop.importers.columns import HEADER_SEARCH_ROWS, ColumnSpec, HeaderMatch, find_header, with_mapping
from spi_desktop.importers.file_gate import MAX_FILE_BYTES, OLE_MAGIC, Format, GatedFile, open_gate
from spi_desktop.importers.population_header import (
    SAMPLE,
    UnmappedColumn,
    apply_choices,
    check_fields,
    complete_mapping,
)
from spi_desktop.importers.table_reader import RawTable, cell_text, detect_separator
from spi_desktop.importers.text_decode import DecodedText, decode_file

__all__ = ["MAX_FILE_BYTES", "OLE_MAGIC", "FileInspection", "MappedFrame", "SheetInfo", "inspect_population_file",
           "map_grid", "read_population_file", "read_population_sheets"]

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # a long cell is data, not an error (default limit: 128 KB)
SNIFF_BYTES = 256 * 1024
HIDDEN_REMOVED = "karakter tak terlihat/kontrol dihapus"
WINDOWS_LINE = "baris ini dibaca sebagai Windows-1252 (ANSI), berbeda dari bagian lain berkas"


@dataclass(frozen=True)
class SheetInfo:
    """One sheet of a workbook: its non-blank rows (below its header when it has one), whether it is
    hidden, whether it was read, and whether it holds a list (a header with a name and a contact column)."""

    name: str
    rows: int
    hidden: bool
    read: bool
    data: bool = False

    def as_dict(self) -> dict[str, object]:
        """The JSON shape of one entry of ``"sheets"``."""
        return {"name": self.name, "rows": self.rows, "hidden": self.hidden, "read": self.read, "data": self.data}


@dataclass
class MappedFrame:
    """A population file's rows as text columns named by field, plus where each row came from.

    ``frame`` holds one column per mapped field, ``source_row``, ``_note`` (what the reader changed in the row)
    and ``_control_only`` (the row held nothing but control characters); ``others`` the columns not used, by
    index, for the same rows.
    """

    file_name: str
    sheet: str | None
    frame: pd.DataFrame
    header: HeaderMatch
    encoding: str | None = None
    separator: str | None = None
    others: pd.DataFrame = field(default_factory=pd.DataFrame)
    unmapped: list[UnmappedColumn] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    sheets: list[SheetInfo] = field(default_factory=list)
    filled: dict[str, int] = field(default_factory=dict)  # field -> its non-empty cells
    errors: dict[str, np.ndarray] = field(default_factory=dict)  # field -> which cells hold an Excel error text

    def where(self) -> str:
        """The file (and sheet) as messages name it."""
        return f"{self.file_name} (lembar '{self.sheet}')" if self.sheet else self.file_name

    @property
    def mapping(self) -> dict[str, str]:
        """Field -> the header (as shown) it is read from, in the file's column order."""
        ordered = sorted(self.header.columns.items(), key=lambda item: item[1])
        return {key: self.header.headers[index] for key, index in ordered}


@dataclass(frozen=True)
class FileInspection:
    """What the import wizard shows before reading the rows: sheets, header row, detected mapping."""

    sheets: list[str]
    sheet: str | None
    header_row: int  # spreadsheet row number
    headers: list[str]
    mapping: dict[str, str]  # field -> header text
    sheet_infos: list[SheetInfo] = field(default_factory=list)
    unmapped: list[UnmappedColumn] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    how: dict[str, str] = field(default_factory=dict)  # field -> 'judul' | 'isi' | 'pilihan'

    @property
    def data_sheets(self) -> list[str]:
        """The visible sheets that hold a list."""
        return [info.name for info in self.sheet_infos if info.data and not info.hidden]


def inspect_population_file(path: Path, specs: Sequence[ColumnSpec], sheet: str | None = None,
                            chosen: Mapping[str, str] | None = None) -> FileInspection:
    """Find the sheet, header row and column mapping without reading every row."""
    mapped = read_population_file(path, specs, sheet, head_only=True, chosen=chosen)
    return FileInspection([info.name for info in mapped.sheets], mapped.sheet, mapped.header.row_index + 1,
                          mapped.header.headers, mapped.mapping, mapped.sheets, mapped.unmapped, mapped.notes,
                          dict(mapped.header.how))


def read_population_file(path: Path, specs: Sequence[ColumnSpec], sheet: str | None = None,
                         head_only: bool = False, chosen: Mapping[str, str] | None = None) -> MappedFrame:
    """Read ``path`` and map its columns to ``specs``; ``InputError`` names what is wrong and where.

    ``chosen`` (field -> header text or column letter, '' to leave a field out) overrides the automatic
    mapping. With ``head_only`` only the first rows below the header are read (for inspecting a file).
    """
    gated = open_gate(path)
    if gated.format is Format.TEXT:
        mapped = _read_text(gated, specs, head_only, chosen)
        _note_gate(mapped, gated)
        return mapped
    from spi_desktop.importers.population_sheets import read_workbook

    mapped = read_workbook(gated, specs, sheet, head_only, chosen, all_sheets=False)[0]
    _note_gate(mapped, gated)
    return mapped


def read_population_sheets(path: Path, specs: Sequence[ColumnSpec],
                           chosen: Mapping[str, str] | None = None) -> list[MappedFrame]:
    """Every visible sheet of ``path`` that holds a list, each mapped on its own (a text file has one)."""
    gated = open_gate(path)
    if gated.format is Format.TEXT:
        frames = [_read_text(gated, specs, False, chosen)]
    else:
        from spi_desktop.importers.population_sheets import read_workbook

        frames = read_workbook(gated, specs, None, False, chosen, all_sheets=True)
    _note_gate(frames[0], gated)
    return frames


def _note_gate(mapped: MappedFrame, gated: GatedFile) -> None:
    if gated.note:
        mapped.notes.insert(0, gated.note)


def locate(table: RawTable, specs: Sequence[ColumnSpec], chosen: Mapping[str, str] | None) -> HeaderMatch:
    """The header of a grid, with the user's choices applied (``InputError`` when there is none)."""
    if chosen:
        check_fields(specs, chosen)
    header = find_header(table, with_mapping(specs, {k: v for k, v in (chosen or {}).items() if v}), two_rows=True)
    return apply_choices(header, specs, chosen, table.where()) if chosen else header


def map_grid(name: str, sheet: str | None, body: list[list[object]], header: HeaderMatch,
             specs: Sequence[ColumnSpec], chosen: Mapping[str, str] | None, head_only: bool) -> MappedFrame:
    """A sheet's rows below its header as a MappedFrame (``body[0]`` is the row after the header)."""
    width = max([len(header.headers), *map(len, body[: 10 * SAMPLE])]) if body else len(header.headers)
    if not head_only and body:
        width = max(width, max(map(len, body)))
    columns = {index: _grid_column(body, index) for index in range(width)}
    grid = pd.DataFrame(columns) if columns else pd.DataFrame(index=range(len(body)))
    return _mapped(name, sheet, grid, header, specs, chosen, header.row_index + 2)


def _grid_column(rows: list[list[object]], index: int) -> pd.Series:
    """One column of a grid as text: text cells pass through, numbers and dates become text."""
    column = pd.Series([row[index] if index < len(row) else "" for row in rows], dtype=object)
    not_text = ~column.map(type).isin([str])
    if not_text.any():
        column[not_text] = column[not_text].map(cell_text)
    return column


def _mapped(name: str, sheet: str | None, grid: pd.DataFrame, header: HeaderMatch, specs: Sequence[ColumnSpec],
            chosen: Mapping[str, str] | None, first_row_number: int, row_notes: pd.Series | None = None,
            encoding: str | None = None, separator: str | None = None) -> MappedFrame:
    """Clean every column of ``grid`` (text, columns by index), drop blank rows, map and report the columns."""
    notes = pd.Series("", index=grid.index, dtype=object) if row_notes is None else row_notes
    had_hidden = pd.Series(False, index=grid.index)
    header_cells = list(header.headers)
    indexes: list[int] = [int(index) for index in grid.columns]
    errors: dict[int, np.ndarray] = {}
    for index in indexes:
        scanned = scan_column(grid[index].to_numpy(dtype=object, na_value=""))
        cleaned, changed = scanned.texts, scanned.changed
        if scanned.errors is not None:
            errors[index] = scanned.errors
        if changed.any():
            grid[index] = cleaned
            had_hidden |= changed
            label = header_cells[index] if index < len(header_cells) and header_cells[index] else f"kolom {index + 1}"
            if index in header.columns.values():
                notes = notes.mask(pd.Series(changed, index=grid.index),
                                   notes.where(notes == "", notes + "; ") + f"{label}: {HIDDEN_REMOVED}")
    source_row = pd.Series(range(first_row_number, first_row_number + len(grid)), index=grid.index)
    filled = {index: grid[index].to_numpy(dtype=object) != "" for index in indexes}  # column by column: no copy
    any_content = pd.Series(np.logical_or.reduce(list(filled.values())) if filled else False, index=grid.index)
    control_only = had_hidden & ~any_content
    keep = any_content | control_only
    if not keep.all():
        grid, notes, source_row, control_only = grid[keep], notes[keep], source_row[keep], control_only[keep]
    kept = keep.to_numpy()
    sample: dict[int, list[str]] = {index: grid[index].iloc[: SAMPLE * 2].tolist() for index in indexes}
    counts: dict[int, int] = {index: int(filled[index][kept].sum()) for index in indexes}
    report = complete_mapping(header, specs, max(len(grid.columns), len(header.headers)), sample, counts, chosen)
    mapped_header = report.header
    frame = pd.DataFrame({key: (grid[index] if index in indexes else pd.Series("", index=grid.index, dtype=object))
                          for key, index in mapped_header.columns.items()}, index=grid.index)
    frame["source_row"] = source_row.to_numpy()
    frame["_note"] = notes.to_numpy()
    frame["_control_only"] = control_only.to_numpy()
    others = grid[[index for index in indexes if index not in set(mapped_header.columns.values())]]
    frame, others = frame.reset_index(drop=True), others.reset_index(drop=True)
    columns = mapped_header.columns
    return MappedFrame(name, sheet, frame, mapped_header, encoding, separator, others=others,
                       unmapped=report.unmapped, notes=report.notes,
                       filled={key: counts.get(index, 0) for key, index in columns.items()},
                       errors={key: errors[index][kept] for key, index in columns.items() if index in errors})


# --- text files ---------------------------------------------------------------------------------------

def _read_text(gated: GatedFile, specs: Sequence[ColumnSpec], head_only: bool,
               chosen: Mapping[str, str] | None) -> MappedFrame:
    path = gated.path
    try:
        with path.open("rb") as handle:
            head_bytes = handle.read(SNIFF_BYTES)
        decoded = decode_file(path, head_bytes)
    except OSError as error:
        raise InputError(f"{path.name} tidak dapat dibaca: {error.strerror}") from error
    if decoded.text is not None:
        head_text = decoded.text[:SNIFF_BYTES]
    else:
        head_text = head_bytes.decode(decoded.codec or "utf-8", errors="ignore")  # a cut character is harmless
    # Lines as pandas counts them (\r\n, \n, \r only): str.splitlines() would also split on form feeds.
    head_lines = re.split(r"\r\n|\n|\r", head_text)[: HEADER_SEARCH_ROWS + 2 * SAMPLE]
    separator = "\t" if path.suffix.lower() == ".tsv" else detect_separator(head_lines[:HEADER_SEARCH_ROWS + 20])
    try:
        head: list[list[object]] = [list(row) for row in csv.reader(head_lines, delimiter=separator)]
    except csv.Error as error:
        raise InputError(f"{path.name}: baris judul tidak dapat dibaca sebagai CSV ({error})") from error
    table = RawTable(path.name, None, [[cell_text(c) for c in row] for row in head[:HEADER_SEARCH_ROWS + 1]])
    try:
        header = locate(table, specs, chosen)
    except InputError as error:
        if gated.note:
            raise InputError(f"{gated.note}. {error}") from error
        raise
    body_start = header.row_index + 1
    if head_only:
        return _mapped(path.name, None, _text_grid(head[body_start:]), header, specs, chosen, body_start + 1,
                       None, decoded.encoding, separator)
    grid = _read_body(path, decoded, separator, body_start, len(header.headers))
    notes = None
    if decoded.windows_lines:
        lines = pd.Series(range(body_start + 1, body_start + 1 + len(grid)), index=grid.index)
        notes = pd.Series("", index=grid.index, dtype=object).mask(lines.isin(decoded.windows_lines), WINDOWS_LINE)
    return _mapped(path.name, None, grid, header, specs, chosen, body_start + 1, notes, decoded.encoding, separator)


def _text_grid(rows: list[list[object]]) -> pd.DataFrame:
    width = max(map(len, rows), default=0)
    return pd.DataFrame({index: [str(row[index]) if index < len(row) else "" for row in rows]
                         for index in range(width)}, dtype=object)


def _read_body(path: Path, decoded: DecodedText, separator: str, body_start: int, width: int) -> pd.DataFrame:
    """Every row below the header, all columns as text (the C parser; the csv module for ragged files)."""
    def source() -> io.StringIO | Path:
        return io.StringIO(decoded.text, newline="") if decoded.text is not None else path

    try:
        with warnings.catch_warnings():
            # pandas warns, and drops the cells, when a row is longer than the header: that must never pass.
            warnings.simplefilter("error", pd.errors.ParserWarning)
            frame = pd.read_csv(
                source(), encoding=decoded.codec if decoded.text is None else None, sep=separator, header=None,
                skiprows=body_start, dtype=object, keep_default_na=False, na_filter=False, skip_blank_lines=False,
                engine="c", names=range(max(width, 1)), index_col=False,
            )
        return frame  # with na_filter off every cell is text, "" when missing: no copy needed
    except UnicodeDecodeError as error:
        raise InputError(f"{path.name}: isi berkas tidak dapat dibaca sebagai teks ({decoded.encoding})") from error
    except (pd.errors.ParserError, pd.errors.ParserWarning, ValueError):
        # Ragged or oddly quoted files: the csv module reads anything; slower, still correct.
        try:
            handle: io.TextIOBase = io.StringIO(decoded.text, newline="") if decoded.text is not None else \
                path.open(encoding=decoded.codec, newline="", errors="replace")
            with handle:
                rows: list[list[object]] = [list(row) for row in csv.reader(handle, delimiter=separator)]
        except csv.Error as error:
            raise InputError(f"{path.name}: isi CSV rusak ({error})") from error
        return _text_grid(rows[body_start:])


def blank_rows(frame: pd.DataFrame) -> np.ndarray:
    """Rows whose mapped cells are all empty (a helper for callers that hold only the mapped frame)."""
    fields = [c for c in frame.columns if not c.startswith("_") and c != "source_row"]
    if not fields:
        return np.ones(len(frame), bool)
    return ~(frame[fields] != "").any(axis=1).to_numpy()
