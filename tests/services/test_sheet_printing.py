"""The .xlsx tables the app writes (problems reports, KPK lists, exports) print on A4 landscape with the header on
every page; a narrow one is one page wide, a wide one keeps its size over several pages."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from spi_desktop.reports.sheets import TableSheet, write_sheets


def test_tables_print_landscape_with_their_header_on_every_page(tmp_path: Path) -> None:
    path = tmp_path / "laporan.xlsx"
    narrow = TableSheet("Masalah", ["Baris", "Nama", "Alasan"], [[4, "Rina", "Duplikat"]], widths=(7, 28, 60),
                        bold_header=True)
    wide = TableSheet("Lebar", ["A"] * 20, [[1] * 20], widths=[18] * 20)
    write_sheets(path, [narrow, wide], mark="DATA DEMO")
    workbook = load_workbook(path)
    first, second = workbook["Masalah"], workbook["Lebar"]
    assert first.page_setup.orientation == second.page_setup.orientation == "landscape"
    assert first.print_title_rows == "$2:$2"  # under the demo mark
    assert first.sheet_properties.pageSetUpPr.fitToPage and first.page_setup.fitToWidth == 1
    assert not second.sheet_properties.pageSetUpPr.fitToPage  # 360 characters across: never shrunk unreadable


def test_a_problems_reports_reasons_wrap_within_their_column_and_print_whole(tmp_path: Path, demo_database) -> None:  # type: ignore[no-untyped-def]
    """A reason longer than its 60-character column wraps in a row tall enough for it, so a printed report shows
    all of it, one page wide; every cell of such a row sits at the top beside it."""
    from spi_desktop.services.population import import_population

    source = tmp_path / "dinkes.csv"
    source.write_text("Nama,No. HP,Email\nRina Wati,0812 3456 7890 12,\nBudi Santoso,081234567890,budi@contoh.id\n"
                      "Sri,,\n",
                      encoding="utf-8")
    out = tmp_path / "masalah-dinkes.xlsx"
    result = import_population(demo_database, source, 2024, "internal", unit_code="DINKES", dry_run=True,
                               problems_report=out)
    assert result.problems_report is not None and Path(result.problems_report) == out
    sheet = load_workbook(out)["Masalah"]
    at = 2  # under the demo workspace's mark
    header = [cell.value for cell in sheet[at]]
    row = dict(zip(header, sheet[at + 1], strict=False))
    assert len(str(row["Alasan"].value)) > 60 and row["Alasan"].alignment.wrap_text
    assert row["Nilai"].alignment.wrap_text and not row["Baris"].alignment.wrap_text
    assert {cell.alignment.vertical for cell in sheet[at + 1] if cell.value is not None} == {"top"}
    # LibreOffice and Excel keep a row's height when they open a file: the row is made tall enough for its reason
    # (three lines here), else the wrapped lines print over the next row
    assert sheet.row_dimensions[at + 1].height == 45
    assert sheet.print_area == "'Masalah'!$A$1:$F$1048576"  # the problem's own columns; the file's cells stay on screen
    assert sheet.sheet_properties.pageSetUpPr.fitToPage and sheet.page_setup.fitToWidth == 1
    short = next(cells for cells in sheet.iter_rows(min_row=at + 1) if cells[0].value == 4)
    assert len(str(dict(zip(header, short, strict=False))["Alasan"].value)) <= 58  # one line: nothing to wrap
    assert sheet.row_dimensions[short[0].row].height is None
