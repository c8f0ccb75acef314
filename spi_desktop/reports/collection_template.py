"""Write a collection template (``domain.collection_template``): Petunjuk, Daftar and the hidden marker.

The data sheet is protected so its title (the OPD's name) cannot be changed by accident, while the clerk can
still type rows, widen columns, sort and filter: every cell below the header is unlocked. Phone and NIP columns
are text, so Excel keeps the leading 0 and all 18 digits; dates are dates; fixed values are drop-down lists.
"""

from __future__ import annotations

import secrets
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from spi_desktop.domain.collection_template import CollectionTemplate, TemplateColumn
from spi_desktop.reports.template_marker import add_marker_sheet

DATA_SHEET = "Daftar"
GUIDE_SHEET = "Petunjuk"
HEADER_ROW = 3  # the title, a line on whose list it is, then the header
OPEN_ROWS = 20000  # rows the drop-down lists and date checks cover
_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
_TEXT_HEADERS = {"No. HP", "NIP"}


def write_template(template: CollectionTemplate, path: Path) -> None:
    """Write ``template`` to ``path`` (.xlsx), replacing a file of that name."""
    workbook = Workbook()
    guide = workbook.active
    assert guide is not None
    guide.title = GUIDE_SHEET
    _write_guide(guide, template)
    _write_list(workbook.create_sheet(DATA_SHEET), template)
    add_marker_sheet(workbook, template.marker)
    workbook.active = 0
    workbook.save(path)


def _write_guide(sheet: Worksheet, template: CollectionTemplate) -> None:
    sheet.column_dimensions["A"].width = 78
    _fit_page(sheet, landscape=False)
    row = 1
    if template.demo_mark:
        sheet.cell(row, 1, template.demo_mark).font = Font(bold=True, color="C00000")
        row += 1
    heading = sheet.cell(row, 1, f"Petunjuk pengisian — {template.title}")
    heading.font = Font(bold=True, size=13)
    heading.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.row_dimensions[row].height = 36
    row += 2
    for number, line in enumerate(template.instructions(), start=1):
        cell = sheet.cell(row, 1, f"{number}. {line}")
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.row_dimensions[row].height = 15 * (1 + len(line) // 72)
        row += 1
    sheet.protection.sheet = True
    sheet.protection.password = secrets.token_hex(8)


def _write_list(sheet: Worksheet, template: CollectionTemplate) -> None:
    columns = template.columns
    title = sheet.cell(1, 1, template.title)
    title.font = Font(bold=True, size=12)
    whose = template.unit_name or template.institution
    sheet.cell(2, 1, template.demo_mark or f"Diisi oleh: {whose}. Satu baris per orang, di bawah judul kolom.")
    for index, column in enumerate(columns, start=1):
        _write_column(sheet, index, column)
    sheet.freeze_panes = sheet.cell(HEADER_ROW + 1, 1)
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    _fit_page(sheet, landscape=True)
    sheet.auto_filter.ref = f"A{HEADER_ROW}:{get_column_letter(len(columns))}{HEADER_ROW}"
    protection = sheet.protection
    protection.sheet = True
    protection.password = secrets.token_hex(8)
    # what a clerk does with a list stays allowed: widen, sort, filter, insert and delete rows
    protection.formatColumns = protection.formatRows = False
    protection.insertRows = protection.deleteRows = False
    protection.sort = protection.autoFilter = False


def _fit_page(sheet: Worksheet, landscape: bool) -> None:
    """Printed on A4, every column on one page's width (an OPD often prints the form before filling it)."""
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = "landscape" if landscape else "portrait"
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0


def _write_column(sheet: Worksheet, index: int, column: TemplateColumn) -> None:
    letter = get_column_letter(index)
    header = sheet.cell(HEADER_ROW, index, column.header)
    header.font = Font(bold=True)
    header.fill = _HEADER_FILL
    header.alignment = Alignment(wrap_text=True, vertical="center")
    sheet.column_dimensions[letter].width = column.width
    # The column's own style (unlocked, text or date) is what Excel gives every cell typed in it, however far
    # down: no cell below the header needs writing, so the file stays small and nothing looks like a row.
    dimension = sheet.column_dimensions[letter]
    dimension.protection = Protection(locked=False)
    if column.header in _TEXT_HEADERS:
        dimension.number_format = "@"
    elif column.kind == "date":
        dimension.number_format = "DD/MM/YYYY"
    for row in range(1, HEADER_ROW + 1):  # the title and the header keep their lock
        sheet.cell(row, index).protection = Protection(locked=True)
    cells = f"{letter}{HEADER_ROW + 1}:{letter}{HEADER_ROW + OPEN_ROWS}"
    header_message = DataValidation(showInputMessage=True, promptTitle=column.header[:32], prompt=column.message)
    header_message.add(f"{letter}{HEADER_ROW}")
    sheet.add_data_validation(header_message)
    if column.kind == "choice":
        choice = DataValidation(type="list", formula1='"' + ",".join(column.choices) + '"', allow_blank=True,
                                showErrorMessage=True, errorTitle=column.header[:32],
                                error="Pilih salah satu: " + ", ".join(column.choices), showInputMessage=True,
                                promptTitle=column.header[:32], prompt=column.message)
        choice.add(cells)
        sheet.add_data_validation(choice)
    elif column.kind == "date":
        date = DataValidation(type="date", operator="greaterThan", formula1="1", allow_blank=True,
                              showErrorMessage=True, errorTitle=column.header[:32],
                              error="Isi dengan tanggal, misalnya 01/03/2019.")
        date.add(cells)
        sheet.add_data_validation(date)
