"""Rebuilding the window for whoever acts next: after Keluar / ganti pengguna, after a restore (whose
content may have other accounts, or be a demo workspace), and on another database (Koneksi basis data)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from spi_desktop.db.session import Database
from spi_desktop.services import accounts
from spi_desktop.services.access import accounts_exist
from spi_desktop.views.admin.sign_in_dialog import ask_sign_in
from spi_desktop.views.workers import shutdown_workers

_windows: list[QMainWindow] = []  # windows opened here live until they are closed
_databases: list[Database] = []  # databases opened for a window here (Koneksi basis data), closed at quit


def switch_user(window: QWidget) -> QMainWindow | None:
    """Sign the window's user out, ask who signs in next, and replace the window (None: the app quits)."""
    from spi_desktop.views.main_window import MainWindow

    assert isinstance(window, MainWindow)
    shutdown_workers()  # jobs still running belong to the user who is leaving
    accounts.sign_out(window.context.database)
    return _reopen(window)


def reopen_after_restore(window: QWidget) -> QMainWindow | None:
    """Replace the window with one on the restored content, after a sign-in when it has accounts."""
    return _reopen(window)


def reopen_on_database(window: QWidget, database: Database) -> QMainWindow | None:
    """Replace the window with one on another workspace ``database`` (after a sign-in when it has accounts);
    the old database is closed once its window is. Cancelling the sign-in brings the old window back (None)."""
    from spi_desktop.views.application import start_daily_backup
    from spi_desktop.views.main_window import MainWindow

    assert isinstance(window, MainWindow)
    old = window.context.database
    shutdown_workers()  # the old window's jobs use the old database
    replacement = _reopen(window, database, back_on_cancel=True)
    if replacement is None:
        database.close()
        return None
    accounts.sign_out(old)
    old.close()
    _databases.append(database)
    assert isinstance(replacement, MainWindow)
    start_daily_backup(replacement)
    return replacement


def close_opened_databases() -> None:
    """Release the databases opened by ``reopen_on_database`` (when the app ends)."""
    while _databases:
        _databases.pop().close()


def _reopen(window: QWidget, database: Database | None = None, back_on_cancel: bool = False) -> QMainWindow | None:
    from spi_desktop.views.main_window import MainWindow

    assert isinstance(window, MainWindow)
    if database is None:
        database = window.context.database
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setQuitOnLastWindowClosed(False)  # the hidden window and the closed dialog must not end the app
    window.hide()
    signed_in = not accounts_exist(database) or ask_sign_in(database) is not None
    app.setQuitOnLastWindowClosed(True)
    if not signed_in and back_on_cancel:
        window.show()
        return None
    if not signed_in:
        window.close()
        QApplication.quit()
        return None
    replacement = MainWindow(database)
    replacement.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    replacement.destroyed.connect(lambda: _windows.remove(replacement) if replacement in _windows else None)
    replacement.resize(window.size())
    replacement.show()
    _windows.append(replacement)
    window.close()  # deleted too when it was opened here (WA_DeleteOnClose); the first window is the app's
    return replacement
