"""The sheets of a workbook as grids of cells, read by what the file really is.

python-calamine reads .xlsx/.xls/.xlsb/.ods (by content when the name says otherwise), ``markup_tables`` HTML
and XML Spreadsheet 2003. Each sheet says whether it is hidden; its cells come with merged ranges filled into
every cell they cover. Excel's error cells (#N/A …), which calamine reads as empty, are put back as their text
on demand (``Sheet.fill_error_cells``): the population reader asks when an empty name, phone, e-mail or OPD cell
could be one, the other importers always.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import cast

from spi_desktop.domain.errors import InputError
from spi_desktop.importers.file_gate import USUAL_SUFFIXES, Format, GatedFile
from spi_desktop.importers.markup_tables import read_html_tables, read_xml2003
from spi_desktop.importers.ods_merges import ods_merges
from spi_desktop.importers.xlsx_errors import fill_errors, xlsx_error_cells

Grid = list[list[object]]
Merge = tuple[tuple[int, int], tuple[int, int]]


@dataclass
class Sheet:
    """A sheet of a workbook and, once read, its cells."""

    name: str
    hidden: bool
    load: Callable[[], Grid]
    rows: Grid | None = None
    errors: Callable[[], dict[tuple[int, int], str]] = dict  # the sheet's Excel error cells, looked up on demand
    _errors_filled: bool = False

    def cells(self) -> Grid:
        """The sheet's cells, read the first time they are asked for."""
        if self.rows is None:
            self.rows = self.load()
        return self.rows

    def fill_error_cells(self) -> Grid:
        """The cells with Excel's error cells (#N/A …) as their text instead of empty. Costs a second read of
        the sheet's XML, so callers ask only when an empty cell would matter."""
        rows = self.cells()
        if not self._errors_filled:
            fill_errors(rows, self.errors())
            self._errors_filled = True
        return rows


def workbook_sheets(gated: GatedFile) -> list[Sheet]:
    """Every worksheet of the file, in workbook order; ``InputError`` saying why the file cannot be opened."""
    path = gated.path
    if gated.format in (Format.HTML, Format.XML2003):
        tables = read_html_tables(path) if gated.format is Format.HTML else read_xml2003(path)
        return [Sheet(t.name, t.hidden, _ready(t.rows)) for t in tables]
    # Imported here, not with the module: text and HTML lists need no calamine, and its Rust library needs
    # bcryptprimitives.dll, which the Windows self-test's Wine lacks (an OPD list in CSV imports there).
    from python_calamine import CalamineWorkbook

    try:
        if path.suffix.lower() in USUAL_SUFFIXES[gated.format]:
            workbook = CalamineWorkbook.from_path(str(path))
        else:  # named as something else: calamine must go by the content
            workbook = CalamineWorkbook.from_filelike(io.BytesIO(path.read_bytes()))
        metadata = list(workbook.sheets_metadata)
    except Exception as error:  # calamine raises several unrelated types for damaged or locked files
        text = f"{type(error).__name__} {error}".lower()
        if "password" in text or "encrypt" in text:
            raise InputError(f"{path.name} dilindungi kata sandi; buka di Excel, hapus kata sandinya, simpan, lalu "
                             "impor lagi") from error
        raise InputError(f"{path.name} tidak dapat dibuka: berkas rusak atau bukan lembar kerja Excel/ODS "
                         "(terpotong saat diunduh?); minta OPD mengirim ulang") from error
    merges = ods_merges(path) if gated.format is Format.ODS else {}
    found: list[dict[str, dict[tuple[int, int], str]]] = []

    def errors_of(name: str) -> Callable[[], dict[tuple[int, int], str]]:
        def errors() -> dict[tuple[int, int], str]:
            if gated.format is not Format.XLSX:
                return {}
            if not found:
                found.append(xlsx_error_cells(path))
            return found[0].get(name, {})
        return errors

    def loader(name: str) -> Callable[[], Grid]:
        def load() -> Grid:
            try:
                sheet = workbook.get_sheet_by_name(name)
                rows = cast(Grid, sheet.to_python(skip_empty_area=False))
                ranges = sheet.merged_cell_ranges if gated.format is not Format.ODS else merges.get(name)
            except Exception as error:
                raise InputError(f"{path.name}: lembar '{name}' tidak dapat dibaca (rusak atau dibuat program yang "
                                 "tidak dikenal); buka di Excel lalu simpan ulang sebagai .xlsx") from error
            return _fill_merges(rows, ranges or [])  # calamine's rows are fresh lists: filled in place
        return load

    return [Sheet(m.name, str(m.visible).split(".")[-1] != "Visible", loader(m.name), errors=errors_of(m.name))
            for m in metadata if str(m.typ).split(".")[-1] == "WorkSheet"]


def _ready(rows: Grid) -> Callable[[], Grid]:
    return lambda: rows


def _fill_merges(rows: Grid, ranges: Sequence[Merge]) -> Grid:
    """Write a merged range's value into every cell it covers: an OPD merged down its rows belongs to each."""
    for (top, left), (bottom, right) in ranges:
        if top >= len(rows) or left >= len(rows[top]):
            continue
        value = rows[top][left]
        for r in range(top, min(bottom, len(rows) - 1) + 1):
            row = rows[r]
            if len(row) <= right:
                row.extend([""] * (right + 1 - len(row)))
            for c in range(left, right + 1):
                if r != top or c != left:
                    row[c] = value
    return rows
