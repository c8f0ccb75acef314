"""Opening the training workspace in a window of its own, and resetting it, from the GUI.

The real workspace's window stays as it is: the two databases are never open in the same window, so nothing
done in one can reach the other.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMainWindow

from spi_desktop.db.session import Database
from spi_desktop.services.errors import user_message
from spi_desktop.services.training import open_training_workspace, reset_training_workspace
from spi_desktop.views.prompts import prompts
from spi_desktop.views.workers import BackgroundJob, run_in_background, worker_pool

_open_windows: list[QMainWindow] = []  # top-level windows opened here live until they are closed


def _show_window(database: Database) -> QMainWindow:
    from spi_desktop.views.main_window import MainWindow

    window = MainWindow(database)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.destroyed.connect(lambda: _forget(window, database))
    window.resize(1280, 800)
    window.show()
    _open_windows.append(window)
    return window


def _forget(window: QMainWindow, database: Database) -> None:
    if window in _open_windows:
        _open_windows.remove(window)
    database.close()


def open_training(parent: QMainWindow, real: Database) -> BackgroundJob:
    """Build (the first time) and open the training workspace in a new window, with progress."""
    title = QCoreApplication.translate("TrainingSwitch", "Menyiapkan ruang kerja pelatihan")
    job = run_in_background(lambda ctx: open_training_workspace(real, context=ctx), parent=parent, title=title)
    job.succeeded.connect(lambda database: setattr(parent, "training_window", _show_window(database)))
    job.failed.connect(lambda error: prompts.error(
        parent, QCoreApplication.translate("TrainingSwitch", "Mode Pelatihan"), user_message(error)))
    return job


def reset_training(window: QMainWindow, database: Database) -> BackgroundJob | None:
    """Close this training window and its database, rebuild the file from scratch and open it in a new window.

    The old window is deleted before its database is closed: a page's late answer must never read a file that
    is being rebuilt. Returns None; the rebuild starts once the old window is gone (see ``last_reset``).
    """
    path = database.path
    if path is None:
        prompts.error(window, QCoreApplication.translate("TrainingSwitch", "Reset data pelatihan"),
                      QCoreApplication.translate("TrainingSwitch", "Hanya ruang kerja pelatihan berupa berkas yang "
                                                                   "dapat direset."))
        return None
    application = QApplication.instance()
    assert isinstance(application, QApplication)
    application.setQuitOnLastWindowClosed(False)  # no window is open while the file is rebuilt
    worker_pool().waitForDone(10_000)  # no page may still be reading the file about to be deleted

    def rebuild() -> None:
        database.retire()
        title = QCoreApplication.translate("TrainingSwitch", "Mereset ruang kerja pelatihan")
        job = run_in_background(lambda ctx: reset_training_workspace(path, context=ctx), parent=None, title=title,
                                owner=None)
        job.succeeded.connect(_show_window)
        job.failed.connect(lambda error: prompts.error(None, QCoreApplication.translate(
            "TrainingSwitch", "Reset data pelatihan"), user_message(error)))
        job.finished.connect(lambda: application.setQuitOnLastWindowClosed(True))
        _resets.append(job)

    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.destroyed.connect(rebuild)
    window.close()
    return None


_resets: list[BackgroundJob] = []


def last_reset() -> BackgroundJob | None:
    """The newest reset job (for tests and the status line)."""
    return _resets[-1] if _resets else None
