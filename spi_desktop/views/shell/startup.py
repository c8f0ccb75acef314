"""The first start, once the main window's frame is on screen: open the workspace, sign in, fill the window.

The frame shows first because opening a workspace imports SQLAlchemy and the services, and the pages bring pandas
and the readers: most of a second with nothing on screen, which looked like a start that had failed.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from spi_desktop.views.shell.main_window import MainWindow

if TYPE_CHECKING:
    from spi_desktop.services.database import Database
    from spi_desktop.views.shell.windows import Windows

OpenWorkspace = Callable[[str | None], "Database | int"]
PAINT_WAIT_S = 0.5  # a window that is never exposed (started minimised) must not hold the start back


def when_on_screen(window: QWidget, then: Callable[[], object], deadline: float | None = None) -> None:
    """Call ``then`` once ``window`` is exposed and painted, so that what ``then`` keeps the event loop busy with
    happens behind a drawn frame, not an empty one."""
    deadline = time.monotonic() + PAINT_WAIT_S if deadline is None else deadline
    handle = window.windowHandle()
    if handle is not None and handle.isExposed():
        window.repaint()  # drawn now: the next pass of the loop may not come for a while
        QTimer.singleShot(0, window, then)
    elif time.monotonic() > deadline:
        QTimer.singleShot(0, window, then)
    else:
        QTimer.singleShot(5, window, lambda: when_on_screen(window, then, deadline))


SCREENSHOT_DELAY_MS = 2500  # --screenshot: from the window filled to the grab


class FirstStart(QObject):
    """Fills the app's first window: ``begin`` once it is shown, ``close`` when the event loop has ended.

    ``open_workspace`` opens the workspace asked for (or answers the exit code when there is none); the app ends
    with that code, or 0 when the sign-in is given up.
    """

    def __init__(self, window: MainWindow, db: str | None, open_workspace: OpenWorkspace,
                 screenshot: str | None = None) -> None:
        super().__init__()
        self.window = window
        self.db = db
        self.open_workspace = open_workspace
        self.screenshot = screenshot
        self.windows: Windows | None = None
        self.database: Database | None = None

    def begin(self) -> None:
        """Open the workspace once the frame is drawn."""
        when_on_screen(self.window, self._open)

    def bring_forward(self, location: str = "") -> None:
        """A second start of the app: bring this start forward (its question, or the window)."""
        if self.windows is not None:
            self.windows.bring_forward(location)
        else:
            if self.window.isMinimized():
                self.window.showNormal()
            self.window.raise_()
            self.window.activateWindow()

    def _open(self) -> None:
        try:
            code = self._open_or_exit_code()
        except Exception:  # shown as any slot's error is, then the start ends
            sys.excepthook(*sys.exc_info())
            code = 1
        if code is not None:
            QApplication.exit(code)

    def _open_or_exit_code(self) -> int | None:
        from spi_desktop.views.shell.windows import Windows, signed_in

        self.windows = Windows()
        database = self.open_workspace(self.db)
        if isinstance(database, int):
            return database
        self.database = database
        if not signed_in(database):
            return 0
        self.windows.open(database, first=True, then=self._started, frame=self.window)
        return None

    def _started(self, window: MainWindow) -> None:
        assert self.windows is not None
        self.windows.start_daily_backup(window)
        if not self.screenshot:
            window.open_assistant(only_if_needed=True)  # a new, empty workspace: its first steps
        if self.screenshot:
            screenshot = self.screenshot
            # The pages now fill after the window shows and their figures load in the background: give them time.
            QTimer.singleShot(SCREENSHOT_DELAY_MS, lambda: (window.grab().save(screenshot), QApplication.quit()))

    def close(self) -> None:
        """After the event loop: stop the jobs, release the databases, close the first window."""
        if "spi_desktop.views.workers" in sys.modules:
            from spi_desktop.views.workers import shutdown_workers

            shutdown_workers()
        if self.database is not None:
            self.database.close()
        if self.windows is not None:
            self.windows.close_all()
        self.window.close()
