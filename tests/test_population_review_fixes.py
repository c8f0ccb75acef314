"""Cases a review found: each once gave a wrong count, a wrong OPD, a crash or a stale mark."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from spi_desktop.cli import main
from spi_desktop.db.session import Database
from spi_desktop.domain.unit_record import UnitRecord
from spi_desktop.services.population import import_population, undo_batch
from spi_desktop.services.population_submissions import mark_validated, submission_statuses
from spi_desktop.services.units import get_unit, save_unit


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
