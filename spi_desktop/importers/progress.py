"""Read a progress file (KPK's or a vendor's counts per OPD and group) into checked rows."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from spi_desktop.domain.problems import RowProblem
from spi_desktop.importers.columns import ColumnSpec, column_letter, find_header, mapped_rows
from spi_desktop.importers.table_reader import read_table

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


@dataclass
class ProgressRow:
    """Counts for one OPD code (or '' for the institution) and group, with the file row they came from."""

    row: int
    unit: str
    group: str
    invited: int | None
    started: int | None
    completed: int


@dataclass
class ParsedProgress:
    """Rows that can be stored and rows refused with their reasons."""

    file_name: str
    read: int = 0
    rows: list[ProgressRow] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)


_THOUSANDS = re.compile(r"^\d{1,3}([.,]\d{3})+$")


def _count(text: str) -> int | None:
    """A whole non-negative number ('1.234' and '1,234' are thousands), None when empty; ValueError otherwise."""
    cleaned = text.replace(" ", "")
    if not cleaned:
        return None
    if _THOUSANDS.match(cleaned):
        cleaned = cleaned.replace(".", "").replace(",", "")
    if not cleaned.isascii() or not cleaned.isdigit():
        raise ValueError(f"'{text}' bukan bilangan bulat tidak negatif")
    return int(cleaned)


def parse_progress_file(path: Path, sheet: str | None = None) -> ParsedProgress:
    """Read and check every row: counts whole and not negative, a known group, completed ≤ invited."""
    table = read_table(path, sheet)
    header = find_header(table, PROGRESS_COLUMNS)
    parsed = ParsedProgress(table.where())
    for row_number, values in mapped_rows(table, header):
        parsed.read += 1
        problems: list[tuple[str, str]] = []
        group = GROUP_WORDS.get(" ".join(values.get("group", "").lower().split()), "")
        if not group:
            problems.append(("group", f"Kelompok '{values.get('group', '')}' tidak dikenal; tulis internal, "
                                      "eksternal atau eksper"))
        counts: dict[str, int | None] = {}
        for key in ("invited", "started", "completed"):
            try:
                counts[key] = _count(values.get(key, ""))
            except ValueError as error:
                problems.append((key, str(error)))
        if not problems and counts["completed"] is None:
            problems.append(("completed", "Jumlah selesai kosong"))
        invited, completed = counts.get("invited"), counts.get("completed")
        if not problems and invited is not None and completed is not None and completed > invited:
            problems.append(("completed", f"Selesai ({completed}) lebih besar dari diundang ({invited})"))
        if problems:
            parsed.problems.extend(RowProblem(parsed.file_name, row_number, _where(header.columns.get(k),
                                              header.headers, k), message) for k, message in problems)
            continue
        assert completed is not None
        parsed.rows.append(ProgressRow(row_number, values["unit"].strip().upper(), group, invited,
                                       counts.get("started"), completed))
    return parsed


def _where(index: int | None, headers: list[str], key: str) -> str:
    if index is None:
        return key
    return f"{column_letter(index)} ({headers[index] or key})"
