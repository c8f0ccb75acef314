"""Beranda: the institution, the chosen survey year at a glance, and the OPD registry's size."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from spi_desktop.domain.bands import band_upper_bounds, range_text
from spi_desktop.domain.roles import Permission
from spi_desktop.services.overview import HomeSummary, home_summary
from spi_desktop.views.context import AppContext, Place
from spi_desktop.views.dates import shown_date
from spi_desktop.views.empty_state import EmptyOr, EmptyState
from spi_desktop.views.home.progress_panel import ProgressPanel
from spi_desktop.views.numbers import format_decimal, format_int
from spi_desktop.views.pages import AreaPage
from spi_desktop.views.text import fill
from spi_desktop.views.workers import BackgroundJob


def _card(title: str) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setObjectName("card")
    layout = QVBoxLayout(frame)
    heading = QLabel(title)
    heading.setObjectName("cardTitle")
    layout.addWidget(heading)
    return frame, layout


class HomePage(AreaPage):
    """The home screen. Survey progress joins it when monitoring exists."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.subtitle = QLabel()
        self.window_label = QLabel()
        self.window_label.setObjectName("bigFigure")
        self.window_detail = QLabel()
        self.national_label = QLabel()
        self.national_label.setObjectName("bigFigure")
        self.national_detail = QLabel()
        self.units_label = QLabel()
        self.units_label.setObjectName("bigFigure")
        self.units_detail = QLabel()
        self.lists_label = QLabel()
        self.lists_label.setObjectName("bigFigure")
        self.lists_detail = QLabel()
        self.result_label = QLabel()
        self.result_label.setObjectName("bigFigure")
        self.result_detail = QLabel()
        self.result_detail.setTextFormat(Qt.TextFormat.RichText)
        self.bands_row = QHBoxLayout()
        grid = QGridLayout()
        for column, (heading, big, detail) in enumerate((
            (self.tr("Masa survei"), self.window_label, self.window_detail),
            (self.tr("Indeks SPI nasional"), self.national_label, self.national_detail),
            (self.tr("OPD peserta"), self.units_label, self.units_detail),
            (self.tr("Daftar populasi OPD"), self.lists_label, self.lists_detail),
            (self.tr("Hasil resmi & rencana aksi"), self.result_label, self.result_detail),
        )):
            frame, layout = _card(heading)
            detail.setWordWrap(True)
            layout.addWidget(big)
            layout.addWidget(detail)
            layout.addStretch(1)
            grid.addWidget(frame, 0, column)
        bands_frame, bands_layout = _card(self.tr("Kategori nilai tahun ini"))
        bands_layout.addLayout(self.bands_row)
        grid.addWidget(bands_frame, 1, 0, 1, 5)
        progress_frame, progress_layout = _card(self.tr("Kemajuan pengisian survei per OPD"))
        self.progress = ProgressPanel(context)
        progress_layout.addWidget(self.progress, 1)
        grid.addWidget(progress_frame, 2, 0, 1, 5)
        grid.setRowStretch(2, 1)
        figures = QWidget()
        figures.setLayout(grid)
        grid.setContentsMargins(0, 0, 0, 0)
        self.empty = EmptyState()
        self.empty_assistant = self.empty.add_action(self.tr("Mulai dengan &asisten…"), context.open_assistant,
                                                     default=True)
        self.empty_units = self.empty.add_action(self.tr("Ke &Instansi && OPD"), lambda: context.go_to(Place.UNITS))
        self.empty_assistant.setEnabled(context.may(Permission.SETTINGS))
        self.body = EmptyOr(figures, self.empty)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addSpacing(12)
        layout.addWidget(self.body, 1)
        self.watch(None, self.refresh)
        self.refresh()

    def refresh(self) -> BackgroundJob:
        """Reload the figures for the current survey year off the GUI thread (the submission counts group
        the whole year's population list); answers to older requests are dropped."""
        database, year = self.context.database, self.context.year
        return self.load(lambda: home_summary(database, year), self.show_summary)

    def show_summary(self, summary: HomeSummary) -> None:
        """Fill the cards from ``summary``."""
        self.title.setText(summary.institution_name or self.tr("Ruang kerja belum diatur"))
        self.subtitle.setText(fill(self.tr("Survei Penilaian Integritas %1"), summary.year))
        if summary.institution_name is None:
            self.empty.set_text(self.tr("Ruang kerja ini masih kosong. Asisten mulai membantu mengisi data instansi, "
                                        "tahun survei dan daftar OPD dalam empat langkah singkat."))
        elif summary.units_total == 0:
            self.empty.set_text(fill(self.tr("Belum ada OPD untuk %1. Impor daftar OPD agar populasi, pemantauan "
                                             "dan kartu skor dapat dipakai."), summary.institution_name))
        self.body.set_empty(summary.institution_name is None or summary.units_total == 0)
        status = summary.window
        texts = {
            "unknown": self.tr("Belum ditetapkan"),
            "before": fill(self.tr("Dimulai %1 hari lagi"), status.days),
            "open": fill(self.tr("Sisa %1 hari"), status.days),
            "closed": self.tr("Sudah selesai"),
        }
        self.window_label.setText(texts[status.phase])
        self.window_detail.setText(
            fill(self.tr("%1 s.d. %2\nBatas data populasi: %3"), shown_date(summary.window_start),
                 shown_date(summary.window_end), shown_date(summary.population_deadline)))
        self.national_label.setText(format_decimal(summary.national_index))
        self.national_detail.setText(fill(self.tr("Target nasional: %1"), format_decimal(summary.national_target)))
        self.units_label.setText(format_int(summary.units_active))
        self.units_detail.setText(fill(self.tr("dari %1 OPD terdaftar"), format_int(summary.units_total)))
        lists = summary.lists
        self.lists_label.setText(f"{format_int(lists['received'])}/{format_int(lists['required'])}")
        self.lists_detail.setText(fill(self.tr("diterima (internal dan eksternal)\n%1 terlambat, %2 tervalidasi"),
                                       format_int(lists["late"]), format_int(lists["validated"])))
        self.result_label.setText(format_decimal(summary.official_index))
        actions = summary.actions
        late = actions.get("terlambat", 0)
        late_text = f"<span style='color:#c62828; font-weight:600'>{late}</span>" if late else str(late)
        self.result_detail.setText(fill(self.tr("%1\nRencana aksi: %2 kegiatan, %3 selesai, %4 terlambat"),
                                        html.escape(summary.official_band or self.tr("belum ada hasil resmi")),
                                        actions.get("total", 0), actions.get("selesai", 0), late_text)
                                   .replace("\n", "<br>"))
        while self.bands_row.count():
            item = self.bands_row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # deleteLater() alone leaves it painted until the event loop runs
                widget.setParent(None)
                widget.deleteLater()
        for band, upper in band_upper_bounds(summary.bands):
            chip = QLabel(f"{band.label}\n{range_text(band.lower, upper, format_decimal)}")
            chip.setObjectName("bandChip")
            chip.setStyleSheet(f"background: {band.colour}; color: white; border-radius: 6px;"
                               "padding: 10px 16px; font-weight: 600;")
            self.bands_row.addWidget(chip)
        self.bands_row.addStretch(1)
