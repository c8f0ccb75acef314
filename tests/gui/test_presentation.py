"""Presentation mode driven with the keyboard at a projector's 1366×768: every slide, nothing cut off."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFrame, QLabel

from spi_desktop.db.session import Database
from spi_desktop.services.training_slides import save_slide_text
from spi_desktop.views.context import AppContext
from spi_desktop.views.training import presentation
from spi_desktop.views.training.presentation import PresentationWindow, text_colour


def open_window(qtbot, database: Database, year: int = 2025) -> PresentationWindow:  # type: ignore[no-untyped-def]
    window = PresentationWindow(AppContext(database, year))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: bool(window.slides), timeout=10_000)  # the slides are read in the background
    return window


def cut_off(window: PresentationWindow) -> list[str]:
    """Every visible label whose text needs more room than it has, or that reaches outside the window."""
    problems = []
    for label in window.findChildren(QLabel):
        if not label.isVisible():
            continue
        if label.wordWrap() and label.heightForWidth(label.width()) > label.height():
            problems.append(f"{label.text()[:40]!r}: needs {label.heightForWidth(label.width())} px high, "
                            f"has {label.height()}")
        if not label.wordWrap() and label.sizeHint().width() > label.width():
            problems.append(f"{label.text()[:40]!r}: needs {label.sizeHint().width()} px wide, has {label.width()}")
        corner = label.mapTo(window, QPoint(label.width(), label.height()))
        if corner.x() > window.width() or corner.y() > window.height():
            problems.append(f"{label.text()[:40]!r}: reaches outside the window")
    return problems


def test_keys_drive_through_every_slide(qtbot, demo_database: Database) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, demo_database)
    total = len(window.slides)
    assert total == 8
    next_keys = [Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Space]
    for number in range(total):
        assert window.index == number
        assert window.counter_label.text() == f"{number + 1} / {total}"
        assert window.title_label.text() == window.slides[number].title
        qtbot.keyClick(window, next_keys[number % len(next_keys)])
    assert window.index == total - 1, "stays on the last slide"
    assert window.counter_label.text() == f"{total} / {total}"
    for key, expected in ((Qt.Key.Key_Left, total - 2), (Qt.Key.Key_Up, total - 3), (Qt.Key.Key_PageUp, total - 4),
                          (Qt.Key.Key_Backspace, total - 5), (Qt.Key.Key_Home, 0), (Qt.Key.Key_Left, 0),
                          (Qt.Key.Key_End, total - 1)):
        qtbot.keyClick(window, key)
        assert window.index == expected, key
    assert window.counter_label.text() == f"{total} / {total}"
    assert window.hint_label.text() == "← → pindah · Esc keluar"
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()


@pytest.mark.parametrize("year", [2025, 2022])
def test_nothing_is_cut_off_at_1366x768(qtbot, demo_database: Database, year: int) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, demo_database, year)
    qtbot.keyClick(window, Qt.Key.Key_Home)
    for number in range(len(window.slides)):
        qtbot.wait(1)
        assert window.index == number
        assert cut_off(window) == [], window.slides[number].id
        assert window.title_px() >= 40 and window.body_px() >= 26, window.slides[number].id
        qtbot.keyClick(window, Qt.Key.Key_Right)


def test_a_long_edited_text_shrinks_until_it_fits(qtbot, demo_database: Database,  # type: ignore[no-untyped-def]
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    long = ("Paragraf panjang yang ditulis sendiri oleh pelatih untuk menjelaskan banyak hal sekaligus kepada "
            "peserta sosialisasi di aula kantor bupati. ") * 3
    save_slide_text(demo_database, "larangan", "Judul yang juga cukup panjang untuk dua baris di layar proyektor "
                    "ruang rapat", [long, long, long])
    window = open_window(qtbot, demo_database)
    window.show_slide(5)
    qtbot.wait(1)
    assert window.slides[5].id == "larangan" and window.factor < 1
    assert cut_off(window) == []
    window.resize(1024, 768)
    qtbot.wait(1)
    assert cut_off(window) == []
    monkeypatch.setattr(presentation, "MIN_FACTOR", 1.0)  # without shrinking, the check above would fail
    window.show_slide(5)
    qtbot.wait(1)
    assert cut_off(window) != []


def test_type_scales_with_the_window_height(qtbot, database: Database) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, database)
    small = window.body_px()
    window.resize(1920, 1080)
    qtbot.wait(1)
    assert window.body_px() > small and cut_off(window) == []


def test_bands_slide_shows_each_band_as_a_coloured_block(qtbot, database: Database) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, database, 2022)
    window.show_slide(next(i for i, s in enumerate(window.slides) if s.id == "kategori"))
    blocks = [frame for frame in window.content.findChildren(QFrame) if frame.objectName() == "bandBlock"]
    assert len(blocks) == 4
    for block, (label, _lower, _upper, colour) in zip(blocks, window.slides[window.index].bands or [], strict=True):
        texts = [child.text().replace("\u00a0", " ") for child in block.findChildren(QLabel)]
        assert colour in block.styleSheet() and texts[0] == label
        assert texts[1] in {"< 68,00", "68,00 – < 73,70", "73,70 – < 77,50", "≥ 77,50"}
        assert f"color: {text_colour(colour)}" in block.findChildren(QLabel)[0].styleSheet()
    assert text_colour("#F9A825") == "#000000" and text_colour("#C62828") == "#ffffff"


def test_demo_tag_on_a_demo_workspace(qtbot, demo_database: Database) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, demo_database)
    assert window.demo_label.isVisible() and window.demo_label.text() == "DEMO"


def test_no_demo_tag_and_no_results_slide_on_a_new_workspace(qtbot, database: Database) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, database)
    assert not window.demo_label.isVisible()
    assert [slide.id for slide in window.slides][-1] == "larangan"


def test_start_goes_full_screen(qtbot, database: Database) -> None:  # type: ignore[no-untyped-def]
    window = PresentationWindow(AppContext(database, 2025))
    qtbot.addWidget(window)
    window.start()
    qtbot.waitUntil(lambda: bool(window.slides), timeout=10_000)
    assert window.isFullScreen() and window.index == 0
    window.next_slide()
    window.previous_slide()
    window.show_slide(99)
    assert window.index == len(window.slides) - 1
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()
