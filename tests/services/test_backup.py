"""Backup and restore: identical data after backup → wipe → restore, encryption, every refusal leaving the
workspace and the file untouched, older and newer schemas, demo backups, automatic backups and the CLI."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
import struct
import tempfile
import zlib
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from spi_desktop.cli import main
from spi_desktop.cli.backup import read_passphrase
from spi_desktop.db.migrate import head_revision
from spi_desktop.db.session import Database
from spi_desktop.domain.errors import InputError
from spi_desktop.domain.roles import Actor, Role
from spi_desktop.domain.unit_record import UnitRecord
from spi_desktop.services import accounts, audit, backup, backup_file, population, units, workspace
from spi_desktop.services.access import PermissionDenied
from spi_desktop.services.backup_auto import pack
from spi_desktop.services.database import open_database
from spi_desktop.services.jobs import JobCancelled, JobContext

SECRET = "kuda-laut-berenang-7"
Dump = dict[str, list[tuple[Any, ...]]]
# On a server database the app refuses backups (tested below and in test_postgres.py).
sqlite_file = pytest.mark.sqlite_only("a .spibak backup holds the workspace's SQLite file; a server database is "
                                      "backed up with the server's own tools")


def dump(path: Path) -> Dump:
    """Every table's rows in storage order."""
    connection = sqlite3.connect(path)
    try:
        names = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        return {name: connection.execute(f'SELECT * FROM "{name}" ORDER BY rowid').fetchall() for name in names}
    finally:
        connection.close()


def without_audit(tables: Dump) -> Dump:
    return {name: rows for name, rows in tables.items() if name != "audit_entry"}


def add_people(database: Database, folder: Path, rows: int = 25) -> None:
    """A small population list with phones and e-mails (personal data the backup must carry)."""
    path = folder / "pegawai.csv"
    lines = ["Nama;Perangkat Daerah;No. HP;Email"]
    lines += [f"Pegawai {i};DINKES;0812{i:08d};p{i}@contoh.go.id" for i in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert population.import_population(database, path, 2024, "internal").imported == rows


def real_workspace(path: Path) -> Database:
    database = open_database(path)
    workspace.init_workspace(database, "3201", "Kabupaten Nyata", "kabupaten")
    return database


def rewrite(path: Path, change_header: Any = None, flip_at: int | None = None) -> None:
    """Edit a backup the way someone tampering with it would: change the header or flip a byte, then recompute
    the outer checksum so only the deeper checks can notice."""
    data = bytearray(path.read_bytes())
    length = struct.unpack(">I", data[8:12])[0]
    header, body = json.loads(data[12:12 + length]), data[12 + length:-32]
    if change_header is not None:
        change_header(header)
    if flip_at is not None:
        body[flip_at] ^= 0x01
    text = json.dumps(header, sort_keys=True).encode()
    packed = backup_file.MAGIC + struct.pack(">I", len(text)) + text + body
    path.write_bytes(packed + hashlib.sha256(packed).digest())


@sqlite_file
def test_backup_wipe_restore_gives_identical_data(demo_database: Database, db_path: Path, tmp_path: Path) -> None:
    add_people(demo_database, tmp_path)
    before = dump(db_path)
    report = backup.backup_database(demo_database, tmp_path / "cadangan.spibak")
    assert report.demo and report.schema_revision == head_revision() and not report.encrypted
    wipe = sqlite3.connect(db_path)
    wipe.execute("PRAGMA foreign_keys=OFF")
    for name in before:
        if name not in {"audit_entry", "alembic_version"}:
            wipe.execute(f'DELETE FROM "{name}"')
    wipe.commit()
    wipe.close()
    assert not dump(db_path)["population_record"]
    restored = backup.restore_backup(demo_database, tmp_path / "cadangan.spibak")
    after = dump(db_path)
    assert without_audit(after) == without_audit(before)
    # The backup's trail, then its own "backup" line (written after the copy, so carried over), then the restore.
    assert after["audit_entry"][:-2] == before["audit_entry"]
    assert [row[4:6] for row in after["audit_entry"][-2:]] == [("backup", "cadangan"), ("restore", "cadangan")]
    assert json.loads(after["audit_entry"][-1][7])["audit_carried"] == 1
    assert not restored.migrated and restored.safety_backup is not None and restored.safety_backup.is_file()
    with closing(sqlite3.connect(db_path)) as connection, connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    assert backup.set_backup_keep(demo_database, 5) == backup.backup_keep(demo_database) == 5  # usable at once


@sqlite_file
def test_encrypted_round_trip_into_a_fresh_workspace(demo_database: Database, db_path: Path, tmp_path: Path) -> None:
    add_people(demo_database, tmp_path)
    out = tmp_path / "rahasia.spibak"
    assert backup.backup_database(demo_database, out, passphrase=SECRET).encrypted
    assert b"p1@contoh.go.id" not in out.read_bytes() and SECRET.encode() not in out.read_bytes()
    fresh = open_database(tmp_path / "baru.sqlite")
    try:
        backup.restore_backup(fresh, out, passphrase=SECRET)
    finally:
        fresh.close()
    assert without_audit(dump(tmp_path / "baru.sqlite")) == without_audit(dump(db_path))
    for path in (db_path, tmp_path / "baru.sqlite"):
        trail = json.dumps(dump(path)["audit_entry"], default=str)
        assert "restore" in trail or "backup" in trail
        assert SECRET not in trail
    with pytest.raises(InputError, match="minimal 8"):
        backup.backup_database(demo_database, tmp_path / "pendek.spibak", passphrase="pendek")
    assert not (tmp_path / "pendek.spibak").exists()


@pytest.fixture
def encrypted(demo_database: Database, tmp_path: Path) -> Path:
    out = tmp_path / "rahasia.spibak"
    backup.backup_database(demo_database, out, passphrase=SECRET)
    return out


@pytest.fixture
def target(tmp_path: Path) -> Iterator[Database]:
    """A real workspace whose content must survive every refused restore."""
    database = real_workspace(tmp_path / "nyata.sqlite")
    yield database
    database.close()


def refused(target: Database, file: Path, match: str, passphrase: str | None = SECRET) -> None:
    """Restoring ``file`` is refused with ``match``; the workspace, its backup folder and the file are as before."""
    assert target.path is not None
    before, file_bytes, backups = dump(target.path), file.read_bytes(), backup.list_backups(target)
    with pytest.raises(InputError, match=match):
        backup.restore_backup(target, file, passphrase)
    assert dump(target.path) == before
    assert file.read_bytes() == file_bytes
    assert backup.list_backups(target) == backups, "no safety backup: the checks come first"
    assert not list(target.path.parent.glob(".spi-*"))


@sqlite_file
def test_wrong_or_missing_passphrase_is_refused(encrypted: Path, target: Database) -> None:
    refused(target, encrypted, "Frasa sandi salah atau berkas cadangan telah diubah", "kuda-laut-berenang-8")
    refused(target, encrypted, "terenkripsi: masukkan frasa sandinya", None)


@sqlite_file
def test_truncated_damaged_and_foreign_files_are_refused(encrypted: Path, target: Database, tmp_path: Path) -> None:
    whole = encrypted.read_bytes()
    for cut in (5, 40, len(whole) // 2, len(whole) - 1):
        short = tmp_path / f"potong-{cut}.spibak"
        short.write_bytes(whole[:cut])
        refused(target, short, "bukan berkas cadangan|terpotong")
    for position in (30, len(whole) // 2, len(whole) - 40):  # header, payload, tag
        flipped = bytearray(whole)
        flipped[position] ^= 0x01
        damaged = tmp_path / f"balik-{position}.spibak"
        damaged.write_bytes(bytes(flipped))
        refused(target, damaged, "rusak|bukan berkas cadangan")
    longer = tmp_path / "lebih.spibak"
    longer.write_bytes(whole + b"x")
    refused(target, longer, "data tambahan")
    assert target.path is not None
    refused(target, target.path, "bukan berkas cadangan SPI Desktop")


@sqlite_file
def test_tampering_that_keeps_the_checksum_is_caught_by_the_cipher(encrypted: Path, target: Database) -> None:
    rewrite(encrypted, flip_at=100)
    refused(target, encrypted, "Frasa sandi salah atau berkas cadangan telah diubah")
    rewrite(encrypted, flip_at=100)  # the payload is whole again; now the header lies about its date
    rewrite(encrypted, change_header=lambda header: header.update(created_at="2020-01-01T00:00:00+07:00"))
    refused(target, encrypted, "Frasa sandi salah atau berkas cadangan telah diubah")


@sqlite_file
def test_backup_from_a_newer_app_is_refused(database: Database, target: Database, tmp_path: Path) -> None:
    plain_backup = tmp_path / "biasa.spibak"
    backup.backup_database(database, plain_backup)
    rewrite(plain_backup, change_header=lambda header: header.update(schema_revision="9999_masa_depan"))
    refused(target, plain_backup, "versi SPI Desktop yang lebih baru", None)
    newer = tmp_path / "baru.sqlite"
    assert database.path is not None
    database.close()
    newer.write_bytes(database.path.read_bytes())
    with closing(sqlite3.connect(newer)) as connection, connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_masa_depan'")
    inside = tmp_path / "isi-baru.spibak"
    backup_file.write_backup(newer, inside, "2026-01-01T00:00:00+07:00", "9.9", head_revision(), False)
    refused(target, inside, "versi SPI Desktop yang lebih baru", None)


def test_an_older_backup_is_migrated_on_restore(target: Database, tmp_path: Path) -> None:
    from alembic import command

    from spi_desktop.db.migrate import alembic_config

    old_path = tmp_path / "lama.sqlite"
    old = Database(f"sqlite:///{old_path}")
    config = alembic_config()
    with old.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0005")
    old.close()
    with closing(sqlite3.connect(old_path)) as connection, connection:
        connection.execute("INSERT INTO unit (code, name, version, created_at, updated_at) "
                           "VALUES ('LAMA', 'Dinas Lama', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")
    pack(old_path, tmp_path / "lama.spibak")
    assert backup_file.read_header(tmp_path / "lama.spibak").schema_revision == "0005"
    report = backup.restore_backup(target, tmp_path / "lama.spibak")
    assert report.migrated and report.schema_revision == "0005"
    assert target.path is not None
    restored = dump(target.path)
    assert [row[1:3] for row in restored["unit"]] == [("LAMA", "Dinas Lama")]
    assert restored["alembic_version"] == [(head_revision(),)]
    # The old backup has no trail: every line of the workspace's own (its set-up) is newer, so it is kept.
    assert [row[4] for row in restored["audit_entry"]] == ["settings", "restore"]


@sqlite_file
def test_demo_and_real_backups_stay_in_their_own_kind_of_workspace(
        encrypted: Path, target: Database, tmp_path: Path) -> None:
    refused(target, encrypted, "ruang kerja pelatihan")
    real_backup = tmp_path / "nyata.spibak"
    backup.backup_database(target, real_backup)
    demo = open_database(tmp_path / "latihan.sqlite")
    try:
        backup.restore_backup(demo, encrypted, SECRET)  # a demo backup into an empty workspace is fine
        refused(demo, real_backup, "berisi ruang kerja nyata", None)
    finally:
        demo.close()


@sqlite_file
def test_backup_while_another_connection_writes(database: Database, db_path: Path, tmp_path: Path) -> None:
    writer = sqlite3.connect(db_path, timeout=0, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("INSERT INTO unit (code, name, version, created_at, updated_at) "
                   "VALUES ('TENGAH', 'Dinas Tengah', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")

    def copied(done: int, _total: int, _text: str) -> None:
        if done == 1:  # the copy is taken: let the writer finish so the audit line can be written
            writer.execute("COMMIT")

    try:
        backup.backup_database(database, tmp_path / "sibuk.spibak", context=JobContext(on_progress=copied))
    finally:
        writer.close()
    backup_file.unpack_backup(tmp_path / "sibuk.spibak", tmp_path / "isi.sqlite")
    copy = dump(tmp_path / "isi.sqlite")
    assert copy["unit"] == []  # the last committed state, without the open transaction's row
    assert [row[1] for row in dump(db_path)["unit"]] == ["TENGAH"]
    with closing(sqlite3.connect(tmp_path / "isi.sqlite")) as connection, connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("delete",)


@sqlite_file
def test_only_an_admin_backs_up_or_restores_and_restore_signs_everyone_out(
        database: Database, tmp_path: Path) -> None:
    accounts.create_account(database, "admin", "rahasia-admin", "admin")
    out = tmp_path / "admin.spibak"
    backup.backup_database(database, out)
    accounts.create_account(database, "vina", "rahasia-viewer", "viewer")
    accounts.sign_in(database, "vina", "rahasia-viewer")
    with pytest.raises(PermissionDenied):
        backup.backup_database(database, tmp_path / "vina.spibak")
    with pytest.raises(PermissionDenied):
        backup.restore_backup(database, out)
    assert not (tmp_path / "vina.spibak").exists()
    accounts.sign_in(database, "admin", "rahasia-admin")
    backup.restore_backup(database, out)
    assert database.actor is None


def test_server_databases_are_backed_up_with_the_servers_own_tools(database: Database, tmp_path: Path) -> None:
    # On SQLite an in-memory database (no file) stands in for a server; SPI_TEST_ENGINE=postgresql has a real one.
    server = Database("sqlite://") if database.path is not None else database
    server.actor = Actor("admin", Role.ADMIN)
    with pytest.raises(InputError, match="PostgreSQL dicadangkan dan dipulihkan dengan alat server itu sendiri"):
        backup.backup_database(server, tmp_path / "server.spibak")
    assert not (tmp_path / "server.spibak").exists()
    with pytest.raises(InputError, match="pg_dump dan pg_restore"):
        backup.restore_backup(server, tmp_path / "server.spibak")
    assert backup.list_backups(server) == [] and backup.automatic_backup(server, "harian") is None


@sqlite_file
def test_a_cancelled_backup_leaves_nothing_behind(database: Database, tmp_path: Path) -> None:
    contexts: list[JobContext] = []
    context = JobContext(on_progress=lambda done, _total, _text: contexts[0].cancel() if done == 1 else None)
    contexts.append(context)
    with pytest.raises(JobCancelled):
        backup.backup_database(database, tmp_path / "batal.spibak", context=context)
    assert sorted(p.name for p in tmp_path.iterdir() if "batal" in p.name or p.name.startswith(".spi")) == []


@sqlite_file
def test_automatic_backups_rotate_and_run_once_a_day(demo_database: Database, tmp_path: Path) -> None:
    assert backup.backup_keep(demo_database) == 7
    backup.set_backup_keep(demo_database, 3)
    start = dt.datetime(2026, 3, 1, 8, 0, 0)
    made = [backup.automatic_backup(demo_database, "harian", start + dt.timedelta(days=i)) for i in range(5)]
    made.append(backup.automatic_backup(demo_database, "harian", start + dt.timedelta(days=4)))  # same second
    made.append(backup.automatic_backup(demo_database, "sebelum-pulihkan", start))
    entries = backup.list_backups(demo_database)
    assert [e.path for e in entries if e.kind == "harian"] == [made[5], made[4], made[3]]
    assert made[5] is not None and made[5].name.endswith("-02.spibak")
    assert [e.kind for e in entries].count("sebelum-pulihkan") == 1
    assert backup.backup_folder(demo_database) == tmp_path / "workspace-cadangan"
    assert not backup.daily_backup_due(demo_database, dt.date(2026, 3, 5))
    assert backup.ensure_daily_backup(demo_database, dt.date(2026, 3, 5)) is None
    assert backup.daily_backup_due(demo_database, dt.date(2026, 3, 6))
    today = backup.ensure_daily_backup(demo_database, dt.date(2026, 3, 6))
    assert today is not None and backup_file.read_header(today).created_at.startswith("2026-03-06")
    assert len([e for e in backup.list_backups(demo_database) if e.kind == "harian"]) == 3
    with pytest.raises(InputError, match="1 sampai 100"):
        backup.set_backup_keep(demo_database, 0)


@sqlite_file
def test_a_backup_made_from_the_file_alone_keeps_the_workspace_s_chosen_count(demo_database: Database,
                                                                              db_path: Path) -> None:
    """The backup before a migration reads ``backup.keep`` from the file itself (the app is not open on it)."""
    from spi_desktop.services.backup_auto import automatic_file_backup

    backup.set_backup_keep(demo_database, 2)
    start = dt.datetime(2026, 3, 1, 8, 0, 0)
    for day in range(4):
        automatic_file_backup(db_path, "sebelum-migrasi", start + dt.timedelta(days=day))
    assert [e.kind for e in backup.list_backups(demo_database)].count("sebelum-migrasi") == 2


def test_an_empty_workspace_needs_no_daily_backup(database: Database) -> None:
    assert not backup.daily_backup_due(database)
    assert backup.ensure_daily_backup(database) is None


@sqlite_file
def test_cli_backup_and_restore(demo_database: Database, db_path: Path, tmp_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    secret_file, wrong_file = tmp_path / "frasa.txt", tmp_path / "salah.txt"
    secret_file.write_text(SECRET + "\n", encoding="utf-8")
    wrong_file.write_text("bukan-frasa-yang-benar\n", encoding="utf-8")
    out = tmp_path / "cli.spibak"
    db = ["--db", str(db_path)]
    assert main([*db, "backup", "--out", str(out), "--passphrase-file", str(secret_file), "--json"]) == 0
    written = json.loads(capsys.readouterr().out)
    assert written["encrypted"] and written["file"] == str(out)
    before = dump(db_path)
    assert main([*db, "restore", str(out), "--passphrase-file", str(wrong_file)]) == 2
    assert "Frasa sandi salah" in capsys.readouterr().err
    assert main([*db, "restore", str(out)]) == 2
    assert main([*db, "restore", str(tmp_path / "tidak-ada.spibak")]) == 2
    assert main([*db, "backup", "--out", str(out), "--passphrase-file", str(tmp_path / "hilang.txt")]) == 2
    assert dump(db_path) == before
    assert main([*db, "restore", str(out), "--passphrase-file", str(secret_file), "--json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["safety_backup"].endswith(".spibak")
    assert SECRET not in captured.out + captured.err
    trail = json.dumps(dump(db_path)["audit_entry"], default=str)
    # The restored trail is the backup's, the lines written since (its own "backup" line) and the restore line.
    assert [row[4] for row in dump(db_path)["audit_entry"]][-2:] == ["backup", "restore"]
    assert SECRET not in trail


@sqlite_file
def test_restoring_an_automatic_backup_keeps_that_file(demo_database: Database) -> None:
    backup.set_backup_keep(demo_database, 1)
    chosen = backup.automatic_backup(demo_database, "sebelum-pulihkan")
    assert chosen is not None and not backup.describe_backup(chosen).encrypted
    report = backup.restore_backup(demo_database, chosen)
    assert chosen.is_file() and report.safety_backup is not None and report.safety_backup.is_file()


@sqlite_file
def test_restore_keeps_the_audit_lines_written_after_the_backup(database: Database, db_path: Path,
                                                                 tmp_path: Path) -> None:
    accounts.create_account(database, "admin", "rahasia-admin", "admin")
    units.save_unit(database, UnitRecord("DINKES", "Dinas Kesehatan"))
    out = tmp_path / "sebelum.spibak"
    backup.backup_database(database, out)
    in_backup = dump(db_path)["audit_entry"][:-1]  # without the "backup" line, written after the copy
    accounts.create_account(database, "opi", "rahasia-operator", "operator")
    units.save_unit(database, UnitRecord("DINKES", "Dinas Kesehatan Baru"), "DINKES")
    since = dump(db_path)["audit_entry"][len(in_backup):]
    assert [row[4] for row in since] == ["backup", "users", "edit"]
    report = backup.restore_backup(database, out)
    restored = dump(db_path)
    assert [row[2] for row in restored["unit"]] == ["Dinas Kesehatan"]  # the data is the backup's
    assert [row[1] for row in restored["user_account"]] == ["admin"]
    trail = restored["audit_entry"]
    assert trail[:len(in_backup)] == in_backup
    assert [row[1:] for row in trail[len(in_backup):-1]] == [row[1:] for row in since]  # same lines, in order
    assert [row[0] for row in trail] == list(range(1, len(trail) + 1))  # with ids of their own
    restore_line = trail[-1]
    assert restore_line[4:6] == ("restore", "cadangan") and restore_line[2] == "admin"
    details = json.loads(restore_line[7])
    assert details["audit_carried"] == 3 and details["safety_backup"] == str(report.safety_backup)
    with closing(sqlite3.connect(db_path)) as connection, pytest.raises(sqlite3.DatabaseError):
        connection.execute("DELETE FROM audit_entry")  # still append-only after the restore
    accounts.sign_in(database, "admin", "rahasia-admin")
    assert audit.audit_lines(database, audit.AuditFilter())  # readable through the service


@sqlite_file
def test_a_failed_audit_line_after_the_swap_does_not_claim_nothing_changed(
        database: Database, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    accounts.create_account(database, "admin", "rahasia-admin", "admin")
    units.save_unit(database, UnitRecord("DINKES", "Dinas Kesehatan"))
    out = tmp_path / "sebelum.spibak"
    backup.backup_database(database, out)
    units.save_unit(database, UnitRecord("DINKES", "Dinas Kesehatan Baru"), "DINKES")
    assert database.actor is not None
    swapped: list[str] = []

    def failing_record_now(*_args: Any, **_kwargs: Any) -> None:
        swapped.extend(row[2] for row in dump(db_path)["unit"])
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(audit, "record_now", failing_record_now)
    with pytest.raises(InputError) as raised:
        backup.restore_backup(database, out)
    message = str(raised.value)
    assert "SUDAH dipulihkan" in message and "tidak berubah" not in message
    assert swapped == ["Dinas Kesehatan"]  # the line was attempted after the swap
    assert [row[2] for row in dump(db_path)["unit"]] == ["Dinas Kesehatan"]
    assert database.actor is None
    monkeypatch.undo()
    accounts.sign_in(database, "admin", "rahasia-admin")
    assert backup.set_backup_keep(database, 4) == 4  # the engine works on the restored file


@sqlite_file
def test_a_failed_clean_up_after_the_swap_is_still_a_restore(
        database: Database, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    units.save_unit(database, UnitRecord("DINKES", "Dinas Kesehatan"))
    out = tmp_path / "sebelum.spibak"
    backup.backup_database(database, out)
    units.save_unit(database, UnitRecord("DINKES", "Dinas Kesehatan Baru"), "DINKES")

    class StuckFolder(tempfile.TemporaryDirectory[str]):
        """Windows: a file in the restore's temporary folder is still held open when the folder is removed."""

        def __exit__(self, *exc: Any) -> None:
            super().__exit__(*exc)
            if Path(self.name).name.startswith(".spi-pulihkan-") and exc[0] is None:
                raise PermissionError(13, "Berkas sedang dipakai proses lain")

    monkeypatch.setattr(tempfile, "TemporaryDirectory", StuckFolder)
    backup.restore_backup(database, out)
    assert [row[2] for row in dump(db_path)["unit"]] == ["Dinas Kesehatan"]
    assert dump(db_path)["audit_entry"][-1][4] == "restore"


def forge(path: Path, payload: bytes, **changes: Any) -> None:
    """Replace a plain backup's payload and header fields, with a correct outer checksum."""
    data = path.read_bytes()
    length = struct.unpack(">I", data[8:12])[0]
    header = json.loads(data[12:12 + length])
    header.update(payload_length=len(payload), **changes)
    text = json.dumps(header, sort_keys=True).encode()
    packed = backup_file.MAGIC + struct.pack(">I", len(text)) + text + payload + bytes(backup_file.TAG_BYTES)
    path.write_bytes(packed + hashlib.sha256(packed).digest())


@sqlite_file
@pytest.mark.parametrize("kdf", [{"n": 2**20}, {"n": 1025}, {"n": 2**13}, {"n": 2**17}, {"r": 32}, {"p": 16},
                                 {"n": "32768"}, {"salt": "tidak-base64!"}, {"name": "argon2"}])
def test_tampered_key_parameters_are_refused_before_any_key_is_derived(
        encrypted: Path, target: Database, tmp_path: Path, kdf: dict[str, Any],
        capsys: pytest.CaptureFixture[str]) -> None:
    rewrite(encrypted, change_header=lambda header: header["kdf"].update(kdf))
    refused(target, encrypted, "rusak: parameter kunci tidak sah")
    with pytest.raises(InputError, match="parameter kunci tidak sah"):
        backup.describe_backup(encrypted)
    secret_file = tmp_path / "frasa.txt"
    secret_file.write_text(SECRET + "\n", encoding="utf-8")
    assert target.path is not None
    before = dump(target.path)
    assert main(["--db", str(target.path), "restore", str(encrypted), "--passphrase-file", str(secret_file)]) == 2
    assert "parameter kunci tidak sah" in capsys.readouterr().err
    assert dump(target.path) == before


@sqlite_file
def test_a_bad_nonce_or_a_failing_key_derivation_is_a_damaged_file(
        encrypted: Path, target: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    original = encrypted.read_bytes()
    rewrite(encrypted, change_header=lambda header: header.update(nonce="AAAA"))
    refused(target, encrypted, "parameter kunci tidak sah")
    encrypted.write_bytes(original)

    def exhausted(_passphrase: str, _kdf: dict[str, Any]) -> bytes:
        raise MemoryError

    monkeypatch.setattr(backup_file, "_key", exhausted)
    refused(target, encrypted, "rusak: parameter kunci tidak sah")


@sqlite_file
def test_a_payload_that_inflates_far_beyond_its_stated_length_is_stopped_early(
        database: Database, target: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bomb = tmp_path / "bom.spibak"
    backup.backup_database(database, bomb)
    forge(bomb, zlib.compress(bytes(64 * backup_file.CHUNK), 9), plain_length=4096)
    assert bomb.stat().st_size < backup_file.CHUNK  # one block read holds the whole stream
    outputs: list[int] = []
    real = zlib.decompressobj

    class Spy:
        def __init__(self) -> None:
            self.inner = real()

        def __getattr__(self, name: str) -> Any:
            return getattr(self.inner, name)

        def decompress(self, data: bytes, max_length: int = 0) -> bytes:
            out = self.inner.decompress(data, max_length)
            outputs.append(len(out))
            return out

    monkeypatch.setattr(zlib, "decompressobj", Spy)
    refused(target, bomb, "isi lebih panjang dari yang tercatat", None)
    assert outputs and max(outputs) <= backup_file.CHUNK and sum(outputs) <= backup_file.CHUNK


def test_an_honest_backup_larger_than_one_block_unpacks_whole(tmp_path: Path) -> None:
    plain = tmp_path / "besar.bin"
    plain.write_bytes(bytes(5 * backup_file.CHUNK + 123) + b"ujung")  # inflates in many limited steps
    out = tmp_path / "besar.spibak"
    backup_file.write_backup(plain, out, "2026-01-01T00:00:00+07:00", "1.0", None, False, SECRET)
    backup_file.unpack_backup(out, tmp_path / "kembali.bin", SECRET)
    assert (tmp_path / "kembali.bin").read_bytes() == plain.read_bytes()


@sqlite_file
def test_the_cli_keeps_spaces_in_the_passphrase_like_the_application(
        demo_database: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spaced = "  kuda laut berenang  "
    gui_made = tmp_path / "aplikasi.spibak"
    backup.backup_database(demo_database, gui_made, passphrase=spaced)  # as typed in the passphrase box
    secret_file = tmp_path / "frasa.txt"
    secret_file.write_bytes(("\ufeff" + spaced + "\r\nbaris kedua\n").encode("utf-8"))
    assert read_passphrase(str(secret_file)) == spaced
    db = ["--db", str(db_path)]
    assert main([*db, "restore", str(gui_made), "--passphrase-file", str(secret_file)]) == 0
    cli_made = tmp_path / "cli.spibak"
    assert main([*db, "backup", "--out", str(cli_made), "--passphrase-file", str(secret_file)]) == 0
    capsys.readouterr()
    with pytest.raises(InputError, match="Frasa sandi salah"):
        backup_file.unpack_backup(cli_made, tmp_path / "isi.sqlite", spaced.strip())
    backup_file.unpack_backup(cli_made, tmp_path / "isi.sqlite", spaced)
    for text, expected in (("rahasia-sekali", "rahasia-sekali"), ("a b\rc\n", "a b\rc"), ("\t tab \n", "\t tab ")):
        secret_file.write_bytes(text.encode("utf-8"))
        assert read_passphrase(str(secret_file)) == expected
    for empty in (b"", b"\n", b"\r\nfrasa\n"):
        secret_file.write_bytes(empty)
        with pytest.raises(InputError, match="kosong"):
            read_passphrase(str(secret_file))


@sqlite_file
def test_a_killed_backups_leftovers_are_cleared_once_an_hour_old(database: Database, db_path: Path) -> None:
    import os
    import time

    from spi_desktop.services.backup_auto import folder_for

    folder = folder_for(db_path)
    folder.mkdir()
    old_temp = db_path.parent / ".spi-cadangan-abc123"
    old_temp.mkdir()
    (old_temp / "salinan.sqlite").write_bytes(b"x")
    old_part = folder / "workspace-harian-20261120-101010.spibak.sebagian"
    old_part.write_bytes(b"x")
    fresh_part = folder / "arsip.spibak.sebagian"  # perhaps another process's backup, still running
    fresh_part.write_bytes(b"x")
    two_hours_ago = time.time() - 7200
    for path in (old_temp, old_part):
        os.utime(path, (two_hours_ago, two_hours_ago))
    backup.ensure_daily_backup(database)
    assert not old_temp.exists() and not old_part.exists() and fresh_part.exists()
