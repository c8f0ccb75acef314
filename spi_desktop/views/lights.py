"""The traffic light of survey progress as screens show it: its text colours and the survey window's text."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from spi_desktop.domain.progress import GREEN, RED, YELLOW
from spi_desktop.views.text import fill

LIGHT_COLOURS = {RED: "#c62828", YELLOW: "#b26a00", GREEN: "#2e7d32"}  # dark enough for text on white


def window_text(left: int | None) -> str:
    """'sisa masa survei: 12 hari', or that the window has closed."""
    # The context stays "ProgressPanel", where these strings were first translated.
    if left == 0:
        return QCoreApplication.translate("ProgressPanel", "masa survei sudah ditutup")
    return fill(QCoreApplication.translate("ProgressPanel", "sisa masa survei: %1 hari"), "–" if left is None else left)
