"""A passphrase asked for once (to open a backup) or twice (to encrypt one), never echoed.

Not a FormDialog: prompts.ask_secret builds this dialog, and FormDialog's conflict offer asks through
prompts, so building on it would tie prompts into an import circle.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from spi_desktop.views.screen_fit import FittedDialog
from spi_desktop.views.style import form_layout, message_label, show_message


class PassphraseDialog(FittedDialog):
    """One or two hidden fields; with ``optional`` an empty answer is allowed (no encryption)."""

    def __init__(self, title: str, label: str, confirm: bool, optional: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.optional = optional
        text = QLabel(label)
        text.setWordWrap(True)
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = message_label()
        form = form_layout()
        form.addRow(self.tr("Frasa sandi"), self.secret)
        if confirm:
            form.addRow(self.tr("Ulangi"), self.repeat)
        self.repeat.setVisible(confirm)
        self.confirm = confirm
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Lanjut"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def check(self) -> None:
        """Accept when the fields agree (and are filled unless optional)."""
        if not self.secret.text() and not self.optional:
            show_message(self.message, self.tr("Isi frasa sandi"))
        elif self.confirm and self.secret.text() != self.repeat.text():
            show_message(self.message, self.tr("Kedua frasa sandi tidak sama"))
        else:
            self.accept()
