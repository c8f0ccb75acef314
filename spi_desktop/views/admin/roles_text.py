"""What each role may do, in words the users page and the sign-in status show."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from spi_desktop.domain.roles import Role


def role_description(role: Role) -> str:
    """One sentence on what ``role`` allows."""
    texts = {
        Role.ADMIN: QCoreApplication.translate("roles", "Admin: semua pekerjaan, pengguna, pengaturan, jejak audit, "
                                                        "cadangan dan pemulihan."),
        Role.OPERATOR: QCoreApplication.translate("roles", "Operator: impor, ubah, ekspor, cetak, dan membuka kontak "
                                                           "lengkap (tercatat di jejak audit)."),
        Role.VIEWER: QCoreApplication.translate("roles", "Viewer: melihat data (kontak disamarkan) dan mencetak kartu "
                                                         "skor."),
    }
    return texts[role]


def role_label(role: Role) -> str:
    """The role's name as shown."""
    labels = {Role.ADMIN: QCoreApplication.translate("roles", "Admin"),
              Role.OPERATOR: QCoreApplication.translate("roles", "Operator"),
              Role.VIEWER: QCoreApplication.translate("roles", "Viewer")}
    return labels[role]
