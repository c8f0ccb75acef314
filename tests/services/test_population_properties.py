"""Properties of the population import over random files (hypothesis): nothing in a file is silently ignored,
nothing stored can break an export, and a refused file changes nothing.

Random workbooks get random sheets (some hidden), random headers (the words people use, odd ones and none)
and random cells (phones written every way, e-mails, names with invisible and control characters, Excel
error texts, words, numbers). Each is imported for real into one demo workspace, one after another.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from sqlalchemy import select

from spi_desktop.cli import main
from spi_desktop.db.models import PopulationBatch, PopulationRecord
from spi_desktop.domain.visible import has_hidden
from spi_desktop.importers.columns import column_letter
from spi_desktop.services.database import open_database

HEADERS = ["Nama", "Nama (dengan gelar)", "Nama ASN", "No. HP (WhatsApp)", "No. Telp/HP", "HP/WA", "Handphone",
           "Email Aktif", "Alamat Surel", "E-mail", "Unit Kerja/OPD", "Perangkat Daerah", "OPD", "NIP", "Jabatan",
           "Status (ASN/Non ASN)", "TMT di Instansi", "TMT Unit", "Keterangan", "No", "Kontak", "Catatan", "",
           "Tanggal Lahir", "Alamat", "Gol.", "NIP Lama", "HP Atasan", "x", "Kolom 9"]
CELLS = st.one_of(
    st.sampled_from(["0812-3456-7890", "+62 813 1111 2222", "62857000111222", "8123456789", "0821-30O6-2142",
                     "0812 3456 7890 (WA)", "0852 4344 428 WA 1", "628589022932,0", "021 555 1234", "6.28123E+11",
                     "budi@dinkes.go.id", "ANI@Example.com", "bukan email@", "Dinas Kesehatan", "DINKES", "SETDA",
                     "Kepala Dinas Kesehatan", "Staf", "ASN", "Non ASN", "2019-03-01", "01/07/2023", "#N/A", "#REF!",
                     "\u200b", "Nur\u2019aini", "Bu\x08di", "A\x07ni\x00", "Jumlah", "Mengetahui,", "", "", "", "   "]),
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12),
    st.integers(min_value=0, max_value=10**13),
)


@st.composite
def workbooks(draw: st.DrawFn) -> list[dict[str, Any]]:
    """One to three sheets: name, hidden flag, a header row and up to eight data rows."""
    sheets = []
    for number in range(draw(st.integers(min_value=1, max_value=3))):
        width = draw(st.integers(min_value=1, max_value=7))
        header = draw(st.lists(st.sampled_from(HEADERS), min_size=width, max_size=width))
        if draw(st.integers(min_value=0, max_value=9)) < 8:  # most sheets look like a list people send
            header += [draw(st.sampled_from(HEADERS[:3])), draw(st.sampled_from(HEADERS[3:10])),
                       draw(st.sampled_from(HEADERS[10:13]))]
            header = draw(st.permutations(header))
            width = len(header)
        rows = draw(st.lists(st.lists(CELLS, min_size=0, max_size=width + 1), max_size=8))
        sheets.append({"name": f"Lembar{number + 1}", "hidden": draw(st.booleans()) and number > 0,
                       "header": header, "rows": rows})
    if all(sheet["hidden"] for sheet in sheets):
        sheets[0]["hidden"] = False  # Excel keeps one sheet visible
    return sheets


def _write(path: Path, sheets: list[dict[str, Any]]) -> None:
    workbook = Workbook()
    for number, sheet in enumerate(sheets):
        target = workbook.active if number == 0 else workbook.create_sheet()
        target.title = sheet["name"]
        target.sheet_state = "hidden" if sheet["hidden"] else "visible"
        for column, text in enumerate(sheet["header"], start=1):
            if text:
                target.cell(1, column, text)
        for row_number, row in enumerate(sheet["rows"], start=2):
            for column, value in enumerate(row, start=1):
                if value in ("", None):
                    continue
                cell = target.cell(row_number, column)
                # openpyxl refuses control characters; a file written by Excel carries them as _x0008_ escapes,
                # which calamine reads back as the characters themselves
                cell.value = value if not isinstance(value, str) else "".join(
                    f"_x{ord(c):04X}_" if ord(c) < 32 and c not in "\t\n\r" else c for c in value)
                if isinstance(value, str):
                    cell.data_type = "s"
    workbook.save(path)


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict[str, Any] | None, str]:
    try:
        code = main(list(args))
    except SystemExit as stop:
        code = stop.code if isinstance(stop.code, int) else 1
    out, err = capsys.readouterr()
    assert "Traceback" not in err, err
    return code, (json.loads(out) if code == 0 and "--json" in args else None), err


def _non_empty_columns(sheet: dict[str, Any]) -> set[str]:
    width = max([len(sheet["header"]), *(len(r) for r in sheet["rows"])])
    found = set()
    for index in range(width):
        cells = [sheet["header"][index] if index < len(sheet["header"]) else ""]
        cells += [row[index] for row in sheet["rows"] if index < len(row)]
        if any(str(cell).strip() and not all(has_hidden(ch) for ch in str(cell).strip()) for cell in cells):
            found.add(column_letter(index))
    return found


def _stored_texts(url: str) -> list[str]:
    database = open_database(url) if "://" in url else open_database(Path(url))
    try:
        with database.Session() as session:
            texts = []
            for record in session.scalars(select(PopulationRecord)):
                texts += [value for value in (record.name, record.phone, record.email, record.nip, record.position,
                                              record.work_unit, record.employment_status, record.raw_phone,
                                              record.warnings, record.flag_reason) if value]
            return texts
    finally:
        database.close()


def _batches(url: str) -> int:
    database = open_database(url) if "://" in url else open_database(Path(url))
    try:
        with database.Session() as session:
            return len(list(session.scalars(select(PopulationBatch.id))))
    finally:
        database.close()


@pytest.fixture
def workspace(capsys: pytest.CaptureFixture[str], db_arg: str) -> str:
    code, _, err = _cli(capsys, "--db", db_arg, "demo")
    assert code == 0, err
    return db_arg


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(book=workbooks())
def test_random_workbooks_account_for_every_column_store_clean_text_and_export(
        capsys: pytest.CaptureFixture[str], workspace: str, tmp_path_factory: pytest.TempPathFactory,
        book: list[dict[str, Any]]) -> None:
    folder = tmp_path_factory.mktemp("acak")
    path = folder / "acak.xlsx"
    _write(path, book)
    before = _batches(workspace)
    summary_before = _cli(capsys, "--db", workspace, "population", "summary", "--year", "2024", "--json")[1]
    code, data, err = _cli(capsys, "--db", workspace, "population", "import", str(path), "--year", "2024",
                           "--group", "internal", "--json")
    event("refused" if code else "imported")
    if code != 0:
        # a refused file changes nothing
        assert code == 2, err
        assert _batches(workspace) == before
        assert _cli(capsys, "--db", workspace, "population", "summary", "--year", "2024", "--json")[1] == \
            summary_before
        return
    assert data is not None
    read = next(sheet for sheet in book if sheet["name"] == data["sheet"])
    assert not read["hidden"], "a hidden sheet is never taken unasked"
    accounted = set(data["mapped_columns"].values()) | {column["column"] for column in data["unmapped_columns"]}
    assert _non_empty_columns(read) <= accounted, (data["mapped_columns"], data["unmapped_columns"])
    assert {sheet["name"] for sheet in book} == {sheet["name"] for sheet in data["sheets"]}
    assert data["read"] == data["imported"] + data["duplicates"] + data["rejected"]
    assert not [text for text in _stored_texts(workspace) if has_hidden(text)]
    stored = _cli(capsys, "--db", workspace, "population", "summary", "--year", "2024", "--json")[1]["counts"]
    expected = 0 if stored["internal"] else 2  # an empty list is refused, no file written
    for out in ("kpk.xlsx", "kpk.csv"):
        code, _, err = _cli(capsys, "--db", workspace, "population", "export", "--year", "2024", "--group",
                            "internal", "--out", str(folder / out), "--include-flagged", "--json")
        assert code == expected, err
    code, _, err = _cli(capsys, "--db", workspace, "privacy", "pseudonymize", "--year", "2024", "--group",
                        "internal", "--out", str(folder / "pseudo.xlsx"), "--json")
    assert code == expected, err
    if expected:
        assert not list(folder.glob("kpk.*")) and not (folder / "pseudo.xlsx").exists()
        return
    with (folder / "kpk.csv").open(encoding="utf-8-sig", newline="") as handle:
        assert not [cell for row in csv.reader(handle) for cell in row if has_hidden(cell)]


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(book=workbooks())
def test_a_problems_report_is_written_whole_before_anything_is_stored(
        capsys: pytest.CaptureFixture[str], workspace: str, tmp_path_factory: pytest.TempPathFactory,
        book: list[dict[str, Any]]) -> None:
    folder = tmp_path_factory.mktemp("laporan")
    path = folder / "acak.xlsx"
    _write(path, book)
    before = _batches(workspace)
    blocked = folder / "tidak-ada" / "masalah.xlsx"  # a folder that does not exist: the report cannot be written
    code, _, err = _cli(capsys, "--db", workspace, "population", "import", str(path), "--year", "2024", "--group",
                        "internal", "--problems", str(blocked), "--json")
    assert code in (0, 2), err
    if code == 0:
        pytest.fail("a report that cannot be written must stop the import")
    assert _batches(workspace) == before, "nothing is stored when the report cannot be written"
    code, data, err = _cli(capsys, "--db", workspace, "population", "import", str(path), "--year", "2024", "--group",
                           "internal", "--problems", str(folder), "--json")
    if code == 0:
        assert data is not None and Path(data["problems_report"]).name == "masalah-acak.xlsx"
        assert Path(data["problems_report"]).is_file()
        assert _batches(workspace) == before + len(data.get("batches") or [data["batch"]])
    else:
        assert _batches(workspace) == before and not (folder / "masalah-acak.xlsx").exists()
