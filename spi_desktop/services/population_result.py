"""What a population import did (or, in a dry run, would do): counts, problems, and everything it did not read.

The JSON shape ``as_dict`` gives is the CLI's contract (``spi population import --json``): the original keys
stay, and every column not used (``unmapped_columns``), every sheet (``sheets``), the rows skipped as not
being people (``skipped``) and the reader's warnings (``notes``) are added to it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

import pandas as pd

from spi_desktop.domain.problems import RowProblem
from spi_desktop.importers.population import SheetInfo
from spi_desktop.importers.population_header import UnmappedColumn

PROBLEM_COLUMNS = ["row", "column", "value", "reason", "kind", "name"]
KINDS = ("ditolak", "duplikat", "peringatan", "dilewati")


@dataclass(frozen=True)
class PopulationProblem(RowProblem):
    """One problem a population import found: the cell's ``value``, the ``kind`` (ditolak, duplikat, peringatan,
    dilewati), the person's ``name`` and, with several sheets, the ``sheet``; ``message`` is the reason."""

    value: Any = ""
    kind: str = ""
    name: Any = ""
    sheet: str | None = None


@dataclass
class PopulationImportResult:
    """What an import did (or, in a dry run, would do), with every problem found.

    With several sheets imported at once, the counts are their sums and ``parts`` holds one result per sheet.
    """

    file_name: str
    sheet: str | None
    year: int
    group: str
    batch: int | None
    read: int
    imported: int
    duplicates: int
    rejected: int
    warnings: int
    flagged: int
    # row, column, value, reason, kind, name (and sheet, with several sheets); private so that no view or
    # command depends on pandas: they read problem_rows() and problem_count
    _problems: pd.DataFrame = field(repr=False)
    file_hash: str = ""  # SHA-256 of the file as it was checked
    skipped: int = 0  # total lines, signature blocks, end-of-file marks: not people, not read
    sheets: list[SheetInfo] = field(default_factory=list)
    unmapped: list[UnmappedColumn] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    mapping: dict[str, str] = field(default_factory=dict)  # field -> header it was read from
    mapped_columns: dict[str, str] = field(default_factory=dict)  # field -> its column letter
    unit_code: str | None = None  # the OPD every row belongs to (from --unit or the sheet's name)
    # the problem rows as written, by row number: read through original_headers() and original_rows()
    _originals: pd.DataFrame = field(default_factory=pd.DataFrame, repr=False)
    parts: list[PopulationImportResult] = field(default_factory=list)
    problems_report: str | None = None  # where the problems report was written
    dry_run: bool = True  # nothing stored (a preview); the service sets it False once the import is stored

    @property
    def batches(self) -> list[int]:
        """The batch of each sheet stored (one, or one per sheet with several)."""
        found = [part.batch for part in self.parts] if self.parts else [self.batch]
        return [batch for batch in found if batch is not None]

    def original_headers(self) -> list[str]:
        """The file's headers whose cells the problems report repeats beside each problem."""
        return [str(header) for header in self._originals.columns]

    def original_rows(self) -> dict[int, dict[str, object]]:
        """The problem rows as the file has them: row number -> header -> cell."""
        frame = self._originals
        if not len(frame):
            return {}
        return {int(number): {str(header): value for header, value in zip(frame.columns, values, strict=True)}
                for number, values in zip(frame.index, frame.to_numpy().tolist(), strict=True)}

    @property
    def problem_count(self) -> int:
        """How many problems (rows may have several) the import found."""
        return len(self._problems)

    def iter_problems(self) -> Iterator[PopulationProblem]:
        """Every problem in row order, one at a time (a report of a million problems stays within memory)."""
        frame = self._problems
        sheets = frame["sheet"] if "sheet" in frame.columns else [None] * len(frame)
        for row, column, value, reason, kind, name, sheet in zip(
                frame["row"], frame["column"], frame["value"], frame["reason"], frame["kind"], frame["name"], sheets,
                strict=True):
            yield PopulationProblem(self.file_name, row, column, reason, value, kind, name, sheet)

    def problem_rows(self, limit: int | None = None) -> list[PopulationProblem]:
        """The first ``limit`` problems (all without one), in row order."""
        return list(islice(self.iter_problems(), limit))

    def problem_lines(self, limit: int | None = None) -> list[str]:
        """Problems as 'file, baris N, kolom X: reason' lines, in row order."""
        lines = []
        for problem in self.problem_rows(limit):
            sheet = problem.sheet or self.sheet
            where = f"{self.file_name} (lembar '{sheet}')" if sheet else self.file_name
            lines.append(f"{where}, baris {problem.row}, kolom {problem.column}: [{problem.kind}] {problem.message}")
        return lines


def combined(parts: list[PopulationImportResult]) -> PopulationImportResult:
    """One result for several sheets of one file: counts summed, problems together, each sheet kept in parts."""
    first = parts[0]
    if len(parts) == 1:
        return first
    problems = pd.concat([part._problems.assign(sheet=part.sheet) for part in parts], ignore_index=True)
    notes = list(dict.fromkeys(note for part in parts for note in part.notes))
    total = PopulationImportResult(
        file_name=first.file_name, sheet=None, year=first.year, group=first.group, batch=None,
        read=sum(p.read for p in parts), imported=sum(p.imported for p in parts),
        duplicates=sum(p.duplicates for p in parts), rejected=sum(p.rejected for p in parts),
        warnings=sum(p.warnings for p in parts), flagged=sum(p.flagged for p in parts), _problems=problems,
        file_hash=first.file_hash, skipped=sum(p.skipped for p in parts), sheets=first.sheets,
        unmapped=[column for part in parts for column in part.unmapped], notes=notes, mapping=first.mapping,
        mapped_columns=first.mapped_columns,
        parts=parts, dry_run=all(p.dry_run for p in parts))
    return total
