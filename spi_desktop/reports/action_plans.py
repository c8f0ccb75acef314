"""The action plan (rencana aksi) as a spreadsheet: one row per activity, overdue ones in red, in Bahasa Indonesia."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from spi_desktop.domain.action_plan import ActionRow, ActionStatus, status_label
from spi_desktop.domain.demo_mark import DEMO_MARK
from spi_desktop.domain.formatting import format_date
from spi_desktop.domain.inert import inert_cell
from spi_desktop.reports.files import write_complete
from spi_desktop.reports.sheets import finish_list_sheet, start_list_sheet

HEADERS = ("No", "OPD", "Elemen", "Rekomendasi", "Kegiatan", "Penanggung jawab", "Batas waktu", "Status",
           "Kemajuan (%)", "Bukti", "Catatan", "Terlambat")
WIDTHS = (5, 22, 20, 48, 40, 24, 13, 15, 12, 8, 32, 11)
WRAPPED = {2, 3, 4, 5, 6, 11}  # text columns that wrap instead of spilling over
RED = "C62828"


def title(year: int) -> str:
    """The sheet's title, e.g. 'Rencana Aksi Tindak Lanjut Rekomendasi SPI 2025'."""
    return f"Rencana Aksi Tindak Lanjut Rekomendasi SPI {year}"


def _summary(rows: list[ActionRow]) -> str:
    done = sum(1 for row in rows if row.status == ActionStatus.DONE)
    late = sum(1 for row in rows if row.overdue)
    return f"{len(rows)} kegiatan · {done} selesai · {late} terlambat · dicetak {format_date(dt.date.today())}"


def _values(number: int, row: ActionRow, elements: Mapping[str, str]) -> list[Any]:
    element = elements.get(row.element, row.element) if row.element else ""
    return [number, row.unit_name, element, row.recommendation, row.activity, row.owner, row.due_date,
            status_label(row.status), row.progress, row.evidence, row.notes,
            "Ya" if row.overdue else "–"]


def write_actions_xlsx_file(rows: list[ActionRow], year: int, institution: str, path: Path,
                            elements: Mapping[str, str] | None = None, demo: bool = False) -> None:
    """Write the sheet straight to ``path`` (see ``write_actions_xlsx`` for the safe way)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = f"Rencana aksi {year}"
    intro = [title(year), institution, _summary(rows),
             "Terlambat: batas waktu sudah lewat dan kegiatan belum selesai."]
    if demo:
        intro.insert(0, DEMO_MARK)
    head = start_list_sheet(sheet, intro, HEADERS, WIDTHS)
    for number, row in enumerate(rows, start=1):
        line = head + number
        for column, value in enumerate(_values(number, row, elements or {}), start=1):
            cell = sheet.cell(line, column, inert_cell(value))  # '=HYPERLINK(…)' or '+1+1' stays text
            cell.alignment = Alignment(vertical="top", wrap_text=column in WRAPPED)
            if row.overdue:
                cell.font = Font(color=RED, bold=column in {8, 12})
        sheet.cell(line, 7).number_format = "DD-MM-YYYY"
    if not rows:
        sheet.cell(head + 1, 5, "Belum ada kegiatan rencana aksi.")
    finish_list_sheet(sheet, head, len(HEADERS), len(rows))
    workbook.save(path)


def write_actions_xlsx(rows: list[ActionRow], year: int, institution: str, path: Path,
                       elements: Mapping[str, str] | None = None, demo: bool = False) -> None:
    """Write the activities to ``path`` (.xlsx); the file appears only once it is complete.

    ``elements`` maps element codes to their names (codes are written as they are otherwise); ``demo`` puts
    the demo mark above the title.
    Raises ``InputError`` when the file cannot be written.
    """
    write_complete(path, lambda partial: write_actions_xlsx_file(rows, year, institution, partial, elements, demo))
