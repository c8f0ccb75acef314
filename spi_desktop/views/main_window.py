"""The main window: navigation by area on the left, survey-year selector on top, database below."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from spi_desktop.db.session import Database
from spi_desktop.services import years as year_service
from spi_desktop.services.workspace import get_workspace
from spi_desktop.views.context import AppContext
from spi_desktop.views.home.home_page import HomePage
from spi_desktop.views.monitoring.monitoring_page import MonitoringPage
from spi_desktop.views.population.population_page import PopulationPage
from spi_desktop.views.results.results_page import ResultsPage
from spi_desktop.views.settings.settings_page import SettingsPage
from spi_desktop.views.style import STYLESHEET
from spi_desktop.views.text import fill
from spi_desktop.views.units.units_page import UnitsPage


class MainWindow(QMainWindow):
    """Wires the area pages together; holds no logic of its own."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = AppContext(database, year_service.current_year(database))
        self.setStyleSheet(STYLESHEET)
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(210)
        self.pages = QStackedWidget()
        self.home = HomePage(self.context)
        self.units = UnitsPage(self.context)
        self.population = PopulationPage(self.context)
        self.monitoring = MonitoringPage(self.context)
        self.results = ResultsPage(self.context)
        self.settings = SettingsPage(self.context)
        # Areas listed as they come into being: Kartu Skor and Pelatihan join here when their
        # capabilities land.
        for title, page in (
            (self.tr("Beranda"), self.home),
            (self.tr("Instansi & OPD"), self.units),
            (self.tr("Populasi"), self.population),
            (self.tr("Pemantauan"), self.monitoring),
            (self.tr("Hasil & Rencana Aksi"), self.results),
            (self.tr("Pengaturan"), self.settings),
        ):
            self.navigation.addItem(title)
            self.pages.addWidget(page)
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.navigation.setCurrentRow(0)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.year_box = QComboBox()
        self.year_box.setMinimumWidth(90)
        self.year_box.currentIndexChanged.connect(self._year_chosen)
        self.workspace_label = QLabel()
        self.workspace_label.setObjectName("workspaceName")
        toolbar = QToolBar(self.tr("Tahun survei"))
        toolbar.setMovable(False)
        toolbar.addWidget(self.workspace_label)
        spacer = QWidget()
        spacer.setSizePolicy(spacer.sizePolicy().horizontalPolicy().Expanding,
                             spacer.sizePolicy().verticalPolicy())
        toolbar.addWidget(spacer)
        toolbar.addWidget(QLabel(self.tr("Tahun survei: ")))
        toolbar.addWidget(self.year_box)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        self.database_label = QLabel(fill(self.tr("Basis data: %1"), database.describe()))
        self.statusBar().addWidget(self.database_label)
        self.context.dataChanged.connect(self._data_changed)
        self._fill_years()
        self._show_workspace()

    def show_area(self, index: int) -> None:
        """Switch to the area at ``index`` in the navigation."""
        self.navigation.setCurrentRow(index)

    def _fill_years(self) -> None:
        self.year_box.blockSignals(True)
        self.year_box.clear()
        for year in year_service.list_years(self.context.database):
            self.year_box.addItem(str(year), year)
        self.year_box.setCurrentIndex(self.year_box.findData(self.context.year))
        self.year_box.blockSignals(False)

    def _year_chosen(self, _index: int) -> None:
        year = self.year_box.currentData()
        if year is not None:
            self.context.set_year(int(year))

    def _show_workspace(self) -> None:
        info = get_workspace(self.context.database)
        name = info.name if info else self.tr("Ruang kerja belum diatur (Pengaturan › Instansi)")
        self.workspace_label.setText(name)
        self.setWindowTitle(fill(self.tr("SPI Desktop — %1"), name))

    def _data_changed(self, area: str) -> None:
        if area == "years":
            self._fill_years()
        elif area == "workspace":
            self._show_workspace()
