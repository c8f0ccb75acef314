"""Pengguna: the workspace's accounts and roles (Admin only), or the first Admin when there is none."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget

from spi_desktop.domain.moments import format_clock
from spi_desktop.domain.roles import Role
from spi_desktop.services import accounts
from spi_desktop.services.access import accounts_exist
from spi_desktop.services.accounts import AccountInfo
from spi_desktop.services.audit import utc_now
from spi_desktop.services.database import Database
from spi_desktop.views.admin.account_dialog import NewAccountDialog, PasswordDialog
from spi_desktop.views.admin.roles_text import role_description, role_label
from spi_desktop.views.attempt import attempt_in_background
from spi_desktop.views.context import AppContext, Area
from spi_desktop.views.dates import shown_moment
from spi_desktop.views.errors import user_message
from spi_desktop.views.prompts import prompts
from spi_desktop.views.tables import Column, RowTableModel, row_table
from spi_desktop.views.text import fill
from spi_desktop.views.workers import BackgroundJob, run_in_background


def _when(moment: dt.datetime | None) -> str:
    return shown_moment(moment)


class UsersPage(QWidget):
    """The account list with add, change role, (de)activate and reset password."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.last_job: BackgroundJob | None = None
        self.first = True  # no accounts yet, as far as the last refresh knows
        self.model = RowTableModel([
            Column(self.tr("Nama pengguna"), lambda a: a.name),
            Column(self.tr("Nama lengkap"), lambda a: a.full_name),
            Column(self.tr("Peran"), lambda a: role_label(a.role)),
            Column(self.tr("Status"), self._status),
            Column(self.tr("Terakhir masuk"), lambda a: _when(a.last_login_at)),
        ], muted=lambda a: not a.active)
        self.table = row_table(self.model, name=self.tr("Daftar pengguna"))
        for column in range(4):  # a handful of accounts: size to contents so no name or role is cut off
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_account)
        self.role_button = QPushButton(self.tr("&Ubah peran…"))
        self.role_button.clicked.connect(self.change_role)
        self.active_button = QPushButton(self.tr("Akti&fkan / nonaktifkan"))
        self.active_button.clicked.connect(self.toggle_active)
        self.password_button = QPushButton(self.tr("Atur kata &sandi…"))
        self.password_button.clicked.connect(self.reset_password)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.role_button, self.active_button, self.password_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        roles = QLabel("\n".join(role_description(role) for role in Role))
        roles.setObjectName("sourceNotes")
        roles.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(roles)
        self.refresh()

    def _status(self, account: AccountInfo) -> str:
        if not account.active:
            return self.tr("nonaktif")
        if account.locked_until is not None and account.locked_until > utc_now():
            return fill(self.tr("terkunci s.d. %1"), format_clock(account.locked_until))
        return self.tr("aktif")

    def refresh(self) -> BackgroundJob:
        """Reload the accounts off the GUI thread."""
        database = self.context.database
        self.last_job = run_in_background(
            lambda _ctx: [] if not accounts_exist(database) else accounts.list_accounts(database), owner=self)
        self.last_job.succeeded.connect(self._show)
        self.last_job.failed.connect(lambda error: self.intro.setText(user_message(error)))
        return self.last_job

    def _show(self, rows: list[AccountInfo]) -> None:
        self.first = not rows
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        for button in (self.role_button, self.active_button, self.password_button):
            button.setEnabled(not self.first)
        if self.first:
            self.intro.setText(self.tr("Ruang kerja ini belum memakai akun: siapa pun yang membuka aplikasi di PC ini "
                                       "bekerja sebagai Admin lokal. Bila beberapa staf memakai ruang kerja yang sama, "
                                       "buat akun Admin pertama; sesudah itu setiap orang masuk dengan akunnya "
                                       "sendiri dan semua tindakan tercatat atas namanya."))
            self.add_button.setText(self.tr("Buat akun &Admin pertama…"))
        else:
            self.intro.setText(self.tr("Setiap orang masuk dengan akunnya sendiri. Lima kali salah kata sandi "
                                       "mengunci akun selama 15 menit. Akun tidak dihapus, hanya dinonaktifkan, "
                                       "agar jejak audit tetap bernama."))
            self.add_button.setText(self.tr("T&ambah pengguna…"))

    def selected(self) -> AccountInfo | None:
        """The account chosen in the table, or None (after saying so)."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            prompts.error(self, self.tr("Pengguna"), self.tr("Pilih satu pengguna di tabel dulu."))
            return None
        account: AccountInfo = self.model.row_at(rows[0].row())
        return account

    def add_account(self) -> NewAccountDialog:
        """Open the new-account form (the first account is an Admin's; the service checks again)."""
        first = self.first
        dialog = NewAccountDialog(self.context.database, first, self)
        dialog.accepted.connect(lambda: self._changed(first))
        dialog.open()
        return dialog

    def _changed(self, first: bool = False) -> None:
        self.refresh()
        self.context.notify(Area.USERS)
        if first:
            prompts.info(self, self.tr("Pengguna"), self.tr("Akun Admin dibuat dan Anda masuk dengannya. Mulai "
                                                            "sekarang aplikasi meminta nama dan kata sandi."))

    def change_role(self) -> None:
        """Give the selected account another role."""
        account = self.selected()
        if account is None:
            return
        options = [(role.value, role_label(role)) for role in Role]
        chosen = prompts.choose(self, self.tr("Ubah peran"), fill(self.tr("Peran baru untuk %1:"), account.name),
                                options)
        if chosen:
            self._apply(lambda database: accounts.update_account(database, account.name, role=chosen))

    def toggle_active(self) -> None:
        """Disable an account (it can no longer sign in) or enable it again."""
        account = self.selected()
        if account is None:
            return
        question = (fill(self.tr("Nonaktifkan %1? Akun ini tidak dapat masuk lagi sampai diaktifkan."), account.name)
                    if account.active else fill(self.tr("Aktifkan lagi %1?"), account.name))
        if prompts.confirm(self, self.tr("Pengguna"), question):
            self._apply(lambda database: accounts.update_account(database, account.name,
                                                        active=not account.active))

    def reset_password(self) -> PasswordDialog | None:
        """Set a new password for the selected account."""
        account = self.selected()
        if account is None:
            return None
        dialog = PasswordDialog(self.context.database, account.name, own=False, parent=self)
        dialog.accepted.connect(self._changed)
        dialog.open()
        return dialog

    def _apply(self, change: Callable[[Database], object]) -> None:
        database = self.context.database
        self.last_job = attempt_in_background(self, self.tr("Pengguna"), lambda: change(database),
                                              lambda _answer: self._changed())
