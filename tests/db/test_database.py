"""Opening a workspace: migrations on open, a copy before upgrades, WAL, refusing newer schemas."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from spi_desktop.db.migrate import HEAD_REVISION, head_revision
from spi_desktop.db.session import default_database_path, resolve_database_url
from spi_desktop.domain.errors import InputError
from spi_desktop.services.database import open_database
from spi_desktop.services.years import list_years


def test_the_quick_head_check_names_the_newest_migration() -> None:
    """A workspace stamped with HEAD_REVISION opens without Alembic: the constant must be Alembic's head."""
    assert head_revision() == HEAD_REVISION


def test_opening_a_workspace_at_the_newest_schema_loads_no_alembic(db_path: Path) -> None:
    import subprocess
    import sys

    open_database(db_path).close()
    code = ("import sys; from spi_desktop.services.database import open_database; "
            f"open_database({str(db_path)!r}).close(); print('alembic' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_new_database_is_migrated_and_seeded(db_path: Path) -> None:
    database = open_database(db_path)
    try:
        with database.engine.connect() as connection:
            assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()
            assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert connection.execute(text("PRAGMA busy_timeout")).scalar() >= 5000
        assert list_years(database) == [2021, 2022, 2023, 2024, 2025]
    finally:
        database.close()
    assert not list(db_path.parent.glob("*.bak")), "a brand-new file needs no backup"
    assert not (db_path.parent / "workspace-cadangan").exists()


def test_reopening_changes_nothing(db_path: Path) -> None:
    open_database(db_path).close()
    open_database(db_path).close()
    assert not list(db_path.parent.glob("*.bak"))


def migration_backups(db_path: Path) -> list[Path]:
    """The automatic backups taken before a migration, in the workspace's backup folder."""
    return sorted((db_path.parent / "workspace-cadangan").glob("workspace-sebelum-migrasi-*.spibak"))


def test_existing_file_is_backed_up_before_an_upgrade(db_path: Path, tmp_path: Path) -> None:
    from spi_desktop.services.backup_file import unpack_backup

    legacy = sqlite3.connect(db_path)
    legacy.execute("CREATE TABLE catatan_lama (isi TEXT)")
    legacy.execute("INSERT INTO catatan_lama VALUES ('jangan hilang')")
    legacy.commit()
    legacy.close()
    open_database(db_path).close()
    backups = migration_backups(db_path)
    assert len(backups) == 1
    assert unpack_backup(backups[0], tmp_path / "salinan.sqlite").schema_revision is None
    copy = sqlite3.connect(tmp_path / "salinan.sqlite")
    assert copy.execute("SELECT isi FROM catatan_lama").fetchone() == ("jangan hilang",)
    copy.close()
    assert not list(db_path.parent.glob("*.bak"))


def test_database_from_a_newer_app_is_refused(db_path: Path) -> None:
    open_database(db_path).close()
    connection = sqlite3.connect(db_path)
    connection.execute("UPDATE alembic_version SET version_num = '9999_masa_depan'")
    connection.commit()
    connection.close()
    with pytest.raises(InputError, match="versi SPI Desktop yang lebih baru"):
        open_database(db_path)


def test_database_location_from_argument_environment_or_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert resolve_database_url(tmp_path / "a.sqlite") == f"sqlite:///{tmp_path / 'a.sqlite'}"
    assert resolve_database_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"
    monkeypatch.setenv("SPI_DB", str(tmp_path / "env.sqlite"))
    assert resolve_database_url(None).endswith("env.sqlite")
    monkeypatch.delenv("SPI_DB")
    assert resolve_database_url(None) == f"sqlite:///{default_database_path()}"
    assert str(tmp_path / "data") in str(default_database_path())


def test_upgrading_a_first_version_workspace_keeps_its_data_and_adds_eligibility(db_path: Path) -> None:
    from alembic import command

    from spi_desktop.db.migrate import alembic_config
    from spi_desktop.db.session import Database
    from spi_desktop.services.years import get_year, seed_default_years

    old = Database(resolve_database_url(db_path))
    config = alembic_config()
    with old.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    with old.engine.begin() as connection:
        connection.execute(text("INSERT INTO unit (code, name, version, created_at, updated_at) "
                                "VALUES ('A', 'Dinas A', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"))
        connection.execute(text("INSERT INTO survey_year (year, sample_targets, type_averages, sources, notes) "
                                "VALUES (2024, '{}', '{}', '{}', '')"))
    old.close()
    upgraded = open_database(db_path)
    try:
        assert seed_default_years(upgraded) == 0
        assert get_year(upgraded, 2024).eligibility["internal"]["min_years_institution"] == 2
        with upgraded.engine.connect() as connection:
            assert connection.execute(text("SELECT name FROM unit")).scalar() == "Dinas A"
    finally:
        upgraded.close()
    from spi_desktop.services.backup_file import read_header

    assert [read_header(path).schema_revision for path in migration_backups(db_path)] == ["0001"]


@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection:Warning",
                            "ignore:autogenerate skipping metadata-specified expression-based index:UserWarning")
def test_models_and_migrations_describe_the_same_schema(database) -> None:  # type: ignore[no-untyped-def]
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from spi_desktop.db.models import Base

    with database.engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []
