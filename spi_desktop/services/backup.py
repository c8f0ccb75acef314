"""Backup and restore of a SQLite workspace: a consistent copy while the app runs, optionally encrypted, and a
restore that checks everything on a temporary copy before it replaces the workspace in one step.

The automatic backups (daily, before a migration, before a restore) are in ``backup_auto.py``, the file format
in ``backup_file.py``, and what is done to the SQLite files themselves in ``db/sqlite_file.py``.
"""

from __future__ import annotations

import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from spi_desktop.db import sqlite_file
from spi_desktop.db.migrate import head_revision, is_known_revision, upgrade_database
from spi_desktop.db.session import Database, resolve_database_url
from spi_desktop.domain.errors import InputError
from spi_desktop.domain.roles import Actor, Permission
from spi_desktop.services import audit, backup_file
from spi_desktop.services.access import require
from spi_desktop.services.backup_auto import (
    BackupEntry,
    BackupReport,
    automatic_backup,
    backup_folder,
    backup_keep,
    daily_backup_due,
    ensure_daily_backup,
    list_backups,
    live_path,
    pack,
    set_backup_keep,
)
from spi_desktop.services.jobs import JobContext, quiet_context
from spi_desktop.services.preferences import is_demo_workspace

# The automatic backups are reached through this module too, so callers need one import.
__all__ = ["BackupEntry", "BackupReport", "RestoreReport", "automatic_backup", "backup_database", "backup_folder",
           "backup_keep", "daily_backup_due", "describe_backup", "ensure_daily_backup", "list_backups",
           "restore_backup", "set_backup_keep"]


@dataclass(frozen=True)
class RestoreReport:
    """A restore that replaced the workspace's content."""

    path: Path
    created_at: str
    schema_revision: str | None  # the backup's own, before any migration
    migrated: bool
    safety_backup: Path | None


def backup_database(database: Database, out: Path, passphrase: str | None = None,
                    context: JobContext | None = None) -> BackupReport:
    """Back the workspace up into the file ``out`` (Admin only), optionally encrypted with ``passphrase``."""
    actor = require(database, Permission.BACKUP)
    source, out = live_path(database), Path(out)
    if out.exists() and out.resolve() == source.resolve():
        raise InputError("Cadangan tidak boleh menimpa berkas ruang kerja itu sendiri; pilih nama berkas lain")
    report = pack(source, out, passphrase, context)
    audit.record_now(database, actor, "backup", "cadangan", f"Cadangan ruang kerja dibuat: {out.name}",
                     file=str(out), encrypted=report.encrypted, size=report.size, schema=report.schema_revision)
    return report


def describe_backup(file: Path) -> backup_file.BackupHeader:
    """What the backup ``file`` says about itself, without unpacking it: whether a passphrase is needed, when
    it was made, its schema. ``InputError`` when it is not a whole backup file."""
    return backup_file.read_header(Path(file))


def _check_claims(path: Path, header: backup_file.BackupHeader) -> None:
    if header.source != "sqlite":
        raise InputError(f"{path.name} adalah cadangan basis data server; pulihkan dengan alat basis data itu")
    if header.schema_revision is not None and not is_known_revision(header.schema_revision):
        raise InputError(f"Cadangan {path.name} dibuat oleh versi SPI Desktop yang lebih baru (skema "
                         f"{header.schema_revision}). Perbarui aplikasi sebelum memulihkannya")


def _check_content(path: Path, plain: Path) -> str:
    """The verified copy's schema revision after its integrity and schema checks."""
    try:
        whole = sqlite_file.passes_integrity_check(plain)
    except sqlite3.Error as error:
        raise InputError(f"Isi cadangan {path.name} bukan basis data yang dapat dibaca: {error}") from error
    if not whole:
        raise InputError(f"Basis data di dalam cadangan {path.name} rusak (pemeriksaan integritas gagal)")
    revision = sqlite_file.schema_revision(plain)
    if revision is None:
        raise InputError(f"Cadangan {path.name} tidak berisi ruang kerja SPI Desktop")
    if not is_known_revision(revision):
        raise InputError(f"Cadangan {path.name} dibuat oleh versi SPI Desktop yang lebih baru (skema {revision}). "
                         "Perbarui aplikasi sebelum memulihkannya")
    return revision


def _check_kind(database: Database, path: Path, plain: Path) -> None:
    kind, target_demo = sqlite_file.file_kind(plain), is_demo_workspace(database)
    if kind == "demo" and not target_demo and sqlite_file.file_kind(live_path(database)) == "real":
        raise InputError(f"Cadangan {path.name} berasal dari ruang kerja pelatihan (DATA DEMO); data demo tidak "
                         "pernah dipulihkan ke ruang kerja nyata")
    if kind == "real" and target_demo:
        raise InputError(f"Cadangan {path.name} berisi ruang kerja nyata; pulihkan ke ruang kerja nyata, bukan ke "
                         "ruang kerja pelatihan")


def _migrate(plain: Path) -> None:
    """Bring an older backup's copy to this app's schema (the copy only; the workspace is untouched)."""
    copy = Database(resolve_database_url(plain))
    try:
        upgrade_database(copy.engine, copy_aside=None)
    finally:
        copy.close()


def restore_backup(database: Database, file: Path, passphrase: str | None = None,
                   context: JobContext | None = None) -> RestoreReport:
    """Replace the workspace's content with the backup in ``file`` (Admin only), after checking the file, the
    passphrase, the database inside and its schema; nothing changes when a check fails. Nobody is signed in
    afterwards (the restored workspace may have other accounts)."""
    actor = require(database, Permission.BACKUP)
    live, file, context = live_path(database), Path(file), context or quiet_context()
    header = backup_file.read_header(file)
    _check_claims(file, header)
    replaced = False
    try:
        # A leftover temporary file (Windows may still hold it) must not turn a done restore into an error.
        with tempfile.TemporaryDirectory(prefix=".spi-pulihkan-", dir=live.parent,
                                         ignore_cleanup_errors=True) as folder:
            plain = Path(folder) / "pulihan.sqlite"
            context.report(0, 4, "Memeriksa berkas cadangan")
            backup_file.unpack_backup(file, plain, passphrase)
            context.report(1, 4, "Memeriksa isi cadangan")
            revision = _check_content(file, plain)
            _check_kind(database, file, plain)
            migrated = revision != head_revision()
            if migrated:
                _migrate(plain)
            sqlite_file.match_page_size(plain, live)
            context.report(2, 4, "Mencadangkan isi sekarang")
            safety = automatic_backup(database, "sebelum-pulihkan", spare=file)
            context.report(3, 4, "Memulihkan")
            carried = sqlite_file.carry_audit_trail(plain, live)
            database.engine.dispose()
            # One write transaction: readers see the old or the new content, a crash leaves the old.
            sqlite_file.copy_online(plain, live, standalone=False)
            replaced = True
    except (OSError, sqlite3.Error) as error:
        if not replaced:
            reason = error.strerror if isinstance(error, OSError) and error.strerror else error
            raise InputError(f"Pemulihan gagal, ruang kerja tidak berubah: {reason}") from error
        # After the swap only tidying the temporary folder is left: the restore is done, so it goes on.
    finally:
        database.engine.dispose()
    _record_restore(database, actor, file, header, revision, migrated, safety, carried)
    context.report(4, 4, "Pemulihan selesai", check=False)
    return RestoreReport(file, header.created_at, revision, migrated, safety)


def _record_restore(database: Database, actor: Actor, file: Path, header: backup_file.BackupHeader,
                    revision: str, migrated: bool, safety: Path | None, carried: int) -> None:
    """The restore's audit line, written after the content was replaced; nobody is signed in afterwards, even
    when the line cannot be written (the workspace was restored either way, and the message says so)."""
    try:
        audit.record_now(database, actor, "restore", "cadangan",
                         f"Ruang kerja dipulihkan dari {file.name} (cadangan {header.created_at})", file=str(file),
                         created_at=header.created_at, schema=revision, migrated=migrated,
                         safety_backup=str(safety) if safety else None, audit_carried=carried)
    except Exception as error:  # noqa: BLE001 - any failure here must not be reported as "nothing changed"
        database.engine.dispose()
        reason = getattr(error, "orig", None) or error
        raise InputError(f"Ruang kerja SUDAH dipulihkan dari {file.name} (cadangan {header.created_at}), tetapi "
                         f"baris jejak audit pemulihannya tidak dapat ditulis: {reason}") from error
    finally:
        database.actor = None
