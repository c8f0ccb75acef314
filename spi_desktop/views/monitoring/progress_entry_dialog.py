"""Type one day's counts by hand (e.g. read off KPK's dashboard): one group, every OPD, one snapshot."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from spi_desktop.domain.progress import ProgressRow
from spi_desktop.services.database import Database
from spi_desktop.services.progress import ProgressImportResult, record_progress
from spi_desktop.services.progress_history import EntryLine, entry_lines
from spi_desktop.services.years import get_year
from spi_desktop.views.context import AppContext
from spi_desktop.views.forms import FormDialog
from spi_desktop.views.labels import group_labels
from spi_desktop.views.monitoring.progress_import_dialog import default_date
from spi_desktop.views.monitoring.snapshot_saving import picked_date, qdate, save_snapshot
from spi_desktop.views.numbers import parse_count
from spi_desktop.views.style import show_message
from spi_desktop.views.text import fill
from spi_desktop.views.workers import BackgroundJob, LatestOnly, run_in_background

COUNT_COLUMNS = ("invited", "started", "completed")


def _text(value: int | None) -> str:
    return "" if value is None else str(value)


class ProgressEntryDialog(FormDialog):
    """A grid of OPD × (invited, started, completed) for one group, filled with the counts known on the chosen
    date; only the lines the user changes are stored, so unchanged OPD keep their own dates."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(fill(self.tr("Ketik data kemajuan %1"), context.year), parent)
        self._latest = LatestOnly()
        self.context = context
        self.last_job: BackgroundJob | None = None
        self.stored_result: ProgressImportResult | None = None
        self.lines: list[EntryLine] = []
        self.resize_within_screen(820, 640)
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd-MM-yyyy")
        self.date.setDate(qdate(dt.date.today()))  # the survey window's default comes with the first read
        self._date_known = False  # False until the survey window's default date (or the user's) is shown
        self.date.dateChanged.connect(lambda _d: self._date_picked())
        self.group = QComboBox()
        for key, label in group_labels().items():
            self.group.addItem(label, key)
        self.group.currentIndexChanged.connect(lambda _i: self.fill_rows())
        self.table = QTableWidget(0, 5)
        self.table.setAccessibleName(self.tr("Jumlah per OPD"))
        self.table.setHorizontalHeaderLabels([self.tr("Kode"), self.tr("OPD"), self.tr("Diundang"),
                                              self.tr("Mulai (sebagian)"), self.tr("Selesai")])
        self.table.verticalHeader().setVisible(False)
        self.status = self.message  # the message line also says how the grid is read
        self.form.addRow(self.tr("Tanggal data"), self.date)
        self.form.addRow(self.tr("Kelompok"), self.group)
        self.body.insertWidget(2, self.table, 1)  # under the message line, above the buttons
        self.fill_rows()

    def _date_picked(self) -> None:
        self._date_known = True  # the user's date wins over the default still being read
        self.fill_rows()

    def fill_rows(self) -> BackgroundJob:
        """Load the OPD and their counts known on the chosen date, off the GUI thread. Until a date is known the
        read also looks up the survey window and answers for its default date."""
        database, year, group = self.context.database, self.context.year, self.group.currentData()
        date = picked_date(self.date) if self._date_known else None
        self.save_button.setEnabled(False)
        is_newest = self._latest.ask()
        self.last_job = run_in_background(lambda _ctx: _lines_on(database, year, group, date), owner=self)
        # The date and the group both reload: an older answer (another group) must not fill the table last.
        self.last_job.succeeded.connect(lambda answer: self._answered(*answer) if is_newest() else None)
        return self.last_job

    def _answered(self, date: dt.date, lines: list[EntryLine]) -> None:
        self.date.blockSignals(True)  # the date the lines are for; no second read
        self.date.setDate(qdate(date))
        self.date.blockSignals(False)
        self._date_known = True
        self._show(lines)

    def _show(self, lines: list[EntryLine]) -> None:
        self.lines = lines
        self.table.setRowCount(len(lines))
        for index, line in enumerate(lines):
            cells = [line.code or self.tr("INSTANSI"), line.name if line.code else self.tr("Instansi (eksper)"),
                     _text(line.invited), _text(line.started), _text(line.completed)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column < 2:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                else:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(index, column, item)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(1, min(self.table.columnWidth(1), 320))
        self.status.setStyleSheet("")
        self.status.show()
        self.status.setText(self.tr("Jumlah kumulatif sampai tanggal data, terisi dengan data terakhir yang diketahui "
                                    "pada tanggal itu. Hanya baris yang diubah yang disimpan. Jawaban sebagian tidak "
                                    "dihitung selesai."))
        self.save_button.setEnabled(True)

    def _cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def rows(self) -> tuple[list[ProgressRow], list[str]]:
        """The changed lines as rows to store, and every cell that is not a whole non-negative number."""
        group = self.group.currentData()
        rows: list[ProgressRow] = []
        problems: list[str] = []
        headers = [str(self.table.model().headerData(c, Qt.Orientation.Horizontal)) for c in range(5)]
        for index, line in enumerate(self.lines):
            counts: dict[str, int | None] = {}
            for offset, key in enumerate(COUNT_COLUMNS):
                try:
                    counts[key] = parse_count(self._cell(index, 2 + offset))
                except ValueError as error:
                    problems.append(fill(self.tr("Baris %1 (%2), kolom %3: %4"), index + 1, line.code or "INSTANSI",
                                         headers[2 + offset], str(error)))
            unchanged = (counts.get("invited"), counts.get("started"), counts.get("completed")) == (
                line.invited, line.started, line.completed)
            completed = counts.get("completed")
            if completed is not None and not unchanged:
                rows.append(ProgressRow(index + 1, line.code, group, counts.get("invited"), counts.get("started"),
                                        completed))
        return rows, problems

    def save(self) -> bool:
        """Simpan: store in the background; the dialog closes itself once the snapshot is stored."""
        self.store()
        return False

    def store(self) -> BackgroundJob | None:
        """Check the grid, then store the changed lines as one snapshot (asking first when the date has one)."""
        rows, problems = self.rows()
        if problems or not rows:
            show_message(self.status, "\n".join(problems[:8]) if problems else self.tr("Belum ada jumlah yang diubah"))
            return None
        database, year, date = self.context.database, self.context.year, picked_date(self.date)
        job = save_snapshot(self, self.context, date,
                            lambda on_existing: record_progress(database, year, date, rows, on_existing), self._stored,
                            self._started)
        self.last_job = job
        return job

    def _started(self, job: BackgroundJob) -> None:
        self.last_job = job

    def _stored(self, result: ProgressImportResult) -> None:
        self.stored_result = result
        if not result.problems:
            self.accept()


def _lines_on(database: Database, year: int, group: str, date: dt.date | None) -> tuple[dt.date, list[EntryLine]]:
    """The lines known on ``date``; without one, on the default date of the year's survey window (worker side)."""
    if date is None:
        settings = get_year(database, year)
        date = default_date(dt.date.today(), settings.window_start, settings.window_end)
    return date, entry_lines(database, year, group, date)
