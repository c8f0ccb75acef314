"""Mode Pelatihan: a workspace of its own, in its own file, that can be reset to a fresh state with one click.

The training file lives in its own folder under the user data folder and is never the real workspace: opening
refuses a real workspace's file, and resetting deletes only a file that is marked as a demo workspace.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from spi_desktop.db.session import Database, default_database_path
from spi_desktop.db.sqlite_file import file_kind
from spi_desktop.domain.errors import InputError
from spi_desktop.services.database import open_database
from spi_desktop.services.demo import build_demo
from spi_desktop.services.jobs import JobContext, quiet_context
from spi_desktop.services.preferences import is_demo_workspace
from spi_desktop.services.training_data import add_training_population

TRAINING_FOLDER, TRAINING_FILE = "pelatihan", "spi-pelatihan.sqlite"


def training_database_path() -> Path:
    """Where the training workspace lives: its own folder beside the default workspace."""
    return default_database_path().parent / TRAINING_FOLDER / TRAINING_FILE


def _same_file(first: Path, second: Path) -> bool:
    return first.expanduser().resolve() == second.expanduser().resolve()


def check_separate(training: Path, real: Database | None) -> None:
    """``InputError`` when ``training`` is the real workspace's own file."""
    real_path = real.path if real is not None else None
    if real_path is not None and _same_file(real_path, training):
        raise InputError(f"{training} adalah berkas ruang kerja nyata yang sedang terbuka; ruang kerja pelatihan "
                         "harus berkas lain")


def open_training_workspace(real: Database | None = None, path: Path | None = None,
                            context: JobContext | None = None) -> Database:
    """Open the training workspace, building the fictional kabupaten the first time.

    ``InputError`` when the file is the real workspace's or holds a workspace that is not a demo one; such a
    file is only read, never written."""
    path = path or training_database_path()
    check_separate(path, real)
    if file_kind(path) == "real":
        raise InputError(f"{path} berisi ruang kerja nyata, bukan ruang kerja pelatihan; berkas itu tidak "
                         "dipakai untuk pelatihan")
    path.parent.mkdir(parents=True, exist_ok=True)
    database = open_database(path)
    try:
        if not is_demo_workspace(database):
            build_training_data(database, context)
    except Exception:
        database.close()
        raise
    return database


def build_training_data(database: Database, context: JobContext | None = None) -> None:
    """The demo kabupaten (40 OPD, 90 days of responses, two years of results, action plans) plus about
    30 000 respondents with the usual defects."""
    context = context or quiet_context()
    context.report(0, 0, "Membuat kabupaten fiktif…")
    build_demo(database)
    add_training_population(database, context)


def reset_training_workspace(path: Path | None = None, real: Database | None = None,
                             context: JobContext | None = None) -> Database:
    """Delete the training workspace (and its evidence folder) and build it fresh; returns it opened.

    Refused when the file holds a workspace that is not a demo one: a real workspace is never deleted here."""
    path = path or training_database_path()
    check_separate(path, real)
    if file_kind(path) == "real":
        raise InputError(f"{path} bukan ruang kerja pelatihan; berkas itu tidak dihapus")
    if path.exists():
        for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            leftover.unlink(missing_ok=True)
        shutil.rmtree(path.with_name(path.stem + "-bukti"), ignore_errors=True)
    return open_training_workspace(real, path, context)
