"""Keep demo data out of real workspaces: a file exported from a training workspace is refused by every import
of a real one."""

from __future__ import annotations

import zipfile
from pathlib import Path

from spi_desktop.db.session import Database
from spi_desktop.domain.demo_mark import carries_demo_mark
from spi_desktop.domain.errors import InputError
from spi_desktop.importers.file_gate import check_size
from spi_desktop.services.preferences import is_demo_workspace

HEAD_BYTES = 4096


def _head_cells(path: Path) -> list[object]:
    """The first rows of ``path`` as loose cells: text files as decoded bytes, workbooks through calamine."""
    if zipfile.is_zipfile(path) or path.suffix.lower() in {".xls", ".xlsx", ".xlsm", ".ods"}:
        try:
            from python_calamine import CalamineWorkbook

            book = CalamineWorkbook.from_path(str(path))
            rows = book.get_sheet_by_index(0).to_python(nrows=5) if book.sheet_names else []
        except Exception:  # noqa: BLE001 - an unreadable workbook is the importer's to report, with its reason
            return []
        return [cell for row in rows for cell in row]
    try:
        with path.open("rb") as handle:
            head = handle.read(HEAD_BYTES)
    except OSError:
        return []
    return [head.decode("utf-8", errors="replace"), head.decode("cp1252", errors="replace")]


def refuse_demo_file(database: Database, path: Path) -> None:
    """``InputError`` when ``path`` comes from a demo workspace and ``database`` is a real one."""
    if is_demo_workspace(database) or not path.is_file():
        return
    check_size(path)  # the import's own gate would refuse it too; never open an oversized file to look
    if carries_demo_mark(_head_cells(path)):
        raise InputError(f"{path.name} berasal dari ruang kerja pelatihan (bertanda DATA DEMO PELATIHAN); data "
                         "demo tidak pernah dimasukkan ke ruang kerja nyata")
