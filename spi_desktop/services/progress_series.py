"""The institution's completed answers over time per group, for the monitoring charts.

Each OPD × group counts with its latest snapshot of a day (as on Beranda); a day on which an OPD was
not reported keeps its last known count, so a snapshot covering only a few OPD does not make the
institution's total drop.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select

from spi_desktop.db.models import ProgressCount, ProgressSnapshot
from spi_desktop.db.session import Database
from spi_desktop.services.progress_targets import GROUPS, effective_targets

Point = tuple[dt.date, int]


@dataclass(frozen=True)
class InstitutionSeries:
    """Targets summed per group, and the dated completed totals per group (oldest first)."""

    as_of: dt.date | None
    targets: dict[str, int]
    series: dict[str, list[Point]]


def carried_totals(rows: Iterable[tuple[dt.date, int | None, str, int]]) -> dict[str, list[Point]]:
    """Per group, the total completed on every reported date from (date, unit id, group, completed) rows
    holding one count per date × unit × group; a unit missing on a date keeps its last known count."""
    per_group: dict[str, dict[dt.date, list[tuple[int | None, int]]]] = defaultdict(lambda: defaultdict(list))
    for day, unit_id, group, completed in rows:
        per_group[group][day].append((unit_id, completed))
    totals: dict[str, list[Point]] = {}
    for group, days in per_group.items():
        current: dict[int | None, int] = {}
        total, points = 0, []
        for day in sorted(days):
            for unit_id, completed in days[day]:
                total += completed - current.get(unit_id, 0)
                current[unit_id] = completed
            points.append((day, total))
        totals[group] = points
    return totals


def institution_series(database: Database, year: int) -> InstitutionSeries:
    """The institution as a whole: every OPD's (and the institution's own) counts summed per group and day."""
    with database.Session() as session:
        targets: dict[str, int] = {group: 0 for group in GROUPS}
        for (_unit_id, group), target in effective_targets(session, year).items():
            targets[group] = targets.get(group, 0) + target.sample
        latest = (select(ProgressSnapshot.snapshot_date.label("day"), ProgressCount.unit_id.label("unit_id"),
                         ProgressCount.group.label("grp"), func.max(ProgressSnapshot.id).label("snapshot_id"))
                  .join(ProgressCount, ProgressCount.snapshot_id == ProgressSnapshot.id)
                  .where(ProgressSnapshot.year == year)
                  .group_by(ProgressSnapshot.snapshot_date, ProgressCount.unit_id, ProgressCount.group)
                  .subquery())
        query = (select(latest.c.day, ProgressCount.unit_id, ProgressCount.group, ProgressCount.completed)
                 .join(ProgressCount, (ProgressCount.snapshot_id == latest.c.snapshot_id)
                       & (ProgressCount.group == latest.c.grp)
                       & ((ProgressCount.unit_id == latest.c.unit_id)
                          | (ProgressCount.unit_id.is_(None) & latest.c.unit_id.is_(None)))))
        rows = [(day, unit_id, group, completed) for day, unit_id, group, completed in session.execute(query)]
    series = carried_totals(rows)
    as_of = max((points[-1][0] for points in series.values() if points), default=None)
    return InstitutionSeries(as_of, {group: value for group, value in targets.items() if value}, series)
