"""The action-plan board driven with qtbot: the demo's activities, overdue in red, forms, evidence, export, filters."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor

from spi_desktop.db.session import Database
from spi_desktop.services.action_plans import (
    ActionEdit,
    add_recommendation,
    evidence_files,
    evidence_folder,
    list_actions,
    list_recommendations,
    save_action,
)
from spi_desktop.views.context import AppContext
from spi_desktop.views.results.action_board import ActionBoard
from spi_desktop.views.results.action_tree import ACTIVITY, DUE, EVIDENCE, STATUS
from tests.conftest import AnsweredPrompts
from tests.support.stored import wait_stored

WAIT = 20_000
TODAY = dt.date(2026, 11, 21)
DEMO_ACTIVITIES = 6
DEMO_OVERDUE = {"Sosialisasi aturan benturan kepentingan ke seluruh OPD", "Memindahkan paket PBJ ke e-katalog daerah",
                "Audit pemecahan paket tahun anggaran 2025", "Menyusun pola karier berbasis merit"}


def wait(qtbot, board: ActionBoard) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: board.last_job is not None and board.last_job.done, timeout=WAIT)


@pytest.fixture
def board(qtbot, demo_database: Database, answered_prompts: AnsweredPrompts,  # type: ignore[no-untyped-def]
          monkeypatch: pytest.MonkeyPatch) -> ActionBoard:
    """The board on the demo's 2025 recommendations, with 'today' fixed at 21 November 2026."""
    monkeypatch.setattr(ActionBoard, "today", TODAY)
    widget = ActionBoard(AppContext(demo_database, 2025))
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    wait(qtbot, widget)
    return widget


def cells(board: ActionBoard) -> dict[str, dict[int, object]]:
    """Activity text -> {column: (text, foreground colour name)} as the tree shows them."""
    found: dict[str, dict[int, object]] = {}
    model = board.model
    for top in range(model.rowCount()):
        heading = model.index(top, 0)
        for row in range(model.rowCount(heading)):
            texts = {}
            for column in range(model.columnCount()):
                index = model.index(row, column, heading)
                brush = index.data(Qt.ItemDataRole.ForegroundRole)
                texts[column] = (index.data(), brush.color().name() if brush is not None else None)
            found[str(texts[ACTIVITY][0])] = texts
    return found


def test_board_lists_the_demo_activities_under_their_recommendations(board: ActionBoard) -> None:
    shown = board.shown_actions()
    assert len(shown) == DEMO_ACTIVITIES
    assert board.model.rowCount() == 3, "one heading per recommendation"
    assert "6 kegiatan" in board.counts.text() and "1 selesai" in board.counts.text()
    assert "4 terlambat" in board.counts.text()
    table = cells(board)
    assert table["Menyusun Perbup benturan kepentingan"][DUE][0] == "31 Maret 2026"
    assert table["Menyusun Perbup benturan kepentingan"][STATUS][0] == "Selesai"


def test_overdue_activities_are_red_and_say_so(board: ActionBoard) -> None:
    table = cells(board)
    overdue = {name for name, row in table.items() if "Terlambat" in str(row[STATUS][0])}
    assert overdue == DEMO_OVERDUE
    red = QColor("#c62828").name()
    for name, row in table.items():
        late = name in DEMO_OVERDUE
        assert (row[ACTIVITY][1] == red) is late, name
        assert (row[DUE][1] == red) is late, name
    board.select_action(next(r.id for r in board.shown_actions() if r.overdue))
    assert "Terlambat" in board.details.text.text()


def test_a_bad_activity_shows_the_error_and_stores_nothing(qtbot, board: ActionBoard,  # type: ignore[no-untyped-def]
                                                           demo_database: Database) -> None:
    dialog = board.new_action()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_stored(qtbot, dialog)
    assert dialog.isVisible() and dialog.message.isVisible()
    assert "Kegiatan wajib diisi" in dialog.message.text()
    qtbot.keyClicks(dialog.activity, "Rapat koordinasi")
    dialog.status.setCurrentIndex(dialog.status.findData("selesai"))
    dialog.progress.setValue(60)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_stored(qtbot, dialog)
    assert dialog.isVisible(), "the dialog stays open so the user can fix it"
    assert "kemajuan 100" in dialog.message.text()
    assert len(list_actions(demo_database, 2025, TODAY)) == DEMO_ACTIVITIES, "nothing was stored"
    dialog.reject()


def test_a_valid_activity_is_stored_and_shown(qtbot, board: ActionBoard,  # type: ignore[no-untyped-def]
                                              demo_database: Database) -> None:
    second = list_recommendations(demo_database, 2025)[1]
    dialog = board.new_action()
    dialog.recommendation.setCurrentIndex(dialog.recommendation.findData(second.id))
    qtbot.keyClicks(dialog.activity, "Pelatihan e-katalog untuk PPK")
    qtbot.keyClicks(dialog.owner, "Bagian PBJ Setda")
    dialog.due.setDate(QDate(2027, 3, 31))
    dialog.status.setCurrentIndex(dialog.status.findData("berjalan"))
    dialog.progress.setValue(25)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_stored(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    stored = [r for r in list_actions(demo_database, 2025, TODAY) if r.activity == "Pelatihan e-katalog untuk PPK"]
    assert len(stored) == 1
    new = stored[0]
    assert (new.recommendation_id, new.owner, new.due_date, new.status, new.progress) == (
        second.id, "Bagian PBJ Setda", dt.date(2027, 3, 31), "berjalan", 25)
    wait(qtbot, board)
    assert len(board.shown_actions()) == DEMO_ACTIVITIES + 1
    assert board.selected_action() is not None and board.selected_action().id == new.id  # type: ignore[union-attr]


def test_editing_an_activity_keeps_its_values_and_saves_changes(qtbot, board: ActionBoard,  # type: ignore[no-untyped-def]
                                                               demo_database: Database) -> None:
    target = next(r for r in board.shown_actions() if r.activity == "Menyusun pola karier berbasis merit")
    board.select_action(target.id)
    dialog = board.edit_selected()
    assert dialog is not None
    assert dialog.activity.text() == target.activity and dialog.progress.value() == 10
    assert dialog.due.date() == QDate(2026, 9, 30)
    dialog.status.setCurrentIndex(dialog.status.findData("selesai"))
    assert dialog.progress.value() == 100, "choosing Selesai fills in 100 %"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_stored(qtbot, dialog)
    wait(qtbot, board)
    changed = next(r for r in list_actions(demo_database, 2025, TODAY) if r.id == target.id)
    assert (changed.status, changed.progress, changed.overdue) == ("selesai", 100, False)
    assert "3 terlambat" in board.counts.text()


def test_adding_evidence_copies_the_file(qtbot, board: ActionBoard, demo_database: Database,  # type: ignore[no-untyped-def]
                                         tmp_path: Path, answered_prompts: AnsweredPrompts,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "Perbup benturan kepentingan.pdf"
    source.write_bytes(b"%PDF-1.4 contoh")
    target = board.shown_actions()[0]
    board.select_action(target.id)
    answered_prompts.open_file_answer = str(source)
    board.choose_evidence()
    wait(qtbot, board)
    files = evidence_files(demo_database, target.id)
    assert [name for name, _path in files] == [source.name]
    stored = files[0][1]
    assert stored.parent == evidence_folder(demo_database) and stored.read_bytes() == source.read_bytes()
    assert cells(board)[target.activity][EVIDENCE][0] == "1"
    assert board.selected_action() is not None and board.selected_action().evidence == 1  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: board.evidence_job is not None and board.evidence_job.done, timeout=WAIT)
    assert "1 berkas" in board.details.evidence_label.text()
    opened: list[str] = []
    monkeypatch.setattr("spi_desktop.views.results.action_board.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toLocalFile()) or True)
    board.open_evidence()
    wait(qtbot, board)
    assert board.opened == stored and opened == [str(stored)]


def test_missing_evidence_file_is_reported(qtbot, board: ActionBoard, tmp_path: Path,  # type: ignore[no-untyped-def]
                                           answered_prompts: AnsweredPrompts) -> None:
    board.select_action(board.shown_actions()[0].id)
    board.add_evidence_file(tmp_path / "tidak-ada.pdf")
    wait(qtbot, board)
    assert answered_prompts.errors and "tidak ditemukan" in answered_prompts.errors[-1][1]


def test_export_writes_the_rows_shown(qtbot, board: ActionBoard, tmp_path: Path,  # type: ignore[no-untyped-def]
                                      answered_prompts: AnsweredPrompts) -> None:
    out = tmp_path / "rencana aksi"
    answered_prompts.save_file_answer = str(out)
    board.choose_export()
    wait(qtbot, board)
    path = out.with_name("rencana aksi.xlsx")
    assert path.exists() and answered_prompts.infos
    assert not list(tmp_path.glob("*.sebagian")), "no partial file is left behind"
    sheet = load_workbook(path).active
    assert sheet is not None
    header = next(r for r in range(1, 12) if sheet.cell(r, 1).value == "No")
    assert [sheet.cell(header, c).value for c in range(1, 13)][4:8] == ["Kegiatan", "Penanggung jawab",
                                                                       "Batas waktu", "Status"]
    shown = board.shown_actions()
    rows = list(sheet.iter_rows(min_row=header + 1, max_row=header + len(shown), values_only=True))
    assert [row[4] for row in rows] == [r.activity for r in shown]
    assert [row[6].date() for row in rows] == [r.due_date for r in shown]  # type: ignore[union-attr]
    assert [row[8] for row in rows] == [r.progress for r in shown]
    assert [row[11] for row in rows] == ["Ya" if r.overdue else "–" for r in shown]
    assert sheet.cell(header + 1, 7).number_format == "DD-MM-YYYY"
    for number, action in enumerate(shown, start=header + 1):
        colour = sheet.cell(number, 5).font.color
        assert (colour is not None and colour.rgb == "00C62828") is action.overdue
    assert sheet.freeze_panes == f"A{header + 1}" and sheet.auto_filter.ref


def test_filters_by_status_opd_and_text(qtbot, board: ActionBoard, demo_database: Database) -> None:  # type: ignore[no-untyped-def]
    status = board.status_filter
    status.setCurrentIndex(status.findData("selesai"))
    assert [r.activity for r in board.shown_actions()] == ["Menyusun Perbup benturan kepentingan"]
    assert board.model.rowCount() == 1, "recommendations without a matching activity are hidden"
    status.setCurrentIndex(status.findData("terlambat"))
    assert {r.activity for r in board.shown_actions()} == DEMO_OVERDUE
    status.setCurrentIndex(0)
    rid = add_recommendation(demo_database, 2025, "DINKES", "Umumkan standar pelayanan dan biayanya di loket.",
                             "transparansi")
    save_action(demo_database, ActionEdit(rid, "Memasang papan standar pelayanan", "Dinas Kesehatan",
                                          dt.date(2026, 12, 31), "berjalan", 50))
    board.context.notify("actions")
    wait(qtbot, board)
    units = board.unit_filter
    units.setCurrentIndex(units.findData("DINKES"))
    assert [r.activity for r in board.shown_actions()] == ["Memasang papan standar pelayanan"]
    units.setCurrentIndex(units.findData(""))
    assert len(board.shown_actions()) == DEMO_ACTIVITIES, "Instansi: the institution's own recommendations"
    units.setCurrentIndex(0)
    board.search.setText("bkpsdm")
    assert {r.owner for r in board.shown_actions()} == {"BKPSDM"} and len(board.shown_actions()) == 2
    assert "7 kegiatan" in board.counts.text(), "the counts stay for the whole year"


def test_delete_asks_first(qtbot, board: ActionBoard, demo_database: Database,  # type: ignore[no-untyped-def]
                           answered_prompts: AnsweredPrompts) -> None:
    target = board.shown_actions()[0]
    board.select_action(target.id)
    answered_prompts.confirm_answer = False
    assert not board.delete_selected()
    assert len(list_actions(demo_database, 2025, TODAY)) == DEMO_ACTIVITIES
    answered_prompts.confirm_answer = True
    assert board.delete_selected()
    wait(qtbot, board)
    assert target.id not in {r.id for r in list_actions(demo_database, 2025, TODAY)}
    assert len(board.shown_actions()) == DEMO_ACTIVITIES - 1


def test_new_recommendation_for_an_opd(qtbot, board: ActionBoard, demo_database: Database) -> None:  # type: ignore[no-untyped-def]
    dialog = board.new_recommendation()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_stored(qtbot, dialog)
    assert dialog.isVisible() and "wajib diisi" in dialog.message.text()
    dialog.scope.setCurrentIndex(dialog.scope.findData("DINKES"))
    dialog.element.setCurrentIndex(dialog.element.findData("transparansi"))
    dialog.text.setPlainText("Umumkan standar pelayanan dan biayanya di loket.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_stored(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    added = list_recommendations(demo_database, 2025)[-1]
    assert (added.code, added.element, added.text) == ("DINKES", "transparansi",
                                                        "Umumkan standar pelayanan dan biayanya di loket.")
    wait(qtbot, board)
    assert board.model.rowCount() == 4
    assert board.unit_filter.findData("DINKES") >= 0, "the OPD can now be chosen in the filter"
