"""Progress snapshots: import with their bad-input rules, kept snapshots, and the matrix."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from spi_desktop.cli import main
from spi_desktop.db.session import Database
from spi_desktop.domain.errors import InputError
from spi_desktop.services.progress import import_progress, progress_matrix
from spi_desktop.services.progress_targets import set_target

HEADER = "Kode;Kelompok;Diundang;Mulai;Selesai\n"
AUG = dt.date(2024, 8, 1)


def write(tmp_path: Path, body: str, name: str = "kemajuan.csv") -> Path:
    path = tmp_path / name
    path.write_text(HEADER + body, encoding="utf-8")
    return path


def test_bad_counts_unknown_opd_and_over_population_are_refused(demo_database: Database, tmp_path: Path) -> None:
    set_target(demo_database, 2024, "RSUD", "internal", 50, population_sent=80)
    path = write(tmp_path, "DINKES;internal;100;20;60\nDINKES;eksternal;50;5;-3\nDISDIK;internal;10;0;abc\n"
                           "ENTAH;internal;10;0;5\nRSUD;internal;90;0;85\nRSUD;kelompok aneh;1;0;1\n"
                           "DISDIK;eksternal;10;2;12\n;eksper;40;0;30\n")
    result = import_progress(demo_database, path, 2024, AUG)
    assert (result.read, result.imported, result.rejected) == (8, 2, 6)
    reasons = " | ".join(str(p) for p in result.problems)
    for fragment in ("'-3' bukan bilangan bulat", "'abc' bukan bilangan bulat", "OPD 'ENTAH' tidak dikenal",
                     "lebih besar dari populasi yang dikirim (80)", "Kelompok 'kelompok aneh' tidak dikenal",
                     "Selesai (12) lebih besar dari diundang (10)"):
        assert fragment in reasons
    assert "baris 3" in reasons, "rows are named by their line in the file"


def test_same_date_twice_is_never_silent(demo_database: Database, tmp_path: Path) -> None:
    import_progress(demo_database, write(tmp_path, "DINKES;internal;100;20;60\n"), 2024, AUG)
    again = write(tmp_path, "DINKES;internal;100;20;70\n", "lagi.csv")
    with pytest.raises(InputError, match="--replace.*--keep-both"):
        import_progress(demo_database, again, 2024, AUG)
    assert progress_matrix(demo_database, 2024)[1][0].completed == 60, "nothing changed until the user chose"
    import_progress(demo_database, again, 2024, AUG, on_existing="replace")
    assert progress_matrix(demo_database, 2024)[1][0].completed == 70


def test_a_date_outside_the_window_is_refused(demo_database: Database, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="di luar masa survei 2024"):
        import_progress(demo_database, write(tmp_path, "DINKES;internal;1;0;1\n"), 2024, dt.date(2024, 12, 1))


def test_a_falling_count_is_flagged_and_partials_never_count(demo_database: Database, tmp_path: Path) -> None:
    set_target(demo_database, 2024, "DINKES", "internal", 100)
    import_progress(demo_database, write(tmp_path, "DINKES;internal;200;90;60\n"), 2024, AUG)
    result = import_progress(demo_database, write(tmp_path, "DINKES;internal;200;95;55\n", "b.csv"), 2024,
                             AUG + dt.timedelta(days=7))
    assert "turun dari 60 ke 55" in result.warnings[0]
    latest, rows = progress_matrix(demo_database, 2024)
    assert latest == AUG + dt.timedelta(days=7)
    assert (rows[0].completed, rows[0].attainment, rows[0].light) == (55, 0.55, "kuning")
    assert rows[0].response_rate == 55 / 200


def test_cli_import_and_show_contract(capsys: pytest.CaptureFixture[str], db_arg: str, demo_database: Database,
                                      tmp_path: Path) -> None:
    set_target(demo_database, 2024, "DINKES", "internal", 80)
    path = write(tmp_path, "DINKES;internal;100;20;60\n")
    assert main(["--db", db_arg, "progress", "import", str(path), "--year", "2024", "--date", "2024-08-01",
                 "--json"]) == 0
    assert {k: v for k, v in json.loads(capsys.readouterr().out).items() if k in ("read", "imported", "rejected",
            "date")} == {"read": 1, "imported": 1, "rejected": 0, "date": "2024-08-01"}
    assert main(["--db", db_arg, "progress", "import", str(path), "--year", "2024", "--date", "2024-08-01",
                 "--json"]) == 2
    capsys.readouterr()
    assert main(["--db", db_arg, "progress", "show", "--year", "2024", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["date"] == "2024-08-01"
    row = next(u for u in shown["units"] if u["code"] == "DINKES" and u["group"] == "internal")
    assert (row["target"], row["completed"], row["attainment"]) == (80, 60, 0.75)
    assert shown["total"]["completed"] == 60


def test_an_impossible_date_is_bad_input(capsys: pytest.CaptureFixture[str], db_arg: str) -> None:
    assert main(["--db", db_arg, "progress", "show", "--year", "2025", "--date", "2025-13-01"]) == 2
    assert "'2025-13-01' bukan tanggal YYYY-MM-DD yang sah" in capsys.readouterr().err


def test_default_targets_follow_the_population_and_stored_ones_win(demo_database: Database, tmp_path: Path) -> None:
    from spi_desktop.services.population import import_population

    def import_staff(count: int, name: str) -> None:
        path = tmp_path / name
        path.write_text("Nama;No. HP\n" + "".join(f"P{name}{i};0812{hash(name) % 1000:03d}{i:05d}\n"
                                                 for i in range(count)), encoding="utf-8")
        import_population(demo_database, path, 2024, "internal", unit_code="DINKES")

    def dinkes_target() -> int | None:
        return next(r.target for r in progress_matrix(demo_database, 2024)[1]
                    if (r.code, r.group) == ("DINKES", "internal"))

    import_staff(50, "a.csv")
    assert dinkes_target() == 30, "rule 2024: max(30, 30 % of 50) = 30"
    import_staff(150, "b.csv")
    assert dinkes_target() == 60, "200 staff now: 30 % = 60; defaults are derived, not frozen"
    set_target(demo_database, 2024, "DINKES", "internal", 75, population_sent=200)
    assert dinkes_target() == 75
