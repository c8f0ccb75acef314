"""Batch intake, bad input: every odd file of a pile named with its reason; nothing stored from it."""

from __future__ import annotations

import zipfile
from pathlib import Path

from spi_desktop.db.session import Database
from spi_desktop.importers.file_gate import OLE_MAGIC
from spi_desktop.services.database import open_database
from spi_desktop.services.demo import build_demo
from spi_desktop.services.population_intake import FileChoice, preview_pile
from spi_desktop.services.population_intake_import import import_pile
from tests.support.intake_pile import YEAR, external_row, internal_row, plain_list, template


def _item(preview, name: str):  # type: ignore[no-untyped-def]
    return next(item for item in preview.files if item.file == name)


def test_protected_empty_and_foreign_files_are_refused_with_their_reason(demo_database: Database,
                                                                         tmp_path: Path) -> None:
    pile = tmp_path / "kiriman"
    pile.mkdir()
    (pile / "terkunci-internal.xlsx").write_bytes(
        OLE_MAGIC + b"\0" * 512 + "EncryptedPackage".encode("utf-16-le") + b"\0" * 600)
    template(demo_database, pile, "DINKES", "internal", [], rename="DINKES kosong.xlsx")  # returned unfilled
    other = open_database(tmp_path / "lain.sqlite")
    build_demo(other)
    template(other, pile, "DISDIK", "internal", [internal_row("A", "081234560001")], rename="dari kabupaten lain.xlsx")
    preview = preview_pile(demo_database, [pile], YEAR)
    assert "dilindungi kata sandi" in str(_item(preview, "terkunci-internal.xlsx").refused)
    assert "tidak ada baris data" in str(_item(preview, "DINKES kosong.xlsx").refused)
    assert "ruang kerja SPI Desktop lain" in str(_item(preview, "dari kabupaten lain.xlsx").refused)
    assert preview.ready == [] and import_pile(demo_database, preview).stored == {}


def test_a_zip_with_a_path_out_of_it_or_broken_is_named_and_the_rest_read(demo_database: Database,
                                                                        tmp_path: Path) -> None:
    inner = plain_list(tmp_path / "DLH.xlsx", [["Eko", "081234560030"]], with_unit=False)
    archive = tmp_path / "kiriman.zip"
    with zipfile.ZipFile(archive, "w") as out:
        out.write(inner, "Kecamatan/Bidang A/DLH internal.xlsx")
        out.writestr("../../keluar.xlsx", b"x")
        out.writestr("__MACOSX/Kecamatan/._DLH internal.xlsx", b"x")
    broken = tmp_path / "rusak.zip"
    broken.write_bytes(b"PK\x03\x04 not a zip")
    preview = preview_pile(demo_database, [archive, broken], YEAR)
    [item] = preview.ready
    assert (item.file, item.unit, item.group, item.recognised_by) == (
        "DLH internal.xlsx", "DLH", "internal", "file_name")
    reasons = {skipped.file: skipped.reason for skipped in preview.skipped}
    assert "keluar dari arsip" in reasons["kiriman.zip/../../keluar.xlsx"]
    assert "rusak" in reasons["rusak.zip"]
    assert not (tmp_path.parent / "keluar.xlsx").exists()


def test_a_list_naming_several_opd_files_each_row_under_its_own(demo_database: Database, tmp_path: Path) -> None:
    path = plain_list(tmp_path / "rekap kecamatan.xlsx", [["A", "081234560001", "KEC-SKJ"],
                                                        ["B", "081234560002", "KEC-CMR"]], with_unit=True)
    [item] = preview_pile(demo_database, [path], YEAR, group="internal").files
    assert (item.unit, item.recognised_by, item.ready) == (None, "column", True)
    assert any("2 OPD" in note for note in item.notes)


def test_external_and_expert_templates_come_back_whole(demo_database: Database, tmp_path: Path) -> None:
    external = template(demo_database, tmp_path, "DISDUKCAPIL", "external",
                        [external_row("Warga Satu", "081234569001"), external_row("Warga Dua", "081234569002")],
                        rename="pengguna layanan capil.xlsx")
    expert = template(demo_database, tmp_path, "", "expert",
                      [["Dr. Ahli", "081234568001", "ahli@kampus.ac.id", "Universitas Sukamaju", "Akademisi"]])
    preview = preview_pile(demo_database, [external, expert], YEAR)
    found = {item.file: (item.group, item.unit, item.recognised_by, item.result and item.result.imported)
             for item in preview.files}
    assert found == {"pengguna layanan capil.xlsx": ("external", "DISDUKCAPIL", "template", 2),
                     f"EKSPER-eksper-{YEAR}.xlsx": ("expert", None, "template", 1)}
    assert all(item.result and item.result.unmapped == [] for item in preview.files)


def test_a_file_left_out_is_never_imported_even_when_ready(demo_database: Database, tmp_path: Path) -> None:
    path = template(demo_database, tmp_path, "DINKES", "internal", [internal_row("A", "081234560001")])
    preview = preview_pile(demo_database, [path], YEAR, choices={path.name: FileChoice(leave_out=True)})
    assert preview.ready == [] and "sesuai pilihan Anda" in str(preview.files[0].refused)
