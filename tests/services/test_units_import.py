"""Importing OPD lists in the shapes offices send them, in one transaction."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from spi_desktop.db.session import Database
from spi_desktop.domain.errors import InputError
from spi_desktop.services.jobs import JobCancelled, JobContext
from spi_desktop.services.units import get_unit, import_units, list_units


def write_xlsx(path: Path, rows: list[list[object]], title_rows: int = 2) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "OPD"
    sheet["A1"] = "DAFTAR OPD PESERTA SPI 2024"
    sheet.merge_cells("A1:E1")
    for offset, row in enumerate(rows, start=title_rows + 1):
        for column, value in enumerate(row, start=1):
            sheet.cell(offset, column, value)
    workbook.save(path)
    return path


def test_xlsx_with_title_rows_merged_cells_and_numeric_phone(database: Database, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "opd.xlsx", [
        ["Kode OPD", "Nama OPD", "Singkatan", "Nama PIC", "No. HP PIC", "Email PIC"],
        ["dinkes", "Dinas  Kesehatan", "Dinkes", "Nur’aini", 81234567890, " PIC@Dinkes.go.id "],
        [None, None, None, None, None, None],
        ["DISDIK", "Dinas Pendidikan", "Disdik", "Budi", "0813-1111-2222", ""],
    ])
    summary = import_units(database, path)
    assert (summary.read, summary.added, summary.rejected) == (2, 2, 0)
    unit = get_unit(database, "DINKES").record
    assert unit.name == "Dinas Kesehatan"
    assert unit.pic_name == "Nur’aini"
    assert unit.pic_phone == "+6281234567890"
    assert unit.pic_email == "pic@dinkes.go.id"


def test_cp1252_semicolon_csv(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "opd.csv"
    path.write_bytes("Kode;Nama OPD;Nama Kepala\nDPMPTSP;Dinas Penanaman Modal;Ir. José Pérez\n".encode("cp1252"))
    summary = import_units(database, path)
    assert summary.added == 1
    assert get_unit(database, "DPMPTSP").record.head_name == "Ir. José Pérez"


def test_excel_unicode_text_utf16_tab(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "opd.txt"
    path.write_bytes("Kode\tNama Unit Kerja\nRSUD\tRumah Sakit Umum Daerah\n".encode("utf-16"))
    assert import_units(database, path).added == 1
    assert get_unit(database, "RSUD").name == "Rumah Sakit Umum Daerah"


def test_bad_rows_are_rejected_with_file_row_and_column(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "opd.csv"
    path.write_text(
        "Kode,Nama OPD,NIP Kepala,No HP PIC\n"
        "A,Dinas A,197001011990031001,081234567890\n"
        "B,Dinas B,12345,\n"
        "C,Dinas C,,6.28123E+11\n"
        "A,Dinas A lagi,,\n"
        ",Tanpa Kode,,\n",
        encoding="utf-8",
    )
    summary = import_units(database, path)
    # A bad NIP or PIC phone never costs the OPD: the unit is kept without that value, with a warning.
    assert (summary.read, summary.added, summary.rejected) == (5, 3, 2)
    messages = [str(p) for p in summary.problems]
    assert any("baris 5" in m and "sudah dipakai di baris 2" in m for m in messages)
    assert any("baris 6" in m and "Kode OPD wajib diisi" in m for m in messages)
    warnings = [str(p) for p in summary.warnings]
    assert any(m.startswith("opd.csv, baris 3, kolom C (NIP Kepala)") and "dikosongkan" in m for m in warnings)
    assert any("baris 4, kolom D (No HP PIC)" in m and "notasi ilmiah" in m for m in warnings)
    units = {u.code: u.record for u in list_units(database)}
    assert list(units) == ["A", "B", "C"]
    assert units["B"].head_nip is None and units["C"].pic_phone is None


def test_reimport_updates_by_code(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "opd.csv"
    path.write_text("Kode,Nama OPD,Nama Kepala\nA,Dinas A,Lama\n", encoding="utf-8")
    import_units(database, path)
    path.write_text("Kode,Nama OPD,Nama Kepala\nA,Dinas A,Baru\nB,Dinas B,\n", encoding="utf-8")
    summary = import_units(database, path)
    assert (summary.added, summary.updated) == (1, 1)
    assert get_unit(database, "A").record.head_name == "Baru"
    assert len(list_units(database)) == 2


def test_cancelled_import_writes_nothing(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "opd.csv"
    path.write_text("Kode,Nama OPD\n" + "".join(f"U{i},Unit {i}\n" for i in range(120)), encoding="utf-8")
    context = JobContext(on_progress=lambda done, _total, _text: context.cancel() if done >= 50 else None)
    with pytest.raises(JobCancelled):
        import_units(database, path, context=context)
    assert list_units(database) == []


@pytest.mark.parametrize(
    ("name", "content", "fragment"),
    [
        ("rusak.xlsx", b"bukan excel sama sekali", "sebenarnya berisi teks berpemisah .*baris judul kolom tidak"),
        ("opd.pdf", b"%PDF", "tidak didukung"),
        ("kosong.csv", b"", "berkas kosong"),
    ],
)
def test_unreadable_files_are_refused_clearly(database: Database, tmp_path: Path, name: str, content: bytes,
                                              fragment: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError, match=fragment):
        import_units(database, path)


def test_import_can_mark_units_active_for_a_year(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "opd.csv"
    path.write_text("Kode,Nama OPD\nA,Dinas A\n", encoding="utf-8")
    import_units(database, path, year=2024)
    assert list_units(database, year=2024)[0].active


def test_a_file_with_fewer_columns_or_blank_cells_never_erases(database: Database, tmp_path: Path) -> None:
    full = tmp_path / "lengkap.csv"
    full.write_text("Kode,Nama OPD,Nama PIC,No HP PIC,Email PIC\n"
                    "A,Dinas A,Sri,081234567890,sri@contoh.go.id\n", encoding="utf-8")
    import_units(database, full)
    short = tmp_path / "ringkas.csv"
    short.write_text("Kode,Nama OPD,Nama PIC\nA,Dinas A Baru,\n", encoding="utf-8")
    summary = import_units(database, short)
    assert summary.updated == 1
    record = get_unit(database, "A").record
    assert (record.name, record.pic_name, record.pic_phone) == ("Dinas A Baru", "Sri", "+6281234567890")
    assert import_units(database, short).updated == 0


def test_a_cancel_after_the_commit_does_not_hide_a_stored_import(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "opd.csv"
    path.write_text("Kode,Nama OPD\nZZ,Dinas Z\n", encoding="utf-8")
    context = JobContext(on_progress=lambda _d, _t, text: context.cancel() if text == "Selesai" else None)
    summary = import_units(database, path, context=context)
    assert summary.added == 1 and [u.code for u in list_units(database)] == ["ZZ"]


def test_over_long_fields_are_rejected_before_the_database_sees_them(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "opd.csv"
    path.write_text(f"Kode,Nama OPD\nPANJANG,{'Dinas ' * 60}\n", encoding="utf-8")
    summary = import_units(database, path)
    assert summary.rejected == 1 and "paling panjang 255" in summary.problems[0].message
