"""Instansi & OPD as a user drives it: add, edit, refuse a bad NIP, deactivate, import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from spi_desktop.db.session import Database
from spi_desktop.services.units import get_unit, list_units
from spi_desktop.views.units.unit_dialog import UnitDialog
from tests.support.stored import wait_stored
from tests.support.ui_walk import settle


def type_into(qtbot, dialog: UnitDialog, **values: str) -> None:  # type: ignore[no-untyped-def]
    for key, text in values.items():
        dialog.fields[key].clear()
        qtbot.keyClicks(dialog.fields[key], text)


def test_add_an_opd_through_the_dialog(qtbot, main_window, demo_database: Database) -> None:  # type: ignore[no-untyped-def]
    page = main_window.units
    dialog = page.add_unit()
    type_into(qtbot, dialog, code="dpkp", name="Dinas Perikanan dan Kelautan", head_nip="19750812 200003 1 004",
              pic_phone="0812 7777 8888", pic_email="DPKP@sukamajukab.go.id")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_stored(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    stored = get_unit(demo_database, "DPKP").record
    assert stored.head_nip == "197508122000031004"
    assert stored.pic_phone == "+6281277778888"
    assert stored.pic_email == "dpkp@sukamajukab.go.id"
    qtbot.waitUntil(lambda: page.model.rowCount() == 41, timeout=10_000)  # the list is read again in the background
    assert "41 OPD" in page.count.text()


def test_edit_an_opd_through_the_dialog(qtbot, main_window, demo_database: Database) -> None:  # type: ignore[no-untyped-def]
    page = main_window.units
    settle(qtbot)  # the list is read in the background
    page.search.setText("DINKES")
    assert page.model.rowCount() == 1
    page.table.selectRow(0)
    dialog = page.edit_selected()
    assert dialog.fields["code"].text() == "DINKES"
    type_into(qtbot, dialog, head_name="dr. Melati Kusuma, M.Kes.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_stored(qtbot, dialog)
    assert get_unit(demo_database, "DINKES").record.head_name == "dr. Melati Kusuma, M.Kes."
    assert len(list_units(demo_database)) == 40


def test_invalid_nip_is_refused_with_a_message(qtbot, main_window, demo_database: Database) -> None:  # type: ignore[no-untyped-def]
    dialog = main_window.units.add_unit()
    type_into(qtbot, dialog, code="BARU", name="Badan Baru", head_nip="19701301 199003 1 001")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_stored(qtbot, dialog)
    assert dialog.isVisible(), "the dialog stays open so the user can fix the NIP"
    assert dialog.message.isVisible()
    assert "NIP kepala" in dialog.message.text() or "NIP Kepala" in dialog.message.text()
    assert "tanggal lahir" in dialog.message.text()
    assert all(u.code != "BARU" for u in list_units(demo_database))


def test_deactivate_for_the_chosen_year_only(qtbot, main_window, demo_database: Database) -> None:  # type: ignore[no-untyped-def]
    page = main_window.units
    settle(qtbot)
    page.search.setText("RSUD")
    page.table.selectRow(0)
    qtbot.mouseClick(page.toggle_button, Qt.MouseButton.LeftButton)
    assert not page.toggle_button.isEnabled(), "no second click while the first is stored"
    wait_stored(qtbot, page)
    year = main_window.context.year
    assert not get_unit(demo_database, "RSUD", year=year).active
    assert get_unit(demo_database, "RSUD", year=year - 1).active
    qtbot.waitUntil(lambda: page.toggle_button.text() == "Akti&fkan untuk tahun ini", timeout=10_000)
    assert page.toggle_button.text() == "Akti&fkan untuk tahun ini"


def test_import_runs_in_the_background_and_reports(qtbot, main_window, demo_database: Database,  # type: ignore[no-untyped-def]
                                                   answered_prompts, tmp_path: Path) -> None:
    path = tmp_path / "opd_baru.csv"
    path.write_text("Kode,Nama OPD\nDINKES,Dinas Kesehatan\nBRIDA,Badan Riset dan Inovasi Daerah\n"
                    "X,\n", encoding="utf-8")
    answered_prompts.open_file_answer = str(path)
    page = main_window.units
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.last_job.finished, timeout=10_000):
        pass
    title, text = answered_prompts.infos[-1]
    assert title == "Impor OPD selesai"
    assert "1 OPD baru" in text and "1 ditolak" in text and "opd_baru.csv, baris 4" in text
    qtbot.waitUntil(lambda: page.model.rowCount() == 41, timeout=10_000)


def test_import_failure_is_shown_and_changes_nothing(qtbot, main_window, demo_database: Database,  # type: ignore[no-untyped-def]
                                                     answered_prompts, tmp_path: Path) -> None:
    path = tmp_path / "salah.csv"
    path.write_text("Nama OPD\nDinas Baru\n", encoding="utf-8")
    job = main_window.units.import_file(path)
    with qtbot.waitSignal(job.finished, timeout=10_000):
        pass
    title, text = answered_prompts.errors[-1]
    assert "kolom 'Kode' tidak ditemukan" in text and "Tidak ada data yang diubah" in text
    assert len(list_units(demo_database)) == 40


def test_a_refusal_in_an_english_form_is_english(qtbot, main_window, demo_database: Database) -> None:  # type: ignore[no-untyped-def]
    """The form dialogs showed a service's refusal as it was raised, in Indonesian, in an English window."""
    from PySide6.QtWidgets import QApplication

    from spi_desktop.views.language import install_language

    install_language(QApplication.instance(), "en")  # put back by the language_restored fixture
    dialog = main_window.units.add_unit()
    type_into(qtbot, dialog, code="BARU", pic_phone="08123", pic_email="pic@")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.message.text()), timeout=10_000)  # the refusal comes from the worker
    text = dialog.message.text()
    assert dialog.isVisible() and "The OPD name is required" in text and "'08123' is not a valid" in text
    assert "belum benar" not in text and "wajib" not in text
    assert all(u.code != "BARU" for u in list_units(demo_database))
    dialog.reject()
