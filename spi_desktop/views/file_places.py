"""Where the file pickers open: the folder the user last picked from or saved to on this PC, else Documents;
never the program's own folder (the process's working directory, where a shortcut starts the app)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

from spi_desktop.views.language import APPLICATION, ORGANISATION

LAST_FOLDER_KEY = "files/last_folder"


def start_folder() -> Path:
    """The folder a picker opens in."""
    saved = QSettings(ORGANISATION, APPLICATION).value(LAST_FOLDER_KEY)
    if saved and Path(str(saved)).is_dir():
        return Path(str(saved))
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def start_path(suggested: str) -> str:
    """Where a save picker proposes ``suggested``: a bare file name goes into ``start_folder``."""
    path = Path(suggested)
    return str(path if suggested and path.parent != Path(".") else start_folder() / suggested)


def remember_folder(picked: str | None, is_folder: bool = False) -> None:
    """Remember where the user picked ``picked`` (a file, or with ``is_folder`` a folder) for the next picker."""
    if picked:
        folder = Path(picked) if is_folder else Path(picked).parent
        QSettings(ORGANISATION, APPLICATION).setValue(LAST_FOLDER_KEY, str(folder))
