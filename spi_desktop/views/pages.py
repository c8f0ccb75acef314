"""What area pages share: reloading when the year or the data they show changes, in the background, keeping
only the newest answer; and a page of tabs under one title."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from spi_desktop.views.context import AppContext, Area
from spi_desktop.views.workers import BackgroundJob, LatestOnly, run_in_background

T = TypeVar("T")
W = TypeVar("W", bound=QWidget)


class AreaPage(QWidget):
    """A page over the open workspace: ``watch`` the areas it shows, ``load`` its rows off the GUI thread.

    ``last_job`` is the newest load (tests wait on it); an answer that arrives after a newer load began is
    dropped, so a quick change of year never shows the old year's rows.
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.last_job: BackgroundJob | None = None
        self.latest = LatestOnly()
        self._watched: frozenset[str] | None = frozenset()
        self._on_change: Callable[[], object] = lambda: None

    def watch(self, areas: Iterable[Area] | None, refresh: Callable[[], object]) -> None:
        """Call ``refresh`` when the survey year changes and when data of one of ``areas`` changes (every
        area when ``areas`` is None)."""
        self._watched = None if areas is None else frozenset(areas)
        self._on_change = refresh
        # Bound methods, so Qt drops the connections when the page is destroyed.
        self.context.yearChanged.connect(self._year_changed)
        self.context.dataChanged.connect(self._data_changed)

    def _year_changed(self, _year: int) -> None:
        self._on_change()

    def _data_changed(self, area: str) -> None:
        if self._watched is None or area in self._watched:
            self._on_change()

    def load(self, fetch: Callable[[], T], show: Callable[[T], Any],
             failed: Callable[[BaseException], Any] | None = None) -> BackgroundJob:
        """Run ``fetch`` (a service read; it must not touch widgets) on the worker pool and hand its answer
        to ``show`` on the GUI thread (a failure to ``failed``), unless a newer load began meanwhile."""
        is_newest = self.latest.ask()
        self.last_job = run_in_background(lambda _ctx: fetch(), owner=self)
        self.last_job.succeeded.connect(lambda answer: show(answer) if is_newest() else None)
        if failed is not None:
            self.last_job.failed.connect(lambda error: failed(error) if is_newest() else None)
        return self.last_job


class TabbedPage(QWidget):
    """An area shown as tabs under one page title: ``add_tab`` fills it, ``set_title`` or
    ``title_with_year`` names it, ``add_note`` puts a line between the title and the tabs."""

    def __init__(self, context: AppContext, title: str = "", tabs: Iterable[tuple[str, QWidget]] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.title = QLabel(title)
        self.title.setObjectName("pageTitle")
        self.tabs = QTabWidget()
        for label, widget in tabs:
            self.tabs.addTab(widget, label)
        self._title_for: Callable[[int], str] = lambda _year: self.title.text()
        self.body = QVBoxLayout(self)
        self.body.addWidget(self.title)
        self.body.addWidget(self.tabs, 1)

    def add_tab(self, widget: W, label: str) -> W:
        """Add ``widget`` as the last tab, labelled ``label``; answers the widget."""
        self.tabs.addTab(widget, label)
        return widget

    def add_note(self, note: QWidget) -> None:
        """Show ``note`` under the title, above the tabs."""
        self.body.insertWidget(self.body.indexOf(self.tabs), note)

    def set_title(self, title: str) -> None:
        """Show ``title`` above the tabs."""
        self.title.setText(title)

    def title_with_year(self, title_for: Callable[[int], str]) -> None:
        """Title the page ``title_for(year)`` now and whenever the survey year changes."""
        self._title_for = title_for
        self.context.yearChanged.connect(self._year_changed)  # a bound method: dropped with the page
        self._year_changed(self.context.year)

    def _year_changed(self, year: int) -> None:
        self.set_title(self._title_for(year))
