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
