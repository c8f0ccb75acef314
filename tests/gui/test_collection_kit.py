"""Populasi › Kirim format ke OPD…: the kit dialog writes a folder per chosen OPD (templates and the PIC's
message), shows each message with WhatsApp and the e-mail text, and records a sending the board then shows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from spi_desktop.domain.collection_message import MESSAGE_FILE
from spi_desktop.importers.template_marker import read_marker
from spi_desktop.services.collection_sending import return_contact, sendings
from spi_desktop.services.population_submissions import submission_statuses
from spi_desktop.views.population.kit_dialog import KitDialog


def open_kit(qtbot, main_window) -> KitDialog:  # type: ignore[no-untyped-def]
    main_window.year_box.setCurrentIndex(main_window.year_box.findData(2024))
    main_window.show_area(2)
    page = main_window.population
    assert page.template_button.isEnabled()
    page.template_button.click()
    dialog = page.findChild(KitDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.units_read, timeout=10_000)  # the OPD list is read in the background
    return dialog


def test_the_kit_writes_chosen_opd_folders_and_records_a_sending(qtbot, main_window, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                 monkeypatch) -> None:
    dialog = open_kit(qtbot, main_window)
    assert dialog.units.count() == 40 and len(dialog.chosen_units()) == 40
    dialog.none_button.click()
    for row in range(dialog.units.count()):
        item = dialog.units.item(row)
        if item.data(Qt.ItemDataRole.UserRole) in {"DINKES", "RSUD"}:
            item.setCheckState(Qt.CheckState.Checked)
    dialog.external.setChecked(False)
    assert dialog.write() is None and "folder tujuan" in dialog.message.text()  # no folder chosen yet
    dialog.folder.setText(str(tmp_path / "kirim"))
    dialog.return_to.setText("inspektorat@sukamajukab.go.id")
    job = dialog.write()
    assert job is not None
    qtbot.waitUntil(lambda: job.done and dialog.results.model.rowCount() == 2, timeout=30_000)
    folders = sorted(path.name for path in (tmp_path / "kirim").iterdir())
    assert folders == ["DINKES - Dinas Kesehatan", "RSUD - Rumah Sakit Umum Daerah Sukamaju"]
    dinkes = tmp_path / "kirim" / "DINKES - Dinas Kesehatan"
    assert sorted(path.name for path in dinkes.iterdir()) == ["DINKES-internal-2024.xlsx", MESSAGE_FILE]
    marker = read_marker(dinkes / "DINKES-internal-2024.xlsx")
    assert marker is not None and marker.unit_code == "DINKES"
    database = main_window.context.database
    assert return_contact(database) == "inspektorat@sukamajukab.go.id"
    results = dialog.results
    assert "inspektorat@sukamajukab.go.id" in results.message.toPlainText()
    assert "Dinas Kesehatan" in results.message.toPlainText()
    opened = []
    monkeypatch.setattr("spi_desktop.views.population.kit_results.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toString()) or True)
    assert results.whatsapp_button.isEnabled()
    results.whatsapp_button.click()
    qtbot.waitUntil(lambda: results.last_job is not None and results.last_job.done, timeout=10_000)
    assert opened and opened[0].startswith("https://wa.me/62")
    assert results.via.currentData() == "wa"
    results.email_button.click()
    assert QGuiApplication.clipboard().text().startswith("Subjek: Format daftar responden SPI 2024")
    results.via.setCurrentIndex(results.via.findData("wa"))
    results.mark_button.click()
    qtbot.waitUntil(lambda: results.last_job is not None and results.last_job.done, timeout=10_000)
    assert [(s.unit, s.group, s.via) for s in sendings(database, 2024)] == [("DINKES", "internal", "wa")]
    assert results.model.index(0, 3).data() != "–"
    board = {(s.unit_code, s.group): s for s in submission_statuses(database, 2024)}
    assert board[("DINKES", "internal")].sent_at is not None
    # marked by mistake: taken back, the board as it was
    assert results.undo_button.isEnabled()
    results.undo_button.click()
    qtbot.waitUntil(lambda: results.last_job is not None and results.last_job.done, timeout=10_000)
    assert sendings(database, 2024) == [] and results.model.index(0, 2).data() == "–"
    assert not results.undo_button.isEnabled() and "dibatalkan" in results.notes.text()
    board = {(s.unit_code, s.group): s for s in submission_statuses(database, 2024)}
    assert board[("DINKES", "internal")].sent_at is None
    dialog.close()


def test_a_folder_already_there_is_named_and_nothing_written(qtbot, main_window, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                             answered_prompts) -> None:
    dialog = open_kit(qtbot, main_window)
    taken = tmp_path / "kirim" / "DINKES - Dinas Kesehatan"
    taken.mkdir(parents=True)
    answered_prompts.folder_answer = str(tmp_path / "kirim")
    dialog.folder_button.click()
    assert dialog.folder.text() == str(tmp_path / "kirim")
    job = dialog.write()
    assert job is not None
    qtbot.waitUntil(lambda: bool(answered_prompts.errors), timeout=30_000)
    assert "DINKES - Dinas Kesehatan" in answered_prompts.errors[-1][1]
    assert sorted(path.name for path in (tmp_path / "kirim").iterdir()) == ["DINKES - Dinas Kesehatan"]
    assert dialog.results.model.rowCount() == 0
    dialog.close()
