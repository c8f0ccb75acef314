"""Dialogs for one account: a new account (name, full name, role, password twice) and a new password."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from spi_desktop.domain.errors import InputError
from spi_desktop.domain.roles import Role
from spi_desktop.services import accounts
from spi_desktop.services.database import Database
from spi_desktop.views.admin.roles_text import role_description, role_label
from spi_desktop.views.forms import FormDialog


def _password_box() -> QLineEdit:
    box = QLineEdit()
    box.setEchoMode(QLineEdit.EchoMode.Password)
    return box


class NewAccountDialog(FormDialog):
    """Add an account; the first one of a workspace is always an Admin."""

    def __init__(self, database: Database, first: bool, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Akun Admin pertama") if first else self.tr("Tambah pengguna"), parent)
        self.database = database
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("mis. sri.rahayu"))
        self.full_name = QLineEdit()
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(role_label(role), role.value)
        self.role.setEnabled(not first)
        self.role_note = QLabel()
        self.role_note.setWordWrap(True)
        self.role_note.setObjectName("sourceNotes")
        self.role.currentIndexChanged.connect(self._describe_role)
        self.password, self.repeat = _password_box(), _password_box()
        self.form.addRow(self.tr("Nama pengguna"), self.name)
        self.form.addRow(self.tr("Nama lengkap"), self.full_name)
        self.form.addRow(self.tr("Peran"), self.role)
        self.form.addRow("", self.role_note)
        self.form.addRow(self.tr("Kata sandi"), self.password)
        self.form.addRow(self.tr("Ulangi kata sandi"), self.repeat)
        if first:
            intro = QLabel(self.tr("Setelah akun ini dibuat, aplikasi meminta nama dan kata sandi setiap kali "
                                   "dibuka. Simpan kata sandi Admin di tempat aman: tanpa akun Admin, pengguna "
                                   "tidak dapat dikelola."))
            intro.setWordWrap(True)
            self.body.insertWidget(0, intro)
        self._describe_role()

    def _describe_role(self) -> None:
        self.role_note.setText(role_description(Role(self.role.currentData())))

    def save(self) -> bool:
        """Create the account off the GUI thread (the passwords must match)."""
        if self.password.text() != self.repeat.text():
            raise InputError(self.tr("Kedua kata sandi tidak sama"))
        database, name, password = self.database, self.name.text(), self.password.text()
        role, full_name = self.role.currentData(), self.full_name.text()
        self.store_in_background(lambda: accounts.create_account(database, name, password, role, full_name))
        return False


class PasswordDialog(FormDialog):
    """A new password for ``name``: an Admin sets anyone's; a user changes their own with the old one."""

    def __init__(self, database: Database, name: str, own: bool, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Ganti kata sandi — %1").replace("%1", name), parent)
        self.database, self.account_name, self.own = database, name, own
        self.current = _password_box()
        self.password, self.repeat = _password_box(), _password_box()
        if own:
            self.form.addRow(self.tr("Kata sandi lama"), self.current)
        self.form.addRow(self.tr("Kata sandi baru"), self.password)
        self.form.addRow(self.tr("Ulangi kata sandi baru"), self.repeat)

    def save(self) -> bool:
        """Set the password off the GUI thread (the new one typed twice alike; one's own needs the old one)."""
        if self.password.text() != self.repeat.text():
            raise InputError(self.tr("Kedua kata sandi tidak sama"))
        database, name, password = self.database, self.account_name, self.password.text()
        current = self.current.text() if self.own else None
        self.store_in_background(lambda: accounts.set_password(database, name, password, current=current))
        return False
