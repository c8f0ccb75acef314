"""Exports and prints obey roles and leave audit lines; the pseudonymous list; purging a finished year's
personal data; formula- and SQL-looking text stays inert in every spreadsheet export."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import select, update

from spi_desktop.cli import main
from spi_desktop.db.models import PopulationRecord, Unit
from spi_desktop.db.session import Database
from spi_desktop.domain.action_plan import ActionFilter
from spi_desktop.domain.errors import InputError
from spi_desktop.domain.inert import inert_cell, inert_phone, inert_text
from spi_desktop.services import accounts, population_export, privacy, report_exports
from spi_desktop.services.access import PermissionDenied
from spi_desktop.services.action_plans import ActionEdit, add_recommendation, save_action
from spi_desktop.services.audit import AuditLine, audit_lines
from spi_desktop.services.population import import_population, population_summary
from spi_desktop.services.progress_targets import target_rows
from spi_desktop.services.results_read import results_for_year
from spi_desktop.services.scorecard_batch import write_one_scorecard, write_scorecards
from spi_desktop.services.training_slides import write_handout

AFTER_2024 = dt.date(2025, 3, 1)
FORMULAS = ('=HYPERLINK("http://x","y")', "+1+1", "@SUM(A1)", "-2+3", "\t=1+1")
SQL = "'; DROP TABLE unit; --"
PEOPLE = [  # name, phone, email, NIP, position, TMT
    ("Sri Rahayu", "081234560001", "sri.rahayu@contoh.go.id", "198501012010012001", "Analis Kebijakan",
     "2015-03-01"),
    ("Budi Santoso", "081234560002", "budi.s@contoh.go.id", "198602022011011002", FORMULAS[0], "2016-04-01"),
    ("Wati Lestari", "081234560003", "", "198703032012012003", FORMULAS[1], "2017-05-01"),
    ("Agus Salim", "0812-3456-0004", "agus@contoh.go.id", "19880404", SQL, "2018-06-01"),  # NIP too short: a warning
    ("Dewi Kartika", "", "dewi.k@contoh.go.id", "", FORMULAS[2], "2024-01-01"),  # joined too late: flagged
]


def import_people(database: Database, tmp_path: Path, unit: str = "DINKES") -> None:
    path = tmp_path / f"{unit}.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["Nama", "No. HP", "Email", "NIP", "Jabatan", "TMT"])
        writer.writerows(PEOPLE)
    result = import_population(database, path, 2024, "internal", unit_code=unit)
    assert result.imported == len(PEOPLE)


def as_viewer(database: Database) -> None:
    accounts.create_account(database, "admin", "rahasia-admin", "admin")
    accounts.create_account(database, "vina", "rahasia-viewer", "viewer")
    accounts.sign_in(database, "vina", "rahasia-viewer")


def as_admin(database: Database) -> None:
    accounts.sign_in(database, "admin", "rahasia-admin")


def last_line(database: Database, action: str) -> AuditLine:
    lines, _total = audit_lines(database)
    return next(line for line in lines if line.action == action)


def stored_personal(database: Database, year: int = 2024) -> list[tuple[Any, ...]]:
    with database.Session() as session:
        return list(session.execute(select(PopulationRecord.name, PopulationRecord.phone, PopulationRecord.email,
                                           PopulationRecord.nip, PopulationRecord.raw_phone)
                                    .where(PopulationRecord.year == year).order_by(PopulationRecord.id)))


def sheet_texts(path: Path) -> list[Any]:
    workbook = load_workbook(path)
    return [cell for sheet in workbook.worksheets for row in sheet.iter_rows() for cell in row
            if cell.value is not None]


def test_inert_rules() -> None:
    assert [inert_text(text) for text in FORMULAS] == ["'" + text for text in FORMULAS]
    assert inert_text("\r=1") == "'\r=1" and inert_text(None) == "" and inert_text(SQL) == SQL
    assert inert_text("Dinas Kesehatan") == "Dinas Kesehatan"
    assert inert_cell(12) == 12 and inert_cell(dt.date(2025, 1, 2)) == dt.date(2025, 1, 2) and inert_cell(None) is None
    assert inert_phone("+6281234567890") == "+6281234567890" and inert_phone("081234") == "081234"
    assert inert_phone("+1+1") == "'+1+1"


def test_a_viewer_prints_but_never_exports(demo_database: Database, tmp_path: Path) -> None:
    import_people(demo_database, tmp_path)
    as_viewer(demo_database)
    refused = [
        lambda: population_export.export_population(demo_database, 2024, "internal", tmp_path / "a.xlsx",
                                                     reason="rapat"),
        lambda: population_export.export_pseudonymous(demo_database, 2024, "internal", tmp_path / "b.xlsx"),
        lambda: report_exports.export_lagging(demo_database, 2025, tmp_path / "c.pdf", reason="uji"),
        lambda: report_exports.export_action_plans(demo_database, 2025, ActionFilter(), tmp_path / "d.xlsx"),
        lambda: report_exports.note_chart_export(demo_database, "gap", tmp_path / "e.png"),
        lambda: privacy.purge_personal_data(demo_database, 2024, AFTER_2024),
    ]
    for attempt in refused:
        with pytest.raises(PermissionDenied, match="Viewer"):
            attempt()
    assert not list(tmp_path.glob("?.*")), "nothing was written"
    assert write_one_scorecard(demo_database, 2025, "DINKES", tmp_path / "DINKES.pdf") == 1
    result = write_scorecards(demo_database, 2025, tmp_path / "kartu", ["DINKES", "RSUD"], workers=1)
    assert len(result.files) == 2
    assert write_handout(demo_database, 2025, tmp_path / "handout.pdf") == 1
    as_admin(demo_database)
    prints = [line for line in audit_lines(demo_database)[0] if line.action == "print"]
    assert [(line.user_name, line.area) for line in prints] == [("vina", "pelatihan"), ("vina", "kartu skor"),
                                                                ("vina", "kartu skor")]
    assert prints[1].details["files"] == 2 and prints[1].details["pages"] == 2 and prints[2].details["unit"] == "DINKES"


def test_the_kpk_export_needs_a_reason_that_the_audit_keeps(demo_database: Database, tmp_path: Path) -> None:
    import_people(demo_database, tmp_path)
    out = tmp_path / "kpk.xlsx"
    with pytest.raises(InputError, match="Alasan ekspor data pribadi wajib diisi"):
        population_export.export_population(demo_database, 2024, "internal", out, reason="  ")
    assert not out.exists()
    assert population_export.export_population(demo_database, 2024, "internal", out,
                                               reason="Rapat 0812-3456-0001") == 4
    line = last_line(demo_database, "export")
    assert line.area == "populasi" and "kpk.xlsx" in line.summary and "4 baris" in line.summary
    assert line.details["reason"] == "Rapat 0812****0001", "a phone typed into the reason is masked"
    assert (line.details["year"], line.details["group"], line.details["rows"], line.details["file"]) == (
        2024, "internal", 4, "kpk.xlsx")


def test_cli_export_keeps_working_without_a_reason(demo_database: Database, db_arg: str, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    import_people(demo_database, tmp_path)
    db = db_arg
    out = tmp_path / "kpk.csv"
    assert main(["--db", db, "population", "export", "--year", "2024", "--group", "internal", "--out", str(out),
                 "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"rows": 4, "file": str(out.resolve())}
    assert last_line(demo_database, "export").details["reason"] == population_export.DEFAULT_REASON
    assert main(["--db", db, "population", "export", "--year", "2024", "--group", "internal", "--out", str(out),
                 "--reason", "Permintaan Inspektur"]) == 0
    assert last_line(demo_database, "export").details["reason"] == "Permintaan Inspektur"


def test_the_pseudonymous_list_holds_no_identity_and_stable_pseudonyms(demo_database: Database,
                                                                        tmp_path: Path) -> None:
    import_people(demo_database, tmp_path)
    first, second, third = tmp_path / "p1.xlsx", tmp_path / "p2.xlsx", tmp_path / "p3.csv"
    assert population_export.export_pseudonymous(demo_database, 2024, "internal", first) == 5, "flagged too"
    population_export.export_pseudonymous(demo_database, 2024, "internal", second)
    population_export.export_pseudonymous(demo_database, 2024, "internal", third)
    rows = [[cell.value for cell in row] for row in load_workbook(first).active.iter_rows()]  # type: ignore[union-attr]
    header = next(i for i, row in enumerate(rows) if row[0] == "Pseudonim")
    body = rows[header + 1:]
    assert len(body) == 5 and all(str(row[0]).startswith("R-") and len(str(row[0])) == 14 for row in body)
    assert len({row[0] for row in body}) == 5
    again = [[cell.value for cell in row] for row in load_workbook(second).active.iter_rows()]  # type: ignore[union-attr]
    assert sorted(row[0] for row in again[header + 1:]) == sorted(row[0] for row in body), "stable pseudonyms"
    text = first.read_bytes() + third.read_bytes()
    flat = json.dumps(rows, default=str) + third.read_text(encoding="utf-8-sig")
    for values in stored_personal(demo_database):
        for value in values:
            if value and len(value) > 4:
                assert value not in flat, value
                assert value.encode() not in text
                if value.startswith("+62"):
                    assert "0" + value[3:] not in flat
    assert {row[8] for row in body} == {"2015-03", "2016-04", "2017-05", "2018-06", "2024-01"}, "year-month only"
    assert sorted(row[11] for row in body) == ["Tidak"] * 4 + ["Ya"]
    line = last_line(demo_database, "export")
    assert line.details["pseudonymous"] is True and line.details["file"] == "p3.csv"


def test_purge_removes_identities_and_keeps_every_figure(demo_database: Database, tmp_path: Path) -> None:
    import_people(demo_database, tmp_path)
    before = (population_summary(demo_database, 2024), target_rows(demo_database, 2024),
              results_for_year(demo_database, 2024))
    pseudo_before = tmp_path / "sebelum.csv"
    population_export.export_pseudonymous(demo_database, 2024, "internal", pseudo_before)
    with pytest.raises(InputError, match="baru berakhir 31 Oktober 2024"):
        privacy.purge_personal_data(demo_database, 2024, dt.date(2024, 10, 31))
    with pytest.raises(InputError, match="belum selesai"):
        privacy.preview_purge(demo_database, 2031, dt.date(2031, 5, 1))  # no such year: judged by the calendar
    preview = privacy.preview_purge(demo_database, 2024, AFTER_2024)
    assert (preview.records, preview.phones, preview.emails, preview.nips) == (5, 4, 4, 4)
    assert stored_personal(demo_database)[0][0] == "Sri Rahayu", "a preview changes nothing"
    report = privacy.purge_personal_data(demo_database, 2024, AFTER_2024)
    assert (report.records, report.phones, report.emails, report.nips) == (5, 4, 4, 4) and report.texts >= 1
    assert set(stored_personal(demo_database)) == {("(dihapus)", None, None, None, None)}
    with demo_database.Session() as session:
        notes = " ".join(filter(None, [text for pair in session.execute(
            select(PopulationRecord.warnings, PopulationRecord.flag_reason)) for text in pair]))
    assert notes and "19880404" not in notes and "0812" not in notes
    assert (population_summary(demo_database, 2024), target_rows(demo_database, 2024),
            results_for_year(demo_database, 2024)) == before
    pseudo_after = tmp_path / "sesudah.csv"
    population_export.export_pseudonymous(demo_database, 2024, "internal", pseudo_after)
    assert pseudo_after.read_text(encoding="utf-8-sig") == pseudo_before.read_text(encoding="utf-8-sig")
    assert list(privacy.purged_years(demo_database)) == [2024]
    line = last_line(demo_database, "purge")
    assert line.details["records"] == 5 and "2024" in line.summary
    with pytest.raises(InputError, match="sudah dihapus"):
        import_people(demo_database, tmp_path, "RSUD")
    with pytest.raises(InputError, match="sudah dihapus"):
        privacy.purge_personal_data(demo_database, 2024, AFTER_2024)


@pytest.mark.sqlite_only("reads the bytes of the SQLite workspace file and its WAL; a PostgreSQL server keeps its "
                         "data in files of its own")
def test_purged_values_are_overwritten_in_the_file(demo_database: Database, tmp_path: Path) -> None:
    lines = ["Nama;No. HP;Email"] + [f"Orang Contoh{i:04d};0812{i:08d};orang{i:04d}@contoh.go.id" for i in range(500)]
    (tmp_path / "banyak.csv").write_text("\n".join(lines), encoding="utf-8")
    import_population(demo_database, tmp_path / "banyak.csv", 2024, "internal", unit_code="DINKES")
    privacy.purge_personal_data(demo_database, 2024, AFTER_2024)
    demo_database.close()
    raw = b"".join(path.read_bytes() for path in tmp_path.glob("workspace.sqlite*"))
    assert raw.count(b"Orang Contoh") == 0 and raw.count(b"@contoh.go.id") == 0, "overwritten, not just unlinked"


def test_purge_cli_asks_for_yes_and_is_admin_only(demo_database: Database, db_arg: str, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    import_people(demo_database, tmp_path)
    db = db_arg
    assert main(["--db", db, "privacy", "purge", "--year", "2024"]) == 2
    message = capsys.readouterr().err
    assert "5 baris populasi 2024" in message and "--yes" in message
    assert stored_personal(demo_database)[0][0] == "Sri Rahayu"
    assert main(["--db", db, "privacy", "purge", "--year", "2024", "--yes", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["records"] == 5 and data["year"] == 2024
    out = tmp_path / "pseudo.xlsx"
    assert main(["--db", db, "privacy", "pseudonymize", "--year", "2024", "--group", "internal", "--out", str(out),
                 "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["rows"] == 5


def poison(database: Database, tmp_path: Path) -> None:
    """A unit name, an action and respondent positions that look like formulas or SQL."""
    import_people(database, tmp_path)
    with database.Session.begin() as session:
        session.execute(update(Unit).where(Unit.code == "DINKES").values(name=FORMULAS[0]))
        session.execute(update(Unit).where(Unit.code == "RSUD").values(name=SQL))
    recommendation = add_recommendation(database, 2025, "DINKES", FORMULAS[2])
    save_action(database, ActionEdit(recommendation, FORMULAS[1], owner=SQL, notes=FORMULAS[3]))


def assert_inert(cells: list[Any]) -> None:
    assert cells and all(cell.data_type != "f" for cell in cells)
    texts = [cell.value for cell in cells if isinstance(cell.value, str)]
    for formula in FORMULAS:
        found = [text for text in texts if formula in text]
        assert all(text.startswith("'") for text in found), (formula, found)


def test_formula_and_sql_text_stays_inert_in_every_export(demo_database: Database, tmp_path: Path) -> None:
    poison(demo_database, tmp_path)
    with demo_database.Session() as session:
        assert session.scalar(select(Unit.name).where(Unit.code == "RSUD")) == SQL, "stored verbatim"
        assert session.scalar(select(Unit.name).where(Unit.code == "DINKES")) == FORMULAS[0]
    kpk, pseudo = tmp_path / "kpk.xlsx", tmp_path / "pseudo.xlsx"
    population_export.export_population(demo_database, 2024, "internal", kpk, include_flagged=True, reason="uji")
    population_export.export_pseudonymous(demo_database, 2024, "internal", pseudo)
    lagging, plans = tmp_path / "tertinggal.xlsx", tmp_path / "rencana.xlsx"
    report_exports.export_lagging(demo_database, 2025, lagging, reason="uji")
    report_exports.export_action_plans(demo_database, 2025, ActionFilter(), plans)
    for path in (kpk, pseudo, lagging, plans):
        assert_inert(sheet_texts(path))
    kpk_texts = [c.value for c in sheet_texts(kpk)]
    assert "'" + FORMULAS[0] in kpk_texts and "'" + FORMULAS[1] in kpk_texts and "'" + FORMULAS[2] in kpk_texts
    assert SQL in kpk_texts and any(str(v).startswith("+6281234560001") for v in kpk_texts), "phones stay +62…"
    assert "'" + FORMULAS[0] in [c.value for c in sheet_texts(lagging)] + [c.value for c in sheet_texts(pseudo)]
    plan_texts = [c.value for c in sheet_texts(plans)]
    assert {"'" + FORMULAS[1], "'" + FORMULAS[2], "'" + FORMULAS[3], SQL, "'" + FORMULAS[0]} <= set(plan_texts)
    csv_out = tmp_path / "kpk.csv"
    population_export.export_population(demo_database, 2024, "internal", csv_out, reason="uji")
    cells = [cell for row in csv.reader(csv_out.open(encoding="utf-8-sig")) for cell in row]
    assert "'" + FORMULAS[0] in cells and not any(cell.startswith(("=", "@", "\t")) for cell in cells)
    with demo_database.Session() as session:
        assert session.scalar(select(Unit.name).where(Unit.code == "RSUD")) == SQL, "the table is intact"


def test_markup_in_names_cannot_break_the_pdfs(demo_database: Database, tmp_path: Path) -> None:
    with demo_database.Session.begin() as session:
        session.execute(update(Unit).where(Unit.code == "DINKES").values(name="<b>Dinas</b> & <font size=40>x"))
    assert write_one_scorecard(demo_database, 2025, "DINKES", tmp_path / "kartu.pdf") == 1
    report_exports.export_lagging(demo_database, 2025, tmp_path / "tertinggal.pdf", reason="uji")
    from pypdf import PdfReader

    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "kartu.pdf").pages)
    assert "<b>Dinas</b> &" in text, "drawn as typed, never read as markup"


def population_page(qtbot, database: Database):  # type: ignore[no-untyped-def]
    from spi_desktop.views.context import AppContext
    from spi_desktop.views.population.population_page import PopulationPage

    page = PopulationPage(AppContext(database, 2024))
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.last_job is not None and page.last_job.done, timeout=10_000)
    return page


def test_population_page_asks_why_before_the_kpk_export(qtbot, demo_database: Database, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                        answered_prompts) -> None:
    import_people(demo_database, tmp_path)
    page = population_page(qtbot, demo_database)
    out = tmp_path / "kpk.xlsx"
    answered_prompts.save_file_answer = str(out)
    assert page.choose_export_file() is None and not out.exists(), "cancelling the reason cancels the export"
    assert answered_prompts.texts and "nama dan kontak pribadi" in answered_prompts.texts[-1]
    answered_prompts.text_answer = "Penyerahan daftar populasi ke KPK"
    job = page.choose_export_file()
    qtbot.waitUntil(lambda: job.done, timeout=10_000)
    assert out.exists() and answered_prompts.infos[-1][0] == "Ekspor selesai"
    assert last_line(demo_database, "export").details["reason"] == "Penyerahan daftar populasi ke KPK"
    pseudo = tmp_path / "pseudonim.csv"
    answered_prompts.save_file_answer = str(pseudo)
    job = page.choose_pseudonym_file()
    qtbot.waitUntil(lambda: job.done, timeout=10_000)
    assert pseudo.exists() and "Sri Rahayu" not in pseudo.read_text(encoding="utf-8-sig")
    assert page.export_button.isEnabled() and page.pseudonym_button.isEnabled() and page.reveal.isEnabled()


def test_a_viewer_finds_reveal_and_exports_disabled_and_told_why(qtbot, demo_database: Database,  # type: ignore[no-untyped-def]
                                                                 tmp_path: Path, answered_prompts) -> None:
    import_people(demo_database, tmp_path)
    as_viewer(demo_database)
    page = population_page(qtbot, demo_database)
    for widget in (page.reveal, page.export_button, page.pseudonym_button):
        assert not widget.isEnabled() and "Viewer" in widget.toolTip()
    assert page.model.row_at(0).phone.count("*") >= 4, "contacts stay masked"


def test_chart_exports_are_audited_and_refused_to_a_viewer(qtbot, demo_database: Database,  # type: ignore[no-untyped-def]
                                                           tmp_path: Path, answered_prompts) -> None:
    from spi_desktop.views.context import AppContext
    from spi_desktop.views.monitoring.charts_page import ChartsPage

    page = ChartsPage(AppContext(demo_database, 2025))
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.last_job is not None and page.last_job.done, timeout=15_000)
    page.export_png("gap", tmp_path / "gap.png")
    qtbot.waitUntil(lambda: page.last_job.done, timeout=15_000)
    line = last_line(demo_database, "export")
    assert line.area == "grafik" and line.details == {"chart": "gap", "file": "gap.png"}
    as_viewer(demo_database)
    page.context.refresh_actor()
    page.export_png("attainment", tmp_path / "capaian.png")
    qtbot.waitUntil(lambda: page.last_job.done, timeout=15_000)
    assert not (tmp_path / "capaian.png").exists() and "Viewer" in answered_prompts.errors[-1][1]
