"""The action-plan vocabulary and the board's filter, as plain domain rules."""

from __future__ import annotations

import datetime as dt

from spi_desktop.domain.action_plan import (
    LATE,
    STATUSES,
    ActionFilter,
    ActionRow,
    ActionStatus,
    RecommendationInfo,
    status_label,
)


def action(id: int, recommendation: int, code: str, status: str = "belum", overdue: bool = False,
           owner: str = "BKPSDM") -> ActionRow:
    return ActionRow(id, recommendation, 2025, code, code or "Instansi", None, f"Rekomendasi {recommendation}",
                     f"Kegiatan {id}", owner, dt.date(2026, 3, 31), status, 0, "", 0, overdue)


RECOMMENDATIONS = [RecommendationInfo(1, "", None, "Rekomendasi 1"), RecommendationInfo(2, "DINKES", None, "R 2"),
                   RecommendationInfo(3, "DINKES", None, "Rekomendasi 3")]
ACTIONS = [action(1, 1, "", "selesai"), action(2, 2, "DINKES", overdue=True, owner="Dinas Kesehatan"),
           action(3, 1, "", "berjalan")]


def test_statuses_are_stored_codes_with_one_indonesian_name_each() -> None:
    assert [str(status) for status in STATUSES] == ["belum", "berjalan", "selesai"]
    assert ActionStatus("selesai") is ActionStatus.DONE and ActionStatus.DONE == "selesai"
    assert [status.label for status in STATUSES] == ["Belum dimulai", "Berjalan", "Selesai"]
    assert status_label("berjalan") == "Berjalan" and status_label("aneh") == "aneh"


def test_an_empty_filter_shows_every_recommendation_and_activity_in_board_order() -> None:
    groups = ActionFilter().group(RECOMMENDATIONS, ACTIONS)
    assert [(rec.id, [row.id for row in rows]) for rec, rows in groups] == [(1, [1, 3]), (2, [2]), (3, [])]
    assert [row.id for row in ActionFilter().shown(RECOMMENDATIONS, ACTIONS)] == [1, 3, 2]


def test_unit_status_late_and_text_narrow_the_board() -> None:
    assert [rec.id for rec, _rows in ActionFilter(unit="DINKES").group(RECOMMENDATIONS, ACTIONS)] == [2, 3]
    assert [rec.id for rec, _rows in ActionFilter(unit="").group(RECOMMENDATIONS, ACTIONS)] == [1]
    assert [row.id for row in ActionFilter(status="berjalan").shown(RECOMMENDATIONS, ACTIONS)] == [3]
    assert [row.id for row in ActionFilter(status=LATE).shown(RECOMMENDATIONS, ACTIONS)] == [2]
    assert [row.id for row in ActionFilter(text="  kesehatan ").shown(RECOMMENDATIONS, ACTIONS)] == [2]
    assert [rec.id for rec, _rows in ActionFilter(status="selesai").group(RECOMMENDATIONS, ACTIONS)] == [1], \
        "a status or text hides recommendations without a matching activity"
