"""Every list the app writes as a spreadsheet: styled list sheets for reports, and plain tables (.xlsx or .csv)
for exports, always written whole or not at all (``reports.files.write_complete``)."""

from __future__ import annotations

import csv
import textwrap
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from spi_desktop.domain.errors import InputError
from spi_desktop.domain.formatting import format_int
from spi_desktop.domain.inert import inert_text
from spi_desktop.reports.files import write_complete

REPORT_EVERY = 20_000  # rows between two progress notes
TABLE_SUFFIXES = (".xlsx", ".csv")


class Progress(Protocol):
    """Where a long write reports how far it got (``services.jobs.JobContext`` is one)."""

    def report(self, done: int, total: int, text: str = "") -> None: ...


def start_list_sheet(sheet: Any, intro: Sequence[str], headers: Sequence[str], widths: Sequence[float],
                     right_from: int | None = None, fill: str = "E4E9ED") -> int:
    """Write ``intro`` (a title line, bold and larger, a bold second line, then notes) and, a row below it, the
    styled header row; returns the header's row number. Columns from ``right_from`` on are right-aligned."""
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    for number, text in enumerate(intro, start=1):
        sheet.cell(number, 1, inert_text(text)).font = Font(bold=number <= 2, size=14 if number == 1 else 11)
    head = len(intro) + 2
    for column, (label, width) in enumerate(zip(headers, widths, strict=True), start=1):
        cell = sheet.cell(head, column, label)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor=fill)
        horizontal = None if right_from is None else "left" if column < right_from else "right"
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal=horizontal)
        sheet.column_dimensions[get_column_letter(column)].width = width
    return head


def finish_list_sheet(sheet: Any, head: int, columns: int, rows: int) -> None:
    """Header row ``head`` frozen, filtered and repeated on printed pages; landscape, one page wide."""
    from openpyxl.utils import get_column_letter

    sheet.row_dimensions[head].height = 30
    sheet.freeze_panes = sheet.cell(head + 1, 1)
    sheet.auto_filter.ref = f"A{head}:{get_column_letter(columns)}{head + max(rows, 1)}"
    sheet.print_title_rows = f"{head}:{head}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True


@dataclass
class TableSheet:
    """One sheet of a plain table: ``headers`` (none for a sheet of label/value lines) over ``rows``.

    ``widths`` are column widths in characters; ``bold_header`` makes the header row bold and frozen;
    ``wrapped`` are the columns (from 0) whose long texts wrap within their width, on screen and on paper (the
    table's cells then sit at the top of their row, beside the wrapped text, and each row is as tall as its
    longest text needs); ``printed`` limits the printed page to the first columns (the rest stay on screen)."""

    name: str
    headers: Sequence[Any]
    rows: Iterable[Sequence[Any]]
    widths: Sequence[float] = ()
    bold_header: bool = False
    wrapped: Sequence[int] = ()
    printed: int | None = None


def table_suffix(path: Path, message: str) -> str:
    """The suffix of ``path`` when it is one a table can be written as; else ``InputError(message)``."""
    suffix = path.suffix.lower()
    if suffix not in TABLE_SUFFIXES:
        raise InputError(message)
    return suffix


def write_rows(path: Path, sheet_name: str, headers: Sequence[Any], rows: Iterable[Sequence[Any]], *,
               mark: str | None = None, separator: str = ",", context: Progress | None = None,
               intro: Sequence[Sequence[Any]] = (), encoding: str = "utf-8-sig") -> int:
    """Write ``headers`` and ``rows`` to ``path`` as .xlsx (one sheet, ``sheet_name``) or as .csv (by suffix);
    returns the rows written. ``mark`` (the demo mark) and then the ``intro`` lines go above the header;
    ``separator`` and ``encoding`` apply to .csv only. The file appears only once it is complete."""
    lines = [*([[mark]] if mark else []), *intro]
    if path.suffix.lower() == ".csv":
        return write_complete(path, lambda partial: _write_csv(partial, lines, headers, rows, separator, encoding,
                                                               context))
    sheet = TableSheet(sheet_name, headers, rows)
    return write_complete(path, lambda partial: _write_xlsx(partial, lines, [sheet], context)[0])


def write_sheets(path: Path, sheets: Sequence[TableSheet], *, mark: str | None = None,
                 context: Progress | None = None) -> list[int]:
    """Write ``sheets`` to the .xlsx ``path``, the demo ``mark`` above the first one's header; returns the rows
    written on each sheet. Row by row (openpyxl's write-only mode), so a million rows stay within memory."""
    return write_complete(path, lambda partial: _write_xlsx(partial, [[mark]] if mark else [], sheets, context))


def _note(context: Progress | None, count: int) -> None:
    if context is not None and count % REPORT_EVERY == 0:
        context.report(count, 0, f"Menulis {format_int(count)} baris")


def _write_csv(path: Path, lines: list[Sequence[Any]], headers: Sequence[Any], rows: Iterable[Sequence[Any]],
               separator: str, encoding: str, context: Progress | None) -> int:
    count = 0
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, delimiter=separator)
        writer.writerows(lines)
        writer.writerow(headers)
        for count, row in enumerate(rows, start=1):  # noqa: B007 - count is the result
            writer.writerow(row)
            _note(context, count)
    return count


A4 = "9"  # openpyxl's paper size code for A4
MAX_ROW = 1_048_576  # a print area of whole columns names every row
PRINTABLE_WIDTH = 200  # characters of column width a landscape A4 page still prints legibly on one page across


def _page_setup(sheet: Any, table: TableSheet, header_row: int) -> None:
    """Printed on A4 landscape with the header row on every page; one page wide when that stays legible (a wider
    table prints on as many pages across as it needs, at full size)."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = A4
    if table.headers:
        sheet.print_title_rows = f"{header_row}:{header_row}"
    widths = table.widths[:table.printed] if table.printed else table.widths
    if table.printed:
        sheet.print_area = f"A1:{_letter(table.printed)}{MAX_ROW}"
    if widths and sum(widths) <= PRINTABLE_WIDTH:
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0


def _letter(column: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(column))


def _wrapping_cells(sheet: Any, table: TableSheet) -> Any:
    """A row's cells, top-aligned, the wrapped columns' texts wrapping, and the row's height set for its longest
    text: LibreOffice and Excel do not grow a row for wrapped text when they open a file, so the lines would print
    over the next row. A write-only sheet styles cells one by one, so only tables that ask for it pay for it."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment
    from openpyxl.worksheet.dimensions import RowDimension

    top, wrap = Alignment(vertical="top"), Alignment(vertical="top", wrap_text=True)
    widths = {column: (table.widths[column] if column < len(table.widths) else 10.0) for column in table.wrapped}

    def shaped(row: Sequence[Any], number: int) -> Sequence[Any]:
        lines = max((wrapped_lines(value, widths[column]) for column, value in enumerate(row)
                     if column in widths and isinstance(value, str)), default=1)
        if lines == 1:  # most rows: nothing wraps, the values go as they are (styling every cell costs 3×)
            return row
        sheet.row_dimensions[number] = RowDimension(sheet, index=number, ht=LINE_HEIGHT * lines, customHeight=True)
        cells = []
        for column, value in enumerate(row):
            cell = WriteOnlyCell(sheet, value=value)
            cell.alignment = wrap if column in widths else top
            cells.append(cell)
        return cells
    return shaped


LINE_HEIGHT = 15  # points: one line of the default 11 pt font


def wrapped_lines(text: str, width: float) -> int:
    """How many lines ``text`` takes in a column ``width`` characters wide, word-wrapped (a little generous: a
    row slightly too tall reads well, one too short hides words)."""
    per_line = max(int(width) - 2, 1)
    if len(text) <= per_line and "\n" not in text:
        return 1
    return sum(max(len(textwrap.wrap(paragraph, per_line)), 1) for paragraph in text.split("\n"))


def _write_xlsx(path: Path, lines: list[Sequence[Any]], sheets: Sequence[TableSheet],
                context: Progress | None) -> list[int]:
    from openpyxl import Workbook  # only exports need it; keeps every other command's start-up fast
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    counts = []
    for number, table in enumerate(sheets):
        sheet = workbook.create_sheet(table.name)
        for column, width in enumerate(table.widths, start=1):
            sheet.column_dimensions[get_column_letter(column)].width = width
        above = lines if number == 0 else []
        _page_setup(sheet, table, len(above) + 1)
        if table.bold_header:
            sheet.freeze_panes = f"A{len(above) + 2}"
        for line in above:
            sheet.append(line)
        if table.bold_header:
            bold = Font(bold=True)
            titles = []
            for title in table.headers:
                cell = WriteOnlyCell(sheet, value=title)
                cell.font = bold
                titles.append(cell)
            sheet.append(titles)
        elif table.headers:
            sheet.append(table.headers)
        count = 0
        shaped = _wrapping_cells(sheet, table) if table.wrapped else None
        first = len(above) + (1 if table.headers else 0) + 1
        for count, row in enumerate(table.rows, start=1):  # noqa: B007 - count is the result
            sheet.append(row if shaped is None else shaped(row, first + count - 1))
            _note(context, count)
        counts.append(count)
    workbook.save(path)
    return counts
