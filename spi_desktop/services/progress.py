"""Response monitoring: sample targets, dated progress snapshots, and the OPD × group matrix.

Snapshots are kept: a second import for the same date is refused until the user chooses to replace
the earlier one or keep both. Partial answers are stored but never count as completed.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from spi_desktop.db.models import ProgressCount, ProgressSnapshot, Unit
from spi_desktop.db.session import Database
from spi_desktop.domain.errors import InputError
from spi_desktop.domain.formatting import format_date
from spi_desktop.domain.institution import is_institution_code
from spi_desktop.domain.problems import RowProblem
from spi_desktop.domain.progress import (
    DEFAULT_THRESHOLDS,
    ProgressRow,
    Thresholds,
    attainment,
    dropped,
    projected_completed,
    response_rate,
    traffic_light,
)
from spi_desktop.domain.roles import Actor, Permission
from spi_desktop.importers.columns import ColumnSpec
from spi_desktop.importers.progress import PROGRESS_COLUMNS, ParsedProgress, inspect_progress_file, parse_progress_file
from spi_desktop.importers.progress import ProgressInspection as ProgressInspection  # re-exported for the dialog
from spi_desktop.services import audit
from spi_desktop.services.access import require
from spi_desktop.services.demo_guard import refuse_demo_file
from spi_desktop.services.population_submissions import submission_statuses
from spi_desktop.services.preferences import get_thresholds
from spi_desktop.services.progress_targets import INSTITUTION, Target, active_unit_ids, effective_targets
from spi_desktop.services.years import get_year

OnExisting = Literal["ask", "replace", "keep"]


@dataclass
class ProgressImportResult:
    """What a progress import stored; ``as_dict`` is the CLI's JSON contract."""

    date: dt.date
    read: int = 0
    imported: int = 0
    rejected: int = 0
    warnings: list[str] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)


def _unit_ids(session: Session) -> dict[str, int]:
    return {code: unit_id for code, unit_id in session.execute(select(Unit.code, Unit.id))}


def import_progress(database: Database, path: Path, year: int, date: dt.date | None = None,
                    on_existing: OnExisting = "ask", sheet: str | None = None,
                    mapping: Mapping[str, str] | None = None, group: str | None = None) -> ProgressImportResult:
    """Store one dated snapshot from a file, in one transaction; bad rows are refused with reasons.
    ``mapping`` and ``group`` fix a vendor's layout (see ``parse_progress_file``). Needs the Import
    permission; writes one audit line."""
    actor = require(database, Permission.IMPORT)
    date = date or dt.date.today()
    refuse_demo_file(database, path)
    _check_in_window(database, year, date)
    parsed = parse_progress_file(path, sheet, mapping, group)
    return _store(database, actor, year, date, parsed, on_existing)


def progress_columns() -> tuple[ColumnSpec, ...]:
    """The columns a progress file may have (key, label, the headers recognised, whether required)."""
    return PROGRESS_COLUMNS


def inspect_progress(path: Path, sheet: str | None = None,
                     mapping: Mapping[str, str] | None = None) -> ProgressInspection:
    """Sheets, header row and column mapping of a progress file (for the import dialog)."""
    return inspect_progress_file(path, sheet, mapping)


def preview_progress(database: Database, path: Path, year: int, date: dt.date, sheet: str | None = None,
                     mapping: Mapping[str, str] | None = None, group: str | None = None) -> ProgressImportResult:
    """Every check an import makes (file and database), storing nothing: the dialog's 'Periksa'. Part of an
    import, so it needs the Import permission too."""
    actor = require(database, Permission.IMPORT)
    _check_in_window(database, year, date)
    return _store(database, actor, year, date, parse_progress_file(path, sheet, mapping, group), "keep",
                  dry_run=True)


def record_progress(database: Database, year: int, date: dt.date, rows: list[ProgressRow],
                    on_existing: OnExisting = "ask", source: str = "diketik") -> ProgressImportResult:
    """Store counts typed in by hand as one dated snapshot (same checks as a file; Import permission)."""
    actor = require(database, Permission.IMPORT)
    _check_in_window(database, year, date)
    parsed = ParsedProgress(source, read=len(rows))
    for row in rows:
        if row.invited is not None and row.completed > row.invited:
            parsed.problems.append(RowProblem(source, row.row, "Selesai",
                                              f"Selesai ({row.completed}) lebih besar dari diundang ({row.invited})"))
        else:
            parsed.rows.append(row)
    return _store(database, actor, year, date, parsed, on_existing)


def _check_in_window(database: Database, year: int, date: dt.date) -> None:
    settings = get_year(database, year)
    if settings.window_start and settings.window_end and not settings.window_start <= date <= settings.window_end:
        raise InputError(f"Tanggal {format_date(date)} di luar masa survei {year} "
                         f"({format_date(settings.window_start)} s.d. {format_date(settings.window_end)})")


def snapshot_exists(database: Database, year: int, date: dt.date) -> bool:
    """Whether a snapshot for ``date`` is stored already (the GUI asks replace or keep both first)."""
    with database.Session() as session:
        return (session.scalar(select(func.count()).select_from(ProgressSnapshot).where(
            ProgressSnapshot.year == year, ProgressSnapshot.snapshot_date == date)) or 0) > 0


def _store(database: Database, actor: Actor, year: int, date: dt.date, parsed: ParsedProgress,
           on_existing: OnExisting, dry_run: bool = False) -> ProgressImportResult:
    """Check every row against the database first; only then (and only when rows survive) replace or add."""
    result = ProgressImportResult(date=date, read=parsed.read, problems=list(parsed.problems))
    with database.Session() as session, session.begin():
        active = active_unit_ids(session, year)
        known = _unit_ids(session)
        targets = effective_targets(session, year)
        previous = _latest_counts(session, year, before=date)
        accepted: list[tuple[int | None, ProgressRow]] = []
        seen: dict[tuple[int | None, str], int] = {}
        for row in parsed.rows:
            problem, unit_id = _row_problem(row, year, active, known, targets, seen)
            if problem:
                result.problems.append(RowProblem(parsed.file_name, row.row, problem[0], problem[1]))
                continue
            seen[(unit_id, row.group)] = row.row
            if dropped(previous.get((unit_id, row.group)), row.completed):
                result.warnings.append(f"{parsed.file_name}, baris {row.row}: jumlah selesai {row.unit or 'instansi'} "
                                       f"{row.group} turun dari {previous[(unit_id, row.group)]} ke {row.completed}")
            accepted.append((unit_id, row))
        result.rejected = len({p.row for p in result.problems})
        result.imported = len(accepted)
        if dry_run:
            return result
        if not accepted:
            raise InputError("Tidak ada baris yang dapat disimpan; tidak ada yang diubah.\n- "
                             + "\n- ".join(str(p) for p in result.problems[:10]))
        existing = list(session.scalars(select(ProgressSnapshot.id).where(ProgressSnapshot.year == year,
                                                                         ProgressSnapshot.snapshot_date == date)))
        if existing and on_existing == "ask":
            raise InputError(f"Sudah ada data kemajuan tanggal {format_date(date)}; pilih ganti (--replace) "
                             "atau simpan keduanya (--keep-both). Tidak ada yang diubah.")
        if existing and on_existing == "replace":
            session.execute(delete(ProgressSnapshot).where(ProgressSnapshot.id.in_(existing)))
        snapshot = ProgressSnapshot(year=year, snapshot_date=date, source=parsed.file_name, imported_by=actor.name)
        session.add(snapshot)
        session.flush()
        session.add_all(ProgressCount(snapshot_id=snapshot.id, unit_id=unit_id, group=row.group, invited=row.invited,
                                      started=row.started, completed=row.completed) for unit_id, row in accepted)
        replaced = len(existing) if on_existing == "replace" else 0
        summary = (f"Impor kemajuan {year} tanggal {format_date(date)}: {result.imported} baris, "
                   f"sumber {parsed.file_name}")
        audit.record(session, actor, "import", "kemajuan",
                     summary + (f" (mengganti {replaced} data tanggal itu)" if replaced else ""),
                     year=year, date=date, source=parsed.file_name, snapshot=snapshot.id, read=result.read,
                     imported=result.imported, rejected=result.rejected, replaced=replaced,
                     completed=sum(row.completed for _unit, row in accepted))
    return result


def _row_problem(row: ProgressRow, year: int, active: dict[str, int], known: dict[str, int],
                 targets: dict[tuple[int | None, str], Target],
                 seen: dict[tuple[int | None, str], int]) -> tuple[tuple[str, str] | None, int | None]:
    """(column, reason) when the row cannot be stored, and the row's unit id (None: the institution)."""
    institution = is_institution_code(row.unit)
    if row.group == "expert" and not institution:
        return ("Kode", "Kelompok eksper dihitung untuk instansi; kosongkan kode atau tulis INSTANSI"), None
    if institution and row.group != "expert":
        return ("Kode", f"Kode OPD kosong untuk kelompok {row.group}"), None
    unit_id = None if institution else active.get(row.unit)
    if not institution and unit_id is None:
        reason = f"OPD '{row.unit}' tidak ikut SPI {year}" if row.unit in known else f"OPD '{row.unit}' tidak dikenal"
        return ("Kode", reason), None
    if (unit_id, row.group) in seen:
        first = seen[(unit_id, row.group)]
        return ("Kode", f"{row.unit or 'Instansi'} {row.group} sudah ada di baris {first}"), unit_id
    target = targets.get((unit_id, row.group))
    population = target.population if target else None
    if population is not None and (row.completed > population or (row.invited or 0) > population):
        return ("Selesai", f"Jumlah lebih besar dari populasi yang dikirim ({population})"), unit_id
    return None, unit_id


def _latest_counts(session: Session, year: int, before: dt.date) -> dict[tuple[int | None, str], int]:
    latest: dict[tuple[int | None, str], tuple[dt.date, int, int]] = {}
    query = (select(ProgressSnapshot.snapshot_date, ProgressSnapshot.id, ProgressCount.unit_id, ProgressCount.group,
                    ProgressCount.completed).join(ProgressCount, ProgressCount.snapshot_id == ProgressSnapshot.id)
             .where(ProgressSnapshot.year == year, ProgressSnapshot.snapshot_date < before))
    for day, snapshot_id, unit_id, group, completed in session.execute(query):
        key = (unit_id, group)
        if key not in latest or (day, snapshot_id) > latest[key][:2]:
            latest[key] = (day, snapshot_id, completed)
    return {key: value[2] for key, value in latest.items()}


@dataclass(frozen=True)
class MatrixRow:
    """One OPD (or the institution) × group on the home screen."""

    code: str
    name: str
    group: str
    target: int | None
    invited: int | None
    completed: int
    attainment: float | None
    response_rate: float | None
    light: str | None
    sufficient: bool
    projected: int | None
    projected_attainment: float | None
    list_status: str | None = None  # the population list's status (services/population_submissions.py)


def institution_total(rows: list[MatrixRow]) -> tuple[int, int]:
    """(completed, target) over the rows that have a target: answers of a group without a target do not
    raise the institution's attainment."""
    counted = [row for row in rows if row.target]
    return sum(row.completed for row in counted), sum(row.target or 0 for row in counted)


def compute_matrix(targets: dict[tuple[str, str], int], names: dict[str, str],
                   series: dict[tuple[str, str], list[tuple[dt.date, int, int | None]]],
                   window_end: dt.date | None, thresholds: Thresholds = DEFAULT_THRESHOLDS,
                   list_statuses: Mapping[tuple[str, str], str] | None = None) -> list[MatrixRow]:
    """The matrix from plain data (pure, so it can be timed and tested): per (code, group) the target and
    the (date, completed, invited) series of its snapshots."""
    list_statuses = list_statuses or {}
    rows = []
    for key in sorted(set(targets) | set(series)):
        code, group = key
        points = sorted(series.get(key, []))
        completed = points[-1][1] if points else 0
        invited = points[-1][2] if points else None
        target = targets.get(key)
        value = attainment(completed, target)
        projected = projected_completed([(d, c) for d, c, _ in points], window_end)
        rows.append(MatrixRow(code, names.get(code, "Instansi"), group, target, invited, completed, value,
                              response_rate(completed, invited), traffic_light(value, thresholds),
                              bool(target) and completed >= (target or 0), projected,
                              attainment(projected, target) if projected is not None else None,
                              list_statuses.get(key)))
    return rows


def progress_matrix(database: Database, year: int, as_of: dt.date | None = None,
                    thresholds: Thresholds | None = None) -> tuple[dt.date | None, list[MatrixRow]]:
    """The home screen's matrix as of a date (default: the latest snapshot), with the workspace's
    traffic-light thresholds unless given, and each OPD list's submission status."""
    settings = get_year(database, year)
    thresholds = thresholds or get_thresholds(database)
    statuses = {(s.unit_code, s.group): s.status for s in submission_statuses(database, year)}
    with database.Session() as session:
        codes = {unit_id: code for code, unit_id in active_unit_ids(session, year).items()}
        names = {code: name for code, name in session.execute(select(Unit.code, Unit.name))}
        targets = {(codes.get(unit_id, INSTITUTION) if unit_id else INSTITUTION, group): target.sample
                   for (unit_id, group), target in effective_targets(session, year).items()}
        query = (select(ProgressSnapshot.snapshot_date, ProgressSnapshot.id, ProgressCount.unit_id,
                        ProgressCount.group, ProgressCount.completed, ProgressCount.invited)
                 .join(ProgressCount, ProgressCount.snapshot_id == ProgressSnapshot.id)
                 .where(ProgressSnapshot.year == year))
        if as_of is not None:
            query = query.where(ProgressSnapshot.snapshot_date <= as_of)
        per_day: dict[tuple[str, str], dict[dt.date, tuple[int, int, int | None]]] = defaultdict(dict)
        for day, snapshot_id, unit_id, group, completed, invited in session.execute(query):
            if unit_id is not None and unit_id not in codes:
                continue  # an OPD marked out of this year's survey
            key = (codes[unit_id] if unit_id else INSTITUTION, group)
            if day not in per_day[key] or snapshot_id > per_day[key][day][0]:  # the later snapshot of a day wins
                per_day[key][day] = (snapshot_id, completed, invited)
    series = {key: [(day, c, i) for day, (_, c, i) in days.items()] for key, days in per_day.items()}
    latest = max((day for days in per_day.values() for day in days), default=None)
    return latest, compute_matrix(targets, names, series, settings.window_end, thresholds, statuses)

