"""Pemantauan: targets, the stored progress snapshots, charts, and chasing the OPD that lag behind."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from spi_desktop.views.context import AppContext
from spi_desktop.views.monitoring.charts_page import ChartsPage
from spi_desktop.views.monitoring.chasing_tab import ChasingTab
from spi_desktop.views.monitoring.snapshots_tab import SnapshotsTab
from spi_desktop.views.monitoring.targets_tab import TargetsTab
from spi_desktop.views.text import fill


class MonitoringPage(QWidget):
    """Four tabs over the chosen survey year; Beranda shows the matrix built from them."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.snapshots = SnapshotsTab(context)
        self.targets = TargetsTab(context)
        self.charts = ChartsPage(context)
        self.chasing = ChasingTab(context)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.snapshots, self.tr("Data kemajuan"))
        self.tabs.addTab(self.targets, self.tr("Target sampel"))
        self.tabs.addTab(self.charts, self.tr("Grafik"))
        self.tabs.addTab(self.chasing, self.tr("OPD tertinggal && pengingat"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs, 1)
        context.yearChanged.connect(lambda _year: self._show_title())
        self._show_title()

    def _show_title(self) -> None:
        self.title.setText(fill(self.tr("Pemantauan pengisian survei %1"), self.context.year))
