"""Create the QApplication with Indonesian locale and translations, open the workspace, show it."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from spi_desktop.db.session import Database
from spi_desktop.domain.errors import InputError

if TYPE_CHECKING:
    from spi_desktop.services.connection import ConnectionSettings
    from spi_desktop.views.main_window import MainWindow
from spi_desktop.resources import resource_path

ORGANISATION, APPLICATION = "SPI Desktop", "SPI Desktop"
LANGUAGES = {"id": "Bahasa Indonesia", "en": "English"}


def chosen_language(explicit: str | None) -> str:
    """--lang, else $SPI_LANG, else the saved preference, else Indonesian."""
    saved = QSettings(ORGANISATION, APPLICATION).value("language", "id")
    language = explicit or os.environ.get("SPI_LANG") or str(saved)
    return language if language in LANGUAGES else "id"


def install_language(app: QCoreApplication, language: str) -> QTranslator | None:
    """Use Indonesian number formats everywhere; load the English translation when asked for."""
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
    if language == "id":
        return None
    translator = QTranslator(app)
    if translator.load(str(resource_path("translations", f"spi_{language}.qm"))):
        app.installTranslator(translator)
        return translator
    return None


def install_error_hook() -> None:
    """Show any error that escapes a slot as a message box (one sentence), not a crash or a traceback."""
    from spi_desktop.services.errors import user_message
    from spi_desktop.views.prompts import prompts

    def hook(kind: type[BaseException], error: BaseException, trace: object) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)  # type: ignore[arg-type]
            return
        from spi_desktop.services.crash_log import write_crash_report

        write_crash_report(kind, error, trace)  # type: ignore[arg-type]
        prompts.error(QApplication.activeWindow(), QCoreApplication.translate("app", "Terjadi kesalahan"),
                      user_message(error))

    sys.excepthook = hook


def sign_in_if_needed(database: Database) -> bool:
    """Ask for a name and password when the workspace has accounts; False when the user gives up."""
    from spi_desktop.services.access import accounts_exist
    from spi_desktop.views.admin.sign_in_dialog import ask_sign_in

    return not accounts_exist(database) or ask_sign_in(database) is not None


def start_daily_backup(window: MainWindow) -> None:
    """Take today's automatic backup in the background (once a day; not for a training workspace)."""
    from spi_desktop.services.backup import ensure_daily_backup
    from spi_desktop.views.workers import run_in_background

    if not window.context.demo:
        database = window.context.database
        window.last_job = run_in_background(lambda _ctx: ensure_daily_backup(database), owner=window)


def startup_location(db: str | None) -> tuple[bool, str | None]:
    """What to open at start: --db, else $SPI_DB, else the server saved for this PC (its password from the
    keyring, else asked for), else the local file (None). False when the user cancelled the password question."""
    from spi_desktop.services import connection
    from spi_desktop.views.settings.server_password_dialog import ask_server_password

    url = connection.startup_database_url(db)
    if url is not None:
        return True, url
    settings = None if db or os.environ.get("SPI_DB") else connection.load_connection()
    if settings is None:
        return True, db
    password = ask_server_password(settings)
    return (False, None) if password is None else (True, connection.connection_url(settings, password))


def open_startup_database(db: str | None) -> Database | int:
    """Open the workspace for the first window, or the exit code when there is none to open.

    Without --db and $SPI_DB a failure offers the connection dialog (a moved server, a changed password)."""
    from spi_desktop.services.database import open_database
    from spi_desktop.views.prompts import prompts

    go_on, location = startup_location(db)
    if not go_on:
        return 0
    explicit = bool(db or os.environ.get("SPI_DB"))
    title = QCoreApplication.translate("app", "Basis data")
    while True:
        try:
            return open_database(location)
        except InputError as error:
            message = _failure_text(location, error)
        if explicit:
            prompts.error(None, title, message)
            return 2
        question = message + "\n\n" + QCoreApplication.translate("app", "Ubah koneksi basis data PC ini?")
        change = [("change", QCoreApplication.translate("app", "Koneksi basis data…"))]
        if prompts.choose(None, title, question, change, QCoreApplication.translate("app", "Tutup")) is None:
            return 2
        location = _ask_connection()
        if location is None:
            return 2


def _failure_text(location: str | None, error: InputError) -> str:
    """open_database's message; for the saved server, a plainer one naming host:port/database."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import DBAPIError

    from spi_desktop.services import connection

    settings: ConnectionSettings | None = connection.load_connection()
    cause = error.__cause__
    if settings is None or not location or "://" not in location or not isinstance(cause, DBAPIError):
        return str(error)
    typed = make_url(location).password
    password = None if typed is None else str(typed)
    if location != connection.connection_url(settings, password):
        return str(error)  # another server than the saved one
    return connection.explain_error(settings, password, cause)


def _ask_connection() -> str | None:
    """The connection dialog; the location it saved, or None when cancelled."""
    from PySide6.QtWidgets import QDialog

    from spi_desktop.views.settings.connection_dialog import ConnectionDialog

    dialog = ConnectionDialog()
    return dialog.location() if dialog.exec() == QDialog.DialogCode.Accepted else None


def run_application(db: str | None, language: str | None, screenshot: str | None = None) -> int:
    """Open the workspace in the main window and run the event loop."""
    from spi_desktop.views.admin.session_switch import close_opened_databases
    from spi_desktop.views.gui_gc import install_gui_garbage_collector
    from spi_desktop.views.main_window import MainWindow
    from spi_desktop.views.workers import shutdown_workers

    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    install_language(app, chosen_language(language))
    install_error_hook()
    install_gui_garbage_collector(app)
    database = open_startup_database(db)
    if isinstance(database, int):
        return database
    if not sign_in_if_needed(database):
        database.close()
        return 0
    window = MainWindow(database)
    window.resize(1280, 800)
    window.show()
    start_daily_backup(window)
    if screenshot:
        QTimer.singleShot(500, lambda: (window.grab().save(screenshot), app.quit()))
    try:
        return app.exec()
    finally:
        shutdown_workers()
        database.close()
        close_opened_databases()
