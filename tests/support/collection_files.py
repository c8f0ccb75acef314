"""Fill a generated collection template the way an OPD clerk does: rows typed under the header, columns widened,
the file saved under a new name."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import load_workbook

from spi_desktop.reports.collection_template import DATA_SHEET, HEADER_ROW


def fill_template(path: Path, rows: Sequence[Sequence[object]], rename: str | None = None) -> Path:
    """Type ``rows`` (values in the template's column order) under the header of ``path``'s data sheet, widen
    the first column, and save it as ``rename`` beside it (the original removed) or in place."""
    workbook = load_workbook(path)
    sheet = workbook[DATA_SHEET]
    for offset, values in enumerate(rows, start=1):
        for column, value in enumerate(values, start=1):
            sheet.cell(HEADER_ROW + offset, column, value)
    sheet.column_dimensions["A"].width = 45
    target = path.with_name(rename) if rename else path
    workbook.save(target)
    if target != path:
        path.unlink()
    return target
