"""SPI mandiri estimate end to end: the shipped sample files, nothing stored, no identity copied, the CLI."""

from __future__ import annotations

import argparse
import csv
import dataclasses
import json
from pathlib import Path

import pytest
from sqlalchemy import func, inspect, select, table

from spi_desktop.cli.estimate import add_estimate_command
from spi_desktop.cli.support import IndonesianArgumentParser
from spi_desktop.db.session import Database
from spi_desktop.domain.errors import InputError
from spi_desktop.resources import resource_path
from spi_desktop.services.database import open_database
from spi_desktop.services.estimate import estimate_spi
from spi_desktop.services.years import get_year, save_year
from tests.services.test_estimate import HEADER, MAP, write

SAMPLE_EXPORT = resource_path("estimate", "contoh-google-form.csv")
SAMPLE_MAP = resource_path("estimate", "peta-kuesioner-contoh.json")


def row_counts(database: Database) -> dict[str, int]:
    with database.engine.connect() as connection:
        names = inspect(connection).get_table_names()
        return {name: connection.scalar(select(func.count()).select_from(table(name))) or 0 for name in names}


def sample_codes() -> set[str]:
    names = {"Dinas Kesehatan": "DINKES", "Dinas Pendidikan": "DISDIK", "Dinas Sosial": "DINSOS",
             "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu": "DPMPTSP", "RSUD": "RSUD",
             "Dinas Kependudukan dan Pencatatan Sipil": "DISDUKCAPIL", "Rumah Sakit Umum Daerah Sukamaju": "RSUD",
             "Dinas Pekerjaan Umum dan Penataan Ruang": "PUPR", "Badan Pengelolaan Keuangan dan Aset Daerah": "BPKAD"}
    with SAMPLE_EXPORT.open(encoding="utf-8") as handle:
        opd = [row[2] for row in csv.reader(handle)][1:]
    return {names.get(text, text) for text in opd if text}


def test_sample_files_estimate_every_opd_in_them_and_store_nothing(demo_database: Database) -> None:
    assert get_year(demo_database, 2024).weights == {"internal": 0.45, "external": 0.45, "expert": 0.1}
    before = row_counts(demo_database)
    report = estimate_spi(demo_database, SAMPLE_EXPORT, SAMPLE_MAP, 2024)
    assert row_counts(demo_database) == before
    assert report.problems == [] and report.read == 120 and report.institution.estimate.respondents == 120
    assert {unit.code for unit in report.units} == sample_codes() and len(report.units) == 8
    for unit in [report.institution, *report.units]:
        assert unit.estimate.index is not None and 0 <= unit.estimate.index.value <= 100
        assert unit.band in {"Rentan", "Waspada", "Terjaga"}
        assert "internal" in unit.estimate.groups
        assert "external" in unit.estimate.groups or any("responden: tidak dihitung" in n for n in unit.estimate.notes)
    assert set(report.institution.estimate.groups) == {"internal", "external", "expert"}
    assert len(report.institution.estimate.elements) == 7
    assert report.notes[0].startswith("ESTIMASI") and any("Timestamp" in note for note in report.notes)


def test_unknown_weights_are_refused_unless_given(demo_database: Database, tmp_path: Path) -> None:
    year = get_year(demo_database, 2024)
    save_year(demo_database, dataclasses.replace(year, weights={"internal": None, "external": None, "expert": None}))
    export, map_path = write(tmp_path)
    with pytest.raises(InputError, match="Pengaturan › Tahun survei"):
        estimate_spi(demo_database, export, map_path, 2024)
    report = estimate_spi(demo_database, export, map_path, 2024, weights={"internal": 1, "external": 0, "expert": 0})
    (unit,) = report.units
    assert unit.estimate.index is not None
    assert unit.estimate.index.value == pytest.approx(unit.estimate.groups["internal"].subindex.value)
    with pytest.raises(InputError, match="Faktor koreksi"):
        estimate_spi(demo_database, export, map_path, 2024, correction=-1)


def test_identity_columns_never_reach_the_output(demo_database: Database, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    header = HEADER.replace("Timestamp,Nama,Email,", "Timestamp,Nama,Email,No. HP,IP Address,")
    answers = ("2024/06/03 08:01:02,Budi Contoh,budi@contoh.id,081234567890,10.1.2.3,DINKES,Pegawai,4,1,9,\n"
               "2024/06/03 08:05:10,Sri Contoh,sri@contoh.id,081299998888,10.1.2.4,DINKES,Pegawai,3,2,3,\n")
    export, map_path = write(tmp_path, answers, header)
    report = estimate_spi(demo_database, export, map_path, 2024)
    assert len(report.problems) == 1  # the 9 in Q3
    code, data, text = run_estimate(capsys, tmp_path, demo_database, str(export), "--map", str(map_path))
    assert code == 0
    output = json.dumps(data, ensure_ascii=False) + text + json.dumps(report.as_dict(), ensure_ascii=False)
    for secret in ("Budi", "budi@contoh.id", "Sri", "081234567890", "0812999", "10.1.2.3", "08:01:02", "2024/06/03"):
        assert secret not in output
    assert "5 kolom identitas/waktu pengisian tidak dibaca" in " ".join(report.notes)


def run_estimate(capsys: pytest.CaptureFixture[str], tmp_path: Path, database: Database, *args: str,
                 as_json: bool = True) -> tuple[int, dict | None, str]:
    """``spi estimate`` as cli.main runs it (exit 2 on bad input), on the parser cli.estimate registers."""
    common = IndonesianArgumentParser(add_help=False)
    common.add_argument("--json", action="store_true", default=False)
    parser = IndonesianArgumentParser(prog="spi", parents=[common])
    add_estimate_command(parser.add_subparsers(dest="command", required=True,
                                               parser_class=IndonesianArgumentParser), common)
    parsed: argparse.Namespace = parser.parse_args(
        ["estimate", *args, "--year", "2024", *(["--json"] if as_json else [])])
    try:
        parsed.handler(database, parsed)
    except InputError as error:
        capsys.readouterr()
        return 2, None, str(error)
    out, err = capsys.readouterr()
    return 0, (json.loads(out) if as_json else None), out + err


def test_cli_json_contract_and_text_banner(demo_database: Database, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    code, data, _ = run_estimate(capsys, tmp_path, demo_database, str(SAMPLE_EXPORT), "--map", str(SAMPLE_MAP),
                                 "--correction", "2,5")
    assert code == 0 and data is not None
    assert set(data) == {"label", "disclaimer", "year", "file", "map", "weights", "correction", "subindex_method",
                         "read", "respondents", "institution", "units", "notes", "problems"}
    assert (data["label"], data["year"], data["correction"], data["respondents"]) == ("ESTIMASI", 2024, 2.5, 120)
    unit = data["units"][0]
    assert set(unit) == {"label", "code", "name", "respondents", "index", "band", "subindices", "group_respondents",
                         "weights_used", "elements", "notes"}
    assert unit["label"] == "ESTIMASI" and set(unit["index"]) == {"value", "n", "low", "high"}
    assert set(unit["subindices"]) == {"internal", "external", "expert"} and unit["subindices"]["expert"] is None
    assert [e["code"] for e in unit["elements"]][:2] == ["transparansi", "pengelolaan_sdm"]
    assert set(unit["elements"][0]) == {"code", "name", "value", "n", "low", "high", "by_group"}
    assert data["institution"]["code"] is None
    code, _, text = run_estimate(capsys, tmp_path, demo_database, str(SAMPLE_EXPORT), "--map", str(SAMPLE_MAP),
                                 "--weights", "0,5/0,4/0,1", as_json=False)
    assert code == 0 and text.count("ESTIMASI SPI MANDIRI — BUKAN NILAI RESMI KPK") == 2
    assert "internal 0,500 · eksternal 0,400 · eksper 0,100" in text
    export, map_path = write(tmp_path, questionnaire=dict(MAP, unit_column="Unit Kerja"))
    code, _, message = run_estimate(capsys, tmp_path, demo_database, str(export), "--map", str(map_path))
    assert code == 2 and "Unit Kerja" in message


def test_the_workspace_file_is_byte_for_byte_the_same_after_an_estimate(db_path: Path) -> None:
    from spi_desktop.services.demo import build_demo

    database = open_database(db_path)
    build_demo(database)
    database.close()
    before = db_path.read_bytes()
    database = open_database(db_path)
    estimate_spi(database, SAMPLE_EXPORT, SAMPLE_MAP, 2024)
    database.close()
    assert db_path.read_bytes() == before
    assert not list(db_path.parent.glob("*.bak"))
