"""The CLI contract other tools rely on: commands, exit codes, JSON shapes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from spi_desktop.cli import main
from spi_desktop.db.session import Database
from spi_desktop.services.units import list_units
from spi_desktop.services.workspace import get_workspace

UNITS_CSV = (
    "DAFTAR PERANGKAT DAERAH KABUPATEN SUKAMAJU\n"
    "\n"
    "Kode;Nama Perangkat Daerah;Nama Kepala;NIP Kepala;Jabatan Kepala\n"
    "DINKES;Dinas Kesehatan;dr. Sri Rahayu;197001011990032001;Kepala Dinas\n"
    "DISDIK;Dinas Pendidikan;Drs. Agus Santoso;196805121991031002;Kepala Dinas\n"
)


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict | None, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, (json.loads(out) if "--json" in args and code == 0 else None), err


@pytest.fixture
def units_file(tmp_path: Path) -> Path:
    path = tmp_path / "opd.csv"
    path.write_text(UNITS_CSV, encoding="utf-8")
    return path


def test_init_then_import_twice_adds_nothing_the_second_time(
    capsys: pytest.CaptureFixture[str], db_arg: str, units_file: Path
) -> None:
    db = db_arg
    code, _, _ = run_cli(capsys, "--db", db, "init", "--code", "SKJ", "--name",
                         "Pemerintah Kabupaten Sukamaju", "--type", "kabupaten")
    assert code == 0
    code, first, _ = run_cli(capsys, "--db", db, "units", "import", str(units_file), "--json")
    assert code == 0
    assert {k: first[k] for k in ("read", "added", "updated", "rejected")} == {
        "read": 2, "added": 2, "updated": 0, "rejected": 0}
    code, second, _ = run_cli(capsys, "--db", db, "units", "import", str(units_file), "--json")
    assert (second["added"], second["updated"], second["rejected"]) == (0, 0, 0)
    code, listing, _ = run_cli(capsys, "--db", db, "units", "list", "--json")
    assert listing == {"units": [
        {"code": "DINKES", "name": "Dinas Kesehatan", "short_name": None, "active": True,
         "head_name": "dr. Sri Rahayu", "pic_name": None},
        {"code": "DISDIK", "name": "Dinas Pendidikan", "short_name": None, "active": True,
         "head_name": "Drs. Agus Santoso", "pic_name": None},
    ]}


def test_file_without_code_column_is_refused_naming_the_column(
    capsys: pytest.CaptureFixture[str], db_arg: str, tmp_path: Path
) -> None:
    path = tmp_path / "tanpa_kode.csv"
    path.write_text("Nama OPD,Nama Kepala\nDinas Kesehatan,dr. Sri\n", encoding="utf-8")
    code, _, err = run_cli(capsys, "--db", db_arg, "units", "import", str(path), "--json")
    assert code == 2
    assert "kolom 'Kode' tidak ditemukan" in err and "tanpa_kode.csv" in err
    code, listing, _ = run_cli(capsys, "--db", db_arg, "units", "list", "--json")
    assert listing == {"units": []}


def test_years_show_gives_bands_elements_and_weights(capsys: pytest.CaptureFixture[str], db_arg: str) -> None:
    code, data, _ = run_cli(capsys, "--db", db_arg, "years", "show", "2024", "--json")
    assert code == 0
    assert data["year"] == 2024
    assert [(b["label"], b["lower"], b["colour"]) for b in data["bands"]] == [
        ("Rentan", 0.0, "#C62828"), ("Waspada", 73.0, "#F9A825"), ("Terjaga", 78.0, "#2E7D32")]
    assert len(data["elements"]) == 7 and data["elements"][0]["name"] == "Transparansi"
    assert set(data["weights"]) == {"internal", "external", "expert"}


def test_years_add_needs_the_window_dates_and_keeps_the_show_shape(capsys: pytest.CaptureFixture[str],
                                                                   db_arg: str) -> None:
    code, _, err = run_cli(capsys, "--db", db_arg, "years", "add", "2026", "--window-start", "2026-08-01")
    assert code == 2 and "Masa survei selesai wajib diisi" in err and "Batas data populasi wajib diisi" in err
    code, data, _ = run_cli(capsys, "--db", db_arg, "years", "add", "2026", "--window-start", "2026-08-01",
                            "--window-end", "2026-10-31", "--population-deadline", "2026-06-30", "--json")
    assert code == 0 and data["window_start"] == "2026-08-01" and data["population_deadline"] == "2026-06-30"
    code, shown, _ = run_cli(capsys, "--db", db_arg, "years", "show", "2026", "--json")
    assert shown == data and set(shown) == {"year", "bands", "elements", "weights", "national_index",
                                            "national_target", "window_start", "window_end",
                                            "population_deadline", "sample_targets", "sources"}
    code, changed, _ = run_cli(capsys, "--db", db_arg, "years", "dates", "2026", "--window-end", "2026-11-15",
                               "--json")
    assert code == 0 and changed["window_end"] == "2026-11-15" and changed["window_start"] == "2026-08-01"
    code, _, err = run_cli(capsys, "--db", db_arg, "years", "dates", "2026", "--window-end", "2026-07-01")
    assert code == 2 and "Akhir masa survei tidak boleh sebelum awalnya" in err


def test_bad_input_exits_2_with_an_indonesian_message(capsys: pytest.CaptureFixture[str], db_arg: str) -> None:
    code, _, err = run_cli(capsys, "--db", db_arg, "years", "show", "1999")
    assert code == 2 and "Tahun survei 1999 belum ada" in err
    code, _, err = run_cli(capsys, "--db", db_arg, "init", "--code", "X", "--name", "Y", "--type", "desa")
    assert code == 2 and "Jenis instansi 'desa' tidak dikenal" in err
    code, _, err = run_cli(capsys, "--db", db_arg, "units", "import", "tidak-ada.xlsx")
    assert code == 2 and "tidak ditemukan" in err


def test_demo_accepts_db_after_the_command_and_builds_40_units(capsys: pytest.CaptureFixture[str],
                                                                db_arg: str) -> None:
    code, data, _ = run_cli(capsys, "demo", "--db", db_arg, "--json")
    assert code == 0 and data["units"] == 40
    code, listing, _ = run_cli(capsys, "--db", db_arg, "units", "list", "--json")
    assert len(listing["units"]) == 40
    code, _, err = run_cli(capsys, "demo", "--db", db_arg)
    assert code == 2 and "sudah berisi data instansi atau OPD" in err


def test_console_script_prints_exactly_one_json_object(db_arg: str) -> None:
    result = subprocess.run([sys.executable, "-m", "spi_desktop.cli", "--db", db_arg, "years", "list",
                             "--json"], capture_output=True, text=True, check=True)
    assert json.loads(result.stdout) == {"years": [2021, 2022, 2023, 2024, 2025]}


def test_the_registry_names_every_top_level_command_once() -> None:
    """main() looks a command up in SUBCOMMANDS to learn whether it opens --db: every command the parser offers
    must be there, under the name it is registered with."""
    from spi_desktop.cli.main import SUBCOMMANDS, build_parser

    parser = build_parser()
    offered = next(action for action in parser._actions if action.dest == "command").choices
    assert offered is not None
    assert [entry.name for entry in SUBCOMMANDS] == list(offered)
    assert [entry.name for entry in SUBCOMMANDS if not entry.needs_database] == ["db"]


def test_demo_never_overwrites_a_real_institution(capsys: pytest.CaptureFixture[str], db_arg: str,
                                                  database: Database) -> None:
    assert main(["--db", db_arg, "init", "--code", "KOTA1", "--name", "Pemerintah Kota Nyata",
                 "--type", "kota"]) == 0
    assert main(["--db", db_arg, "demo"]) == 2
    assert "sudah berisi data instansi" in capsys.readouterr().err
    assert get_workspace(database).code == "KOTA1"
    assert list_units(database) == []


def test_unknown_database_kind_is_a_sentence_not_a_traceback(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", "foo://tempat/entah", "years", "list", "--json"]) == 2
    out, err = capsys.readouterr()
    assert "tidak didukung" in err and "Traceback" not in err
    assert json.loads(out)["exit"] == 2


def test_importing_for_a_survey_year_that_does_not_exist_is_refused(
    capsys: pytest.CaptureFixture[str], db_arg: str, tmp_path: Path
) -> None:
    path = tmp_path / "opd.csv"
    path.write_text("Kode,Nama OPD\nA,Dinas A\n", encoding="utf-8")
    assert main(["--db", db_arg, "units", "import", str(path), "--year", "99999"]) == 2
    assert "Tahun survei 99999 belum ada" in capsys.readouterr().err


def test_init_sets_the_scorecard_signature_and_keeps_its_json_without_those_flags(
        capsys: pytest.CaptureFixture[str], db_arg: str) -> None:
    base = ["--db", db_arg, "init", "--code", "BDG", "--name", "Pemerintah Kota Bandung", "--type", "kota"]
    code, shown, _ = run_cli(capsys, *base, "--json")
    assert code == 0 and shown == {"code": "BDG", "name": "Pemerintah Kota Bandung", "type": "kota"}
    code, shown, _ = run_cli(capsys, *base, "--signer-name", "Dr. Asep Sunandar", "--signer-nip",
                             "197703061996082002", "--json")
    assert code == 0 and shown["signature"] == {"place": "Bandung", "title": "Inspektur Kota Bandung",
                                                "name": "Dr. Asep Sunandar", "nip": "197703061996082002"}
    code, shown, _ = run_cli(capsys, *base, "--sign-place", "Cimahi", "--signer-title",
                             "Plt. Inspektur Kota Bandung", "--json")
    assert shown["signature"]["place"] == "Cimahi" and shown["signature"]["title"] == "Plt. Inspektur Kota Bandung"
    assert shown["signature"]["name"] == "Dr. Asep Sunandar"  # kept from the earlier call
    code, shown, _ = run_cli(capsys, *base, "--sign-place", "", "--json")
    assert shown["signature"]["place"] == "Bandung" and shown["signature"]["title"] == "Plt. Inspektur Kota Bandung"
    code, _, err = run_cli(capsys, *base, "--signer-nip", "123")
    assert code == 2 and "18 angka" in err


def test_an_empty_population_export_exits_2_and_writes_nothing(capsys: pytest.CaptureFixture[str], db_arg: str,
                                                                 demo_database: Database, tmp_path: Path) -> None:
    out = tmp_path / "kpk.csv"
    code, _, err = run_cli(capsys, "--db", db_arg, "population", "export", "--year", "2024", "--group", "internal",
                           "--out", str(out), "--reason", "uji")
    assert code == 2 and not out.exists()
    assert "Belum ada responden kelompok Internal tahun 2024 untuk diekspor; tidak ada berkas yang ditulis." in err
