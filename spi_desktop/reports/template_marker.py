"""Write a collection template's marker sheet (``domain.collection_marker``) into an openpyxl workbook."""

from __future__ import annotations

import secrets

from openpyxl import Workbook

from spi_desktop.domain.collection_marker import MARKER_SHEET, TemplateMarker


def add_marker_sheet(workbook: Workbook, marker: TemplateMarker) -> None:
    """Add the marker as the workbook's last sheet: very hidden (Excel's Unhide does not list it) and protected
    with a random password nobody keeps, so a clerk cannot change it by accident."""
    sheet = workbook.create_sheet(MARKER_SHEET)
    for key, value in marker.rows():
        sheet.append([key, value])
    sheet.sheet_state = "veryHidden"
    sheet.protection.password = secrets.token_hex(8)
    sheet.protection.sheet = True
