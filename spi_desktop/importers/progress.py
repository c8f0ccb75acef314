"""Read a progress file (KPK's or a vendor's counts per OPD and group) into checked rows."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from spi_desktop.domain.errors import InputError
from spi_desktop.domain.problems import RowProblem
from spi_desktop.domain.progress import ProgressRow
from spi_desktop.importers.columns import (
    HEADER_SEARCH_ROWS,
    ColumnSpec,
    HeaderMatch,
    column_letter,
    find_header,
    locate_header,
    mapped_rows,
    with_mapping,
)
from spi_desktop.importers.parsed import Parsed, parse_counts
from spi_desktop.importers.table_reader import cell_text, read_table

PROGRESS_COLUMNS = (
    ColumnSpec("unit", "Kode", ("Kode OPD", "Kode Unit", "OPD", "Perangkat Daerah", "Unit"), required=True),
    ColumnSpec("group", "Kelompok", ("Kelompok Responden", "Jenis Responden", "Responden", "Group")),
    ColumnSpec("invited", "Diundang", ("Undangan", "Jumlah Undangan", "Terkirim", "Invited", "Sent")),
    ColumnSpec("started", "Mulai", ("Sebagian", "Parsial", "Belum Selesai", "Started", "Partial")),
    ColumnSpec("completed", "Selesai", ("Lengkap", "Jumlah Responden", "Responden Selesai", "Completed",
                                        "Complete"), required=True),
)
GROUP_WORDS = {
    "internal": "internal", "pegawai": "internal", "eksternal": "external", "external": "external",
    "pengguna layanan": "external", "eksper": "expert", "expert": "expert", "ahli": "expert",
}


ParsedProgress = Parsed[ProgressRow]


def group_of(text: str) -> str:
    """'Pengguna Layanan' -> 'external'; '' when the word is not a respondent group."""
    return GROUP_WORDS.get(" ".join(text.lower().split()), "")


@dataclass(frozen=True)
class ProgressInspection:
    """What the import dialog shows before reading: sheets, header row, headers and the mapping found."""

    sheets: list[str]
    header_row: int  # spreadsheet row number
    headers: list[str]
    mapping: dict[str, str]  # field -> header text


def inspect_progress_file(path: Path, sheet: str | None = None,
                          mapping: Mapping[str, str] | None = None) -> ProgressInspection:
    """Find the header row and the automatic (or given) column mapping. A vendor layout whose columns
    are not recognised still gives its headers (the first filled row) so the user can map them."""
    table = read_table(path, sheet)
    header = locate_header(table, with_mapping(PROGRESS_COLUMNS, mapping))
    if header is None:
        index = next((i for i, row in enumerate(table.rows[:HEADER_SEARCH_ROWS])
                      if sum(1 for cell in row if cell_text(cell)) >= 2), None)
        if index is None:
            raise InputError(f"{table.where()}: tidak ada baris judul kolom di {HEADER_SEARCH_ROWS} baris pertama")
        header = HeaderMatch(index, {}, [cell_text(cell) for cell in table.rows[index]])
    return ProgressInspection(table.sheets, header.row_index + 1, header.headers,
                              {key: header.headers[index] for key, index in header.columns.items()})


def parse_progress_file(path: Path, sheet: str | None = None, mapping: Mapping[str, str] | None = None,
                        group: str | None = None) -> ParsedProgress:
    """Read and check every row: counts whole and not negative, a known group, completed ≤ invited.
    ``mapping`` (field -> header) fixes a vendor's layout; ``group`` is the group of every row of a file without
    a group column (one file per group); with a group column, rows of another group are refused."""
    table = read_table(path, sheet)
    header = find_header(table, with_mapping(PROGRESS_COLUMNS, mapping))
    parsed = ParsedProgress(table.where())
    for row_number, values in mapped_rows(table, header):
        parsed.read += 1
        problems: list[tuple[str, str]] = []
        row_group = group_of(values["group"]) if "group" in header.columns else (group or "")
        if not row_group and "group" not in header.columns:
            problems.append(("group", "Berkas tidak punya kolom kelompok; pilih kelompok responden untuk berkas ini"))
        elif not row_group:
            problems.append(("group", f"Kelompok '{values.get('group', '')}' tidak dikenal; tulis internal, "
                                      "eksternal atau eksper"))
        elif group and row_group != group:
            problems.append(("group", f"Kelompok '{values['group']}' berbeda dari kelompok yang dipilih ({group})"))
        counts = parse_counts(values, ("invited", "started", "completed"), problems)
        if not problems and counts["completed"] is None:
            problems.append(("completed", "Jumlah selesai kosong"))
        invited, completed = counts.get("invited"), counts.get("completed")
        if not problems and invited is not None and completed is not None and completed > invited:
            problems.append(("completed", f"Selesai ({completed}) lebih besar dari diundang ({invited})"))
        if problems:
            parsed.problems.extend(RowProblem(parsed.file_name, row_number, cell_place(header, k), message)
                                   for k, message in problems)
            continue
        assert completed is not None
        parsed.rows.append(ProgressRow(row_number, values["unit"].strip().upper(), row_group, invited,
                                       counts.get("started"), completed))
    return parsed


def cell_place(header: HeaderMatch, key: str) -> str:
    """'D (Selesai)': the column letter and header of field ``key`` (the key itself when not in the file)."""
    index = header.columns.get(key)
    if index is None:
        return key
    return f"{column_letter(index)} ({header.headers[index] or key})"
