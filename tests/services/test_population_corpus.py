"""The adversarial population corpus (tests/support/population_corpus.py) imported through the CLI, in-process.

Each file is imported for survey year 2024 into its own copy of the demo workspace (40 OPD, no population for
2024), and everything worked out by hand is compared: the counts, which rows were rejected, duplicates,
skipped or imported with a warning (from the problem lines on stderr), the flagged rows, the columns used and
not used, the sheets, the notes, and what was stored: phones (as libphonenumber's E.164 of what was written),
names, OPD and NIPs, read back with `population export`.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

import phonenumbers
import pytest
from openpyxl import load_workbook

from spi_desktop.cli import main
from tests.support.population_corpus import CASES, Case

YEAR = "2024"
GROUPS = ("internal", "external", "expert")
COUNT_KEYS = ("read", "imported", "duplicates", "rejected", "warnings", "skipped", "flagged")
KINDS = {"ditolak": "rejected", "duplikat": "duplicate", "peringatan": "warning", "dilewati": "skipped"}
PROBLEM_LINE = re.compile(r"^(?P<file>.+?)(?: \(lembar '(?P<sheet>.*)'\))?, baris (?P<row>\d+), kolom (?P<column>.*?): "
                          r"\[(?P<kind>ditolak|duplikat|peringatan|dilewati)\] (?P<reason>.*)$")

# ----------------------------------------------------------------------------------------------------------
# Workspaces and the CLI
# ----------------------------------------------------------------------------------------------------------

def spi(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict[str, Any] | None, str]:
    """Run the CLI in-process: exit code, the JSON printed (with --json and exit 0), stderr."""
    try:
        code = main(list(args))
    except SystemExit as stop:
        code = stop.code if isinstance(stop.code, int) else 1
    out, err = capsys.readouterr()
    assert "Traceback" not in err, err
    data = json.loads(out) if "--json" in args and code == 0 else None
    return code, data, err


def summary(capsys: pytest.CaptureFixture[str], db: str) -> dict[str, Any]:
    code, data, err = spi(capsys, "--db", db, "population", "summary", "--year", YEAR, "--json")
    assert code == 0, err
    assert data is not None
    return data


def export_rows(capsys: pytest.CaptureFixture[str], db: str, group: str, out: Path) -> list[dict[str, str]]:
    """Every stored row of the group (flagged ones too), as the CSV export writes them."""
    code, data, err = spi(capsys, "--db", db, "population", "export", "--year", YEAR, "--group", group, "--out",
                          str(out), "--include-flagged", "--reason", "test", "--json")
    assert code == 0, err
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    top = next(i for i, row in enumerate(rows) if "Nama" in row and "No. HP" in row)
    header = rows[top]
    body = [dict(zip(header, row, strict=False)) for row in rows[top + 1:] if any(cell.strip() for cell in row)]
    assert data is not None and data["rows"] == len(body)
    return body


def e164(written: str) -> str:
    """libphonenumber's E.164 form of a phone as written (the corpus only lists Indonesian mobiles)."""
    number = phonenumbers.parse(written, "ID")
    assert phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.MOBILE, written
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def problem_lines(err: str) -> list[dict[str, str]]:
    found = []
    for line in err.splitlines():
        match = PROBLEM_LINE.match(line)
        if match:
            found.append(match.groupdict())
    return found


def rows_by_kind(problems: list[dict[str, str]], several: bool) -> dict[str, list[Any]]:
    """Row numbers (or [sheet, row]) per kind; a warning row is an imported one (not rejected, not duplicate)."""
    keyed: dict[str, set[Any]] = {kind: set() for kind in KINDS.values()}
    for problem in problems:
        key = (problem["sheet"], int(problem["row"])) if several else int(problem["row"])
        keyed[KINDS[problem["kind"]]].add(key)
    keyed["warning"] -= keyed["rejected"] | keyed["duplicate"]
    return {kind: sorted([list(k) if several else k for k in keys], key=str) for kind, keys in keyed.items()}


def case_params() -> list[Any]:
    params = []
    for case in CASES:
        params.append(pytest.param(case, id=case.id))
    return params


# ----------------------------------------------------------------------------------------------------------
# The corpus itself
# ----------------------------------------------------------------------------------------------------------

def test_corpus_builds_and_its_phones_are_indonesian_mobiles(tmp_path: Path) -> None:
    """Every builder writes its file, its hand counts agree with its row codes, and every phone it says is
    stored is a mobile number by libphonenumber (an independent check of the corpus, not of the app)."""
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
        families.setdefault(case.family, set()).add(path.suffix + ":" + case.builder.__name__)
    assert len(CASES) >= 40
    assert all(len(builders) >= 2 for builders in families.values()), families


# ----------------------------------------------------------------------------------------------------------
# Every file imports with exactly its hand-counted result
# ----------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("case", case_params())
def test_corpus_file(capsys: pytest.CaptureFixture[str], workspace: str, tmp_path: Path, case: Case) -> None:
    for module in case.needs:
        pytest.importorskip(module)
    path, expected = case.build(tmp_path)
    code, data, err = spi(capsys, "--db", workspace, "population", "import", str(path), "--year", YEAR, "--group",
                          case.group, *case.options, "--json")

    if expected.get("exit") is not None:
        assert code == expected["exit"], err
        for fragment in expected.get("stderr", []):
            assert fragment in err, (fragment, err)
        assert summary(capsys, workspace)["counts"] == dict.fromkeys(GROUPS, 0)  # no batch stored
        return

    assert code == 0, err
    assert data is not None
    got = {key: data[key] for key in COUNT_KEYS}
    want = {key: expected[key] for key in COUNT_KEYS}
    problems = problem_lines(err)
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
        unmapped = [{key: column[key] for key in wanted} for column, wanted in
                    zip(data["unmapped_columns"], expected["unmapped"], strict=False)]
        assert len(data["unmapped_columns"]) == len(expected["unmapped"]), data["unmapped_columns"]
        assert unmapped == expected["unmapped"], data["unmapped_columns"]
    if "sheet" in expected:
        assert data["sheet"] == expected["sheet"]
    if "sheets" in expected:
        assert data["sheets"] == expected["sheets"]
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
        cells = [str(c) for row in load_workbook(out).worksheets[0].iter_rows(values_only=True) for c in row if c]
        assert not any(ch in cell for cell in cells for ch in "\x00\x07\x08\u200b\ufeff")
