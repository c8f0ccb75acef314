"""What every page shares: the open workspace database and the survey year chosen in the toolbar."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from spi_desktop.domain.roles import Actor, Permission

if TYPE_CHECKING:
    from spi_desktop.services.database import Database
    from spi_desktop.views.workers import BackgroundJob


class Shell(Protocol):
    """What a window and its pages may ask of the window shell (views/shell/windows.py) without importing it."""

    def switch_user(self, window: QWidget) -> object:
        """Sign the window's user out and rebuild it for whoever signs in next."""

    def open_training(self, window: QWidget) -> BackgroundJob:
        """Open the training workspace in a window of its own."""

    def reset_training(self, window: QWidget) -> BackgroundJob | None:
        """Rebuild the training workspace of ``window`` from scratch in a fresh window."""

    def after_restore(self, window: QWidget) -> object:
        """Rebuild ``window`` on the restored content, after a sign-in when it has accounts."""

    def on_database(self, window: QWidget, database: Database) -> object:
        """Replace ``window`` with one on another workspace ``database``."""

    def change_language(self, window: QWidget, language: str) -> object:
        """Switch the app to ``language`` and rebuild ``window`` in it."""


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


class Place(StrEnum):
    """The areas of the main window a page or the first-start assistant may send the user to
    (``AppContext.go_to``)."""

    HOME = "home"
    UNITS = "units"
    POPULATION = "population"
    MONITORING = "monitoring"
    RESULTS = "results"
    SETTINGS = "settings"


class AppContext(QObject):
    """The open workspace and current survey year; pages listen to its signals to refresh.

    Pages hand ``database`` to services; they never open sessions themselves. ``shell`` rebuilds the window
    (None for a page shown on its own).
    """

    yearChanged = Signal(int)
    dataChanged = Signal(str)  # the Area whose data changed
    placeRequested = Signal(str)  # the Place the user asked to go to; the main window shows it
    assistantRequested = Signal()  # the first-start assistant was asked for (Beranda); the main window opens it

    def __init__(self, database: Database, year: int, shell: Shell | None = None, demo: bool | None = None,
                 actor: Actor | None = None) -> None:
        super().__init__()
        # Here, not at the top: the main window's frame imports this module before anything of the database.
        from spi_desktop.services.access import acting
        from spi_desktop.services.preferences import is_demo_workspace

        self.database = database
        self._year = year
        self.told_by: object | None = None  # who is telling of a change while ``notify`` runs
        self.shell = shell
        # Read once when the window opens (the window's header hands them in): a workspace never turns from demo
        # to real while it is open, and every page (banner, exports, slides) asks.
        self.demo = is_demo_workspace(database) if demo is None else demo
        # A window opens only after sign-in (or with no accounts at all).
        self.actor: Actor = acting(database) if actor is None else actor

    def may(self, permission: Permission) -> bool:
        """Whether the signed-in user may do ``permission``: pages disable what they may not (the services
        check again)."""
        return self.actor.may(permission)

    def refresh_actor(self) -> None:
        """Read who acts again (after the first account is created the local user becomes that Admin)."""
        from spi_desktop.services.access import acting

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

    def go_to(self, place: Place) -> None:
        """Ask the window to show ``place`` (nothing happens for a page shown on its own)."""
        self.placeRequested.emit(place)

    def open_assistant(self) -> None:
        """Ask the window to open the first-start assistant."""
        self.assistantRequested.emit()

    def notify(self, area: Area, by: object | None = None) -> None:
        """Tell every page that data of ``area`` changed; ``by`` (the form that changed it, which already shows
        it) can tell its own notice from another's through ``told_by``."""
        self.told_by = by
        try:
            self.dataChanged.emit(area)
        finally:
            self.told_by = None
