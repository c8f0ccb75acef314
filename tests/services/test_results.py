"""Official results: bands at every boundary, import with its bad-input rules, the form, the CLI contract."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from spi_desktop.cli import main
from spi_desktop.db.session import Database
from spi_desktop.domain.bands import band_for
from spi_desktop.domain.errors import InputError
from spi_desktop.services.results import ResultEntry, import_results, save_result
from spi_desktop.services.results_read import results_for_year
from spi_desktop.services.years import default_years

YEARS = {year.year: year for year in default_years()}


@pytest.mark.parametrize(("years", "score", "label"), [
    ((2021, 2022, 2023), 67.9, "Sangat Rentan"), ((2021, 2022, 2023), 68.0, "Rentan"),
    ((2021, 2022, 2023), 73.6, "Rentan"), ((2021, 2022, 2023), 73.7, "Waspada"),
    ((2021, 2022, 2023), 77.4, "Waspada"), ((2021, 2022, 2023), 77.5, "Terjaga"),
    ((2024, 2025), 72.9, "Rentan"), ((2024, 2025), 73.0, "Waspada"),
    ((2024, 2025), 77.9, "Waspada"), ((2024, 2025), 78.0, "Terjaga"),
    ((2021,), 65.58, "Sangat Rentan"), ((2021,), 76.45, "Waspada"), ((2021,), 82.81, "Terjaga"),
    ((2022,), 74.00, "Waspada"), ((2023,), 68.34, "Rentan"), ((2024,), 71.66, "Rentan"), ((2024,), 77.97, "Waspada"),
    ((2025,), 71.45, "Rentan"),
])
def test_every_band_boundary_of_both_schemes(years: tuple[int, ...], score: float, label: str) -> None:
    for year in years:
        assert band_for(score, YEARS[year].bands).label == label, (year, score)


def write(tmp_path: Path, text: str, name: str = "hasil.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


HEADER = ("Tahun;Kode;Nama;Nilai SPI;Internal;Eksternal;Eksper;Faktor Koreksi;Transparansi;Pengelolaan SDM;"
          "Pengelolaan Anggaran;Integritas dalam Pelaksanaan Tugas;Trading in Influence;Pengelolaan PBJ;"
          "Sosialisasi Antikorupsi\n")


def test_import_stores_figures_as_given_with_bands_change_and_comparisons(database: Database,
                                                                          tmp_path: Path) -> None:
    from spi_desktop.services.workspace import init_workspace

    init_workspace(database, "KEPRI", "Pemerintah Provinsi Kepulauan Riau", "provinsi")
    path = write(tmp_path, HEADER + "2023;KEPRI;Pemprov Kepri;70,10;;;;;;;;;;;\n2024;INSTANSI;Pemprov Kepri;"
                                    "71,66;80,1;84,2;60,5;4,2;75;62,12;69,03;88;70;65,69;80\n")
    result = import_results(database, path)
    assert (result.read, result.imported, result.rejected) == (2, 2, 0)
    [kepri] = results_for_year(database, 2024)
    assert kepri.index.score == 71.66 and kepri.index.band == "Rentan", "stored as published, band of 2024"
    assert kepri.elements["pengelolaan_sdm"].score == 62.12 and kepri.elements["transparansi"].band == "Waspada"
    assert kepri.change == 1.56 and kepri.previous_year == 2023
    assert kepri.national_index == 71.53 and kepri.type_average == 67.52
    assert any("bukan rata-rata elemen" in note for note in kepri.notes), "never recomputed from the elements"


def test_bad_rows_are_refused_with_row_and_column_and_nothing_half_written(demo_database: Database,
                                                                           tmp_path: Path) -> None:
    path = write(tmp_path, HEADER + "2024;DINKES;;101;;;;;;;;;;;\n2024;DISDIK;;tujuh puluh;;;;;;;;;;;\n"
                                    "2024;ENTAH;;70;;;;;;;;;;;\n2024;RSUD;;70,5;;;;;;;;;;;\n"
                                    "2024;RSUD;;71;;;;;;;;;;;\n")
    before = results_for_year(demo_database, 2024)
    result = import_results(demo_database, path, on_duplicate="replace")
    reasons = " | ".join(str(p) for p in result.problems)
    assert "baris 2, kolom D (Nilai SPI): Indeks SPI 101 di luar 0–100" in reasons
    assert "baris 3, kolom D (Nilai SPI): 'tujuh puluh' bukan angka" in reasons
    assert "Kode 'ENTAH' bukan OPD" in reasons and "RSUD 2024 sudah ada di baris 5" in reasons
    assert result.imported == 1 and result.replaced == 1
    rsud = next(r for r in results_for_year(demo_database, 2024) if r.code == "RSUD")
    assert rsud.index.score == 70.5 and len(results_for_year(demo_database, 2024)) == len(before)


def test_stored_results_are_replaced_or_skipped_only_when_chosen(demo_database: Database, tmp_path: Path) -> None:
    path = write(tmp_path, HEADER + "2025;DINKES;;66,6;;;;;;;;;;;\n")
    old = next(r for r in results_for_year(demo_database, 2025) if r.code == "DINKES").index.score
    with pytest.raises(InputError, match="DINKES 2025 sudah tersimpan; pilih ganti"):
        import_results(demo_database, path)
    assert import_results(demo_database, path, on_duplicate="skip").skipped == 1
    assert next(r for r in results_for_year(demo_database, 2025) if r.code == "DINKES").index.score == old
    import_results(demo_database, path, on_duplicate="replace")
    assert next(r for r in results_for_year(demo_database, 2025) if r.code == "DINKES").index.score == 66.6


def test_an_element_name_that_matches_nothing_refuses_the_file(demo_database: Database, tmp_path: Path) -> None:
    path = write(tmp_path, "Tahun,Kode,Indeks SPI,Integritas Pegawai\n2024,DINKES,70.1,80\n")
    with pytest.raises(InputError, match=r"kolom D 'Integritas Pegawai' tidak cocok.*Tidak ada yang disimpan"):
        import_results(demo_database, path)


def test_the_form_enforces_0_to_100(demo_database: Database) -> None:
    with pytest.raises(InputError, match="di luar 0–100"):
        save_result(demo_database, ResultEntry(2024, "DINKES", {"index": 100.5}, {}))
    with pytest.raises(InputError, match="DINKES 2024 sudah tersimpan; pilih ganti"):
        save_result(demo_database, ResultEntry(2024, "DINKES", {"index": 73.0}, {}))
    save_result(demo_database, ResultEntry(2024, "DINKES", {"index": 73.0, "internal": None},
                                           {"transparansi": 80.0}, replace=True))
    dinkes = next(r for r in results_for_year(demo_database, 2024) if r.code == "DINKES")
    assert dinkes.index.band == "Waspada" and dinkes.internal is None and dinkes.source == "diketik"


def test_cli_import_and_show_contract(capsys: pytest.CaptureFixture[str], db_arg: str, demo_database: Database,
                                      tmp_path: Path) -> None:
    path = write(tmp_path, "Tahun,Kode,Skor,Transparansi\n2023,DINKES,77.45,80.1\n2023,DISDIK,abc,\n")
    assert main(["--db", db_arg, "results", "import", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["read"], data["imported"], data["rejected"]) == (2, 1, 1)
    assert main(["--db", db_arg, "results", "show", "--year", "2023", "--unit", "DINKES", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["year"] == 2023
    assert shown["results"] == [shown["results"][0]] and shown["results"][0]["code"] == "DINKES"
    assert shown["results"][0]["index"] == 77.45 and shown["results"][0]["band"] == "Waspada"
    assert shown["results"][0]["elements"] == {"transparansi": 80.1}


def test_three_decimals_are_decimals_and_the_workspace_code_never_hides_an_opd(demo_database: Database,
                                                                             tmp_path: Path) -> None:
    from spi_desktop.domain.unit_record import UnitRecord
    from spi_desktop.services.units import save_unit

    save_unit(demo_database, UnitRecord(code="SKJ", name="Satuan Kerja Khusus"))
    path = write(tmp_path, "Tahun,Kode,Indeks SPI,Faktor Koreksi\n2023,DINSOS,70.125,0.050\n2023,SKJ,55,\n")
    assert import_results(demo_database, path).imported == 2
    dinsos = next(r for r in results_for_year(demo_database, 2023) if r.code == "DINSOS")
    assert (dinsos.index.score, dinsos.correction) == (70.125, 0.05), "never read as thousands"
    assert [r.code for r in results_for_year(demo_database, 2023, "SKJ")] == ["SKJ"], "an OPD, not the institution"
    with pytest.raises(InputError, match="Kode 'ENTAH' bukan OPD"):
        results_for_year(demo_database, 2023, "ENTAH")


def test_the_database_keeps_one_result_per_year_and_unit(demo_database: Database) -> None:
    from sqlalchemy.exc import IntegrityError

    from spi_desktop.db.models import OfficialResult

    with pytest.raises(IntegrityError), demo_database.Session() as session, session.begin():
        session.add(OfficialResult(year=2025, unit_id=None, index=50.0, elements={}, source="x", entered_by="t"))
