"""The app's icon: shipped in the package at the sizes windows use, set on the application by run_application
(so every window, dialog and the taskbar get it), and the installer's .ico holding all seven Windows sizes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from spi_desktop.resources import resource_path
from spi_desktop.views.shell import application
from spi_desktop.views.shell.application import ICON_FILES, app_icon, needs_explicit_app_id, run_application

ROOT = Path(__file__).resolve().parents[2]


def test_the_package_ships_the_icon_at_16_32_and_256_px(qtbot) -> None:  # type: ignore[no-untyped-def]
    sizes = [Image.open(resource_path("icons", name)).size for name in ICON_FILES]
    assert sizes == [(16, 16), (32, 32), (256, 256)]
    icon = app_icon()
    assert not icon.isNull()
    assert sorted(size.width() for size in icon.availableSizes()) == [16, 32, 256]
    assert icon.pixmap(QSize(16, 16)).toImage() == QIcon(str(resource_path("icons", "spi-desktop-16.png"))) \
        .pixmap(QSize(16, 16)).toImage()  # the small size is its own drawing, not the 256 px one shrunk


def test_the_installers_ico_holds_the_seven_windows_sizes() -> None:
    ico = Image.open(ROOT / "resources" / "icon" / "spi-desktop.ico")
    assert sorted(ico.info["sizes"]) == [(size, size) for size in (16, 24, 32, 48, 64, 128, 256)]


def test_run_application_gives_the_application_its_icon(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    # Stop at the workspace question: what comes before it (language, error hook, gc timer) is tested elsewhere.
    monkeypatch.setattr(application, "install_language", lambda app, language: None)
    monkeypatch.setattr(application, "install_error_hook", lambda: None)
    monkeypatch.setattr("spi_desktop.views.shell.gui_gc.install_gui_garbage_collector", lambda app: None)
    monkeypatch.setattr(application, "open_startup_database", lambda db: 0)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        assert run_application(None, None) == 0
        assert sorted(size.width() for size in app.windowIcon().availableSizes()) == [16, 32, 256]
    finally:
        app.setWindowIcon(QIcon())


@pytest.mark.parametrize(("platform", "executable", "explicit"), [
    ("win32", r"C:\Users\ani\AppData\Local\Programs\SPI Desktop\SPI Desktop.exe", False),
    ("win32", r"C:\dev\spi\.venv\Scripts\pythonw.exe", True),
    ("win32", r"C:\dev\spi\.venv\Scripts\python.exe", True),
    ("linux", "/usr/bin/python3", False),
])
def test_the_taskbar_id_is_set_only_where_windows_would_group_the_app_under_python(
        platform: str, executable: str, explicit: bool) -> None:
    # The installed launcher shares the id Windows derives from its exe with the Start-menu shortcut to it.
    assert needs_explicit_app_id(platform, executable) is explicit
