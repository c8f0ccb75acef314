"""The same workspace on a PostgreSQL server: migrations, the append-only trail, accounts, refusals."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import inspect, text, update
from sqlalchemy.exc import DBAPIError

from spi_desktop.db.migrate import head_revision
from spi_desktop.db.models import AuditEntry, Base
from spi_desktop.db.session import Database
from spi_desktop.domain.errors import InputError
from spi_desktop.domain.roles import Permission
from spi_desktop.domain.unit_record import UnitRecord
from spi_desktop.services import accounts
from spi_desktop.services.access import PermissionDenied, require
from spi_desktop.services.action_plans import add_evidence, evidence_files, list_actions, ready_evidence
from spi_desktop.services.audit import audit_lines
from spi_desktop.services.database import open_database
from spi_desktop.services.units import list_units, save_unit
from spi_desktop.services.years import list_years


def test_migrations_build_the_same_schema_as_on_sqlite(pg_database: Database) -> None:
    with pg_database.engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()
    assert set(inspect(pg_database.engine).get_table_names()) >= set(Base.metadata.tables)
    assert list_years(pg_database), "the default survey years are seeded"


def test_the_audit_trail_is_append_only_on_the_server_too(pg_database: Database) -> None:
    accounts.create_account(pg_database, "ratna", "sandi-admin-1", "admin")
    for statement in (update(AuditEntry).values(summary="disunting"), text("DELETE FROM audit_entry")):
        with pytest.raises(DBAPIError, match="tidak dapat diubah"), pg_database.Session.begin() as session:
            session.execute(statement)
    assert [line.summary for line in audit_lines(pg_database)[0]] == ["Akun ratna dibuat (Admin)"]


def test_accounts_roles_and_lock_out_work_on_the_server(pg_database: Database) -> None:
    accounts.create_account(pg_database, "ratna", "sandi-admin-1", "admin")
    accounts.create_account(pg_database, "vina", "sandi-viewer-1", "viewer")
    save_unit(pg_database, UnitRecord("DINKES", "Dinas Kesehatan", pic_phone="0812 7777 8888"))
    pg_database.actor = None
    for _attempt in range(4):
        with pytest.raises(accounts.SignInRefused):
            accounts.sign_in(pg_database, "vina", "salah-sekali")
    with pytest.raises(accounts.SignInRefused, match="dikunci"):
        accounts.sign_in(pg_database, "vina", "salah-sekali")
    accounts.sign_in(pg_database, "ratna", "sandi-admin-1")
    accounts.update_account(pg_database, "vina", active=True)  # an Admin unlocks
    accounts.sign_in(pg_database, "vina", "sandi-viewer-1")
    with pytest.raises(PermissionDenied):
        save_unit(pg_database, UnitRecord("DISDIK", "Dinas Pendidikan"))
    assert [info.code for info in list_units(pg_database)] == ["DINKES"]
    assert require(pg_database, Permission.PRINT).name == "vina"
    accounts.sign_in(pg_database, "ratna", "sandi-admin-1")
    trail = str([(line.summary, line.details) for line in audit_lines(pg_database, limit=None)[0]])
    assert "0812****8888" in trail and "081277778888" not in trail and "6281277778888" not in trail


def test_a_server_schema_newer_than_the_app_is_refused(pg_database: Database, postgres_server: Any) -> None:
    with pg_database.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    url = str(pg_database.engine.url.render_as_string(hide_password=False))
    pg_database.close()
    with pytest.raises(InputError, match="lebih baru"):
        open_database(url)


def test_backup_of_a_server_workspace_points_to_the_servers_own_tools(pg_database: Database, tmp_path: Any) -> None:
    from spi_desktop.services.backup import backup_database, restore_backup

    with pytest.raises(InputError, match="PostgreSQL dicadangkan dan dipulihkan dengan alat server itu sendiri"):
        backup_database(pg_database, tmp_path / "server.spibak")
    with pytest.raises(InputError, match="pg_dump"):
        restore_backup(pg_database, tmp_path / "server.spibak")
    assert not (tmp_path / "server.spibak").exists()


def _table_rows(database: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows, in id order where there is one (for comparing two workspaces)."""
    rows = {}
    with database.engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            order = [table.c.id] if "id" in table.c else list(table.primary_key.columns)
            rows[table.name] = [tuple(row) for row in connection.execute(table.select().order_by(*order))]
    return rows


@pytest.fixture
def sqlite_demo(db_path: Any) -> Iterator[Database]:
    """The demo workspace in a SQLite file, whichever engine the other tests use (SPI_TEST_ENGINE)."""
    from spi_desktop.services.demo import build_demo

    database = open_database(db_path)
    build_demo(database)
    yield database
    database.close()


def test_db_copy_moves_the_demo_workspace_to_the_server_and_back(sqlite_demo: Database, db_path: Any,
                                                                 postgres_server: Any, tmp_path: Any,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    import json
    import uuid

    from spi_desktop.cli import main

    name = f"spi_{uuid.uuid4().hex[:12]}"
    url = postgres_server.create_database(name)
    try:
        action = list_actions(sqlite_demo, 2025)[0]
        proof = tmp_path / "notulen rapat.pdf"
        proof.write_bytes(b"%PDF-1.4 notulen")
        add_evidence(sqlite_demo, action.id, proof)
        original = _table_rows(sqlite_demo)
        sqlite_demo.close()
        assert main(["--json", "db", "copy", "--from", str(db_path), "--to", url]) == 0
        report = json.loads(capsys.readouterr().out)
        assert report["tables"]["unit"] == 40 and report["rows"] == sum(report["tables"].values())
        assert (report["evidence_files"], report["missing_evidence"]) == (1, [])
        server = open_database(url)
        try:
            [(name, stored)] = evidence_files(server, action.id)  # the file came along, into the database
            opened = ready_evidence(server, stored)
            assert name == "notulen rapat.pdf" and opened.read_bytes() == b"%PDF-1.4 notulen"
            assert opened.is_relative_to(tmp_path / "cache")  # written out to this PC, not the file's folder
            copied = _table_rows(server)
            assert {t: len(r) for t, r in copied.items() if t != "audit_entry"} == \
                   {t: len(r) for t, r in original.items() if t != "audit_entry"}
            assert copied["unit"] == original["unit"] and copied["official_result"] == original["official_result"]
            save_unit(server, UnitRecord("DINAS-BARU", "Dinas Baru"))  # ids continue after the copied ones
            assert len(list_units(server)) == 41
        finally:
            server.close()
        assert main(["db", "copy", "--from", str(db_path), "--to", url]) == 2, "a filled target is refused"
        assert "sudah berisi data" in capsys.readouterr().err
        back = tmp_path / "kembali.sqlite"
        assert main(["db", "copy", "--from", url, "--to", str(back)]) == 0
        returned = open_database(back)
        try:
            assert len(_table_rows(returned)["unit"]) == 41
            [(_name, opened)] = evidence_files(returned, action.id)
            assert opened.parent == tmp_path / "kembali-bukti" and opened.read_bytes() == b"%PDF-1.4 notulen"
        finally:
            returned.close()
    finally:
        postgres_server.drop_database(name)


def test_evidence_on_a_server_is_seen_from_every_pc(pg_database: Database, tmp_path: Any) -> None:
    """The file is kept in the database: another PC (here: this one with its written-out copies gone) opens it."""
    import shutil

    from spi_desktop.services.action_plans import ActionEdit, add_recommendation, evidence_folder, save_action

    recommendation = add_recommendation(pg_database, 2025, "", "Perkuat pengendalian gratifikasi")
    action_id = save_action(pg_database, ActionEdit(recommendation, "Sosialisasi"))
    proof = tmp_path / "daftar hadir.pdf"
    proof.write_bytes(b"%PDF-1.4 hadir")
    add_evidence(pg_database, action_id, proof)
    proof.unlink()
    shutil.rmtree(evidence_folder(pg_database), ignore_errors=True)
    [(name, stored)] = evidence_files(pg_database, action_id)
    opened = ready_evidence(pg_database, stored)
    assert name == "daftar hadir.pdf" and opened.read_bytes() == b"%PDF-1.4 hadir"
    opened.write_bytes(b"diubah di PC ini")  # a changed copy is written out again from the database
    assert ready_evidence(pg_database, stored).read_bytes() == b"%PDF-1.4 hadir"


def test_the_app_opens_on_the_server_workspace(qtbot, shell, pg_database: Database) -> None:  # type: ignore[no-untyped-def]
    from spi_desktop.services.demo import build_demo
    from tests.conftest import open_window

    build_demo(pg_database)
    window = open_window(qtbot, shell, pg_database)
    window.show_area(1)
    qtbot.waitUntil(lambda: window.units.model.rowCount() == 40, timeout=10_000)  # read in the background
    assert "postgresql+psycopg://spi@127.0.0.1" in window.database_label.text()


def test_a_purge_leaves_no_old_value_in_the_servers_table_file(pg_database: Database, postgres_server: Any,
                                                                tmp_path: Any) -> None:
    """PostgreSQL keeps old row versions in the table file; the purge rewrites the table (VACUUM FULL)."""
    import datetime as dt

    from spi_desktop.services.demo import build_demo
    from spi_desktop.services.population import import_population
    from spi_desktop.services.privacy import purge_personal_data

    build_demo(pg_database)
    lines = ["Nama;No. HP;Email"] + [f"Orang Contoh{i:04d};0812{i:08d};orang{i:04d}@contoh.go.id" for i in range(300)]
    (tmp_path / "banyak.csv").write_text("\n".join(lines), encoding="utf-8")
    import_population(pg_database, tmp_path / "banyak.csv", 2024, "internal", unit_code="DINKES")

    def table_file() -> bytes:
        with pg_database.engine.connect() as connection:
            connection.execute(text("CHECKPOINT"))  # pages from the server's memory onto disk
            relative = connection.execute(text("SELECT pg_relation_filepath('population_record')")).scalar_one()
        return b"".join(path.read_bytes() for path in postgres_server.data.glob(f"{relative}*"))

    assert table_file().count(b"Orang Contoh") == 300  # the check can see the stored names
    purge_personal_data(pg_database, 2024, dt.date(2025, 6, 1))
    assert table_file().count(b"Orang Contoh") == 0 and b"@contoh.go.id" not in table_file()
