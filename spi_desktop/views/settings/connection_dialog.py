"""Koneksi basis data: this PC works on a local SQLite file or on a shared PostgreSQL server.

A server connection is saved only after "Uji koneksi" succeeded with exactly the values in the form.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from spi_desktop.services import connection
from spi_desktop.services.connection import ConnectionCheck, ConnectionSettings
from spi_desktop.services.database import default_database_path
from spi_desktop.views.errors import user_message
from spi_desktop.views.screen_fit import FittedDialog
from spi_desktop.views.style import form_layout, show_message
from spi_desktop.views.text import fill
from spi_desktop.views.workers import BackgroundJob, run_in_background

Values = tuple[str, int, str, str, str, str]  # host, port, database, user, sslmode, password


class ConnectionDialog(FittedDialog):
    """Choose the local file or a PostgreSQL server (tested before it can be saved)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Koneksi basis data"))
        self.setMinimumWidth(560)
        self.last_job: BackgroundJob | None = None
        self._tested: Values | None = None  # the values of the last successful test
        self._result_for: Values | None = None  # the values the shown test result is about
        self._location: str | None = None
        self.keyring = connection.keyring_available()
        intro = QLabel(self.tr("Pilih tempat data ruang kerja PC ini: berkas di PC ini sendiri, atau server "
                               "PostgreSQL yang dipakai bersama satu kantor. Pengaturan ini hanya berlaku di PC ini."))
        intro.setWordWrap(True)
        self.local = QRadioButton(self.tr("Berkas lokal (SQLite)"))
        local_note = QLabel(fill(self.tr("Berkas: %1"), default_database_path()))
        local_note.setObjectName("sourceNotes")
        local_note.setWordWrap(True)
        local_note.setContentsMargins(24, 0, 0, 0)
        self.server = QRadioButton(self.tr("Server PostgreSQL"))
        self.engine = QButtonGroup(self)
        self.engine.addButton(self.local)
        self.engine.addButton(self.server)
        self.server_box = self._server_form()
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.test_button = QPushButton(self.tr("&Uji koneksi"))
        self.test_button.clicked.connect(self.run_test)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("&Simpan"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.test_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        # Wrapped notes and results need their full height: the dialog grows instead of clipping them.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(intro)
        layout.addWidget(self.local)
        layout.addWidget(local_note)
        layout.addWidget(self.server)
        layout.addWidget(self.server_box)
        layout.addSpacing(6)
        layout.addWidget(self.outcome)
        layout.addStretch(1)
        layout.addLayout(row)
        self._load(connection.load_connection())
        self.engine.buttonToggled.connect(self._edited)

    def _server_form(self) -> QWidget:
        box = QWidget()
        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("mis. 192.168.1.10 atau server-spi.kantor.local"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.port.setGroupSeparatorShown(False)
        self.port.setMaximumWidth(120)
        self.database = QLineEdit()
        self.database.setPlaceholderText(self.tr("mis. spi"))
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.sslmode = QComboBox()
        for mode, label in self._ssl_labels():
            self.sslmode.addItem(f"{mode} — {label}", mode)
        self.remember = QCheckBox(self.tr("Simpan kata sandi di keyring sistem"))
        self.remember.setChecked(self.keyring)
        self.remember.setEnabled(self.keyring)
        self.keyring_note = QLabel(self.tr("Kata sandi tidak pernah ditulis di berkas pengaturan.") if self.keyring
                                   else self.tr("PC ini tidak punya keyring sistem (mis. GNOME Keyring, KWallet atau "
                                                "Windows Credential Manager), jadi kata sandi ditanyakan setiap kali "
                                                "aplikasi dibuka."))
        self.keyring_note.setObjectName("sourceNotes")
        self.keyring_note.setWordWrap(True)
        form = form_layout(box)
        form.setContentsMargins(24, 0, 0, 0)  # under its radio button, like the local file's note
        form.addRow(self.tr("Host"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Basis data"), self.database)
        form.addRow(self.tr("Pengguna"), self.user)
        form.addRow(self.tr("Kata sandi"), self.password)
        form.addRow(self.tr("Mode SSL"), self.sslmode)
        form.addRow("", self.remember)
        form.addRow("", self.keyring_note)
        for line in (self.host, self.database, self.user, self.password):
            line.textChanged.connect(self._edited)
        self.port.valueChanged.connect(self._edited)
        self.sslmode.currentIndexChanged.connect(self._edited)
        return box

    def _ssl_labels(self) -> list[tuple[str, str]]:
        return [("disable", self.tr("tanpa enkripsi")),
                ("allow", self.tr("enkripsi hanya bila server meminta")),
                ("prefer", self.tr("enkripsi bila server mendukung (bawaan)")),
                ("require", self.tr("wajib enkripsi")),
                ("verify-ca", self.tr("wajib enkripsi, sertifikat server diperiksa")),
                ("verify-full", self.tr("wajib enkripsi, sertifikat dan nama server diperiksa"))]

    def _load(self, saved: ConnectionSettings | None) -> None:
        self.server.setChecked(saved is not None)
        self.local.setChecked(saved is None)
        self.sslmode.setCurrentIndex(self.sslmode.findData(saved.sslmode if saved else "prefer"))
        if saved is not None:
            self.host.setText(saved.host)
            self.port.setValue(saved.port)
            self.database.setText(saved.database)
            self.user.setText(saved.user)
            self.password.setText(connection.stored_password(saved) or "")
        self._edited()

    def values(self) -> Values:
        """What the server form holds now."""
        return (self.host.text().strip(), self.port.value(), self.database.text().strip(), self.user.text().strip(),
                str(self.sslmode.currentData()), self.password.text())

    def settings(self) -> ConnectionSettings:
        """The server settings in the form (``InputError`` when a field is missing)."""
        host, port, database, user, sslmode, _password = self.values()
        return ConnectionSettings(host=host, port=port, database=database, user=user, sslmode=sslmode)

    def _edited(self) -> None:
        # A result about other values would mislead: it goes as soon as a field changes.
        if self._result_for != self.values() or not self.server.isChecked():
            self._show("", ok=True)
        self._update_buttons()

    def _update_buttons(self) -> None:
        on_server = self.server.isChecked()
        self.server_box.setEnabled(on_server)
        running = self.last_job is not None and not self.last_job.done
        self.test_button.setEnabled(on_server and not running)
        tested = self._tested is not None and self._tested == self.values()
        self.save_button.setEnabled(not on_server or tested)

    def _show(self, text: str, ok: bool, about: Values | None = None) -> None:
        show_message(self.outcome, text, ok)
        self._result_for = about

    def run_test(self) -> BackgroundJob | None:
        """Try the server with the form's values in the background; Simpan opens up when it works."""
        try:
            settings = self.settings()
        except Exception as error:
            self._show(user_message(error), ok=False, about=self.values())
            return None
        values = self.values()
        password = values[-1]
        self._tested = None
        self.last_job = run_in_background(lambda _ctx: connection.test_connection(settings, password), owner=self)
        self.last_job.succeeded.connect(lambda check: self._tested_with(values, check))
        self.last_job.failed.connect(lambda error: self._show(user_message(error), ok=False, about=values))
        self.last_job.finished.connect(self._update_buttons)
        self._show(fill(self.tr("Menghubungi %1 …"), settings.where), ok=True, about=values)
        self._update_buttons()
        return self.last_job

    def _tested_with(self, values: Values, check: ConnectionCheck) -> None:
        self._tested = values if check.ok else None
        if values == self.values():  # else the form changed meanwhile: the answer is about old values
            self._show(check.message, ok=check.ok, about=values)

    def save(self) -> None:
        """Keep the choice (the password in the keyring when asked and possible) and close."""
        try:
            if self.local.isChecked():
                connection.forget_connection()
                self._location = str(default_database_path())
            else:
                settings, password = self.settings(), self.password.text()
                connection.save_connection(settings, password, self.remember.isChecked() and self.keyring)
                self._location = connection.connection_url(settings, password)
        except Exception as error:  # shown in the dialog, never a traceback
            self._show(user_message(error), ok=False)
            return
        self.accept()

    def location(self) -> str | None:
        """After Simpan: the path or URL (password included) to open now; None before."""
        return self._location
