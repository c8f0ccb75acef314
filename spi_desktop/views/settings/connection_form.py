"""Pengaturan → Koneksi: which database this PC opens, changed through the connection dialog.

A per-PC setting, not workspace data: every role may change it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from spi_desktop.services import connection
from spi_desktop.views.context import AppContext
from spi_desktop.views.prompts import prompts
from spi_desktop.views.settings.connection_dialog import ConnectionDialog
from spi_desktop.views.style import form_layout
from spi_desktop.views.workers import BackgroundJob, run_in_background


class ConnectionForm(QWidget):
    """The open database, the one saved for the next start, and the button that changes it."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.last_job: BackgroundJob | None = None
        self.open_now = QLabel(context.database.describe())
        self.open_now.setWordWrap(True)
        self.saved = QLabel()
        self.saved.setWordWrap(True)
        self.change = QPushButton(self.tr("Koneksi basis &data…"))
        self.change.clicked.connect(self.open_dialog)
        note = QLabel(self.tr("Pengaturan ini berlaku untuk PC ini saja: SPI Desktop membuka basis data yang "
                              "tersimpan di sini setiap kali dimulai. Kata sandi server tidak pernah ditulis "
                              "di berkas."))
        note.setObjectName("sourceNotes")
        note.setWordWrap(True)
        form = form_layout()
        form.addRow(self.tr("Terbuka sekarang"), self.open_now)
        form.addRow(self.tr("Dibuka saat mulai"), self.saved)
        row = QHBoxLayout()
        row.addWidget(self.change)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(note)
        layout.addStretch(1)
        self._show_saved()

    def _show_saved(self) -> None:
        saved = connection.load_connection()
        self.saved.setText(self.tr("Berkas lokal (SQLite)") if saved is None
                           else f"PostgreSQL {saved.user}@{saved.where} (SSL {saved.sslmode})")

    def open_dialog(self) -> None:
        """Show the connection dialog; after a save, offer to open the chosen database now."""
        dialog = ConnectionDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.saved_in(dialog)

    def saved_in(self, dialog: ConnectionDialog) -> BackgroundJob | None:
        """The dialog saved a connection: ask whether to switch to it now."""
        self._show_saved()
        location = dialog.location()
        if location is None or not prompts.confirm(
                self, self.tr("Koneksi basis data"),
                self.tr("Koneksi tersimpan dan dipakai setiap kali aplikasi dibuka. Buka basis data itu sekarang? "
                        "Jendela ini ditutup dan, bila ruang kerja itu punya akun, Anda diminta masuk.")):
            return None
        return self.reopen(location)

    def reopen(self, location: str) -> BackgroundJob:
        """Open (and migrate) ``location`` in the background, then replace the window with one on it."""
        from spi_desktop.services.database import open_database

        self.last_job = run_in_background(lambda _ctx: open_database(location), parent=self,
                                          title=self.tr("Membuka basis data…"),
                                          error_title=self.tr("Koneksi basis data"))
        self.last_job.succeeded.connect(self._opened)
        return self.last_job

    def _opened(self, database: object) -> None:
        from spi_desktop.services.database import Database

        assert isinstance(database, Database)
        if self.context.shell is not None:
            self.context.shell.on_database(self.window(), database)
