"""Pemantauan driven with qtbot: import with mapping, same-date question, typed counts, targets, chasing."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QGuiApplication

from spi_desktop.db.session import Database
from spi_desktop.services.preferences import get_templates, get_thresholds
from spi_desktop.services.progress import progress_matrix
from spi_desktop.services.progress_history import list_snapshots
from spi_desktop.services.progress_targets import target_rows
from spi_desktop.views.context import AppContext
from spi_desktop.views.home.history_dialog import HistoryDialog
from spi_desktop.views.monitoring.chasing_tab import ChasingTab
from spi_desktop.views.monitoring.progress_entry_dialog import ProgressEntryDialog
from spi_desktop.views.monitoring.progress_import_dialog import ProgressImportDialog
from spi_desktop.views.monitoring.targets_tab import TargetsTab
from tests.conftest import AnsweredPrompts

WAIT = 20_000
SHOTS = Path(os.environ["SPI_SHOTS"]) if os.environ.get("SPI_SHOTS") else None  # screenshots, when asked for
IN_WINDOW = dt.date(2025, 10, 20)  # the demo's 2025 window runs from 1 August to 31 October


def wait(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: widget.last_job is not None and widget.last_job.done, timeout=WAIT)


def test_vendor_file_is_mapped_checked_and_same_date_asks(qtbot, demo_database: Database, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                          answered_prompts: AnsweredPrompts) -> None:
    vendor = tmp_path / "vendor.csv"
    vendor.write_text("Satker;Jumlah Link;Submit Lengkap\nDINKES;200;61\nDISDIK;150;x\n", encoding="utf-8")
    dialog = ProgressImportDialog(AppContext(demo_database, 2024))
    qtbot.addWidget(dialog)
    dialog.date.setDate(QDate(2024, 8, 1))
    dialog.set_file(vendor)
    wait(qtbot, dialog)
    assert "Kode" in dialog.status.text(), "the dialog says which required column to choose"
    assert dialog.store() is None, "nothing runs before the mapping is complete"
    dialog.combos["unit"].setCurrentIndex(dialog.combos["unit"].findData("Satker"))
    dialog.combos["completed"].setCurrentIndex(dialog.combos["completed"].findData("Submit Lengkap"))
    dialog.combos["invited"].setCurrentIndex(dialog.combos["invited"].findData("Jumlah Link"))
    assert dialog.store() is None and "kelompok" in dialog.status.text().lower(), "a file without groups asks"
    dialog.group.setCurrentIndex(dialog.group.findData("internal"))
    dialog.check()
    wait(qtbot, dialog)
    assert "1 ditolak" in dialog.status.text() and "'x' bukan bilangan bulat" in dialog.report.toPlainText()
    assert list_snapshots(demo_database, 2024) == [], "checking stores nothing"
    dialog.store()
    wait(qtbot, dialog)
    assert dialog.stored_result is not None and dialog.stored_result.imported == 1
    answered_prompts.choice_answer = None  # the user cancels the same-date question
    dialog.store()
    wait(qtbot, dialog)
    assert "1 Agustus 2024" in answered_prompts.choices[-1]
    assert len(list_snapshots(demo_database, 2024)) == 1, "cancelling changes nothing"
    answered_prompts.choice_answer = "keep"
    dialog.store()
    wait(qtbot, dialog)
    assert len(list_snapshots(demo_database, 2024)) == 2


def test_typed_counts_start_from_what_was_known_then_and_store_only_changes(  # type: ignore[no-untyped-def]
        qtbot, demo_database: Database, answered_prompts: AnsweredPrompts) -> None:
    dialog = ProgressEntryDialog(AppContext(demo_database, 2025))
    qtbot.addWidget(dialog)
    dialog.date.setDate(QDate(2025, 10, 30))
    dialog.group.setCurrentIndex(dialog.group.findData("external"))
    wait(qtbot, dialog)
    latest = {r.code: r.completed for r in progress_matrix(demo_database, 2025)[1] if r.group == "external"}
    first_code = dialog.table.item(0, 0).text()
    assert dialog.table.item(0, 4).text() == str(latest[first_code]), "prefilled with the counts known then"
    assert dialog.store() is None and "diubah" in dialog.status.text(), "nothing changed, nothing to store"
    dialog.table.item(0, 4).setText(str(latest[first_code] + 5))
    dialog.table.item(1, 4).setText("lima")
    assert dialog.store() is None and "lima" in dialog.status.text() and "Baris 2" in dialog.status.text()
    dialog.table.item(1, 4).setText(str(latest[dialog.table.item(1, 0).text()]))
    dialog.store()
    wait(qtbot, dialog)
    after = {r.code: r.completed for r in progress_matrix(demo_database, 2025)[1] if r.group == "external"}
    assert after[first_code] == latest[first_code] + 5
    newest = list_snapshots(demo_database, 2025)[0]
    assert newest.date == dt.date(2025, 10, 30) and newest.rows == 1, "only the changed line is a new observation"
    dialog.date.setDate(QDate(2025, 8, 10))
    wait(qtbot, dialog)
    assert int(dialog.table.item(0, 4).text()) < latest[first_code], "an earlier date starts from earlier counts"


def test_target_grid_edits_are_pending_until_saved(qtbot, demo_database: Database,  # type: ignore[no-untyped-def]
                                                   answered_prompts: AnsweredPrompts) -> None:
    tab = TargetsTab(AppContext(demo_database, 2024))
    qtbot.addWidget(tab)
    wait(qtbot, tab)
    model = tab.model
    assert model.rowCount() == 81 and not tab.save_button.isEnabled()
    assert model.data(model.index(80, 1)) == "Instansi (eksper)"
    assert model.setData(model.index(0, 5), "abc") is False, "a non-number never enters a cell"
    model.setData(model.index(0, 5), "75")
    model.setData(model.index(0, 6), "60")  # population sent below the target: refused on save
    assert tab.save_button.isEnabled() and model.data(model.index(0, 8)) == "diubah, belum disimpan"
    assert tab.save() is not None
    wait(qtbot, tab)
    assert "lebih besar dari populasi" in answered_prompts.errors[-1][1]
    assert tab.save_button.isEnabled() and tab.table.isEnabled(), "a refused save leaves the grid to correct"
    assert not any(r.stored for r in target_rows(demo_database, 2024)), "nothing stored"
    model.setData(model.index(0, 6), "300")
    assert tab.save()
    wait(qtbot, tab)
    stored = [r for r in target_rows(demo_database, 2024) if r.stored]
    assert [(r.sample_target, r.population_sent) for r in stored] == [(75, 300)]
    tab.search.setText(stored[0].code)
    assert sum(not tab.table.isRowHidden(r) for r in range(model.rowCount())) == 2
    model.setData(model.index(2, 5), "40")
    answered_prompts.confirm_answer = True
    tab.context.set_year(2025)  # switching year with an unsaved edit asks, and "yes" saves it for 2024
    wait(qtbot, tab)
    assert len([r for r in target_rows(demo_database, 2024) if r.stored]) == 2 and not model.has_changes()


def test_chasing_lists_lagging_opd_copies_reminders_and_exports(qtbot, demo_database: Database, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                answered_prompts: AnsweredPrompts) -> None:
    tab = ChasingTab(AppContext(demo_database, 2025), today=IN_WINDOW)
    qtbot.addWidget(tab)
    wait(qtbot, tab)
    assert tab.lagging.rowCount() > 0 and tab.lagging.row_at(0).rank == 1
    tab.group.setCurrentIndex(tab.group.findData("external"))
    reminder = tab.selected_reminder()
    assert reminder is not None and reminder.name in tab.preview.toPlainText()
    tab.copy_text()
    assert QGuiApplication.clipboard().text() == reminder.text
    assert tab.whatsapp_button.isEnabled()
    tab.template.setPlainText("Mohon beri nilai baik untuk {opd}")
    answered_prompts.confirm_answer = False
    assert tab.save_template() is None, "a steering text is questioned and not saved"
    assert get_templates(demo_database)["external"].startswith("Yth. {pic}")
    answered_prompts.save_file_answer = str(tmp_path / "rapat-sekda")
    answered_prompts.text_answer = None  # the reason is asked for; cancelling it writes nothing
    tab.choose_export(".pdf")
    assert not (tmp_path / "rapat-sekda.pdf").exists()
    assert "tanpa nama atau No. HP PIC" in answered_prompts.texts[-1], "the PDF page holds no PIC contacts"
    answered_prompts.text_answer = "Bahan rapat Sekda"
    tab.choose_export(".pdf")
    wait(qtbot, tab)
    assert (tmp_path / "rapat-sekda.pdf").read_bytes().startswith(b"%PDF")
    from spi_desktop.services.audit import audit_lines

    exported = next(line for line in audit_lines(demo_database)[0] if line.action == "export")
    assert exported.details["reason"] == "Bahan rapat Sekda"


def test_settings_thresholds_recolour_the_matrix(qtbot, main_window, answered_prompts: AnsweredPrompts) -> None:  # type: ignore[no-untyped-def]
    form = main_window.settings.thresholds
    qtbot.waitUntil(lambda: form.last_job.done, timeout=WAIT)  # the stored thresholds are read in the background
    form.red.setValue(80)
    form.green.setValue(70)
    form.save()
    wait(qtbot, form)
    assert answered_prompts.errors, "red must stay below green"
    form.green.setValue(95)
    form.save()
    assert not form.isEnabled(), "no second click while the first is stored"
    wait(qtbot, form)
    assert form.isEnabled()
    assert get_thresholds(main_window.context.database).green_from == 0.95
    panel = main_window.home.progress
    qtbot.waitUntil(lambda: panel.last_job.done, timeout=WAIT)
    rows = panel.model.rows()
    assert all(r.light == "hijau" for r in rows if r.attainment is not None and r.attainment >= 0.95)


def test_home_row_opens_the_opd_history(qtbot, main_window, answered_prompts: AnsweredPrompts) -> None:  # type: ignore[no-untyped-def]
    panel = main_window.home.progress
    qtbot.waitUntil(lambda: panel.last_job.done and panel.model.rowCount() > 0, timeout=WAIT)
    assert panel.model.columnCount() == 9 and panel.model.row_at(0).list_status is not None
    cell = panel.table.visualRect(panel.model.index(0, 1)).center()
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    dialogs = panel.findChildren(HistoryDialog)
    assert len(dialogs) == 1, "a double click opens the OPD's history once"
    dialog = dialogs[0]
    qtbot.waitUntil(lambda: dialog.last_job.done, timeout=WAIT)
    assert dialog.model.rowCount() == 2 * 90, "one line per snapshot date and group (internal, external)"
    assert dialog.model.row_at(0).point.date == dt.date(2025, 10, 29), "newest first"


def chasing_tab(qtbot, database: Database, today: dt.date = IN_WINDOW) -> ChasingTab:  # type: ignore[no-untyped-def]
    tab = ChasingTab(AppContext(database, 2025), today=today)
    qtbot.addWidget(tab)
    wait(qtbot, tab)
    return tab


def test_choosing_a_lagging_opd_shows_its_reminder_and_pic(qtbot, demo_database: Database) -> None:  # type: ignore[no-untyped-def]
    tab = chasing_tab(qtbot, demo_database)
    for number in (3, tab.lagging.rowCount() - 1, 0):
        row = tab.lagging.row_at(number)
        tab.lagging_table.selectRow(number)
        reminder = tab.selected_reminder()
        assert reminder is not None and reminder.code == row.code
        assert row.name in tab.preview.toPlainText() and tab.preview.toPlainText() == reminder.text
        assert row.pic_name and row.pic_name in tab.recipient.text()
        assert row.groups[tab.group.currentData()].gap > 0, "shown in a group the OPD is short in"
    tab.group.setCurrentIndex(tab.group.findData("internal"))
    short_internal = {reminder.code for reminder in tab.reminder_list.rows()}
    number = next(n for n in range(tab.lagging.rowCount()) if tab.lagging.row_at(n).code not in short_internal)
    tab.lagging_table.selectRow(number + 1)
    tab.lagging_table.selectRow(number)  # on target for employees: its service users' reminder is shown
    assert tab.group.currentData() == "external" and tab.selected_reminder().code == tab.lagging.row_at(number).code
    tab.refresh()
    wait(qtbot, tab)
    assert tab.selected_reminder().code == tab.lagging.row_at(number).code, "a reload keeps the chosen OPD"


def test_copy_confirms_and_a_missing_browser_offers_the_number(qtbot, demo_database: Database,  # type: ignore[no-untyped-def]
                                                              answered_prompts: AnsweredPrompts, monkeypatch) -> None:
    from PySide6.QtGui import QDesktopServices

    tab = chasing_tab(qtbot, demo_database)
    tab.copy_button.click()
    assert tab.status.text().startswith("Teks disalin")
    qtbot.waitUntil(lambda: tab.status.text() == "", timeout=10_000)  # gone after a few seconds
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: False)  # no browser set on this PC
    reminder = tab.selected_reminder()
    answered_prompts.choice_answer = "number"
    tab.whatsapp_button.click()
    wait(qtbot, tab)
    assert "peramban" in answered_prompts.choices[-1]
    assert QGuiApplication.clipboard().text() == reminder.whatsapp_number and tab.status.text() == "Nomor PIC disalin"
    answered_prompts.choice_answer = "link"
    tab.open_whatsapp()
    wait(qtbot, tab)
    assert QGuiApplication.clipboard().text() == reminder.link


def test_after_the_window_no_reminder_is_offered_and_the_note_says_why(qtbot, demo_database: Database) -> None:  # type: ignore[no-untyped-def]
    tab = chasing_tab(qtbot, demo_database, today=dt.date(2025, 11, 3))
    assert tab.lagging.rowCount() > 0 and tab.reminder_list.rowCount() == 0
    assert tab.reminder_note.isVisibleTo(tab) and "sudah ditutup" in tab.reminder_note.text()
    assert not tab.copy_button.isEnabled() and not tab.whatsapp_button.isEnabled()


def test_the_pic_list_shows_several_rows_at_1366_by_768(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    from spi_desktop.views.monitoring.chasing_tab import REMINDER_ROWS
    from spi_desktop.views.shell import areas

    main_window.resize(1366, 768)
    main_window.show_area(areas.MONITORING)
    page = main_window.pages.page(areas.MONITORING)
    tab = page.chasing
    tab.today = IN_WINDOW
    page.tabs.setCurrentWidget(tab)
    tab.refresh()
    wait(qtbot, tab)
    qtbot.waitUntil(tab.isVisible, timeout=WAIT)
    table = tab.reminder_table
    main_window.grab().save(str(SHOTS / "chasing-1366x768.png")) if SHOTS else None
    rows_seen = table.viewport().height() / table.verticalHeader().defaultSectionSize()
    assert rows_seen >= REMINDER_ROWS - 1, "several PIC rows, not a two-row sliver"
    assert main_window.height() <= 768
