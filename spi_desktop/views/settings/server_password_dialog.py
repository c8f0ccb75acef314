"""The PostgreSQL password asked for at start when it is not kept in the OS keyring."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QWidget

from spi_desktop.services.connection import ConnectionSettings
from spi_desktop.views.forms import FormDialog
from spi_desktop.views.text import fill


class ServerPasswordDialog(FormDialog):
    """One hidden field for the server password; Batal means the app is not opened."""

    def __init__(self, settings: ConnectionSettings, keyring: bool, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Kata sandi basis data"), parent, save_text=self.tr("&Buka"))
        text = QLabel(fill(self.tr("Ruang kerja ada di server PostgreSQL %1. Masukkan kata sandi pengguna "
                                   "basis data '%2'."), settings.where, settings.user))
        text.setWordWrap(True)
        why = QLabel(self.tr("Kata sandi ini tidak disimpan di PC ini; simpan di keyring sistem lewat Pengaturan → "
                             "Koneksi basis data agar tidak ditanyakan lagi.") if keyring
                     else self.tr("PC ini tidak punya keyring sistem, jadi kata sandi ditanyakan setiap kali "
                                  "aplikasi dibuka."))
        why.setObjectName("sourceNotes")
        why.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(self.tr("Kata sandi"), self.password)
        self.body.insertWidget(0, text)
        self.body.insertWidget(2, why)  # under the field, above the (empty) message line

    def save(self) -> None:
        """Nothing to check: any password (even an empty one) is tried when the workspace opens."""


def ask_server_password(settings: ConnectionSettings, parent: QWidget | None = None) -> str | None:
    """The password typed for ``settings`` (may be empty), or None when the user cancelled."""
    from spi_desktop.services.connection import keyring_available

    dialog = ServerPasswordDialog(settings, keyring_available(), parent)
    return dialog.password.text() if dialog.exec() == QDialog.DialogCode.Accepted else None
