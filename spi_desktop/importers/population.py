"""Read a population list into a frame of text columns named by field, keeping spreadsheet row numbers.

Every file passes ``file_gate`` first and is read as what it really is: text files by ``population_text``,
workbooks (and HTML/XML tables) by ``population_sheets``, which picks the sheet. Every value arrives as text
("" when empty) without invisible or control characters; ``source_row`` is the row number the user sees in
their spreadsheet. Nothing is dropped unseen: the columns not used, the other sheets and what the reader
changed are all reported.
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from spi_desktop.importers.columns import ColumnSpec
from spi_desktop.importers.file_gate import Format, GatedFile, open_gate
from spi_desktop.importers.population_grid import MappedFrame, SheetInfo
from spi_desktop.importers.population_header import UnmappedColumn
from spi_desktop.importers.population_sheets import read_workbook
from spi_desktop.importers.population_text import read_text_list

__all__ = ["FileInspection", "MappedFrame", "SheetInfo", "inspect_population_file", "read_population_file",
           "read_population_sheets"]

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # a long cell is data, not an error (default limit: 128 KB)


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
    """Find the sheet, header row and column mapping (and what is not read) for the wizard."""
    mapped = read_population_file(path, specs, sheet, head_only=True, chosen=chosen)
    return FileInspection([info.name for info in mapped.sheets], mapped.sheet, mapped.header.row_index + 1,
                          mapped.header.headers, mapped.mapping, mapped.sheets, mapped.unmapped, mapped.notes,
                          dict(mapped.header.how))


def read_population_file(path: Path, specs: Sequence[ColumnSpec], sheet: str | None = None,
                         head_only: bool = False, chosen: Mapping[str, str] | None = None) -> MappedFrame:
    """Read ``path`` and map its columns to ``specs``; ``InputError`` names what is wrong and where.

    ``chosen`` (field -> header text or column letter, '' to leave a field out) overrides the automatic
    mapping. With ``head_only`` a text file's first rows only are read (a workbook is read whole by calamine
    anyway).
    """
    gated = open_gate(path)
    if gated.format is Format.TEXT:
        mapped = read_text_list(gated, specs, head_only, chosen)
    else:
        mapped = read_workbook(gated, specs, sheet, chosen, all_sheets=False)[0]
    _note_gate(mapped, gated)
    return mapped


def read_population_sheets(path: Path, specs: Sequence[ColumnSpec],
                           chosen: Mapping[str, str] | None = None) -> list[MappedFrame]:
    """Every visible sheet of ``path`` that holds a list, each mapped on its own (a text file has one)."""
    gated = open_gate(path)
    if gated.format is Format.TEXT:
        frames = [read_text_list(gated, specs, False, chosen)]
    else:
        frames = read_workbook(gated, specs, None, chosen, all_sheets=True)
    _note_gate(frames[0], gated)
    return frames


def _note_gate(mapped: MappedFrame, gated: GatedFile) -> None:
    if gated.note and gated.note not in mapped.notes:
        mapped.notes.insert(0, gated.note)
