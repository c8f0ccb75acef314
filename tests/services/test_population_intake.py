"""Batch intake: a pile of returned lists recognised, previewed with exact counts, and imported file by file."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from spi_desktop.cli.main import main
from spi_desktop.db.session import Database
from spi_desktop.services.jobs import JobContext
from spi_desktop.services.population_intake import FileChoice, IntakePreview, preview_pile
from spi_desktop.services.population_intake_import import import_pile
from spi_desktop.services.population_submissions import submission_statuses
from spi_desktop.services.workspace import get_workspace
from tests.support.intake_pile import (
    YEAR,
    external_row,
    internal_row,
    plain_list,
    template,
    without_marker,
    zipped,
)
from tests.support.population_files import write_xlsx

TODAY = dt.date(YEAR, 5, 1)


def _by_file(preview: IntakePreview) -> dict[str, object]:
    return {item.file: item for item in preview.files}


def _returned_pile(database: Database, folder: Path) -> Path:
    """Templates filled the way clerks do (one renamed "FINAL revisi (2)"), a plain file with an OPD column,
    one named after its OPD, a zip with a folder inside, and a file that is not a list."""
    folder.mkdir()
    template(database, folder, "DINKES", "internal", [
        internal_row("Rina Wulandari", "081234560001", "198503122010012001"),
        internal_row("Budi Santoso", "081234560002", status="Non ASN"),
        internal_row("Sari Dewi", "0812"),  # no valid contact: rejected
    ], rename="FINAL revisi (2).xlsx")
    template(database, folder, "DINKES", "external", [external_row("Tono", "081234569001")])
    plain_list(folder / "rekap pegawai.xlsx", [["Ani", "081234560010", "Dinas Pendidikan"],
                                              ["Anto", "081234560011", "Dinas Pendidikan"],
                                              ["Rina W.", "081234560001", "Dinas Pendidikan"]], with_unit=True)
    plain_list(folder / "Daftar Pegawai BAPPEDA.xlsx", [["Dedi", "081234560020"]], with_unit=False)
    inner = template(database, folder, "DLH", "internal", [internal_row("Eko", "081234560030")])
    zipped(folder / "kiriman-kecamatan.zip", {"Kiriman DLH/2024/daftar.xlsx": inner})
    inner.unlink()
    (folder / "surat pengantar.docx").write_bytes(b"PK\x03\x04 not a list")
    return folder


def test_a_returned_pile_is_recognised_previewed_and_imported_with_exact_counts(demo_database: Database,
                                                                                 tmp_path: Path) -> None:
    pile = _returned_pile(demo_database, tmp_path / "kiriman")
    preview = preview_pile(demo_database, [pile], YEAR)
    files = _by_file(preview)
    shown = {name: (item.unit, item.group, item.recognised_by, item.result and (
        item.result.read, item.result.imported, item.result.duplicates, item.result.rejected))
        for name, item in files.items()}
    assert shown == {
        "FINAL revisi (2).xlsx": ("DINKES", "internal", "template", (3, 2, 0, 1)),
        f"DINKES-eksternal-{YEAR}.xlsx": ("DINKES", "external", "template", (1, 1, 0, 0)),
        "daftar.xlsx": ("DLH", "internal", "template", (1, 1, 0, 0)),
        "Daftar Pegawai BAPPEDA.xlsx": ("BAPPEDA", "internal", "file_name", (1, 1, 0, 0)),
        # Rina's phone came first in FINAL revisi (2): a duplicate across the pile, before anything is stored
        "rekap pegawai.xlsx": ("DISDIK", "internal", "column", (3, 2, 1, 0)),
    }
    assert [item.file for item in preview.skipped] == ["surat pengantar.docx"]
    assert len(preview.ready) == 5
    assert all(item.late for item in preview.files)  # the demo's 2024 deadline has passed: received late
    duplicate = files["rekap pegawai.xlsx"].result.problem_rows()  # type: ignore[union-attr]
    assert any("FINAL revisi (2).xlsx" in problem.message for problem in duplicate)

    outcome = import_pile(demo_database, preview, problems_dir=tmp_path)
    preview.close()
    counts = {name: (result.read, result.imported, result.duplicates, result.rejected)
              for name, result in outcome.stored.items()}
    assert counts == {name: value[3] for name, value in shown.items()}  # the import kept the preview's word
    assert len({result.batch for result in outcome.stored.values()}) == 5  # a batch per file
    assert (tmp_path / "masalah-DINKES-internal.xlsx").is_file()  # the problems report to send back
    assert (tmp_path / "masalah-DISDIK-internal.xlsx").is_file()
    board = {(s.unit_code, s.group): s.status for s in submission_statuses(demo_database, YEAR)}
    received = [board[(unit, "internal")] for unit in ("DINKES", "BAPPEDA", "DLH", "DISDIK")]
    assert received + [board[("DINKES", "external")]] == ["diterima_terlambat"] * 5
    assert board[("BAPPEDA", "external")] == "terlambat"  # still owed


def test_an_unrecognised_file_is_asked_and_imported_only_once_the_user_says(demo_database: Database,
                                                                            tmp_path: Path) -> None:
    path = plain_list(tmp_path / "rekap.xlsx", [["Dedi", "081234560020"]], with_unit=False)
    preview = preview_pile(demo_database, [path], YEAR, group="internal")
    assert [item.file for item in preview.unrecognised] == ["rekap.xlsx"] and preview.ready == []
    assert import_pile(demo_database, preview).stored == {}
    chosen = preview_pile(demo_database, [path], YEAR, group="internal",
                          choices={"rekap.xlsx": FileChoice(unit="DISHUB")})
    [item] = chosen.ready
    assert (item.unit, item.recognised_by) == ("DISHUB", "option")
    assert import_pile(demo_database, chosen).stored["rekap.xlsx"].imported == 1


def test_two_files_for_one_list_wait_until_one_is_left_out(demo_database: Database, tmp_path: Path) -> None:
    first = template(demo_database, tmp_path, "DINKES", "internal", [internal_row("A", "081234560001")],
                     rename="dinkes lama.xlsx")
    second = template(demo_database, tmp_path, "DINKES", "internal", [internal_row("B", "081234560002")],
                      rename="dinkes baru.xlsx")
    preview = preview_pile(demo_database, [first, second], YEAR)
    assert preview.ready == []
    assert all("2 berkas" in item.questions[0].text for item in preview.files)
    chosen = preview_pile(demo_database, [first, second], YEAR,
                          choices={"dinkes lama.xlsx": FileChoice(leave_out=True)})
    assert [item.file for item in chosen.ready] == ["dinkes baru.xlsx"]


def test_a_corrected_file_replaces_the_opds_earlier_list_or_adds_to_it(demo_database: Database,
                                                                      tmp_path: Path) -> None:
    (tmp_path / "1").mkdir()
    (tmp_path / "2").mkdir()
    sent = template(demo_database, tmp_path / "1", "DINKES", "internal",
                    [internal_row("A", "081234560001"), internal_row("B", "081234560002")])
    earlier = import_pile(demo_database, preview_pile(demo_database, [sent], YEAR)).stored[sent.name].batch
    fixed = template(demo_database, tmp_path / "2", "DINKES", "internal",
                     [internal_row("A", "081234560001"), internal_row("C", "081234560003")], rename="revisi.xlsx")
    asked = preview_pile(demo_database, [fixed], YEAR)
    assert asked.ready == [] and "sudah mengirim" in asked.files[0].questions[0].text
    added = preview_pile(demo_database, [fixed], YEAR, earlier="add").files[0].result
    assert added is not None and (added.imported, added.duplicates) == (1, 1)  # A is already stored
    replacing = preview_pile(demo_database, [fixed], YEAR, choices={"revisi.xlsx": FileChoice(earlier="replace")})
    [item] = replacing.ready
    assert item.result is not None and (item.result.imported, item.result.duplicates) == (2, 0)
    outcome = import_pile(demo_database, replacing)
    document = outcome.as_dict()
    assert document["files"][0]["replaced"] == [earlier] and document["files"][0]["imported"] == 2
    board = {(s.unit_code, s.group): s.rows for s in submission_statuses(demo_database, YEAR, TODAY)}
    assert board[("DINKES", "internal")] == 2  # A and C: the earlier list is gone, never both


def test_bad_files_are_named_with_their_reason_and_nothing_of_them_is_stored(demo_database: Database,
                                                                            tmp_path: Path) -> None:
    folder = tmp_path / "kiriman"
    folder.mkdir()
    (folder / "rusak.xlsx").write_bytes(b"PK\x03\x04 broken")
    without_marker(template(demo_database, folder, "DINKES", "internal", [internal_row("A", "081234560001")]))
    (folder / "~$DINKES-internal-2024.xlsx").write_bytes(b"lock")
    preview = preview_pile(demo_database, [folder], YEAR)
    files = _by_file(preview)
    assert files["rusak.xlsx"].refused and "Traceback" not in files["rusak.xlsx"].refused  # type: ignore[attr-defined]
    marked = files[f"DINKES-internal-{YEAR}.xlsx"]
    assert (marked.unit, marked.recognised_by) == ("DINKES", "file_name")  # type: ignore[attr-defined]
    assert any("penandanya tidak ada" in note for note in marked.notes)  # type: ignore[attr-defined]
    assert any("masih dibuka di Excel" in note for note in marked.notes)  # type: ignore[attr-defined]
    outcome = import_pile(demo_database, preview)
    assert list(outcome.stored) == [f"DINKES-internal-{YEAR}.xlsx"]


def test_a_template_of_another_year_waits_for_the_users_word(demo_database: Database, tmp_path: Path) -> None:
    path = template(demo_database, tmp_path, "DINKES", "internal", [internal_row("A", "081234560001")])
    other_year = YEAR + 1
    asked = preview_pile(demo_database, [path], other_year)
    assert asked.ready == [] and f"tahun survei {YEAR}" in asked.files[0].questions[0].text
    accepted = preview_pile(demo_database, [path], other_year, choices={path.name: FileChoice(accept_year=True)})
    assert len(accepted.ready) == 1
    assert len(preview_pile(demo_database, [path], other_year, accept_other_year=True).ready) == 1  # the CLI's flag


def test_cancel_stops_between_files_and_keeps_those_imported(demo_database: Database, tmp_path: Path) -> None:
    paths = [plain_list(tmp_path / f"{code}.xlsx", [[f"P {code}", f"08123456{number:04d}"]], with_unit=False)
             for number, code in enumerate(("DINKES", "DISDIK", "DLH"))]
    preview = preview_pile(demo_database, paths, YEAR, group="internal")
    context = JobContext(on_progress=lambda done, total, text: context.cancel() if done == 100 else None)
    outcome = import_pile(demo_database, preview, context=context)
    assert outcome.cancelled and list(outcome.stored) == ["DINKES.xlsx"]


def test_cli_import_folder_prints_the_issues_json(demo_database: Database, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    pile = _returned_pile(demo_database, tmp_path / "kiriman")
    write_xlsx(pile / "tanpa opd.xlsx", "x", ["Nama", "No. HP"], [["Z", "081234561111"]])
    url = str(demo_database.engine.url)
    assert get_workspace(demo_database) is not None
    main(["--db", url, "population", "import-folder", str(pile), "--year", str(YEAR), "--dry-run", "--json"])
    document = json.loads(capsys.readouterr().out)
    assert set(document) >= {"files", "unrecognised", "totals"}
    assert document["unrecognised"] == ["tanpa opd.xlsx"]
    entry = next(e for e in document["files"] if e["file"] == "FINAL revisi (2).xlsx")
    assert set(entry) >= {"file", "unit", "group", "recognised_by", "batch", "read", "imported", "duplicates",
                          "rejected", "warnings", "flagged", "late", "replaced", "problems_report"}
    assert (entry["unit"], entry["recognised_by"], entry["batch"], entry["read"]) == ("DINKES", "template", None, 3)
    main(["--db", url, "population", "import-folder", str(pile), "--year", str(YEAR), "--json",
          "--problems-dir", str(tmp_path)])
    stored = json.loads(capsys.readouterr().out)
    assert stored["totals"]["imported_files"] == 5 and stored["totals"]["imported"] == 7
    assert all(e["batch"] for e in stored["files"])
