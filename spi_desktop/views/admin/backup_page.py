"""Cadangan & privasi: back up now (optionally encrypted), restore, the automatic backups, and the purge of a
finished year's personal data."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from spi_desktop.services import backup, privacy
from spi_desktop.services.backup import BackupEntry, BackupReport, RestoreReport
from spi_desktop.services.years import list_years
from spi_desktop.views.attempt import attempt_in_background
from spi_desktop.views.context import AppContext, Area
from spi_desktop.views.dates import shown_local
from spi_desktop.views.errors import user_message
from spi_desktop.views.numbers import format_int
from spi_desktop.views.prompts import prompts
from spi_desktop.views.tables import Column, RowTableModel, row_table
from spi_desktop.views.text import fill
from spi_desktop.views.workers import BackgroundJob, run_in_background


@dataclass(frozen=True)
class BackupState:
    """What the tab shows, read in one background job."""

    backups: list[BackupEntry]
    folder: Path | None
    keep: int
    purged: dict[int, str]
    years: list[int]


class BackupPage(QWidget):
    """One-click backup and restore, the automatic backups, and the purge."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.last_job: BackgroundJob | None = None
        self.refresh_job: BackgroundJob | None = None
        self.backup_button = QPushButton(self.tr("&Cadangkan sekarang…"))
        self.backup_button.clicked.connect(self.choose_backup_file)
        self.restore_button = QPushButton(self.tr("P&ulihkan dari cadangan…"))
        self.restore_button.clicked.connect(self.choose_restore_file)
        intro = QLabel(self.tr("Cadangan adalah salinan utuh ruang kerja (termasuk daftar populasi dan jejak audit), "
                               "dibuat aman saat aplikasi berjalan. Beri frasa sandi bila berkas akan dibawa keluar "
                               "kantor: isinya dienkripsi (AES-256-GCM) dan tidak dapat dibuka tanpa frasa itu. "
                               "Pemulihan memeriksa berkas lebih dulu; bila ada yang salah, ruang kerja tidak "
                               "berubah."))
        intro.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        self.model = RowTableModel([
            Column(self.tr("Jenis"), self._kind),
            Column(self.tr("Waktu"), lambda e: shown_local(e.created_at)),
            Column(self.tr("Ukuran"), lambda e: f"{format_int(max(e.size // 1024, 1))} KB", align_right=True),
            Column(self.tr("Berkas"), lambda e: e.path.name),
        ])
        self.table = row_table(self.model, name=self.tr("Daftar cadangan"))
        for column in range(3):  # short texts: sized to contents, so no date or size is cut off
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.folder_label = QLabel()
        self.folder_label.setObjectName("sourceNotes")
        self.folder_label.setWordWrap(True)
        self.keep = QSpinBox()
        self.keep.setRange(1, 100)
        keep_save = QPushButton(self.tr("&Simpan"))
        keep_save.clicked.connect(self.save_keep)
        keep_row = QHBoxLayout()
        keep_row.addWidget(QLabel(self.tr("Cadangan otomatis yang disimpan per jenis:")))
        keep_row.addWidget(self.keep)
        keep_row.addWidget(keep_save)
        keep_row.addStretch(1)
        automatic = QGroupBox(self.tr("Cadangan otomatis (sekali sehari, sebelum pembaruan skema, sebelum pemulihan)"))
        automatic_layout = QVBoxLayout(automatic)
        automatic_layout.addWidget(self.table, 1)
        automatic_layout.addWidget(self.folder_label)
        automatic_layout.addLayout(keep_row)
        self.purge_year = QComboBox()
        self.purge_button = QPushButton(self.tr("Hapus &data pribadi tahun ini…"))
        self.purge_button.clicked.connect(self.purge_selected_year)
        self.purge_note = QLabel()
        self.purge_note.setWordWrap(True)
        purge = QGroupBox(self.tr("Hapus data pribadi tahun survei yang sudah selesai"))
        purge_layout = QVBoxLayout(purge)
        explain = QLabel(self.tr("Nama, No. HP, email dan NIP responden tahun itu dihapus untuk selamanya. Jumlah "
                                 "populasi, target, kemajuan dan hasil tetap utuh. Buat cadangan terenkripsi dulu "
                                 "bila arsip masih diperlukan."))
        explain.setWordWrap(True)
        purge_row = QHBoxLayout()
        purge_row.addWidget(QLabel(self.tr("Tahun survei")))
        purge_row.addWidget(self.purge_year)
        purge_row.addWidget(self.purge_button)
        purge_row.addStretch(1)
        purge_layout.addWidget(explain)
        purge_layout.addLayout(purge_row)
        purge_layout.addWidget(self.purge_note)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(automatic, 1)
        layout.addWidget(purge)
        self.refresh()

    def _kind(self, entry: BackupEntry) -> str:
        labels = {"harian": self.tr("Harian"), "sebelum-migrasi": self.tr("Sebelum pembaruan skema"),
                  "sebelum-pulihkan": self.tr("Sebelum pemulihan")}
        return labels.get(entry.kind, entry.kind)

    def refresh(self) -> BackgroundJob:
        """Read the automatic backups, the keep setting and the years off the GUI thread, then show them."""
        database = self.context.database
        self.refresh_job = run_in_background(lambda _ctx: BackupState(
            backup.list_backups(database), backup.backup_folder(database) if database.path else None,
            backup.backup_keep(database), privacy.purged_years(database), list_years(database)), owner=self)
        self.refresh_job.succeeded.connect(self._show)
        return self.refresh_job

    def _show(self, state: BackupState) -> None:
        self.model.set_rows(state.backups)
        self.table.resizeColumnsToContents()
        if state.folder is None:
            self.folder_label.setText(self.tr("Basis data server: cadangan dibuat di server."))
        else:
            self.folder_label.setText(fill(self.tr("Folder: %1"), state.folder))
        self.keep.setValue(state.keep)
        self.purge_year.clear()
        for year in sorted(state.years, reverse=True):
            purged = state.purged.get(year)
            self.purge_year.addItem(fill(self.tr("%1 (sudah dihapus %2)"), year, purged[:10]) if purged else str(year),
                                    year)

    def choose_backup_file(self) -> BackgroundJob | None:
        """Ask where and for an optional passphrase, then back up in the background."""
        stem = self.context.database.path.stem if self.context.database.path else "spi"
        answer = prompts.save_file(self, self.tr("Cadangkan ruang kerja"),
                                   f"{stem}-{dt.datetime.now():%Y%m%d-%H%M}.spibak",
                                   self.tr("Cadangan SPI Desktop (*.spibak)"))
        if not answer:
            return None
        path = Path(answer) if answer.endswith(".spibak") else Path(answer + ".spibak")
        passphrase = prompts.ask_secret(self, self.tr("Enkripsi cadangan"),
                                        self.tr("Frasa sandi untuk mengenkripsi cadangan (minimal 8 karakter). "
                                                "Kosongkan bila cadangan tidak perlu dienkripsi. Frasa yang hilang "
                                                "tidak dapat dipulihkan."), confirm=True, optional=True)
        if passphrase is None:
            return None
        database = self.context.database
        self.last_job = run_in_background(
            lambda ctx: backup.backup_database(database, path, passphrase or None, ctx), self,
            self.tr("Membuat cadangan…"), error_title=self.tr("Cadangan"))
        self.last_job.succeeded.connect(self._backed_up)
        return self.last_job

    def _backed_up(self, report: BackupReport) -> None:
        kind = self.tr("terenkripsi") if report.encrypted else self.tr("tidak terenkripsi")
        prompts.info(self, self.tr("Cadangan"), fill(self.tr("Cadangan %1 ditulis ke %2 (%3 KB)."), kind, report.path,
                                                    format_int(max(report.size // 1024, 1))))
        self.context.notify(Area.AUDIT)

    def choose_restore_file(self) -> BackgroundJob | None:
        """Pick a backup, ask for its passphrase when it has one, confirm, then restore in the background."""
        answer = prompts.open_file(self, self.tr("Pulihkan dari cadangan"),
                                   self.tr("Cadangan SPI Desktop (*.spibak);;Semua berkas (*)"))
        if not answer:
            return None
        path = Path(answer)
        try:
            header = backup.describe_backup(path)
        except Exception as error:  # shown to the user, never a traceback
            prompts.error(self, self.tr("Pulihkan"), user_message(error))
            return None
        passphrase: str | None = None
        if header.encrypted:
            passphrase = prompts.ask_secret(self, self.tr("Cadangan terenkripsi"),
                                            self.tr("Frasa sandi cadangan ini:"))
            if passphrase is None:
                return None
        question = fill(self.tr("Ganti seluruh isi ruang kerja ini dengan cadangan %1 (dibuat %2)? Salinan isi "
                                "sekarang disimpan dulu di folder cadangan otomatis. Sesudah pemulihan, semua "
                                "pengguna masuk lagi."), path.name, header.created_at[:19].replace("T", " "))
        if not prompts.confirm(self, self.tr("Pulihkan"), question):
            return None
        database = self.context.database
        self.last_job = run_in_background(lambda ctx: backup.restore_backup(database, path, passphrase, ctx), self,
                                          self.tr("Memulihkan cadangan…"), error_title=self.tr("Pulihkan"))
        self.last_job.succeeded.connect(self._restored)
        return self.last_job

    def _restored(self, report: RestoreReport) -> None:
        migrated = self.tr(" Skemanya diperbarui ke versi aplikasi ini.") if report.migrated else ""
        prompts.info(self, self.tr("Pulihkan"), fill(self.tr("Ruang kerja dipulihkan dari %1.%2"), report.path.name,
                                                     migrated))
        if self.context.shell is not None:
            self.context.shell.after_restore(self.window())

    def save_keep(self) -> BackgroundJob:
        """Store how many automatic backups of each kind are kept."""
        database, keep = self.context.database, self.keep.value()
        self.last_job = attempt_in_background(self, self.tr("Cadangan otomatis"),
                                              lambda: backup.set_backup_keep(database, keep),
                                              lambda _answer: self.refresh())
        return self.last_job

    def purge_selected_year(self) -> BackgroundJob | None:
        """Count what the purge would remove (in the background), then ask and purge."""
        year = self.purge_year.currentData()
        if year is None:
            return None
        database = self.context.database
        self.last_job = run_in_background(lambda _ctx: privacy.preview_purge(database, int(year)), owner=self,
                                          error_title=self.tr("Hapus data pribadi"))
        self.last_job.succeeded.connect(self._confirm_purge)
        return self.last_job

    def _confirm_purge(self, preview: privacy.PurgeReport) -> None:
        question = fill(self.tr("Hapus untuk selamanya %1? Tindakan ini tidak dapat dibatalkan; hanya cadangan "
                                "yang dibuat sebelumnya masih memuatnya."), preview.describe())
        if not prompts.confirm(self, self.tr("Hapus data pribadi"), question):
            return
        database, year = self.context.database, preview.year
        # A year's list can hold a million rows: the one-transaction update runs off the GUI thread.
        self.last_job = run_in_background(lambda _ctx: privacy.purge_personal_data(database, year), self,
                                          self.tr("Menghapus data pribadi…"), error_title=self.tr("Hapus data pribadi"))
        self.last_job.succeeded.connect(self._purged)

    def _purged(self, report: privacy.PurgeReport) -> None:
        self.purge_note.setText(fill(self.tr("Dihapus: %1."), report.describe()))
        self.context.notify(Area.POPULATION)
        self.refresh()
