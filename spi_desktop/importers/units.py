"""Read an OPD list (.xlsx/.csv/...) into registry records, with Indonesian header synonyms."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from spi_desktop.domain.problems import RowProblem
from spi_desktop.domain.unit_record import FIELD_LABELS, UnitRecord, clean_unit, record_from_texts
from spi_desktop.importers.columns import ColumnSpec, column_letter, find_header, mapped_rows
from spi_desktop.importers.table_reader import read_table

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

    @property
    def rejected_rows(self) -> int:
        """How many distinct rows were rejected."""
        return len({problem.row for problem in self.problems})


def parse_unit_file(path: Path, sheet: str | None = None) -> ParsedUnits:
    """Read and check every row; a row with any problem is rejected whole, never half imported."""
    table = read_table(path, sheet)
    header = find_header(table, UNIT_COLUMNS)
    parsed = ParsedUnits(table.where())
    seen: dict[str, int] = {}
    for row_number, values in mapped_rows(table, header):
        parsed.read += 1
        record, field_problems = clean_unit(record_from_texts(values))
        problems = [
            RowProblem(
                parsed.file_name,
                row_number,
                _column_name(header.columns.get(p.field), header.headers, p.field),
                p.message,
            )
            for p in field_problems
        ]
        if not problems and record.code in seen:
            problems.append(RowProblem(parsed.file_name, row_number, _column_name(
                header.columns["code"], header.headers, "code"),
                f"Kode {record.code} sudah dipakai di baris {seen[record.code]}"))
        if problems:
            parsed.problems.extend(problems)
            continue
        seen[record.code] = row_number
        filled = frozenset(key for key, value in values.items() if value)
        parsed.records.append((row_number, record, filled))
    return parsed


def _column_name(index: int | None, headers: list[str], key: str) -> str:
    if index is None:
        return FIELD_LABELS[key]
    title = headers[index] if index < len(headers) and headers[index] else FIELD_LABELS[key]
    return f"{column_letter(index)} ({title})"
