"""Signing out and in again from a running window: the next user gets a fresh window built for their role."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMainWindow

from spi_desktop.services import accounts
from spi_desktop.views.admin.sign_in_dialog import ask_sign_in
from spi_desktop.views.workers import shutdown_workers

_windows: list[QMainWindow] = []  # windows opened after a switch live until they are closed


def switch_user(window: QMainWindow) -> QMainWindow | None:
    """Sign ``window``'s user out, ask for the next one, and replace the window (None: the app quits)."""
    from spi_desktop.views.main_window import MainWindow

    assert isinstance(window, MainWindow)
    database = window.context.database
    shutdown_workers()  # jobs still running belong to the user who is leaving
    accounts.sign_out(database)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setQuitOnLastWindowClosed(False)  # the hidden window and the closed dialog must not end the app
    window.hide()
    actor = ask_sign_in(database)
    app.setQuitOnLastWindowClosed(True)
    if actor is None:
        window.close()
        QApplication.quit()
        return None
    replacement = MainWindow(database)
    replacement.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    replacement.destroyed.connect(lambda: _windows.remove(replacement) if replacement in _windows else None)
    replacement.resize(window.size())
    replacement.show()
    _windows.append(replacement)
    window.close()
    window.deleteLater()
    return replacement
