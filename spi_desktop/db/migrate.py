"""Bring a workspace database to the current schema, copying a SQLite file aside first."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import DBAPIError

from spi_desktop.db.session import sqlite_path
from spi_desktop.db.sqlite_file import copy_online

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
# The newest revision in migrations/versions. Opening a workspace already at it needs no Alembic (whose import
# and script scan cost a third of a second of every start); tests/db/test_database.py holds it to Alembic's head.
HEAD_REVISION = "0012"


class SchemaTooNewError(RuntimeError):
    """The database was written by a newer SPI Desktop than this one."""


@dataclass(frozen=True)
class MigrationReport:
    """What opening the database did to its schema."""

    before: str | None
    after: str
    backup: Path | None


def alembic_config() -> Config:
    """An Alembic config pointing at the package's migration scripts."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    """The newest schema revision this version of the app knows."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def is_known_revision(revision: str) -> bool:
    """Whether ``revision`` is one of this app's migrations (an unknown one comes from a newer app)."""
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(alembic_config())
    return revision in {script.revision for script in scripts.walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    """The revision stamped in the database, or None for a new (or pre-Alembic) database."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def _stamped_at_head(engine: Engine) -> bool:
    """Whether the database is stamped with ``HEAD_REVISION``, read with one query (no Alembic)."""
    try:
        with engine.connect() as connection:
            stamps = [row[0] for row in connection.execute(text("SELECT version_num FROM alembic_version"))]
    except DBAPIError:  # no alembic_version table: a new or pre-Alembic database
        return False
    return stamps == [HEAD_REVISION]


def backup_sqlite_file(path: Path, revision: str | None) -> Path:
    """Copy a SQLite database aside (consistently, through SQLite's backup API)."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.sebelum-{revision or 'awal'}-{stamp}.bak")
    copy_online(path, target)
    return target


CopyAside = Callable[[Path, str | None], Path | None]


def upgrade_database(engine: Engine, copy_aside: CopyAside | None = backup_sqlite_file) -> MigrationReport:
    """Run every pending migration; refuse a database whose schema is newer than the app.

    Before an upgrade of a SQLite file that holds tables, ``copy_aside(path, revision)`` keeps a copy of it
    (``services/database.py`` passes the automatic "sebelum-migrasi" backup; None copies nothing).
    """
    if _stamped_at_head(engine):
        return MigrationReport(HEAD_REVISION, HEAD_REVISION, None)
    from alembic import command

    config = alembic_config()
    head = head_revision()
    before = current_revision(engine)
    if before is not None and not is_known_revision(before):
        raise SchemaTooNewError(
            f"Basis data ini dibuat oleh versi SPI Desktop yang lebih baru (skema {before}). "
            "Perbarui aplikasi sebelum membukanya."
        )
    if before == head:
        return MigrationReport(before, head, None)
    backup = None
    path = sqlite_path(str(engine.url))
    if copy_aside is not None and path is not None and path.exists() and inspect(engine).get_table_names():
        backup = copy_aside(path, before)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return MigrationReport(before, head, backup)
