"""A new workspace's first steps: years only with their dates, the year to offer, the OPD preview, the state."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from spi_desktop.db.session import Database
from spi_desktop.domain.errors import InputError
from spi_desktop.domain.institution import DEFAULT_INSTITUTION_TYPE, INSTITUTION_TYPES
from spi_desktop.services.first_start import first_start_state
from spi_desktop.services.units import import_units, list_units, preview_units, unit_count
from spi_desktop.services.workspace import init_workspace
from spi_desktop.services.years import add_year, get_year, list_years, save_year, set_year_dates, suggest_year

TODAY = dt.date(2026, 12, 1)
OPD_CSV = "Kode;Nama OPD\nDINKES;Dinas Kesehatan\nDISDIK;Dinas Pendidikan\nX;\n"


@pytest.fixture
def opd_file(tmp_path: Path) -> Path:
    path = tmp_path / "opd.csv"
    path.write_text(OPD_CSV, encoding="utf-8")
    return path


def test_the_pemda_types_come_first_and_kabupaten_is_the_default() -> None:
    assert list(INSTITUTION_TYPES)[:3] == ["provinsi", "kabupaten", "kota"]
    assert DEFAULT_INSTITUTION_TYPE == "kabupaten"


def test_a_year_is_not_saved_without_its_window(database: Database) -> None:
    year = get_year(database, 2025)
    with pytest.raises(InputError, match="Masa survei mulai wajib diisi"):
        save_year(database, replace(year, window_start=None))
    with pytest.raises(InputError, match="Batas data populasi wajib diisi"):
        save_year(database, replace(year, population_deadline=None))
    assert get_year(database, 2025).window_start == dt.date(2025, 8, 1)


def test_a_new_year_needs_its_dates_and_does_not_copy_the_national_index(database: Database) -> None:
    with pytest.raises(InputError) as refused:
        add_year(database, 2026)
    assert "Masa survei mulai wajib diisi" in str(refused.value)
    assert "Masa survei selesai wajib diisi" in str(refused.value)
    assert 2026 not in list_years(database)
    add_year(database, 2026, window_start=dt.date(2026, 8, 3), window_end=dt.date(2026, 10, 30),
             population_deadline=dt.date(2026, 6, 26))
    stored = get_year(database, 2026)
    assert (stored.window_start, stored.window_end, stored.population_deadline) == (
        dt.date(2026, 8, 3), dt.date(2026, 10, 30), dt.date(2026, 6, 26))
    assert stored.national_index is None and stored.bands == get_year(database, 2025).bands


def test_a_window_that_ends_before_it_starts_is_refused(database: Database) -> None:
    with pytest.raises(InputError, match="Akhir masa survei"):
        add_year(database, 2026, window_start=dt.date(2026, 10, 1), window_end=dt.date(2026, 8, 1),
                 population_deadline=dt.date(2026, 6, 30))


def test_the_current_year_is_offered_with_the_previous_years_dates(database: Database) -> None:
    suggestion = suggest_year(database, TODAY)
    assert suggestion.year == 2026 and not suggestion.exists and suggestion.pattern_from == 2025
    assert (suggestion.window_start, suggestion.window_end, suggestion.population_deadline) == (
        dt.date(2026, 8, 1), dt.date(2026, 10, 31), dt.date(2026, 6, 30))
    set_year_dates(database, 2026, dt.date(2026, 7, 15), dt.date(2026, 10, 15), dt.date(2026, 6, 1))
    stored = suggest_year(database, TODAY)
    assert stored.exists and stored.window_start == dt.date(2026, 7, 15) and stored.pattern_from is None


def test_without_an_earlier_dated_year_the_dates_are_left_to_the_user(database: Database) -> None:
    suggestion = suggest_year(database, dt.date(2019, 3, 1))
    assert suggestion.year == 2019 and suggestion.window_start is None and suggestion.population_deadline is None


def test_set_year_dates_keeps_the_other_settings(database: Database) -> None:
    before = get_year(database, 2025)
    set_year_dates(database, 2025, dt.date(2025, 8, 4), dt.date(2025, 11, 7), dt.date(2025, 6, 20))
    after = get_year(database, 2025)
    assert after.window_end == dt.date(2025, 11, 7) and after.national_index == before.national_index
    with pytest.raises(InputError, match="Masa survei selesai wajib diisi"):
        set_year_dates(database, 2025, dt.date(2025, 8, 4), None, dt.date(2025, 6, 20))


def test_an_empty_workspace_needs_the_first_start(database: Database, opd_file: Path) -> None:
    state = first_start_state(database, TODAY)
    assert state.needed and state.workspace is None and state.units == 0 and state.year.year == 2026
    init_workspace(database, "KAB-CONTOH", "Pemerintah Kabupaten Contoh", "kabupaten")
    assert first_start_state(database, TODAY).needed, "an institution without OPD still needs its list"
    import_units(database, opd_file, year=2025)
    assert not first_start_state(database, TODAY).needed


def test_the_opd_preview_stores_nothing(database: Database, opd_file: Path) -> None:
    preview = preview_units(database, opd_file)
    assert (preview.read, preview.usable, preview.new, preview.known, preview.rejected) == (3, 2, 2, 0, 1)
    assert [record.code for record in preview.records] == ["DINKES", "DISDIK"]
    assert unit_count(database) == 0 and list_units(database) == []
    import_units(database, opd_file)
    again = preview_units(database, opd_file)
    assert (again.new, again.known) == (0, 2)
