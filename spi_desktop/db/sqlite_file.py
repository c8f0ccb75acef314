"""The workspace as a SQLite *file*: the few things done to it with ``sqlite3`` directly, below SQLAlchemy.

A consistent copy while others write (backups, the copy before a migration, a restore's copy-in), a read-only
probe of what a file holds, its schema revision and one setting read straight from it, and what a restore does
to its copy before the copy replaces the workspace (checks, page size, the audit lines written since).
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Literal

from spi_desktop.db.session import BUSY_TIMEOUT_MS
from spi_desktop.domain.demo_mark import DEMO_KEY

FileKind = Literal["demo", "real", "empty"]
_TIMEOUT_S = BUSY_TIMEOUT_MS / 1000
AUDIT_COLUMNS = "at, user_name, role, action, area, summary, details"  # all but the id, which the copy gives anew


def copy_online(source: Path, target: Path, standalone: bool = True) -> None:
    """Copy the SQLite file ``source`` into ``target`` through SQLite's online backup API: one consistent state
    even while other connections write, and a reader of ``target`` sees its old or its new content.

    ``standalone`` leaves ``target`` in rollback-journal mode, one self-contained file with no WAL beside it
    (a backup or a copy aside); a live workspace being restored keeps its own mode (``standalone=False``).
    Raises ``sqlite3.Error``."""
    origin = sqlite3.connect(source, timeout=_TIMEOUT_S)
    try:
        copy = sqlite3.connect(target, timeout=_TIMEOUT_S)
        try:
            origin.backup(copy)
            if standalone:
                copy.execute("PRAGMA journal_mode=DELETE")
        finally:
            copy.close()
    finally:
        origin.close()


def _has_table(connection: sqlite3.Connection, name: str) -> bool:
    return connection.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
                              ).fetchone() is not None


def schema_revision(path: Path) -> str | None:
    """The Alembic revision stamped in the SQLite file, or None when it has none. Raises ``sqlite3.Error``."""
    connection = sqlite3.connect(path)
    try:
        if not _has_table(connection, "alembic_version"):
            return None
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return None if row is None else str(row[0])
    finally:
        connection.close()


def file_kind(path: Path) -> FileKind:
    """What the SQLite file at ``path`` holds, read without writing a byte: 'demo', 'real' or 'empty'."""
    if not path.exists():
        return "empty"
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return "real"  # not ours to judge: never touched
    try:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "workspace_setting" in tables and connection.execute(
                "SELECT 1 FROM workspace_setting WHERE key = ? AND value = 'true'", (DEMO_KEY,)).fetchone():
            return "demo"
        if "institution" in tables and connection.execute("SELECT 1 FROM institution LIMIT 1").fetchone():
            return "real"
        if "unit" in tables and connection.execute("SELECT 1 FROM unit LIMIT 1").fetchone():
            return "real"
        return "empty"
    except sqlite3.Error:
        return "real"
    finally:
        connection.close()


def setting_in_file(path: Path, key: str) -> object:
    """One workspace setting read straight from the file (the file may predate the settings table): its value,
    or None when it is not set. Raises ``sqlite3.Error`` or ``ValueError`` (a value that is not JSON)."""
    connection = sqlite3.connect(path)
    try:
        row = connection.execute("SELECT value FROM workspace_setting WHERE key = ?", (key,)).fetchone()
    finally:
        connection.close()
    if row is None:
        return None
    # The column is declared JSON, so SQLite's type affinity hands a stored number back as a number, not text.
    value = row[0]
    return json.loads(value) if isinstance(value, str | bytes) else value


def passes_integrity_check(path: Path) -> bool:
    """Whether SQLite finds the file's database whole. Raises ``sqlite3.Error`` when it is no database."""
    connection = sqlite3.connect(path)
    try:
        return connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        connection.close()


def match_page_size(copy: Path, live: Path) -> None:
    """Give the file ``copy`` the page size of ``live``: the backup API cannot change a WAL database's page
    size, so a restore's copy must already have the workspace's. Raises ``sqlite3.Error``."""
    target = sqlite3.connect(live, timeout=_TIMEOUT_S)
    try:
        size = target.execute("PRAGMA page_size").fetchone()[0]
    finally:
        target.close()
    connection = sqlite3.connect(copy, isolation_level=None)
    try:
        if connection.execute("PRAGMA page_size").fetchone()[0] != size:
            connection.execute("PRAGMA journal_mode=DELETE")
            connection.execute(f"PRAGMA page_size={int(size)}")
            connection.execute("VACUUM")
    finally:
        connection.close()


def carry_audit_trail(plain: Path, live: Path) -> int:
    """Append to the verified copy the workspace's audit lines newer than the backup's newest (with new ids), so
    a restore never erases the trail of what happened after the backup; how many lines were carried.
    Raises ``sqlite3.Error``."""
    copy = sqlite3.connect(plain, timeout=_TIMEOUT_S)
    try:
        copy.execute("ATTACH DATABASE ? AS live", (str(live),))
        try:
            if not copy.execute("SELECT 1 FROM live.sqlite_master WHERE type = 'table' AND name = 'audit_entry'"
                                ).fetchone():
                return 0
            newest = copy.execute("SELECT MAX(at) FROM main.audit_entry").fetchone()[0]
            with copy:
                carried = copy.execute(
                    f"INSERT INTO main.audit_entry ({AUDIT_COLUMNS}) SELECT {AUDIT_COLUMNS} FROM live.audit_entry "
                    "WHERE at > ? ORDER BY id", ("" if newest is None else newest,)).rowcount
        finally:
            copy.execute("DETACH DATABASE live")
    finally:
        copy.close()
    return max(carried, 0)
