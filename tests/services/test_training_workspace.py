"""Mode Pelatihan keeps its own file: it never opens, resets or receives the real workspace's data, and what it
exports carries the demo mark that every import of a real workspace refuses."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from spi_desktop.db.models import PopulationRecord, Unit
from spi_desktop.db.session import Database, default_database_path
from spi_desktop.domain.errors import InputError
from spi_desktop.services import training_data
from spi_desktop.services.database import open_database
from spi_desktop.services.preferences import is_demo_workspace
from spi_desktop.services.training import open_training_workspace, reset_training_workspace, training_database_path
from spi_desktop.services.workspace import WorkspaceInfo, save_workspace


@pytest.fixture
def small_lists(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fewer generated respondents, so the tests stay quick (the full size is checked once)."""
    monkeypatch.setattr(training_data, "EMPLOYEES", 1_000)
    monkeypatch.setattr(training_data, "SERVICE_USERS", 500)


def count(database: Database, model: type) -> int:
    with database.Session() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def real_workspace(path: Path) -> Database:
    database = open_database(path)
    save_workspace(database, WorkspaceInfo(code="KOTA", name="Pemerintah Kota Nyata", type="kota"))
    return database


def test_the_training_file_is_its_own_and_holds_the_whole_fictional_kabupaten() -> None:
    path = training_database_path()
    assert path != default_database_path() and path.parent.name == "pelatihan"
    database = open_training_workspace()
    try:
        assert database.path is not None and database.path.resolve() == path.resolve()
        assert is_demo_workspace(database) and count(database, Unit) == 40
        assert 27_000 <= count(database, PopulationRecord) <= 30_000  # 30 000 rows less duplicates and refusals
    finally:
        database.close()


def test_the_real_workspace_file_is_never_used_for_training(tmp_path: Path, small_lists: None) -> None:
    real = real_workspace(tmp_path / "nyata.sqlite")
    try:
        with pytest.raises(InputError, match="ruang kerja nyata"):
            open_training_workspace(real, path=tmp_path / "nyata.sqlite")
        with pytest.raises(InputError, match="ruang kerja nyata"):
            reset_training_workspace(tmp_path / "nyata.sqlite", real)
    finally:
        real.close()
    before = (tmp_path / "nyata.sqlite").read_bytes()  # after closing: the WAL is folded in on close
    with pytest.raises(InputError, match="bukan ruang kerja pelatihan"):  # not open, still refused
        reset_training_workspace(tmp_path / "nyata.sqlite")
    with pytest.raises(InputError, match="berisi ruang kerja nyata"):
        open_training_workspace(path=tmp_path / "nyata.sqlite")
    assert (tmp_path / "nyata.sqlite").read_bytes() == before


def test_reset_brings_back_a_fresh_state_and_leaves_the_real_workspace_alone(tmp_path: Path,
                                                                           small_lists: None) -> None:
    real = real_workspace(tmp_path / "nyata.sqlite")
    real.close()
    before = (tmp_path / "nyata.sqlite").read_bytes()
    path = tmp_path / "latihan" / "spi-pelatihan.sqlite"
    training = open_training_workspace(path=path)
    with training.Session() as session, session.begin():
        session.add(Unit(code="COBA", name="OPD buatan peserta"))
    (path.parent / "spi-pelatihan-bukti").mkdir()
    (path.parent / "spi-pelatihan-bukti" / "foto.jpg").write_bytes(b"x")
    training.close()
    fresh = reset_training_workspace(path)
    try:
        assert count(fresh, Unit) == 40 and is_demo_workspace(fresh)
        assert not (path.parent / "spi-pelatihan-bukti").exists()
    finally:
        fresh.close()
    assert (tmp_path / "nyata.sqlite").read_bytes() == before


def test_an_export_of_the_training_workspace_is_refused_by_a_real_one(tmp_path: Path, small_lists: None) -> None:
    from spi_desktop.services.population import import_population
    from spi_desktop.services.population_export import export_population
    from spi_desktop.services.units import import_units

    training = open_training_workspace(path=tmp_path / "latihan.sqlite")
    real = real_workspace(tmp_path / "nyata.sqlite")
    try:
        for suffix in (".csv", ".xlsx"):
            exported = tmp_path / f"ekspor{suffix}"
            assert export_population(training, 2025, "internal", exported, reason="uji") > 0
            with pytest.raises(InputError, match="DATA DEMO PELATIHAN"):
                import_population(real, exported, 2025, "internal")
            with pytest.raises(InputError, match="DATA DEMO PELATIHAN"):
                import_units(real, exported)
        assert count(real, PopulationRecord) == 0 and count(real, Unit) == 0
        stored = count(training, PopulationRecord)
        result = import_population(training, tmp_path / "ekspor.csv", 2025, "internal", dry_run=True)
        assert result.read > 0 and count(training, PopulationRecord) == stored  # within training it is fine
    finally:
        training.close()
        real.close()


def test_practice_files_carry_the_usual_defects(tmp_path: Path, small_lists: None) -> None:
    from spi_desktop.services.population import import_population

    training = open_training_workspace(path=tmp_path / "latihan.sqlite")
    try:
        files = training_data.write_practice_files(tmp_path / "latihan")
        pegawai = import_population(training, files[0], 2025, "internal", dry_run=True)
        assert pegawai.rejected >= 2 and pegawai.duplicates >= 1 and pegawai.warnings >= 1
        assert "Nur’aini".encode("cp1252") in files[0].read_bytes()
        with pytest.raises(UnicodeDecodeError):  # cp1252, as old office PCs write it
            files[0].read_bytes().decode("utf-8")
        layanan = import_population(training, files[1], 2025, "external", dry_run=True)
        assert layanan.duplicates >= 1 and layanan.warnings >= 1
    finally:
        training.close()


def test_the_problems_report_of_a_demo_import_is_marked(tmp_path: Path, small_lists: None) -> None:
    from openpyxl import load_workbook

    from spi_desktop.services.population import import_population
    from spi_desktop.services.population_problems import export_problems

    training = open_training_workspace(path=tmp_path / "latihan.sqlite")
    try:
        files = training_data.write_practice_files(tmp_path / "latihan")
        result = import_population(training, files[0], 2025, "internal", dry_run=True)
        export_problems(result, tmp_path / "masalah.xlsx", is_demo_workspace(training))
    finally:
        training.close()
    sheet = load_workbook(tmp_path / "masalah.xlsx").active
    assert sheet is not None and "DATA DEMO PELATIHAN" in str(sheet["A1"].value) and sheet["A2"].value == "Baris"


def test_a_practice_file_is_marked_and_refused_by_a_real_workspace(tmp_path: Path, small_lists: None) -> None:
    from spi_desktop.domain.demo_mark import DEMO_MARK
    from spi_desktop.services.population import import_population

    files = training_data.write_practice_files(tmp_path / "latihan")
    real = real_workspace(tmp_path / "nyata.sqlite")
    try:
        for path, group in zip(files, ("internal", "external"), strict=True):
            assert DEMO_MARK.split(" —")[0] in path.read_bytes().decode("cp1252")
            for dry_run in (True, False):  # the wizard's preview (a dry run) and the import itself
                with pytest.raises(InputError, match="berasal dari ruang kerja pelatihan"):
                    import_population(real, path, 2025, group, dry_run=dry_run)
        assert count(real, PopulationRecord) == 0
    finally:
        real.close()


def test_demo_lists_arrive_around_the_deadline_mostly_on_time(tmp_path: Path, small_lists: None) -> None:
    from spi_desktop.services.population_submissions import submission_statuses
    from spi_desktop.services.years import get_year

    training = open_training_workspace(path=tmp_path / "latihan.sqlite")
    try:
        deadline = get_year(training, 2025).population_deadline
        assert deadline is not None
        statuses = submission_statuses(training, 2025, today=deadline + dt.timedelta(days=30))
        received = [status for status in statuses if status.received_at is not None]
        late = [status for status in received if status.late]
        assert len(received) == len(statuses) == 80
        assert 0 < len(late) <= len(received) // 4  # most on time, a few late
        days = {status.received_at.date() for status in received if status.received_at}
        assert len(days) > 10  # not all on the day the demo was built
        assert all(deadline - dt.timedelta(days=21) <= day <= deadline + dt.timedelta(days=10) for day in days)
    finally:
        training.close()
    assert training_data.submission_days(["A", "B"], deadline) == training_data.submission_days(["A", "B"], deadline)
