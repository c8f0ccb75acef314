"""The sign-in dialog shown on start (and after Keluar) when the workspace has user accounts."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from spi_desktop.domain.roles import Actor
from spi_desktop.services import accounts
from spi_desktop.services.database import Database
from spi_desktop.services.errors import user_message
from spi_desktop.services.workspace import get_workspace
from spi_desktop.views.text import fill


class SignInDialog(QDialog):
    """Name and password; a wrong attempt says so and keeps the dialog open (the service locks the account
    after repeated failures)."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Masuk — SPI Desktop"))
        self.setMinimumWidth(420)
        heading = QLabel(self.tr("Masuk ke ruang kerja"))
        heading.setStyleSheet("font-size: 16pt; font-weight: 600; color: #17324d;")  # no window style here yet
        workspace = get_workspace(database)
        institution = QLabel(workspace.name if workspace else "")
        institution.setStyleSheet("font-weight: 600;")
        where = QLabel(fill(self.tr("Basis data: %1"), database.describe()))
        where.setWordWrap(True)
        where.setObjectName("sourceNotes")
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("nama pengguna"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setObjectName("errorText")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e;")
        form = QFormLayout()
        form.addRow(self.tr("Nama pengguna"), self.name)
        form.addRow(self.tr("Kata sandi"), self.password)
        buttons = QDialogButtonBox()
        self.sign_in_button = buttons.addButton(self.tr("Masuk"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.try_sign_in)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(institution)
        layout.addWidget(where)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.name.setFocus()

    def try_sign_in(self) -> None:
        """Check the name and password; accept on success, else show why and clear the password."""
        try:
            self.actor = accounts.sign_in(self.database, self.name.text(), self.password.text())
        except Exception as error:  # shown in the dialog, never a traceback
            self.message.setText(user_message(error))
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()


def ask_sign_in(database: Database, parent: QWidget | None = None) -> Actor | None:
    """Show the dialog until the user signs in (the actor) or gives up (None)."""
    dialog = SignInDialog(database, parent)
    return dialog.actor if dialog.exec() == QDialog.DialogCode.Accepted else None
