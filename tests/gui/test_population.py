"""Populasi as a user drives it: the import wizard end to end, the paged table, undo, Cancel."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from spi_desktop.db.session import Database
from spi_desktop.services.population import import_population, population_summary
from tests.support.population_files import internal_xlsx


def wait_done(qtbot, job) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: job.done, timeout=30_000)


@pytest.fixture(autouse=True)
def survey_year_2024(main_window) -> None:  # type: ignore[no-untyped-def]
    """The builders' expected counts are for 2024; choose it in the toolbar as a user would."""
    main_window.year_box.setCurrentIndex(main_window.year_box.findData(2024))


def test_import_wizard_end_to_end(qtbot, main_window, demo_database: Database, tmp_path: Path,  # type: ignore[no-untyped-def]
                                  answered_prompts) -> None:
    path, expected = internal_xlsx(tmp_path)
    page = main_window.population
    main_window.show_area(2)
    wizard = page.open_wizard()
    wait_done(qtbot, wizard.file_page.set_file(path))
    assert wizard.file_page.isComplete(), wizard.file_page.status.text()
    assert "Nama Pegawai" in wizard.file_page.status.text()
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    assert wizard.mapping_page.combos["name"].currentData() == "Nama Pegawai"
    assert wizard.mapping_page.combos["unit"].currentData() == "Perangkat Daerah"
    wizard.next()
    preview = wizard.preview_page
    qtbot.waitUntil(preview.isComplete, timeout=30_000)
    assert preview.done is not None and preview.done.batch is None
    assert {k: getattr(preview.done, k) for k in expected} == expected
    assert preview.problems.rowCount() > 0
    kinds = {preview.problems.row_at(i).kind for i in range(preview.problems.rowCount())}
    assert {"ditolak", "duplikat", "peringatan"} <= kinds
    assert population_summary(demo_database, 2024)["counts"]["internal"] == 0, "a preview writes nothing"
    wizard.resize(1000, 680)
    wizard.grab().save(str(tmp_path / "pratinjau.png"))
    wizard.next()
    qtbot.waitUntil(wizard.import_page.isComplete, timeout=30_000)
    assert wizard.choices.imported is not None and wizard.choices.imported.batch is not None
    assert population_summary(demo_database, 2024)["counts"]["internal"] == expected["imported"]
    assert "tersimpan" in wizard.import_page.summary.text()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    wait_done(qtbot, page.last_job)
    assert page.total == expected["imported"]


def test_wizard_refuses_a_file_without_a_name_column(qtbot, main_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "tanpa_nama.csv"
    path.write_text("NIP;No HP\n197001011990031001;081234567890\n", encoding="utf-8")
    wizard = main_window.population.open_wizard()
    wait_done(qtbot, wizard.file_page.set_file(path))
    assert not wizard.file_page.isComplete()
    assert "kolom 'Nama' tidak ditemukan" in wizard.file_page.status.text()
    assert "tanpa_nama.csv" in wizard.file_page.status.text()


def test_cancelling_the_import_step_stores_nothing(qtbot, main_window, demo_database: Database,  # type: ignore[no-untyped-def]
                                                   tmp_path: Path) -> None:
    path = tmp_path / "besar.csv"
    lines = ["Nama;Perangkat Daerah;No. HP"] + [f"Pegawai {i};DINKES;08{i % 7 + 1}1{i:08d}" for i in range(120_000)]
    path.write_text("\n".join(lines), encoding="utf-8")
    wizard = main_window.population.open_wizard()
    wait_done(qtbot, wizard.file_page.set_file(path))
    wizard.next()
    wizard.next()
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=60_000)
    wizard.next()
    page = wizard.import_page
    qtbot.waitUntil(lambda: page.progress.maximum() > 0 and page.progress.value() > 0, timeout=60_000)
    page.cancel_button.click()
    qtbot.waitUntil(lambda: page.job is not None and page.job.done, timeout=60_000)
    assert "Dihentikan" in page.summary.text()
    assert population_summary(demo_database, 2024)["counts"]["internal"] == 0


def test_table_pages_sorts_searches_and_masks_in_the_database(qtbot, main_window, demo_database: Database,  # type: ignore[no-untyped-def]
                                                              tmp_path: Path) -> None:
    path = tmp_path / "daftar.csv"
    lines = ["Nama;Perangkat Daerah;No. HP"] + [f"Pegawai {i:04d};DINKES;0812{i:08d}" for i in range(450)]
    path.write_text("\n".join(lines), encoding="utf-8")
    import_population(demo_database, path, 2024, "internal")
    page = main_window.population
    wait_done(qtbot, page.go(0))
    assert page.total == 450 and page.model.rowCount() == 200
    assert page.position.text() == "1–200 dari 450 baris"
    assert page.model.row_at(0).phone == "0812****0000", "phones are masked unless revealed"
    wait_done(qtbot, page.go(400))
    assert page.model.rowCount() == 50 and not page.next_button.isEnabled()
    page.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)
    wait_done(qtbot, page.last_job)
    assert page.model.row_at(0).name == "Pegawai 0449"
    page.search.setText("Pegawai 0123")
    qtbot.waitUntil(lambda: page.total == 1, timeout=5_000)
    page.reveal.setChecked(True)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.model.row_at(0).phone.startswith("+62"), timeout=5_000)


def test_undo_from_the_history_restores_the_earlier_counts(qtbot, main_window, demo_database: Database,  # type: ignore[no-untyped-def]
                                                           tmp_path: Path, answered_prompts) -> None:
    path = tmp_path / "a.csv"
    path.write_text("Nama;Perangkat Daerah;No. HP\nSri;DINKES;081234567890\nBudi;RSUD;081298765432\n",
                    encoding="utf-8")
    import_population(demo_database, path, 2024, "internal")
    second = tmp_path / "b.csv"
    second.write_text("Nama;Perangkat Daerah;No. HP\nAni;DINKES;081311112222\n", encoding="utf-8")
    import_population(demo_database, second, 2024, "internal")
    dialog = main_window.population.open_history()
    wait_done(qtbot, dialog.rows_job)  # the list is read in the background
    assert dialog.model.rowCount() == 2
    dialog.table.selectRow(0)  # newest first: b.csv
    dialog.undo_selected()
    wait_done(qtbot, dialog.last_job)
    assert population_summary(demo_database, 2024)["counts"]["internal"] == 2
    assert answered_prompts.infos[-1][1] == "1 baris dihapus."
    wait_done(qtbot, dialog.rows_job)
    assert dialog.model.row_at(0).undone


def big_list(tmp_path: Path, rows: int = 120_000) -> Path:
    path = tmp_path / "besar.csv"
    path.write_text("\n".join(["Nama;Perangkat Daerah;No. HP;Email"] + [
        f"Pegawai {i};DINKES;08{i % 7 + 1}1{i:08d};p{i}@contoh.go.id" for i in range(rows)]), encoding="utf-8")
    return path


def test_closing_the_wizard_during_the_import_stores_nothing(qtbot, main_window, demo_database: Database,  # type: ignore[no-untyped-def]
                                                             tmp_path: Path) -> None:
    wizard = main_window.population.open_wizard()
    wait_done(qtbot, wizard.file_page.set_file(big_list(tmp_path)))
    wizard.next()
    wizard.next()
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=60_000)
    assert wizard.button(QWizard.WizardButton.CommitButton).text() == "Impor"
    wizard.next()
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled(), "no way back into a second import"
    page = wizard.import_page
    qtbot.waitUntil(lambda: page.progress.value() > 0, timeout=60_000)
    wizard.reject()
    qtbot.waitUntil(lambda: page.job.done, timeout=60_000)
    assert population_summary(demo_database, 2024)["counts"]["internal"] == 0


def test_one_file_column_cannot_fill_two_fields(qtbot, main_window, tmp_path: Path, answered_prompts) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "kontak.csv"
    path.write_text("Nama;Perangkat Daerah;Kontak\nSri;DINKES;081234567890\n", encoding="utf-8")
    wizard = main_window.population.open_wizard()
    wizard.file_page.group.setCurrentIndex(0)  # changing the group before a file is chosen is harmless
    wait_done(qtbot, wizard.file_page.set_file(path))
    wizard.next()
    mapping = wizard.mapping_page
    for field in ("phone", "email"):
        mapping.combos[field].setCurrentIndex(mapping.combos[field].findData("Kontak"))
    wizard.next()
    assert wizard.currentPage() is mapping
    assert "Kontak" in answered_prompts.errors[-1][1]


def _workbook_as_offices_send_it(path: Path) -> Path:
    """Last year's list on a hidden first sheet, a visible instructions sheet, then this year's list with a
    second phone column ('HP 2', before the main one) that is not read, and a remarks column."""
    from openpyxl import Workbook

    workbook = Workbook()
    last_year = workbook.active
    last_year.title = "2023"
    last_year.sheet_state = "hidden"
    last_year.append(["Nama", "No. HP", "Perangkat Daerah"])
    last_year.append(["Pegawai Lama", "081200000001", "DINKES"])
    guide = workbook.create_sheet("Petunjuk")
    for line in (["Petunjuk pengisian"], ["Kolom", "Isi"], ["Nama", "nama lengkap dengan gelar"],
                 ["Kontak", "nomor WhatsApp aktif"]):
        guide.append(line)
    data = workbook.create_sheet("Daftar 2024")
    data.append(["Nama", "HP 2", "No. HP (WhatsApp)", "Perangkat Daerah", "Keterangan"])
    for number in range(1, 6):
        data.append([f"Pegawai {number}", f"0813-1111-22{number:02d}", f"0812-3456-78{number:02d}", "DINKES",
                     "honorer" if number == 3 else ""])
    workbook.save(path)
    return path


def test_wizard_reads_the_visible_list_and_names_every_column_it_leaves(  # type: ignore[no-untyped-def]
        qtbot, main_window, demo_database: Database, tmp_path: Path, answered_prompts) -> None:
    path = _workbook_as_offices_send_it(tmp_path / "daftar_dinkes.xlsx")
    main_window.show_area(2)
    wizard = main_window.population.open_wizard()
    wait_done(qtbot, wizard.file_page.set_file(path))
    file_page = wizard.file_page
    assert file_page.isComplete(), file_page.status.text()
    assert file_page.sheet.currentData() == "Daftar 2024"
    shown = [file_page.sheet.itemText(i) for i in range(file_page.sheet.count())]
    assert any("2023" in text and "tersembunyi" in text for text in shown)
    assert any("Petunjuk" in text and "bukan daftar" in text for text in shown)
    assert "tersembunyi" in file_page.notes.text() and "2023" in file_page.notes.text()
    wizard.next()
    mapping = wizard.mapping_page
    assert mapping.combos["phone"].currentData() == "No. HP (WhatsApp)"
    unused = mapping.unused.text()
    assert "HP 2" in unused and "mirip No. HP" in unused and "Keterangan" in unused
    mapping.combos["phone"].setCurrentIndex(mapping.combos["phone"].findData("HP 2"))
    assert "No. HP (WhatsApp)" in mapping.unused.text() and "B — HP 2" not in mapping.unused.text()
    mapping.combos["phone"].setCurrentIndex(mapping.combos["phone"].findData("No. HP (WhatsApp)"))
    wizard.resize(1000, 680)
    wizard.grab().save(str(tmp_path / "kolom.png"))
    wizard.next()
    preview = wizard.preview_page
    qtbot.waitUntil(preview.isComplete, timeout=30_000)
    assert preview.done is not None
    assert (preview.done.sheet, preview.done.read, preview.done.imported) == ("Daftar 2024", 5, 5)
    assert {column.header for column in preview.done.unmapped} == {"HP 2", "Keterangan"}
    assert "HP 2" in preview.notes.text()
    wizard.grab().save(str(tmp_path / "pratinjau.png"))
    wizard.next()
    qtbot.waitUntil(wizard.import_page.isComplete, timeout=30_000)
    assert population_summary(demo_database, 2024)["counts"]["internal"] == 5


def test_wizard_imports_every_sheet_of_a_workbook_with_one_sheet_per_opd(  # type: ignore[no-untyped-def]
        qtbot, main_window, demo_database: Database, tmp_path: Path, answered_prompts) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    for number, code in enumerate(("DINKES", "DISDIK")):
        sheet = workbook.active if number == 0 else workbook.create_sheet()
        sheet.title = code
        sheet.append(["Nama", "No. HP"])
        for person in range(1, 4):
            sheet.append([f"{code} Pegawai {person}", f"0812-{number}{person:03d}-7890"])
    path = tmp_path / "per_opd.xlsx"
    workbook.save(path)
    main_window.show_area(2)
    wizard = main_window.population.open_wizard()
    wait_done(qtbot, wizard.file_page.set_file(path))
    assert wizard.file_page.every_sheet.isEnabled()
    wizard.file_page.every_sheet.setChecked(True)
    wizard.next()
    wizard.next()
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=30_000)
    preview = wizard.preview_page.done
    assert preview is not None and [p.sheet for p in preview.parts] == ["DINKES", "DISDIK"] and preview.read == 6
    assert "Dari 2 lembar" in wizard.preview_page.summary.text()
    wizard.next()
    qtbot.waitUntil(wizard.import_page.isComplete, timeout=30_000)
    assert wizard.choices.imported is not None and len(wizard.choices.imported.batches) == 2
    assert population_summary(demo_database, 2024)["counts"]["internal"] == 6
