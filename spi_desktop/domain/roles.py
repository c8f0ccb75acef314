"""Who may do what: the three roles of a shared workspace and the permissions each one holds."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from spi_desktop.domain.errors import InvalidValue


class Permission(Enum):
    """One kind of action a service guards."""

    IMPORT = "import"  # imports and their undo
    EDIT = "edit"  # edits and deletions of units, targets, results, action plans
    EXPORT = "export"  # files that leave the app with data (lists, reports, spreadsheets)
    PRINT = "print"  # scorecards and printed reports
    REVEAL = "reveal"  # full phone numbers and e-mail addresses on screen
    SETTINGS = "settings"  # workspace, survey years, thresholds, templates, catalogue
    USERS = "users"  # accounts and roles
    AUDIT = "audit"  # read and export the audit trail
    BACKUP = "backup"  # backup, restore and purging a year's personal data


class Role(Enum):
    """A user's role; the value is what the database stores."""

    ADMIN = "admin"
    OPERATOR = "operator"
    VIEWER = "viewer"

    @property
    def label(self) -> str:
        """The role's name as users see it."""
        return ROLE_LABELS[self]


ROLE_LABELS = {Role.ADMIN: "Admin", Role.OPERATOR: "Operator", Role.VIEWER: "Viewer"}

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: frozenset(Permission),
    Role.OPERATOR: frozenset({Permission.IMPORT, Permission.EDIT, Permission.EXPORT, Permission.PRINT,
                              Permission.REVEAL}),
    Role.VIEWER: frozenset({Permission.PRINT}),
}

PERMISSION_VERBS = {
    Permission.IMPORT: "mengimpor atau membatalkan impor",
    Permission.EDIT: "mengubah atau menghapus data",
    Permission.EXPORT: "mengekspor data",
    Permission.PRINT: "mencetak",
    Permission.REVEAL: "menampilkan kontak lengkap",
    Permission.SETTINGS: "mengubah pengaturan",
    Permission.USERS: "mengelola pengguna",
    Permission.AUDIT: "membuka jejak audit",
    Permission.BACKUP: "mencadangkan, memulihkan atau menghapus data pribadi",
}


def parse_role(value: str) -> Role:
    """A role from its stored value or its label, case-insensitive; ``InvalidValue`` (a ValueError) names the
    choices."""
    folded = value.strip().lower()
    for role in Role:
        if folded in {role.value, role.label.lower()}:
            return role
    raise InvalidValue(f"Peran '{value}' tidak dikenal; pilih admin, operator atau viewer")


@dataclass(frozen=True)
class Actor:
    """Who is acting: a signed-in account, or the local user of a workspace without accounts."""

    name: str
    role: Role
    account_id: int | None = None

    @property
    def local(self) -> bool:
        """True for the single user of a workspace that has no accounts yet."""
        return self.account_id is None

    def may(self, permission: Permission) -> bool:
        """Whether this actor's role holds ``permission``."""
        return permission in ROLE_PERMISSIONS[self.role]
