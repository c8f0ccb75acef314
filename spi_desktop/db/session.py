"""One engine and one sessionmaker per workspace database, built from a URL or a file path."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from spi_desktop.domain.roles import Actor

APP_NAME = "spi-desktop"
DEFAULT_FILENAME = "spi.sqlite"
BUSY_TIMEOUT_MS = 10_000
CONNECT_TIMEOUT_S = 10


def default_database_path() -> Path:
    """The SQLite file used when neither --db nor SPI_DB names another."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / DEFAULT_FILENAME


def resolve_database_url(value: str | os.PathLike[str] | None = None) -> str:
    """Turn --db's value (a path or a URL), else $SPI_DB, else the default file, into a URL."""
    chosen = os.fspath(value) if value else os.environ.get("SPI_DB") or str(default_database_path())
    if "://" in chosen:
        return chosen
    return "sqlite:///" + str(Path(chosen).expanduser().resolve())


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other databases and in-memory SQLite."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def _set_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys=ON")
    # Temporary tables (the bulk-import staging table) and big sorts in memory, not a temp file:
    # 1.4 s of a million-row import.
    cursor.execute("PRAGMA temp_store=MEMORY")
    cursor.close()


def make_engine(url: str) -> Engine:
    """Create the engine; SQLite gets WAL mode, a busy timeout and foreign keys on every connection.

    Statement parameters are left out of error messages: they hold names and phone numbers, and error texts
    reach message boxes, stderr and the crash log."""
    path = sqlite_path(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}, hide_parameters=True)
        event.listen(engine, "connect", _set_sqlite_pragmas)
        return engine
    connect_args: dict[str, Any] = {}
    if make_url(url).get_backend_name() == "postgresql" and "connect_timeout" not in make_url(url).query:
        connect_args["connect_timeout"] = CONNECT_TIMEOUT_S  # an unreachable server says so instead of hanging
    return create_engine(url, pool_pre_ping=True, hide_parameters=True, connect_args=connect_args)


@dataclass
class Database:
    """A workspace database: its URL, engine and the one sessionmaker every service uses."""

    url: str
    engine: Engine = field(init=False)
    Session: sessionmaker[Session] = field(init=False)
    # Who is signed in; None means nobody yet (see services/access.py for what that allows).
    actor: Actor | None = field(default=None, init=False)

    def __post_init__(self) -> None:
        self.engine = make_engine(self.url)
        self.Session = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def path(self) -> Path | None:
        """The SQLite file, when this is one."""
        return sqlite_path(self.url)

    def describe(self) -> str:
        """A short, password-free name for the status bar: the file path or user@host/db."""
        if self.path is not None:
            return str(self.path)
        return make_url(self.url).render_as_string(hide_password=True)

    def close(self) -> None:
        """Release every pooled connection."""
        self.engine.dispose()

    def retire(self) -> None:
        """Close for good, before the file is deleted or rebuilt: a late reader then gets an error instead of
        silently recreating (or writing into) the file."""
        if not event.contains(self.engine, "do_connect", _refuse_closed):
            event.listen(self.engine, "do_connect", _refuse_closed)
        self.engine.dispose()


def _refuse_closed(*_args: Any) -> None:
    raise ClosedWorkspaceError("Ruang kerja ini sudah ditutup")


class ClosedWorkspaceError(RuntimeError):
    """A closed workspace was used again."""
