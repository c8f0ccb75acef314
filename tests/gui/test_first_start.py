"""The first-start assistant as a user drives it: from an empty workspace to an imported OPD list; the empty
lists' guidance; a new year only with its dates; an empty date picker at today's month."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QApplication, QWizard

from spi_desktop.db.session import Database
from spi_desktop.services.units import list_units
from spi_desktop.services.workspace import get_workspace
from spi_desktop.services.years import get_year, list_years
from spi_desktop.views.fields import OptionalDateEdit
from spi_desktop.views.setup.first_start_wizard import FirstStartWizard
from tests.conftest import AnsweredPrompts, open_window
from tests.support.opd_files import OPD_CODES, write_opd_list
from tests.support.stored import wait_stored
from tests.support.ui_walk import settle


def _assistant(qtbot, window) -> FirstStartWizard:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.assistant is not None and window.assistant.isVisible(), timeout=10_000)
    wizard = window.assistant
    assert isinstance(wizard, FirstStartWizard)
    return wizard


def _next(qtbot, wizard: FirstStartWizard) -> None:  # type: ignore[no-untyped-def]
    """Click Lanjut and wait until what the step stores (in the background) has answered."""
    qtbot.mouseClick(wizard.button(wizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    settle(qtbot)


def test_the_assistant_takes_an_empty_workspace_to_an_imported_opd_list(  # type: ignore[no-untyped-def]
        qtbot, shell, database: Database, answered_prompts: AnsweredPrompts, tmp_path: Path) -> None:
    window = open_window(qtbot, shell, database)
    window.open_assistant(only_if_needed=True)  # what the first start does once the window shows
    wizard = _assistant(qtbot, window)
    this_year = dt.date.today().year

    step = wizard.institution
    assert step.type.currentData() == "kabupaten", "a Pemda kind by default, never Kementerian"
    assert [step.type.itemData(i) for i in range(3)] == ["provinsi", "kabupaten", "kota"]
    _next(qtbot, wizard)
    assert wizard.currentPage() is step and "Kode instansi wajib diisi" in step.message.text()
    qtbot.keyClicks(step.name, "Pemerintah Kabupaten Contoh")
    qtbot.keyClicks(step.code, "kab-contoh")
    _next(qtbot, wizard)

    year = wizard.year
    assert wizard.currentPage() is year and year.year.value() == this_year
    suggested = year.window_start.value()
    assert suggested is not None and suggested.year == this_year, "the previous year's dates, moved to this year"
    year.window_end.set_value(None)
    _next(qtbot, wizard)
    assert wizard.currentPage() is year and "Masa survei selesai wajib diisi" in year.message.text()
    year.window_start.set_value(dt.date(this_year, 7, 15))
    year.window_end.set_value(dt.date(this_year, 10, 31))
    year.population_deadline.set_value(dt.date(this_year, 6, 20))
    _next(qtbot, wizard)

    units = wizard.units
    assert wizard.currentPage() is units
    answered_prompts.open_file_answer = str(write_opd_list(tmp_path))
    qtbot.mouseClick(units.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: units.import_button.isEnabled(), timeout=10_000)
    assert units.model.rowCount() == 5
    assert "5 baru" in units.summary.text() and "1 baris ditolak" in units.summary.text()
    assert list_units(database) == [], "the preview stores nothing"
    qtbot.mouseClick(units.import_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(units.last_job.finished, timeout=10_000):
        pass
    assert "5 OPD baru" in units.message.text()
    _next(qtbot, wizard)

    last = wizard.next_steps
    assert wizard.currentPage() is last
    assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible(), "all is saved: nothing to cancel"
    assert "Pemerintah Kabupaten Contoh" in last.done.text() and "5 OPD baru" in last.done.text()
    qtbot.mouseClick(last.buttons["population"], Qt.MouseButton.LeftButton)
    assert not wizard.isVisible() and window.pages.currentIndex() == 2, "Populasi is shown"

    info = get_workspace(database)
    assert info is not None and (info.code, info.name, info.type) == ("KAB-CONTOH", "Pemerintah Kabupaten Contoh",
                                                                      "kabupaten")
    stored = get_year(database, this_year)
    assert (stored.window_start, stored.window_end, stored.population_deadline) == (
        dt.date(this_year, 7, 15), dt.date(this_year, 10, 31), dt.date(this_year, 6, 20))
    opd = list_units(database, year=this_year)
    assert sorted(u.code for u in opd) == OPD_CODES and all(u.active for u in opd)
    assert window.context.year == this_year
    qtbot.waitUntil(lambda: window.year_box.currentData() == this_year, timeout=5_000)
    # Pengaturan shows what the assistant saved, not the empty forms it read before
    settings = window.settings
    qtbot.waitUntil(lambda: settings.workspace.name.text() == "Pemerintah Kabupaten Contoh", timeout=10_000)
    assert settings.workspace.code.text() == "KAB-CONTOH"
    qtbot.waitUntil(lambda: settings.years.year_box.findData(this_year) >= 0, timeout=10_000)
    window.close()


def test_empty_lists_say_what_to_do(qtbot, shell, database: Database,  # type: ignore[no-untyped-def]
                                    answered_prompts: AnsweredPrompts, tmp_path: Path) -> None:
    window = open_window(qtbot, shell, database)
    home = window.home
    qtbot.waitUntil(lambda: home.body.is_empty(), timeout=10_000)
    assert "masih kosong" in home.empty.message.text()
    units = window.units
    qtbot.waitUntil(lambda: units.listing.is_empty(), timeout=10_000)
    assert "Belum ada OPD" in units.empty.message.text()
    population = window.population
    qtbot.waitUntil(lambda: population.rows.is_empty(), timeout=10_000)
    assert "Belum ada OPD dan belum ada daftar populasi" in population.empty.message.text()
    answered_prompts.open_file_answer = str(write_opd_list(tmp_path))
    qtbot.mouseClick(units.empty_import, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(units.last_job.finished, timeout=10_000):
        pass
    qtbot.waitUntil(lambda: units.model.rowCount() == 5, timeout=10_000)  # read again in the background
    assert not units.listing.is_empty()
    qtbot.mouseClick(home.empty_units, Qt.MouseButton.LeftButton)
    assert window.pages.currentIndex() == 1
    window.close()


def test_the_assistant_is_not_offered_on_a_workspace_in_use(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    job = main_window.open_assistant(only_if_needed=True)
    qtbot.waitUntil(lambda: job.done, timeout=10_000)
    QApplication.processEvents()
    assert main_window.assistant is None
    assert not main_window.home.body.is_empty()


def test_a_new_year_is_added_only_with_its_dates(qtbot, main_window,  # type: ignore[no-untyped-def]
                                                 demo_database: Database) -> None:
    editor = main_window.settings.years
    dialog = editor.ask_new_year()
    this_year = dt.date.today().year
    assert dialog.year.value() == this_year
    assert not dialog.save_button.isEnabled(), "until its dates are read, nothing can be added"
    settle(qtbot)
    dialog.window_start.set_value(None)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_stored(qtbot, dialog)
    assert dialog.isVisible() and "Masa survei mulai wajib diisi" in dialog.message.text()
    assert this_year not in list_years(demo_database)
    dialog.window_start.set_value(dt.date(this_year, 8, 1))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_stored(qtbot, dialog)
    assert not dialog.isVisible() and get_year(demo_database, this_year).window_start == dt.date(this_year, 8, 1)
    settle(qtbot)  # the year list is read again in the background
    assert editor.year_box.currentData() == this_year


def _open_calendar(qtbot, picker: OptionalDateEdit) -> None:  # type: ignore[no-untyped-def]
    """Click the picker's arrow, as a user opens its calendar."""
    qtbot.mouseClick(picker, Qt.MouseButton.LeftButton, pos=QPoint(picker.width() - 5, picker.height() // 2))
    qtbot.waitUntil(lambda: picker.calendarWidget().isVisible(), timeout=2_000)


def test_an_empty_date_picker_opens_at_todays_month(qtbot) -> None:  # type: ignore[no-untyped-def]
    picker = OptionalDateEdit()
    qtbot.addWidget(picker)
    picker.show()
    picker.set_value(None)
    _open_calendar(qtbot, picker)
    calendar = picker.calendarWidget()
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    assert picker.value() is None, "opening the calendar chooses nothing"
    calendar.window().hide()
    picker.set_value(dt.date(2024, 3, 5))
    _open_calendar(qtbot, picker)
    assert (calendar.yearShown(), calendar.monthShown()) == (2024, 3), "a set date opens at its own month"
    calendar.window().hide()


def test_the_opd_step_names_the_values_an_import_would_leave_out(  # type: ignore[no-untyped-def]
        qtbot, shell, database: Database, tmp_path: Path) -> None:
    """A wrong PIC phone or e-mail is left out of the OPD it belongs to: the preview must say so before the user
    imports, not keep it quiet (it listed only the refused rows)."""
    window = open_window(qtbot, shell, database)
    window.open_assistant(only_if_needed=True)
    units = _assistant(qtbot, window).units
    path = tmp_path / "opd.csv"
    path.write_text("Kode;Nama OPD;PIC;No HP PIC;Email PIC;Gedung\n"
                    "DINKES;Dinas Kesehatan;Andi;0812-3456-7890;andi@contoh.go.id;A\n"
                    "DISDIK;Dinas Pendidikan;Sari;08123;sari@;B\n", encoding="utf-8")
    with qtbot.waitSignal(units.preview_file(path).finished, timeout=10_000):
        pass
    text = units.summary.text()
    assert "2 baru" in text and "Diimpor tanpa nilai yang salah:" in text
    assert text.count("baris 3") == 2, "the phone and the e-mail of DISDIK's row, each named"
    assert "Kolom yang tidak dibaca: F (Gedung)" in text
    window.close()
