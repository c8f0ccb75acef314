"""Read an OPD list (.xlsx/.csv/...) into registry records, with Indonesian header synonyms."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from spi_desktop.domain.problems import RowProblem
from spi_desktop.domain.unit_record import FIELD_LABELS, FieldProblem, UnitRecord, clean_unit, record_from_texts
from spi_desktop.importers.columns import (
    ColumnSpec,
    HeaderMatch,
    column_letter,
    find_header,
    locate_header,
    mapped_rows,
)
from spi_desktop.importers.row_skips import skip_reasons
from spi_desktop.importers.table_reader import RawTable, cell_text, read_table

UNIT_COLUMNS: tuple[ColumnSpec, ...] = (
    ColumnSpec("code", "Kode", ("Kode OPD", "Kode Unit", "Kode Unit Kerja", "Kode Perangkat Daerah",
                                "Kode SKPD", "Code", "Unit Code"), required=True),
    ColumnSpec("name", "Nama OPD", ("Nama Perangkat Daerah", "Perangkat Daerah", "Unit Kerja",
                                    "Nama Unit Kerja", "Nama Unit", "Nama SKPD", "OPD", "Nama", "Name",
                                    "Unit Name"), required=True),
    ColumnSpec("short_name", "Singkatan", ("Nama Singkat", "Akronim", "Short Name")),
    ColumnSpec("aliases", "Nama Lain", ("Alias", "Aliases", "Nama Alias")),
    ColumnSpec("head_name", "Nama Kepala", ("Kepala", "Kepala OPD", "Nama Kepala OPD", "Pimpinan",
                                            "Head", "Head Name")),
    ColumnSpec("head_nip", "NIP Kepala", ("NIP", "NIP Kepala OPD", "NIP Pimpinan", "Head NIP")),
    ColumnSpec("head_position", "Jabatan Kepala", ("Jabatan", "Jabatan Pimpinan", "Head Position")),
    ColumnSpec("pic_name", "Nama PIC", ("PIC", "Narahubung", "Nama Narahubung", "Contact Person")),
    ColumnSpec("pic_phone", "No. HP PIC", ("HP PIC", "No HP PIC", "Telepon PIC", "WA PIC",
                                           "No. WA PIC", "Nomor HP PIC", "PIC Phone")),
    ColumnSpec("pic_email", "Email PIC", ("E-mail PIC", "Surel PIC", "PIC Email")),
)


@dataclass
class ParsedUnits:
    """What a unit file held: usable records with their row number and the fields the row filled in,
    and rejected rows with reasons."""

    file_name: str
    read: int = 0
    records: list[tuple[int, UnitRecord, frozenset[str]]] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    warnings: list[RowProblem] = field(default_factory=list)  # a value left out; the OPD itself is kept
    skipped: int = 0  # total lines and signature blocks: no OPD
    unread_sheets: list[str] = field(default_factory=list)  # other sheets with something in them
    unmapped: list[str] = field(default_factory=list)  # 'F (Keterangan)': columns with content not read

    @property
    def rejected_rows(self) -> int:
        """How many distinct rows were rejected."""
        return len({problem.row for problem in self.problems})


def parse_unit_file(path: Path, sheet: str | None = None) -> ParsedUnits:
    """Read and check every row. A row without a usable code or name is rejected whole; an invalid PIC phone,
    PIC e-mail or head's NIP is left out of the OPD with a warning, so the unit is never lost for it."""
    def fits(table: RawTable) -> bool:
        header = locate_header(table, UNIT_COLUMNS, two_rows=True)
        return header is not None and {"code", "name"} <= set(header.columns)

    table = read_table(path, sheet, fits)
    header = find_header(table, UNIT_COLUMNS, two_rows=True)
    parsed = ParsedUnits(table.where(), unmapped=_unmapped(table, header), unread_sheets=list(table.unread))
    skipped = _skipped_rows(table, header)
    seen: dict[str, int] = {}
    for row_number, values in mapped_rows(table, header):
        if row_number in skipped:
            parsed.skipped += 1
            continue
        parsed.read += 1
        record, field_problems = clean_unit(record_from_texts(values))
        def located(problem: FieldProblem, kept: bool, row: int = row_number) -> RowProblem:
            suffix = f"; {FIELD_LABELS[problem.field]} dikosongkan, OPD tetap diimpor" if kept else ""
            return RowProblem(parsed.file_name, row,
                              _column_name(header.columns.get(problem.field), header.headers, problem.field),
                              problem.message + suffix)

        problems = [located(p, False) for p in field_problems if not p.optional]
        if not problems and record.code in seen:
            problems.append(RowProblem(parsed.file_name, row_number, _column_name(
                header.columns["code"], header.headers, "code"),
                f"Kode {record.code} sudah dipakai di baris {seen[record.code]}"))
        if problems:  # the row is rejected: every problem it has is said once, with it
            parsed.problems.extend(problems + [located(p, False) for p in field_problems if p.optional])
            continue
        left_out = {p.field for p in field_problems if p.optional}
        if left_out:
            parsed.warnings.extend(located(p, True) for p in field_problems if p.optional)
            cleared: dict[str, Any] = {key: None for key in left_out}
            record = replace(record, **cleared)
            values = {key: value for key, value in values.items() if key not in left_out}
        seen[record.code] = row_number
        filled = frozenset(key for key, value in values.items() if value)
        parsed.records.append((row_number, record, filled))
    return parsed


def _skipped_rows(table: RawTable, header: HeaderMatch) -> set[int]:
    """Spreadsheet row numbers of the total lines and the signature block under the list (``row_skips``)."""
    numbers, rows = [], []
    for index in range(header.row_index + 1, len(table.rows)):
        cells = [cell_text(cell) for cell in table.rows[index]]
        if any(cells):
            numbers.append(index + 1)
            rows.append(cells)
    reasons = skip_reasons(dict(enumerate(rows)), len(rows), header.headers)
    return {numbers[position] for position in reasons}


def _unmapped(table: RawTable, header: HeaderMatch) -> list[str]:
    """Every column below the header that holds something and is not read, as 'F (Keterangan)'."""
    used = set(header.columns.values())
    width = max((len(row) for row in table.rows[header.row_index + 1:]), default=0)
    found = []
    for index in range(max(width, len(header.headers))):
        if index in used:
            continue
        title = header.headers[index] if index < len(header.headers) else ""
        filled = any(index < len(row) and cell_text(row[index]) for row in table.rows[header.row_index + 1:])
        if filled or title:
            found.append(f"{column_letter(index)} ({title or 'tanpa judul'})")
    return found


def _column_name(index: int | None, headers: list[str], key: str) -> str:
    if index is None:
        return FIELD_LABELS[key]
    title = headers[index] if index < len(headers) and headers[index] else FIELD_LABELS[key]
    return f"{column_letter(index)} ({title})"
