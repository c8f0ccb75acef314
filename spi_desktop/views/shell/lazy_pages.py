"""The main window's page area: a stack whose pages are built when first needed, a light placeholder until then.

A page module imports its services (SQLAlchemy, pandas, the readers), and building a page starts its first read;
doing all of that before the window shows kept it off the screen for a second. The window now shows its frame with
"Memuat…" here, then builds the page on screen first and the others one per pass of the event loop
(``build_next``), or at once when one is opened or asked for (``page``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar, cast

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget

Build = Callable[[], QWidget]
P = TypeVar("P", bound=QWidget)


class PagePlaceholder(QLabel):
    """What a page's place shows until the page is built: one quiet line in the middle."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pagePlaceholder")
        self.setText(self.tr("Memuat…"))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)


class LazyPages(QStackedWidget):
    """A stack of pages, each built by its ``Build`` the first time it is shown or asked for.

    ``add_slot`` reserves a place (a placeholder) before the page can be built, ``set_builder`` says how to build
    it once the window has its workspace; ``page`` builds and answers it, ``build_next`` builds the next one still
    missing (the one on screen first). Once there are builders, one page is built per pass of the event loop
    while the stack is on screen; a hidden one (its window closed, or waiting for a sign-in) waits until it shows
    again, as its pages would start reads nobody sees.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._builders: dict[int, Build] = {}
        self._placeholders: dict[int, PagePlaceholder] = {}
        self._built: dict[int, QWidget] = {}
        self._step_pending = False
        self.currentChanged.connect(self._shown)

    def add_slot(self, build: Build | None = None) -> int:
        """Reserve the next place, showing the placeholder; answers its index."""
        placeholder = PagePlaceholder()
        index = self.addWidget(placeholder)
        self._placeholders[index] = placeholder
        if build is not None:
            self._builders[index] = build
        return index

    def set_builder(self, index: int, build: Build) -> None:
        """Say how the page at ``index`` is built; it is built when next shown, asked for or built in turn."""
        self._builders[index] = build
        self._build_soon()

    def is_built(self, index: int) -> bool:
        """Whether the page at ``index`` exists (is no longer the placeholder)."""
        return index in self._built

    def page(self, index: int) -> QWidget:
        """The page at ``index``, built now if it was not yet (an index without a builder answers its
        placeholder)."""
        if index in self._built:
            return self._built[index]
        build = self._builders.pop(index, None)
        if build is None:
            return self._placeholders[index]
        page = build()
        placeholder = self._placeholders.pop(index)
        showing = self.currentIndex()
        self.blockSignals(True)  # the swap is not a change of page
        self.insertWidget(index, page)
        self.removeWidget(placeholder)
        self.setCurrentIndex(showing)
        self.blockSignals(False)
        placeholder.deleteLater()
        self._built[index] = page
        return page

    def build_next(self) -> bool:
        """Build one page still missing, the one on screen first; False when there was none to build."""
        if not self._builders:
            return False
        current = self.currentIndex()
        self.page(current if current in self._builders else min(self._builders))
        return True

    def _shown(self, index: int) -> None:
        if index in self._builders:
            self.page(index)
        self.updateGeometry()  # the page area scrolls for this page's size, not the widest page's

    def sizeHint(self) -> QSize:
        """The page on screen's (a stack's would be the largest of all its pages)."""
        current = self.currentWidget()
        return current.sizeHint() if current is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        """The page on screen's: at 150 % scaling the widest page made every page scroll sideways."""
        current = self.currentWidget()
        return current.minimumSizeHint() if current is not None else super().minimumSizeHint()

    def showEvent(self, event: QShowEvent) -> None:
        """Go on building the pages still missing once on screen (again)."""
        super().showEvent(event)
        self._build_soon()

    def _build_soon(self) -> None:
        if self._builders and not self._step_pending:
            self._step_pending = True
            QTimer.singleShot(0, self, self._build_step)

    def _build_step(self) -> None:
        """One page, then the event loop paints and answers before the next."""
        self._step_pending = False
        if self.isVisible() and self.build_next():
            self._build_soon()


class LazyPage(Generic[P]):
    """A window's attribute naming one page of its ``pages`` (a ``LazyPages``), built on first use:
    ``home: LazyPage[HomePage] = LazyPage(HOME)``."""

    def __init__(self, index: int) -> None:
        self.index = index

    def __get__(self, window: Any, owner: type | None = None) -> P:
        return cast(P, window.pages.page(self.index))
