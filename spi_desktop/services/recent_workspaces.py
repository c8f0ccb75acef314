"""The workspace files opened lately on this PC, newest first, for the Berkas menu.

Only SQLite files are kept (a server workspace is chosen under Pengaturan › Koneksi basis data, with its
password in the keyring, never in a list like this), and training workspaces are never added. The list lives in
``terakhir.json`` beside ``koneksi.json``; a file that no longer exists is left out when the list is read."""

from __future__ import annotations

import json
from pathlib import Path

from spi_desktop.services.connection import config_dir

RECENT_FILENAME = "terakhir.json"
MAX_RECENT = 8


def _recent_path() -> Path:
    return config_dir() / RECENT_FILENAME


def _stored() -> list[str]:
    try:
        data = json.loads(_recent_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [item for item in data.get("files", []) if isinstance(item, str)] if isinstance(data, dict) else []


def recent_workspaces() -> list[Path]:
    """The workspace files opened lately, newest first, that still exist."""
    return [Path(item) for item in _stored() if Path(item).is_file()]


def remember_workspace(path: Path) -> None:
    """Put ``path`` first in the list (once; at most ``MAX_RECENT`` kept). A list that cannot be written is
    simply not updated: it is a convenience, never a reason for an error."""
    chosen = str(path.resolve())
    files = [chosen, *(item for item in _stored() if item != chosen)][:MAX_RECENT]
    try:
        _recent_path().parent.mkdir(parents=True, exist_ok=True)
        _recent_path().write_text(json.dumps({"files": files}, ensure_ascii=False, indent=1), encoding="utf-8")
    except OSError:
        pass
