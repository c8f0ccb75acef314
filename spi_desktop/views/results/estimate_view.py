"""The estimate wizard's result page: runs the estimate, then shows it under an amber ESTIMASI banner.

Deliberately unlike the official results (results_tab.py): no band colours, an amber frame and a banner
that says these numbers are an estimate and not KPK's.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from spi_desktop.domain.estimate_stats import Estimate
from spi_desktop.domain.survey_year import GROUPS
from spi_desktop.services.estimate import EstimateReport, UnitEstimate, estimate_spi
from spi_desktop.views.context import AppContext
from spi_desktop.views.errors import user_message
from spi_desktop.views.labels import short_group_labels
from spi_desktop.views.numbers import format_decimal, format_int, weight_text
from spi_desktop.views.reason_texts import reason_text
from spi_desktop.views.results.estimate_choices import EstimateChoices
from spi_desktop.views.style import ERROR_RED, ERROR_STYLE
from spi_desktop.views.tables import Column, RowTableModel, row_table
from spi_desktop.views.text import fill
from spi_desktop.views.workers import BackgroundJob, run_in_background

AMBER = "#ffb300"
BANNER_STYLE = (f"background: {AMBER}; color: #3e2700; border: 2px solid #e65100; border-radius: 4px; "
                "padding: 6px 12px; font-size: 15pt; font-weight: 700;")
FRAME_STYLE = f"QFrame#estimateFrame {{ border: 3px solid {AMBER}; border-radius: 4px; }}"
ESTIMATE_TEXT = "#6d4c00"  # dark amber: estimate numbers are never in the band colours of official results


def score_text(found: Estimate | None) -> str:
    """'75,40 [69,26–81,53]'; '75,40' without an interval (one respondent); '–' when nothing was estimated."""
    interval = interval_text(found)
    return "–" if found is None else format_decimal(found.value) + (f" [{interval}]" if found.low is not None else "")


def interval_text(found: Estimate | None) -> str:
    """'69,26–81,53'; '–' without an interval."""
    if found is None or found.low is None or found.high is None:
        return "–"
    return f"{format_decimal(found.low)}–{format_decimal(found.high)}"


def _subindex(unit: UnitEstimate, group: str) -> Estimate | None:
    found = unit.estimate.groups.get(group)
    return None if found is None else found.subindex


def _index_key(unit: UnitEstimate) -> float:
    return -1.0 if unit.estimate.index is None else unit.estimate.index.value


class EstimateView(QWidget):
    """Shows one ``EstimateReport``; ``set_report`` fills it, ``show_unit`` picks the detail."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: EstimateReport | None = None
        self.banner = QLabel(self.tr("ESTIMASI — BUKAN NILAI RESMI KPK"))
        self.banner.setObjectName("estimateBanner")
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.setToolTip(self.tr("Hasil survei mandiri dengan asumsi aplikasi. Tidak disimpan; jangan "
                                       "dicampur dengan hasil resmi KPK."))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        short = short_group_labels()
        self.model = RowTableModel([
            Column(self.tr("Kode"), lambda u: u.code or self.tr("INSTANSI"), sort_key=lambda u: (u.code is not None,
                                                                                              u.code or "")),
            Column(self.tr("Nama"), self._name, tooltip=self._name),
            Column(self.tr("Indeks [interval 95 %]"), lambda u: score_text(u.estimate.index), sort_key=_index_key,
                   align_right=True, colour=lambda _u: ESTIMATE_TEXT),
            Column(self.tr("Kategori (perkiraan)"), lambda u: u.band or "–", sort_key=_index_key),
            Column(self.tr("n"), lambda u: format_int(u.estimate.respondents), align_right=True,
                   sort_key=lambda u: u.estimate.respondents),
            *[self._group_column(short[group], group) for group in GROUPS],
        ])
        self.table = row_table(self.model, name=self.tr("Estimasi per OPD"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # the institution first, then OPD by code
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.detail_title = QLabel()
        self.detail_title.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.detail_title.setWordWrap(True)
        self.detail_text = QLabel()
        self.detail_text.setWordWrap(True)
        self.elements = RowTableModel([
            Column(self.tr("Elemen"), lambda e: e[0], tooltip=lambda e: e[0]),
            Column(self.tr("Nilai"), lambda e: format_decimal(e[1].value) if e[1] else "–", align_right=True),
            Column(self.tr("Interval 95 %"), lambda e: interval_text(e[1]), align_right=True),
            Column(self.tr("n"), lambda e: format_int(e[1].n) if e[1] else "0", align_right=True),
        ])
        self.element_table = row_table(self.elements, name=self.tr("Estimasi per elemen"))
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addWidget(self.detail_text)
        detail_layout.addWidget(self.element_table, 1)
        self.notes = QListWidget()
        self.notes.setAccessibleName(self.tr("Catatan estimasi"))
        self.notes.setWordWrap(True)
        self.problems = RowTableModel([
            Column(self.tr("Berkas"), lambda p: p.file, tooltip=lambda p: p.file),
            Column(self.tr("Baris"), lambda p: str(p.row), sort_key=lambda p: p.row, align_right=True),
            Column(self.tr("Kolom"), lambda p: p.column, tooltip=lambda p: p.column),
            Column(self.tr("Masalah"), lambda p: p.message, tooltip=lambda p: p.message),
        ])
        self.problem_table = row_table(self.problems, name=self.tr("Masalah data"))
        self.tabs = QTabWidget()
        self.tabs.addTab(self.notes, self.tr("Catatan"))
        self.tabs.addTab(self.problem_table, self.tr("Masalah"))
        for table in (self.table, self.element_table, self.problem_table):
            table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        bottom = QSplitter()
        bottom.addWidget(detail)
        bottom.addWidget(self.tabs)
        bottom.setSizes([560, 600])
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(bottom)
        split.setSizes([260, 300])
        frame = QFrame()
        frame.setObjectName("estimateFrame")
        frame.setStyleSheet(FRAME_STYLE)
        inner = QVBoxLayout(frame)
        inner.addWidget(self.summary)
        inner.addWidget(split, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(frame, 1)

    def _name(self, unit: UnitEstimate) -> str:
        return unit.name if unit.code else self.tr("Instansi (semua jawaban)")

    def _group_column(self, title: str, group: str) -> Column:
        return Column(title, lambda u: format_decimal(found.value) if (found := _subindex(u, group)) else "–",
                      sort_key=lambda u: found.value if (found := _subindex(u, group)) else -1.0, align_right=True,
                      tooltip=lambda u: score_text(_subindex(u, group)), colour=lambda _u: ESTIMATE_TEXT)

    def set_report(self, report: EstimateReport) -> None:
        """Show ``report``: the institution first, then every OPD in the file; select the institution."""
        self.report = report
        weights = " · ".join(f"{label} {weight_text(report.weights.get(group))}"
                             for group, label in short_group_labels().items())
        correction = (fill(self.tr("koreksi %1 poin"), format_decimal(report.correction)) if report.correction
                      else self.tr("tanpa faktor koreksi"))
        self.summary.setText(fill(self.tr("Tahun %1 · berkas %2 · peta \"%3\": %4 baris dibaca, %5 responden dihitung."
                                          " Bobot %6; %7. Angka: nilai [interval 95 %], n = responden."),
                                  report.year, report.file, report.map_name, format_int(report.read),
                                  format_int(report.institution.estimate.respondents), weights, correction))
        self.model.set_rows([report.institution, *report.units])
        header = self.table.horizontalHeader()
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(1, min(self.table.columnWidth(1), 280))  # long names elide, tooltip has all
        header.setStretchLastSection(True)
        self.problems.set_rows(report.problems)
        self.problem_table.resizeColumnsToContents()
        for column, widest in ((0, 140), (2, 160)):  # leave room for the message; tooltips show the rest
            self.problem_table.setColumnWidth(column, min(self.problem_table.columnWidth(column), widest))
        self.tabs.setTabText(1, fill(self.tr("Masalah (%1)"), format_int(len(report.problems))))
        self.table.selectRow(0)
        self.show_unit(self.model.row_at(0))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.show_unit(self.model.row_at(current.row()))

    def show_unit(self, unit: UnitEstimate) -> None:
        """The selected unit's index, sub-indices and elements."""
        assert self.report is not None
        found = unit.estimate
        self.detail_title.setText(fill(self.tr("ESTIMASI · %1"), self._name(unit)))
        labels = short_group_labels()
        groups = "; ".join(fill(self.tr("%1 %2 (n=%3)"), labels[g], score_text(found.groups[g].subindex),
                                format_int(found.groups[g].respondents)) for g in GROUPS if g in found.groups)
        self.detail_text.setText(fill(self.tr("Indeks %1, kategori %2, %3 responden.\nSub-indeks: %4."),
                                      score_text(found.index), unit.band or "–", format_int(found.respondents),
                                      groups or "–"))
        self.elements.set_rows([(e.name, found.elements.get(e.code)) for e in self.report.elements])
        self.element_table.resizeColumnsToContents()
        self.element_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.element_table.horizontalHeader().setStretchLastSection(False)
        self.notes.clear()
        for note in found.notes:  # the selected unit's own notes first, in bold
            item = QListWidgetItem(f"• {unit.code or self.tr('INSTANSI')}: {reason_text(note)}")
            font = item.font()
            font.setBold(True)
            item.setFont(font)
            self.notes.addItem(item)
        self.notes.addItems([f"• {reason_text(note)}" for note in self.report.notes])
        self.tabs.setTabText(0, fill(self.tr("Catatan (%1 untuk unit ini)"), format_int(len(found.notes)))
                             if found.notes else self.tr("Catatan"))


class ResultPage(QWizardPage):
    """Runs the estimate of ``choices`` off the GUI thread, then shows it (or the service's error, in red) and
    keeps it as ``choices.report``; ``started`` tells the wizard of each run. The wizard connects
    ``save_button`` and ``cards_button``."""

    started = Signal(object)  # the BackgroundJob of a new run

    def __init__(self, context: AppContext, choices: EstimateChoices) -> None:
        super().__init__()
        self.context, self.choices = context, choices
        self.setTitle(self.tr("Hasil ESTIMASI"))
        self.setFinalPage(True)
        self.job: BackgroundJob | None = None
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress_text = QLabel(self.tr("Menghitung…"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.error.setStyleSheet(f"{ERROR_STYLE} background: #fdecea; border: 1px solid {ERROR_RED}; padding: 10px;")
        self.view = EstimateView()
        self.save_button = QPushButton(self.tr("Simpan &data estimasi…"))
        self.cards_button = QPushButton(self.tr("Kartu skor &ESTIMASI…"))
        running = QHBoxLayout()
        running.addWidget(self.progress_text)
        running.addWidget(self.progress, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cards_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(running)
        layout.addWidget(self.error)
        layout.addWidget(self.view, 1)
        layout.addStretch(0)
        layout.addLayout(buttons)

    def initializePage(self) -> None:
        self.choices.report = None
        self.error.hide()
        self.view.hide()
        self.save_button.setEnabled(False)
        self.cards_button.setEnabled(False)
        self._running(True)
        chosen = self.choices
        database, year, export, map_path = self.context.database, self.context.year, chosen.export, chosen.map_path
        weights, correction, sheet = chosen.weights, chosen.correction, chosen.sheet
        assert export is not None and map_path is not None
        job = run_in_background(lambda _ctx: estimate_spi(database, export, map_path, year, correction,
                                                          weights=weights, sheet=sheet), owner=self)
        job.succeeded.connect(lambda report: self._finished(job, report))
        job.failed.connect(lambda error: self._failed(job, error))
        self.job = job
        self.started.emit(job)
        self.completeChanged.emit()

    def _running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.progress_text.setVisible(running)

    def _finished(self, job: BackgroundJob, report: EstimateReport) -> None:
        if job is not self.job:  # an older run the user went back from
            return
        self._running(False)
        self.choices.report = report
        self.view.set_report(report)
        self.view.show()
        self.save_button.setEnabled(True)
        self.cards_button.setEnabled(True)
        self.completeChanged.emit()

    def _failed(self, job: BackgroundJob, error: Exception) -> None:
        if job is not self.job:
            return
        self._running(False)
        self.error.setText(fill(self.tr("Estimasi tidak dapat dihitung: %1\nKembali untuk memperbaiki berkas, peta "
                                        "atau bobot. Tidak ada yang disimpan."), user_message(error)))
        self.error.show()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.job is not None and self.job.done
