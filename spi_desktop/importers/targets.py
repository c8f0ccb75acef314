"""Read a sample-target file (.xlsx/.csv): per OPD code and group, the target and what was sent."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from spi_desktop.domain.institution import is_institution_code
from spi_desktop.domain.problems import RowProblem
from spi_desktop.importers.columns import ColumnSpec, find_header, mapped_rows
from spi_desktop.importers.parsed import parse_counts
from spi_desktop.importers.progress import cell_place, group_of
from spi_desktop.importers.table_reader import read_table

TARGET_COLUMNS = (
    ColumnSpec("unit", "Kode", ("Kode OPD", "Kode Unit", "OPD", "Perangkat Daerah", "Unit"), required=True),
    ColumnSpec("group", "Kelompok", ("Kelompok Responden", "Jenis Responden", "Responden", "Group"), required=True),
    ColumnSpec("target", "Target", ("Target Sampel", "Jumlah Sampel", "Sampel", "Sample Target", "Target Responden"),
               required=True),
    ColumnSpec("population", "Populasi dikirim", ("Populasi", "Jumlah Populasi", "Population Sent", "Population")),
    ColumnSpec("invitations", "Undangan dikirim", ("Undangan", "Jumlah Undangan", "Invitations Sent", "Invited")),
)


@dataclass(frozen=True)
class TargetLine:
    """One target read from a file row ('' code: the institution, for the expert group)."""

    row: int
    code: str
    group: str
    sample_target: int | None
    population_sent: int | None
    invitations_sent: int | None


@dataclass
class ParsedTargets:
    """The lines read and every problem found, with file, row and column."""

    file_name: str
    lines: list[TargetLine] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)


def parse_target_file(path: Path, sheet: str | None = None) -> ParsedTargets:
    """Read every row; counts must be whole and not negative, the group one of the three."""
    table = read_table(path, sheet)
    header = find_header(table, TARGET_COLUMNS)
    parsed = ParsedTargets(table.where())
    for row_number, values in mapped_rows(table, header):
        problems: list[tuple[str, str]] = []
        group = group_of(values.get("group", ""))
        if not group:
            problems.append(("group", f"Kelompok '{values.get('group', '')}' tidak dikenal; tulis internal, "
                                      "eksternal atau eksper"))
        counts = parse_counts(values, ("target", "population", "invitations"), problems)
        if not problems and counts["target"] is None:
            problems.append(("target", "Target kosong; isi angkanya (target yang ditetapkan dihapus di layar Target)"))
        if problems:
            parsed.problems.extend(RowProblem(parsed.file_name, row_number, cell_place(header, key), message)
                                   for key, message in problems)
            continue
        code = values["unit"].strip().upper()
        parsed.lines.append(TargetLine(row_number, "" if is_institution_code(code) else code, group, counts["target"],
                                       counts["population"], counts["invitations"]))
    return parsed
