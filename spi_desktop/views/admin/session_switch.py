"""Rebuilding the window for whoever acts next: after Keluar / ganti pengguna, and after a restore (whose
content may have other accounts, or be a demo workspace)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from spi_desktop.services import accounts
from spi_desktop.services.access import accounts_exist
from spi_desktop.views.admin.sign_in_dialog import ask_sign_in
from spi_desktop.views.workers import shutdown_workers

_windows: list[QMainWindow] = []  # windows opened here live until they are closed


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


def _reopen(window: QWidget) -> QMainWindow | None:
    from spi_desktop.views.main_window import MainWindow

    assert isinstance(window, MainWindow)
    database = window.context.database
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setQuitOnLastWindowClosed(False)  # the hidden window and the closed dialog must not end the app
    window.hide()
    signed_in = not accounts_exist(database) or ask_sign_in(database) is not None
    app.setQuitOnLastWindowClosed(True)
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
