"""Populasi › Kirim format ke OPD…: choose the OPD, the groups and a folder; a folder per OPD is written in the
background (its templates and the message for its PIC), then each OPD's message, WhatsApp, e-mail text and
*Tandai sudah dikirim* are at hand."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from spi_desktop.domain.roles import Permission
from spi_desktop.services.collection_sending import prepare_kits, return_contact, save_return_contact
from spi_desktop.services.units import UnitInfo, list_units
from spi_desktop.views.context import AppContext
from spi_desktop.views.guard import offer_only_if_allowed
from spi_desktop.views.population.kit_results import KitResults
from spi_desktop.views.prompts import prompts
from spi_desktop.views.screen_fit import FittedDialog
from spi_desktop.views.style import button_row, message_label, show_message
from spi_desktop.views.text import fill
from spi_desktop.views.workers import BackgroundJob, run_in_background

CHOICES_WIDTH = 420


class KitDialog(FittedDialog):
    """The collection kit for the context's year: which OPD and groups, where, and then the sending."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.last_job: BackgroundJob | None = None
        self.setWindowTitle(fill(self.tr("Kirim format ke OPD — SPI %1"), context.year))
        self.resize_within_screen(1240, 660)
        self.units = QListWidget()
        self.units.setAccessibleName(self.tr("OPD yang dikirimi format"))
        self.units.setWordWrap(True)  # a long OPD name shows whole on two lines rather than scrolled away
        self.units.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.units.addItem(self.tr("Memuat…"))  # until the OPD list is read, off the GUI thread
        self.units_read = False
        self.all_button = QPushButton(self.tr("Pilih &semua"))
        self.none_button = QPushButton(self.tr("&Kosongkan"))
        self.all_button.clicked.connect(lambda: self._check_all(Qt.CheckState.Checked))
        self.none_button.clicked.connect(lambda: self._check_all(Qt.CheckState.Unchecked))
        self.internal = QCheckBox(self.tr("&Internal (pegawai)"))
        self.external = QCheckBox(self.tr("&Eksternal (pengguna layanan)"))
        for box in (self.internal, self.external):
            box.setChecked(True)
        self.return_to = QLineEdit()
        self.return_to.setAccessibleName(self.tr("Kirim kembali ke"))
        self.return_to.setPlaceholderText(self.tr("mis. inspektorat@…go.id atau WhatsApp 0812…"))
        self.return_to.setToolTip(self.tr("Ditulis di pesan setiap OPD dan disimpan untuk kiriman berikutnya"))
        self.folder = QLineEdit()
        self.folder.setAccessibleName(self.tr("Folder tujuan"))
        self.folder.setPlaceholderText(self.tr("Folder untuk folder kiriman OPD"))
        self.folder_button = QPushButton(self.tr("Pilih &folder…"))
        self.folder_button.clicked.connect(self.choose_folder)
        self.write_button = QPushButton(self.tr("T&ulis folder kiriman"))
        self.write_button.setDefault(True)
        self.write_button.clicked.connect(self.write)
        offer_only_if_allowed(context, Permission.EXPORT, self.write_button)
        self.message = message_label()
        self.results = KitResults(context)
        close = QPushButton(self.tr("&Tutup"))
        close.clicked.connect(self.accept)
        self.setLayout(self._layout(close))
        for widget in (self.units, self.all_button, self.none_button, self.return_to):
            widget.setEnabled(False)
        database, year = context.database, context.year
        self.units_job = run_in_background(
            lambda _ctx: (list_units(database, year=year, active_only=True), return_contact(database)), owner=self)
        self.units_job.succeeded.connect(lambda answer: self._show_units(*answer))

    def _show_units(self, units: list[UnitInfo], contact: str) -> None:
        self.units.clear()
        for unit in units:
            item = QListWidgetItem(f"{unit.code} — {unit.name}")
            item.setData(Qt.ItemDataRole.UserRole, unit.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.units.addItem(item)
        self.return_to.setText(contact)
        for widget in (self.units, self.all_button, self.none_button, self.return_to):
            widget.setEnabled(True)
        self.units_read = True

    def _layout(self, close: QPushButton) -> QVBoxLayout:
        choices = QVBoxLayout()
        choices.addWidget(QLabel(self.tr("OPD (yang ikut tahun ini):")))
        choices.addWidget(self.units, 1)
        choices.addLayout(button_row(self.all_button, self.none_button))
        choices.addWidget(QLabel(self.tr("Format daftar:")))
        choices.addWidget(self.internal)
        choices.addWidget(self.external)
        back = QLabel(self.tr("Kirim kemba&li ke (ditulis di pesan):"))
        back.setBuddy(self.return_to)
        choices.addWidget(back)
        choices.addWidget(self.return_to)
        choices.addWidget(QLabel(self.tr("Folder tujuan:")))
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.folder_button)
        choices.addLayout(folder_row)
        choices.addWidget(self.message)
        choices.addLayout(button_row(self.write_button))
        left = QWidget()
        left.setLayout(choices)
        left.setFixedWidth(CHOICES_WIDTH)
        body = QHBoxLayout()
        body.addWidget(left)
        body.addWidget(self.results, 1)
        layout = QVBoxLayout()
        layout.addLayout(body, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        return layout

    def _check_all(self, state: Qt.CheckState) -> None:
        for row in range(self.units.count()):
            self.units.item(row).setCheckState(state)

    def chosen_units(self) -> list[str]:
        """The codes of the OPD ticked, in the list's order."""
        items = [self.units.item(row) for row in range(self.units.count())]
        return [item.data(Qt.ItemDataRole.UserRole) for item in items if item.checkState() == Qt.CheckState.Checked]

    def chosen_groups(self) -> list[str]:
        """The groups ticked."""
        return [group for group, box in (("internal", self.internal), ("external", self.external))
                if box.isChecked()]

    def choose_folder(self) -> None:
        """Ask for the folder the OPD's folders go into."""
        folder = prompts.choose_folder(self, self.tr("Folder untuk folder kiriman OPD"))
        if folder:
            self.folder.setText(folder)

    def write(self) -> BackgroundJob | None:
        """Write a folder per chosen OPD in the background; None (and a message) when a choice is missing."""
        units, groups, folder = self.chosen_units(), self.chosen_groups(), self.folder.text().strip()
        missing = (self.tr("Daftar OPD masih dimuat.") if not self.units_read else
                   self.tr("Centang paling sedikit satu OPD.") if not units else
                   self.tr("Centang daftar internal, eksternal atau keduanya.") if not groups else
                   self.tr("Pilih folder tujuan dulu.") if not folder else "")
        if missing:
            show_message(self.message, missing)
            return None
        self.message.hide()
        database, year, back = self.context.database, self.context.year, self.return_to.text()
        every = len(units) == self.units.count()

        def job(ctx):  # type: ignore[no-untyped-def]
            save_return_contact(database, back)
            return prepare_kits(database, year, groups, Path(folder), None if every else units, context=ctx)

        self.last_job = run_in_background(job, self, self.tr("Menulis folder kiriman OPD"), owner=self,
                                          error_title=self.tr("Folder kiriman tidak ditulis"))
        self.last_job.succeeded.connect(self._written)
        return self.last_job

    def _written(self, kits: list) -> None:  # type: ignore[type-arg]
        self.results.show_kits(kits)
        show_message(self.message, fill(self.tr("%Ln folder ditulis ke %1.", "", len(kits)), self.folder.text()),
                     ok=True)
