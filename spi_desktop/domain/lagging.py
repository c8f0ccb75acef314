"""The lagging list as plain data: which OPD are short of their sample, by how much, and what surrounds it.

Kept apart from the service that gathers it, so the report that draws it needs nothing from services.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from spi_desktop.domain.progress import Thresholds


@dataclass(frozen=True)
class GroupProgress:
    """Completed against target for one group of one OPD (or the institution's experts)."""

    completed: int
    target: int | None
    attainment: float | None
    projected_attainment: float | None

    @property
    def gap(self) -> int:
        """How many completed answers are still missing (0 when the target is reached or unknown)."""
        return max((self.target or 0) - self.completed, 0)


@dataclass(frozen=True)
class LaggingRow:
    """One OPD still short of its sample in at least one group."""

    rank: int
    code: str
    name: str
    pic_name: str | None
    pic_phone: str | None
    groups: dict[str, GroupProgress]
    attainment: float | None  # all its groups together, each counted up to its target
    light: str | None

    @property
    def gap(self) -> int:
        """Missing completed answers over its groups."""
        return sum(group.gap for group in self.groups.values())


@dataclass(frozen=True)
class LaggingReport:
    """The lagging list as of the latest snapshot, with what a meeting needs around it."""

    institution: str
    year: int
    as_of: dt.date | None
    window_end: dt.date | None
    days_left: int | None
    rows: list[LaggingRow]
    units_total: int
    completed: int
    target: int
    expert: GroupProgress | None
    thresholds: Thresholds
    without_target: list[str] = field(default_factory=list)  # 'CODE (group)' of OPD lines with no target yet
    demo: bool = False  # from a demo (training) workspace: every export says so
    window_start: dt.date | None = None
    phase: str = "unknown"  # where the day it was drawn falls in the window (domain/progress.window_phase)

    @property
    def attainment(self) -> float | None:
        """The institution's attainment over every OPD and group."""
        return self.completed / self.target if self.target else None
