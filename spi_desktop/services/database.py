"""Open a workspace database: resolve the URL, migrate the schema, seed the survey years."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy.engine import make_url

from spi_desktop.db.migrate import SchemaTooNewError, current_revision, head_revision, upgrade_database
from spi_desktop.db.session import Database, default_database_path, resolve_database_url
from spi_desktop.domain.errors import InputError
from spi_desktop.services.backup_auto import automatic_file_backup
from spi_desktop.services.errors import user_message
from spi_desktop.services.years import seed_default_years

# Views and the CLI take the handle and the default file from here, never from db.
__all__ = ["Database", "default_database_path", "is_same_workspace", "open_database", "schema_revisions"]


def open_database(location: str | os.PathLike[str] | None = None) -> Database:
    """Open (creating if needed) the workspace at a path or URL, else $SPI_DB, else the default file.

    Migrations run first; the SQLite file is backed up (kind "sebelum-migrasi", in the workspace's backup
    folder) before any upgrade. Default survey years are added to a database that has none.
    """
    url = resolve_database_url(location)
    try:
        database = Database(url)
    except Exception as error:
        raise InputError(f"Alamat basis data {_safe(url)} tidak dapat dipakai: {user_message(error)}") from error
    try:
        upgrade_database(database.engine, copy_aside=_backup_before_migration)
        seed_default_years(database)
    except SchemaTooNewError as error:
        database.close()
        raise InputError(str(error)) from error
    except Exception as error:
        database.close()
        raise InputError(f"Basis data {database.describe()} tidak dapat dibuka: {user_message(error)}") from error
    return database


def is_same_workspace(location: str | os.PathLike[str], database: Database) -> bool:
    """True when ``location`` (a path or URL, as --db takes it) names the workspace ``database`` has open."""
    return resolve_database_url(location) == database.url


def schema_revisions(database: Database) -> tuple[str | None, str]:
    """The schema revision stamped in ``database`` and the newest one this app knows (equal once it is
    migrated): for the installation self-test."""
    return current_revision(database.engine), head_revision()


def _backup_before_migration(path: Path, _revision: str | None) -> Path:
    return automatic_file_backup(path, "sebelum-migrasi")


def _safe(url: str) -> str:
    """The URL without its password, for messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return "(alamat tidak sah)"
