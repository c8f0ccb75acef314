"""Pemantauan: targets, the stored progress snapshots, charts, and chasing the OPD that lag behind."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from spi_desktop.views.context import AppContext
from spi_desktop.views.monitoring.charts_page import ChartsPage
from spi_desktop.views.monitoring.chasing_tab import ChasingTab
from spi_desktop.views.monitoring.snapshots_tab import SnapshotsTab
from spi_desktop.views.monitoring.targets_tab import TargetsTab
from spi_desktop.views.pages import TabbedPage
from spi_desktop.views.text import fill


class MonitoringPage(TabbedPage):
    """Four tabs over the chosen survey year; Beranda shows the matrix built from them."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent=parent)
        self.snapshots = self.add_tab(SnapshotsTab(context), self.tr("Data kemajuan"))
        self.targets = self.add_tab(TargetsTab(context), self.tr("Target sampel"))
        self.charts = self.add_tab(ChartsPage(context), self.tr("Grafik"))
        self.chasing = self.add_tab(ChasingTab(context), self.tr("OPD tertinggal && pengingat"))
        self.title_with_year(lambda year: fill(self.tr("Pemantauan pengisian survei %1"), year))
