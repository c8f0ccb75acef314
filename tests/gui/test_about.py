"""Bantuan › Tentang SPI Desktop: opened from the main window's menu, it shows the version, the build date and
the licences of what is bundled."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel

from spi_desktop.services.about import about_info, app_version
from spi_desktop.views.about_dialog import AboutDialog


def test_the_help_menu_opens_the_about_dialog(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    menus = [action.text() for action in main_window.menu_bar.actions()]
    assert menus == ["&Berkas", "Ba&ntuan"]
    assert [action.text() for action in main_window.help_menu.actions()] == ["&Asisten mulai…", "&Tentang SPI Desktop…"]
    main_window.about_action.trigger()
    qtbot.waitUntil(lambda: main_window.findChild(AboutDialog) is not None, timeout=10_000)  # read in the background
    dialog = main_window.findChild(AboutDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Tentang SPI Desktop"
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert f"SPI Desktop {app_version()}" in texts
    assert any("https://code.qt.io/cgit/pyside/pyside-setup.git" in text for text in texts)
    assert dialog.model.rowCount() == len(dialog.licence_rows()) > 10
    names = [dialog.model.index(row, 1).data() for row in range(dialog.model.rowCount())]
    assert names[:3] == ["Python", "Qt", "PySide6"] and "PySide6-Essentials" in names
    dialog.close()


def test_salin_copies_the_version_lines(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = AboutDialog(about_info())
    qtbot.addWidget(dialog)
    dialog.copy_button.click()
    copied = QApplication.clipboard().text().splitlines()
    assert copied[0] == f"SPI Desktop {app_version()}"
    assert copied[1] == f"Versi: {app_version()}"
    assert any(line.startswith("Qt: 6.") for line in copied)
    assert any(line.startswith("Tanggal build: ") for line in copied)


def test_the_dialog_speaks_english_on_request(qtbot) -> None:  # type: ignore[no-untyped-def]
    from spi_desktop.views.language import install_language

    app = QApplication.instance()
    translator = install_language(app, "en")
    try:
        dialog = AboutDialog(about_info())
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "About SPI Desktop"
        assert dialog.copy_button.text() == "&Copy"
        assert dialog.model.index(0, 0).data() == "Runtime" and dialog.model.index(3, 0).data() == "Font"
    finally:
        app.removeTranslator(translator)
