"""Backup and restore: identical data after backup → wipe → restore, encryption, every refusal leaving the
workspace and the file untouched, older and newer schemas, demo backups, automatic backups and the CLI."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
import struct
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from spi_desktop.cli import main
from spi_desktop.db.migrate import head_revision
from spi_desktop.db.session import Database
from spi_desktop.domain.errors import InputError
from spi_desktop.domain.roles import Actor, Role
from spi_desktop.services import accounts, backup, backup_file, population, workspace
from spi_desktop.services.access import PermissionDenied
from spi_desktop.services.backup_auto import pack
from spi_desktop.services.database import open_database
from spi_desktop.services.jobs import JobCancelled, JobContext

SECRET = "kuda-laut-berenang-7"
Dump = dict[str, list[tuple[Any, ...]]]


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


def test_wrong_or_missing_passphrase_is_refused(encrypted: Path, target: Database) -> None:
    refused(target, encrypted, "Frasa sandi salah atau berkas cadangan telah diubah", "kuda-laut-berenang-8")
    refused(target, encrypted, "terenkripsi: masukkan frasa sandinya", None)


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


def test_tampering_that_keeps_the_checksum_is_caught_by_the_cipher(encrypted: Path, target: Database) -> None:
    rewrite(encrypted, flip_at=100)
    refused(target, encrypted, "Frasa sandi salah atau berkas cadangan telah diubah")
    rewrite(encrypted, flip_at=100)  # the payload is whole again; now the header lies about its date
    rewrite(encrypted, change_header=lambda header: header.update(created_at="2020-01-01T00:00:00+07:00"))
    refused(target, encrypted, "Frasa sandi salah atau berkas cadangan telah diubah")


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
    assert [row[4] for row in restored["audit_entry"]] == ["restore"]


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


def test_server_databases_and_cancelled_backups(database: Database, tmp_path: Path) -> None:
    server = Database("sqlite://")
    server.actor = Actor("admin", Role.ADMIN)
    with pytest.raises(InputError, match="PostgreSQL"):
        backup.backup_database(server, tmp_path / "server.spibak")
    assert backup.list_backups(server) == [] and backup.automatic_backup(server, "harian") is None
    contexts: list[JobContext] = []
    context = JobContext(on_progress=lambda done, _total, _text: contexts[0].cancel() if done == 1 else None)
    contexts.append(context)
    with pytest.raises(JobCancelled):
        backup.backup_database(database, tmp_path / "batal.spibak", context=context)
    assert sorted(p.name for p in tmp_path.iterdir() if "batal" in p.name or p.name.startswith(".spi")) == []


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


def test_an_empty_workspace_needs_no_daily_backup(database: Database) -> None:
    assert not backup.daily_backup_due(database)
    assert backup.ensure_daily_backup(database) is None


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


def test_restoring_an_automatic_backup_keeps_that_file(demo_database: Database) -> None:
    backup.set_backup_keep(demo_database, 1)
    chosen = backup.automatic_backup(demo_database, "sebelum-pulihkan")
    assert chosen is not None and not backup.describe_backup(chosen).encrypted
    report = backup.restore_backup(demo_database, chosen)
    assert chosen.is_file() and report.safety_backup is not None and report.safety_backup.is_file()
