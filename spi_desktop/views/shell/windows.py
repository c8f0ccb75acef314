"""The one owner of the open main windows and the databases opened for them.

Every window is built here: the first one, its replacement for whoever acts next (after Keluar / ganti pengguna,
after a restore whose content may have other accounts or be a demo workspace, on another database), and the
training workspace's window of its own. The real workspace's window never shows the training database: nothing
done in one can reach the other.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from spi_desktop.services import accounts
from spi_desktop.services.access import accounts_exist
from spi_desktop.services.backup import ensure_daily_backup
from spi_desktop.services.database import Database, is_same_workspace
from spi_desktop.services.recent_workspaces import remember_workspace
from spi_desktop.services.training import open_training_workspace, reset_training_workspace
from spi_desktop.views.admin.sign_in_dialog import ask_sign_in
from spi_desktop.views.errors import user_message
from spi_desktop.views.job_texts import job_text
from spi_desktop.views.language import install_language, save_language
from spi_desktop.views.prompts import prompts
from spi_desktop.views.shell import areas
from spi_desktop.views.shell.header import WindowHeader, read_header
from spi_desktop.views.shell.main_window import MainWindow
from spi_desktop.views.shell.window_place import show_default, show_like
from spi_desktop.views.workers import BackgroundJob, run_in_background, shutdown_workers, worker_pool

Opened = Callable[[MainWindow], None]
Failed = Callable[[BaseException], None]


def signed_in(database: Database) -> bool:
    """Ask for a name and password when the workspace has accounts; False when the user gives up."""
    return not accounts_exist(database) or ask_sign_in(database) is not None


def _quit_on_last_window(on: bool) -> None:
    """While a window is rebuilt none may be visible: the hidden window and the closed dialog must not end the
    app."""
    application = QApplication.instance()
    assert isinstance(application, QApplication)
    application.setQuitOnLastWindowClosed(on)


class Windows(QObject):
    """Opens, replaces and closes the main windows; pages reach it as ``context.shell``."""

    def __init__(self) -> None:
        super().__init__()
        self.windows: list[MainWindow] = []  # every window opened here, until it is deleted
        self.training_windows: list[MainWindow] = []  # those that close their database when they go
        self.databases: list[Database] = []  # opened for a window here (Koneksi basis data), closed at quit
        self.resets: list[BackgroundJob] = []
        self.reset_dialog: QProgressDialog | None = None  # on screen while the training file is rebuilt
        self.last_job: BackgroundJob | None = None

    def open(self, database: Database, like: QWidget | None = None, first: bool = False,
             then: Opened | None = None, failed: Failed | None = None,
             frame: MainWindow | None = None) -> BackgroundJob:
        """Read the window's header off the GUI thread, then show a window on ``database`` (or fill ``frame``, the
        first start's window already on screen) in ``like``'s place (the window it replaces), else maximised on a
        laptop screen (views/shell/window_place.py); when the header cannot be read, say why and call ``failed``.

        The first window is the app's: closing it ends the app rather than deleting it."""
        self.last_job = run_in_background(lambda _ctx: _header_of_opened(database))
        self.last_job.succeeded.connect(
            lambda header: self._opened(self._build(database, header, like, first, frame), then))
        self.last_job.failed.connect(lambda error: self._not_opened(error, first, failed))
        return self.last_job

    def _build(self, database: Database, header: WindowHeader, like: QWidget | None = None, first: bool = False,
               frame: MainWindow | None = None) -> MainWindow:
        window = frame or MainWindow()
        window.attach(database, header, self)
        if not first:
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.destroyed.connect(lambda: self.windows.remove(window) if window in self.windows else None)
        if frame is None:
            if like is not None:
                show_like(window, like)
            else:
                show_default(window)
        self.windows.append(window)
        return window

    @staticmethod
    def _opened(window: MainWindow, then: Opened | None) -> None:
        if then is not None:
            then(window)

    @staticmethod
    def _not_opened(error: BaseException, first: bool, failed: Failed | None) -> None:
        prompts.error(None, QCoreApplication.translate("app", "Terjadi kesalahan"), user_message(error))
        if failed is not None:
            failed(error)
        if first:
            QApplication.exit(1)

    def bring_forward(self, location: str = "") -> MainWindow | None:
        """Show the first visible window in front (restored when minimised), for a second start of the app;
        before any main window (the password or sign-in question) that question comes forward. Returns the main
        window brought forward, if any.

        When that start asked for another workspace (``location``), say that SPI Desktop is already open and
        where to switch (see views/shell/single_instance.py for why no second window opens)."""
        window = next((each for each in self.windows if each.isVisible()), None)
        shown = window or QApplication.activeModalWidget() or next(
            (each for each in QApplication.topLevelWidgets() if each.isVisible()), None)
        if shown is None:
            return None
        if shown.isMinimized():
            shown.showNormal()
        shown.raise_()
        shown.activateWindow()
        if window is not None and location and not is_same_workspace(location, window.context.database):
            prompts.info(window, QCoreApplication.translate("app", "SPI Desktop sudah terbuka"),
                         already_open_message())
        return window

    def start_daily_backup(self, window: MainWindow) -> None:
        """Take today's automatic backup in the background (once a day; not for a training workspace)."""
        if not window.context.demo:
            database = window.context.database
            window.last_job = run_in_background(lambda _ctx: ensure_daily_backup(database), owner=window)

    def switch_user(self, window: QWidget) -> BackgroundJob | None:
        """Sign the window's user out, ask who signs in next, and replace the window (None: the app quits)."""
        assert isinstance(window, MainWindow)
        shutdown_workers()  # jobs still running belong to the user who is leaving
        accounts.sign_out(window.context.database)
        return self.replace(window)

    def after_restore(self, window: QWidget) -> BackgroundJob | None:
        """Replace the window with one on the restored content, after a sign-in when it has accounts."""
        return self.replace(window)

    def on_database(self, window: QWidget, database: Database) -> BackgroundJob | None:
        """Replace the window with one on another workspace ``database`` (after a sign-in when it has accounts);
        the old database is closed once its window is. Cancelling the sign-in brings the old window back (None)."""
        assert isinstance(window, MainWindow)
        old = window.context.database
        shutdown_workers()  # the old window's jobs use the old database

        def opened(replacement: MainWindow) -> None:
            accounts.sign_out(old)
            old.close()
            self.databases.append(database)
            self.start_daily_backup(replacement)

        job = self.replace(window, database, back_on_cancel=True, then=opened, failed=lambda _error: database.close())
        if job is None:
            database.close()
        return job

    def replace(self, window: QWidget, database: Database | None = None, back_on_cancel: bool = False,
                then: Opened | None = None, failed: Failed | None = None) -> BackgroundJob | None:
        """Hide ``window``, ask who signs in to ``database`` (default: the window's) and open a window of the same
        size for them; the old one closes once the new one shows. None when the sign-in was given up.

        Given up, or the new window could not be opened: with ``back_on_cancel`` the old window comes back, else
        the app ends (its user was signed out, or its content replaced). ``failed`` hears of a failed opening."""
        assert isinstance(window, MainWindow)
        if database is None:
            database = window.context.database
        _quit_on_last_window(False)
        window.hide()
        ok = signed_in(database)
        _quit_on_last_window(True)
        if not ok and back_on_cancel:
            window.show()
            return None
        if not ok:
            window.close()
            QApplication.quit()
            return None

        def opened(replacement: MainWindow) -> None:
            window.close()  # deleted too unless it is the first window (the app's)
            self._opened(replacement, then)

        def not_opened(error: BaseException) -> None:
            if failed is not None:
                failed(error)
            if back_on_cancel:
                window.show()
            else:
                window.close()
                QApplication.quit()

        return self.open(database, window, then=opened, failed=not_opened)

    def change_language(self, window: QWidget, language: str) -> BackgroundJob:
        """Pengaturan › Bahasa › *Mulai ulang sekarang*: save ``language``, install its translations (the app's
        and Qt's own) and rebuild ``window`` in it for the same user, on the same workspace, at the same size,
        showing Pengaturan › Bahasa again; the old window closes once the new one shows. Every other open window
        (the training window, or the real one when the switch was made in training) is rebuilt in the new
        language too, on its area: a window left as it was would mix the languages, as Qt's own texts in it
        (standard buttons, menus of text fields) change at once and the app's do not."""
        assert isinstance(window, MainWindow)
        save_language(language)
        application = QApplication.instance()
        assert isinstance(application, QApplication)
        install_language(application, language)
        for other in [each for each in self.windows if each is not window and each.isVisible()]:
            self._rebuild(other)

        def opened(replacement: MainWindow) -> None:
            replacement.training_window = window.training_window  # updated again if that one is rebuilt later
            window.close()  # deleted too unless it is the first window (the app's)
            replacement.show_area(areas.SETTINGS)
            replacement.settings.show_language()

        return self.open(window.context.database, window, then=opened)

    def _rebuild(self, window: MainWindow) -> BackgroundJob:
        """A new window in ``window``'s place, on its database and area; a training window hands its database
        (which closes with its window) over to the new one."""
        database, area = window.context.database, window.navigation.currentRow()

        def opened(replacement: MainWindow) -> None:
            if window in self.training_windows:
                self.training_windows.remove(window)
                window.destroyed.disconnect(database.close)
                self._owns_database(replacement)
            for each in self.windows:  # the real window's link to its training window follows the rebuild
                if each.training_window is window:
                    each.training_window = replacement
            replacement.show_area(area)
            window.close()

        return self.open(database, window, then=opened)

    def _owns_database(self, window: MainWindow) -> None:
        """A training window closes its database when it goes (the real window's stays open)."""
        self.training_windows.append(window)
        window.destroyed.connect(window.context.database.close)
        window.destroyed.connect(lambda: self.training_windows.remove(window)
                                 if window in self.training_windows else None)

    def open_training(self, window: QWidget) -> BackgroundJob:
        """Build (the first time) and open the training workspace in a new window, with progress."""
        assert isinstance(window, MainWindow)
        real = window.context.database
        title = QCoreApplication.translate("TrainingSwitch", "Menyiapkan ruang kerja pelatihan")
        job = run_in_background(lambda ctx: _with_header(open_training_workspace(real, context=ctx)), parent=window,
                                title=title, error_title=QCoreApplication.translate("TrainingSwitch", "Mode Pelatihan"))
        job.succeeded.connect(lambda opened: setattr(window, "training_window", self._training_window(*opened)))
        return job

    def _training_window(self, database: Database, header: WindowHeader) -> MainWindow:
        window = self._build(database, header)
        self._owns_database(window)
        return window

    def reset_training(self, window: QWidget) -> BackgroundJob | None:
        """Close this training window and its database, rebuild the file from scratch and open it in a new window.

        A progress dialog shows from the click until the new window is on screen (the window used to vanish for
        seconds with nothing in its place). The old window is deleted before its database is closed: a page's late
        answer must never read a file that is being rebuilt. Returns None; the rebuild starts once the old window
        is gone (see ``last_reset``).
        """
        assert isinstance(window, MainWindow)
        database = window.context.database
        path = database.path
        title = QCoreApplication.translate("TrainingSwitch", "Reset data pelatihan")
        if path is None:
            prompts.error(window, title, QCoreApplication.translate(
                "TrainingSwitch", "Hanya ruang kerja pelatihan berupa berkas yang dapat direset."))
            return None
        progress = _reset_progress(window)
        self.reset_dialog = progress
        _quit_on_last_window(False)  # the main window is away while the file is rebuilt

        def rebuild() -> None:
            worker_pool().waitForDone(10_000)  # no job of the old window may still be reading the file
            database.retire()
            job = run_in_background(lambda ctx: _with_header(reset_training_workspace(path, context=ctx)),
                                    parent=None, owner=None, error_title=title)  # the result always arrives
            job.progress.connect(lambda done, total, text: _show_progress(progress, done, total, text))
            job.succeeded.connect(lambda opened: self._training_window(*opened))
            job.finished.connect(progress.close)
            job.finished.connect(progress.deleteLater)
            job.finished.connect(lambda: _quit_on_last_window(True))
            self.resets.append(job)

        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.destroyed.connect(rebuild)
        window.close()
        return None

    def last_reset(self) -> BackgroundJob | None:
        """The newest reset job (for tests and the status line)."""
        return self.resets[-1] if self.resets else None

    def close_all(self) -> None:
        """Release the databases opened here for a window (when the app ends)."""
        while self.databases:
            self.databases.pop().close()


def already_open_message() -> str:
    """Why a second start did not open its --db, and where to switch workspace instead."""
    return QCoreApplication.translate("app", "SPI Desktop sudah terbuka di jendela ini. Untuk membuka basis data "
                                             "lain, pilih Pengaturan › Koneksi basis data.")


def _header_of_opened(database: Database) -> WindowHeader:
    """The header of a window about to open on ``database``; a workspace file (not a training one) goes on this
    PC's list of workspaces opened lately (a background job: it reads the workspace and writes that list)."""
    header = read_header(database)
    if database.path is not None and not header.demo:
        remember_workspace(database.path)
    return header


def _reset_progress(window: QWidget) -> QProgressDialog:
    """A window of its own (not the training window's child, which is about to close), shown at once where the
    training window was; it has no Cancel: a half-built training file is never left behind."""
    title = QCoreApplication.translate("TrainingSwitch", "Mereset ruang kerja pelatihan")
    dialog = QProgressDialog(QCoreApplication.translate("TrainingSwitch", "Menghapus data pelatihan lama…"), "", 0, 0)
    dialog.setWindowTitle(title)
    dialog.setCancelButton(None)  # no Cancel button
    dialog.setMinimumWidth(420)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.move(window.geometry().center() - dialog.rect().center())
    dialog.show()
    dialog.raise_()
    return dialog


def _show_progress(dialog: QProgressDialog, done: int, total: int, text: str) -> None:
    dialog.setMaximum(max(total, 0))
    dialog.setValue(done if total else 0)
    if text:
        dialog.setLabelText(job_text(text))


def _with_header(database: Database) -> tuple[Database, WindowHeader]:
    return database, read_header(database)
