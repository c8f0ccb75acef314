"""Hasil & Rencana Aksi: official results, the action-plan board, scorecards and the SPI mandiri estimate."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from spi_desktop.views.context import AppContext
from spi_desktop.views.pages import TabbedPage
from spi_desktop.views.results.action_board import ActionBoard
from spi_desktop.views.results.estimate_wizard import EstimateWizard
from spi_desktop.views.results.results_tab import ResultsTab
from spi_desktop.views.results.scorecards_tab import ScorecardsTab
from spi_desktop.views.text import fill


class ResultsPage(TabbedPage):
    """Tabs over the chosen survey year."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent=parent)
        self.results = self.add_tab(ResultsTab(context), self.tr("Hasil resmi"))
        self.action_board = self.add_tab(ActionBoard(context), self.tr("Rencana aksi"))
        self.scorecards = self.add_tab(ScorecardsTab(context), self.tr("Kartu skor"))
        self.add_tab(self._estimate_tab(), self.tr("Estimasi SPI mandiri"))
        self.title_with_year(lambda year: fill(self.tr("Hasil SPI dan rencana aksi %1"), year))

    def _estimate_tab(self) -> QWidget:
        tab = QWidget()
        text = QLabel(self.tr(
            "Perkirakan indeks, sub-indeks dan elemen per OPD dari jawaban anonim survei latihan (ekspor Google "
            "Forms, KoboToolbox, LimeSurvey) dengan peta kuesioner. Hasilnya selalu ESTIMASI, bukan nilai resmi "
            "KPK, dan tidak disimpan di ruang kerja. Identitas responden tidak pernah dibaca."))
        text.setWordWrap(True)
        start = QPushButton(self.tr("Mulai &estimasi…"))
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
