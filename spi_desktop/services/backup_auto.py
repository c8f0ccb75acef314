"""Copying a live SQLite workspace into a backup file, and the automatic backups: once a day, before a migration
and before a restore, in ``<file stem>-cadangan/`` beside the workspace, the last N of each kind kept.

Automatic backups need nobody signed in (they run while a workspace opens) and are not user actions, so they
leave no audit line; the restore that takes one names it in its own line.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from spi_desktop.db import sqlite_file
from spi_desktop.db.session import Database
from spi_desktop.domain.errors import InputError
from spi_desktop.domain.roles import Permission
from spi_desktop.services import audit, backup_file, settings_store
from spi_desktop.services.about import app_version
from spi_desktop.services.access import require
from spi_desktop.services.jobs import JobContext, quiet_context
from spi_desktop.services.settings_store import BACKUP_KEEP_KEY

SUFFIX = ".spibak"
KINDS = ("harian", "sebelum-migrasi", "sebelum-pulihkan")
DEFAULT_KEEP, MAX_KEEP = 7, 100
STAMP = "%Y%m%d-%H%M%S"


@dataclass(frozen=True)
class BackupReport:
    """A backup that was written."""

    path: Path
    size: int
    encrypted: bool
    created_at: str
    schema_revision: str | None
    demo: bool


@dataclass(frozen=True)
class BackupEntry:
    """One automatic backup in the workspace's backup folder."""

    path: Path
    kind: str
    created_at: dt.datetime
    size: int


def live_path(database: Database) -> Path:
    """The workspace's SQLite file; ``InputError`` for a server database."""
    path = database.path
    if path is None:
        raise InputError("Ruang kerja di server PostgreSQL dicadangkan dan dipulihkan dengan alat server itu "
                         "sendiri (misalnya pg_dump dan pg_restore); aplikasi hanya mencadangkan ruang kerja berkas "
                         "SQLite")
    return path


def snapshot(source: Path, target: Path) -> None:
    """Copy the workspace file ``source`` to ``target``, consistently even while others write; the copy is one
    self-contained file (no WAL beside it)."""
    if not source.is_file():
        raise InputError(f"Berkas ruang kerja {source} tidak ada")
    sqlite_file.copy_online(source, target)


def pack(source: Path, out: Path, passphrase: str | None = None, context: JobContext | None = None,
         now: dt.datetime | None = None) -> BackupReport:
    """Write a backup of the SQLite file ``source`` to ``out``: the file appears whole or not at all."""
    context = context or quiet_context()
    created = (now or dt.datetime.now()).astimezone().isoformat(timespec="seconds")
    try:
        with tempfile.TemporaryDirectory(prefix=".spi-cadangan-", dir=source.parent) as folder:
            plain = Path(folder) / "salinan.sqlite"
            context.report(0, 3, "Menyalin basis data")
            snapshot(source, plain)
            revision, demo = sqlite_file.schema_revision(plain), sqlite_file.file_kind(plain) == "demo"
            context.report(1, 3, "Memadatkan dan mengenkripsi" if passphrase else "Memadatkan")
            header = backup_file.write_backup(plain, out, created, app_version(), revision, demo, passphrase,
                                              check=context.check)
    except OSError as error:
        raise InputError(f"Cadangan {out} tidak dapat ditulis: {error.strerror or error}") from error
    except sqlite3.Error as error:
        raise InputError(f"Basis data tidak dapat disalin: {error}") from error
    context.report(3, 3, "Cadangan selesai", check=False)
    return BackupReport(out, out.stat().st_size, header.encrypted, created, revision, demo)


def folder_for(path: Path) -> Path:
    """The automatic backups' folder of the workspace file ``path``."""
    return path.with_name(f"{path.stem}-cadangan")


def backup_folder(database: Database) -> Path:
    """Where the workspace's automatic backups are kept (``InputError`` for a server database)."""
    return folder_for(live_path(database))


def _pattern(stem: str) -> re.Pattern[str]:
    kinds = "|".join(re.escape(kind) for kind in KINDS)
    return re.compile(rf"^{re.escape(stem)}-({kinds})-(\d{{8}}-\d{{6}})(?:-\d+)?{re.escape(SUFFIX)}$")


def _entries(path: Path) -> list[BackupEntry]:
    folder, pattern = folder_for(path), _pattern(path.stem)
    found = []
    for candidate in folder.glob(f"*{SUFFIX}") if folder.is_dir() else []:
        match = pattern.match(candidate.name)
        if match:
            stamp = dt.datetime.strptime(match.group(2), STAMP)
            found.append(BackupEntry(candidate, match.group(1), stamp, candidate.stat().st_size))
    # Names sort in time order: a second backup within the same second gets "-02" after the stamp.
    return sorted(found, key=lambda entry: (entry.created_at, entry.path.name.removesuffix(SUFFIX)), reverse=True)


def list_backups(database: Database) -> list[BackupEntry]:
    """The workspace's automatic backups, newest first (empty for a server database)."""
    path = database.path
    return [] if path is None else _entries(path)


def _keep_in_file(path: Path) -> int:
    """The ``backup.keep`` setting read straight from the file (it may predate the settings table)."""
    try:
        value = sqlite_file.setting_in_file(path, BACKUP_KEEP_KEY)
    except (sqlite3.Error, ValueError, TypeError):
        return DEFAULT_KEEP
    return _valid_keep(value)


def _valid_keep(value: object) -> int:
    return value if isinstance(value, int) and 1 <= value <= MAX_KEEP else DEFAULT_KEEP


def automatic_file_backup(path: Path, kind: str, now: dt.datetime | None = None, keep: int | None = None,
                          spare: Path | None = None) -> Path:
    """Back the SQLite file ``path`` up into its backup folder as ``kind``, then drop that kind's backups beyond
    the newest ``keep`` (default: the workspace's ``backup.keep`` setting, else 7), never ``spare`` (the file
    a restore is reading)."""
    assert kind in KINDS, kind
    now = now or dt.datetime.now()
    folder = folder_for(path)
    try:
        folder.mkdir(exist_ok=True)
    except OSError as error:
        raise InputError(f"Folder cadangan {folder} tidak dapat dibuat: {error.strerror or error}") from error
    name = f"{path.stem}-{kind}-{now.strftime(STAMP)}"
    target, number = folder / f"{name}{SUFFIX}", 1
    while target.exists():
        number += 1
        target = folder / f"{name}-{number:02d}{SUFFIX}"
    pack(path, target, now=now)
    keep = keep if keep is not None else _keep_in_file(path)
    for old in [entry for entry in _entries(path) if entry.kind == kind][keep:]:
        if spare is None or old.path.resolve() != spare.resolve():
            old.path.unlink(missing_ok=True)
    return target


def automatic_backup(database: Database, kind: str, now: dt.datetime | None = None,
                     spare: Path | None = None) -> Path | None:
    """An automatic backup of the workspace (no sign-in needed); None for a server database."""
    path = database.path
    return None if path is None else automatic_file_backup(path, kind, now, backup_keep(database), spare)


def daily_backup_due(database: Database, today: dt.date | None = None) -> bool:
    """Whether the workspace (a SQLite file with data in it) has no daily backup of ``today`` yet."""
    path = database.path
    if path is None or sqlite_file.file_kind(path) == "empty":
        return False
    today = today or dt.date.today()
    return not any(entry.kind == "harian" and entry.created_at.date() == today for entry in _entries(path))


LEFTOVER_AGE = dt.timedelta(hours=1)  # older than any backup or restore still running in another process


def remove_leftovers(path: Path, now: dt.datetime | None = None) -> list[Path]:
    """Delete what a killed backup or restore of the workspace file ``path`` left behind (its temporary
    folders next to the file, half-written ``.sebagian`` files in the backup folder) once an hour old; the
    paths removed."""
    cutoff = ((now or dt.datetime.now()) - LEFTOVER_AGE).timestamp()
    found = [*path.parent.glob(".spi-cadangan-*"), *path.parent.glob(".spi-pulihkan-*"),
             *folder_for(path).glob("*.sebagian")]
    removed = []
    for leftover in found:
        try:
            if leftover.stat().st_mtime >= cutoff:
                continue
            if leftover.is_dir():
                shutil.rmtree(leftover)
            else:
                leftover.unlink()
        except OSError:
            continue  # in use or already gone: the next start tries again
        removed.append(leftover)
    return removed


def ensure_daily_backup(database: Database, today: dt.date | None = None) -> Path | None:
    """Take today's automatic backup unless there is one already (clearing a killed backup's leftovers
    first); the new file, or None."""
    if database.path is not None:
        remove_leftovers(database.path)
    if not daily_backup_due(database, today):
        return None
    now = dt.datetime.combine(today, dt.datetime.now().time()) if today else None
    return automatic_backup(database, "harian", now)


def backup_keep(database: Database) -> int:
    """How many automatic backups of each kind are kept."""
    return _valid_keep(settings_store.read(database, BACKUP_KEEP_KEY))


def set_backup_keep(database: Database, keep: int) -> int:
    """Keep the newest ``keep`` automatic backups of each kind (Admin only; 1 to 100)."""
    actor = require(database, Permission.BACKUP)
    if not 1 <= keep <= MAX_KEEP:
        raise InputError(f"Jumlah cadangan otomatis yang disimpan harus 1 sampai {MAX_KEEP}")
    with database.Session.begin() as session:
        old = settings_store.get(session, BACKUP_KEEP_KEY)
        settings_store.put(session, BACKUP_KEEP_KEY, keep)
        audit.record(session, actor, "settings", "cadangan", f"Jumlah cadangan otomatis disimpan: {keep}",
                     old={"keep": old}, new={"keep": keep})
    return keep
