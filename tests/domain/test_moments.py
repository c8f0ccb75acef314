"""Moments are written one Indonesian way, in the reader's zone named as Indonesia names it."""

from __future__ import annotations

import datetime as dt

import pytest

from spi_desktop.domain.moments import format_clock, format_local, format_moment, utc_now, zone_label

WIB = dt.timezone(dt.timedelta(hours=7))
WITA = dt.timezone(dt.timedelta(hours=8))
WIT = dt.timezone(dt.timedelta(hours=9))


def test_a_stored_utc_moment_is_written_in_the_readers_zone() -> None:
    stored = dt.datetime(2026, 12, 1, 12, 45)  # naive: UTC, as the workspace stores it
    assert format_moment(stored, WIB) == "1 Desember 2026 pukul 19.45 WIB"
    assert format_moment(stored, WITA) == "1 Desember 2026 pukul 20.45 WITA"
    assert format_moment(dt.datetime(2026, 12, 1, 16, 30), WIT) == "2 Desember 2026 pukul 01.30 WIT"
    assert format_clock(stored, WIB) == "19.45 WIB"
    assert format_moment(None) == "–"


@pytest.mark.parametrize(("hours", "minutes", "label"), [(0, 0, "UTC"), (5, 30, "UTC+5.30"), (-3, 0, "UTC-3")])
def test_zones_outside_indonesia_are_written_as_offsets(hours: int, minutes: int, label: str) -> None:
    offset = dt.timedelta(hours=hours, minutes=minutes if hours >= 0 else -minutes)
    assert zone_label(dt.datetime(2026, 1, 1, tzinfo=dt.timezone(offset))) == label


def test_a_local_moment_keeps_its_clock_and_now_is_stored_without_a_zone() -> None:
    local = dt.datetime(2026, 11, 30, 8, 5, tzinfo=WIB)
    assert format_local(local) == "30 November 2026 pukul 08.05 WIB"
    now = utc_now()
    assert now.tzinfo is None and abs(now - dt.datetime.now(dt.UTC).replace(tzinfo=None)) < dt.timedelta(seconds=5)


def test_the_window_language_names_the_months_and_the_clock_word() -> None:
    from spi_desktop.domain.formatting import format_date

    assert format_date(dt.date(2025, 10, 29)) == "29 Oktober 2025"  # reports, the CLI and services: Indonesian
    assert format_date(dt.date(2025, 10, 29), language="en") == "29 October 2025"
    assert format_moment(dt.datetime(2026, 12, 1, 12, 45), WIB, language="en") == "1 December 2026 at 19.45 WIB"
