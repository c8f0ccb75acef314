"""The second round of the adversarial corpus (tests/support/population_corpus_more.py) imported through the
CLI, in-process, checked exactly as the first round is (tests/services/test_population_corpus.py, whose workspace
fixtures and readers this module reuses): counts, the rows of every kind, columns used and not used, sheets, notes,
and what was stored. A case that exposes an app bug carries the bug's description and is a strict xfail, so the
suite stays green and a fix shows up as an unexpected pass. The OPD registry files go through `spi units import`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from spi_desktop.services.database import open_database
from spi_desktop.services.units import get_unit, list_units
from tests.services.test_population_corpus import (  # the workspace fixture itself is the conftest's, shared
    COUNT_KEYS,
    GROUPS,
    YEAR,
    e164,
    export_rows,
    problem_lines,
    rows_by_kind,
    spi,
    summary,
)
from tests.support.population_corpus_more import CASES, UNIT_CASES, MoreCase, UnitCase


def case_params() -> list[Any]:
    return [pytest.param(case, id=case.id,
                         marks=[pytest.mark.xfail(reason=case.xfail, strict=True)] if case.xfail else [])
            for case in CASES]


def test_second_corpus_builds_and_its_phones_are_indonesian_mobiles(tmp_path: Path) -> None:
    """Every builder writes its file and its hand counts agree with its row codes (``expect`` checks that);
    every phone it says is stored is a mobile number by libphonenumber; each family has several files."""
    families: dict[str, set[str]] = {}
    for case in CASES:
        for module in case.needs:
            pytest.importorskip(module)
        folder = tmp_path / case.id
        folder.mkdir()
        path, expected = case.build(folder)
        assert path.is_file() and path.stat().st_size > 0
        for written in expected.get("phones", []):
            assert e164(written).startswith("+628")
        families.setdefault(case.family, set()).add(case.builder.__name__)
    assert set(families) == {"headers", "sheets", "phones", "encoding", "names", "layouts", "eligibility",
                             "diagnoses"}
    assert all(len(builders) >= 4 for builders in families.values()), families


@pytest.mark.parametrize("case", case_params())
def test_second_corpus_file(capsys: pytest.CaptureFixture[str], workspace: str, tmp_path: Path,  # noqa: F811
                            case: MoreCase) -> None:
    for module in case.needs:
        pytest.importorskip(module)
    path, expected = case.build(tmp_path)
    code, data, err = spi(capsys, "--db", workspace, "population", "import", str(path), "--year", YEAR, "--group",
                          case.group, *case.options, "--json")

    if expected.get("exit") is not None:
        assert code == expected["exit"], err
        for fragment in expected.get("stderr", []):
            assert fragment.lower() in err.lower(), (fragment, err)
        assert summary(capsys, workspace)["counts"] == dict.fromkeys(GROUPS, 0)  # no batch stored
        return

    assert code == 0, err
    assert data is not None
    problems = problem_lines(err)
    got = {key: data[key] for key in COUNT_KEYS}
    want = {key: expected[key] for key in COUNT_KEYS}
    assert got == want, "\n".join(f"{p['row']:>3} [{p['kind']}] {p['reason']}" for p in problems)

    several = "imports" in expected
    assert rows_by_kind(problems, several) == {kind: sorted(rows, key=str)
                                               for kind, rows in expected["rows"].items()}, err
    for row, fragments in expected.get("reasons", {}).items():
        reasons = " | ".join(p["reason"] for p in problems if int(p["row"]) == row)
        for fragment in fragments:
            assert fragment in reasons, (row, fragment, reasons)

    for key, header in expected.get("mapping", {}).items():
        assert data["mapping"].get(key) == header, (key, data["mapping"])
    for key, letter in expected.get("columns", {}).items():
        assert data["mapped_columns"].get(key) == letter, (key, data["mapped_columns"])
    if "unmapped" in expected:
        assert len(data["unmapped_columns"]) == len(expected["unmapped"]), data["unmapped_columns"]
        unmapped = [{key: column[key] for key in wanted} for column, wanted in
                    zip(data["unmapped_columns"], expected["unmapped"], strict=True)]
        assert unmapped == expected["unmapped"], data["unmapped_columns"]
    if "sheet" in expected:
        assert data["sheet"] == expected["sheet"]
    if "sheets" in expected:
        assert data["sheets"] == expected["sheets"]
    for sheet in expected.get("sheets_include", []):
        assert sheet in data["sheets"], (sheet, data["sheets"])
    for fragment in expected.get("notes", []):
        assert any(fragment.lower() in note.lower() for note in data["notes"]), (fragment, data["notes"])
    if several:
        assert len(data["batches"]) == expected["batches"] and all(isinstance(b, int) for b in data["batches"])
        parts = {part["sheet"]: {key: part[key] for key in COUNT_KEYS} for part in data["imports"]}
        assert parts == {part["sheet"]: {key: part[key] for key in COUNT_KEYS} for part in expected["imports"]}
    else:
        assert isinstance(data["batch"], int)

    stored = summary(capsys, workspace)
    assert stored["counts"] == {g: expected["imported"] if g == case.group else 0 for g in GROUPS}
    assert stored["flagged"] == {g: expected["flagged"] if g == case.group else 0 for g in GROUPS}

    rows = export_rows(capsys, workspace, case.group, tmp_path / "ekspor.csv")
    assert len(rows) == expected["imported"]
    assert sorted(row["No. HP"] for row in rows if row["No. HP"]) == sorted(e164(p) for p in expected["phones"])
    if "names" in expected:
        assert sorted(row["Nama"] for row in rows) == sorted(expected["names"])
    unit_column = "Perangkat Daerah" if case.group == "internal" else "Unit Layanan"
    for name, unit in expected.get("units", {}).items():
        assert [row[unit_column] for row in rows if row["Nama"] == name] == [unit], (name, rows)
    for name, nip in expected.get("nips", {}).items():
        assert [row["NIP"] for row in rows if row["Nama"] == name] == [nip], (name, rows)
    if expected.get("xlsx_export"):
        out = tmp_path / "ekspor.xlsx"
        code, data, err = spi(capsys, "--db", workspace, "population", "export", "--year", YEAR, "--group",
                              case.group, "--out", str(out), "--include-flagged", "--reason", "test", "--json")
        assert code == 0, err
        assert data is not None and data["rows"] == expected["imported"]


# ----------------------------------------------------------------------------------------------------------
# The OPD registry
# ----------------------------------------------------------------------------------------------------------

def unit_params() -> list[Any]:
    return [pytest.param(case, id=case.id,
                         marks=[pytest.mark.xfail(reason=case.xfail, strict=True)] if case.xfail else [])
            for case in UNIT_CASES]


@pytest.mark.parametrize("case", unit_params())
def test_units_import_keeps_the_opd_without_the_bad_value(capsys: pytest.CaptureFixture[str],
                                                          workspace: str, tmp_path: Path,  # noqa: F811
                                                          case: UnitCase) -> None:
    path, expected = case.builder(tmp_path)
    code, data, err = spi(capsys, "--db", workspace, "units", "import", str(path), "--json")
    assert code == 0, err
    assert data is not None
    assert {key: data[key] for key in expected["counts"]} == expected["counts"], data
    warned = sorted((w["row"], w["column"]) for w in data["warnings"])
    assert warned == sorted(expected["warnings"]), data["warnings"]
    assert all("dikosongkan" in w["message"] or "tidak dipakai" in w["message"] or "OPD tetap" in w["message"]
               for w in data["warnings"]), data["warnings"]
    if expected["errors"] is not None:
        assert sorted({e["row"] for e in data["errors"]}) == expected["errors"], data["errors"]
    assert data["unmapped_columns"] == expected["unmapped"]
    database = open_database(workspace)
    try:
        codes = [unit.code for unit in list_units(database)]
        assert len(codes) == expected["total_units"], codes
        assert not set(expected.get("absent", [])) & set(codes), codes
        for unit_code, fields in expected["stored"].items():
            record = get_unit(database, unit_code).record
            assert {key: getattr(record, key) for key in fields} == fields, unit_code
    finally:
        database.close()
    # the same file again changes nothing
    code, again, err = spi(capsys, "--db", workspace, "units", "import", str(path), "--json")
    assert code == 0, err
    assert again is not None and (again["added"], again["updated"]) == (0, 0)
