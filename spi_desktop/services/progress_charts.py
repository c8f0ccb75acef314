"""What the progress charts draw for one year: attainment per OPD, the institution over time, the OPD furthest behind.

One read for the charts page, so the page only draws; the attainment maths stays in domain/progress.py.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass

from spi_desktop.db.session import Database
from spi_desktop.domain.lagging import LaggingRow
from spi_desktop.domain.progress import Thresholds, combined_attainment, traffic_light
from spi_desktop.domain.unit_record import UnitRecord
from spi_desktop.services.progress import progress_matrix
from spi_desktop.services.progress_chasing import lagging_report
from spi_desktop.services.progress_history import unit_history
from spi_desktop.services.progress_series import InstitutionSeries, institution_series
from spi_desktop.services.progress_targets import OPD_GROUPS
from spi_desktop.services.units import list_units

LONGEST_LABEL = 28  # characters of an OPD's bar label


@dataclass(frozen=True)
class OpdAttainment:
    """One OPD's completed answers against its target over its groups, with the traffic light."""

    label: str
    completed: int
    target: int
    attainment: float
    light: str | None


@dataclass(frozen=True)
class ChartData:
    """Everything the three charts draw, read in one background job."""

    year: int
    as_of: dt.date | None
    opds: list[OpdAttainment]
    thresholds: Thresholds
    institution: InstitutionSeries
    lagging: LaggingRow | None
    lagging_targets: dict[str, int]
    lagging_series: dict[str, list[tuple[dt.date, int]]]


def bar_labels(units: dict[str, UnitRecord]) -> dict[str, str]:
    """Short bar labels: the short name (else the name, cut), with the code when two would read the same."""
    labels = {}
    for code, unit in units.items():
        label = unit.short_name or unit.name
        labels[code] = label if len(label) <= LONGEST_LABEL else label[:LONGEST_LABEL - 1] + "…"
    seen = Counter(labels.values())
    return {code: label if seen[label] == 1 else f"{label} ({code})" for code, label in labels.items()}


def chart_data(database: Database, year: int) -> ChartData:
    """The charts' data for ``year``: OPD attainment, the institution's series and the furthest-behind OPD."""
    report = lagging_report(database, year)
    as_of, matrix = progress_matrix(database, year, thresholds=report.thresholds)
    units = {u.code: u.record for u in list_units(database, year=year, active_only=True)}
    pairs: dict[str, list[tuple[int, int | None]]] = defaultdict(list)
    for row in matrix:
        if row.code in units and row.group in OPD_GROUPS:
            pairs[row.code].append((row.completed, row.target))
    labels = bar_labels(units)
    opds = []
    for code, counts in pairs.items():
        value = combined_attainment(counts)
        if value is not None:
            opds.append(OpdAttainment(labels[code], sum(c for c, _ in counts), sum(t or 0 for _, t in counts), value,
                                      traffic_light(value, report.thresholds)))
    worst = report.rows[0] if report.rows else None
    targets: dict[str, int] = {}
    series: dict[str, list[tuple[dt.date, int]]] = {}
    if worst is not None:
        targets, history = unit_history(database, year, worst.code)
        series = {group: [(p.date, p.completed) for p in points] for group, points in history.items()}
    return ChartData(year, as_of, opds, report.thresholds, institution_series(database, year), worst, targets, series)
