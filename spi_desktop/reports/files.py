"""What every export shares: files that appear only once complete, and the finishing of a list sheet."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from spi_desktop.domain.errors import InputError

T = TypeVar("T")


def write_complete(path: Path, write: Callable[[Path], T]) -> T:
    """Let ``write`` fill a partial file beside ``path``, then rename it into place: a failure or a cancel never
    leaves a half-written file under the real name. ``InputError`` when the file cannot be written."""
    partial = path.with_name(path.name + ".sebagian")
    try:
        result = write(partial)
        partial.replace(path)
    except OSError as error:
        raise InputError(f"{path} tidak dapat ditulis: {error.strerror or error}") from error
    finally:
        partial.unlink(missing_ok=True)
    return result


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
