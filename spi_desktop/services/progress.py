"""Response monitoring: sample targets, dated progress snapshots, and the OPD × group matrix.

Snapshots are kept: a second import for the same date is refused until the user chooses to replace
the earlier one or keep both. Partial answers are stored but never count as completed.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from spi_desktop.db.models import PopulationRecord, ProgressCount, ProgressSnapshot, ResponseTarget, Unit
from spi_desktop.db.session import Database
from spi_desktop.domain.errors import InputError
from spi_desktop.domain.problems import RowProblem
from spi_desktop.domain.progress import (
    DEFAULT_THRESHOLDS,
    Thresholds,
    attainment,
    dropped,
    projected_completed,
    response_rate,
    traffic_light,
)
from spi_desktop.importers.progress import parse_progress_file
from spi_desktop.services.identity import current_user
from spi_desktop.services.years import get_year, get_year_in

GROUPS = ("internal", "external", "expert")
INSTITUTION = ""  # the unit code of institution-level rows (the expert group)
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

    def as_dict(self) -> dict[str, Any]:
        return {"read": self.read, "imported": self.imported, "rejected": self.rejected,
                "date": self.date.isoformat(), "warnings": self.warnings,
                "errors": [p.as_dict() for p in self.problems]}


def _unit_ids(session: Session) -> dict[str, int]:
    return {code: unit_id for code, unit_id in session.execute(select(Unit.code, Unit.id))}


@dataclass(frozen=True)
class Target:
    """A sample target and, when known, the population it was drawn from."""

    sample: int
    population: int | None


def effective_targets(session: Session, year: int) -> dict[tuple[int | None, str], Target]:
    """Targets per (unit id, group): the stored ones (typed, imported), else derived now from the eligible
    population and the year's rule, max(minimum, ⌈fraction × population⌉), never above the population.
    Defaults are not stored, so they follow the lists as more arrive."""
    rule = get_year_in(session, year).sample_targets
    targets: dict[tuple[int | None, str], Target] = {}
    counts = session.execute(select(PopulationRecord.unit_id, PopulationRecord.group, func.count())
                             .where(PopulationRecord.year == year, PopulationRecord.flagged.is_(False))
                             .group_by(PopulationRecord.unit_id, PopulationRecord.group))
    populations: dict[tuple[int | None, str], int] = defaultdict(int)
    for unit_id, group, population in counts:  # the expert list belongs to the institution as a whole
        populations[(None if group == "expert" else unit_id, group)] += population
    for (unit_id, group), population in populations.items():
        group_rule = rule.get(group, {})
        share = math.ceil(float(group_rule.get("fraction", 1)) * population)
        wanted = max(int(group_rule.get("minimum", 0)), share)
        targets[(unit_id, group)] = Target(min(wanted, population), population)
    for stored in session.scalars(select(ResponseTarget).where(ResponseTarget.year == year)):
        targets[(stored.unit_id, stored.group)] = Target(stored.sample_target, stored.population_sent)
    return targets


def set_target(database: Database, year: int, unit_code: str, group: str, sample_target: int,
               population_sent: int | None = None, invitations_sent: int | None = None) -> None:
    """Set (or replace) one target; ``unit_code`` '' means the institution (expert group)."""
    if group not in GROUPS:
        raise InputError(f"Kelompok '{group}' tidak dikenal; pilih {', '.join(GROUPS)}")
    if sample_target < 0 or (population_sent is not None and sample_target > population_sent):
        raise InputError("Target sampel harus ≥ 0 dan tidak lebih besar dari populasi yang dikirim")
    with database.Session() as session, session.begin():
        unit_id = None
        if unit_code:
            unit_id = _unit_ids(session).get(unit_code.upper())
            if unit_id is None:
                raise InputError(f"OPD dengan kode {unit_code} tidak ada")
        session.execute(delete(ResponseTarget).where(ResponseTarget.year == year, ResponseTarget.group == group,
                                                     ResponseTarget.unit_id.is_(None) if unit_id is None
                                                     else ResponseTarget.unit_id == unit_id))
        session.add(ResponseTarget(year=year, unit_id=unit_id, group=group, sample_target=sample_target,
                                   population_sent=population_sent, invitations_sent=invitations_sent))


def import_progress(database: Database, path: Path, year: int, date: dt.date | None = None,
                    on_existing: OnExisting = "ask") -> ProgressImportResult:
    """Store one dated snapshot from a file, in one transaction; bad rows are refused with reasons."""
    settings = get_year(database, year)
    date = date or dt.date.today()
    if settings.window_start and settings.window_end and not settings.window_start <= date <= settings.window_end:
        raise InputError(f"Tanggal {date:%d-%m-%Y} di luar masa survei {year} "
                         f"({settings.window_start:%d-%m-%Y} s.d. {settings.window_end:%d-%m-%Y})")
    parsed = parse_progress_file(path)
    result = ProgressImportResult(date=date, read=parsed.read, problems=list(parsed.problems))
    with database.Session() as session, session.begin():
        ids = _unit_ids(session)
        existing = list(session.scalars(select(ProgressSnapshot.id).where(ProgressSnapshot.year == year,
                                                                         ProgressSnapshot.snapshot_date == date)))
        if existing and on_existing == "ask":
            raise InputError(f"Sudah ada data kemajuan tanggal {date:%d-%m-%Y}; pilih ganti (--replace) atau simpan "
                             "keduanya (--keep-both). Tidak ada yang diubah.")
        if existing and on_existing == "replace":
            session.execute(delete(ProgressSnapshot).where(ProgressSnapshot.id.in_(existing)))
        targets = effective_targets(session, year)
        previous = _latest_counts(session, year, before=date)
        snapshot = ProgressSnapshot(year=year, snapshot_date=date, source=parsed.file_name, imported_by=current_user())
        session.add(snapshot)
        session.flush()
        for row in parsed.rows:
            unit_id = None if row.group == "expert" and row.unit in {"", "INSTANSI"} else ids.get(row.unit)
            if unit_id is None and not (row.group == "expert" and row.unit in {"", "INSTANSI"}):
                result.problems.append(RowProblem(parsed.file_name, row.row, "Kode", f"OPD '{row.unit}' tidak dikenal"))
                continue
            target = targets.get((unit_id, row.group))
            population = target.population if target else None
            if population is not None and (row.completed > population or (row.invited or 0) > population):
                result.problems.append(RowProblem(parsed.file_name, row.row, "Selesai",
                                                  f"Jumlah lebih besar dari populasi yang dikirim ({population})"))
                continue
            if dropped(previous.get((unit_id, row.group)), row.completed):
                result.warnings.append(f"{parsed.file_name}, baris {row.row}: jumlah selesai {row.unit or 'instansi'} "
                                       f"{row.group} turun dari {previous[(unit_id, row.group)]} ke {row.completed}")
            session.add(ProgressCount(snapshot_id=snapshot.id, unit_id=unit_id, group=row.group, invited=row.invited,
                                      started=row.started, completed=row.completed))
            result.imported += 1
    result.rejected = len({p.row for p in result.problems})
    return result


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


def compute_matrix(targets: dict[tuple[str, str], int], names: dict[str, str],
                   series: dict[tuple[str, str], list[tuple[dt.date, int, int | None]]],
                   window_end: dt.date | None, thresholds: Thresholds = DEFAULT_THRESHOLDS) -> list[MatrixRow]:
    """The matrix from plain data (pure, so it can be timed and tested): per (code, group) the target and
    the (date, completed, invited) series of its snapshots."""
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
                              attainment(projected, target) if projected is not None else None))
    return rows


def progress_matrix(database: Database, year: int, as_of: dt.date | None = None,
                    thresholds: Thresholds = DEFAULT_THRESHOLDS) -> tuple[dt.date | None, list[MatrixRow]]:
    """The home screen's matrix as of a date (default: the latest snapshot)."""
    settings = get_year(database, year)
    with database.Session() as session:
        codes = {unit_id: code for code, unit_id in _unit_ids(session).items()}
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
            key = (codes.get(unit_id, INSTITUTION) if unit_id else INSTITUTION, group)
            if day not in per_day[key] or snapshot_id > per_day[key][day][0]:  # the later snapshot of a day wins
                per_day[key][day] = (snapshot_id, completed, invited)
    series = {key: [(day, c, i) for day, (_, c, i) in days.items()] for key, days in per_day.items()}
    latest = max((day for days in per_day.values() for day in days), default=None)
    return latest, compute_matrix(targets, names, series, settings.window_end, thresholds)
