"""The first start shows the main window's frame before the workspace is opened, then fills it: the header, and the
pages one per pass of the event loop, the one on screen first (views/shell/startup.py, views/shell/lazy_pages.py)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from spi_desktop.views.shell import areas
from spi_desktop.views.shell.main_window import MainWindow
from spi_desktop.views.shell.startup import FirstStart


def _all_built(window: MainWindow) -> bool:
    return all(window.pages.is_built(index) for index in range(window.pages.count()))


def test_the_frame_shows_first_then_the_workspace_and_the_page_on_screen_first(  # type: ignore[no-untyped-def]
        qtbot, demo_database, monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[int] = []
    monkeypatch.setattr(areas, "BUILDERS", tuple(
        (lambda context, index=index, build=build: (built.append(index), build(context))[1])
        for index, build in enumerate(areas.BUILDERS)))
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    placeholder = window.pages.currentWidget()
    assert isinstance(placeholder, QLabel) and placeholder.text() == "Memuat…"
    assert window.navigation.count() == 6 and not window.attached, "Pengguna & Audit waits for who signs in"
    assert not window.file_menu.actions()[0].isEnabled(), "no workspace to replace yet"
    window.show_area(areas.POPULATION)  # chosen while the workspace opens
    opened: list[str | None] = []
    start = FirstStart(window, "kerja.sqlite", lambda db: (opened.append(db), demo_database)[1])
    try:
        start.begin()
        qtbot.waitUntil(lambda: _all_built(window), timeout=30_000)
        assert opened == ["kerja.sqlite"]
        assert built[0] == areas.POPULATION and sorted(built) == list(range(7)), "each page once, on screen first"
        assert window.navigation.count() == 7 and window.admin is not None  # the local user is Admin
        assert window.training_banner is not None and "Sukamaju" in window.windowTitle()
        assert window.pages.currentWidget() is window.population and window.population.isVisible()
        assert window.file_menu.actions()[0].isEnabled()
        assert start.windows is not None and start.windows.windows == [window]
    finally:
        start.close()
    assert not window.isVisible()


def test_a_hidden_window_builds_only_the_pages_asked_for(qtbot, shell, demo_database) -> None:  # type: ignore[no-untyped-def]
    job = shell.open(demo_database, first=True, then=lambda window: window.hide())  # as replace() hides it
    qtbot.waitUntil(lambda: job.done, timeout=10_000)
    window = shell.windows[-1]
    qtbot.addWidget(window)
    qtbot.wait(200)
    assert not any(window.pages.is_built(index) for index in range(window.pages.count()))
    assert window.settings is window.pages.page(areas.SETTINGS) and window.pages.is_built(areas.SETTINGS)
    assert [index for index in range(window.pages.count()) if window.pages.is_built(index)] == [areas.SETTINGS]
    window.show()
    qtbot.waitUntil(lambda: _all_built(window), timeout=30_000)
    window.close()
