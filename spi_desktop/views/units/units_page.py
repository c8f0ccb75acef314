"""The OPD registry page: search, add, edit, (de)activate for the survey year, import a file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from spi_desktop.domain.privacy import mask_email, mask_phone
from spi_desktop.domain.roles import Permission
from spi_desktop.domain.unit_record import UnitRecord
from spi_desktop.services import units as unit_service
from spi_desktop.services.audit import reveal_contacts
from spi_desktop.services.units import UnitImportSummary, UnitInfo
from spi_desktop.views.attempt import attempt_in_background
from spi_desktop.views.context import AppContext, Area
from spi_desktop.views.empty_state import EmptyOr, EmptyState
from spi_desktop.views.errors import user_message
from spi_desktop.views.guard import offer_only_if_allowed
from spi_desktop.views.numbers import format_int
from spi_desktop.views.pages import AreaPage
from spi_desktop.views.prompts import prompts
from spi_desktop.views.reason_texts import problem_text, reason_text
from spi_desktop.views.tables import Column, RowTableModel, row_table
from spi_desktop.views.text import fill
from spi_desktop.views.units.unit_dialog import SaveUnit, UnitDialog
from spi_desktop.views.workers import BackgroundJob, run_in_background

MAX_PROBLEMS_SHOWN = 15
PHONE_SAMPLE = "+6281234567890"  # a PIC's mobile number as stored (E.164), shown whole


class UnitsPage(AreaPage):
    """Instansi & OPD: the registry of the institution's work units."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = RowTableModel(self._columns(), muted=lambda info: not info.active)
        self.table = row_table(self.model, name=self.tr("Daftar OPD"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Cari OPD"))
        self.search.setPlaceholderText(self.tr("Cari kode, nama, kepala atau PIC…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.model.set_filter)
        self.count = QLabel()
        self.add_button = QPushButton(self.tr("T&ambah OPD"))
        self.edit_button = QPushButton(self.tr("&Ubah"))
        self.toggle_button = QPushButton(self.tr("Nonakti&fkan untuk tahun ini"))
        self.import_button = QPushButton(self.tr("&Impor dari Excel/CSV…"))
        self.add_button.clicked.connect(self.add_unit)
        self.edit_button.clicked.connect(self.edit_selected)
        self.toggle_button.clicked.connect(self.toggle_selected)
        self.import_button.clicked.connect(self.choose_import_file)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        offer_only_if_allowed(context, Permission.EDIT, self.add_button, self.edit_button, self.toggle_button)
        offer_only_if_allowed(context, Permission.IMPORT, self.import_button)
        self.revealed = False  # contacts are shown unmasked only once their audit line is stored
        self.reveal = QCheckBox(self.tr("Tampilkan kontak lengkap"))
        self.reveal.setToolTip(self.tr("Nomor HP dan surel PIC disamarkan; membukanya tercatat di jejak audit."))
        self.reveal.toggled.connect(self._reveal_toggled)
        offer_only_if_allowed(context, Permission.REVEAL, self.reveal)
        self.empty = EmptyState(self.tr("Belum ada OPD di ruang kerja ini. Impor daftar OPD dari berkas Excel atau "
                                        "CSV (kolom Kode dan Nama OPD), atau tambahkan OPD satu per satu."))
        self.empty_import = self.empty.add_action(self.tr("Impor &daftar OPD…"), self.choose_import_file, default=True)
        self.empty_add = self.empty.add_action(self.tr("Tambah &OPD"), self.add_unit)
        offer_only_if_allowed(context, Permission.EDIT, self.empty_add)
        offer_only_if_allowed(context, Permission.IMPORT, self.empty_import)
        self.listing = EmptyOr(self.table, self.empty)
        title = QLabel(self.tr("Instansi & OPD"))
        title.setObjectName("pageTitle")
        tools = QHBoxLayout()
        for widget in (self.search, self.reveal, self.add_button, self.edit_button, self.toggle_button,
                       self.import_button):
            tools.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(tools)
        layout.addWidget(self.listing, 1)
        layout.addWidget(self.count)
        self.watch({Area.UNITS}, self.refresh)
        self.refresh()

    def _columns(self) -> list[Column]:
        active, inactive = self.tr("Aktif"), self.tr("Tidak aktif")
        return [
            # sized to their content (tens of rows); the names give up width first, so the contacts stay in view
            Column(self.tr("Kode"), lambda i: i.code, widest=140),
            Column(self.tr("Nama OPD"), lambda i: i.name, elastic=True, widest=360,
                   tooltip=lambda i: "; ".join(filter(None, [i.name, i.record.short_name, *i.record.aliases]))),
            Column(self.tr("Status SPI"), lambda i: active if i.active else inactive),
            Column(self.tr("Kepala"), lambda i: i.record.head_name or "", elastic=True, widest=240),
            Column(self.tr("PIC"), lambda i: i.record.pic_name or "", elastic=True, widest=220),
            Column(self.tr("HP PIC"), lambda i: self._contact(i.record.pic_phone, mask_phone), whole=PHONE_SAMPLE),
            Column(self.tr("Email PIC"), lambda i: self._contact(i.record.pic_email, mask_email), widest=300),
            Column(self.tr("Singkatan"), lambda i: i.record.short_name or "", spare=True),  # steps aside first
        ]

    def _contact(self, value: str | None, mask: Callable[[str | None], str]) -> str:
        return (value or "") if self.revealed else mask(value)

    def _reveal_toggled(self, on: bool) -> None:
        if not on:
            self.revealed = False
            self.model.set_rows(self.model.rows())
            return
        # The contacts show only once the audit line is stored (off the GUI thread); a refusal unticks the box.
        database, year = self.context.database, self.context.year
        self.last_job = attempt_in_background(
            self, self.tr("Kontak lengkap"),
            lambda: reveal_contacts(database, "OPD", f"Kontak PIC OPD tahun {year} ditampilkan", year=year),
            lambda _answer: self._show_contacts(), busy=[self.reveal], on_failed=lambda: self.reveal.setChecked(False))

    def _show_contacts(self) -> None:
        self.revealed = self.reveal.isChecked()
        self.model.set_rows(self.model.rows())

    def refresh(self) -> BackgroundJob:
        """Reload the OPD list for the current survey year (off the GUI thread)."""
        database, year = self.context.database, self.context.year
        return self.load(lambda: unit_service.list_units(database, year=year), lambda infos: self._show(infos, year))

    def _show(self, infos: list[UnitInfo], year: int) -> None:
        current = self.selected()  # chosen while the list was read: kept
        self.model.set_rows(infos)
        self.listing.set_empty(not infos)
        if current is not None:
            self.select_code(current.code)
        active = sum(1 for info in infos if info.active)
        self.count.setText(
            fill(self.tr("%1 OPD, %2 ikut SPI %3"), format_int(len(infos)), format_int(active), year)
        )
        self._update_buttons()

    def selected(self) -> UnitInfo | None:
        """The OPD selected in the table, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_code(self, code: str) -> None:
        """Select the OPD with ``code`` if it is shown."""
        for row, info in enumerate(self.model.rows()):
            if info.code == code:
                self.table.selectRow(row)
                return

    def _update_buttons(self) -> None:
        info = self.selected()
        self.edit_button.setEnabled(info is not None)
        self.toggle_button.setEnabled(info is not None)
        if info is not None and not info.active:
            self.toggle_button.setText(self.tr("Akti&fkan untuk tahun ini"))
        else:
            self.toggle_button.setText(self.tr("Nonakti&fkan untuk tahun ini"))

    def _saver(self, original_code: str | None, version: int | None = None) -> SaveUnit:
        database, year = self.context.database, self.context.year  # the dialog stores on a worker thread

        def save(record: UnitRecord, active: bool) -> None:
            unit_service.save_unit(database, record, original_code, year, active, expected_version=version)
        return save

    def add_unit(self) -> UnitDialog:
        """Open the dialog for a new OPD (returned so tests can drive it)."""
        dialog = UnitDialog(self._saver(None), self.context.year, parent=self)
        dialog.accepted.connect(lambda: self.context.notify(Area.UNITS))
        dialog.open()
        return dialog

    def edit_selected(self) -> UnitDialog | None:
        """Open the dialog for the selected OPD."""
        info = self.selected()
        if info is None or not self.context.may(Permission.EDIT):  # double-click too: the form shows contacts
            return None
        dialog = UnitDialog(self._saver(info.code, info.version), self.context.year, info.record, info.active, self)
        dialog.accepted.connect(lambda: self.context.notify(Area.UNITS))
        dialog.rejected.connect(lambda: self.context.notify(Area.UNITS) if dialog.conflicted else None)
        dialog.open()
        return dialog

    def toggle_selected(self) -> BackgroundJob | None:
        """Switch the selected OPD's participation in the current survey year (off the GUI thread)."""
        info = self.selected()
        if info is None:
            return None
        database, year = self.context.database, self.context.year
        self.last_job = attempt_in_background(
            self, self.tr("Status SPI OPD"), lambda: unit_service.set_unit_active(database, info.code, year,
                                                                                   not info.active),
            context=self.context, notify=Area.UNITS, busy=[self.toggle_button, self.edit_button])
        return self.last_job

    def choose_import_file(self) -> None:
        """Ask for an OPD file and import it."""
        path = prompts.open_spreadsheet(self, self.tr("Impor daftar OPD"))
        if path is not None:
            self.import_file(path)

    def import_file(self, path: Path) -> BackgroundJob:
        """Import ``path`` in the background; the outcome is shown when it ends."""
        database, year = self.context.database, self.context.year
        job = run_in_background(
            lambda ctx: unit_service.import_units(database, path, year=year, context=ctx),
            self, fill(self.tr("Mengimpor %1"), path.name))
        job.succeeded.connect(self._import_done)
        job.failed.connect(self._import_failed)
        self.last_job = job
        return job

    def _import_done(self, summary: UnitImportSummary) -> None:
        self.context.notify(Area.UNITS)
        text = fill(self.tr("Dibaca %1 baris: %2 OPD baru, %3 diperbarui, %4 tidak berubah, %5 ditolak."),
                    *(format_int(count) for count in (summary.read, summary.added, summary.updated, summary.unchanged,
                                                      summary.rejected)))
        for title, problems in ((self.tr("Baris yang ditolak:"), summary.problems),
                                (self.tr("OPD diimpor tanpa nilai yang salah:"), summary.warnings)):
            if problems:
                shown = "\n".join(f"• {problem_text(p)}" for p in problems[:MAX_PROBLEMS_SHOWN])
                more = len(problems) - MAX_PROBLEMS_SHOWN
                text += "\n\n" + title + "\n" + shown
                if more > 0:
                    text += "\n" + fill(self.tr("… dan %1 masalah lain"), more)
        if summary.unmapped:
            text += "\n\n" + fill(self.tr("Kolom yang tidak dibaca: %1"),
                                        ", ".join(reason_text(column) for column in summary.unmapped))
        if summary.unread_sheets:
            text += "\n" + fill(self.tr("Lembar lain yang tidak dibaca: %1"),
                                      ", ".join(reason_text(sheet) for sheet in summary.unread_sheets))
        if summary.skipped:
            text += "\n" + self.tr("%Ln baris dilewati karena bukan OPD (baris jumlah, tanda tangan).", "",
                                    summary.skipped)
        prompts.info(self, self.tr("Impor OPD selesai"), text)

    def _import_failed(self, error: Exception) -> None:
        prompts.error(self, self.tr("Impor OPD gagal"),
                      user_message(error) + "\n\n" + self.tr("Tidak ada data yang diubah."))
