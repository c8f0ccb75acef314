"""The main window: areas, the survey-year selector, the database named in the status bar."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from spi_desktop.app import NO_DISPLAY_MESSAGE, has_display


def test_areas_year_selector_and_status_bar(qtbot, main_window, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    titles = [main_window.navigation.item(i).text() for i in range(main_window.navigation.count())]
    assert titles == ["Beranda", "Instansi & OPD", "Populasi", "Pemantauan", "Hasil & Rencana Aksi", "Pengaturan",
                      "Pengguna & Audit"]  # no accounts yet: the local user is Admin
    assert str(db_path) in main_window.database_label.text()
    main_window.year_box.setCurrentIndex(main_window.year_box.findData(2022))
    assert main_window.context.year == 2022
    qtbot.waitUntil(lambda: main_window.home.last_job.done, timeout=10_000)
    assert main_window.home.subtitle.text() == "Survei Penilaian Integritas 2022"
    assert [main_window.home.bands_row.itemAt(i).widget().text().split("\n")[0]
            for i in range(4)] == ["Sangat Rentan", "Rentan", "Waspada", "Terjaga"]
    main_window.show_area(1)
    assert main_window.pages.currentWidget() is main_window.units


def test_home_shows_indonesian_numbers_and_dates(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    main_window.year_box.setCurrentIndex(main_window.year_box.findData(2024))
    qtbot.waitUntil(lambda: main_window.home.last_job.done, timeout=10_000)
    assert main_window.home.national_label.text() == "71,53"
    main_window.year_box.setCurrentIndex(main_window.year_box.findData(2025))
    qtbot.waitUntil(lambda: main_window.home.last_job.done, timeout=10_000)
    assert "1 Agustus 2025 s.d. 31 Oktober 2025" in main_window.home.window_detail.text()


def test_english_translation_is_loaded_on_request(qtbot, shell, demo_database) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from spi_desktop.views.language import install_language
    from tests.conftest import open_window

    app = QApplication.instance()
    translator = install_language(app, "en")
    try:
        assert translator is not None
        window = open_window(qtbot, shell, demo_database)
        assert window.navigation.item(0).text() == "Home"
        assert window.units.add_button.text() == "&Add unit"
    finally:
        app.removeTranslator(translator)


def test_no_display_gives_a_clear_message_not_a_stack_trace() -> None:
    assert not has_display({}, "linux")
    assert has_display({"DISPLAY": ":0"}, "linux")
    assert has_display({}, "win32")
    env = {"PATH": "/usr/bin:/bin", "HOME": "/tmp"}
    result = subprocess.run([sys.executable, "-m", "spi_desktop"], env=env, capture_output=True, text=True)
    assert result.returncode == 1
    assert result.stderr.strip() == NO_DISPLAY_MESSAGE
    assert "xvfb-run" in result.stderr and "Traceback" not in result.stderr


def test_a_brand_new_workspace_opens_and_says_what_to_do(qtbot, shell, database) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import open_window

    window = open_window(qtbot, shell, database)
    qtbot.waitUntil(lambda: window.home.last_job.done, timeout=10_000)
    assert window.home.title.text() == "Ruang kerja belum diatur"
    assert "Pengaturan › Instansi" in window.workspace_label.text()
    qtbot.waitUntil(lambda: window.units.count.text().startswith("0 OPD"), timeout=10_000)  # read in the background
    assert window.units.model.rowCount() == 0


def test_an_unexpected_error_in_a_slot_becomes_a_message(qtbot, answered_prompts, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy.exc import OperationalError

    from spi_desktop.views.shell.application import install_error_hook

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    install_error_hook()
    error = OperationalError("UPDATE unit", {}, Exception("database is locked"))
    sys.excepthook(type(error), error, None)
    title, text = answered_prompts.errors[-1]
    assert title == "Terjadi kesalahan" and "terkunci" in text


def test_home_matrix_on_the_demo_puts_the_furthest_behind_first(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    panel = main_window.home.progress
    qtbot.waitUntil(lambda: panel.last_job is not None and panel.last_job.done and panel.model.rowCount() > 0,
                    timeout=15_000)
    assert main_window.context.year == 2025 and panel.model.rowCount() == 81, "40 OPD × 2 groups + experts"
    rows = [panel.model.row_at(i) for i in range(panel.model.rowCount())]
    assert rows[0].attainment == min(r.attainment for r in rows)
    assert rows[0].group == "external" and rows[0].light == "merah", "the demo's external lists lag"
    assert all(r.attainment > 0.85 for r in rows if r.group == "internal")
    assert "Data per 29 Oktober 2025" in panel.summary.text()
    notes = [label.text() for label in panel.findChildren(type(panel.summary)) if label.objectName() == "sourceNotes"]
    assert any("Jawaban sebagian tidak pernah dihitung selesai" in text for text in notes), "definitions on screen"


def test_a_window_that_cannot_be_opened_on_another_database_brings_the_old_one_back(  # type: ignore[no-untyped-def]
        qtbot, main_window, answered_prompts, monkeypatch, tmp_path: Path) -> None:
    from spi_desktop.services.database import open_database
    from spi_desktop.views.shell import windows as shell_windows

    other = open_database(tmp_path / "lain.sqlite")
    closed: list[bool] = []
    monkeypatch.setattr(other, "close", lambda: closed.append(True))

    def unreadable(_database: object) -> None:
        raise OSError("disk tidak terbaca")

    monkeypatch.setattr(shell_windows, "read_header", unreadable)
    job = main_window.context.shell.on_database(main_window, other)
    qtbot.waitUntil(lambda: job.done, timeout=10_000)
    assert main_window.isVisible(), "the old window comes back"
    assert closed == [True], "the database that could not be shown is closed"
    assert answered_prompts.errors and "disk tidak terbaca" in answered_prompts.errors[-1][1]


def test_berkas_lists_the_workspaces_opened_lately_and_opens_one_in_the_window_s_place(  # type: ignore[no-untyped-def]
        qtbot, shell, demo_database, answered_prompts, tmp_path: Path) -> None:
    from spi_desktop.services.database import open_database
    from tests.conftest import open_window

    other_path = tmp_path / "kota-lain.sqlite"
    open_database(other_path).close()
    from spi_desktop.services.recent_workspaces import remember_workspace

    remember_workspace(other_path)
    window = open_window(qtbot, shell, demo_database)
    window.file_menu.aboutToShow.emit()
    texts = [action.text() for action in window.file_menu.actions()]
    assert texts[0] == "&Buka ruang kerja…" and "&1 kota-lain.sqlite" in texts
    recent = next(action for action in window.file_menu.actions() if action.text() == "&1 kota-lain.sqlite")
    recent.trigger()
    qtbot.waitUntil(lambda: any(w.context.database.path == other_path.resolve() for w in shell.windows
                                if w.isVisible()), timeout=15_000)
    assert not window.isVisible(), "the new workspace opens in the old window's place"
    for replacement in [w for w in shell.windows if w is not window]:
        qtbot.addWidget(replacement)  # closed with the test


def test_ctrl_and_an_areas_number_opens_it_from_anywhere_in_the_window(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    main_window.show()
    qtbot.waitExposed(main_window)
    main_window.activateWindow()
    main_window.year_box.setFocus()
    for number in (5, 2, main_window.navigation.count(), 1):
        qtbot.keyClick(main_window.year_box, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier)
        assert main_window.navigation.currentRow() == number - 1
        assert main_window.navigation.item(number - 1).toolTip().endswith(f"(Ctrl+{number})")
