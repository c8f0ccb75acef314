"""The stored progress snapshots of the year: import a file, type counts in, remove a mistaken one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from spi_desktop.domain.roles import Permission
from spi_desktop.services.progress_history import SnapshotInfo, delete_snapshot, list_snapshots
from spi_desktop.views.attempt import attempt_in_background
from spi_desktop.views.context import AppContext, Area
from spi_desktop.views.dates import shown_date, shown_moment
from spi_desktop.views.guard import offer_only_if_allowed
from spi_desktop.views.monitoring.progress_entry_dialog import ProgressEntryDialog
from spi_desktop.views.monitoring.progress_import_dialog import ProgressImportDialog
from spi_desktop.views.numbers import format_int
from spi_desktop.views.pages import AreaPage
from spi_desktop.views.prompts import prompts
from spi_desktop.views.tables import Column, RowTableModel, row_table
from spi_desktop.views.text import fill
from spi_desktop.views.workers import BackgroundJob


class SnapshotsTab(AreaPage):
    """Every dated snapshot, newest first; each import or typed entry is one, and none is overwritten
    silently."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = RowTableModel([
            Column(self.tr("Tanggal data"), lambda s: shown_date(s.date), sort_key=lambda s: (s.date, s.id)),
            Column(self.tr("Sumber"), lambda s: s.source),
            Column(self.tr("Baris"), lambda s: format_int(s.rows), sort_key=lambda s: s.rows, align_right=True),
            Column(self.tr("Total selesai"), lambda s: format_int(s.completed), sort_key=lambda s: s.completed,
                   align_right=True),
            Column(self.tr("Oleh"), lambda s: s.imported_by),
            Column(self.tr("Disimpan"), lambda s: shown_moment(s.imported_at),
                   sort_key=lambda s: s.imported_at),
        ])
        self.table = row_table(
            self.model, name=self.tr("Daftar snapshot"), sorted_by=(0, Qt.SortOrder.DescendingOrder))  # newest first
        self.summary = QLabel()
        import_button = QPushButton(self.tr("&Impor berkas…"))
        import_button.clicked.connect(self.open_import)
        type_button = QPushButton(self.tr("K&etik data…"))
        type_button.clicked.connect(self.open_entry)
        self.remove_button = QPushButton(self.tr("Hapus &data terpilih…"))
        self.remove_button.clicked.connect(self.remove_selected)
        offer_only_if_allowed(context, Permission.IMPORT, import_button, type_button)
        offer_only_if_allowed(context, Permission.EDIT, self.remove_button)
        buttons = QHBoxLayout()
        for button in (import_button, type_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        note = QLabel(self.tr("Setiap impor disimpan sebagai data bertanggal. Bila satu tanggal punya dua data, "
                              "yang disimpan belakangan dipakai. Jumlah yang turun ditandai saat impor."))
        note.setObjectName("sourceNotes")
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(note)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.watch({Area.PROGRESS}, self.refresh)
        self.refresh()

    def refresh(self) -> BackgroundJob:
        """Reload the list off the GUI thread."""
        database, year = self.context.database, self.context.year
        return self.load(lambda: list_snapshots(database, year), self._show)

    def _show(self, snapshots: list[SnapshotInfo]) -> None:
        self.model.set_rows(snapshots)
        self.table.resizeColumnsToContents()
        saved = self.tr("%Ln data kemajuan tersimpan untuk %1", "", len(snapshots))
        self.summary.setText(fill(saved, self.context.year) if snapshots
                             else self.tr("Belum ada data kemajuan untuk tahun ini."))

    def open_import(self) -> ProgressImportDialog:
        """Open the file import dialog."""
        dialog = ProgressImportDialog(self.context, self)
        dialog.open()
        return dialog

    def open_entry(self) -> ProgressEntryDialog:
        """Open the grid for typing counts in."""
        dialog = ProgressEntryDialog(self.context, self)
        dialog.open()
        return dialog

    def remove_selected(self) -> None:
        """Remove the selected snapshot after asking (e.g. a file imported under the wrong date)."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            prompts.error(self, self.tr("Hapus data"), self.tr("Pilih satu data kemajuan di tabel dulu."))
            return
        snapshot: SnapshotInfo = self.model.row_at(rows[0].row())
        question = fill(self.tr("Hapus data kemajuan tanggal %1 dari %2 (%3 baris)? Grafik dan matriks akan "
                                "memakai data lain yang tersisa."), shown_date(snapshot.date), snapshot.source,
                        format_int(snapshot.rows))
        if not prompts.confirm(self, self.tr("Hapus data"), question):
            return
        database = self.context.database
        self.last_job = attempt_in_background(self, self.tr("Hapus data"),
                                              lambda: delete_snapshot(database, snapshot.id),
                                              context=self.context, notify=Area.PROGRESS)
