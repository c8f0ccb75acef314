"""Pengguna & Audit: accounts, the audit trail, and backups with the personal-data purge (Admin only)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from spi_desktop.views.admin.audit_page import AuditPage
from spi_desktop.views.admin.backup_page import BackupPage
from spi_desktop.views.admin.users_page import UsersPage
from spi_desktop.views.context import AppContext


class AdminPage(QWidget):
    """Tabs for the Admin's areas."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Pengguna & Audit"))
        title.setObjectName("pageTitle")
        self.tabs = QTabWidget()
        self.users = UsersPage(context)
        self.audit = AuditPage(context)
        self.tabs.addTab(self.users, self.tr("Pengguna"))
        self.tabs.addTab(self.audit, self.tr("Jejak audit"))
        self.backup = BackupPage(context)
        # "&&" shows one "&": a single one would mark a keyboard shortcut and vanish.
        self.tabs.addTab(self.backup, self.tr("Cadangan && privasi"))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)
