"""The collection kit: a template per OPD that reads back through the ordinary import, whatever it is renamed."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from spi_desktop.db.session import Database
from spi_desktop.domain.errors import InputError, NotFoundError
from spi_desktop.importers.template_marker import read_marker
from spi_desktop.reports.collection_template import DATA_SHEET, HEADER_ROW
from spi_desktop.services.collection_kit import write_templates
from spi_desktop.services.population import import_population
from spi_desktop.services.workspace_identity import workspace_id
from tests.support.collection_files import fill_template

YEAR = 2024


def test_every_taking_part_opd_gets_its_named_template(demo_database: Database, tmp_path: Path) -> None:
    out = tmp_path / "format"
    written = write_templates(demo_database, YEAR, ["internal"], out)
    assert len(written) == 40
    first = written[0]
    assert first.file.name == f"{first.unit}-internal-{YEAR}.xlsx"
    assert sorted(p.name for p in out.iterdir()) == sorted(w.file.name for w in written)  # no scratch left
    marker = read_marker(first.file)
    assert marker is not None
    assert (marker.workspace, marker.year, marker.group, marker.unit_code) == \
        (workspace_id(demo_database), YEAR, "internal", first.unit)


def test_template_sheets_guide_first_then_a_protected_list_without_example_rows(demo_database: Database,
                                                                                tmp_path: Path) -> None:
    [item] = write_templates(demo_database, YEAR, ["internal"], tmp_path, ["DINKES"])
    workbook = load_workbook(item.file)
    assert workbook.sheetnames[:2] == ["Petunjuk", DATA_SHEET]
    guide = " ".join(str(cell.value) for cell in workbook["Petunjuk"]["A"] if cell.value)
    assert "eselon I dan II" in guide and "kepala OPD ini" in guide and "WhatsApp" in guide
    assert "Jawaban siapa pun tidak pernah diminta" in guide
    sheet = workbook[DATA_SHEET]
    assert "Dinas Kesehatan" in str(sheet.cell(1, 1).value)
    assert sheet.protection.sheet and sheet.cell(1, 1).protection.locked
    assert sheet.max_row == HEADER_ROW  # nothing below the header that could be imported as a person
    headers = [cell.value for cell in sheet[HEADER_ROW]]
    assert sheet.column_dimensions["B"].number_format == "@"  # No. HP keeps its leading 0
    assert not sheet.column_dimensions["B"].protection.locked
    status = headers.index("Status") + 1
    lists = [v for v in sheet.data_validations.dataValidation if v.type == "list"]
    assert lists and any(chr(64 + status) in str(v.sqref) for v in lists)


def test_filled_and_renamed_template_imports_with_exact_counts(demo_database: Database, tmp_path: Path) -> None:
    [item] = write_templates(demo_database, YEAR, ["internal"], tmp_path, ["DINKES"])
    rows = [
        ["Rina Wulandari, S.Kep", "081234560001", "rina@example.id", "198503122010012001", "Perawat", "",
         "Puskesmas Kota", "ASN", dt.date(2010, 1, 1), dt.date(2015, 3, 1)],
        ["Budi Santoso", "+62 812-3456-0002", "", "", "Staf Administrasi", "", "Sekretariat", "Non ASN",
         dt.date(2019, 7, 1), dt.date(2019, 7, 1)],
        ["Sari Dewi", "0812", "sari@example", "", "Bidan", "", "Puskesmas Desa", "Non ASN",
         dt.date(2018, 1, 1), dt.date(2018, 1, 1)],
    ]
    returned = fill_template(item.file, rows, rename="FINAL revisi (2).xlsx")
    assert read_marker(returned) is not None
    result = import_population(demo_database, returned, YEAR, "internal", unit_code="DINKES", dry_run=True)
    assert (result.read, result.imported, result.rejected) == (3, 2, 1)
    assert result.sheet == DATA_SHEET
    assert result.unmapped == []  # every column of the template is read


def test_expert_template_is_the_institutions_own(demo_database: Database, tmp_path: Path) -> None:
    [item] = write_templates(demo_database, YEAR, ["expert"], tmp_path)
    assert item.unit == "" and item.file.name == f"EKSPER-eksper-{YEAR}.xlsx"
    with pytest.raises(InputError, match="bukan per OPD"):
        write_templates(demo_database, YEAR, ["expert"], tmp_path / "lain", ["DINKES"])


@pytest.mark.parametrize(("group", "row"), [
    ("external", ["Toko Maju Jaya", "081234560010", "", "Izin Usaha", dt.date(2024, 2, 5), "Loket 1"]),
    ("expert", ["Dr. Hendra", "081234560011", "hendra@univ.ac.id", "Universitas Sukamaju", "Akademisi"]),
])
def test_every_groups_template_is_read_whole(demo_database: Database, tmp_path: Path, group: str,
                                             row: list[object]) -> None:
    [item] = write_templates(demo_database, YEAR, [group], tmp_path, None if group == "expert" else ["DINKES"])
    returned = fill_template(item.file, [row], rename="daftar kami.xlsx")
    result = import_population(demo_database, returned, YEAR, group, dry_run=True,
                               unit_code=None if group == "expert" else "DINKES")
    assert (result.read, result.rejected, result.unmapped) == (1, 0, [])
    assert set(result.mapping) == {"name", "phone", "email", *(
        ("service_type", "service_date", "work_unit") if group == "external" else ("organisation", "category"))}


def test_a_file_already_in_the_folder_is_never_written_over(demo_database: Database, tmp_path: Path) -> None:
    filled = tmp_path / f"DINKES-internal-{YEAR}.xlsx"
    filled.write_bytes(b"already filled by the OPD")
    with pytest.raises(InputError, match=f"DINKES-internal-{YEAR}.xlsx"):
        write_templates(demo_database, YEAR, ["internal", "external"], tmp_path)
    assert filled.read_bytes() == b"already filled by the OPD"
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".xlsx") == [filled.name]


def test_unknown_opd_writes_nothing(demo_database: Database, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError, match="TIDAKADA"):
        write_templates(demo_database, YEAR, ["external"], tmp_path / "out", ["DINKES", "TIDAKADA"])
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_cli_template_json_contract(demo_database: Database, tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    from spi_desktop.cli.main import main

    code = main(["population", "template", "--db", demo_database.url, "--year", str(YEAR), "--group", "external",
                 "--unit", "DINKES", "--unit", "DISDIK", "--out", str(tmp_path), "--json"])
    assert code in (0, None)
    data = json.loads(capsys.readouterr().out)
    assert [(f["unit"], f["group"], Path(f["file"]).name) for f in data["files"]] == \
        [(code, "external", f"{code}-eksternal-{YEAR}.xlsx") for code in ("DINKES", "DISDIK")]
