"""Jejak audit: who did what and when, with filters, the old and new values of a line, and an export.

Read-only on purpose: the app offers no way to change or delete a line (and the database refuses it)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from spi_desktop.domain.roles import Role
from spi_desktop.services.audit import ACTION_LABELS, AuditFilter, AuditLine, audit_lines, audit_users
from spi_desktop.services.audit_export import export_audit
from spi_desktop.views.admin.roles_text import role_label
from spi_desktop.views.context import AppContext
from spi_desktop.views.dates import shown_local
from spi_desktop.views.errors import user_message
from spi_desktop.views.numbers import format_int
from spi_desktop.views.prompts import prompts
from spi_desktop.views.tables import Column, RowTableModel, row_table
from spi_desktop.views.text import fill
from spi_desktop.views.workers import BackgroundJob, LatestOnly, run_in_background

PAGE_LINES = 500


def _role(value: str) -> str:
    try:
        return role_label(Role(value))
    except ValueError:
        return value


def _values(values: object, indent: str = "  ") -> list[str]:
    """Old/new values and details as 'field: value' lines, nested dictionaries indented."""
    if not isinstance(values, dict):
        return [indent + json.dumps(values, ensure_ascii=False)]
    lines = []
    for key, value in values.items():
        if isinstance(value, dict):
            lines.append(f"{indent}{key}:")
            lines.extend(_values(value, indent + "  "))
        else:
            lines.append(f"{indent}{key}: {json.dumps(value, ensure_ascii=False).strip(chr(34))}")
    return lines


class AuditPage(QWidget):
    """The trail, newest first, 500 lines at a time."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.last_job: BackgroundJob | None = None
        self.lines: list[AuditLine] = []
        self.total = 0
        self._latest = LatestOnly()
        today = QDate.currentDate()
        self.use_period = QCheckBox(self.tr("Periode"))
        self.start = QDateEdit(today.addDays(-30))
        self.end = QDateEdit(today)
        self.start.setAccessibleName(self.tr("Periode dari"))
        self.end.setAccessibleName(self.tr("Periode sampai"))
        for box in (self.start, self.end):
            box.setCalendarPopup(True)
            box.setDisplayFormat("dd-MM-yyyy")
        self.user = QComboBox()
        self.action = QComboBox()
        self.action.addItem(self.tr("Semua tindakan"), None)
        for key, label in ACTION_LABELS.items():
            self.action.addItem(label, key)
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Cari di ringkasan"))
        self.search.setPlaceholderText(self.tr("Cari di ringkasan…"))
        self.search.setClearButtonEnabled(True)
        filters = QHBoxLayout()
        filters.addWidget(self.use_period)
        filters.addWidget(self.start)
        filters.addWidget(QLabel("–"))
        filters.addWidget(self.end)
        filters.addWidget(self.user)
        filters.addWidget(self.action)
        filters.addWidget(self.search, 1)
        self.model = RowTableModel([
            Column(self.tr("Waktu"), lambda e: shown_local(e.at)),
            Column(self.tr("Pengguna"), lambda e: e.user_name),
            Column(self.tr("Peran"), lambda e: _role(e.role)),
            Column(self.tr("Tindakan"), lambda e: e.action_label),
            Column(self.tr("Bagian"), lambda e: e.area),
            Column(self.tr("Ringkasan"), lambda e: e.summary),
        ])
        self.table = row_table(self.model, name=self.tr("Jejak audit"))
        self.table.selectionModel().selectionChanged.connect(self._show_details)
        self.details = QPlainTextEdit()
        self.details.setAccessibleName(self.tr("Rincian perubahan"))
        self.details.setReadOnly(True)
        self.details.setPlaceholderText(self.tr("Pilih satu baris untuk melihat nilai lama dan baru."))
        splitter = QSplitter()
        splitter.setOrientation(splitter.orientation().Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setSizes([380, 200])
        self.summary = QLabel()
        self.more_button = QPushButton(self.tr("M&uat lebih banyak"))
        self.more_button.clicked.connect(self.load_more)
        self.export_button = QPushButton(self.tr("&Ekspor…"))
        self.export_button.clicked.connect(self.choose_export)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.more_button)
        bottom.addWidget(self.export_button)
        note = QLabel(self.tr("Nilai pribadi (telepon, surel, NIP, nama responden) tersimpan tersamar. Baris jejak "
                              "audit tidak dapat diubah atau dihapus."))
        note.setObjectName("sourceNotes")
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        layout.addWidget(note)
        self.use_period.toggled.connect(lambda _on: self.refresh())
        for box in (self.start, self.end):
            box.dateChanged.connect(lambda _d: self.refresh() if self.use_period.isChecked() else None)
        self.user.currentIndexChanged.connect(lambda _i: self.refresh())
        self.action.currentIndexChanged.connect(lambda _i: self.refresh())
        self.search.returnPressed.connect(self.refresh)
        context.dataChanged.connect(lambda _area: self.refresh() if self.isVisible() else None)

    def showEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
        """Load fresh lines whenever the page is shown (actions elsewhere add lines all the time)."""
        self.refresh()
        super().showEvent(event)  # type: ignore[arg-type]

    def chosen_filter(self) -> AuditFilter:
        """The filter the controls describe."""
        start: dt.date | None = None
        end: dt.date | None = None
        if self.use_period.isChecked():
            start = dt.date(self.start.date().year(), self.start.date().month(), self.start.date().day())
            end = dt.date(self.end.date().year(), self.end.date().month(), self.end.date().day())
        return AuditFilter(start=start, end=end, user=self.user.currentData(), action=self.action.currentData(),
                           text=self.search.text())

    def _fill_users(self, names: list[str]) -> None:
        current = self.user.currentData()
        self.user.blockSignals(True)
        self.user.clear()
        self.user.addItem(self.tr("Semua pengguna"), None)
        for name in names:
            self.user.addItem(name, name)
        self.user.setCurrentIndex(max(0, self.user.findData(current)))
        self.user.blockSignals(False)

    def refresh(self) -> BackgroundJob:
        """Load the first page of lines matching the filter."""
        return self._load(0)

    def load_more(self) -> BackgroundJob:
        """Append the next page."""
        return self._load(len(self.lines))

    def _load(self, offset: int) -> BackgroundJob:
        database, chosen = self.context.database, self.chosen_filter()
        is_newest = self._latest.ask()
        self.last_job = run_in_background(lambda _ctx: (*audit_lines(database, chosen, offset, PAGE_LINES),
                                                        audit_users(database)), owner=self)
        # Only the newest request is shown: an older, slower one would show another filter's lines.
        self.last_job.succeeded.connect(lambda result: self._show(result, offset) if is_newest() else None)
        self.last_job.failed.connect(lambda error: self.summary.setText(user_message(error)))
        return self.last_job

    def _show(self, result: tuple[list[AuditLine], int, list[str]], offset: int) -> None:
        lines, self.total, users = result
        self._fill_users(users)
        self.lines = (self.lines[:offset] if offset else []) + lines
        self.model.set_rows(self.lines)
        if not offset:
            self.table.resizeColumnsToContents()
        self.summary.setText(fill(self.tr("%1 dari %2 baris ditampilkan"), format_int(len(self.lines)),
                                  format_int(self.total)))
        self.more_button.setEnabled(len(self.lines) < self.total)
        self.export_button.setEnabled(self.total > 0)

    def _show_details(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.details.clear()
            return
        line: AuditLine = self.model.row_at(rows[0].row())
        parts = [f"{shown_local(line.at)} · {line.user_name} ({_role(line.role)}) · {line.action_label}",
                 line.summary]
        for key, title in (("old", self.tr("Nilai lama")), ("new", self.tr("Nilai baru"))):
            if line.details.get(key):
                parts += [title + ":", *_values(line.details[key])]
        rest = {k: v for k, v in line.details.items() if k not in {"old", "new"}}
        if rest:
            parts += [self.tr("Rincian") + ":", *_values(rest)]
        self.details.setPlainText("\n".join(parts))

    def choose_export(self) -> BackgroundJob | None:
        """Ask where, then export the lines matching the filter."""
        suggested = f"jejak-audit-{dt.date.today():%Y%m%d}.xlsx"
        answer = prompts.save_file(self, self.tr("Ekspor jejak audit"), suggested,
                                   self.tr("Excel (*.xlsx);;CSV (*.csv)"))
        if not answer:
            return None
        path = Path(answer)
        if path.suffix.lower() not in {".xlsx", ".csv"}:
            path = path.with_name(path.name + ".xlsx")
        database, chosen = self.context.database, self.chosen_filter()
        self.last_job = run_in_background(lambda _ctx: export_audit(database, path, chosen), self,
                                          self.tr("Mengekspor jejak audit…"))
        self.last_job.succeeded.connect(lambda count: prompts.info(
            self, self.tr("Ekspor jejak audit"), fill(self.tr("%Ln baris ditulis ke %1", "", count), path)))
        self.last_job.failed.connect(
            lambda error: prompts.error(self, self.tr("Ekspor jejak audit"), user_message(error)))
        self.last_job.finished.connect(self.refresh)
        return self.last_job
