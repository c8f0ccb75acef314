"""Accounts and sign-in: scrypt hashes, the first Admin, lock-out, roles through the CLI, an append-only trail."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import select, text, update
from sqlalchemy.exc import DBAPIError, IntegrityError

from spi_desktop.cli import main
from spi_desktop.db.models import AuditEntry, UserAccount
from spi_desktop.db.session import Database
from spi_desktop.domain.errors import InputError
from spi_desktop.domain.passwords import hash_password, verify_password
from spi_desktop.domain.roles import Permission, Role
from spi_desktop.services import accounts
from spi_desktop.services.access import PermissionDenied, SignInRequired, require
from spi_desktop.services.audit import audit_lines
from spi_desktop.services.database import open_database


def _admin_and_viewer(database: Database) -> None:
    accounts.create_account(database, "ratna", "sandi-admin-1", "admin")
    accounts.create_account(database, "vina", "sandi-viewer-1", "viewer")


def test_passwords_are_stored_as_salted_scrypt_hashes(database: Database) -> None:
    accounts.create_account(database, "ratna", "sandi-admin-1", "admin")
    with database.Session() as session:
        stored = session.scalar(select(UserAccount.password_hash))
    assert stored is not None and stored.startswith("scrypt$16384$8$1$") and "sandi-admin-1" not in stored
    assert verify_password("sandi-admin-1", stored) and not verify_password("sandi-admin-2", stored)
    assert hash_password("sama") != hash_password("sama")  # salted
    assert not verify_password("x", "bukan-hash")


def test_first_account_must_be_admin_and_weak_passwords_are_refused(database: Database) -> None:
    with pytest.raises(InputError, match="Admin"):
        accounts.create_account(database, "budi", "sandi-operator-1", "operator")
    with pytest.raises(InputError, match="minimal 8"):
        accounts.create_account(database, "ratna", "pendek", "admin")
    with pytest.raises(InputError, match="tidak sah"):
        accounts.create_account(database, "ratna sari", "sandi-admin-1", "admin")
    accounts.create_account(database, "Ratna", "sandi-admin-1", "admin")
    assert database.actor is not None and database.actor.name == "ratna"
    with pytest.raises(InputError, match="sudah dipakai"):
        accounts.create_account(database, "RATNA", "sandi-admin-2", "viewer")


def test_a_workspace_with_accounts_needs_a_sign_in(database: Database) -> None:
    assert require(database, Permission.USERS).local  # no accounts: the local user acts as Admin
    _admin_and_viewer(database)
    database.actor = None
    with pytest.raises(SignInRequired):
        require(database, Permission.PRINT)
    accounts.sign_in(database, "vina", "sandi-viewer-1")
    assert require(database, Permission.PRINT).name == "vina"
    for permission in (Permission.IMPORT, Permission.EXPORT, Permission.REVEAL, Permission.USERS):
        with pytest.raises(PermissionDenied, match="Viewer"):
            require(database, permission)


def test_five_wrong_passwords_lock_the_account_and_every_attempt_is_audited(database: Database) -> None:
    _admin_and_viewer(database)
    database.actor = None
    for _attempt in range(4):
        with pytest.raises(accounts.SignInRefused, match="salah"):
            accounts.sign_in(database, "vina", "tebakan-salah")
    with pytest.raises(accounts.SignInRefused, match="dikunci sampai"):
        accounts.sign_in(database, "vina", "tebakan-salah")
    with pytest.raises(accounts.SignInRefused, match="terkunci"):
        accounts.sign_in(database, "vina", "sandi-viewer-1")  # even the right password, while locked
    assert database.actor is None
    with database.Session.begin() as session:  # fifteen minutes later
        session.execute(update(UserAccount).values(locked_until=dt.datetime(2000, 1, 1)))
    assert accounts.sign_in(database, "vina", "sandi-viewer-1").role is Role.VIEWER
    accounts.sign_out(database)
    accounts.sign_in(database, "ratna", "sandi-admin-1")
    logins = [line for line in audit_lines(database, limit=None)[0] if line.action in {"login", "logout"}]
    refused = [line for line in logins if line.details.get("ok") is False]
    assert len(refused) == 6 and {line.user_name for line in refused} == {"vina"}
    assert any("dikunci 15 menit" in line.summary for line in refused)
    assert [line.action for line in logins[:3]] == ["login", "logout", "login"]
    assert "tebakan-salah" not in json.dumps([line.summary for line in logins] + [line.details for line in logins])


def test_the_last_active_admin_cannot_be_demoted_or_disabled(database: Database) -> None:
    _admin_and_viewer(database)
    with pytest.raises(InputError, match="satu Admin aktif"):
        accounts.update_account(database, "ratna", role="operator")
    with pytest.raises(InputError, match="satu Admin aktif"):
        accounts.update_account(database, "ratna", active=False)
    accounts.update_account(database, "vina", role="admin")
    assert accounts.update_account(database, "ratna", active=False).active is False


def test_audit_lines_cannot_be_changed_or_deleted(database: Database) -> None:
    _admin_and_viewer(database)
    # SQLite's trigger fails the statement as a constraint; PostgreSQL's raises an exception of its own.
    refusal = IntegrityError if database.path is not None else DBAPIError
    for statement in (update(AuditEntry).values(summary="disunting"), text("DELETE FROM audit_entry")):
        with pytest.raises(refusal, match="tidak dapat diubah"), database.Session.begin() as session:
            session.execute(statement)
    assert all(line.summary != "disunting" for line in audit_lines(database)[0])


def test_cli_obeys_roles_and_never_takes_a_password_on_the_command_line(db_arg: str, tmp_path: Path,
                                                                        capsys: pytest.CaptureFixture[str]) -> None:
    admin_pw, viewer_pw = tmp_path / "admin.pw", tmp_path / "viewer.pw"
    admin_pw.write_text("sandi-admin-1\n")
    viewer_pw.write_text("sandi-viewer-1\n")
    db = ["--db", db_arg]
    assert main([*db, "user", "add", "ratna", "--role", "admin", "--password-file", str(admin_pw)]) == 0
    assert main([*db, "units", "list"]) == 2  # accounts exist now: nobody signed in
    assert "--user" in capsys.readouterr().err
    as_admin = ["--user", "ratna", "--password-file", str(admin_pw)]
    assert main([*db, *as_admin, "user", "add", "vina", "--role", "viewer",
                 "--new-password-file", str(viewer_pw)]) == 0
    as_viewer = ["--user", "vina", "--password-file", str(viewer_pw)]
    assert main([*db, *as_viewer, "units", "list"]) == 0  # reading is allowed
    capsys.readouterr()
    assert main([*db, *as_viewer, "--json", "audit", "list"]) == 2
    assert "tidak boleh membuka jejak audit" in json.loads(capsys.readouterr().out)["error"]
    assert main([*db, "--user", "vina", "--password-file", str(admin_pw), "units", "list"]) == 2
    assert main([*db, *as_admin, "--json", "audit", "list", "--action", "login"]) == 0
    entries = json.loads(capsys.readouterr().out)["entries"]
    assert {entry["details"]["ok"] for entry in entries} == {True, False}
    assert main(["--help"]) == 0
    assert "--password " not in capsys.readouterr().out  # only --password-file exists


def test_a_viewer_on_the_command_line_cannot_import_export_or_undo(demo_database: Database, db_arg: str,
                                                                  tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    from spi_desktop.services.population import population_summary
    from tests.support.population_files import internal_xlsx

    file, _expected = internal_xlsx(tmp_path)
    _admin_and_viewer(demo_database)
    demo_database.close()
    (tmp_path / "vina.pw").write_text("sandi-viewer-1\n")
    (tmp_path / "ratna.pw").write_text("sandi-admin-1\n")
    db = ["--db", db_arg]
    viewer = ["--user", "vina", "--password-file", str(tmp_path / "vina.pw")]
    attempts = [
        ["population", "import", str(file), "--year", "2025", "--group", "internal"],
        ["population", "export", "--year", "2025", "--group", "internal", "--out", str(tmp_path / "out.csv")],
        ["privacy", "pseudonymize", "--year", "2025", "--group", "internal", "--out", str(tmp_path / "p.csv")],
        ["units", "import", str(file)],
        ["backup", "--out", str(tmp_path / "b.spibak")],
    ]
    for attempt in attempts:
        assert main([*db, *viewer, "--json", *attempt]) == 2, attempt
        assert "Peran Viewer (vina) tidak boleh" in json.loads(capsys.readouterr().out)["error"]
    assert not any((tmp_path / name).exists() for name in ("out.csv", "p.csv", "b.spibak"))
    admin = ["--user", "ratna", "--password-file", str(tmp_path / "ratna.pw")]
    assert main([*db, *admin, "population", "import", str(file), "--year", "2025", "--group", "internal"]) == 0
    check = open_database(db_arg)  # reading needs no sign-in
    try:
        assert population_summary(check, 2025)["counts"]["internal"] > 0
    finally:
        check.close()


def test_a_role_change_or_disabling_applies_at_the_users_next_action(database: Database) -> None:
    _admin_and_viewer(database)
    accounts.create_account(database, "budi", "sandi-operator-1", "operator")
    database.actor = None
    accounts.sign_in(database, "budi", "sandi-operator-1")
    assert require(database, Permission.IMPORT).role is Role.OPERATOR
    operator = database.actor
    database.actor = None
    accounts.sign_in(database, "ratna", "sandi-admin-1")
    accounts.update_account(database, "budi", role="viewer")
    database.actor = operator  # budi's window, still open on another PC
    with pytest.raises(PermissionDenied, match="Viewer"):
        require(database, Permission.IMPORT)
    database.actor = None
    accounts.sign_in(database, "ratna", "sandi-admin-1")
    accounts.update_account(database, "budi", active=False)
    database.actor = operator
    with pytest.raises(SignInRequired, match="tidak aktif"):
        require(database, Permission.PRINT)
    assert database.actor is None


def test_sign_in_refusals_never_store_a_mistyped_name_nor_tell_which_names_exist(database: Database) -> None:
    _admin_and_viewer(database)
    accounts.update_account(database, "vina", active=False)
    database.actor = None
    with pytest.raises(accounts.SignInRefused) as unknown:
        accounts.sign_in(database, "Rahasia-Sandi-Saya!", "apa saja")
    with pytest.raises(accounts.SignInRefused) as disabled_wrong:
        accounts.sign_in(database, "vina", "tebakan-salah")
    assert str(unknown.value) == str(disabled_wrong.value) == accounts.WRONG
    with pytest.raises(accounts.SignInRefused, match="dinonaktifkan"):
        accounts.sign_in(database, "vina", "sandi-viewer-1")  # only the right password learns why
    accounts.sign_in(database, "ratna", "sandi-admin-1")
    trail = json.dumps([[line.user_name, line.summary, line.details] for line in audit_lines(database, limit=None)[0]])
    assert "rahasia-sandi-saya" not in trail.lower() and accounts.UNKNOWN_NAME in trail


def test_a_password_written_on_the_command_line_is_refused_without_echoing_it(
        db_arg: str, capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["--password", "Rahasia-Sekali-1", "years", "list"], ["years", "list", "--password=Rahasia-Sekali-1"],
                 ["backup", "--out", "x.spibak", "--passphrase", "Rahasia-Sekali-1"],
                 ["years", "list", "--password-f", "Rahasia-Sekali-1"]):  # no abbreviations either
        assert main(["--db", db_arg, *argv]) == 2
        captured = capsys.readouterr()
        assert "Rahasia-Sekali-1" not in captured.err + captured.out
