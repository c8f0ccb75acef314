"""Columns that matter show whole at 1366 px (issue 19, item 8) and the import preview reads at its default
size (item 4): the NIP's 18 digits, Catatan beside Nama, the reason wrapped, Selesai alone once stored."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QTableView, QWizard

from spi_desktop.db.session import Database
from spi_desktop.services.population import import_population
from spi_desktop.views.tables import CELL_PADDING
from tests.support.population_files import internal_xlsx

LONG_NOTE = "Masa kerja di instansi kurang dari 2 tahun"


@pytest.fixture(autouse=True)
def survey_year_2024(main_window) -> None:  # type: ignore[no-untyped-def]
    main_window.resize(1366, 768)
    main_window.year_box.setCurrentIndex(main_window.year_box.findData(2024))


def column_of(table: QTableView, title: str) -> int:
    model = table.model()
    return next(i for i in range(model.columnCount()) if model.headerData(i, Qt.Orientation.Horizontal,
                                                                           Qt.ItemDataRole.DisplayRole) == title)


def shows_whole(table: QTableView, column: int, text: str) -> bool:
    return table.columnWidth(column) >= QFontMetrics(table.font()).horizontalAdvance(text) + 4


def in_view(table: QTableView, column: int) -> bool:
    """The column lies wholly inside the table's viewport, without scrolling."""
    left = table.columnViewportPosition(column)
    return left >= 0 and left + table.columnWidth(column) <= table.viewport().width()


def test_the_population_list_shows_every_nip_digit_and_catatan_beside_nama(  # type: ignore[no-untyped-def]
        qtbot, main_window, demo_database: Database, tmp_path: Path) -> None:
    path, _ = internal_xlsx(tmp_path)
    import_population(demo_database, path, 2024, "internal")
    page = main_window.population
    main_window.show_area(2)
    qtbot.waitUntil(lambda: page.last_job is not None and page.last_job.done, timeout=30_000)
    page.go(0)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=30_000)
    qtbot.wait(50)
    table = page.table
    assert table.viewport().width() < 1366 - 200, "the navigation and margins take their share"
    nip, notes, name = column_of(table, "NIP"), column_of(table, "Catatan"), column_of(table, "Nama")
    nips = [row.nip for row in page.model.rows() if row.nip and len(row.nip) == 18]
    assert nips, "the file has 18-digit NIPs"
    for value in nips:
        assert shows_whole(table, nip, value), value
    assert shows_whole(table, nip, "8" * 18)
    assert in_view(table, name) and in_view(table, notes) and in_view(table, nip)
    assert notes == name + 1, "why a row is grey sits next to whose row it is"
    flagged = next(row for row in page.model.rows() if row.flagged)
    assert page.model.data(page.model.index(page.model.rows().index(flagged), notes),
                           Qt.ItemDataRole.ToolTipRole) == flagged.notes, "a cut note is whole in its tooltip"


def test_the_opd_list_keeps_the_pic_email_in_view(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    page = main_window.units
    main_window.show_area(1)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=30_000)
    qtbot.wait(50)
    table = page.table
    email = column_of(table, "Email PIC")
    assert in_view(table, email) and in_view(table, column_of(table, "HP PIC"))
    for row in page.model.rows():
        assert shows_whole(table, email, page.model.columns[email].text(row))


def test_the_preview_shows_a_long_reason_whole_and_only_selesai_after_the_import(  # type: ignore[no-untyped-def]
        qtbot, main_window, tmp_path: Path) -> None:
    path, _ = internal_xlsx(tmp_path)
    main_window.show_area(2)
    wizard = main_window.population.open_wizard()
    wizard.resize(1180, 700)  # what resize_within_screen gives on a 1366x768 laptop (the test screen is smaller)
    qtbot.waitUntil(lambda: wizard.file_page.units_job.done, timeout=10_000)  # the deadline is read in the background
    assert "Batas daftar populasi tahun 2024 sudah lewat" in wizard.file_page.late.text()
    assert "tetap diimpor" in wizard.file_page.late.text(), "a note, not a refusal"
    job = wizard.file_page.set_file(path)
    qtbot.waitUntil(lambda: job.done, timeout=30_000)
    wizard.next()
    wizard.next()
    preview = wizard.preview_page
    qtbot.waitUntil(preview.isComplete, timeout=30_000)
    qtbot.wait(50)
    table, model = preview.table, preview.problems
    reason = column_of(table, "Alasan")
    assert in_view(table, reason)
    rows = model.rows()
    longest = max(range(len(rows)), key=lambda i: len(rows[i].message))
    text = rows[longest].message
    width = table.columnWidth(reason)
    assert QFontMetrics(table.font()).horizontalAdvance(text) > width, "a reason longer than its column"
    needed = QFontMetrics(table.font()).boundingRect(QRect(0, 0, width - CELL_PADDING, 10_000),
                                                     int(Qt.TextFlag.TextWordWrap), text).height()
    assert table.rowHeight(longest) >= needed, "wrapped, its row grown to every line"
    wizard.resize(1000, 640)  # a smaller wizard: the reason narrower, its rows grown again
    qtbot.waitUntil(lambda: table.columnWidth(reason) < width, timeout=5_000)
    qtbot.wait(50)
    narrower = table.columnWidth(reason)
    needed = QFontMetrics(table.font()).boundingRect(QRect(0, 0, narrower - CELL_PADDING, 10_000),
                                                     int(Qt.TextFlag.TextWordWrap), text).height()
    assert table.rowHeight(longest) >= needed and in_view(table, reason)
    assert wizard.button(QWizard.WizardButton.CancelButton).isVisible()
    wizard.next()
    qtbot.waitUntil(wizard.import_page.isComplete, timeout=30_000)
    assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible(), "stored: Batal would undo nothing"
    assert wizard.button(QWizard.WizardButton.FinishButton).isVisible()


def test_the_official_results_give_the_name_its_width_and_keep_every_shown_column_in_view(  # type: ignore[no-untyped-def]
        qtbot, main_window) -> None:
    main_window.year_box.setCurrentIndex(main_window.year_box.findData(2025))
    main_window.show_area(4)
    tab = main_window.results.tabs.widget(0)
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=30_000)
    qtbot.wait(50)
    table, header = tab.table, tab.table.horizontalHeader()
    name, change = column_of(table, "Nama"), column_of(table, "Perubahan")
    assert table.columnWidth(name) >= 190, "was squeezed to 90 px beside the sub-index columns"
    shown = [i for i in range(header.count()) if not header.isSectionHidden(i)]
    assert all(in_view(table, i) for i in shown) and name in shown and change in shown
    for row in tab.model.rows():
        if len(row.name) <= len("Badan Pendapatan Daerah"):
            assert shows_whole(table, name, row.name), row.name
    # what stepped aside is what the detail beside the table shows, and the detail never scrolls sideways
    assert {header.model().headerData(i, Qt.Orientation.Horizontal) for i in range(header.count())
            if header.isSectionHidden(i)} <= {"Internal", "Eksternal", "Eksper", "Koreksi"}
    assert "Sub-indeks: internal" in tab.detail_text.text()
    scroll = tab.detail_text.parentWidget().parentWidget().parentWidget()
    assert not scroll.horizontalScrollBar().isVisible()


def test_a_spare_column_steps_aside_only_while_the_others_do_not_fit(qtbot) -> None:  # type: ignore[no-untyped-def]
    from spi_desktop.views.tables import Column, RowTableModel, fit_columns, row_table, spare_to_hide, wanted_widths

    model = RowTableModel([Column("Nama", lambda r: r[0], elastic=True, widest=300),
                           Column("Indeks", lambda r: r[1]), Column("Internal", lambda r: r[2], spare=True),
                           Column("Koreksi", lambda r: r[3], spare=True)])
    model.set_rows([("Dinas Kependudukan dan Pencatatan Sipil", "71,06", "79,70", "3,75")])
    table = row_table(model, name="Hasil")
    qtbot.addWidget(table)
    table.show()
    header = table.horizontalHeader()
    table.resize(1000, 200)
    fit_columns(table)
    assert not any(header.isSectionHidden(i) for i in range(4))
    table.resize(360, 200)
    fit_columns(table)
    assert [header.isSectionHidden(i) for i in range(4)] == [False, False, True, True]
    wanted, _floors = wanted_widths(table, model)
    assert spare_to_hide(table, model, sum(wanted[:3])) == {3}, "the rightmost spare column steps aside first"
    assert spare_to_hide(table, model, sum(wanted)) == set()
