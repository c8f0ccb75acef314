"""Hasil & Rencana Aksi: official results, the action-plan board, scorecards and the SPI mandiri estimate."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from spi_desktop.views.context import AppContext
from spi_desktop.views.results.action_board import ActionBoard
from spi_desktop.views.results.estimate_wizard import EstimateWizard
from spi_desktop.views.results.results_tab import ResultsTab
from spi_desktop.views.results.scorecards_tab import ScorecardsTab
from spi_desktop.views.text import fill


class ResultsPage(QWidget):
    """Tabs over the chosen survey year."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.results = ResultsTab(context)
        self.action_board = ActionBoard(context)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.results, self.tr("Hasil resmi"))
        self.tabs.addTab(self.action_board, self.tr("Rencana aksi"))
        self.scorecards = ScorecardsTab(context)
        self.tabs.addTab(self.scorecards, self.tr("Kartu skor"))
        self.tabs.addTab(self._estimate_tab(), self.tr("Estimasi SPI mandiri"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs, 1)
        context.yearChanged.connect(lambda _year: self._show_title())
        self._show_title()

    def _estimate_tab(self) -> QWidget:
        tab = QWidget()
        text = QLabel(self.tr(
            "Perkirakan indeks, sub-indeks dan elemen per OPD dari jawaban anonim survei latihan (ekspor Google "
            "Forms, KoboToolbox, LimeSurvey) dengan peta kuesioner. Hasilnya selalu ESTIMASI, bukan nilai resmi "
            "KPK, dan tidak disimpan di ruang kerja. Identitas responden tidak pernah dibaca."))
        text.setWordWrap(True)
        start = QPushButton(self.tr("Mulai estimasi…"))
        start.clicked.connect(self.open_estimate)
        layout = QVBoxLayout(tab)
        layout.addWidget(text)
        layout.addWidget(start)
        layout.addStretch(1)
        return tab

    def open_estimate(self) -> EstimateWizard:
        """Open the estimate wizard for the chosen year."""
        wizard = EstimateWizard(self.context, self)
        wizard.open()
        return wizard

    def _show_title(self) -> None:
        self.title.setText(fill(self.tr("Hasil SPI dan rencana aksi %1"), self.context.year))
