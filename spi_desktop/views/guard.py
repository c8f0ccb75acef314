"""Hide what the signed-in user's role may not do, so a Viewer is not offered buttons that would only refuse.

The services check the role again; this is only about not offering the action. Buttons are hidden rather
than disabled because pages enable and disable them by selection, which would undo a disabling."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from spi_desktop.domain.roles import Permission
from spi_desktop.views.context import AppContext


def offer_only_if_allowed(context: AppContext, permission: Permission, *widgets: QWidget) -> bool:
    """Hide ``widgets`` unless the user may do ``permission``; returns whether they may."""
    allowed = context.may(permission)
    if not allowed:
        for widget in widgets:
            widget.setVisible(False)
    return allowed
