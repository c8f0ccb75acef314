"""The main window: navigation by area on the left, survey-year selector on top, database below.

The window shows its frame first (menus, navigation, toolbar, status bar, "Memuat…" where the page goes) without
importing anything of the database; ``attach`` then gives it its workspace and header, and its pages are built
after that, the one on screen first (views/shell/lazy_pages.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMenuBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from spi_desktop.domain.roles import Permission
from spi_desktop.views.admin.roles_text import role_label
from spi_desktop.views.context import AppContext, Area, Place, Shell
from spi_desktop.views.screen_fit import keep_on_screen
from spi_desktop.views.shell import areas
from spi_desktop.views.shell.lazy_pages import LazyPage, LazyPages
from spi_desktop.views.shell.window_place import remember
from spi_desktop.views.style import STYLESHEET
from spi_desktop.views.text import fill

if TYPE_CHECKING:
    from spi_desktop.services.about import AboutInfo
    from spi_desktop.services.database import Database
    from spi_desktop.services.first_start import FirstStartState
    from spi_desktop.services.workspace import WorkspaceInfo
    from spi_desktop.views.admin.admin_page import AdminPage
    from spi_desktop.views.home.home_page import HomePage
    from spi_desktop.views.monitoring.monitoring_page import MonitoringPage
    from spi_desktop.views.population.population_page import PopulationPage
    from spi_desktop.views.results.results_page import ResultsPage
    from spi_desktop.views.settings.settings_page import SettingsPage
    from spi_desktop.views.shell.header import WindowHeader
    from spi_desktop.views.training.training_bar import TrainingBanner
    from spi_desktop.views.units.units_page import UnitsPage
    from spi_desktop.views.workers import BackgroundJob


TOOLBAR_GAP = 16  # px between the header's groups (Mode Pelatihan | Tahun survei)


class MainWindow(QMainWindow):
    """Wires the area pages together; holds no logic of its own. Built only by the shell (``Windows``, or the
    first start in views/shell/startup.py), which ``attach``-es the workspace and the header it read off the GUI
    thread; until then it is the frame alone."""

    home: LazyPage[HomePage] = LazyPage(areas.HOME)
    units: LazyPage[UnitsPage] = LazyPage(areas.UNITS)
    population: LazyPage[PopulationPage] = LazyPage(areas.POPULATION)
    monitoring: LazyPage[MonitoringPage] = LazyPage(areas.MONITORING)
    results: LazyPage[ResultsPage] = LazyPage(areas.RESULTS)
    settings: LazyPage[SettingsPage] = LazyPage(areas.SETTINGS)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_on_screen(self)
        self.attached = False
        self.context: AppContext
        self.shell: Shell
        self.header_job: BackgroundJob | None = None
        self.last_job: BackgroundJob | None = None
        self.training_banner: TrainingBanner | None = None
        self.training_window: QMainWindow | None = None
        self.training_button: QPushButton | None = None
        self.recent: list[Path] = []
        self.setStyleSheet(STYLESHEET)
        self.setWindowTitle("SPI Desktop")
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Area"))
        self.navigation.setFixedWidth(210)
        self.pages = LazyPages()
        for title in (self.tr("Beranda"), self.tr("Instansi & OPD"), self.tr("Populasi"), self.tr("Pemantauan"),
                      self.tr("Hasil & Rencana Aksi"), self.tr("Pengaturan")):
            self._add_area(title)
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.navigation.setCurrentRow(areas.HOME)
        central = QWidget()
        layout = QHBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.navigation)
        # The pages scroll rather than push the window past the screen: on 1366×768 with the taskbar and the
        # training banner the tallest (Pemantauan) would otherwise make the window taller than the 728 px left.
        self.page_area = QScrollArea()
        self.page_area.setObjectName("pageArea")
        self.page_area.setFrameShape(QFrame.Shape.NoFrame)
        self.page_area.setWidgetResizable(True)
        self.page_area.setWidget(self.pages)
        # Not a Tab stop of its own (the page's fields are); named for screen readers all the same.
        self.page_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.page_area.setAccessibleName(self.tr("Halaman"))
        layout.addWidget(self.page_area, 1)
        self._outer = QVBoxLayout(central)
        self._outer.setContentsMargins(0, 0, 0, 0)
        self._outer.setSpacing(0)
        self._outer.addLayout(layout, 1)
        self.setCentralWidget(central)
        self.year_box = QComboBox()
        self.year_box.setMinimumWidth(90)
        self.year_box.currentIndexChanged.connect(self._year_chosen)
        self.workspace_label = QLabel()
        self.workspace_label.setObjectName("workspaceName")
        self.toolbar = QToolBar(self.tr("Tahun survei"))
        self.toolbar.setMovable(False)
        # The menus sit in the toolbar's row rather than a row of their own: at 1366×768 that row is 22 px
        # more of the page.
        self.menu_bar = QMenuBar()
        self.menu_bar.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        self.file_menu = self.menu_bar.addMenu(self.tr("&Berkas"))
        self._fill_file_menu()
        self.help_menu = self.menu_bar.addMenu(self.tr("Ba&ntuan"))  # Alt+B is Berkas
        self.assistant_action = self.help_menu.addAction(self.tr("&Asisten mulai…"))
        self.assistant_action.triggered.connect(lambda: self.open_assistant())
        self.assistant_action.setEnabled(False)
        self.assistant: QWidget | None = None
        self.assistant_job: BackgroundJob | None = None
        self.about_action = self.help_menu.addAction(self.tr("&Tentang SPI Desktop…"))
        self.about_action.triggered.connect(self.open_about)
        self.toolbar.addWidget(self.menu_bar)
        self.toolbar.addWidget(self.workspace_label)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self._year_label = self.toolbar.addWidget(QLabel(self.tr("Tahun survei: ")))
        self.toolbar.addWidget(self.year_box)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.database_label = QLabel()
        self.statusBar().addWidget(self.database_label)
        self.user_label = QLabel()
        self.password_button = QPushButton(self.tr("&Ganti kata sandi"))
        self.password_button.clicked.connect(self.change_own_password)
        self.sign_out_button = QPushButton(self.tr("&Keluar / ganti pengguna"))
        self.sign_out_button.clicked.connect(self.sign_out)
        for widget in (self.user_label, self.password_button, self.sign_out_button):
            self.statusBar().addPermanentWidget(widget)
        self.password_button.hide()
        self.sign_out_button.hide()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Keep a workspace window's size, place and maximised state for the next start (a training window's
        are not the user's own)."""
        if self.attached and not self.context.demo:
            remember(self)
        super().closeEvent(event)

    def attach(self, database: Database, header: WindowHeader, shell: Shell) -> None:
        """Give the frame its workspace: the header, the training banner or button, and the pages' builders (the
        pages themselves are built in the next passes of the event loop, or when opened)."""
        from spi_desktop.views.workers import LatestOnly

        self.shell = shell
        self.context = AppContext(database, header.year, shell, header.demo, header.actor)
        self.attached = True
        self._header_latest = LatestOnly()
        if self.context.may(Permission.USERS):
            self._add_area(self.tr("Pengguna & Audit"))
        for index in range(self.pages.count()):
            self.pages.set_builder(index, self._builder(index))
        if self.context.demo:
            from spi_desktop.views.training.training_bar import TrainingBanner

            self.training_banner = TrainingBanner(self.context)
            self.training_banner.resetRequested.connect(self.reset_training)
            self._outer.insertWidget(0, self.training_banner)
        else:
            self.training_button = QPushButton(self.tr("&Mode Pelatihan"))
            self.training_button.setToolTip(self.tr("Buka ruang kerja pelatihan (data fiktif, berkas sendiri) di "
                                                    "jendela lain; ruang kerja ini tidak disentuh."))
            self.training_button.clicked.connect(self.open_training)
            self.toolbar.insertWidget(self._year_label, self.training_button)
            gap = QWidget()  # the toolbar's few pixels jammed the button against "Tahun survei:"
            gap.setFixedWidth(TOOLBAR_GAP)
            self.toolbar.insertWidget(self._year_label, gap)
        self.database_label.setText(fill(self.tr("Basis data: %1"), database.describe()))
        self.context.dataChanged.connect(self._data_changed)
        self.context.placeRequested.connect(self._go_to)
        self.context.assistantRequested.connect(self.open_assistant)
        self.assistant_action.setEnabled(self.context.may(Permission.SETTINGS))
        self._show_header(header)

    def _add_area(self, title: str) -> None:
        """An area in the navigation, with its page's place and Ctrl+<its number> to go there from anywhere in the
        window (the letters of Alt are the buttons' and the menus')."""
        index = self.navigation.count()
        self.navigation.addItem(title)
        self.pages.add_slot()
        keys = QKeySequence(f"Ctrl+{index + 1}")
        self.navigation.item(index).setToolTip(f"{title} ({keys.toString(QKeySequence.SequenceFormat.NativeText)})")
        QShortcut(keys, self, lambda: self.show_area(index))

    def _builder(self, index: int) -> Callable[[], QWidget]:
        return lambda: areas.BUILDERS[index](self.context)

    @property
    def admin(self) -> AdminPage | None:
        """Pengguna & Audit, for whoever may manage users (else None)."""
        if self.pages.count() <= areas.ADMIN:
            return None
        return cast("AdminPage", self.pages.page(areas.ADMIN))

    def _go_to(self, place: str) -> None:
        self.show_area(areas.PLACES[Place(place)])

    def open_assistant(self, only_if_needed: bool = False) -> BackgroundJob:
        """Bantuan › Asisten mulai: read what the workspace holds off the GUI thread, then open the first-start
        assistant over it; with ``only_if_needed`` (the first start) only when the workspace has no institution or no
        OPD, and only for whoever may change the settings."""
        from spi_desktop.services.first_start import first_start_state
        from spi_desktop.views.workers import run_in_background

        database = self.context.database
        self.assistant_job = run_in_background(lambda _ctx: first_start_state(database), owner=self,
                                               error_title=self.tr("Asisten mulai"))
        self.assistant_job.succeeded.connect(
            lambda state: self._show_assistant(state) if state.needed or not only_if_needed else None)
        return self.assistant_job

    def _show_assistant(self, state: FirstStartState) -> None:
        from spi_desktop.views.setup.first_start_wizard import FirstStartWizard

        if not self.context.may(Permission.SETTINGS) or self.context.demo:
            return
        if self.assistant is not None and self.assistant.isVisible():
            self.assistant.raise_()
            return
        wizard = FirstStartWizard(self.context, state, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.destroyed.connect(lambda: setattr(self, "assistant", None))
        self.assistant = wizard
        wizard.open()

    def open_training(self) -> BackgroundJob:
        """Open the training workspace in a window of its own (built the first time)."""
        self.last_job = self.shell.open_training(self)
        return self.last_job

    def reset_training(self) -> BackgroundJob | None:
        """Rebuild this training workspace from scratch; a fresh window replaces this one."""
        self.last_job = self.shell.reset_training(self)
        return self.last_job

    def show_area(self, index: int) -> None:
        """Switch to the area at ``index`` in the navigation."""
        self.navigation.setCurrentRow(index)

    def _fill_years(self, years: list[int]) -> None:
        self.year_box.blockSignals(True)
        self.year_box.clear()
        for year in years:
            self.year_box.addItem(str(year), year)
        self.year_box.setCurrentIndex(self.year_box.findData(self.context.year))
        self.year_box.blockSignals(False)

    def _year_chosen(self, _index: int) -> None:
        year = self.year_box.currentData()
        if year is not None:
            self.context.set_year(int(year))

    def _show_workspace(self, info: WorkspaceInfo | None) -> None:
        name = info.name if info else self.tr("Ruang kerja belum diatur (Pengaturan › Instansi)")
        self.workspace_label.setText(name)
        self.setWindowTitle(fill(self.tr("SPI Desktop — %1"), name))

    def _show_user(self) -> None:
        actor = self.context.actor
        if actor.local:
            self.user_label.setText(fill(self.tr("Pengguna lokal: %1 (tanpa akun, berperan Admin)"), actor.name))
        else:
            self.user_label.setText(fill(self.tr("Masuk sebagai %1 (%2)"), actor.name, role_label(actor.role)))
        self.password_button.setVisible(not actor.local)
        self.sign_out_button.setVisible(not actor.local)

    def change_own_password(self) -> QWidget:
        """Let the signed-in user change their own password (the old one is asked for)."""
        from spi_desktop.views.admin.account_dialog import PasswordDialog

        dialog = PasswordDialog(self.context.database, self.context.actor.name, own=True, parent=self)
        dialog.open()
        return dialog

    def open_about(self) -> BackgroundJob:
        """Show Bantuan › Tentang SPI Desktop: the version, build date and the licences of what is bundled, read
        from the packages' metadata off the GUI thread first."""
        from spi_desktop.services.about import about_info
        from spi_desktop.views.workers import run_in_background

        self.about_job = run_in_background(lambda _ctx: about_info(), owner=self,
                                           error_title=self.tr("Tentang SPI Desktop"))
        self.about_job.succeeded.connect(self._show_about)
        return self.about_job

    def _show_about(self, info: AboutInfo) -> None:
        from spi_desktop.views.about_dialog import AboutDialog

        dialog = AboutDialog(info, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _fill_file_menu(self) -> None:
        """Berkas: open a workspace file, then the ones opened lately (read afresh each time the menu opens)."""
        self.file_menu.clear()
        self.file_menu.addAction(self.tr("&Buka ruang kerja…"), self.choose_workspace).setEnabled(self.attached)
        if not self.attached:
            return
        recent = [path for path in self.recent if path != self.context.database.path]
        if recent:
            self.file_menu.addSeparator()
            for number, path in enumerate(recent, start=1):
                action = self.file_menu.addAction(f"&{number} {path.name}")
                action.triggered.connect(self._opener(path))
                action.setToolTip(str(path))
                action.setStatusTip(str(path))

    def _opener(self, path: Path) -> Callable[[], object]:
        return lambda: self.open_workspace(path)

    def choose_workspace(self) -> BackgroundJob | None:
        """Pick a workspace file and open it in this window's place."""
        from spi_desktop.views.prompts import prompts

        path = prompts.open_file(self, self.tr("Buka ruang kerja"), self.tr("Ruang kerja SPI (*.sqlite *.db)"))
        return self.open_workspace(Path(path)) if path else None

    def open_workspace(self, path: Path) -> BackgroundJob:
        """Open the workspace file ``path`` off the GUI thread (migrating it when older), then replace this window
        with one on it."""
        from spi_desktop.services.database import open_database
        from spi_desktop.views.workers import run_in_background

        self.open_job = run_in_background(lambda _ctx: open_database(path), self, self.tr("Membuka ruang kerja…"),
                                          error_title=self.tr("Buka ruang kerja"))
        self.open_job.succeeded.connect(lambda database: self.shell.on_database(self, database))
        return self.open_job

    def sign_out(self) -> None:
        """Sign out and ask who signs in next; a new window opens with that user's rights, or the app ends."""
        self.shell.switch_user(self)

    def _data_changed(self, area: str) -> None:
        """Read the header again off the GUI thread after a change to who acts, the years or the workspace."""
        if area not in (Area.USERS, Area.YEARS, Area.WORKSPACE):
            return
        from spi_desktop.views.shell.header import read_header
        from spi_desktop.views.workers import run_in_background

        database, is_newest = self.context.database, self._header_latest.ask()
        self.header_job = run_in_background(lambda _ctx: read_header(database), owner=self)
        self.header_job.succeeded.connect(lambda header: self._show_header(header) if is_newest() else None)

    def _show_header(self, header: WindowHeader) -> None:
        self.context.actor = header.actor
        self._show_user()
        self._fill_years(header.years)
        self._show_workspace(header.workspace)
        self.recent = header.recent
        self._fill_file_menu()
