"""An OPD's progress over time, and the list of stored snapshots (look at one, remove a mistaken one)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select

from spi_desktop.db.models import ProgressCount, ProgressSnapshot, Unit
from spi_desktop.db.session import Database
from spi_desktop.domain.errors import InputError, NotFoundError
from spi_desktop.domain.formatting import format_date
from spi_desktop.domain.roles import Permission
from spi_desktop.services import audit
from spi_desktop.services.access import require
from spi_desktop.services.progress_targets import active_unit_ids, effective_targets

_COUNTS = (func.count(ProgressCount.id), func.coalesce(func.sum(ProgressCount.completed), 0))


@dataclass(frozen=True)
class HistoryPoint:
    """One OPD × group's counts on one snapshot date."""

    date: dt.date
    invited: int | None
    started: int | None
    completed: int


def unit_history(database: Database, year: int, code: str) -> tuple[dict[str, int], dict[str, list[HistoryPoint]]]:
    """An OPD's (or, with code '', the institution's) targets and dated counts per group, oldest first;
    when a day has two snapshots the later one counts."""
    with database.Session() as session:
        unit_id = session.scalar(select(Unit.id).where(Unit.code == code.upper())) if code else None
        if code and unit_id is None:
            raise InputError(f"OPD dengan kode {code} tidak ada")
        targets = {group: target.sample for (uid, group), target in effective_targets(session, year).items()
                   if uid == unit_id}
        query = (select(ProgressSnapshot.snapshot_date, ProgressSnapshot.id, ProgressCount.group,
                        ProgressCount.invited, ProgressCount.started, ProgressCount.completed)
                 .join(ProgressCount, ProgressCount.snapshot_id == ProgressSnapshot.id)
                 .where(ProgressSnapshot.year == year,
                        ProgressCount.unit_id.is_(None) if unit_id is None else ProgressCount.unit_id == unit_id)
                 .order_by(ProgressSnapshot.snapshot_date, ProgressSnapshot.id))
        per_day: dict[str, dict[dt.date, HistoryPoint]] = defaultdict(dict)
        for day, _id, group, invited, started, completed in session.execute(query):
            per_day[group][day] = HistoryPoint(day, invited, started, completed)
    return targets, {group: list(days.values()) for group, days in per_day.items()}


@dataclass(frozen=True)
class SnapshotInfo:
    """A stored snapshot, for the list where one can be looked at or removed."""

    id: int
    date: dt.date
    source: str
    imported_by: str
    imported_at: dt.datetime
    rows: int
    completed: int


def list_snapshots(database: Database, year: int) -> list[SnapshotInfo]:
    """The year's snapshots, newest first."""
    with database.Session() as session:
        query = (select(ProgressSnapshot, *_COUNTS)
                 .outerjoin(ProgressCount, ProgressCount.snapshot_id == ProgressSnapshot.id)
                 .where(ProgressSnapshot.year == year).group_by(ProgressSnapshot.id)
                 .order_by(ProgressSnapshot.snapshot_date.desc(), ProgressSnapshot.id.desc()))
        return [SnapshotInfo(s.id, s.snapshot_date, s.source, s.imported_by, s.imported_at, int(rows), int(done))
                for s, rows, done in session.execute(query)]


def delete_snapshot(database: Database, snapshot_id: int) -> SnapshotInfo:
    """Remove one snapshot and its counts (an import made by mistake); returns what was removed. Needs the
    Edit permission; the audit line keeps what was removed."""
    actor = require(database, Permission.EDIT)
    with database.Session() as session, session.begin():
        snapshot = session.get(ProgressSnapshot, snapshot_id)
        if snapshot is None:
            raise NotFoundError(f"Data kemajuan {snapshot_id} tidak ada")
        rows, done = session.execute(select(*_COUNTS).where(ProgressCount.snapshot_id == snapshot_id)).one()
        info = SnapshotInfo(snapshot.id, snapshot.snapshot_date, snapshot.source, snapshot.imported_by,
                            snapshot.imported_at, int(rows), int(done))
        session.delete(snapshot)
        audit.record(session, actor, "delete", "kemajuan",
                     f"Hapus data kemajuan {snapshot.year} tanggal {format_date(info.date)} ({info.source})",
                     old={"year": snapshot.year, "date": info.date, "source": info.source,
                          "imported_by": info.imported_by, "imported_at": info.imported_at, "rows": info.rows,
                          "completed": info.completed}, snapshot=snapshot_id)
    return info


@dataclass(frozen=True)
class EntryLine:
    """One line of the typing grid: an OPD (or the institution) and its latest counts on or before a date."""

    code: str  # '' for the institution (expert group)
    name: str
    invited: int | None
    started: int | None
    completed: int | None


def entry_lines(database: Database, year: int, group: str, on_or_before: dt.date) -> list[EntryLine]:
    """The OPD taking part in ``year`` (the institution alone for experts) with their latest counts for
    ``group`` up to ``on_or_before``, so a typed day starts from what was known then."""
    with database.Session() as session:
        active = active_unit_ids(session, year)
        names: dict[str, str] = {code: name for code, name in session.execute(select(Unit.code, Unit.name))}
        query = (select(ProgressCount.unit_id, ProgressCount.invited, ProgressCount.started, ProgressCount.completed)
                 .join(ProgressSnapshot, ProgressSnapshot.id == ProgressCount.snapshot_id)
                 .where(ProgressSnapshot.year == year, ProgressSnapshot.snapshot_date <= on_or_before,
                        ProgressCount.group == group)
                 .order_by(ProgressSnapshot.snapshot_date, ProgressSnapshot.id))
        latest = {unit_id: (invited, started, completed)
                  for unit_id, invited, started, completed in session.execute(query)}
    lines: list[tuple[str, str, int | None]]
    if group == "expert":
        lines = [("", "Instansi (eksper)", None)]
    else:
        lines = [(code, names[code], unit_id) for code, unit_id in sorted(active.items())]
    return [EntryLine(code, name, *latest.get(unit_id, (None, None, None))) for code, name, unit_id in lines]
