"""Merged cells of an OpenDocument spreadsheet (.ods), which python-calamine does not report.

Only read when the file has merged cells at all (a bytes search of its content.xml); then the XML is walked
once with its row and column repetitions counted, so a merged OPD cell can be filled into the rows it covers.
"""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
Merge = tuple[tuple[int, int], tuple[int, int]]
_MAX_REPEAT = 100_000  # a repeat beyond this is the sheet's empty tail, never a merge target


def _int(element: ET.Element, name: str) -> int:
    try:
        return max(1, int(element.get(f"{{{_TABLE}}}{name}") or 1))
    except ValueError:
        return 1


def ods_merges(path: Path) -> dict[str, list[Merge]]:
    """Sheet name -> merged ranges ((top, left), (bottom, right)), 0-based and inclusive."""
    try:
        with zipfile.ZipFile(path) as archive:
            content = archive.read("content.xml")
    except (zipfile.BadZipFile, KeyError, OSError):
        return {}
    if b"number-rows-spanned" not in content and b"number-columns-spanned" not in content:
        return {}
    merges: dict[str, list[Merge]] = {}
    sheet, row, column = "", -1, 0
    cell_tags = {f"{{{_TABLE}}}table-cell", f"{{{_TABLE}}}covered-table-cell"}
    try:
        for event, element in ET.iterparse(io.BytesIO(content), events=("start", "end")):
            tag = element.tag
            if event == "start" and tag == f"{{{_TABLE}}}table":
                sheet, row = element.get(f"{{{_TABLE}}}name") or "", -1
                merges.setdefault(sheet, [])
            elif event == "start" and tag == f"{{{_TABLE}}}table-row":
                row, column = row + 1, 0
            elif event == "end" and tag == f"{{{_TABLE}}}table-row":
                row += min(_int(element, "number-rows-repeated"), _MAX_REPEAT) - 1
                element.clear()
            elif event == "end" and tag in cell_tags:
                rows, columns = _int(element, "number-rows-spanned"), _int(element, "number-columns-spanned")
                if tag.endswith("}table-cell") and (rows > 1 or columns > 1):
                    merges[sheet].append(((row, column), (row + rows - 1, column + columns - 1)))
                column += min(_int(element, "number-columns-repeated"), _MAX_REPEAT)
    except ET.ParseError:
        return {}
    return merges
