"""A passphrase asked for once (to open a backup) or twice (to encrypt one), never echoed."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from spi_desktop.domain.errors import InputError
from spi_desktop.views.forms import FormDialog


class PassphraseDialog(FormDialog):
    """One or two hidden fields; with ``optional`` an empty answer is allowed (no encryption)."""

    def __init__(self, title: str, label: str, confirm: bool, optional: bool, parent: QWidget | None = None) -> None:
        super().__init__(title, parent, save_text=self.tr("Lanjut"))
        self.optional = optional
        text = QLabel(label)
        text.setWordWrap(True)
        self.body.insertWidget(0, text)
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(self.tr("Frasa sandi"), self.secret)
        if confirm:
            self.form.addRow(self.tr("Ulangi"), self.repeat)
        self.repeat.setVisible(confirm)
        self.confirm = confirm

    def save(self) -> None:
        """Accept when the fields agree (and are filled unless optional)."""
        if not self.secret.text() and not self.optional:
            raise InputError(self.tr("Isi frasa sandi"))
        if self.confirm and self.secret.text() != self.repeat.text():
            raise InputError(self.tr("Kedua frasa sandi tidak sama"))
