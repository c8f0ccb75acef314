"""Every released schema revision upgrades to head: one workspace per revision, made once by that revision's own
code (``tools/make_schema_fixture.py``) and committed, opened here through the app's normal open path."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from spi_desktop.db.migrate import head_revision
from spi_desktop.services.backup_file import read_header
from spi_desktop.services.database import open_database
from spi_desktop.services.population_browse import browse_population, list_batches
from spi_desktop.services.units import list_units
from spi_desktop.services.workspace import get_workspace
from spi_desktop.services.years import get_year

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "workspaces"
REVISIONS = sorted(path.stem for path in FIXTURES.glob("*.sqlite"))
POPULATION_SINCE = "0002"  # the first revision with population lists

pytestmark = pytest.mark.sqlite_only("the fixtures are SQLite workspace files")


def test_there_is_one_fixture_per_revision_up_to_head() -> None:
    assert [f"{number:04d}" for number in range(1, int(head_revision()) + 1)] == REVISIONS


@pytest.mark.parametrize("revision", REVISIONS)
def test_a_workspace_of_every_revision_opens_at_head_with_its_data(revision: str, tmp_path: Path) -> None:
    path = tmp_path / "ruang-kerja.sqlite"
    shutil.copyfile(FIXTURES / f"{revision}.sqlite", path)
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (revision,)
    database = open_database(path)
    try:
        with database.engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == head_revision()
        workspace = get_workspace(database)
        assert workspace is not None
        assert (workspace.code, workspace.name, workspace.type) == ("3299", "Pemerintah Kabupaten Contoh",
                                                                    "kabupaten")
        units = list_units(database, year=2025)
        assert [(unit.code, unit.name, unit.active) for unit in units] == [
            ("DINKES", "Dinas Kesehatan", True), ("DISDIK", "Dinas Pendidikan", True)]
        rules = get_year(database, 2025).eligibility["internal"]
        assert rules["min_years_institution"] == 2 and "kepala dinas" in rules["excluded_titles"]
        page = browse_population(database, 2025, "internal")
        if revision >= POPULATION_SINCE:
            assert sorted((row.unit_code, row.name) for row in page.rows) == [
                ("DINKES", "Budi Santoso"), ("DINKES", "Siti Rahmawati"), ("DISDIK", "Dewi Lestari")]
            assert [(batch.group, batch.imported) for batch in list_batches(database, 2025)] == [("internal", 3)]
        else:
            assert page.rows == []
        with database.engine.connect() as connection:
            notes = [str(value) for (value,) in connection.exec_driver_sql(
                "SELECT source FROM score_band UNION ALL SELECT source FROM survey_element "
                "UNION ALL SELECT sources FROM survey_year")]
        # Older workspaces cited a file of the project's own as their source; at head they name public sources.
        assert notes and not [note for note in notes if ".md" in note or "§" in note], notes
    finally:
        database.close()
    backups = sorted((tmp_path / "ruang-kerja-cadangan").glob("*-sebelum-migrasi-*.spibak"))
    expected = [] if revision == head_revision() else [revision]
    assert [read_header(backup).schema_revision for backup in backups] == expected
