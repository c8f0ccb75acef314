"""Grafik: attainment per OPD, the institution's completed answers over time, the OPD furthest behind.

The data is read off the GUI thread; each chart is drawn from it on screen and again, at a fixed
size, when exported as PNG.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCharts import QChart, QChartView
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from spi_desktop.domain.roles import Permission
from spi_desktop.services.progress_charts import ChartData, chart_data
from spi_desktop.services.report_exports import check_export, note_chart_export
from spi_desktop.views.attempt import attempt_in_background
from spi_desktop.views.context import AppContext, Area
from spi_desktop.views.dates import shown_date
from spi_desktop.views.errors import user_message
from spi_desktop.views.guard import offer_only_if_allowed
from spi_desktop.views.labels import short_group_labels
from spi_desktop.views.monitoring.charts import (
    EXPORT_SIZE,
    MAX_BARS,
    attainment_chart,
    message_chart,
    over_time_chart,
    render_png,
)
from spi_desktop.views.numbers import format_int
from spi_desktop.views.pages import AreaPage
from spi_desktop.views.prompts import prompts
from spi_desktop.views.text import fill
from spi_desktop.views.workers import BackgroundJob

CHARTS = ("attainment", "over_time", "gap")
MIN_BARS, ROW_PIXELS, CHART_FURNITURE = 8, 21, 200  # bars shown on screen: as many as the height can hold


class ChartsPage(AreaPage):
    """Three charts in tabs, each with its PNG export; a plain sentence when the year has no data yet."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.data: ChartData | None = None
        self.bars_on_screen = MAX_BARS
        self._fit_later = QTimer(self)
        self._fit_later.setSingleShot(True)
        self._fit_later.setInterval(150)
        self._fit_later.timeout.connect(self._fit_bars)
        title = QLabel(self.tr("Grafik kemajuan pengisian"))
        title.setObjectName("pageTitle")
        self.summary = QLabel()
        self.summary.setObjectName("sourceNotes")
        self.message = QLabel(self.tr("Memuat grafik…"))
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("font-size: 16pt; color: #5b6b7b;")
        self.tabs = QTabWidget()
        self.tabs.setStyleSheet("QTabBar::tab { font-size: 12pt; padding: 8px 18px; }")
        self.views: dict[str, QChartView] = {}
        self.export_buttons: dict[str, QPushButton] = {}
        names = (self.tr("Capaian per OPD"), self.tr("Selesai dari waktu ke waktu"),
                 self.tr("Kesenjangan OPD paling tertinggal"))
        for which, name in zip(CHARTS, names, strict=True):
            view = QChartView()
            view.setAccessibleName(name)
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setFrameShape(QFrame.Shape.NoFrame)
            view.setMinimumHeight(380)
            button = QPushButton(self.tr("&Ekspor PNG…"))
            button.clicked.connect(lambda _checked=False, chosen=which: self.ask_export(chosen))
            tab = QWidget()
            tab_layout = QVBoxLayout(tab)
            tab_layout.addWidget(view, 1)
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(button)
            tab_layout.addLayout(row)
            self.tabs.addTab(tab, name)
            self.views[which], self.export_buttons[which] = view, button
        offer_only_if_allowed(context, Permission.EXPORT, *self.export_buttons.values())
        self.views["attainment"].installEventFilter(self)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.message)
        self.stack.addWidget(self.tabs)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.summary)
        layout.addWidget(self.stack, 1)
        self.watch({Area.PROGRESS, Area.POPULATION, Area.UNITS}, self.refresh)  # targets are saved as PROGRESS
        self.refresh()

    def refresh(self) -> BackgroundJob:
        """Read the data for the current year off the GUI thread; answers to older requests are dropped."""
        database, year = self.context.database, self.context.year
        return self.load(lambda: chart_data(database, year), self.show_data, lambda error: self._show_message(
            fill(self.tr("Grafik tidak dapat dimuat: %1"), user_message(error))))

    def _show_message(self, text: str) -> None:
        self.data = None
        self.message.setText(text)
        self.summary.clear()
        self.stack.setCurrentWidget(self.message)

    def show_data(self, data: ChartData) -> None:
        """Draw the three charts from ``data``, or say that the year has no progress data yet."""
        if data.as_of is None:
            self._show_message(self.tr("Belum ada data kemajuan untuk tahun ini."))
            return
        self.data = data
        self.summary.setText(fill(self.tr("Survei %1 · data kemajuan per %2 · tombol Ekspor PNG menyimpan grafik "
                                          "%3 × %4 piksel untuk bahan paparan"), data.year, shown_date(data.as_of),
                                  EXPORT_SIZE.width(), EXPORT_SIZE.height()))
        self.bars_on_screen = self._bars_that_fit()
        for which in CHARTS:
            self._put(which, self.build_chart(which, self.bars_on_screen))
        self.stack.setCurrentWidget(self.tabs)

    def _put(self, which: str, chart: QChart) -> None:
        view = self.views[which]
        old = view.chart()
        view.setChart(chart)
        if old is not None:
            old.deleteLater()

    def _bars_that_fit(self) -> int:
        room = (self.views["attainment"].height() - CHART_FURNITURE) // ROW_PIXELS
        return max(MIN_BARS, min(MAX_BARS, room))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """Refit the number of OPD bars to the chart's new height once resizing pauses."""
        if watched is self.views["attainment"] and event.type() == QEvent.Type.Resize:
            self._fit_later.start()
        return super().eventFilter(watched, event)

    def _fit_bars(self) -> None:
        if self.data is not None and self._bars_that_fit() != self.bars_on_screen:
            self.bars_on_screen = self._bars_that_fit()
            self._put("attainment", self.build_chart("attainment", self.bars_on_screen))

    def build_chart(self, which: str, bars: int = MAX_BARS) -> QChart:
        """A new chart ``which`` (one of CHARTS) from the data on show; at most ``bars`` OPD bars."""
        data = self.data
        if data is None or which not in CHARTS:
            raise ValueError(f"no chart {which!r} to draw")
        as_of = shown_date(data.as_of)
        if which == "attainment":
            if not data.opds:
                return message_chart(self.tr("Capaian target per OPD"), self.tr("Belum ada OPD dengan target."))
            return attainment_chart(data.opds, data.as_of, data.thresholds, bars)
        if which == "over_time":
            return over_time_chart(self.tr("Jawaban selesai dari waktu ke waktu: seluruh instansi"),
                                   fill(self.tr("Garis putus-putus: target tiap kelompok · data per %1"), as_of),
                                   data.institution.targets, data.institution.series)
        worst = data.lagging
        if worst is None or not data.lagging_series:
            return message_chart(self.tr("Kesenjangan OPD paling tertinggal"),
                                 self.tr("Semua OPD sudah mencapai target."))
        labels = short_group_labels()
        short = [f"{labels.get(group, group)} {format_int(progress.gap)}"
                 for group, progress in worst.groups.items() if progress.gap]
        missing = format_int(worst.gap) if len(short) < 2 else f"{format_int(worst.gap)} ({' + '.join(short)})"
        return over_time_chart(fill(self.tr("OPD paling tertinggal: %1"), worst.name),
                               fill(self.tr("Masih kurang %1 jawaban selesai · data per %2"), missing, as_of),
                               data.lagging_targets, data.lagging_series, show_gap=True)

    def suggested_name(self, which: str) -> str:
        """The file name offered when exporting ``which``."""
        stem = {"attainment": "capaian-opd", "over_time": "selesai-per-waktu", "gap": "kesenjangan-opd"}[which]
        if which == "gap" and self.data is not None and self.data.lagging is not None:
            stem = f"kesenjangan-{self.data.lagging.code.lower()}"
        return f"{stem}-{self.context.year}.png"

    def ask_export(self, which: str) -> None:
        """Ask where to save chart ``which``, then export it."""
        chosen = prompts.save_file(self, self.tr("Simpan grafik sebagai PNG"), self.suggested_name(which),
                                   self.tr("Gambar PNG (*.png)"))
        if chosen:
            path = Path(chosen)
            self.export_png(which, path if path.suffix.lower() == ".png" else path.with_name(path.name + ".png"))

    def export_png(self, which: str, path: Path) -> BackgroundJob | None:
        """Save chart ``which`` (one of CHARTS) as a PNG of EXPORT_SIZE pixels at ``path``; say how it went. The
        Export right and the audit line are the database's part, off the GUI thread; the picture is drawn here
        (widgets live on the GUI thread)."""
        title = self.tr("Ekspor PNG")
        if self.data is None:
            prompts.error(self, title, self.tr("Belum ada data kemajuan untuk tahun ini."))
            return None
        database = self.context.database
        self.last_job = attempt_in_background(self, title, lambda: check_export(database),
                                              lambda _answer: self._write_png(which, path))
        return self.last_job

    def _write_png(self, which: str, path: Path) -> None:
        title = self.tr("Ekspor PNG")
        reason = None if path.parent.is_dir() else fill(self.tr("folder %1 tidak ada"), path.parent)
        if reason is None:
            try:
                chart = self.build_chart(which)
                if self.context.demo:  # an exported picture must say it is demo data
                    chart.setTitle(fill(self.tr("DEMO — %1"), chart.title()))
                render_png(chart, path)
            except OSError as error:
                reason = str(error)
        if reason is not None:
            prompts.error(self, title, fill(self.tr("Grafik tidak dapat disimpan ke %1: %2"), path, reason))
            return
        database = self.context.database
        self.last_job = attempt_in_background(self, title, lambda: note_chart_export(database, which, path),
                                              lambda _answer: self._exported(path))

    def _exported(self, path: Path) -> None:
        title = self.tr("Ekspor PNG")
        prompts.info(self, title, fill(self.tr("Grafik disimpan ke %1 (%2 × %3 piksel)."), path,
                                       EXPORT_SIZE.width(), EXPORT_SIZE.height()))
