"""Sample targets per OPD and group: derived from the population lists by the year's rule, or set here."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget

from spi_desktop.domain.roles import Permission
from spi_desktop.services.progress_targets import TargetRow, import_targets, save_targets, target_rows
from spi_desktop.services.years import get_year
from spi_desktop.views.attempt import attempt_in_background
from spi_desktop.views.context import AppContext, Area
from spi_desktop.views.guard import offer_only_if_allowed
from spi_desktop.views.labels import short_group_labels
from spi_desktop.views.monitoring.targets_model import TargetGridModel
from spi_desktop.views.numbers import format_decimal
from spi_desktop.views.pages import AreaPage
from spi_desktop.views.prompts import prompts
from spi_desktop.views.text import fill
from spi_desktop.views.workers import BackgroundJob, run_in_background


class TargetsTab(AreaPage):
    """The target grid: type changes, save them in one go (or throw them away), import a target file."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.shown_year = context.year  # the year the grid's rows (and any pending edits) belong to
        self.model = TargetGridModel()
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Target sampel"))
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.rule = QLabel()
        self.rule.setObjectName("sourceNotes")
        self.rule.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Cari OPD"))
        self.search.setPlaceholderText(self.tr("Cari kode atau nama OPD…"))
        self.search.textChanged.connect(self._filter)
        self.save_button = QPushButton(self.tr("&Simpan perubahan"))
        self.save_button.clicked.connect(self.save)
        discard = QPushButton(self.tr("Bat&alkan perubahan"))
        discard.clicked.connect(self.discard)
        reset = QPushButton(self.tr("Kembalikan ke at&uran"))
        reset.setToolTip(self.tr("Baris terpilih kembali memakai target menurut aturan tahun ini"))
        reset.clicked.connect(self.reset_selected)
        import_button = QPushButton(self.tr("&Impor target…"))
        import_button.clicked.connect(self.choose_import)
        offer_only_if_allowed(context, Permission.EDIT, self.save_button, discard, reset)
        offer_only_if_allowed(context, Permission.IMPORT, import_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.search, 1)
        for button in (self.save_button, discard, reset, import_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.rule)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.model.dataChanged.connect(lambda *_a: self.save_button.setEnabled(self.model.has_changes()))
        self.model.modelReset.connect(lambda: self.save_button.setEnabled(self.model.has_changes()))
        self.watch({Area.POPULATION, Area.UNITS, Area.YEARS}, self.refresh)
        self.refresh()

    def refresh(self) -> BackgroundJob:
        """Reload the grid off the GUI thread; unsaved edits are saved or dropped as the user chooses first."""
        if self.model.has_changes():
            question = fill(self.tr("Ada perubahan target %1 yang belum disimpan. Simpan sekarang?"), self.shown_year)
            wanted = prompts.confirm(self, self.tr("Target sampel"), question)
            saving = self._save_for(self.shown_year) if wanted else None
            self.model.drop_changes()
            if saving is not None:  # the grid is read again once the save has ended, either way
                saving.finished.connect(self.refresh)
                self.last_job = saving
                return saving
        database, year = self.context.database, self.context.year
        self.shown_year = year
        return self.load(lambda: (target_rows(database, year), get_year(database, year).sample_targets),
                         lambda answer: self._show(*answer))

    def _show(self, rows: list[TargetRow], rule: dict[str, dict[str, float]]) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(1, min(self.table.columnWidth(1), 280))
        self._filter(self.search.text())
        labels = short_group_labels()
        parts = [fill(self.tr("%1: %2 % dari populasi, paling sedikit %3"), labels.get(group, group),
                      format_decimal(float(values.get("fraction", 1)) * 100, 0), int(values.get("minimum", 0)))
                 for group, values in rule.items()]
        self.rule.setText(fill(self.tr("Aturan target %1 (ubah di Pengaturan › Tahun survei): %2. Target tidak "
                                       "melebihi populasi. Angka tebal ditetapkan di sini atau diimpor."),
                               self.context.year, "; ".join(parts) or self.tr("belum diatur")))

    def _filter(self, text: str) -> None:
        needle = text.strip().lower()
        for row in range(self.model.rowCount()):
            line = self.model.row_at(row)
            self.table.setRowHidden(row, bool(needle) and needle not in f"{line.code} {line.name}".lower())

    def save(self) -> BackgroundJob | None:
        """Store every pending change in one transaction off the GUI thread; nothing is stored when one is
        wrong. The grid is read again once they are stored."""
        self.last_job = self._save_for(self.shown_year, then=self._saved)
        return self.last_job

    def _saved(self, _answer: object) -> None:
        self.model.drop_changes()
        self.refresh()

    def _save_for(self, year: int, then: Callable[[object], None] | None = None) -> BackgroundJob | None:
        edits = self.model.edits()
        if not edits:
            return None
        database = self.context.database
        return attempt_in_background(self, self.tr("Target tidak disimpan"),
                                     lambda: save_targets(database, year, edits), then, context=self.context,
                                     notify=Area.PROGRESS, on_conflict=self._reload,
                                     busy=[self.table, self.save_button])

    def _reload(self) -> None:
        """Drop the pending changes and show the targets as stored now."""
        self.model.drop_changes()
        self.refresh()

    def discard(self) -> None:
        """Throw away pending changes (after asking)."""
        if self.model.has_changes() and not prompts.confirm(self, self.tr("Batalkan perubahan"),
                                                            self.tr("Buang perubahan yang belum disimpan?")):
            return
        self.model.drop_changes()
        self.refresh()

    def reset_selected(self) -> None:
        """The selected rows go back to the rule's target when saved."""
        self.model.reset_to_rule(sorted({index.row() for index in self.table.selectionModel().selectedRows()}))

    def choose_import(self) -> None:
        """Ask for a target file (Kode, Kelompok, Target, optional Populasi dikirim / Undangan dikirim)."""
        path = prompts.open_spreadsheet(self, self.tr("Pilih berkas target"))
        if path is not None:
            self.import_file(path)

    def import_file(self, path: Path) -> BackgroundJob:
        """Store a target file off the GUI thread, all rows or none."""
        database, year = self.context.database, self.context.year
        job = run_in_background(lambda _ctx: import_targets(database, path, year), self, self.tr("Mengimpor target…"),
                                error_title=self.tr("Target tidak diimpor"))
        job.succeeded.connect(lambda stored: self._imported(stored))
        self.last_job = job
        return job

    def _imported(self, stored: int) -> None:
        prompts.info(self, self.tr("Impor target"), self.tr("%Ln target disimpan.", "", stored))
        self.context.notify(Area.PROGRESS)
        self.refresh()
