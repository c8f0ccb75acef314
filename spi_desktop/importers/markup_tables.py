"""Tables that web apps and old Excel versions save under a spreadsheet's name: HTML and XML Spreadsheet 2003.

Most government web apps' "Export to Excel" writes an HTML page with a ``<table>`` and calls it .xls; Excel
2003 could save an XML file with the same suffix. Both are read as the tables they are: every cell as text
(a phone keeps its leading 0), a cell spanning several rows or columns filled into each cell it covers.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from spi_desktop.domain.errors import InputError
from spi_desktop.importers.text_decode import detect_codec

_SS = "{urn:schemas-microsoft-com:office:spreadsheet}"
_MAX_SPAN = 1000  # a span larger than this is a broken page, not a table


@dataclass
class MarkupSheet:
    """One table of the file, as rows of text cells."""

    name: str
    rows: list[list[object]]
    hidden: bool = False


def _decode(path: Path) -> str:
    data = path.read_bytes()
    codec = detect_codec(data[:4096])
    if codec is not None:
        return data.decode(codec, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        declared = re.search(rb"charset\s*=\s*[\"']?([A-Za-z0-9_-]+)", data[:4096])
        named = declared.group(1).decode("ascii") if declared else "cp1252"
        try:
            return data.decode(named, errors="replace")
        except LookupError:
            return data.decode("cp1252", errors="replace")


class _Tables(HTMLParser):
    """Collects every <table> as a grid, with rowspan/colspan filled in."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[list[list[object]]] = []
        self._stack: list[dict[int, dict[int, str]]] = []  # open tables: row -> column -> text
        self._row: list[int] = []  # per open table, the current row index
        self._cell: list[str] | None = None
        self._span: tuple[int, int] = (1, 1)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self._stack.append({})
            self._row.append(-1)
        elif not self._stack:
            return
        elif tag == "tr":
            self._close_cell()  # HTML lets a row end without </td> and </tr>
            self._row[-1] += 1
        elif tag in ("td", "th"):
            self._close_cell()
            if self._row[-1] < 0:
                self._row[-1] = 0
            values = dict(attrs)
            self._span = (_span(values.get("rowspan")), _span(values.get("colspan")))
            self._cell = []
        elif tag == "br" and self._cell is not None:
            self._cell.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if not self._stack:
            return
        if tag in ("td", "th", "tr"):
            self._close_cell()
        elif tag == "table":
            self._close_cell()
            grid = self._stack.pop()
            self._row.pop()
            self.tables.append(_grid(grid))

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)

    def _close_cell(self) -> None:
        if self._cell is None:
            return
        text = " ".join("".join(self._cell).split())
        grid, row = self._stack[-1], self._row[-1]
        cells = grid.setdefault(row, {})
        column = 0
        while column in cells:
            column += 1
        rows, columns = self._span
        for r in range(row, row + rows):
            target = grid.setdefault(r, {})
            for c in range(column, column + columns):
                target.setdefault(c, text)
        self._cell = None


def _span(value: str | None) -> int:
    try:
        return max(1, min(_MAX_SPAN, int(value or 1)))
    except ValueError:
        return 1


def _grid(cells: dict[int, dict[int, str]]) -> list[list[object]]:
    if not cells:
        return []
    width = max((max(row) + 1 for row in cells.values() if row), default=0)
    return [[cells.get(r, {}).get(c, "") for c in range(width)] for r in range(max(cells) + 1)]


def read_html_tables(path: Path) -> list[MarkupSheet]:
    """Every table of an HTML file that holds something, in document order, named 'Tabel N'."""
    parser = _Tables()
    parser.feed(_decode(path))
    parser.close()
    tables = [rows for rows in parser.tables if any(any(cell for cell in row) for row in rows)]
    if not tables:
        raise InputError(f"{path.name} adalah halaman web tanpa tabel; buka di Excel lalu simpan sebagai .xlsx")
    return [MarkupSheet(f"Tabel {number}", rows) for number, rows in enumerate(tables, start=1)]


def read_xml2003(path: Path) -> list[MarkupSheet]:
    """The worksheets of an XML Spreadsheet 2003 file, with merged cells filled and hidden sheets marked."""
    try:
        root = ET.fromstring(_decode(path).lstrip("\ufeff"))
    except ET.ParseError as error:
        line = getattr(error, "position", (0, 0))[0]
        raise InputError(f"{path.name}: berkas XML Spreadsheet 2003 rusak (baris {line}); buka di Excel lalu simpan "
                         "sebagai .xlsx") from error
    sheets: list[MarkupSheet] = []
    for worksheet in root.iter(f"{_SS}Worksheet"):
        name = worksheet.get(f"{_SS}Name") or f"Sheet{len(sheets) + 1}"
        visible = worksheet.findtext(".//{urn:schemas-microsoft-com:office:excel}Visible") or ""
        grid: dict[int, dict[int, str]] = {}
        row_index = -1
        for row in worksheet.iter(f"{_SS}Row"):
            row_index = int(row.get(f"{_SS}Index") or row_index + 2) - 1
            column = -1
            for cell in row.iter(f"{_SS}Cell"):
                column = int(cell.get(f"{_SS}Index") or column + 2) - 1
                data = cell.find(f"{_SS}Data")
                text = "" if data is None else " ".join("".join(data.itertext()).split())
                across = _span(str(int(cell.get(f"{_SS}MergeAcross") or 0) + 1))
                down = _span(str(int(cell.get(f"{_SS}MergeDown") or 0) + 1))
                for r in range(row_index, row_index + down):
                    for c in range(column, column + across):
                        grid.setdefault(r, {}).setdefault(c, text)
                column += across - 1
        sheets.append(MarkupSheet(name, _grid(grid), hidden="hidden" in visible.lower()))
    if not sheets:
        raise InputError(f"{path.name}: berkas XML Spreadsheet 2003 tanpa lembar kerja")
    return sheets
