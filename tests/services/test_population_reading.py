"""How the population reader decides what a file is and which column is which, and how the user overrides it.

The file families themselves (sheets, phones, encodings, layouts) are in tests/services/test_population_corpus.py; these
tests pin the mechanisms: the file gate's diagnoses, recognition by content, the user's mapping (--map,
--preset), the title rules of eligibility, the OPD registry's warnings and migration 0009.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from openpyxl import Workbook

from spi_desktop.cli import main
from spi_desktop.db.session import Database
from spi_desktop.domain.errors import InputError
from spi_desktop.importers.eligibility import post_flags
from spi_desktop.importers.file_gate import OLE_MAGIC, Format, open_gate
from spi_desktop.importers.population import read_population_file
from spi_desktop.importers.population_columns import GROUP_COLUMNS
from spi_desktop.services.population_setup import save_preset
from spi_desktop.services.units import import_units, list_units
from spi_desktop.services.years import get_year

INTERNAL = GROUP_COLUMNS["internal"]


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict[str, Any] | None, str]:
    try:
        code = main(list(args))
    except SystemExit as stop:
        code = stop.code if isinstance(stop.code, int) else 1
    out, err = capsys.readouterr()
    assert "Traceback" not in err, err
    return code, (json.loads(out) if code == 0 and "--json" in args else None), err


def write_rows(path: Path, rows: list[list[object]]) -> Path:
    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    workbook.save(path)
    return path


# --- the file gate ---------------------------------------------------------------------------------------

def test_the_gate_names_what_a_file_really_is(tmp_path: Path) -> None:
    old = tmp_path / "lama.xls"
    ole_with = tmp_path / "ole.xlsx"
    ole_with.write_bytes(OLE_MAGIC + b"\0" * 512 + "Workbook".encode("utf-16-le") + b"\0" * 512)
    assert open_gate(ole_with).format is Format.XLS and "Excel 97-2003" in (open_gate(ole_with).note or "")
    word = tmp_path / "surat.xls"
    word.write_bytes(OLE_MAGIC + b"\0" * 512 + "WordDocument".encode("utf-16-le") + b"\0" * 512)
    with pytest.raises(InputError, match="dokumen Word"):
        open_gate(word)
    docx = tmp_path / "daftar.xlsx"
    with zipfile.ZipFile(docx, "w") as archive:
        archive.writestr("word/document.xml", "<w/>")
    with pytest.raises(InputError, match="dokumen Word"):
        open_gate(docx)
    plain_zip = tmp_path / "kiriman.xlsx"
    with zipfile.ZipFile(plain_zip, "w") as archive:
        archive.writestr("DINKES.xlsx", "x")
    with pytest.raises(InputError, match="arsip ZIP"):
        open_gate(plain_zip)
    cut = tmp_path / "terpotong.xlsx"
    cut.write_bytes(b"PK\x03\x04" + b"\0" * 100)
    with pytest.raises(InputError, match="rusak"):
        open_gate(cut)
    binary = tmp_path / "foto.csv"
    binary.write_bytes(bytes(range(32)) * 64)
    with pytest.raises(InputError, match="bukan lembar kerja maupun teks"):
        open_gate(binary)
    old.write_text("<table><tr><td>Nama</td></tr></table>", encoding="utf-8")
    assert open_gate(old).format is Format.HTML
    xml = tmp_path / "ekspor.xls"
    xml.write_text('<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"/>')
    assert open_gate(xml).format is Format.XML2003


def test_an_xml_spreadsheet_2003_is_read_with_its_merged_cells_and_hidden_sheets(tmp_path: Path) -> None:
    path = tmp_path / "ekspor.xls"
    ss = 'xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"'
    cell = '<Cell{}><Data ss:Type="String">{}</Data></Cell>'
    rows = [("Nama", "No. HP", "OPD"), ("Ani", "081234567801", "DINKES"), ("Budi", "081234567802", None)]
    body = "".join("<Row>" + "".join(cell.format(' ss:MergeDown="1"' if text == "DINKES" else "", text)
                                     for text in row if text) + "</Row>" for row in rows)
    hidden = ('<Worksheet ss:Name="Lama"><Table><Row>' + cell.format("", "Nama") + "</Row></Table>"
              '<WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel"><Visible>SheetHidden</Visible>'
              "</WorksheetOptions></Worksheet>")
    path.write_text(f'<?xml version="1.0"?><Workbook {ss}>{hidden}<Worksheet ss:Name="Data"><Table>{body}</Table>'
                    "</Worksheet></Workbook>", encoding="utf-8")
    mapped = read_population_file(path, INTERNAL)
    assert mapped.sheet == "Data" and mapped.frame["unit"].tolist() == ["DINKES", "DINKES"]
    assert [(s.name, s.hidden) for s in mapped.sheets] == [("Lama", True), ("Data", False)]


def test_excel_error_cells_arrive_as_their_text(tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Nama", "No. HP", "OPD"])
    sheet.append(["Ani", "081234567801", "DINKES"])
    sheet.append(["#N/A", "081234567802", "DINKES"])  # openpyxl stores an error code as an error cell
    sheet["D3"] = "=VLOOKUP(A3,X!A:B,2,0)"
    workbook.save(tmp_path / "vlookup.xlsx")
    mapped = read_population_file(tmp_path / "vlookup.xlsx", INTERNAL)
    assert mapped.frame["name"].tolist() == ["Ani", "#N/A"]


# --- columns ---------------------------------------------------------------------------------------------

def test_a_column_of_phone_numbers_is_the_phone_column_whatever_its_header(tmp_path: Path) -> None:
    path = write_rows(tmp_path / "kontak.xlsx", [["Nama", "Kontak", "OPD", "Keterangan"]] + [
        [f"Pegawai {n}", f"0812-3456-78{n:02d}", "DINKES", ""] for n in range(6)])
    mapped = read_population_file(path, INTERNAL)
    assert mapped.header.columns["phone"] == 1 and mapped.header.how["phone"] == "isi"
    assert any("Kontak" in note and "nomor HP" in note for note in mapped.notes)
    assert [c.header for c in mapped.unmapped] == ["Keterangan"]


def test_a_header_marked_as_the_second_number_loses_to_the_plain_one(tmp_path: Path) -> None:
    path = write_rows(tmp_path / "dua.xlsx", [["Nama", "No. HP 2", "Email lain", "No. WA", "Email", "OPD"],
                                               ["Ani", "0813", "a@b.id", "081234567801", "ani@x.id", "DINKES"]])
    mapped = read_population_file(path, INTERNAL)
    assert (mapped.header.columns["phone"], mapped.header.columns["email"]) == (3, 4)
    assert {c.header: c.looks_like for c in mapped.unmapped} == {"No. HP 2": "phone", "Email lain": "email"}


@pytest.fixture
def demo(workspace: str) -> str:
    """The demo workspace (``spi demo``, made once per session and copied); returns the --db value. No population
    is stored in it."""
    return workspace


def test_map_and_preset_choose_columns_by_header_or_letter(capsys: pytest.CaptureFixture[str], demo: str,
                                                          tmp_path: Path) -> None:
    path = write_rows(tmp_path / "aneh.xlsx", [["Nama", "Nomor yang bisa dihubungi", "Asal", "Ket"],
                                                ["Ani", "081234567801", "DINKES", "081299999999"],
                                                ["Budi", "081234567802", "DINKES", ""]])
    base = ["--db", demo, "population", "import", str(path), "--year", "2024", "--group", "internal", "--dry-run",
            "--json"]
    code, _, err = cli(capsys, *base)
    assert code == 2 and "Perangkat Daerah" in err  # the phones are found by content; 'Asal' says nothing
    code, data, err = cli(capsys, *base, "--map", "unit=Asal", "--map", "phone=B")
    assert code == 0, err
    assert data is not None and data["imported"] == 2 and data["mapped_columns"] == {
        "name": "A", "phone": "B", "unit": "C"}
    assert [c["header"] for c in data["unmapped_columns"]] == ["Ket"]
    code, _, err = cli(capsys, *base, "--map", "telepon=B")
    assert code == 2 and "isian 'telepon' tidak dikenal" in err and "phone" in err
    code, _, err = cli(capsys, *base, "--map", "unit=Tidak Ada")
    assert code == 2 and "kolom 'Tidak Ada'" in err and "Asal" in err
    code, _, err = cli(capsys, *base, "--preset", "OPD Dinkes")
    assert code == 2 and "Preset pemetaan 'OPD Dinkes'" in err
    database = _open(demo)
    try:
        save_preset(database, "internal", "OPD Dinkes", {"unit": "Asal", "phone": "Nomor yang bisa dihubungi"})
    finally:
        database.close()
    code, data, err = cli(capsys, *base, "--preset", "OPD Dinkes")
    assert code == 0 and data is not None and data["imported"] == 2, err


def _open(location: str) -> Database:
    from spi_desktop.services.database import open_database

    return open_database(location if "://" in location else Path(location))


def test_the_help_lists_the_field_names_map_takes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["population", "import", "--help"]) == 0
    text = " ".join(capsys.readouterr().out.split())
    for name in ("--map FIELD=HEADER", "--preset NAME", "--all-sheets", "name, phone, email, unit, nip",
                 "organisation, category"):
        assert name in text


# --- eligibility by title ---------------------------------------------------------------------------------

@pytest.mark.parametrize("position, flagged", [
    ("Kepala Dinas Kesehatan", True), ("Sekretaris Daerah", True), ("Sekretaris Daerah Kabupaten Sukamaju", True),
    ("Asisten Pemerintahan dan Kesejahteraan Rakyat", True), ("Asisten Administrasi Umum", True),
    ("Staf Ahli Bupati Bidang Hukum dan Politik", True), ("Kepala Badan Pendapatan Daerah", True),
    ("Inspektur Daerah", True), ("Inspektur", True), ("KEPALA DINAS PENDIDIKAN", True), ("Plt. Kepala Dinas", True),
    ("Kadinkes", True), ("Kalak BPBD", True), ("Kasi Pelayanan", False),
    ("Inspektur Pembantu Wilayah II", False), ("Kepala Seksi Pelayanan", False), ("Kepala Bidang Anggaran", False),
    ("Sekretaris Dinas", False), ("Asisten Apoteker", False), ("Asisten Ahli", False), ("Kepala Bagian Umum", False),
    ("Staf", False), ("Pengadministrasi Umum pada Sekretariat Daerah", False), ("Kepala Sekolah", False),
])
def test_eselon_i_and_ii_offices_are_known_by_their_titles(database: Database, position: str, flagged: bool) -> None:
    rules = get_year(database, 2024).eligibility["internal"]
    result = post_flags(pd.Series([position]), [], rules["excluded_titles"], rules["title_exceptions"])
    assert (result.iloc[0] != "") is flagged, result.iloc[0]


def test_the_head_of_the_rows_own_opd_is_flagged_by_nip_post_or_name(capsys: pytest.CaptureFixture[str], demo: str,
                                                                    tmp_path: Path) -> None:
    database = _open(demo)
    try:
        head = next(u for u in list_units(database) if u.code == "DINKES").record
    finally:
        database.close()
    assert head.head_name and head.head_nip
    path = write_rows(tmp_path / "dinkes.xlsx", [
        ["Nama", "NIP", "Jabatan", "No. HP", "OPD"],
        [head.head_name, head.head_nip, "", "081234567801", "DINKES"],  # by NIP
        ["Siapa Saja", "", "Kepala Dinas Kesehatan", "081234567802", "DINKES"],  # by post (and by title)
        [head.head_name, "", "", "081234567803", "DINKES"],  # by name, nothing says otherwise
        [head.head_name, "", "Staf Pelaksana", "081234567804", "DINKES"],  # same name, another post: not the head
        [head.head_name, "198503152010012003", "", "081234567805", "DINKES"],  # same name, another NIP
    ])
    code, data, err = cli(capsys, "--db", demo, "population", "import", str(path), "--year", "2024", "--group",
                          "internal", "--dry-run", "--json")
    assert code == 0, err
    assert data is not None and data["flagged"] == 3
    assert err.count("Kepala OPD yang disurvei (Dinas Kesehatan)") == 3


@pytest.mark.sqlite_only("downgrades a workspace file by hand to the schema before 0009")
def test_migration_0009_gives_stored_years_the_titles_and_keeps_edited_ones(tmp_path: Path) -> None:
    import sqlalchemy as sa

    from spi_desktop.services.database import open_database

    database = open_database(tmp_path / "lama.sqlite")
    database.close()
    engine = sa.create_engine(f"sqlite:///{tmp_path / 'lama.sqlite'}")
    with engine.begin() as connection:
        connection.execute(sa.text("UPDATE alembic_version SET version_num = '0008'"))
        # a real 0008 file has none of the tables later revisions add (0012's kit sendings)
        connection.execute(sa.text("DROP TABLE population_kit_sending"))
        connection.execute(sa.text("""UPDATE survey_year SET eligibility = '{"internal": {"min_years_institution": 2,
            "excluded_positions": ["eselon i", "eselon ii"]}}' WHERE year = 2024"""))
        connection.execute(sa.text("""UPDATE survey_year SET eligibility = '{"internal": {"excluded_titles":
            ["kepala dinas"]}}' WHERE year = 2025"""))
    engine.dispose()
    database = open_database(tmp_path / "lama.sqlite")  # opening a workspace migrates it
    try:
        rules = get_year(database, 2024).eligibility["internal"]
        assert "sekretaris daerah" in rules["excluded_titles"] and "inspektur pembantu" in rules["title_exceptions"]
        assert rules["min_years_institution"] == 2
        assert get_year(database, 2025).eligibility["internal"]["excluded_titles"] == ["kepala dinas"]
    finally:
        database.close()


# --- the OPD registry -------------------------------------------------------------------------------------

def test_an_opd_with_a_landline_pic_or_a_bad_nip_is_kept_without_that_value(database: Database,
                                                                          tmp_path: Path) -> None:
    path = write_rows(tmp_path / "opd.xlsx", [
        ["Kode", "Nama OPD", "NIP Kepala", "No. HP PIC", "Email PIC", "Keterangan"],
        ["DINKES", "Dinas Kesehatan", "19700101 199003 1 001", "(0260) 411 222", "pic@dinkes", "telp kantor"],
        ["DISDIK", "Dinas Pendidikan", "1970", "0812-3456-7890", "pic@disdik.go.id", ""],
    ])
    summary = import_units(database, path)
    assert (summary.read, summary.added, summary.rejected) == (2, 2, 0)
    assert {(w.row, w.column.split(" ")[0]) for w in summary.warnings} == {(2, "D"), (2, "E"), (3, "C")}
    assert all("dikosongkan, OPD tetap diimpor" in w.message for w in summary.warnings)
    assert summary.unmapped == ["F (Keterangan)"]
    units = {u.code: u.record for u in list_units(database)}
    assert units["DINKES"].pic_phone is None and units["DINKES"].head_nip == "197001011990031001"
    assert units["DISDIK"].head_nip is None and units["DISDIK"].pic_phone == "+6281234567890"
    again = import_units(database, path)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 2)


def test_an_instructions_table_of_field_names_is_not_a_two_row_header(tmp_path: Path) -> None:
    workbook = Workbook()
    guide = workbook.active
    guide.title = "Petunjuk"
    for line in (["Petunjuk pengisian"], ["Kolom", "Isi"], ["Nama", "nama lengkap dengan gelar"],
                 ["No. HP", "nomor WhatsApp aktif"], ["Email", "alamat email pribadi"]):
        guide.append(line)
    data = workbook.create_sheet("Daftar")
    data.append(["Nama", "No. HP", "OPD"])
    data.append(["Ani", "081234567801", "DINKES"])
    workbook.save(tmp_path / "dengan_petunjuk.xlsx")
    mapped = read_population_file(tmp_path / "dengan_petunjuk.xlsx", INTERNAL)
    assert mapped.sheet == "Daftar" and len(mapped.frame) == 1
    assert [(s.name, s.data, s.read) for s in mapped.sheets] == [("Petunjuk", False, False), ("Daftar", True, True)]


def test_a_choice_made_for_one_sheet_never_hides_the_others(capsys: pytest.CaptureFixture[str], demo: str,
                                                          tmp_path: Path) -> None:
    workbook = Workbook()
    first = workbook.active
    first.title = "DINKES"
    first.append(["Nama", "Nomor WA aktif", "Ket"])
    first.append(["Ani", "081234567801", ""])
    second = workbook.create_sheet("DISDIK")
    second.append(["Nama", "No. HP"])
    second.append(["Budi", "081234567802"])
    hidden = workbook.create_sheet("Lama")
    hidden.sheet_state = "hidden"
    hidden.append(["Nama", "No. HP"])
    hidden.append(["Cici", "081234567803"])
    workbook.save(tmp_path / "per_opd.xlsx")
    base = ["--db", demo, "population", "import", str(tmp_path / "per_opd.xlsx"), "--year", "2024", "--group",
            "internal", "--dry-run", "--json", "--map", "phone=Nomor WA aktif"]
    code, data, err = cli(capsys, *base)
    assert code == 0 and data is not None, err
    assert {s["name"]: (s["rows"], s["data"]) for s in data["sheets"]} == {
        "DINKES": (1, True), "DISDIK": (1, True), "Lama": (1, True)}
    code, data, err = cli(capsys, *base, "--all-sheets")
    assert code == 0 and data is not None, err
    assert [(part["sheet"], part["imported"]) for part in data["imports"]] == [("DINKES", 1), ("DISDIK", 1)]
    assert any("DISDIK" in note and "dikenali otomatis" in note for note in data["notes"])
