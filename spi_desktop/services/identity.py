"""Who is doing something, for batch and validation records (user accounts replace this later)."""

from __future__ import annotations

import getpass


def current_user() -> str:
    """The operating-system user name, or a placeholder when it cannot be read."""
    try:
        return getpass.getuser()
    except Exception:
        return "tidak diketahui"
