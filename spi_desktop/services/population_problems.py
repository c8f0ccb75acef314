"""The problems report of a population import: what to send back to the OPD so they can fix their file.

One line per problem with the row number, the person's name, the column, the value, the reason and its kind,
followed by the row's original cells under the file's own headers; a second sheet says what was read (sheet,
columns used and not used, the reader's warnings). Written whole or not at all, under the demo mark in a demo
workspace; every cell inert (``domain.inert``).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from spi_desktop.db.session import Database
from spi_desktop.domain.demo_mark import DEMO_MARK
from spi_desktop.domain.errors import InputError
from spi_desktop.domain.formatting import format_int
from spi_desktop.domain.inert import inert_text
from spi_desktop.domain.roles import Permission
from spi_desktop.importers.population_frame import FIELD_LABELS
from spi_desktop.reports.sheets import TableSheet, write_sheets
from spi_desktop.services import audit
from spi_desktop.services.access import require
from spi_desktop.services.population_result import PopulationImportResult

KIND_WORDS = {"ditolak": "Ditolak", "duplikat": "Duplikat", "peringatan": "Peringatan", "dilewati": "Dilewati"}


def report_name(file_name: str) -> str:
    """The report's file name for a source file: masalah-<file>.xlsx."""
    return f"masalah-{Path(file_name).stem}.xlsx"


def _lines(result: PopulationImportResult) -> tuple[list[str], Iterator[list[Any]]]:
    parts = result.parts or [result]
    several = len(parts) > 1
    original_headers: list[str] = list(dict.fromkeys(h for part in parts for h in part.original_headers()))
    head = ["Baris", *(["Lembar"] if several else []), "Nama", "Kolom", "Nilai", "Alasan", "Jenis",
            *(inert_text(header) for header in original_headers)]
    return head, _rows(parts, several, original_headers)


def _rows(parts: list[PopulationImportResult], several: bool, original_headers: list[str]) -> Iterator[list[Any]]:
    """The report's lines, one problem each, produced as they are written."""
    for part in parts:
        rows_by_number = part.original_rows()
        for problem in part.iter_problems():
            cells: list[Any] = [int(problem.row), *([inert_text(part.sheet or "")] if several else []),
                                inert_text(problem.name), inert_text(problem.column), inert_text(problem.value),
                                inert_text(problem.message), KIND_WORDS.get(problem.kind, problem.kind)]
            if problem.row in rows_by_number:
                source = rows_by_number[problem.row]
                cells += [inert_text(source.get(header, "")) for header in original_headers]
            yield cells


WIDTHS = {"Baris": 7, "Lembar": 14, "Nama": 28, "Kolom": 16, "Nilai": 22, "Alasan": 60, "Jenis": 11}


def write_problems_report(result: PopulationImportResult, out: Path, demo: bool = False) -> int:
    """Write the report to ``out`` (.xlsx, whole or not at all); returns how many problems it lists. Written
    row by row, so a report of a million problems stays within memory."""
    if not out.parent.is_dir():
        raise InputError(f"{out} tidak dapat ditulis: folder {out.parent} tidak ada")
    head, lines = _lines(result)
    problems = TableSheet("Masalah", head, lines, widths=[WIDTHS.get(title, 18) for title in head], bold_header=True,
                          wrapped=[head.index("Nilai"), head.index("Alasan")], printed=head.index("Jenis") + 1)
    summary = TableSheet("Ringkasan", (), ([label, inert_text(value)] for label, value in _summary(result)),
                         widths=(28, 90), wrapped=[1])
    return write_sheets(out, [problems, summary], mark=DEMO_MARK if demo else None)[0]


def _summary(result: PopulationImportResult) -> list[tuple[str, str]]:
    rows = [("Berkas", result.file_name), ("Lembar dibaca", ", ".join(
        p.sheet or "" for p in result.parts) if result.parts else (result.sheet or "–")),
        ("Dibaca", format_int(result.read)), ("Diimpor", format_int(result.imported)),
        ("Duplikat", format_int(result.duplicates)), ("Ditolak", format_int(result.rejected)),
        ("Dengan peringatan", format_int(result.warnings)), ("Dilewati (bukan responden)", format_int(result.skipped))]
    rows += [(f"Kolom {FIELD_LABELS.get(key, key)}", header) for key, header in result.mapping.items()]
    rows += [("Kolom tidak dipakai", f"{c.letter} ({c.header or 'tanpa judul'}), {c.filled} sel") for c in
             result.unmapped]
    rows += [("Catatan", note) for note in result.notes]
    return rows


def export_problems(result: PopulationImportResult, out: Path, demo: bool = False,
                    database: Database | None = None) -> int:
    """The problems report of an import already checked (the wizard's button). Its values are the file's own,
    personal ones included: with ``database`` the Export right is checked and the export logged."""
    actor = require(database, Permission.EXPORT) if database is not None else None
    count = write_problems_report(result, out, demo)
    if database is not None and actor is not None:
        audit.record_now(database, actor, "export", "populasi", f"Laporan masalah impor ditulis ke {out.name}: "
                         f"{format_int(count)} baris", file=out.name, rows=count)
    return count
