"""What the home screen (Beranda) shows before survey progress exists: workspace, year, OPD counts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from spi_desktop.db.session import Database
from spi_desktop.domain.bands import Band
from spi_desktop.domain.institution import INSTITUTION_CODE
from spi_desktop.services.action_plans import action_summary
from spi_desktop.services.population_submissions import submission_counts
from spi_desktop.services.results_read import results_for_year
from spi_desktop.services.units import list_units
from spi_desktop.services.workspace import get_workspace
from spi_desktop.services.years import get_year


@dataclass(frozen=True)
class WindowStatus:
    """Where today stands against the survey window."""

    phase: str  # "unknown", "before", "open", "closed"
    days: int | None  # days until it opens, days left, or days since it closed


@dataclass(frozen=True)
class HomeSummary:
    """Plain data for the home screen."""

    institution_name: str | None
    institution_code: str | None
    year: int
    window_start: dt.date | None
    window_end: dt.date | None
    window: WindowStatus
    population_deadline: dt.date | None
    national_index: float | None
    national_target: float | None
    bands: list[Band]
    units_total: int
    units_active: int
    lists: dict[str, int]  # population lists owed / received / late / validated / missing
    actions: dict[str, int] = field(default_factory=dict)  # action plans: total, per status, overdue
    official_index: float | None = None  # the institution's official index of the year, when stored
    official_band: str | None = None


def window_status(start: dt.date | None, end: dt.date | None, today: dt.date) -> WindowStatus:
    """Before, during (days left, counting today) or after the survey window."""
    if start is None or end is None:
        return WindowStatus("unknown", None)
    if today < start:
        return WindowStatus("before", (start - today).days)
    if today <= end:
        return WindowStatus("open", (end - today).days + 1)
    return WindowStatus("closed", (today - end).days)


def home_summary(database: Database, year: int, today: dt.date | None = None) -> HomeSummary:
    """Gather the home screen's figures for ``year``."""
    today = today or dt.date.today()
    workspace = get_workspace(database)
    settings = get_year(database, year)
    units = list_units(database, year=year)
    official = next(iter(results_for_year(database, year, INSTITUTION_CODE)), None)
    return HomeSummary(
        institution_name=workspace.name if workspace else None,
        institution_code=workspace.code if workspace else None,
        year=year,
        window_start=settings.window_start,
        window_end=settings.window_end,
        window=window_status(settings.window_start, settings.window_end, today),
        population_deadline=settings.population_deadline,
        national_index=settings.national_index,
        national_target=settings.national_target,
        bands=sorted(settings.bands, key=lambda b: b.lower),
        units_total=len(units),
        units_active=sum(1 for u in units if u.active),
        lists=submission_counts(database, year, today),
        actions=action_summary(database, year, today),
        official_index=official.index.score if official else None,
        official_band=official.index.band if official else None,
    )
