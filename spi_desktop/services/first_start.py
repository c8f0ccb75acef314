"""Whether a workspace still needs its first steps (institution, survey year, OPD list), and what to offer."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from spi_desktop.db.session import Database
from spi_desktop.services.units import unit_count
from spi_desktop.services.workspace import WorkspaceInfo, get_workspace
from spi_desktop.services.years import YearSuggestion, suggest_year


@dataclass(frozen=True)
class FirstStartState:
    """The workspace's institution (None before it is set), its OPD count and the survey year to offer."""

    workspace: WorkspaceInfo | None
    units: int
    year: YearSuggestion

    @property
    def needed(self) -> bool:
        """Whether the first-start assistant should open: no institution details or no OPD yet."""
        return self.workspace is None or self.units == 0


def first_start_state(database: Database, today: dt.date | None = None) -> FirstStartState:
    """Read what the first-start assistant needs (a background job: it queries the workspace)."""
    return FirstStartState(get_workspace(database), unit_count(database), suggest_year(database, today))
