"""Survey progress maths: response rate, target attainment, traffic light, projection to the window's end.

Definitions (shown on screen too): response rate = completed ÷ invited; target attainment =
completed ÷ target; partial (started, unfinished) answers never count as completed.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

RED, YELLOW, GREEN = "merah", "kuning", "hijau"


@dataclass
class ProgressRow:
    """Counts for one OPD code (or '' for the institution) and group, with the file or grid row
    they came from."""

    row: int
    unit: str
    group: str
    invited: int | None
    started: int | None
    completed: int


@dataclass(frozen=True)
class Thresholds:
    """Attainment below ``red_below`` is red, below ``green_from`` yellow, from it green (editable)."""

    red_below: float = 0.5
    green_from: float = 1.0


DEFAULT_THRESHOLDS = Thresholds()


def response_rate(completed: int, invited: int | None) -> float | None:
    """Completed ÷ invited; None when nobody was invited (or it is unknown)."""
    return completed / invited if invited else None


def attainment(completed: int, target: int | None) -> float | None:
    """Completed ÷ target (a fraction, 0.8 = 80 %); None without a target."""
    return completed / target if target else None


def combined_attainment(pairs: Iterable[tuple[int, int | None]]) -> float | None:
    """An OPD's attainment over its groups from (completed, target) pairs: each group counts at most its
    target, so answers above one group's target never hide another group's shortfall."""
    counted = wanted = 0
    for completed, target in pairs:
        if target:
            counted += min(completed, target)
            wanted += target
    return counted / wanted if wanted else None


def traffic_light(value: float | None, thresholds: Thresholds = DEFAULT_THRESHOLDS) -> str | None:
    """merah / kuning / hijau for an attainment fraction."""
    if value is None:
        return None
    if value < thresholds.red_below:
        return RED
    return YELLOW if value < thresholds.green_from else GREEN


def daily_rate(series: Sequence[tuple[dt.date, int]], recent_days: int = 7) -> float:
    """Completed answers per day over the last ``recent_days`` of a (date, completed) series."""
    points = sorted(series)
    if len(points) < 2:
        return 0.0
    last_date, last = points[-1]
    since = last_date - dt.timedelta(days=recent_days)
    start_date, start = next(((d, c) for d, c in points if d >= since), points[0])
    if start_date == last_date:
        start_date, start = points[-2]
    days = (last_date - start_date).days
    return max(last - start, 0) / days if days > 0 else 0.0


def projected_completed(series: Sequence[tuple[dt.date, int]], window_end: dt.date | None,
                        recent_days: int = 7) -> int | None:
    """Completed answers expected at the window's end if the recent daily rate holds (None: no data/end)."""
    if not series or window_end is None:
        return None
    last_date, last = max(series)
    remaining = max((window_end - last_date).days, 0)
    return last + math.floor(daily_rate(series, recent_days) * remaining)


def dropped(previous: int | None, current: int) -> bool:
    """A count that went down between snapshots (flagged: a cumulative count should never shrink)."""
    return previous is not None and current < previous


BEFORE, OPEN, LAST_DAY, CLOSED, UNKNOWN = "before", "open", "last_day", "closed", "unknown"


def window_phase(today: dt.date, window_start: dt.date | None, window_end: dt.date | None) -> str:
    """Where ``today`` falls in the survey window: BEFORE it opens, OPEN, its LAST_DAY, CLOSED after it, or
    UNKNOWN without an end date."""
    if window_end is None:
        return UNKNOWN
    if today > window_end:
        return CLOSED
    if today == window_end:
        return LAST_DAY
    if window_start is not None and today < window_start:
        return BEFORE
    return OPEN


def days_left(today: dt.date, window_end: dt.date | None) -> int | None:
    """Days left in the survey window, counting today; 0 after it closed; None when unknown."""
    if window_end is None:
        return None
    return max((window_end - today).days + 1, 0)
