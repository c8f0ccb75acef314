"""Pengiriman OPD: which OPD have sent their internal and external lists, late or not, validated or not."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from spi_desktop.domain.roles import Permission
from spi_desktop.services.population_submissions import SubmissionStatus, mark_validated, submission_statuses
from spi_desktop.services.years import get_year
from spi_desktop.views.context import AppContext, Area
from spi_desktop.views.dates import shown_date
from spi_desktop.views.errors import user_message
from spi_desktop.views.guard import offer_only_if_allowed
from spi_desktop.views.labels import group_labels, submission_labels
from spi_desktop.views.numbers import format_int
from spi_desktop.views.pages import AreaPage
from spi_desktop.views.prompts import prompts
from spi_desktop.views.tables import Column, RowTableModel, row_table
from spi_desktop.views.text import fill
from spi_desktop.views.workers import BackgroundJob

STATUS_COLOURS = {"terlambat": "#b71c1c", "diterima_terlambat": "#e65100", "tervalidasi": "#2e7d32",
                  "diterima": "#17324d", "belum": "#5b6b7b", "dikirim": "#1565c0"}


class SubmissionsView(AreaPage):
    """One row per OPD and group; mark a received list as validated."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        labels = group_labels()
        statuses = submission_labels()
        longest_date = shown_date(dt.date(2026, 9, 30))  # the longest month's name: a date always shows whole
        # The status is what the board is read for: never cut; the OPD's name gives way (whole in its tooltip)
        self.model = RowTableModel([
            Column(self.tr("Kode"), lambda s: s.unit_code, widest=110),
            Column(self.tr("OPD"), lambda s: s.unit_name, tooltip=lambda s: s.unit_name, elastic=True),
            Column(self.tr("Kelompok"), lambda s: labels[s.group], whole=max(labels.values(), key=len)),
            Column(self.tr("Baris"), lambda s: format_int(s.rows), sort_key=lambda s: s.rows, align_right=True,
                   whole=format_int(99_999)),
            Column(self.tr("Diterima"), lambda s: shown_date(s.received_at.date()) if s.received_at else "–",
                   sort_key=lambda s: s.received_at or 0, whole=longest_date),
            Column(self.tr("Format dikirim"), lambda s: shown_date(s.sent_at.date()) if s.sent_at else "–",
                   sort_key=lambda s: s.sent_at or 0, whole=longest_date),
            Column(self.tr("Status"), lambda s: statuses[s.status], colour=lambda s: STATUS_COLOURS[s.status],
                   whole=max(statuses.values(), key=len)),
        ])
        self.table = row_table(self.model, name=self.tr("Pengiriman daftar populasi"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.deadline = QLabel()
        self.validate_button = QPushButton(self.tr("Tandai ter&validasi"))
        self.unvalidate_button = QPushButton(self.tr("Batalkan tanda valida&si"))
        self.validate_button.clicked.connect(lambda: self.mark_selected(True))
        self.unvalidate_button.clicked.connect(lambda: self.mark_selected(False))
        offer_only_if_allowed(context, Permission.EDIT, self.validate_button, self.unvalidate_button)
        top = QHBoxLayout()
        top.addWidget(self.deadline, 1)
        top.addWidget(self.validate_button)
        top.addWidget(self.unvalidate_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.watch({Area.UNITS, Area.POPULATION, Area.YEARS}, self.refresh)
        self.refresh()

    def refresh(self) -> BackgroundJob:
        """Reload the statuses (a grouped query over the year's records, off the GUI thread)."""
        database, year = self.context.database, self.context.year
        return self.load(lambda: (submission_statuses(database, year), get_year(database, year).population_deadline),
                         lambda answer: self._show(year, *answer))

    def _show(self, year: int, statuses: list[SubmissionStatus], deadline: dt.date | None) -> None:
        self.deadline.setText(fill(self.tr("Batas pengiriman daftar populasi %1: %2"), year, shown_date(deadline)))
        self.model.set_rows(statuses)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(1, min(self.table.columnWidth(1), 330))

    def mark_selected(self, validated: bool) -> None:
        """Mark (or unmark) the selected OPD's list as validated."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        status: SubmissionStatus = self.model.row_at(rows[0].row())
        try:
            mark_validated(self.context.database, self.context.year, status.unit_code, status.group, validated)
        except Exception as error:
            prompts.error(self, self.tr("Validasi"), user_message(error))
            return
        self.context.notify(Area.POPULATION)
