"""Riwayat impor: every batch of the year, and undo of one batch (confirmed, one transaction)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from spi_desktop.domain.roles import Permission
from spi_desktop.services.population import undo_batch
from spi_desktop.services.population_browse import BatchInfo, list_batches
from spi_desktop.views.context import AppContext, Area
from spi_desktop.views.guard import offer_only_if_allowed
from spi_desktop.views.labels import group_labels
from spi_desktop.views.numbers import format_int
from spi_desktop.views.prompts import prompts
from spi_desktop.views.screen_fit import FittedDialog
from spi_desktop.views.tables import Column, RowTableModel, row_table
from spi_desktop.views.text import fill
from spi_desktop.views.workers import BackgroundJob, LatestOnly, run_in_background


class BatchesDialog(FittedDialog):
    """The import history of the chosen survey year."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.last_job: BackgroundJob | None = None
        self.rows_job: BackgroundJob | None = None  # the newest read of the list
        self._latest = LatestOnly()
        self.setWindowTitle(fill(self.tr("Riwayat impor populasi %1"), context.year))
        self.resize_within_screen(980, 420)
        undone = self.tr("dibatalkan")
        labels = group_labels()
        self.model = RowTableModel([
            Column(self.tr("Impor nomor"), lambda b: str(b.id), align_right=True),
            Column(self.tr("Kelompok"), lambda b: labels.get(b.group, b.group)),
            Column(self.tr("Berkas"), lambda b: b.file_name),
            Column(self.tr("Oleh"), lambda b: b.imported_by),
            Column(self.tr("Waktu"), lambda b: b.imported_at),
            Column(self.tr("Dibaca"), lambda b: format_int(b.read), align_right=True),
            Column(self.tr("Diimpor"), lambda b: undone if b.undone else format_int(b.imported), align_right=True),
            Column(self.tr("Duplikat"), lambda b: format_int(b.duplicates), align_right=True),
            Column(self.tr("Ditolak"), lambda b: format_int(b.rejected), align_right=True),
        ], muted=lambda b: b.undone)
        self.table = row_table(self.model, name=self.tr("Daftar impor populasi"))
        self.undo_button = QPushButton(self.tr("&Batalkan impor terpilih…"))
        self.undo_button.clicked.connect(self.undo_selected)
        offer_only_if_allowed(context, Permission.IMPORT, self.undo_button)
        close = QPushButton(self.tr("&Tutup"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> BackgroundJob:
        """Reload the batch list off the GUI thread (the list shown stays until the answer replaces it)."""
        database, year = self.context.database, self.context.year
        is_newest = self._latest.ask()
        self.rows_job = run_in_background(lambda _ctx: list_batches(database, year), owner=self)
        self.rows_job.succeeded.connect(lambda batches: self._show(batches) if is_newest() else None)
        return self.rows_job

    def _show(self, batches: list[BatchInfo]) -> None:
        self.model.set_rows(batches)
        self.table.resizeColumnsToContents()

    def undo_selected(self) -> None:
        """Remove every row the selected batch imported, after asking."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        batch: BatchInfo = self.model.row_at(rows[0].row())
        if batch.undone:
            return
        question = fill(self.tr("Hapus %1 baris yang diimpor dari %2 (impor nomor %3)?"), format_int(batch.imported),
                        batch.file_name, batch.id)
        if not prompts.confirm(self, self.tr("Batalkan impor"), question):
            return
        database, batch_id = self.context.database, batch.id
        job = run_in_background(lambda _ctx: undo_batch(database, batch_id), self, self.tr("Membatalkan impor"),
                                owner=self, error_title=self.tr("Batalkan impor"))
        job.succeeded.connect(self._undone)
        self.last_job = job

    def _undone(self, removed: int) -> None:
        self.refresh()
        self.context.notify(Area.POPULATION)
        prompts.info(self, self.tr("Batalkan impor"), self.tr("%Ln baris dihapus.", "", removed))
