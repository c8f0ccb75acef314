"""What the second writer sees when someone else saved the same record first (services/concurrency.py)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from spi_desktop.services.concurrency import ConflictError
from spi_desktop.views.prompts import prompts


def offer_reload(parent: QWidget | None, error: ConflictError, reload: Callable[[], object]) -> bool:
    """Say who changed the record and when, and ask whether to load the latest data; True when it was
    reloaded. Nothing of the user's change has been stored either way."""
    title = QCoreApplication.translate("Conflicts", "Data sudah diubah pengguna lain")
    question = QCoreApplication.translate("Conflicts", "Muat ulang data terbaru sekarang?")
    if prompts.confirm(parent, title, f"{error}\n\n{question}"):
        reload()
        return True
    return False
