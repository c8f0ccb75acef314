"""A collection template's marker survives the round trip through a workbook, and nothing else passes for one."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook, load_workbook

from spi_desktop.db.session import Database
from spi_desktop.domain.collection_marker import MARKER_SHEET, TemplateMarker
from spi_desktop.importers.template_marker import read_marker
from spi_desktop.reports.template_marker import add_marker_sheet
from spi_desktop.services.workspace_identity import workspace_id


def _template(path: Path, marker: TemplateMarker) -> Path:
    workbook = Workbook()
    workbook.active.title = "Daftar"
    workbook.active.append(["Nama", "Nomor HP"])
    add_marker_sheet(workbook, marker)
    workbook.save(path)
    return path


def test_marker_is_read_back_whatever_the_file_is_called(tmp_path: Path) -> None:
    marker = TemplateMarker("ws-1", 2026, "internal", "DINKES")
    path = _template(tmp_path / "DINKES-internal-2026.xlsx", marker)
    renamed = path.rename(tmp_path / "FINAL revisi (2).xlsx")
    assert read_marker(renamed) == marker


def test_marker_sheet_is_very_hidden_and_protected(tmp_path: Path) -> None:
    path = _template(tmp_path / "t.xlsx", TemplateMarker("ws-1", 2026, "expert", ""))
    sheet = load_workbook(path)[MARKER_SHEET]
    assert sheet.sheet_state == "veryHidden"
    assert sheet.protection.sheet


def test_files_without_a_marker_have_none(tmp_path: Path) -> None:
    plain = tmp_path / "daftar.xlsx"
    workbook = Workbook()
    workbook.active.append(["Nama", "Nomor HP"])
    workbook.save(plain)
    foreign = tmp_path / "lain.xlsx"
    workbook.create_sheet(MARKER_SHEET).append(["penanda", "program lain"])
    workbook.save(foreign)
    text = tmp_path / "daftar.csv"
    text.write_text("Nama;Nomor HP\n", encoding="utf-8")
    broken = tmp_path / "rusak.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    assert [read_marker(path) for path in (plain, foreign, text, broken)] == [None] * 4


def test_damaged_marker_rows_are_not_a_marker() -> None:
    good = TemplateMarker("ws-1", 2026, "internal", "DINKES").rows()
    assert TemplateMarker.from_rows([(key, 2026.0 if key == "tahun" else value) for key, value in good]) \
        == TemplateMarker("ws-1", 2026, "internal", "DINKES")
    assert TemplateMarker.from_rows([(k, "dua ribu" if k == "tahun" else v) for k, v in good]) is None
    assert TemplateMarker.from_rows([(k, "") if k == "workspace" else (k, v) for k, v in good]) is None


def test_workspace_id_is_made_once_and_kept(database: Database) -> None:
    first = workspace_id(database)
    assert first and workspace_id(database) == first
