"""Create the QApplication with Indonesian locale and translations, show the main window, run the loop.

Nothing of the database is imported before the window is on screen: the workspace is opened after it shows
(views/shell/startup.py), so this module imports the services only inside the functions that use them.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from spi_desktop.domain.errors import InputError
from spi_desktop.resources import resource_path
from spi_desktop.views.language import APPLICATION, ORGANISATION, chosen_language, install_language
from spi_desktop.views.shell.single_instance import SingleInstance, requested_location

if TYPE_CHECKING:
    from spi_desktop.services.database import Database

WINDOWS_APP_ID = "SPIDesktop.SPIDesktop"  # Windows' AppUserModelID: Company.Product
ICON_FILES = ("spi-desktop-16.png", "spi-desktop-32.png", "spi-desktop.png")  # 16, 32, 256 px; tools/make_icons.py


def app_icon() -> QIcon:
    """The app's icon (a shield with a check mark) at 16, 32 and 256 px, for every window and the taskbar."""
    icon = QIcon()
    for name in ICON_FILES:
        icon.addFile(str(resource_path("icons", name)))
    return icon


def needs_explicit_app_id(platform: str, executable: str) -> bool:
    """Whether Windows must be told the app's own AppUserModelID: when the process is python.exe or pythonw.exe
    (a developer's start), whose Python button Windows would group the windows under. The installed launcher
    ``SPI Desktop.exe`` is a program of its own: Windows derives its id from the exe, the same id the Start-menu
    shortcut to that exe carries, so pinning the shortcut and the running window share one taskbar button."""
    if platform != "win32":
        return False
    name = executable.replace("\\", "/").rsplit("/", 1)[-1].lower()
    return name in ("python.exe", "pythonw.exe") or name.startswith("python3")


def use_own_taskbar_entry() -> None:
    """On Windows, group the app's windows under its own taskbar button, with its icon (see
    ``needs_explicit_app_id``)."""
    if sys.platform == "win32" and needs_explicit_app_id(sys.platform, sys.executable):
        import ctypes

        ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID(WINDOWS_APP_ID)


def install_error_hook() -> None:
    """Show any error that escapes a slot as a message box (one sentence), not a crash or a traceback."""

    def hook(kind: type[BaseException], error: BaseException, trace: object) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)  # type: ignore[arg-type]
            return
        from spi_desktop.services.crash_log import crash_report, write_crash_report
        from spi_desktop.views.errors import mark_logged, user_message
        from spi_desktop.views.prompts import prompts

        log = write_crash_report(kind, error, trace)  # type: ignore[arg-type]
        mark_logged(error)
        prompts.crash(QApplication.activeWindow(), QCoreApplication.translate("app", "Terjadi kesalahan"),
                      user_message(error), crash_report(kind, error, trace), log)  # type: ignore[arg-type]

    sys.excepthook = hook


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
    from spi_desktop.services.connection import explain_open_failure
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
            message = explain_open_failure(location, error)
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


def _ask_connection() -> str | None:
    """The connection dialog; the location it saved, or None when cancelled."""
    from PySide6.QtWidgets import QDialog

    from spi_desktop.views.settings.connection_dialog import ConnectionDialog

    dialog = ConnectionDialog()
    return dialog.location() if dialog.exec() == QDialog.DialogCode.Accepted else None


def run_application(db: str | None, language: str | None, screenshot: str | None = None) -> int:
    """Open the workspace in the main window and run the event loop."""
    from spi_desktop.views.shell.gui_gc import install_gui_garbage_collector

    use_own_taskbar_entry()
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setWindowIcon(app_icon())
    install_language(app, chosen_language(language))
    install_error_hook()
    install_gui_garbage_collector(app)
    instance = SingleInstance(parent=app)
    # A screenshot run is a tool's (CI, the docs) and may run beside the user's window: it claims nothing.
    if not screenshot and not instance.claim(requested_location(db)):
        return 0  # the running one comes forward (and, for another --db, says where to switch)
    try:
        return _run_first(app, db, screenshot, instance)
    finally:
        instance.close()


def _run_first(app: QApplication, db: str | None, screenshot: str | None, instance: SingleInstance) -> int:
    """The first start: show the window's frame, then open the workspace, sign in and fill it (FirstStart)."""
    from spi_desktop.views.shell.main_window import MainWindow
    from spi_desktop.views.shell.startup import FirstStart
    from spi_desktop.views.shell.window_place import show_remembered

    window = MainWindow()
    show_remembered(window)  # maximised on a laptop the first time, then where it was left
    # open_startup_database is looked up here, at the call: the tests replace it on this module.
    start = FirstStart(window, db, open_startup_database, screenshot)
    # Connected before the password and sign-in questions: a second start then brings the question forward.
    instance.raise_requested.connect(start.bring_forward)
    start.begin()
    try:
        return app.exec()
    finally:
        start.close()
