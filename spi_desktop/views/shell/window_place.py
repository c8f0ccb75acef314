"""Where a main window opens: maximised on a laptop screen, else at a sensible size, and where the user left it.

The geometry is this PC's (the screen is), so it is kept in QSettings beside the display language, never in the
workspace database that other PCs share.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, QSize
from PySide6.QtWidgets import QWidget

from spi_desktop.views.language import APPLICATION, ORGANISATION
from spi_desktop.views.screen_fit import available_geometry, resize_within_screen

FIRST_SIZE = QSize(1280, 800)  # a main window's size on a screen with room for it
MAXIMISED_BELOW = QSize(1440, 900)  # a screen (without its taskbar) smaller than this opens the window maximised
GEOMETRY_KEY = "mainWindow/geometry"


def opens_maximised(window: QWidget) -> bool:
    """Whether a new main window takes the whole screen: the screen's room is under 1440×900."""
    room = available_geometry(window)
    return room.width() < MAXIMISED_BELOW.width() or room.height() < MAXIMISED_BELOW.height()


def show_default(window: QWidget) -> None:
    """Show a new main window maximised on a small screen, else at ``FIRST_SIZE`` (within the screen)."""
    if opens_maximised(window):
        window.showMaximized()
        return
    resize_within_screen(window, FIRST_SIZE.width(), FIRST_SIZE.height())
    window.show()


def show_remembered(window: QWidget) -> None:
    """Show the app's first window where it was last closed on this PC (its size, place and maximised state),
    or as ``show_default`` the first time; Qt moves a place on a screen no longer attached onto one that is."""
    saved = QSettings(ORGANISATION, APPLICATION).value(GEOMETRY_KEY)
    if saved is not None and window.restoreGeometry(saved):
        window.show()  # restoreGeometry set the maximised state, which show keeps; the screen fit does the rest
        return
    show_default(window)


def show_like(window: QWidget, other: QWidget) -> None:
    """Show ``window`` in ``other``'s place (it replaces it): maximised when that one was, else at its size."""
    if other.isMaximized():
        window.showMaximized()
        return
    window.resize(other.size())
    window.show()


def remember(window: QWidget) -> None:
    """Keep ``window``'s size, place and maximised state for the next start on this PC."""
    QSettings(ORGANISATION, APPLICATION).setValue(GEOMETRY_KEY, window.saveGeometry())
