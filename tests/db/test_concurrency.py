"""Two people on one workspace (issue 9): a change saved by someone else is never silently overwritten.

Runs on SQLite and, with SPI_TEST_ENGINE=postgresql, on the test PostgreSQL server: every test here uses the
``database`` fixture and a second ``Database`` on the same URL for the other person (another PC).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import event, func, select, text

from spi_desktop.db.models import AuditEntry, Unit
from spi_desktop.db.session import Database
from spi_desktop.domain.unit_record import UnitRecord
from spi_desktop.services import accounts
from spi_desktop.services.action_plans import ActionEdit, add_recommendation, list_actions, save_action
from spi_desktop.services.concurrency import ConflictError
from spi_desktop.services.locks import lock_for_writing, lock_key
from spi_desktop.services.population import import_population
from spi_desktop.services.progress_targets import TargetEdit, save_targets, target_rows
from spi_desktop.services.results import ResultEntry, save_result, stored_result_version
from spi_desktop.services.units import get_unit, save_unit
from spi_desktop.services.workspace import WorkspaceInfo, save_workspace, workspace_version
from spi_desktop.services.years import get_year, save_year, year_version
from tests.support.stored import wait_stored

REPO = Path(__file__).resolve().parents[2]
YEAR = 2025
PASSWORDS = {"ani": "kata-sandi-ani-1", "budi": "kata-sandi-budi-2"}


@pytest.fixture
def two_people(database: Database) -> Iterator[tuple[Database, Database]]:
    """Ani (Admin) and Budi (Operator), each signed in on their own connection to the same workspace."""
    save_unit(database, UnitRecord("DINKES", "Dinas Kesehatan", short_name="0"))
    save_unit(database, UnitRecord("DISDIK", "Dinas Pendidikan", short_name="0"))
    save_unit(database, UnitRecord("BAPPEDA", "Badan Perencanaan", short_name="0"))
    accounts.create_account(database, "ani", PASSWORDS["ani"], "admin")
    accounts.create_account(database, "budi", PASSWORDS["budi"], "operator")
    accounts.sign_in(database, "ani", PASSWORDS["ani"])
    other = Database(database.url)
    accounts.sign_in(other, "budi", PASSWORDS["budi"])
    yield database, other
    other.close()


def assert_names_budi(error: pytest.ExceptionInfo[ConflictError], what: str) -> None:
    text = str(error.value)
    assert text.startswith(what) and "oleh budi" in text, text
    assert f"pukul {dt.datetime.now():%H}." in text and re.search(r"pukul \d\d\.\d\d (WIB|WITA|WIT|UTC)", text), text
    assert "belum disimpan" in text and "muat ulang" in text


def test_opd_edit_after_another_save_is_refused_naming_who_and_when(two_people: tuple[Database, Database]) -> None:
    ani, budi = two_people
    seen = get_unit(ani, "DINKES")
    save_unit(budi, replace(seen.record, pic_name="Budi's PIC"), "DINKES", expected_version=seen.version)
    with pytest.raises(ConflictError) as refused:
        save_unit(ani, replace(seen.record, pic_name="Ani's PIC"), "DINKES", expected_version=seen.version)
    assert_names_budi(refused, "OPD DINKES")
    assert get_unit(ani, "DINKES").record.pic_name == "Budi's PIC"  # Budi's change stands
    latest = get_unit(ani, "DINKES")  # after "Muat ulang", Ani's save goes through
    save_unit(ani, replace(latest.record, pic_name="Ani's PIC"), "DINKES", expected_version=latest.version)
    assert get_unit(budi, "DINKES").record.pic_name == "Ani's PIC"
    with ani.Session() as session:
        texts = list(session.scalars(select(AuditEntry.summary).where(AuditEntry.summary == "Ubah OPD DINKES")))
    assert len(texts) == 2  # Budi's and Ani's second try; the refused one left no line


def test_a_write_that_races_past_the_check_is_refused_by_the_update_itself(
        two_people: tuple[Database, Database]) -> None:
    """Budi commits between Ani's version check and her UPDATE: the UPDATE ... WHERE version = <read> finds no
    row, and Ani gets the same conflict message instead of overwriting."""
    ani, budi = two_people
    seen = get_unit(ani, "DISDIK")
    fired: list[bool] = []

    def budi_saves_first(session: object, _context: object, _instances: object) -> None:
        if not fired:
            fired.append(True)
            with budi.Session() as other, other.begin():
                unit = other.scalar(select(Unit).where(Unit.code == "DISDIK"))
                assert unit is not None
                unit.pic_name, unit.updated_by, unit.updated_at = "Budi", "budi", dt.datetime.now()

    event.listen(ani.Session, "before_flush", budi_saves_first)
    try:
        with pytest.raises(ConflictError) as refused:
            save_unit(ani, replace(seen.record, pic_name="Ani"), "DISDIK")  # no version given: the race path
    finally:
        event.remove(ani.Session, "before_flush", budi_saves_first)
    assert_names_budi(refused, "OPD DISDIK")
    assert get_unit(ani, "DISDIK").record.pic_name == "Budi"


def test_targets_results_actions_and_settings_refuse_a_stale_save(two_people: tuple[Database, Database]) -> None:
    ani, budi = two_people
    # Sample target: both saw no stored target (version 0); Budi typed his first.
    row = next(r for r in target_rows(ani, YEAR) if r.code == "DINKES" and r.group == "internal")
    save_targets(budi, YEAR, [TargetEdit("DINKES", "internal", 30, expected_version=row.version)])
    with pytest.raises(ConflictError) as refused:
        save_targets(ani, YEAR, [TargetEdit("DINKES", "internal", 40, expected_version=row.version)])
    assert_names_budi(refused, "Target DINKES internal")
    stored = next(r for r in target_rows(ani, YEAR) if r.code == "DINKES" and r.group == "internal")
    assert (stored.sample_target, stored.version) == (30, 1)
    # Official result typed by both.
    entry = ResultEntry(YEAR, "DINKES", {"index": 70.5}, {},
                        expected_version=stored_result_version(ani, YEAR, "DINKES"))
    save_result(budi, entry)
    with pytest.raises(ConflictError) as refused:
        save_result(ani, replace(entry, scores={"index": 71.0}, replace=True))
    assert_names_budi(refused, f"Hasil SPI DINKES {YEAR}")
    # Action plan activity.
    recommendation = add_recommendation(ani, YEAR, "DINKES", "Perkuat pengendalian gratifikasi")
    action_id = save_action(ani, ActionEdit(recommendation, "Sosialisasi gratifikasi"))
    seen = next(a for a in list_actions(ani, YEAR) if a.id == action_id)
    edit = ActionEdit(recommendation, seen.activity, id=action_id, version=seen.version)
    save_action(budi, replace(edit, status="berjalan", progress=40))
    with pytest.raises(ConflictError) as refused:
        save_action(ani, replace(edit, owner="Inspektur"))
    assert_names_budi(refused, f"Kegiatan rencana aksi {action_id}")
    # Survey-year settings and the institution's details (Admin only: Budi is made Admin for this).
    accounts.update_account(ani, "budi", role="admin")
    version = year_version(ani, YEAR)
    save_year(budi, replace(get_year(budi, YEAR), notes="catatan Budi"), version)
    with pytest.raises(ConflictError) as refused:
        save_year(ani, replace(get_year(ani, YEAR), notes="catatan Ani"), version)
    assert_names_budi(refused, f"Pengaturan tahun survei {YEAR}")
    assert get_year(ani, YEAR).notes == "catatan Budi"
    version = workspace_version(ani)
    save_workspace(budi, WorkspaceInfo(code="KAB", name="Kabupaten Budi", type="kabupaten"), version)
    with pytest.raises(ConflictError) as refused:
        save_workspace(ani, WorkspaceInfo(code="KAB", name="Kabupaten Ani", type="kabupaten"), version)
    assert_names_budi(refused, "Data instansi")


def test_a_record_deleted_meanwhile_is_reported_not_recreated(two_people: tuple[Database, Database]) -> None:
    ani, budi = two_people
    save_targets(ani, YEAR, [TargetEdit("DISDIK", "external", 12)])
    row = next(r for r in target_rows(ani, YEAR) if r.code == "DISDIK" and r.group == "external")
    save_targets(budi, YEAR, [TargetEdit("DISDIK", "external", None, expected_version=row.version)])  # back to rule
    with pytest.raises(ConflictError, match="sudah dihapus oleh pengguna lain"):
        save_targets(ani, YEAR, [TargetEdit("DISDIK", "external", 15, expected_version=row.version)])
    assert not next(r for r in target_rows(ani, YEAR) if r.code == "DISDIK" and r.group == "external").stored


def test_two_writer_processes_lose_no_update_and_report_every_conflict(
        two_people: tuple[Database, Database], tmp_path: Path) -> None:
    """Two processes (two PCs) each make 500 edits to the same three OPD, with the version they read. Every
    edit is either stored or reported as a conflict; the counters and versions show no update was lost."""
    ani, _budi = two_people
    codes = ["DINKES", "DISDIK", "BAPPEDA"]
    before = {code: get_unit(ani, code).version for code in codes}
    start = tmp_path / "mulai"
    processes = []
    for name in ("ani", "budi"):
        password_file = tmp_path / f"{name}.txt"
        password_file.write_text(PASSWORDS[name])
        processes.append(subprocess.Popen(
            [sys.executable, "-m", "tests.support.concurrent_writer", ani.url, name, str(password_file), "500",
             ",".join(codes), str(start)], cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env={**os.environ, "PYTHONPATH": str(REPO)}))
    threading.Timer(1.0, start.touch).start()  # both have signed in by then (or wait for the file)
    reports = []
    for process in processes:
        out, err = process.communicate(timeout=600)
        assert process.returncode == 0, err
        reports.append(json.loads(out.strip().splitlines()[-1]))
    for report in reports:
        assert report["errors"] == [], report["errors"][:5]
        assert sum(report["successes"].values()) + report["conflicts"] == 500  # every edit accounted for
        other = "budi" if report["name"] == "ani" else "ani"
        assert all(f"oleh {other} pukul" in message or f"oleh {other} pada" in message
                   for message in report["messages"])  # each conflict named the other writer and the time
    print({report["name"]: (report["successes"], report["conflicts"]) for report in reports})
    assert sum(report["conflicts"] for report in reports) > 0, "the writers never overlapped; test proves nothing"
    with ani.Session() as session:
        for code in codes:
            unit = session.scalar(select(Unit).where(Unit.code == code))
            assert unit is not None
            stored = sum(report["successes"][code] for report in reports)
            assert int(unit.short_name or 0) == stored  # zero lost updates: every stored +1 is in the counter
            assert unit.version == before[code] + stored
        edits = session.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.summary.in_([f"Ubah OPD {code}" for code in codes]),
            AuditEntry.user_name.in_(["ani", "budi"])))
    assert edits == sum(sum(report["successes"].values()) for report in reports)


def test_an_opd_changed_meanwhile_in_the_dialog_asks_to_reload(two_people: tuple[Database, Database],
                                                               qtbot: object, answered_prompts: object) -> None:
    """What the second writer sees in the window: the conflict text with who and when, and Muat ulang."""
    from spi_desktop.views.context import AppContext
    from spi_desktop.views.units.units_page import UnitsPage

    ani, budi = two_people
    context = AppContext(ani, YEAR)
    page = UnitsPage(context)
    qtbot.addWidget(page)  # type: ignore[attr-defined]
    job = page.refresh()  # the list is read in the background
    qtbot.waitUntil(lambda: job.done, timeout=10_000)  # type: ignore[attr-defined]
    page.select_code("DINKES")
    dialog = page.edit_selected()
    assert dialog is not None
    seen = get_unit(budi, "DINKES")
    save_unit(budi, replace(seen.record, pic_name="Budi"), "DINKES", expected_version=seen.version)
    dialog.fields["pic_name"].setText("Ani")
    dialog.try_save()  # the prompt's answer is Ya: Muat ulang
    wait_stored(qtbot, dialog)
    assert dialog.conflicted and "oleh budi pukul" in dialog.message.text()
    assert get_unit(ani, "DINKES").record.pic_name == "Budi"
    job = page.refresh()
    qtbot.waitUntil(lambda: job.done, timeout=10_000)  # type: ignore[attr-defined]
    assert page.selected() is not None and page.selected().record.pic_name == "Budi"  # type: ignore[union-attr]


def test_an_import_waits_for_another_import_of_the_same_list_only(demo_database: Database, tmp_path: Path) -> None:
    """PostgreSQL: an import holds the advisory lock of its survey year and group, so a second import of the
    same list waits for it while other lists stay free."""
    if demo_database.engine.dialect.name != "postgresql":
        pytest.skip("per-list locks are PostgreSQL's; SQLite has one writer at a time, so any write waits anyway")
    path = tmp_path / "internal.csv"
    path.write_text("Nama;Perangkat Daerah;No. HP\nSri;DINKES;081234567890\n", encoding="utf-8")
    other = Database(demo_database.url)  # the other operator, mid-way through importing the internal list
    finished = threading.Event()
    try:
        with other.Session() as held, held.begin():
            lock_for_writing(held, "population", 2024, "internal")
            worker = threading.Thread(target=lambda: (import_population(demo_database, path, 2024, "internal"),
                                                      finished.set()))
            worker.start()
            assert not finished.wait(1.5)  # waits for the other import of the same list
            with demo_database.engine.connect() as probe:
                free = probe.execute(text("SELECT pg_try_advisory_lock(:key)"),
                                     {"key": lock_key("population", 2024, "external")}).scalar()
                probe.execute(text("SELECT pg_advisory_unlock_all()"))
            assert free  # the external list of the same year is not held up
        assert finished.wait(30)  # goes ahead once the first import ends
        worker.join()
    finally:
        other.close()
    assert import_population(demo_database, path, 2024, "internal", dry_run=True).duplicates == 1


def test_an_import_that_meets_a_row_saved_meanwhile_says_so_plainly(two_people: tuple[Database, Database],
                                                                  tmp_path: Path) -> None:
    """An OPD file import updates rows it read a moment before; a row saved by someone else in between makes the
    whole import roll back with a plain message (never the driver's words)."""
    from spi_desktop.services.errors import user_message
    from spi_desktop.services.units import import_units

    ani, budi = two_people
    path = tmp_path / "opd.csv"
    path.write_text("Kode;Nama OPD;Nama PIC\nDINKES;Dinas Kesehatan;PIC dari berkas\n", encoding="utf-8")
    fired: list[bool] = []

    def budi_saves_first(_session: object, _context: object, _instances: object) -> None:
        if not fired:
            fired.append(True)
            seen = get_unit(budi, "DINKES")
            save_unit(budi, replace(seen.record, pic_name="Budi"), "DINKES", expected_version=seen.version)

    event.listen(ani.Session, "before_flush", budi_saves_first)
    try:
        with pytest.raises(Exception) as refused:
            import_units(ani, path)
    finally:
        event.remove(ani.Session, "before_flush", budi_saves_first)
    assert "diubah pengguna lain" in user_message(refused.value)
    assert get_unit(ani, "DINKES").record.pic_name == "Budi"
