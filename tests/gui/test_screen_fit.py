"""Every window fits a 1366×768 laptop with Windows' 40 px taskbar (1366×728 available, the session's first,
primary offscreen screen: tests/support/laptop_screen.json) and a 1920×1080 laptop at 150 % scaling (1280×720
logical, 1280×680 without the taskbar: the session's second screen, apart from the first so that no window slips
onto it across an edge): no page, dialog or wizard is larger than the screen's room, and none hides an action
button (issue 19: the scorecard preview's Simpan PDF / Cetak / Tutup, the estimate wizard's buttons, Riwayat OPD's
Tutup, the main window's status bar)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication, QWidget

from spi_desktop.services.database import Database
from spi_desktop.views.screen_fit import available_geometry, frame_margins, keeps_on_screen
from tests.conftest import AnsweredPrompts
from tests.support.ui_walk import window_views
from tests.support.window_openers import base_classes, window_classes, window_openers, wizard_pages

WAIT = 20_000
LAPTOP = QRect(0, 0, 1366, 728)
SCALED_150 = QRect(4000, 0, 1280, 680)  # 1920×1080 at 150 %: 1280×720 logical pixels, less a 40 px taskbar
ROOMS = {"1366x728": LAPTOP, "1280x680 (150 %)": SCALED_150}


def screen_with(room: QRect) -> QScreen:
    """The session's offscreen screen whose available geometry is ``room``."""
    return next(screen for screen in QGuiApplication.screens() if screen.availableGeometry() == room)


def onto(window: QWidget, room: QRect) -> None:
    """Put ``window`` on the screen of ``room``, centred, and show it there afresh (the screen fit runs on
    every show), as a window opened on that screen is."""
    QApplication.processEvents()  # a state change still pending would put it back where it was
    was_maximised = window.isMaximized()
    window.hide()
    if was_maximised:
        window.setWindowState(Qt.WindowState.WindowNoState)
    window.setScreen(screen_with(room))
    size = window.size().boundedTo(room.size())  # its top-left corner on that screen, so Qt keeps it there
    window.move(room.topLeft() + QPoint((room.width() - size.width()) // 2, (room.height() - size.height()) // 2))
    if was_maximised:
        window.showMaximized()
    else:
        window.show()


def _in_scroll_area(widget: QWidget, window: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def assert_fits(window: QWidget, expected: QRect = LAPTOP) -> None:
    """The window lies inside the screen's room (its frame counted unless maximised), and every visible button
    outside a scroll area lies inside the window's visible rect."""
    QApplication.processEvents()
    assert window.isVisible(), type(window).__name__
    room = available_geometry(window)
    assert room == expected, f"the window is on the screen with room {expected}, not {room}"
    name = f"{type(window).__name__} '{window.windowTitle()}'"
    assert keeps_on_screen(window), f"{name} does not go through views/screen_fit.keep_on_screen"
    outer = window.geometry() if window.isMaximized() or window.isFullScreen() else \
        window.geometry().marginsAdded(frame_margins(window))
    assert room.contains(outer), f"{name} at {outer} is larger than or outside the screen's room {room}"
    assert window.minimumSizeHint().height() <= window.height(), f"{name}: its content is taller than the window"
    inside = window.rect()
    buttons = [b for b in window.findChildren(QAbstractButton) if b.isVisibleTo(window) and b.window() is window
               and not _in_scroll_area(b, window)]
    assert buttons, f"{name} has no buttons to check"
    for button in buttons:
        where = QRect(button.mapTo(window, QPoint(0, 0)), button.size())
        assert inside.contains(where), f"{name}: '{button.text()}' at {where} is outside the window {inside}"
        assert not button.visibleRegion().isEmpty(), f"{name}: '{button.text()}' is hidden"


def shown(qtbot, dialog: QWidget, room: QRect = LAPTOP) -> QWidget:  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog)
    if room != LAPTOP:
        onto(dialog, room)
    elif not dialog.isVisible():
        dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.mark.parametrize("screen", ROOMS)
def test_every_page_dialog_and_wizard_fits_the_screen(  # type: ignore[no-untyped-def]
        qtbot, main_window, demo_database: Database, answered_prompts: AnsweredPrompts, tmp_path: Path,
        screen: str) -> None:
    from spi_desktop.views.shell.main_window import MainWindow
    from spi_desktop.views.wizards import Wizard

    room = ROOMS[screen]
    window = main_window
    assert window.isMaximized(), "a screen under 1440×900 opens the main window maximised"
    if room != LAPTOP:
        onto(window, room)
    assert window.training_banner is not None, "the demo workspace: the tallest window, with the training banner"
    for area in range(window.pages.count()):  # every page, each on screen in turn
        window.show_area(area)
        qtbot.waitUntil(lambda: window.pages.currentWidget() is not None, timeout=WAIT)
        assert_fits(window, room)
    # A page may scroll down, never sideways (its right part would be off screen): every area and tab.
    sideways = [place for place in window_views(qtbot, window) if window.page_area.horizontalScrollBar().isVisible()]
    assert not sideways, f"these pages scroll sideways on {room.width()}×{room.height()}: {sideways}"
    window.showNormal()  # un-maximised it still fits, with its frame, at its minimum
    window.resize(window.minimumSizeHint())
    if room != LAPTOP:
        onto(window, room)  # its normal place was on the first screen
    assert_fits(window, room)
    window.showMaximized()

    openers = window_openers(qtbot, window, demo_database, tmp_path)
    assert window_classes() - base_classes() == set(openers), "every dialog, wizard and main window is opened here"
    for kind, opener in openers.items():
        if kind is MainWindow:
            continue
        dialog = shown(qtbot, opener(), room)
        assert isinstance(dialog, kind)
        assert_fits(dialog, room)
        if isinstance(dialog, Wizard):  # every page of a wizard has its buttons on screen
            for _page in wizard_pages(dialog):
                assert_fits(dialog, room)
        dialog.close()


@pytest.mark.parametrize("asked", [(760, 900), (1200, 760), (3000, 2000)])
def test_a_window_asking_for_more_than_the_screen_gets_the_room_left(qtbot, asked: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialogButtonBox, QPlainTextEdit, QVBoxLayout

    from spi_desktop.views.screen_fit import FittedDialog

    dialog = FittedDialog()
    layout = QVBoxLayout(dialog)
    layout.addWidget(QPlainTextEdit())
    layout.addWidget(QDialogButtonBox(QDialogButtonBox.StandardButton.Close))
    dialog.resize_within_screen(*asked)
    dialog.move(900, 500)  # partly off the screen: moved back inside when shown
    shown(qtbot, dialog)
    assert dialog.height() == min(asked[1], 728 - 39) and dialog.width() == min(asked[0], 1366 - 16)
    assert_fits(dialog)
    dialog.resize(*asked)  # a later resize past the room is undone at the next show
    dialog.hide()
    dialog.show()
    assert_fits(dialog)
    dialog.close()
    assert Qt.WindowType.Dialog & dialog.windowFlags()


def test_the_main_window_remembers_its_place_on_this_pc(qtbot) -> None:  # type: ignore[no-untyped-def]
    from spi_desktop.views.shell.main_window import MainWindow
    from spi_desktop.views.shell.window_place import remember, show_remembered

    first = MainWindow()
    qtbot.addWidget(first)
    show_remembered(first)  # nothing saved yet: maximised on the laptop
    assert first.isMaximized()
    first.showNormal()
    first.setGeometry(100, 80, 1000, 600)
    remember(first)
    first.close()
    again = MainWindow()
    qtbot.addWidget(again)
    show_remembered(again)
    qtbot.waitExposed(again)
    assert not again.isMaximized() and again.size() == first.size()
    assert LAPTOP.contains(again.geometry().marginsAdded(frame_margins(again)))
    again.close()


def test_a_dialog_opens_over_the_window_that_opened_it(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    """Not in the screen's top-left corner: fitting a dialog to the screen before the window system placed it
    had moved it to (0, 0) and kept Qt from centring it (seen under openbox)."""
    from spi_desktop.views.settings.new_year_dialog import NewYearDialog

    main_window.showNormal()
    main_window.setGeometry(300, 150, 900, 560)
    qtbot.waitExposed(main_window)
    dialog = NewYearDialog(main_window.context.database, parent=main_window)
    dialog.show()
    qtbot.waitExposed(dialog)
    centre, window = dialog.frameGeometry().center(), main_window.frameGeometry()
    assert abs(centre.x() - window.center().x()) < 40 and abs(centre.y() - window.center().y()) < 60, (
        dialog.frameGeometry(), window)
    dialog.close()


def test_a_dialog_grows_when_its_note_arrives_after_it_opened(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    """The new-year dialog reads its suggestion in the background; the longer note must not overlap the dates."""
    from spi_desktop.views.settings.new_year_dialog import NewYearDialog

    dialog = NewYearDialog(main_window.context.database, parent=main_window)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.note.setText("Pengaturan disalin dari tahun terakhir; tanggal mengikuti pola tahun 2025. " * 4)
    layout = dialog.layout()
    qtbot.waitUntil(lambda: dialog.height() >= layout.totalHeightForWidth(dialog.width()), timeout=3_000)
    assert not dialog.note.geometry().intersects(dialog.save_button.parentWidget().geometry())
    dialog.close()
