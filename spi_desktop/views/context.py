"""What every page shares: the open workspace database and the survey year chosen in the toolbar."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QObject, Signal

from spi_desktop.domain.roles import Actor, Permission
from spi_desktop.services.access import acting
from spi_desktop.services.database import Database
from spi_desktop.services.preferences import is_demo_workspace


class Area(StrEnum):
    """The kinds of data a change notice names (``AppContext.notify``); pages reload when an area they show
    changed."""

    ACTIONS = "actions"
    AUDIT = "audit"
    POPULATION = "population"
    PROGRESS = "progress"
    RECOMMENDATIONS = "recommendations"
    RESULTS = "results"
    UNITS = "units"
    USERS = "users"
    WORKSPACE = "workspace"
    YEARS = "years"


class AppContext(QObject):
    """The open workspace and current survey year; pages listen to its signals to refresh.

    Pages hand ``database`` to services; they never open sessions themselves.
    """

    yearChanged = Signal(int)
    dataChanged = Signal(str)  # the Area whose data changed

    def __init__(self, database: Database, year: int) -> None:
        super().__init__()
        self.database = database
        self._year = year
        # Read once when the window opens: a workspace never turns from demo to real while it is open, and
        # every page (banner, exports, slides) asks.
        self.demo = is_demo_workspace(database)
        self.actor: Actor = acting(database)  # a window opens only after sign-in (or with no accounts at all)

    def may(self, permission: Permission) -> bool:
        """Whether the signed-in user may do ``permission``: pages disable what they may not (the services
        check again)."""
        return self.actor.may(permission)

    def refresh_actor(self) -> None:
        """Read who acts again (after the first account is created the local user becomes that Admin)."""
        self.actor = acting(self.database)

    @property
    def year(self) -> int:
        """The survey year chosen in the toolbar."""
        return self._year

    def set_year(self, year: int) -> None:
        """Choose another survey year and tell every page."""
        if year != self._year:
            self._year = year
            self.yearChanged.emit(year)

    def notify(self, area: Area) -> None:
        """Tell every page that data of ``area`` changed."""
        self.dataChanged.emit(area)
