"""Acceptance tests for population lists (internal, external, expert) through the `spi population` CLI.

The files come from tests/support/population_files.py, where every expected count is worked out row by row.
All imports are for survey year 2024 into the demo workspace (Kabupaten Sukamaju, 40 OPD).
"""

from __future__ import annotations

import codecs
import json
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import text

from spi_desktop.cli import main
from spi_desktop.db.session import Database
from spi_desktop.domain.unit_record import UnitRecord
from spi_desktop.importers.columns import find_header
from spi_desktop.importers.population_columns import GROUP_COLUMNS
from spi_desktop.importers.table_reader import RawTable, cell_text, read_table
from spi_desktop.services.population import import_population, undo_batch
from spi_desktop.services.population_submissions import mark_validated, submission_statuses
from spi_desktop.services.units import get_unit, save_unit
from tests.support import population_files as pf
from tests.support.population_files import CASES, Case

YEAR = "2024"
COUNT_KEYS = ("read", "imported", "duplicates", "rejected", "warnings")
GROUPS = ("internal", "external", "expert")
E164_ID = re.compile(r"^\+62\d{8,13}$")


# ----------------------------------------------------------------------------------------------------------
# Helpers
# ----------------------------------------------------------------------------------------------------------

def spi(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict[str, Any] | None, str]:
    """Run the CLI in-process; the JSON printed on success (when --json is given) and stderr.

    argparse refuses bad arguments by raising SystemExit(2); that counts as the exit code.
    """
    try:
        code = main(list(args))
    except SystemExit as stop:
        code = stop.code if isinstance(stop.code, int) else 1
    out, err = capsys.readouterr()
    assert "Traceback" not in err, err
    data = json.loads(out) if "--json" in args and code == 0 else None
    return code, data, err


@pytest.fixture
def demo(workspace: str) -> str:
    """The demo workspace (``spi demo``, made once per session and copied); returns the --db value. No population
    is stored in it."""
    return workspace


def import_file(capsys: pytest.CaptureFixture[str], db: str, path: Path, group: str, *options: str
                ) -> dict[str, Any]:
    code, data, err = spi(capsys, "--db", db, "population", "import", str(path), "--year", YEAR, "--group", group,
                          *options, "--json")
    assert code == 0, err
    assert data is not None
    return data


def import_case(capsys: pytest.CaptureFixture[str], db: str, case: Case, folder: Path, *options: str
                ) -> tuple[dict[str, Any], dict[str, int]]:
    path, expected = case.builder(folder)
    return import_file(capsys, db, path, case.group, *case.options, *options), expected


def only_counts(data: dict[str, Any]) -> dict[str, int]:
    return {key: data[key] for key in COUNT_KEYS}


def summary(capsys: pytest.CaptureFixture[str], db: str) -> dict[str, Any]:
    code, data, err = spi(capsys, "--db", db, "population", "summary", "--year", YEAR, "--json")
    assert code == 0, err
    assert data is not None and data["year"] == 2024
    return data


def assert_summary(capsys: pytest.CaptureFixture[str], db: str, counts: dict[str, int] | None = None,
                   flagged: dict[str, int] | None = None) -> None:
    data = summary(capsys, db)
    assert data["counts"] == {group: (counts or {}).get(group, 0) for group in GROUPS}
    assert data["flagged"] == {group: (flagged or {}).get(group, 0) for group in GROUPS}


def need(case: Case) -> None:
    for module in case.needs:
        pytest.importorskip(module)


def export(capsys: pytest.CaptureFixture[str], db: str, group: str, out: Path, *options: str) -> dict[str, Any]:
    code, data, err = spi(capsys, "--db", db, "population", "export", "--year", YEAR, "--group", group,
                          "--out", str(out), *options, "--json")
    assert code == 0, err
    assert data is not None
    return data


def exported_rows(path: Path, group: str, grid: list[list[object]] | None = None
                  ) -> tuple[dict[str, int], list[list[object]]]:
    """The exported table's columns (found the way the importer finds them) and its non-blank data rows.

    ``grid`` replaces the cells the app's reader sees (e.g. the cells openpyxl reads, with their types).
    """
    table = read_table(path) if grid is None else RawTable(path.name, None, grid)
    header = find_header(table, GROUP_COLUMNS[group])
    rows = [row for row in table.rows[header.row_index + 1:] if any(cell_text(cell) for cell in row)]
    return header.columns, rows


def column_values(columns: dict[str, int], rows: list[list[object]], key: str) -> list[object]:
    index = columns[key]
    return [row[index] if index < len(row) else None for row in rows]


CASE_IDS = [case.name for case in CASES]


# ----------------------------------------------------------------------------------------------------------
# (1) Every file imports with exactly its hand-counted result
# ----------------------------------------------------------------------------------------------------------

def test_demo_workspace_starts_without_population(capsys: pytest.CaptureFixture[str], demo: str) -> None:
    assert summary(capsys, demo) == {"year": 2024, "counts": {"internal": 0, "external": 0, "expert": 0},
                                     "flagged": {"internal": 0, "external": 0, "expert": 0}}


@pytest.mark.parametrize("case", CASES, ids=CASE_IDS)
def test_file_imports_with_the_expected_counts(capsys: pytest.CaptureFixture[str], demo: str, tmp_path: Path,
                                               case: Case) -> None:
    need(case)
    data, expected = import_case(capsys, demo, case, tmp_path)
    assert only_counts(data) == expected
    assert isinstance(data["batch"], int)
    assert_summary(capsys, demo, {case.group: expected["imported"]}, {case.group: case.flagged})


def test_sheet_option_picks_the_sheet_and_an_unknown_sheet_is_refused(capsys: pytest.CaptureFixture[str],
                                                                      demo: str, tmp_path: Path) -> None:
    pytest.importorskip("odf")
    path, expected = pf.expert_ods(tmp_path)
    code, data, err = spi(capsys, "--db", demo, "population", "import", str(path), "--year", YEAR, "--group",
                          "expert", "--sheet", "Eksper", "--dry-run", "--json")
    assert code == 0, err
    assert data is not None and only_counts(data) == expected
    code, _, err = spi(capsys, "--db", demo, "population", "import", str(path), "--year", YEAR, "--group",
                       "expert", "--sheet", "Tidak Ada", "--json")
    assert code == 2
    assert "eksper.ods" in err and "Tidak Ada" in err
    assert_summary(capsys, demo)


def test_rows_already_stored_are_duplicates_of_the_second_file(capsys: pytest.CaptureFixture[str], demo: str,
                                                              tmp_path: Path) -> None:
    path, expected = pf.internal_xlsx(tmp_path)
    assert only_counts(import_file(capsys, demo, path, "internal")) == expected
    path, _ = pf.internal_addendum_csv(tmp_path)
    second = import_file(capsys, demo, path, "internal")
    assert only_counts(second) == pf.INTERNAL_ADDENDUM_AFTER_XLSX
    assert_summary(capsys, demo, {"internal": 17 + 3}, {"internal": 4})


# ----------------------------------------------------------------------------------------------------------
# (2) --dry-run
# ----------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("case", CASES, ids=CASE_IDS)
def test_dry_run_gives_the_same_counts_and_stores_nothing(capsys: pytest.CaptureFixture[str], demo: str,
                                                          tmp_path: Path, case: Case) -> None:
    need(case)
    data, expected = import_case(capsys, demo, case, tmp_path, "--dry-run")
    assert only_counts(data) == expected
    assert data["batch"] is None
    assert_summary(capsys, demo)
    # Nothing was stored, so the real import still finds no duplicates of stored rows.
    again = import_file(capsys, demo, case.builder(tmp_path)[0], case.group, *case.options)
    assert only_counts(again) == expected


# ----------------------------------------------------------------------------------------------------------
# (3) Re-import and undo
# ----------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("case", CASES, ids=CASE_IDS)
def test_reimport_adds_nothing_and_undo_restores(capsys: pytest.CaptureFixture[str], demo: str, tmp_path: Path,
                                                 case: Case) -> None:
    need(case)
    first, expected = import_case(capsys, demo, case, tmp_path)
    assert only_counts(first) == expected
    second, _ = import_case(capsys, demo, case, tmp_path)
    assert only_counts(second) == {
        "read": expected["read"],
        "imported": 0,
        "duplicates": expected["imported"] + expected["duplicates"],  # every row not rejected
        "rejected": expected["rejected"],
        "warnings": 0,
    }
    assert isinstance(second["batch"], int) and second["batch"] != first["batch"]
    stored = ({case.group: expected["imported"]}, {case.group: case.flagged})
    assert_summary(capsys, demo, *stored)

    code, data, err = spi(capsys, "--db", demo, "population", "undo", str(second["batch"]), "--json")
    assert code == 0, err
    assert data == {"batch": second["batch"], "removed": 0}
    assert_summary(capsys, demo, *stored)

    code, data, err = spi(capsys, "--db", demo, "population", "undo", str(first["batch"]), "--json")
    assert code == 0, err
    assert data == {"batch": first["batch"], "removed": expected["imported"]}
    assert_summary(capsys, demo)

    # Rows of an undone batch are gone: they are no longer duplicates of anything.
    third, _ = import_case(capsys, demo, case, tmp_path)
    assert only_counts(third) == expected


def test_undo_of_an_unknown_batch_is_refused(capsys: pytest.CaptureFixture[str], demo: str) -> None:
    code, _, err = spi(capsys, "--db", demo, "population", "undo", "9999", "--json")
    assert code == 2
    assert "9999" in err


# ----------------------------------------------------------------------------------------------------------
# (4) Export
# ----------------------------------------------------------------------------------------------------------

def test_export_csv_leaves_out_flagged_rows_and_is_safe_for_excel(capsys: pytest.CaptureFixture[str], demo: str,
                                                                 tmp_path: Path) -> None:
    internal, _ = pf.internal_xlsx(tmp_path)
    assert import_file(capsys, demo, internal, "internal")["imported"] == 17

    out = tmp_path / "populasi_internal.csv"
    data = export(capsys, demo, "internal", out)
    assert data["rows"] == 17 - 4
    assert Path(data["file"]).resolve() == out.resolve()
    raw = out.read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    columns, rows = exported_rows(out, "internal")
    assert len(rows) == 13
    phones = {cell_text(value) for value in column_values(columns, rows, "phone") if cell_text(value)}
    assert phones == pf.INTERNAL_XLSX_ELIGIBLE_PHONES  # +62…, never "'+62…" nor 62… nor 6.28E+12
    assert "Dinas Kesehatan" in raw.decode("utf-8-sig") or "DINKES" in raw.decode("utf-8-sig")

    out_all = tmp_path / "populasi_internal_semua.csv"
    data = export(capsys, demo, "internal", out_all, "--include-flagged")
    assert data["rows"] == 17
    columns, rows = exported_rows(out_all, "internal")
    assert len(rows) == 17
    phones = {cell_text(value) for value in column_values(columns, rows, "phone") if cell_text(value)}
    assert phones == pf.INTERNAL_XLSX_ELIGIBLE_PHONES | pf.INTERNAL_XLSX_FLAGGED_PHONES


def test_export_xlsx_keeps_phones_and_nip_as_text(capsys: pytest.CaptureFixture[str], demo: str,
                                                  tmp_path: Path) -> None:
    internal, _ = pf.internal_xlsx(tmp_path)
    import_file(capsys, demo, internal, "internal")
    out = tmp_path / "populasi_internal.xlsx"
    data = export(capsys, demo, "internal", out)
    assert data["rows"] == 13
    assert len(exported_rows(out, "internal")[1]) == 13
    # the same cells as openpyxl reads them, to see their stored types
    grid = [list(row) for row in load_workbook(out).worksheets[0].iter_rows(min_row=1, min_col=1, values_only=True)]
    columns, body = exported_rows(out, "internal", grid)
    assert len(body) == 13
    nips = [row[columns["nip"]] for row in body if row[columns["nip"]] not in (None, "")]
    assert all(isinstance(nip, str) for nip in nips), nips
    assert set(nips) >= pf.INTERNAL_XLSX_ELIGIBLE_NIPS  # bad NIPs may be exported as written
    phones = [row[columns["phone"]] for row in body if row[columns["phone"]] not in (None, "")]
    assert all(isinstance(phone, str) and E164_ID.match(phone) for phone in phones), phones
    assert set(phones) == pf.INTERNAL_XLSX_ELIGIBLE_PHONES


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_makes_formulas_inert(capsys: pytest.CaptureFixture[str], demo: str, tmp_path: Path,
                                     suffix: str) -> None:
    path, expected = pf.external_google_form_csv(tmp_path)
    assert only_counts(import_file(capsys, demo, path, "external", "--unit", "DINKES")) == expected
    out = tmp_path / f"populasi_eksternal{suffix}"
    data = export(capsys, demo, "external", out)
    assert data["rows"] == expected["imported"] - 1  # Hj. Siti Maryam is flagged
    if suffix == ".csv":
        assert out.read_bytes().startswith(codecs.BOM_UTF8)
        cells = [cell_text(cell) for row in read_table(out).rows for cell in row]
        assert "'" + pf.FORMULA_NAME in cells
        assert pf.FORMULA_NAME not in cells
        phones = [cell for cell in cells if cell.lstrip("'").startswith("+62")]
        assert phones and all(E164_ID.match(cell) for cell in phones)  # phones are never prefixed
    else:
        sheet = load_workbook(out).worksheets[0]
        cells = [cell for row in sheet.iter_rows() for cell in row if cell.value is not None]
        names = [cell for cell in cells if isinstance(cell.value, str) and "HYPERLINK" in cell.value]
        assert [(cell.value, cell.data_type) for cell in names] == [("'" + pf.FORMULA_NAME, "s")]
        assert not any(cell.data_type == "f" for cell in cells)
        phones = [cell.value for cell in cells if isinstance(cell.value, str) and cell.value.startswith("+62")]
        assert set(phones) == {"+6281250000001", "+6281250000002", "+6281250000004", "+6281250000008"}


def test_export_of_an_unsupported_suffix_is_refused(capsys: pytest.CaptureFixture[str], demo: str,
                                                    tmp_path: Path) -> None:
    code, _, err = spi(capsys, "--db", demo, "population", "export", "--year", YEAR, "--group", "internal",
                       "--out", str(tmp_path / "populasi.pdf"), "--json")
    assert code == 2
    assert "populasi.pdf" in err


# ----------------------------------------------------------------------------------------------------------
# (5) Bad input
# ----------------------------------------------------------------------------------------------------------

# (file name, content, group, options, what stderr must contain besides the file name)
BAD_FILES = [
    pytest.param("kosong.csv", b"", "internal", (), (), id="empty-csv"),
    pytest.param("rusak.xlsx", bytes(range(256)) * 8, "internal", (), (), id="random-bytes-xlsx"),
    pytest.param("tanpa_nama.csv", b"No HP,Email,OPD\n081234567890,a@b.co.id,DINKES\n", "internal", (),
                 ("kolom 'Nama'",), id="no-name-column"),
    pytest.param("tanpa_kontak.csv", b"Nama;NIP;Jabatan\nBudi;198503152010012003;Staf\n", "external",
                 ("--unit", "DINKES"), ("No. HP", "Email"), id="no-phone-or-email-column"),
    pytest.param("tanpa_opd.csv", b"Nama,No HP\nBudi,081234567890\n", "internal", (),
                 ("Perangkat Daerah",), id="internal-without-opd-column-or-unit"),
    pytest.param("laporan.pdf", b"%PDF-1.4", "expert", (), (), id="unsupported-suffix"),
]


@pytest.mark.parametrize(("name", "content", "group", "options", "fragments"), BAD_FILES)
def test_bad_input_exits_2_naming_the_file(capsys: pytest.CaptureFixture[str], demo: str, tmp_path: Path,
                                           name: str, content: bytes, group: str, options: tuple[str, ...],
                                           fragments: tuple[str, ...]) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    code, _, err = spi(capsys, "--db", demo, "population", "import", str(path), "--year", YEAR, "--group", group,
                       *options, "--json")
    assert code == 2
    assert name in err
    for fragment in fragments:
        assert fragment in err
    assert_summary(capsys, demo)


def test_missing_file_unknown_year_group_or_unit_exit_2(capsys: pytest.CaptureFixture[str], demo: str,
                                              tmp_path: Path) -> None:
    code, _, err = spi(capsys, "--db", demo, "population", "import", str(tmp_path / "tidak-ada.xlsx"), "--year",
                       YEAR, "--group", "internal")
    assert code == 2 and "tidak-ada.xlsx" in err
    path, _ = pf.expert_csv_pipe(tmp_path)
    code, _, err = spi(capsys, "--db", demo, "population", "import", str(path), "--year", "1999", "--group",
                       "expert")
    assert code == 2 and "1999" in err
    code, _, _ = spi(capsys, "--db", demo, "population", "import", str(path), "--year", YEAR, "--group", "pegawai")
    assert code == 2
    code, _, err = spi(capsys, "--db", demo, "population", "import", str(path), "--year", YEAR, "--group",
                       "external", "--unit", "NOPE")
    assert code == 2 and "NOPE" in err
    assert_summary(capsys, demo)


# ----------------------------------------------------------------------------------------------------------
# (6) The same person in two groups
# ----------------------------------------------------------------------------------------------------------

def test_contact_stored_in_another_group_is_a_warning_not_a_duplicate(capsys: pytest.CaptureFixture[str],
                                                                     demo: str, tmp_path: Path) -> None:
    internal, expected_internal = pf.internal_xlsx(tmp_path)
    assert only_counts(import_file(capsys, demo, internal, "internal")) == expected_internal
    path, _ = pf.external_staff_as_users_csv(tmp_path)
    data = import_file(capsys, demo, path, "external", "--unit", "DISDUKCAPIL")
    assert only_counts(data) == pf.EXTERNAL_STAFF_AFTER_INTERNAL_XLSX  # Siti (phone) and Fajar (email)
    assert_summary(capsys, demo, {"internal": 17, "external": 4}, {"internal": 4})


# ----------------------------------------------------------------------------------------------------------
# (7) Whatever the file holds, the import answers with exit 0 or 2, never a traceback
# ----------------------------------------------------------------------------------------------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@pytest.fixture
def fresh_copy(demo: str, tmp_path: Path) -> Iterator[Callable[[], str]]:
    """Makes a copy of the (empty-population) demo workspace, so every generated example stands alone; gives
    its --db value. On PostgreSQL a database made from the demo's as a template (the previous copy is dropped)."""
    if "://" not in demo:
        def copy_file() -> str:
            db = tmp_path / "contoh.sqlite"
            shutil.copyfile(demo, db)
            return str(db)

        yield copy_file
        return
    import psycopg
    from sqlalchemy.engine import make_url

    url = make_url(demo)
    made: list[str] = []

    def server(statement: str) -> None:
        with psycopg.connect(host=url.host, port=url.port, user=url.username, dbname="postgres",
                             autocommit=True) as connection:
            connection.execute(statement)

    def drop_made() -> None:
        while made:
            server(f'DROP DATABASE IF EXISTS "{made.pop()}" WITH (FORCE)')

    def copy_database() -> str:
        drop_made()
        made.append(f"{url.database}_contoh")
        server(f'CREATE DATABASE "{made[-1]}" TEMPLATE "{url.database}"')
        return url.set(database=made[-1]).render_as_string(hide_password=False)

    yield copy_database
    drop_made()


def check_never_crashes(capsys: pytest.CaptureFixture[str], db: str, path: Path, group: str,
                        options: tuple[str, ...]) -> None:
    code = main(["--db", db, "population", "import", str(path), "--year", YEAR, "--group", group, *options,
                 "--json"])
    out, err = capsys.readouterr()
    assert code in (0, 2), err
    assert "Traceback" not in err
    if code == 0:
        data = json.loads(out)
        assert data["read"] == data["imported"] + data["duplicates"] + data["rejected"]
        assert 0 <= data["warnings"] <= data["imported"]
    else:
        assert err.strip()


FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
HEADER_WORDS = ["Nama", "Nama Pegawai", "No. HP", "No HP/WA", "WA", "Email", "E-mail", "NIP", "Jabatan",
                "Perangkat Daerah", "OPD", "TMT", "TMT Unit", "Tanggal Layanan", "Jenis Layanan", "Instansi",
                "Kategori", "No", "", " "]
CELL_SAMPLES = ["", " ", "081234567890", "+62 812-3456-7890", "6281234567890.0", "6.28123E+11", "022-7271234",
                "0812", "a@b.co.id", "A@B.CO.ID ", "x@y", "DINKES", " dinas kesehatan ", "Dinas Kelautan",
                "2024-07-01", "31/02/2015", "15/09/2023", "0", "-1", "1e308", "nan", "=1+1", "@SUM(A1)",
                "Kepala (Eselon II.a)", "eselon iv", "19850315 201001 2 003", "198503152010012003",
                "1985031520100", "\u200b", "Nur’aini", "José", "\ufeff", "\"", "\r\n"]
GROUPS_AND_OPTIONS = [("internal", ()), ("internal", ("--unit", "DINKES")), ("external", ("--unit", "DINKES")),
                      ("external", ()), ("expert", ()), ("expert", ("--dry-run",))]
cells = st.one_of(st.sampled_from(CELL_SAMPLES), st.text(max_size=24))
groups = st.sampled_from(GROUPS_AND_OPTIONS)
tables = st.tuples(
    st.integers(min_value=0, max_value=3),                                              # title rows
    st.lists(st.one_of(st.sampled_from(HEADER_WORDS), st.text(max_size=12)), min_size=1, max_size=8),
    st.lists(st.lists(cells, max_size=9), max_size=15),                                  # body
    st.sampled_from([",", ";", "\t", "|"]),
    st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]),
    groups,
)

def write_table(path: Path, title_rows: int, header: list[str], body: list[list[str]], separator: str,
                encoding: str) -> None:
    rows = [["DAFTAR POPULASI SPI"] for _ in range(title_rows)] + [header, *body]
    path.write_bytes(pf.csv_text(rows, separator).encode(encoding, errors="replace"))

@FUZZ
@given(content=st.binary(max_size=3000), suffix=st.sampled_from([".csv", ".xlsx", ".txt", ".ods"]),
       group=groups)
def test_random_bytes_never_crash(capsys: pytest.CaptureFixture[str], fresh_copy: Callable[[], str], tmp_path: Path,
                                  content: bytes, suffix: str, group: tuple[str, tuple[str, ...]]) -> None:
    path = tmp_path / f"acak{suffix}"
    path.write_bytes(content)
    check_never_crashes(capsys, fresh_copy(), path, *group)

@FUZZ
@given(table=tables)
def test_random_tables_never_crash(capsys: pytest.CaptureFixture[str], fresh_copy: Callable[[], str], tmp_path: Path,
                                   table: tuple[Any, ...]) -> None:
    *layout, group = table
    path = tmp_path / "acak.csv"
    write_table(path, *layout)
    check_never_crashes(capsys, fresh_copy(), path, *group)

@FUZZ
@given(sequence=st.lists(tables, min_size=2, max_size=4))
def test_random_tables_imported_one_after_another_never_crash(
        capsys: pytest.CaptureFixture[str], fresh_copy: Callable[[], str], tmp_path: Path,
        sequence: list[tuple[Any, ...]]) -> None:
    db = fresh_copy()  # later files meet the rows the earlier ones stored
    for number, (*layout, group) in enumerate(sequence):
        path = tmp_path / f"acak{number}.csv"
        write_table(path, *layout)
        check_never_crashes(capsys, db, path, *group)


def test_two_imports_at_once_never_store_a_person_twice(demo_database: Database, db_arg: str,
                                                        tmp_path: Path) -> None:
    path = tmp_path / "sama.csv"
    path.write_text("Nama;Perangkat Daerah;No. HP\n" + "".join(
        f"Pegawai {i};DINKES;0812{i:08d}\n" for i in range(60_000)), encoding="utf-8")
    command = [sys.executable, "-m", "spi_desktop.cli", "--db", db_arg, "population", "import", str(path),
               "--year", "2024", "--group", "internal", "--json"]
    first, second = subprocess.Popen(command, stdout=subprocess.PIPE), subprocess.Popen(command, stdout=subprocess.PIPE)
    results = [json.loads(process.communicate(timeout=120)[0]) for process in (first, second)]
    assert sorted(r["imported"] for r in results) == [0, 60_000]
    assert sorted(r["duplicates"] for r in results) == [0, 60_000]
    with demo_database.engine.connect() as connection:
        assert connection.execute(text("SELECT COUNT(*), COUNT(DISTINCT phone) FROM population_record")).one() == (
            60_000, 60_000)


def test_an_opd_code_wins_over_another_opds_alias(demo_database: Database, tmp_path: Path) -> None:
    disdik = get_unit(demo_database, "DISDIK").record
    save_unit(demo_database, UnitRecord(**{**vars(disdik), "aliases": ["DINKES"]}), original_code="DISDIK")
    path = tmp_path / "a.csv"
    path.write_text("Nama;Perangkat Daerah;No. HP\nSri;DINKES;081234567890\n", encoding="utf-8")
    import_population(demo_database, path, 2024, "internal")
    received = [s.unit_code for s in submission_statuses(demo_database, 2024) if s.rows]
    assert received == ["DINKES"]


@pytest.mark.parametrize(("position", "flagged"), [("Eselon IIa", True), ("Kepala Dinas (Eselon II.b)", True),
                                                   ("eselon I", True), ("Eselon III/a", False), ("Eselon IV", False)])
def test_eselon_i_and_ii_are_excluded_in_every_spelling(demo_database: Database, tmp_path: Path, position: str,
                                                        flagged: bool) -> None:
    path = tmp_path / "e.csv"
    path.write_text(f"Nama;Perangkat Daerah;No. HP;Jabatan\nSri;DINKES;081234567890;{position}\n", encoding="utf-8")
    assert import_population(demo_database, path, 2024, "internal", dry_run=True).flagged == int(flagged)


def test_undo_clears_the_validated_mark(demo_database: Database, tmp_path: Path) -> None:
    path = tmp_path / "v.csv"
    path.write_text("Nama;No. HP\nSri;081234567890\n", encoding="utf-8")
    batch = import_population(demo_database, path, 2024, "internal", unit_code="DINKES").batch
    mark_validated(demo_database, 2024, "DINKES", "internal")
    assert batch is not None
    undo_batch(demo_database, batch)
    path.write_text("Nama;No. HP\nBudi;081298765432\n", encoding="utf-8")
    import_population(demo_database, path, 2024, "internal", unit_code="DINKES")
    status = next(s for s in submission_statuses(demo_database, 2024)
                  if (s.unit_code, s.group) == ("DINKES", "internal"))
    assert status.status != "tervalidasi"


def test_a_very_long_cell_and_a_form_feed_in_the_title_are_read(capsys: pytest.CaptureFixture[str], db_arg: str,
                                                                demo_database: Database, tmp_path: Path) -> None:
    path = tmp_path / "aneh.csv"
    path.write_text("JUDUL\x0cHALAMAN\u2028BARU\nNama;Perangkat Daerah;No. HP;Jabatan\n"
                    f"Sri;DINKES;081234567890;{'x' * 200_000}\nBudi;DINKES;081298765432;Staf\n", encoding="utf-8")
    assert main(["--db", db_arg, "population", "import", str(path), "--year", "2024", "--group",
                 "internal", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert (result["read"], result["imported"]) == (2, 2)


def test_blank_dates_are_stored_as_null(demo_database: Database, tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text("Nama;Perangkat Daerah;No. HP;TMT\nSri;DINKES;081234567890;01/02/2010\n"
                    "Budi;DINKES;081298765432;\n", encoding="utf-8")
    import_population(demo_database, path, 2024, "internal")
    with demo_database.engine.connect() as connection:
        if demo_database.path is not None:  # SQLite stores any type in any column: check it is no '' text
            values = sorted(connection.exec_driver_sql(
                "SELECT COALESCE(tmt_institution, 'NULL'), typeof(tmt_institution) FROM population_record").all())
            assert values == [("2010-02-01", "text"), ("NULL", "null")]
        else:
            values = sorted(connection.exec_driver_sql(
                "SELECT COALESCE(CAST(tmt_institution AS TEXT), 'NULL') FROM population_record").all())
            assert values == [("2010-02-01",), ("NULL",)]


def test_a_file_changed_after_its_preview_is_refused(demo_database: Database, tmp_path: Path) -> None:
    from spi_desktop.domain.errors import InputError

    path = tmp_path / "p.csv"
    path.write_text("Nama;Perangkat Daerah;No. HP\nSri;DINKES;081234567890\n", encoding="utf-8")
    preview = import_population(demo_database, path, 2024, "internal", dry_run=True)
    path.write_text("Nama;Perangkat Daerah;No. HP\nSri;DINKES;081234567890\nBudi;RSUD;081298765432\n",
                    encoding="utf-8")
    with pytest.raises(InputError, match="berubah sejak pratinjau"):
        import_population(demo_database, path, 2024, "internal", expected_hash=preview.file_hash)
