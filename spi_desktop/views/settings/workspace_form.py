"""The workspace's home institution: code, name, type, size, address, Inspektur, logo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from spi_desktop.domain.errors import InputError
from spi_desktop.domain.institution import DEFAULT_INSTITUTION_TYPE, INSTITUTION_TYPES, SIZE_GROUPS
from spi_desktop.services.concurrency import ConflictError
from spi_desktop.services.database import Database
from spi_desktop.services.workspace import (
    SignatureSettings,
    WorkspaceInfo,
    get_signature_settings,
    get_workspace,
    read_logo,
    save_workspace,
    signature_defaults,
    workspace_version,
)
from spi_desktop.views.conflicts import offer_reload
from spi_desktop.views.context import AppContext, Area
from spi_desktop.views.errors import user_message
from spi_desktop.views.prompts import prompts
from spi_desktop.views.reason_texts import reason_text
from spi_desktop.views.style import form_layout, show_message
from spi_desktop.views.workers import BackgroundJob, run_in_background


class WorkspaceForm(QWidget):
    """Edit the home institution; saved in one step with validation."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._logo: tuple[bytes, str] | None = None
        self._version = 0
        self.last_job: BackgroundJob | None = None
        self.code = QLineEdit()
        self.name = QLineEdit()
        self.type = QComboBox()
        for key, label in INSTITUTION_TYPES.items():
            self.type.addItem(label, key)
        self.size_group = QComboBox()
        self.size_group.addItem(self.tr("(belum ditetapkan)"), None)
        for key, label in SIZE_GROUPS.items():
            self.size_group.addItem(label, key)
        self.address = QPlainTextEdit()
        self.address.setFixedHeight(70)
        self.inspector_name = QLineEdit()
        self.inspector_nip = QLineEdit()
        self.inspector_nip.setPlaceholderText(self.tr("18 angka, untuk tanda tangan kartu skor"))
        self.sign_place = QLineEdit()
        self.signer_title = QLineEdit()
        self.name.textChanged.connect(self._show_defaults)
        self.type.currentIndexChanged.connect(self._show_defaults)
        self.logo_preview = QLabel(self.tr("(tanpa logo)"))
        self.logo_preview.setFixedSize(96, 96)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.choose_logo_button = QPushButton(self.tr("P&ilih logo…"))
        self.choose_logo_button.clicked.connect(self.choose_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_row.addWidget(self.choose_logo_button)
        logo_row.addStretch(1)
        form = form_layout()
        form.addRow(self.tr("Kode instansi *"), self.code)
        form.addRow(self.tr("Nama instansi *"), self.name)
        form.addRow(self.tr("Jenis"), self.type)
        form.addRow(self.tr("Kelompok ukuran"), self.size_group)
        form.addRow(self.tr("Alamat"), self.address)
        form.addRow(self.tr("Nama Inspektur"), self.inspector_name)
        form.addRow(self.tr("NIP Inspektur"), self.inspector_nip)
        form.addRow(self.tr("Jabatan penanda tangan"), self.signer_title)
        form.addRow(self.tr("Tempat tanda tangan"), self.sign_place)
        form.addRow(self.tr("Logo"), logo_row)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Simpan data instansi"))
        self.save_button.clicked.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        # the institution saved elsewhere (the first-start assistant) is shown here, not the empty form read before
        context.dataChanged.connect(self._data_changed)  # a bound method: dropped with the form
        self.load()

    def _data_changed(self, area: Area) -> None:
        if area == Area.WORKSPACE and self.context.told_by is not self:
            self.load()

    def load(self) -> BackgroundJob:
        """Read the stored institution off the GUI thread and show it; the fields wait, disabled, meanwhile."""
        database = self.context.database
        self._set_loading(True)
        show_message(self.message, self.tr("Memuat…"), ok=True)
        self.last_job = run_in_background(
            lambda _ctx: (get_workspace(database), workspace_version(database), get_signature_settings(database)),
            owner=self)
        self.last_job.succeeded.connect(lambda stored: self._show_stored(*stored))
        self.last_job.failed.connect(lambda error: show_message(self.message, user_message(error)))
        return self.last_job

    def _set_loading(self, loading: bool) -> None:
        for widget in (self.code, self.name, self.type, self.size_group, self.address, self.inspector_name,
                       self.inspector_nip, self.sign_place, self.signer_title, self.choose_logo_button,
                       self.save_button):
            widget.setEnabled(not loading)

    def _show_stored(self, info: WorkspaceInfo | None, version: int, signature: SignatureSettings) -> None:
        self._version = version
        self.message.clear()
        self._set_loading(False)
        if info is None:
            self.type.setCurrentIndex(max(0, self.type.findData(DEFAULT_INSTITUTION_TYPE)))
            return
        self.code.setText(info.code)
        self.name.setText(info.name)
        self.type.setCurrentIndex(max(0, self.type.findData(info.type)))
        self.size_group.setCurrentIndex(max(0, self.size_group.findData(info.size_group)))
        self.address.setPlainText(info.address or "")
        self.inspector_name.setText(info.inspector_name or "")
        self.inspector_nip.setText(info.inspector_nip or "")
        self.sign_place.setText(signature.place)
        self.signer_title.setText(signature.title)
        self._show_defaults()
        if info.logo:
            self._logo = (info.logo, info.logo_filename or "logo")
            self._show_logo(info.logo)

    def _show_defaults(self) -> None:
        """An empty place or title is printed as derived from the institution: shown as the fields' hint."""
        defaults = signature_defaults(WorkspaceInfo(code="", name=self.name.text(),
                                                    type=str(self.type.currentData())))
        self.signer_title.setPlaceholderText(defaults.title)
        self.sign_place.setPlaceholderText(defaults.place or self.tr("kota tempat kartu skor ditandatangani"))

    def _show_logo(self, data: bytes) -> None:
        pixmap = QPixmap()
        if pixmap.loadFromData(data):
            self.logo_preview.setPixmap(pixmap.scaled(96, 96, Qt.AspectRatioMode.KeepAspectRatio,
                                                      Qt.TransformationMode.SmoothTransformation))

    def choose_logo(self) -> None:
        """Pick a PNG/JPG logo."""
        path = prompts.open_file(self, self.tr("Pilih logo"), self.tr("Gambar (*.png *.jpg *.jpeg)"))
        if not path:
            return
        try:
            self._logo = read_logo(Path(path))
        except InputError as error:
            prompts.error(self, self.tr("Logo"), str(error))
            return
        self._show_logo(self._logo[0])

    def save(self) -> BackgroundJob:
        """Validate and store the institution off the GUI thread; the form waits, disabled, meanwhile."""
        info = WorkspaceInfo(
            code=self.code.text(),
            name=self.name.text(),
            type=str(self.type.currentData()),
            size_group=self.size_group.currentData(),
            address=self.address.toPlainText(),
            inspector_name=self.inspector_name.text(),
            inspector_nip=self.inspector_nip.text(),
            logo=self._logo[0] if self._logo else None,
            logo_filename=self._logo[1] if self._logo else None,
        )
        database, version = self.context.database, self._version
        signature = SignatureSettings(self.sign_place.text(), self.signer_title.text())
        self._set_loading(True)
        self.last_job = run_in_background(lambda _ctx: _store(database, info, version, signature), owner=self)
        self.last_job.succeeded.connect(self._saved)
        self.last_job.failed.connect(self._not_saved)
        return self.last_job

    def _saved(self, version: int) -> None:
        self._set_loading(False)
        self._version = version
        show_message(self.message, self.tr("Data instansi tersimpan."), ok=True)
        self.context.notify(Area.WORKSPACE, by=self)  # the other pages reload; this form shows what it saved

    def _not_saved(self, error: BaseException) -> None:
        self._set_loading(False)
        if isinstance(error, ConflictError):
            show_message(self.message, reason_text(str(error)))
            offer_reload(self, error, self.load)
        else:
            show_message(self.message, user_message(error))


def _store(database: Database, info: WorkspaceInfo, version: int, signature: SignatureSettings) -> int:
    """Store the institution and its signature (worker side); answers the new version."""
    save_workspace(database, info, version, signature)
    return workspace_version(database)
