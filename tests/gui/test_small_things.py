"""The small things that read as a prototype (issue 19, item 12), as a user sees them at 1366×728: numbers, dates
and buttons at their natural width, a year's 7 elements all in view, and air beside Mode Pelatihan."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractSpinBox, QLabel, QPushButton, QWidget

from spi_desktop.services.database import open_database
from spi_desktop.services.workspace import WorkspaceInfo, save_workspace

SCREEN = (1366, 728)  # a 1366×768 laptop less Windows' taskbar
NARROW = 400  # px: no number, date or short button is wider


def shown(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.resize(*SCREEN)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(50)


def rect_in(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


def test_settings_numbers_dates_and_buttons_keep_their_natural_width(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    shown(qtbot, main_window)
    main_window.show_area(5)
    settings = main_window.settings
    checked = 0
    for index in range(settings.tabs.count()):
        settings.tabs.setCurrentIndex(index)
        qtbot.wait(20)
        page = settings.tabs.widget(index)
        for field in page.findChildren(QAbstractSpinBox) + page.findChildren(QPushButton):
            if not field.isVisible():
                continue
            checked += 1
            natural = field.sizeHint().width()
            assert field.width() <= max(NARROW, natural), (settings.tabs.tabText(index), type(field).__name__,
                                                          getattr(field, "text", lambda: "")(), field.width())
    assert checked >= 10, "the spin boxes, date pickers and buttons of every tab were measured"


def test_every_element_of_the_survey_year_shows_without_scrolling(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    shown(qtbot, main_window)
    main_window.show_area(5)
    editor = main_window.settings.years
    main_window.settings.tabs.setCurrentWidget(editor)
    table = editor.elements
    page_area = main_window.page_area
    qtbot.waitUntil(lambda: table.rowCount() == 7, timeout=5_000)  # the year is read in the background

    def every_row_shows() -> bool:  # the table whole inside the page, its 7th row whole inside the table
        return (page_area.rect().contains(rect_in(table, page_area)) and table.rowViewportPosition(0) == 0
                and table.rowViewportPosition(6) + table.rowHeight(6) <= table.viewport().height())

    qtbot.waitUntil(every_row_shows, timeout=5_000)  # once the page has laid itself out
    if Path("/tmp/sm").is_dir():
        main_window.grab().save("/tmp/sm/years-after.png")
    assert rect_in(table, main_window).bottom() < main_window.statusBar().mapTo(main_window, QPoint(0, 0)).y()


def test_mode_pelatihan_stands_apart_from_the_year_label(qtbot, shell, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import open_window

    real = open_database(tmp_path / "nyata.sqlite")
    try:
        save_workspace(real, WorkspaceInfo(code="KOTA", name="Pemerintah Kota Nyata", type="kota"))
        window = open_window(qtbot, shell, real)
        shown(qtbot, window)
        button = window.training_button
        assert button is not None and button.isVisible()
        label = next(w for w in window.toolbar.findChildren(QLabel) if w.text() == "Tahun survei: ")
        gap = label.mapTo(window, QPoint(0, 0)).x() - (button.mapTo(window, QPoint(0, 0)).x() + button.width())
        assert gap >= 12
        window.close()
    finally:
        real.close()



def test_enter_on_a_question_answers_no(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A yes/no question (delete, replace, go on without importing) is never answered yes by a hasty Enter."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from spi_desktop.views.prompts import Prompts

    def press_enter() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(200, press_enter)
    assert Prompts().confirm(None, "Hapus data", "Hapus data kemajuan tanggal 1 Agustus 2025?") is False

