"""Error cells of an .xlsx sheet (#N/A from a VLOOKUP that found nothing, #REF! …), which python-calamine
reads as empty cells.

An empty name is 'Nama kosong'; a name that is '#N/A' is a formula that failed, and the OPD must be told so.
Only sheets whose XML holds an error cell at all (a bytes search) are looked at, and then only the cells
marked as errors are parsed; callers ask only when an empty cell would matter.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

_CELL = re.compile(rb"<c\b([^>]*?)(?:/>|>(.*?)</c>)", re.DOTALL)
_REF = re.compile(rb'\br="([A-Z]+)([0-9]+)"')
_VALUE = re.compile(rb"<v>([^<]*)</v>")
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_DOC_RELS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


def _column(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number - 1


def _sheet_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name -> the zip member that holds its cells."""
    workbook = ET.fromstring(archive.read("xl/workbook.xml"))
    rels = ET.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    targets = {rel.get("Id"): rel.get("Target", "") for rel in rels.iter(f"{_RELS}Relationship")}
    parts = {}
    for sheet in workbook.iter(f"{_MAIN}sheet"):
        target = targets.get(sheet.get(f"{_DOC_RELS}id"), "")
        if target:
            parts[sheet.get("name", "")] = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
    return parts


def xlsx_error_cells(path: Path) -> dict[str, dict[tuple[int, int], str]]:
    """Sheet name -> (row, column) -> the error text, 0-based, for every error cell of the workbook."""
    try:
        with zipfile.ZipFile(path) as archive:
            parts = _sheet_parts(archive)
            found: dict[str, dict[tuple[int, int], str]] = {}
            for name, member in parts.items():
                try:
                    data = archive.read(member)
                except KeyError:
                    continue
                if b't="e"' not in data:
                    continue
                found[name] = _error_cells(data)
            return found
    except (zipfile.BadZipFile, KeyError, ET.ParseError, OSError):
        return {}


def _error_cells(data: bytes) -> dict[tuple[int, int], str]:
    """Only the cells marked t="e" are parsed: each mark is found with a bytes search, then its cell tag."""
    cells: dict[tuple[int, int], str] = {}
    at = data.find(b't="e"')
    while at >= 0:
        start = data.rfind(b"<c ", 0, at)
        match = _CELL.match(data, start) if start >= 0 else None
        if match is not None and match.group(2) is not None:
            ref, value = _REF.search(match.group(1)), _VALUE.search(match.group(2))
            if ref and value:
                cells[(int(ref.group(2)) - 1, _column(ref.group(1)))] = value.group(1).decode("utf-8", "replace")
        at = data.find(b't="e"', at + 5)
    return cells


def fill_errors(rows: list[list[object]], errors: dict[tuple[int, int], str]) -> list[list[object]]:
    """Put each error cell's text where calamine left the cell empty."""
    for (row, column), text in errors.items():
        while len(rows) <= row:
            rows.append([])
        cells = rows[row]
        if len(cells) <= column:
            cells.extend([""] * (column + 1 - len(cells)))
        if cells[column] in ("", None):
            cells[column] = text
    return rows
