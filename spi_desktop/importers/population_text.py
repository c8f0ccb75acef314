"""A population list in a text file (CSV, tab-separated, .txt) as a MappedFrame.

The encoding comes from ``text_decode`` (a byte-order mark, UTF-16/32, UTF-8, or line by line), the separator
from the first lines; the header is found in the first rows and the body read by pandas' C parser, or by the
csv module when rows are ragged (a row longer than the header must never lose its cells, which pandas does).
"""

from __future__ import annotations

import csv
import io
import re
import warnings
from collections.abc import Mapping, Sequence
from pathlib import Path

import pandas as pd

from spi_desktop.domain.errors import InputError
from spi_desktop.importers.columns import HEADER_SEARCH_ROWS, ColumnSpec
from spi_desktop.importers.file_gate import GatedFile
from spi_desktop.importers.population_grid import MappedFrame, locate, mapped_frame
from spi_desktop.importers.population_header import SAMPLE
from spi_desktop.importers.table_reader import RawTable, cell_text, detect_separator
from spi_desktop.importers.text_decode import DecodedText, decode_file

SNIFF_BYTES = 256 * 1024
WINDOWS_LINE = "baris ini dibaca sebagai Windows-1252 (ANSI), berbeda dari bagian lain berkas"


def read_text_list(gated: GatedFile, specs: Sequence[ColumnSpec], head_only: bool,
                   chosen: Mapping[str, str] | None) -> MappedFrame:
    """Read a text file; with ``head_only`` only its first rows (for the wizard's first look)."""
    path = gated.path
    try:
        with path.open("rb") as handle:
            head_bytes = handle.read(SNIFF_BYTES)
        decoded = decode_file(path, head_bytes)
    except OSError as error:
        raise InputError(f"{path.name} tidak dapat dibaca: {error.strerror}") from error
    if decoded.text is not None:
        head_text = decoded.text[:SNIFF_BYTES]
    else:
        head_text = head_bytes.decode(decoded.codec or "utf-8", errors="ignore")  # a cut character is harmless
    # Lines as pandas counts them (\r\n, \n, \r only): str.splitlines() would also split on form feeds.
    head_lines = re.split(r"\r\n|\n|\r", head_text)[: HEADER_SEARCH_ROWS + 20]
    separator = "\t" if path.suffix.lower() == ".tsv" else detect_separator(head_lines)
    head = _head_records(path, head_text, separator)
    table = RawTable(path.name, None, [[cell_text(c) for c in row] for row in head[:HEADER_SEARCH_ROWS + 1]])
    try:
        header = locate(table, specs, chosen)
    except InputError as error:
        if gated.note:
            raise InputError(f"{gated.note}. {error}") from error
        raise
    body_start = header.row_index + 1  # in records, which are spreadsheet rows
    if head_only:
        return mapped_frame(path.name, None, text_grid(head[body_start:]), header, specs, chosen, body_start + 1,
                            None, decoded.encoding, separator)
    # skiprows counts records as pandas parses them, quoted line breaks and all, like the header search does
    grid = _read_body(path, decoded, separator, body_start, len(header.headers))
    notes = None
    if decoded.windows_lines and decoded.text is not None:
        records = _records_on_lines(decoded.text, separator, set(decoded.windows_lines))
        marked = pd.Series(False, index=grid.index)
        marked.iloc[[r - body_start for r in records if 0 <= r - body_start < len(grid)]] = True
        notes = pd.Series("", index=grid.index, dtype=object).mask(marked, WINDOWS_LINE)
    return mapped_frame(path.name, None, grid, header, specs, chosen, body_start + 1, notes, decoded.encoding,
                        separator, plain=decoded.text is None and _plain_ascii(path))


_PRINTABLE = bytes(range(0x20, 0x7F)) + b"\t\n\r"


def _plain_ascii(path: Path) -> bool:
    """Whether the file is printable ASCII without '#' or 'rr:' (no cell can hold a hidden character or an
    Excel error text): one C-speed pass of ``bytes.translate`` instead of a look at every column."""
    data = path.read_bytes()
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    return not data.translate(None, _PRINTABLE) and b"#" not in data and b"rr:" not in data


def _head_records(path: Path, text: str, separator: str) -> list[list[object]]:
    """The first records of the file, a quoted line break kept inside its cell (a header typed with Alt+Enter is
    one row); a record cut off where the sample ends is left out."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    records: list[list[object]] = []
    try:
        for row in reader:
            records.append(list(row))
            if len(records) >= HEADER_SEARCH_ROWS + 2 * SAMPLE:
                break
    except csv.Error as error:
        if not records:
            raise InputError(f"{path.name}: baris judul tidak dapat dibaca sebagai CSV ({error})") from error
    return records


def _records_on_lines(text: str, separator: str, lines: set[int]) -> list[int]:
    """Which records (0-based, in file order) stand on any of the given 1-based physical lines: a quoted cell
    with a line break makes one record of several lines."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    found, start = [], 1
    for number, _row in enumerate(reader):
        end = reader.line_num
        if any(line in lines for line in range(start, end + 1)):
            found.append(number)
        start = end + 1
    return found


def text_grid(rows: list[list[object]]) -> pd.DataFrame:
    """Rows of cells as a frame of text columns by index."""
    width = max(map(len, rows), default=0)
    return pd.DataFrame({index: [str(row[index]) if index < len(row) else "" for row in rows]
                         for index in range(width)}, dtype=object)


def _read_body(path: Path, decoded: DecodedText, separator: str, body_start: int, width: int) -> pd.DataFrame:
    """Every row below the header, all columns as text (the C parser; the csv module for ragged files)."""
    def source() -> io.StringIO | Path:
        return io.StringIO(decoded.text, newline="") if decoded.text is not None else path

    try:
        with warnings.catch_warnings():
            # pandas warns, and drops the cells, when a row is longer than the header: that must never pass.
            warnings.simplefilter("error", pd.errors.ParserWarning)
            frame = pd.read_csv(
                source(), encoding=decoded.codec if decoded.text is None else None, sep=separator, header=None,
                skiprows=body_start, dtype=object, keep_default_na=False, na_filter=False, skip_blank_lines=False,
                engine="c", names=range(max(width, 1)), index_col=False,
            )
        return frame  # with na_filter off every cell is text, "" when missing: no copy needed
    except UnicodeDecodeError as error:
        raise InputError(f"{path.name}: isi berkas tidak dapat dibaca sebagai teks ({decoded.encoding})") from error
    except (pd.errors.ParserError, pd.errors.ParserWarning, ValueError):
        # Ragged or oddly quoted files: the csv module reads anything; slower, still correct.
        try:
            handle: io.TextIOBase = io.StringIO(decoded.text, newline="") if decoded.text is not None else \
                path.open(encoding=decoded.codec, newline="", errors="replace")
            with handle:
                rows: list[list[object]] = [list(row) for row in csv.reader(handle, delimiter=separator)]
        except csv.Error as error:
            raise InputError(f"{path.name}: isi CSV rusak ({error})") from error
        return text_grid(rows[body_start:])
