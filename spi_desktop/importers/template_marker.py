"""Read a collection template's marker (``domain.collection_marker``) from a returned workbook.

Only the marker sheet is read, by name, so looking at forty files stays quick. A file that is not a workbook,
or a workbook without the sheet, has no marker: the caller then recognises it by its columns or its name.
"""

from __future__ import annotations

from pathlib import Path

from spi_desktop.domain.collection_marker import MARKER_SHEET, TemplateMarker

_WORKBOOK_SUFFIXES = {".xlsx", ".xlsm", ".xlsb", ".xls", ".ods"}


def read_marker(path: Path) -> TemplateMarker | None:
    """The template marker ``path`` carries, or None (no marker sheet, not a workbook, unreadable)."""
    if path.suffix.lower() not in _WORKBOOK_SUFFIXES:
        return None
    from python_calamine import CalamineWorkbook  # lazily: the CLI's start stays quick

    try:
        workbook = CalamineWorkbook.from_path(str(path))
        if MARKER_SHEET not in workbook.sheet_names:
            return None
        rows = workbook.get_sheet_by_name(MARKER_SHEET).to_python(skip_empty_area=False)
    except Exception:  # noqa: BLE001 - a damaged or foreign file simply has no marker; the reader says why later
        return None
    return TemplateMarker.from_rows(rows)
