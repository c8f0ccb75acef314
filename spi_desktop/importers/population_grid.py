"""A sheet's rows below its header as a MappedFrame: text columns named by field, and everything else said.

Every column is counted; the columns a field reads are cleaned of invisible and control characters and looked
at for Excel error texts in one pass each (``cell_scan.scan_column``); the others are kept as written for the
skipped rows and the problems report. Blank rows are dropped; a row of control characters only is kept, to be
skipped with its reason.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from spi_desktop.domain.visible import visible_text
from spi_desktop.importers.cell_scan import scan_column
from spi_desktop.importers.columns import ColumnSpec, HeaderMatch, find_header, with_mapping
from spi_desktop.importers.population_header import (
    SAMPLE,
    UnmappedColumn,
    apply_choices,
    check_fields,
    complete_mapping,
    is_letter_choice,
)
from spi_desktop.importers.table_reader import RawTable, cell_text

HIDDEN_REMOVED = "karakter tak terlihat/kontrol dihapus"


@dataclass(frozen=True)
class SheetInfo:
    """One sheet of a workbook: its non-blank rows (below its header when it holds a list), whether it is
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

    def add_note(self, note: str) -> None:
        """Say something about the whole sheet, once."""
        if note not in self.notes:
            self.notes.append(note)


def locate(table: RawTable, specs: Sequence[ColumnSpec], chosen: Mapping[str, str] | None) -> HeaderMatch:
    """The header of a grid (header cells without hidden characters), with the user's choices applied
    (``InputError`` when there is none). A choice by column letter is resolved once the header row is found."""
    rows = [[visible_text(cell) if isinstance(cell, str) else cell for cell in row] for row in table.rows[:32]]
    table = RawTable(table.file_name, table.sheet, rows, note=table.note)
    if not chosen:
        return find_header(table, specs, two_rows=True)
    check_fields(specs, chosen)
    by_text = {key: text for key, text in chosen.items() if text and not is_letter_choice(text, rows)}
    search = [spec if spec.key in by_text or spec.key not in chosen else
              ColumnSpec(spec.key, spec.label, spec.synonyms, False, spec.words, spec.vetoes, spec.content)
              for spec in with_mapping(specs, by_text)]
    return apply_choices(find_header(table, search, two_rows=True), specs, chosen, table.where())


def map_grid(name: str, sheet: str | None, body: list[list[object]], header: HeaderMatch,
             specs: Sequence[ColumnSpec], chosen: Mapping[str, str] | None) -> MappedFrame:
    """A sheet's rows below its header as a MappedFrame (``body[0]`` is the row after the header)."""
    width = max([len(header.headers), *map(len, body)]) if body else len(header.headers)
    columns = {index: grid_column(body, index) for index in range(width)}
    grid = pd.DataFrame(columns) if columns else pd.DataFrame(index=range(len(body)))
    return mapped_frame(name, sheet, grid, header, specs, chosen, header.row_index + 2)


def grid_column(rows: list[list[object]], index: int) -> pd.Series:
    """One column of a grid as text: text cells pass through, numbers and dates become text."""
    column = pd.Series([row[index] if index < len(row) else "" for row in rows], dtype=object)
    not_text = ~column.map(type).isin([str])
    if not_text.any():
        column[not_text] = column[not_text].map(cell_text)
    return column


def mapped_frame(name: str, sheet: str | None, grid: pd.DataFrame, header: HeaderMatch, specs: Sequence[ColumnSpec],
                 chosen: Mapping[str, str] | None, first_row_number: int, row_notes: pd.Series | None = None,
                 encoding: str | None = None, separator: str | None = None, plain: bool = False) -> MappedFrame:
    """Map ``grid`` (text, columns by index) to fields, clean the columns read, drop blank rows, and report
    every column not read. ``plain``: the caller has proved that no cell holds a hidden character or an Excel
    error text (a file of printable ASCII without '#'), so the columns need no scan."""
    indexes: list[int] = [int(index) for index in grid.columns]
    filled = {index: grid[index].to_numpy(dtype=object) != "" for index in indexes}  # column by column: no copy
    any_content = np.logical_or.reduce(list(filled.values())) if filled else np.zeros(len(grid), bool)
    sample: dict[int, list[str]] = {index: grid[index].iloc[: SAMPLE * 2].tolist() for index in indexes}
    counts: dict[int, int] = {index: int(filled[index].sum()) for index in indexes}
    report = complete_mapping(header, specs, max(len(indexes), len(header.headers)), sample, counts, chosen)
    mapped_header = report.header
    notes = pd.Series("", index=grid.index, dtype=object) if row_notes is None else row_notes
    had_hidden = np.zeros(len(grid), bool)
    errors: dict[int, np.ndarray] = {}
    read = [] if plain else sorted(set(mapped_header.columns.values()) & set(indexes))
    emptied = np.zeros(len(grid), bool)  # a read cell that held only hidden characters
    for index in read:
        scanned = scan_column(grid[index].to_numpy(dtype=object))  # our grids hold no NaN: no isna pass
        if scanned.errors is not None:
            errors[index] = scanned.errors
        if scanned.changed.any():
            grid[index] = scanned.texts
            had_hidden |= scanned.changed
            emptied |= scanned.changed & (scanned.texts == "")
            label = mapped_header.headers[index]
            notes = notes.mask(pd.Series(scanned.changed, index=grid.index),
                               notes.where(notes == "", notes + "; ") + f"{label}: {HIDDEN_REMOVED}")
    if emptied.any():  # recount the rows whose only content was invisible
        still = [(grid[index].to_numpy(dtype=object) != "") for index in read]
        others_filled = [filled[index] for index in indexes if index not in set(read)]
        any_content = np.logical_or.reduce(still + others_filled) if still or others_filled else any_content
    control_only = had_hidden & ~any_content
    keep = any_content | control_only
    source_row = pd.Series(range(first_row_number, first_row_number + len(grid)), index=grid.index)
    if not keep.all():
        grid, notes, source_row = grid[keep], notes[keep], source_row[keep]
        counts = {index: int(filled[index][keep].sum()) for index in indexes}
    frame = pd.DataFrame({key: (grid[index] if index in indexes else pd.Series("", index=grid.index, dtype=object))
                          for key, index in mapped_header.columns.items()}, index=grid.index)
    frame["source_row"] = source_row.to_numpy()
    frame["_note"] = notes.to_numpy()
    frame["_control_only"] = control_only[keep]
    others = grid[[index for index in indexes if index not in set(mapped_header.columns.values())]]
    frame, others = frame.reset_index(drop=True), others.reset_index(drop=True)
    columns = mapped_header.columns
    return MappedFrame(name, sheet, frame, mapped_header, encoding, separator, others=others,
                       unmapped=report.unmapped, notes=report.notes,
                       filled={key: counts.get(index, 0) for key, index in columns.items()},
                       errors={key: errors[index][keep] for key, index in columns.items() if index in errors})
