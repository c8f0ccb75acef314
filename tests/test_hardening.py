"""Edge cases found in review: each once crashed or misled a user."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from spi_desktop.cli import main
from spi_desktop.db.session import Database
from spi_desktop.domain.bands import band_upper_bounds
from spi_desktop.domain.formatting import parse_decimal
from spi_desktop.domain.validators import check_nip
from spi_desktop.services.jobs import JobContext
from spi_desktop.services.units import import_units, list_units
from spi_desktop.services.workspace import get_workspace


def test_a_cancel_after_the_commit_does_not_hide_a_stored_import(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "opd.csv"
    path.write_text("Kode,Nama OPD\nZZ,Dinas Z\n", encoding="utf-8")
    context = JobContext(on_progress=lambda _d, _t, text: context.cancel() if text == "Selesai" else None)
    summary = import_units(database, path, context=context)
    assert summary.added == 1 and [u.code for u in list_units(database)] == ["ZZ"]


def test_demo_never_overwrites_a_real_institution(capsys: pytest.CaptureFixture[str], db_arg: str,
                                                  database: Database) -> None:
    assert main(["--db", db_arg, "init", "--code", "KOTA1", "--name", "Pemerintah Kota Nyata",
                 "--type", "kota"]) == 0
    assert main(["--db", db_arg, "demo"]) == 2
    assert "sudah berisi data instansi" in capsys.readouterr().err
    assert get_workspace(database).code == "KOTA1"
    assert list_units(database) == []


@pytest.mark.parametrize(
    ("raw", "fragment"),
    [("198001012005²11001", "harus 18 angka"), ("1.97001011990031E+17", "tersimpan sebagai angka"),
     (1.97001011990031e17, "tersimpan sebagai angka")],
)
def test_odd_nips_are_reported_not_crashed_on(raw: object, fragment: str) -> None:
    assert fragment in check_nip(raw).problems[0]


@pytest.mark.parametrize("text", ["nan", "inf", "-inf", "1e400"])
def test_non_finite_numbers_are_not_numbers(text: str) -> None:
    with pytest.raises(ValueError, match="bukan angka"):
        parse_decimal(text)


def test_a_year_without_bands_has_no_ranges() -> None:
    assert band_upper_bounds([]) == []


def test_over_long_fields_are_rejected_before_the_database_sees_them(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "opd.csv"
    path.write_text(f"Kode,Nama OPD\nPANJANG,{'Dinas ' * 60}\n", encoding="utf-8")
    summary = import_units(database, path)
    assert summary.rejected == 1 and "paling panjang 255" in summary.problems[0].message


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
