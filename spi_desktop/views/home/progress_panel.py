"""Beranda's progress matrix: completed against target per OPD and group, with the traffic light."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from spi_desktop.domain.progress import GREEN, RED, YELLOW, days_left
from spi_desktop.services.progress import MatrixRow, institution_total, progress_matrix
from spi_desktop.services.years import get_year
from spi_desktop.views.context import AppContext, Area
from spi_desktop.views.dates import shown_date
from spi_desktop.views.home.history_dialog import HistoryDialog
from spi_desktop.views.labels import short_group_labels, submission_labels
from spi_desktop.views.lights import LIGHT_COLOURS, window_text
from spi_desktop.views.numbers import format_int, format_percent
from spi_desktop.views.pages import AreaPage
from spi_desktop.views.tables import Column, RowTableModel, row_table
from spi_desktop.views.text import fill
from spi_desktop.views.workers import BackgroundJob

BAR_CELLS = 8


def attainment_bar(value: float | None) -> str:
    """'█████░░░ 60 %': the attainment as a bar a glance can read (capped at the full bar)."""
    if value is None:
        return "–"
    filled = min(BAR_CELLS, round(value * BAR_CELLS))
    return "█" * filled + "░" * (BAR_CELLS - filled) + " " + format_percent(value * 100)


class ProgressPanel(AreaPage):
    """The matrix OPD × group, sortable; rows that will miss their sample stand out in red."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        labels = short_group_labels()
        lights = {RED: self.tr("● merah"), YELLOW: self.tr("● kuning"), GREEN: self.tr("● hijau")}
        yes, no = self.tr("ya"), self.tr("belum")
        full_statuses = submission_labels()
        statuses = {"belum": self.tr("belum"), "dikirim": self.tr("dikirim"), "terlambat": self.tr("terlambat"),
                    "diterima": self.tr("diterima"),
                    "diterima_terlambat": self.tr("diterima telat"), "tervalidasi": self.tr("tervalidasi")}
        self.model = RowTableModel([
            Column(self.tr("Kode"), lambda r: r.code or self.tr("INSTANSI")),
            Column(self.tr("OPD"), lambda r: r.name),
            Column(self.tr("Kelompok"), lambda r: labels.get(r.group, r.group)),
            Column(self.tr("Selesai / target"), lambda r: f"{format_int(r.completed)} / {format_int(r.target)}",
                   sort_key=lambda r: r.completed, align_right=True),
            Column(self.tr("Capaian"), lambda r: attainment_bar(r.attainment), sort_key=lambda r: r.attainment or 0,
                   colour=lambda r: LIGHT_COLOURS.get(r.light or "")),
            Column(self.tr("Lampu"), lambda r: lights.get(r.light or "", "–"), sort_key=lambda r: r.attainment or 0,
                   colour=lambda r: LIGHT_COLOURS.get(r.light or "")),
            Column(self.tr("Sampel cukup?"), lambda r: yes if r.sufficient else no),
            Column(self.tr("Proyeksi akhir"), lambda r: attainment_bar(r.projected_attainment),
                   sort_key=lambda r: r.projected_attainment or 0,
                   colour=lambda r: LIGHT_COLOURS[RED] if (r.projected_attainment or 0) < 1 else None),
            Column(self.tr("Daftar populasi"), lambda r: statuses.get(r.list_status or "", "–"),
                   tooltip=lambda r: full_statuses.get(r.list_status or "", ""),
                   colour=lambda r: LIGHT_COLOURS[RED] if r.list_status in {"belum", "terlambat"} else None),
        ])
        self.table = row_table(self.model, name=self.tr("Progres per OPD"))
        self.table.setSortingEnabled(True)
        self.table.setToolTip(self.tr("Klik dua kali satu baris untuk melihat riwayat OPD itu"))
        self.table.doubleClicked.connect(lambda index: self.open_history(index.row()))
        enter = QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, context=Qt.ShortcutContext.WidgetShortcut)
        enter.activated.connect(lambda: self.open_history(self.table.currentIndex().row())
                                if self.table.currentIndex().isValid() else None)
        self.summary = QLabel()
        self.summary.setObjectName("resultSummary")
        self.summary.setWordWrap(True)  # one line was 1,084 px: wider than the page at 150 % scaling
        definitions = QLabel(self.tr("Tingkat respons = selesai ÷ diundang. Capaian target = selesai ÷ target. "
                                     "Jawaban sebagian tidak pernah dihitung selesai. Proyeksi: laju harian 7 hari "
                                     "terakhir sampai akhir masa survei."))
        definitions.setObjectName("sourceNotes")
        definitions.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(definitions)
        layout.addWidget(self.table, 1)
        self.watch({Area.PROGRESS, Area.POPULATION, Area.UNITS, Area.YEARS}, self.refresh)
        self.refresh()

    def refresh(self) -> BackgroundJob:
        """Recompute the matrix off the GUI thread."""
        database, year = self.context.database, self.context.year

        return self.load(lambda: (progress_matrix(database, year), get_year(database, year).window_end),
                         lambda answer: self._show(*answer))

    def open_history(self, row: int) -> HistoryDialog:
        """Show the history of the OPD at view row ``row``."""
        line: MatrixRow = self.model.row_at(row)
        dialog = HistoryDialog(self.context, line.code, line.name if line.code else self.tr("Instansi"), self)
        dialog.open()
        return dialog

    def _show(self, result: tuple[dt.date | None, list[MatrixRow]], window_end: dt.date | None) -> None:
        latest, rows = result
        self.model.set_rows(rows)
        self.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)  # furthest behind first
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(1, min(self.table.columnWidth(1), 200))
        if latest is None:
            self.summary.setText(self.tr("Belum ada data kemajuan pengisian untuk tahun ini."))
            return
        completed, target = institution_total(rows)
        left = days_left(dt.date.today(), window_end)
        lagging = sum(1 for r in rows if r.light == RED)
        self.summary.setText(fill(
            self.tr("Data per %1 · instansi: %2 dari target %3 (%4) · %5 baris merah · %6"),
            shown_date(latest), format_int(completed), format_int(target),
            attainment_bar(completed / target if target else None).split(" ", 1)[-1], lagging,
            window_text(left)))
