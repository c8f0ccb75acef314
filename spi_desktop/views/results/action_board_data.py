"""What the action board shows for one year, read in one background job through the services."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from spi_desktop.db.session import Database
from spi_desktop.services.action_plans import ActionRow, RecommendationInfo, list_actions, list_recommendations
from spi_desktop.services.units import list_units
from spi_desktop.services.workspace import get_workspace
from spi_desktop.services.years import get_year


@dataclass(frozen=True)
class BoardData:
    """Everything the board shows for one year, read in one background job."""

    year: int
    actions: list[ActionRow]
    recommendations: list[RecommendationInfo]
    units: dict[str, str]  # every OPD code -> name
    active_units: list[tuple[str, str]]  # (code, name) of the OPD taking part this year
    elements: dict[str, str]  # element code -> name
    institution: str


def load_board(database: Database, year: int, today: dt.date | None = None) -> BoardData:
    """Read the year's recommendations, activities, OPD and elements (runs off the GUI thread)."""
    units = list_units(database, year=year)
    workspace = get_workspace(database)
    return BoardData(year, list_actions(database, year, today), list_recommendations(database, year),
                     {u.code: u.name for u in units}, [(u.code, u.name) for u in units if u.active],
                     {e.code: e.name for e in get_year(database, year).elements},
                     workspace.name if workspace else "")
