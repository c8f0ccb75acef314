"""Every top-level window fits the screen it opens on: never larger than the screen without its taskbar
(``availableGeometry``), and inside it, so its action buttons are on screen on a 1366×768 laptop.

``keep_on_screen`` is the one mechanism: the dialog bases (``FittedDialog``, ``FormDialog``, ``Wizard``) and the
main window install it (the presentation is always full screen). On every show it shrinks the window to the room
left (its frame counted) and moves it inside. ``resize_within_screen`` is the preferred size a window asks for,
already within that room, so a dialog is centred at the size it will have.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMargins, QObject, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QWidget

# What a window's frame takes before the window system has told us (Windows 10/11 at 100 %: a 31 px title bar
# and 8 px borders; the borders are mostly invisible but count in the frame's geometry).
FRAME_ALLOWANCE = QMargins(8, 31, 8, 8)


def available_geometry(widget: QWidget | None = None) -> QRect:
    """The room on ``widget``'s screen (the primary one without a widget) without its taskbar."""
    screen = widget.screen() if widget is not None else None
    if screen is None:
        screen = QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def frame_margins(window: QWidget) -> QMargins:
    """What the window's frame adds around it: the real frame once the window system has drawn one, else
    ``FRAME_ALLOWANCE`` (none for a frameless window)."""
    if window.windowFlags() & Qt.WindowType.FramelessWindowHint:
        return QMargins()
    frame, inner = window.frameGeometry(), window.geometry()
    real = QMargins(inner.left() - frame.left(), inner.top() - frame.top(), frame.right() - inner.right(),
                    frame.bottom() - inner.bottom())
    if real.top() > 0:
        return real
    return FRAME_ALLOWANCE


def room_for(window: QWidget) -> QSize:
    """The largest size (inside the frame) ``window`` may take on its screen."""
    room, frame = available_geometry(window), frame_margins(window)
    return QSize(room.width() - frame.left() - frame.right(), room.height() - frame.top() - frame.bottom())


def resize_within_screen(window: QWidget, width: int, height: int) -> None:
    """Take ``width`` × ``height``, or less where the screen (without its taskbar) is smaller."""
    window.resize(QSize(width, height).boundedTo(room_for(window)))


def fit_to_screen(window: QWidget) -> None:
    """Shrink ``window`` to the room on its screen and move its frame inside the screen's available geometry
    (a maximised or full-screen window is the window system's to place)."""
    if window.windowState() & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen):
        return
    room, frame = available_geometry(window), frame_margins(window)
    size = window.size().boundedTo(room_for(window))
    if size != window.size():
        window.resize(size)
    outer = window.geometry().marginsAdded(frame)
    now = outer.topLeft()
    if not window.testAttribute(Qt.WidgetAttribute.WA_Moved):
        # Not placed yet (Qt would centre it after this Show): centre it here, over the window that opened it
        # or on the screen, because the move below marks it placed and Qt then leaves it where it is.
        outer.moveCenter(_anchor(window, room).center())
    left = max(room.left(), min(outer.left(), room.right() - outer.width() + 1))
    top = max(room.top(), min(outer.top(), room.bottom() - outer.height() + 1))
    if (left, top) != (now.x(), now.y()):
        window.move(left, top)  # a top-level's position is its frame's


def _anchor(window: QWidget, room: QRect) -> QRect:
    """Where an unplaced window is centred: over its parent's window when that is on screen, else the screen."""
    parent = window.parentWidget()
    owner = parent.window() if parent is not None else None
    return owner.frameGeometry() if owner is not None and owner.isVisible() else room


def grow_to_content(window: QWidget) -> None:
    """Make a shown ``window`` as tall as its layout needs at its width (within the screen), never shorter."""
    layout = window.layout()
    if layout is None:
        return
    width = window.width()
    needed = (layout.totalHeightForWidth(width) if layout.hasHeightForWidth()
              else layout.totalSizeHint().height())
    needed = min(needed, room_for(window).height())
    if needed > window.height():
        window.resize(width, needed)
        fit_to_screen(window)


class _ScreenFit(QObject):
    """Fits its window to the screen each time the window is shown."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            fit_to_screen(watched)
        return False


def keep_on_screen(window: QWidget) -> None:
    """Fit ``window`` to its screen's available geometry whenever it is shown (once per window)."""
    if window.findChild(_ScreenFit, options=Qt.FindChildOption.FindDirectChildrenOnly) is None:
        window.installEventFilter(_ScreenFit(window))


def keeps_on_screen(window: QWidget) -> bool:
    """Whether ``keep_on_screen`` was installed on ``window`` (for the tests)."""
    return window.findChild(_ScreenFit, options=Qt.FindChildOption.FindDirectChildrenOnly) is not None


class FittedDialog(QDialog):
    """A dialog kept within the screen (``keep_on_screen``); the base of every dialog of the app. It grows (never
    shrinks) when its content needs more height once shown, e.g. a note filled by a background read: Qt leaves a
    shown top-level window at its size, and word-wrapped lines then overlap the rows above them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_on_screen(self)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest and self.isVisible():
            grow_to_content(self)
        return handled

    def resize_within_screen(self, width: int, height: int) -> None:
        """Take ``width`` × ``height``, or less where the screen is smaller."""
        resize_within_screen(self, width, height)
