"""Roles guard every data-changing service, and each change leaves one audit line (personal values masked)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import DBAPIError

from spi_desktop.db.models import (
    AuditEntry,
    OfficialResult,
    PopulationBatch,
    PopulationRecord,
    ProgressSnapshot,
    ResponseTarget,
    Unit,
    WorkspaceSetting,
)
from spi_desktop.db.session import Database
from spi_desktop.domain.errors import InputError
from spi_desktop.domain.unit_record import UnitRecord
from spi_desktop.services import accounts
from spi_desktop.services.access import PermissionDenied, SignInRequired
from spi_desktop.services.action_plans import ActionEdit, add_recommendation, delete_action, save_action
from spi_desktop.services.audit import AuditLine, audit_lines
from spi_desktop.services.population import import_population, undo_batch
from spi_desktop.services.population_browse import browse_population
from spi_desktop.services.preferences import get_thresholds, set_template, set_thresholds
from spi_desktop.services.progress import import_progress
from spi_desktop.services.progress_history import delete_snapshot
from spi_desktop.services.progress_targets import import_targets, set_target
from spi_desktop.services.recommendation_catalogue import save_catalogue_text
from spi_desktop.services.results import delete_result, import_results
from spi_desktop.services.units import get_unit, import_units, save_unit, set_unit_active
from spi_desktop.services.workspace import WorkspaceInfo, save_workspace
from spi_desktop.services.years import add_year, get_year, list_years, save_year

YEAR = 2024
AUG = dt.date(2024, 8, 1)
PASSWORDS = {"admin": "rahasia-admin", "oki": "rahasia-operator", "vina": "rahasia-viewer"}
# The contacts of the population file below, as typed and as stored.
TYPED_PHONES = ("0812 3456 7001", "0812-3456-7002", "+62 812 3456 7003")
STORED_PHONES = ("+6281234567001", "+6281234567002", "+6281234567003")
EMAILS = ("warga.satu@gmail.com", "warga.dua@yahoo.co.id")
PIC = {"pic_phone": "0812 9999 0001", "pic_email": "pic.dinkes@gmail.com", "head_nip": "198503152010012003"}


def population_file(folder: Path) -> Path:
    path = folder / "pengguna_layanan.csv"
    path.write_text("Nama;No HP;Email\n"
                    f"Warga Satu;{TYPED_PHONES[0]};{EMAILS[0]}\n"
                    f"Warga Dua;{TYPED_PHONES[1]};{EMAILS[1]}\n"
                    f"Warga Tiga;{TYPED_PHONES[2]};\n", encoding="utf-8")
    return path


def files(folder: Path) -> dict[str, Path]:
    """One small valid file per import kind."""
    units = folder / "opd.csv"
    units.write_text("Kode,Nama OPD\nDISDIK,Dinas Pendidikan\nBARU,Badan Baru\n", encoding="utf-8")
    progress = folder / "kemajuan.csv"
    progress.write_text("Kode;Kelompok;Diundang;Mulai;Selesai\nDINKES;internal;10;4;3\n", encoding="utf-8")
    results = folder / "hasil.csv"
    results.write_text("Tahun;Kode;Nama;Nilai SPI\n2024;DISDIK;Dinas Pendidikan;70,5\n", encoding="utf-8")
    targets = folder / "target.csv"
    targets.write_text("Kode;Kelompok;Target Sampel\nDISDIK;internal;12\n", encoding="utf-8")
    return {"population": population_file(folder), "units": units, "progress": progress, "results": results,
            "targets": targets}


@pytest.fixture
def workspace(database: Database, tmp_path: Path) -> Database:
    """Two OPD, a population list, a snapshot and a result, stored by the local user; then three accounts,
    nobody signed in."""
    save_unit(database, UnitRecord("DINKES", "Dinas Kesehatan", head_nip=PIC["head_nip"], pic_phone=PIC["pic_phone"],
                                   pic_email=PIC["pic_email"]))
    save_unit(database, UnitRecord("DISDIK", "Dinas Pendidikan"))
    import_population(database, population_file(tmp_path), YEAR, "external", unit_code="DINKES")
    import_progress(database, files(tmp_path)["progress"], YEAR, AUG)
    import_results(database, files(tmp_path)["results"])
    accounts.create_account(database, "admin", PASSWORDS["admin"], "admin")
    accounts.create_account(database, "oki", PASSWORDS["oki"], "operator")
    accounts.create_account(database, "vina", PASSWORDS["vina"], "viewer")
    accounts.sign_out(database)
    return database


def sign_in(database: Database, name: str) -> None:
    accounts.sign_out(database)
    accounts.sign_in(database, name, PASSWORDS[name])


def stored(database: Database) -> dict[str, Any]:
    """What the workspace holds: row counts per table and the thresholds."""
    with database.Session() as session:
        counts = {model.__name__: session.scalar(select(func.count()).select_from(model)) for model in (
            Unit, PopulationRecord, PopulationBatch, ProgressSnapshot, OfficialResult, ResponseTarget,
            WorkspaceSetting)}
    return {**counts, "thresholds": get_thresholds(database), "years": list_years(database),
            "batches_undone": [b.undone_at for b in _batches(database)]}


def _batches(database: Database) -> list[PopulationBatch]:
    with database.Session() as session:
        return list(session.scalars(select(PopulationBatch)))


def changes(database: Database) -> list[tuple[str, str, str]]:
    """Every audit line except sign-ins and sign-outs: (action, user, summary)."""
    with database.Session() as session:
        rows = session.execute(select(AuditEntry.action, AuditEntry.user_name, AuditEntry.summary)
                               .where(AuditEntry.action.not_in(("login", "logout", "users")))
                               .order_by(AuditEntry.id))
        return [tuple(row) for row in rows]  # type: ignore[misc]


def all_lines(database: Database) -> list[AuditLine]:
    sign_in(database, "admin")
    lines, total = audit_lines(database, limit=None)
    assert len(lines) == total
    return lines


def test_a_viewer_changes_nothing_and_leaves_no_audit_line(workspace: Database, tmp_path: Path) -> None:
    paths = files(tmp_path)
    batch = _batches(workspace)[0].id
    snapshot = _snapshot_id(workspace)
    sign_in(workspace, "vina")
    before, lines_before = stored(workspace), changes(workspace)
    refused: dict[str, Callable[[], object]] = {
        "import population": lambda: import_population(workspace, paths["population"], YEAR, "internal",
                                                       unit_code="DISDIK"),
        "preview population": lambda: import_population(workspace, paths["population"], YEAR, "internal",
                                                        unit_code="DISDIK", dry_run=True),
        "undo": lambda: undo_batch(workspace, batch),
        "import units": lambda: import_units(workspace, paths["units"], year=YEAR),
        "import progress": lambda: import_progress(workspace, paths["progress"], YEAR, AUG, on_existing="keep"),
        "import results": lambda: import_results(workspace, paths["results"], on_duplicate="replace"),
        "import targets": lambda: import_targets(workspace, paths["targets"], YEAR),
        "save unit": lambda: save_unit(workspace, UnitRecord("DINKES", "Dinas Kesehatan Baru"), "DINKES"),
        "deactivate unit": lambda: set_unit_active(workspace, "DINKES", YEAR, False),
        "set target": lambda: set_target(workspace, YEAR, "DINKES", "internal", 5),
        "delete result": lambda: delete_result(workspace, YEAR, "DISDIK"),
        "delete snapshot": lambda: delete_snapshot(workspace, snapshot),
        "reveal": lambda: browse_population(workspace, YEAR, "external", reveal=True),
        "thresholds": lambda: set_thresholds(workspace, 0.4, 0.9),
        "add year": lambda: add_year(workspace, 2026),
    }
    for name, action in refused.items():
        with pytest.raises(PermissionDenied, match="Viewer"):
            action()
        assert stored(workspace) == before, f"{name}: nothing may be stored"
    assert changes(workspace) == lines_before, "a refused action leaves no audit line"
    page = browse_population(workspace, YEAR, "external")
    assert page.total == 3 and all("****" in row.phone for row in page.rows), "reading masked lists is allowed"


def _snapshot_id(database: Database) -> int:
    with database.Session() as session:
        return int(session.scalar(select(ProgressSnapshot.id)) or 0)


def test_an_operator_imports_and_reveals_but_changes_no_settings(workspace: Database, tmp_path: Path) -> None:
    sign_in(workspace, "oki")
    result = import_population(workspace, population_file(tmp_path), YEAR, "internal", unit_code="DISDIK")
    assert result.imported == 3
    page = browse_population(workspace, YEAR, "internal", reveal=True)
    assert {row.phone for row in page.rows} == set(STORED_PHONES)
    year = get_year(workspace, YEAR)
    before = stored(workspace)
    for action in (lambda: set_thresholds(workspace, 0.4, 0.9), lambda: add_year(workspace, 2026),
                   lambda: save_year(workspace, replace(year, notes="Catatan baru")),
                   lambda: set_template(workspace, "internal", "Yth. {pic}, mohon bantuannya."),
                   lambda: save_catalogue_text(workspace, 2024, "transparansi", "mendasar", "Teks baru"),
                   lambda: save_workspace(workspace, WorkspaceInfo("KAB", "Kabupaten Contoh", "kabupaten"))):
        with pytest.raises(PermissionDenied, match="Operator"):
            action()
    assert stored(workspace) == before
    assert get_year(workspace, YEAR).notes == year.notes
    assert [line[:2] for line in changes(workspace)][-2:] == [("import", "oki"), ("reveal", "oki")]


def test_nobody_signed_in_in_a_workspace_with_accounts(workspace: Database, tmp_path: Path) -> None:
    before = stored(workspace)
    for action in (lambda: import_population(workspace, population_file(tmp_path), YEAR, "internal",
                                             unit_code="DISDIK"),
                   lambda: browse_population(workspace, YEAR, "external", reveal=True),
                   lambda: save_unit(workspace, UnitRecord("BARU", "Badan Baru")),
                   lambda: set_thresholds(workspace, 0.4, 0.9)):
        with pytest.raises(SignInRequired, match="masuk dulu"):
            action()
    assert stored(workspace) == before


def test_every_kind_of_change_is_audited_with_who_when_old_and_new(workspace: Database, tmp_path: Path) -> None:
    sign_in(workspace, "admin")
    started = dt.datetime.now() - dt.timedelta(minutes=1)
    result = import_population(workspace, population_file(tmp_path), YEAR, "internal", unit_code="DISDIK")
    browse_population(workspace, YEAR, "internal", search=TYPED_PHONES[0], reveal=True)
    browse_population(workspace, YEAR, "internal", reveal=True)
    undo_batch(workspace, result.batch or 0)
    save_unit(workspace, replace(get_unit(workspace, "DINKES").record, name="Dinas Kesehatan Kabupaten",
                                 pic_phone="0812 9999 0002"), "DINKES")
    assert delete_result(workspace, YEAR, "DISDIK")
    set_thresholds(workspace, 0.4, 0.9)
    year = get_year(workspace, YEAR)
    save_year(workspace, replace(year, notes="Catatan baru", weights={**year.weights, "internal": 0.35,
                                                                        "external": 0.55}))
    lines = [line for line in all_lines(workspace) if line.action not in {"login", "logout", "users"}]
    kinds = {line.action for line in lines}
    assert {"import", "undo", "edit", "delete", "reveal", "settings"} <= kinds
    mine = [line for line in lines if line.user_name == "admin"]
    assert {line.role for line in mine} == {"admin"} and all(line.at >= started for line in mine)
    by_action = {line.action: line for line in reversed(mine)}  # the newest of each kind
    imported = next(line for line in mine if line.action == "import")
    assert imported.summary == "Impor populasi internal 2024: 3 dari berkas pengguna_layanan.csv"
    assert imported.details["batch"] == result.batch and imported.details["unit"] == "DISDIK"
    assert (imported.details["read"], imported.details["imported"], imported.details["year"]) == (3, 3, 2024)
    assert by_action["undo"].details["removed"] == 3
    reveals = [line for line in mine if line.action == "reveal"]
    assert [line.details["shown"] for line in reveals] == [3, 1]  # newest first
    assert reveals[1].details["search"] is True, "whether there was a search; its text may be a name"
    edit = by_action["edit"]
    assert edit.summary == "Ubah OPD DINKES"
    assert edit.details["old"]["name"] == "Dinas Kesehatan" and edit.details["new"]["name"] == \
        "Dinas Kesehatan Kabupaten"
    assert edit.details["old"]["pic_phone"] == "0812****0001" and edit.details["new"]["pic_phone"] == "0812****0002"
    assert set(edit.details["old"]) == {"name", "pic_phone"}, "only the fields that changed"
    deleted = by_action["delete"]
    assert deleted.summary == "Hapus hasil SPI DISDIK 2024" and deleted.details["old"]["index"] == 70.5
    saved_year = by_action["settings"]
    assert saved_year.summary == "Ubah pengaturan tahun survei 2024"
    assert saved_year.details["old"] == {"weights.internal": year.weights["internal"],
                                         "weights.external": year.weights["external"], "notes": year.notes}
    assert saved_year.details["new"] == {"weights.internal": 0.35, "weights.external": 0.55, "notes": "Catatan baru"}
    settings = next(line for line in mine if line.action == "settings" and line.area == "pengaturan")
    assert settings.details["old"] == {"red_below": 0.5, "green_from": 1.0}
    assert settings.details["new"] == {"red_below": 0.4, "green_from": 0.9}
    dumped = json.dumps([asdict(line) for line in all_lines(workspace)], default=str)
    raw = (*TYPED_PHONES, *STORED_PHONES, *(p.lstrip("+") for p in STORED_PHONES), *EMAILS, *PIC.values(),
           "081234567001", "+6281299990002", "081299990002")
    assert not [value for value in raw if value in dumped], "no full contact or NIP in the trail"


def test_a_failing_import_stores_nothing_and_leaves_no_line(workspace: Database, tmp_path: Path) -> None:
    sign_in(workspace, "oki")
    before, lines_before = stored(workspace), changes(workspace)
    bad = tmp_path / "tanpa_kontak.csv"
    bad.write_text("Nama;Jabatan\nWarga;Staf\n", encoding="utf-8")
    with pytest.raises(InputError, match="No. HP maupun Email"):
        import_population(workspace, bad, YEAR, "internal", unit_code="DISDIK")
    nothing = tmp_path / "kemajuan_salah.csv"
    nothing.write_text("Kode;Kelompok;Diundang;Mulai;Selesai\nENTAH;internal;10;4;3\n", encoding="utf-8")
    with pytest.raises(InputError, match="Tidak ada baris"):
        import_progress(workspace, nothing, YEAR, AUG, on_existing="keep")
    with pytest.raises(InputError):
        import_units(workspace, tmp_path / "tidak_ada.csv")
    assert stored(workspace) == before
    assert changes(workspace) == lines_before


def test_one_line_per_change_for_nested_services(workspace: Database, tmp_path: Path) -> None:
    sign_in(workspace, "oki")
    start = len(changes(workspace))
    set_target(workspace, YEAR, "DINKES", "internal", 5)
    import_targets(workspace, files(tmp_path)["targets"], YEAR)
    recommendation = add_recommendation(workspace, YEAR, "DINKES", "Perbaiki layanan pengaduan")
    action = save_action(workspace, ActionEdit(recommendation, "Sosialisasi kanal pengaduan"))
    save_action(workspace, ActionEdit(recommendation, "Sosialisasi kanal pengaduan", status="berjalan",
                                      progress=30, id=action))
    delete_action(workspace, action)
    new = changes(workspace)[start:]
    assert [(kind, user) for kind, user, _summary in new] == [
        ("edit", "oki"), ("import", "oki"), ("edit", "oki"), ("edit", "oki"), ("edit", "oki"), ("delete", "oki")]
    lines = {line.summary: line for line in all_lines(workspace)}
    target = lines["Ubah target sampel 2024: 1 target"]
    assert target.details["old"] == {"DINKES internal.sample_target": None}
    assert target.details["new"] == {"DINKES internal.sample_target": 5}
    assert lines["Impor target sampel 2024: 1 baris dari berkas target.csv"].details["new"] == {
        "DISDIK internal.sample_target": 12}
    changed = lines[f"Ubah kegiatan rencana aksi {action}"]
    assert changed.details["old"] == {"status": "belum", "progress": 0}
    assert changed.details["new"] == {"status": "berjalan", "progress": 30}
    assert lines[f"Hapus kegiatan rencana aksi {action}"].details["old"]["activity"] == "Sosialisasi kanal pengaduan"


def test_audit_lines_cannot_be_changed_or_removed(workspace: Database) -> None:
    with workspace.Session() as session:
        entry = session.scalars(select(AuditEntry)).first()
        assert entry is not None
        entry.summary = "diubah"
        with pytest.raises(DBAPIError, match="tidak dapat diubah"):
            session.commit()
    for statement in (update(AuditEntry).values(summary="diubah"), delete(AuditEntry)):
        with workspace.Session() as session, pytest.raises(DBAPIError):
            session.execute(statement)
            session.commit()
    with workspace.Session() as session:
        entry = session.scalars(select(AuditEntry)).first()
        assert entry is not None
        session.delete(entry)
        with pytest.raises(DBAPIError):
            session.commit()
    with workspace.Session() as session:
        assert "diubah" not in session.scalars(select(AuditEntry.summary)).all()


def test_every_action_kind_the_issue_names_leaves_a_line(workspace: Database, tmp_path: Path) -> None:
    from spi_desktop.services import backup
    from spi_desktop.services.population_export import export_population
    from spi_desktop.services.privacy import purge_personal_data
    from spi_desktop.services.scorecard_batch import note_scorecard_output

    sign_in(workspace, "admin")
    result = import_population(workspace, population_file(tmp_path), YEAR, "internal", unit_code="DISDIK")
    undo_batch(workspace, result.batch or 0)
    save_unit(workspace, replace(get_unit(workspace, "DISDIK").record, name="Dinas Pendidikan dan Kebudayaan"),
              "DISDIK")
    assert delete_result(workspace, YEAR, "DISDIK")
    export_population(workspace, YEAR, "external", tmp_path / "kpk.csv", reason="Penyerahan ke KPK")
    note_scorecard_output(workspace, YEAR, "DINKES", "cetak", "Printer Inspektorat")
    browse_population(workspace, YEAR, "external", reveal=True)
    set_thresholds(workspace, 0.4, 0.9)
    file_kinds = set()
    if workspace.path is not None:  # a server database is backed up with the server's own tools instead
        backup.backup_database(workspace, tmp_path / "arsip.spibak", "frasa-sandi-panjang")
        backup.restore_backup(workspace, tmp_path / "arsip.spibak", "frasa-sandi-panjang")
        sign_in(workspace, "admin")
        file_kinds = {"backup", "restore"}
    purge_personal_data(workspace, YEAR)
    kinds = {line.action for line in all_lines(workspace)}
    assert kinds >= {"import", "undo", "edit", "delete", "export", "print", "reveal", "login", "logout", "settings",
                     "users", "purge"} | file_kinds
    exported = next(line for line in all_lines(workspace) if line.action == "export")
    assert exported.details["reason"] == "Penyerahan ke KPK" and exported.user_name == "admin"
