"""Pengaturan: survey-year edits and the institution form persist in the workspace database."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from spi_desktop.db.session import Database
from spi_desktop.services.database import open_database
from spi_desktop.services.workspace import get_workspace
from spi_desktop.services.years import get_year
from spi_desktop.views.settings.year_editor import LOWER
from tests.support.ui_walk import settle


def test_band_edit_survives_reopening_the_database(qtbot, main_window, demo_database: Database,  # type: ignore[no-untyped-def]
                                                   db_path: Path) -> None:
    editor = main_window.settings.years
    settle(qtbot)  # the years and their settings are read in the background
    editor.year_box.setCurrentIndex(editor.year_box.findData(2023))
    settle(qtbot)
    assert editor.bands.rowCount() == 4
    editor.bands.item(3, LOWER).setText("80,0")  # the disputed 2023 green threshold
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot)  # stored in the background
    assert "tersimpan" in editor.message.text()
    demo_database.close()
    reopened = open_database(db_path)
    try:
        band = sorted(get_year(reopened, 2023).bands, key=lambda b: b.lower)[3]
        assert (band.label, band.lower) == ("Terjaga", 80.0)
        assert band.source.startswith("Disunting pengguna (semula 77,50")
    finally:
        reopened.close()


def test_invalid_bands_are_refused_and_nothing_is_saved(qtbot, main_window,  # type: ignore[no-untyped-def]
                                                        demo_database: Database) -> None:
    editor = main_window.settings.years
    settle(qtbot)  # the years and their settings are read in the background
    editor.year_box.setCurrentIndex(editor.year_box.findData(2024))
    settle(qtbot)
    editor.bands.item(1, LOWER).setText("90")  # Waspada above Terjaga
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot)  # stored in the background
    assert "naik berurutan" in editor.message.text()
    assert [b.lower for b in get_year(demo_database, 2024).bands] == [0.0, 73.0, 78.0]


def test_new_year_appears_in_the_toolbar(qtbot, main_window, demo_database: Database) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from spi_desktop.services.years import add_year

    add_year(demo_database, 2026, window_start=dt.date(2026, 8, 1), window_end=dt.date(2026, 10, 31),
             population_deadline=dt.date(2026, 6, 30))
    main_window.context.notify("years")
    qtbot.waitUntil(lambda: main_window.year_box.findData(2026) >= 0, timeout=5_000)  # read off the GUI thread


def test_institution_form_validates_the_inspektur_nip(qtbot, main_window,  # type: ignore[no-untyped-def]
                                                      demo_database: Database) -> None:
    form = main_window.settings.workspace
    settle(qtbot)  # the stored institution is read in the background
    form.inspector_nip.setText("123")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot)  # stored in the background
    assert "18 angka" in form.message.text()
    form.inspector_nip.setText("197205151998032003")
    form.name.setText("Pemerintah Kabupaten Sukamaju Raya")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert get_workspace(demo_database).name == "Pemerintah Kabupaten Sukamaju Raya"
    qtbot.waitUntil(lambda: "Sukamaju Raya" in main_window.windowTitle(), timeout=5_000)


def test_institution_form_edits_the_scorecard_signature_with_defaults_shown(qtbot, main_window,  # type: ignore[no-untyped-def]
                                                                            demo_database: Database) -> None:
    from spi_desktop.services.workspace import card_signature

    form = main_window.settings.workspace
    settle(qtbot)
    assert (form.sign_place.text(), form.signer_title.text()) == ("", "")  # the defaults apply
    assert form.sign_place.placeholderText() == "Sukamaju"
    assert form.signer_title.placeholderText() == "Inspektur Kabupaten Sukamaju"
    form.sign_place.setText("Cikarang")
    form.signer_title.setText("Plt. Inspektur Kabupaten Sukamaju")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert "tersimpan" in form.message.text()
    signature = card_signature(demo_database)
    assert (signature.place, signature.title) == ("Cikarang", "Plt. Inspektur Kabupaten Sukamaju")
    form.name.setText("Pemerintah Kota Sukamaju")
    form.type.setCurrentIndex(form.type.findData("kota"))
    assert form.signer_title.placeholderText() == "Inspektur Kota Sukamaju"


def test_respondent_rules_are_edited_and_used_by_the_next_import(qtbot, main_window,  # type: ignore[no-untyped-def]
                                                                 demo_database: Database, tmp_path: Path) -> None:
    from openpyxl import Workbook

    from spi_desktop.services.population import import_population

    editor = main_window.settings.years
    settle(qtbot)  # the years and their settings are read in the background
    editor.year_box.setCurrentIndex(editor.year_box.findData(2024))
    settle(qtbot)
    rules = editor.eligibility
    assert "sekretaris daerah" in rules.titles.toPlainText() and rules.unit_head.isChecked()
    rules.titles.setPlainText(rules.titles.toPlainText() + "\nkepala bagian")
    rules.exceptions.setPlainText(rules.exceptions.toPlainText() + "\nkepala bagian umum")
    rules.years_unit.setText("")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot)  # stored in the background
    assert "tersimpan" in editor.message.text()
    stored = get_year(demo_database, 2024).eligibility["internal"]
    assert "kepala bagian" in stored["excluded_titles"] and "min_years_unit" not in stored
    path = tmp_path / "bagian.xlsx"
    workbook = Workbook()
    for row in (["Nama", "Jabatan", "No. HP", "OPD"], ["Ani", "Kepala Bagian Hukum", "081234567801", "SETDA"],
                ["Budi", "Kepala Bagian Umum", "081234567802", "SETDA"]):
        workbook.active.append(row)
    workbook.save(path)
    result = import_population(demo_database, path, 2024, "internal", dry_run=True)
    assert result.flagged == 1 and "Kepala Bagian Hukum" in " ".join(p.message for p in result.problem_rows())
    rules.years_institution.setText("99")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot)  # stored in the background
    assert "masa kerja minimal di instansi harus 0–50" in editor.message.text()


def test_choosing_english_offers_a_restart_that_rebuilds_the_window_in_english(  # type: ignore[no-untyped-def]
        qtbot, shell, main_window) -> None:
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    from spi_desktop.views.language import current_language, remove_language, saved_language
    from spi_desktop.views.shell import areas

    form = main_window.settings.language
    assert form.restart_button.isHidden()  # Indonesian already
    app = QApplication.instance()
    replacement = None
    try:
        form.language.setCurrentIndex(form.language.findData("en"))
        assert saved_language() == "en" and not form.restart_button.isHidden()
        assert form.restart_button.text() == "M&ulai ulang sekarang"
        job = form.restart()
        qtbot.waitUntil(lambda: job.done, timeout=10_000)
        replacement = shell.windows[-1]  # deletes itself on close
        assert replacement is not main_window and not main_window.isVisible() and replacement.isVisible()
        assert current_language() == "en"
        assert replacement.navigation.item(0).text() == "Home"
        assert replacement.navigation.currentRow() == areas.SETTINGS
        assert replacement.settings.tabs.currentWidget() is replacement.settings.language
        assert replacement.settings.language.restart_button.isHidden()
        assert replacement.size() == main_window.size()
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(box)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"  # Qt's own: English again
    finally:
        if replacement is not None:
            replacement.close()
        remove_language(app)
