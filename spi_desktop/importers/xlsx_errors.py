"""Error cells of an .xlsx sheet (#N/A from a VLOOKUP that found nothing, #REF! …), which python-calamine
reads as empty cells.

An empty name is 'Nama kosong'; a name that is '#N/A' is a formula that failed, and the OPD must be told so.
Only sheets whose XML holds an error cell at all (a bytes search) are parsed, with a regular expression over
the cell tags, so an ordinary 100 000-row sheet costs one search.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

_CELL = re.compile(rb"<c\b([^>]*?)(?:/>|>(.*?)</c>)", re.DOTALL)
_REF = re.compile(rb'\br="([A-Z]+)([0-9]+)"')
_ERROR = re.compile(rb'\bt="e"')
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
                cells: dict[tuple[int, int], str] = {}
                for match in _CELL.finditer(data):
                    attributes, body = match.groups()
                    if not _ERROR.search(attributes) or body is None:
                        continue
                    ref, value = _REF.search(attributes), _VALUE.search(body)
                    if ref and value:
                        cells[(int(ref.group(2)) - 1, _column(ref.group(1)))] = value.group(1).decode("utf-8",
                                                                                                     "replace")
                found[name] = cells
            return found
    except (zipfile.BadZipFile, KeyError, ET.ParseError, OSError):
        return {}


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
