"""The sign-in dialog shown on start (and after Keluar) when the workspace has user accounts."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QWidget

from spi_desktop.domain.roles import Actor
from spi_desktop.services import accounts
from spi_desktop.services.database import Database
from spi_desktop.services.workspace import get_workspace
from spi_desktop.views.forms import FormDialog
from spi_desktop.views.text import fill


class SignInDialog(FormDialog):
    """Name and password; a wrong attempt says so and keeps the dialog open (the service locks the account
    after repeated failures)."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Masuk — SPI Desktop"), parent, save_text=self.tr("&Masuk"), width=420)
        self.database = database
        self.actor: Actor | None = None
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
        self.form.addRow(self.tr("Nama pengguna"), self.name)
        self.form.addRow(self.tr("Kata sandi"), self.password)
        for index, widget in enumerate((heading, institution, where)):
            self.body.insertWidget(index, widget)
        self.name.setFocus()

    def save(self) -> None:
        """Check the name and password; on a refusal clear the password for the next attempt."""
        try:
            self.actor = accounts.sign_in(self.database, self.name.text(), self.password.text())
        except Exception:
            self.password.clear()
            self.password.setFocus()
            raise


def ask_sign_in(database: Database, parent: QWidget | None = None) -> Actor | None:
    """Show the dialog until the user signs in (the actor) or gives up (None)."""
    dialog = SignInDialog(database, parent)
    return dialog.actor if dialog.exec() == QDialog.DialogCode.Accepted else None
