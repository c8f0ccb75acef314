"""Action plans (rencana aksi) as plain data: the statuses with their names, an activity row, and the board's filter.

The board, the export and the action-plan sheet all read these, so a status is named once and a filtered
export holds exactly what the board shows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class ActionStatus(StrEnum):
    """Where an activity stands; the value is what the database stores."""

    NOT_STARTED = "belum"
    RUNNING = "berjalan"
    DONE = "selesai"

    @property
    def label(self) -> str:
        """The status's name in Bahasa Indonesia, as the sheet writes it."""
        return STATUS_LABELS[self]


STATUSES = tuple(ActionStatus)
STATUS_LABELS = {ActionStatus.NOT_STARTED: "Belum dimulai", ActionStatus.RUNNING: "Berjalan",
                 ActionStatus.DONE: "Selesai"}
LATE = "terlambat"  # the filter's extra status: past due and not done


def status_label(status: str) -> str:
    """The Indonesian name of a stored status; an unknown code is shown as it is."""
    return ActionStatus(status).label if status in STATUSES else status


@dataclass(frozen=True)
class ActionRow:
    """One activity with its recommendation, as the board shows it."""

    id: int
    recommendation_id: int
    year: int
    code: str  # '' for the institution
    unit_name: str
    element: str | None
    recommendation: str
    activity: str
    owner: str
    due_date: dt.date | None
    status: str
    progress: int
    notes: str
    evidence: int
    overdue: bool
    version: int = 1  # hand it back in ActionEdit.version so a change by someone else is not overwritten


@dataclass(frozen=True)
class RecommendationInfo:
    """A recommendation for the board's picker."""

    id: int
    code: str
    element: str | None
    text: str


@dataclass(frozen=True)
class ActionFilter:
    """Which activities the board shows: one OPD (or '' for the institution), one status or LATE, and a search text.

    None for ``unit`` or ``status`` lets every one through.
    """

    unit: str | None = None
    status: str | None = None
    text: str = ""

    @property
    def narrows(self) -> bool:
        """True when a status or a text is chosen: then a recommendation without a matching activity is hidden."""
        return self.status is not None or bool(self.text.strip())

    def matches(self, row: ActionRow) -> bool:
        """Whether the activity ``row`` passes every part of the filter."""
        if self.unit is not None and row.code != self.unit:
            return False
        if self.status == LATE and not row.overdue or self.status not in {None, LATE} and row.status != self.status:
            return False
        needle = self.text.strip().lower()
        return not needle or needle in " ".join((row.activity, row.owner, row.recommendation, row.notes)).lower()

    def group(self, recommendations: Iterable[RecommendationInfo],
              actions: list[ActionRow]) -> list[tuple[RecommendationInfo, list[ActionRow]]]:
        """The recommendations the filter lets through, in their order, each with its matching activities."""
        found = []
        for recommendation in recommendations:
            if self.unit is not None and recommendation.code != self.unit:
                continue
            matching = [r for r in actions if r.recommendation_id == recommendation.id and self.matches(r)]
            if matching or not self.narrows:
                found.append((recommendation, matching))
        return found

    def shown(self, recommendations: Iterable[RecommendationInfo], actions: list[ActionRow]) -> list[ActionRow]:
        """The matching activities top to bottom, as the board lists them."""
        return [row for _recommendation, rows in self.group(recommendations, actions) for row in rows]
