"""Pengguna & Audit: accounts, the audit trail, and backups with the personal-data purge (Admin only)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from spi_desktop.views.admin.audit_page import AuditPage
from spi_desktop.views.admin.backup_page import BackupPage
from spi_desktop.views.admin.users_page import UsersPage
from spi_desktop.views.context import AppContext
from spi_desktop.views.pages import TabbedPage


class AdminPage(TabbedPage):
    """Tabs for the Admin's areas."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("Pengguna & Audit"), parent=parent)
        self.users = self.add_tab(UsersPage(context), self.tr("Pengguna"))
        self.audit = self.add_tab(AuditPage(context), self.tr("Jejak audit"))
        # "&&" shows one "&": a single one would mark a keyboard shortcut and vanish.
        self.backup = self.add_tab(BackupPage(context), self.tr("Cadangan && privasi"))
