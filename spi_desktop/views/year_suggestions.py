"""The dates offered for a survey year typed in a spin box (Tambah tahun survei, the first-start assistant), read
off the GUI thread so typing a year never waits for the database."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from PySide6.QtWidgets import QWidget

from spi_desktop.services.database import Database
from spi_desktop.services.years import YearSuggestion, suggest_year
from spi_desktop.views.workers import BackgroundJob, LatestOnly, run_in_background


class YearSuggestions:
    """Asks ``suggest_year`` for a year in the background and hands the newest answer to ``show``.

    While an answer is awaited the ``fields`` it fills are disabled, so nothing the user types there is
    overwritten when it arrives; an answer for an older year (the spin box moved on) or for a closed dialog is
    dropped."""

    def __init__(self, owner: QWidget, database: Database, fields: Iterable[QWidget],
                 show: Callable[[YearSuggestion], object]) -> None:
        self.owner, self.database, self.fields, self._show = owner, database, list(fields), show
        self.latest = LatestOnly()
        self.last_job: BackgroundJob | None = None
        self.waiting = False

    def ask(self, year: int | None = None) -> BackgroundJob:
        """Read the suggestion for ``year`` (None: today's year) and show it when it is still the newest."""
        database, today = self.database, None if year is None else dt.date(year, 1, 1)
        is_newest = self.latest.ask()
        self._set_waiting(True)
        self.last_job = run_in_background(lambda _ctx: suggest_year(database, today), owner=self.owner)
        self.last_job.succeeded.connect(lambda suggestion: self._show(suggestion) if is_newest() else None)
        # Not on failed: a failure nobody handles is shown by the worker helper, never dropped.
        self.last_job.finished.connect(lambda: self._set_waiting(False) if is_newest() else None)
        return self.last_job

    def _set_waiting(self, waiting: bool) -> None:
        self.waiting = waiting
        for field in self.fields:
            field.setEnabled(not waiting)
