"""What the user sees when something unexpected fails: the error in a sentence, where the full note was kept, and
"Salin detail" to hand that note to whoever supports the office (phones, e-mails and NIPs already masked in it;
nothing is ever sent anywhere)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from spi_desktop.views.screen_fit import FittedDialog
from spi_desktop.views.text import fill


class CrashDialog(FittedDialog):
    """The unexpected error's message, the crash log's place and a button that copies the (scrubbed) details."""

    def __init__(self, title: str, text: str, details: str, log: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.details = details
        message = QLabel(text)
        message.setWordWrap(True)
        message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where = QLabel(fill(self.tr("Catatan lengkapnya disimpan di %1. Nomor HP, email dan NIP di dalamnya sudah "
                                    "disamarkan; tidak ada yang dikirim ke mana pun."), log) if log is not None
                       else self.tr("Catatan lengkapnya tidak dapat disimpan; salin detailnya bila perlu."))
        where.setWordWrap(True)
        where.setStyleSheet("color: #5b6b7b;")
        buttons = QDialogButtonBox()
        self.copy_button = QPushButton(self.tr("&Salin detail"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(self.tr("Tutup"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setDefault(True)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(where)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        """Put the details on the clipboard and say so on the button."""
        QApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Tersalin"))
