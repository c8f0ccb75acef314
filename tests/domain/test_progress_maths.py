"""The definitions users read on screen, checked on known numbers."""

from __future__ import annotations

import datetime as dt

from spi_desktop.domain.progress import (
    GREEN,
    RED,
    YELLOW,
    Thresholds,
    attainment,
    days_left,
    dropped,
    projected_completed,
    response_rate,
    traffic_light,
)

D = dt.date


def test_response_rate_and_attainment_use_completed_only() -> None:
    invited, started, completed, target = 316, 140, 101, 120  # Brebes 2022: 101 of 316 external answered
    assert round(response_rate(completed, invited) or 0, 3) == 0.320
    assert round(attainment(completed, target) or 0, 3) == 0.842
    assert attainment(started, target) != attainment(completed, target), "partial answers are not completions"
    assert response_rate(5, 0) is None and attainment(5, None) is None


def test_traffic_light_thresholds_are_editable() -> None:
    assert [traffic_light(v) for v in (0.49, 0.5, 0.99, 1.0, 1.3)] == [RED, YELLOW, YELLOW, GREEN, GREEN]
    assert traffic_light(0.7, Thresholds(red_below=0.75, green_from=0.9)) == RED
    assert traffic_light(None) is None


def test_projection_from_the_recent_daily_rate() -> None:
    series = [(D(2024, 8, 1), 10), (D(2024, 8, 20), 100), (D(2024, 8, 27), 170)]  # last 7 days: +70 = 10/day
    assert projected_completed(series, D(2024, 9, 30)) == 170 + 10 * 34
    assert projected_completed(series, D(2024, 8, 27)) == 170
    assert projected_completed([(D(2024, 8, 1), 10)], D(2024, 9, 30)) == 10, "one point: no rate, no growth"
    assert projected_completed([], D(2024, 9, 30)) is None


def test_count_drops_are_flagged_and_days_left_counts_today() -> None:
    assert dropped(120, 110) and not dropped(110, 120) and not dropped(None, 5)
    assert days_left(D(2024, 10, 31), D(2024, 10, 31)) == 1
    assert days_left(D(2024, 11, 5), D(2024, 10, 31)) == 0
    assert days_left(D(2024, 10, 1), None) is None


def test_an_opds_combined_attainment_never_lets_one_group_hide_another() -> None:
    from spi_desktop.domain.progress import combined_attainment

    assert combined_attainment([(106, 102), (25, 90)]) == (102 + 25) / (102 + 90)
    assert combined_attainment([(50, 100), (None or 0, None)]) == 0.5, "a group without target is left out"
    assert combined_attainment([]) is None
