"""The respondent walkthrough driven with the mouse: every screen, Lanjut only after an answer, Kembali keeps
it, the confidentiality note at the end, and nothing stored in the workspace, a file or QSettings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QLabel
from sqlalchemy import func, inspect, select, table

from spi_desktop.db.session import Database
from spi_desktop.services.training_questions import InfoScreen, QuestionScreen
from spi_desktop.views.context import AppContext
from spi_desktop.views.language import APPLICATION, ORGANISATION
from spi_desktop.views.training.walkthrough import PHONE_SIZE, TITLE_BAR_ALLOWANCE, RespondentWalkthrough

CLICK = Qt.MouseButton.LeftButton


def row_counts(database: Database) -> dict[str, int]:
    with database.engine.connect() as connection:
        names = inspect(connection).get_table_names()
        return {name: connection.scalar(select(func.count()).select_from(table(name))) or 0 for name in names}


def stored_state(database: Database, db_path: Path) -> tuple[dict[str, int], dict[str, bytes], list[str]]:
    """Every table's row count, the workspace files' bytes (not the -shm index readers touch), QSettings keys."""
    files = {path.name: path.read_bytes() for path in db_path.parent.iterdir()
             if path.name.startswith(db_path.name) and not path.name.endswith("-shm")}
    return row_counts(database), files, sorted(QSettings(ORGANISATION, APPLICATION).allKeys())


def open_walkthrough(qtbot, database: Database, group: str = "internal") -> RespondentWalkthrough:  # type: ignore[no-untyped-def]
    dialog = RespondentWalkthrough(AppContext(database, 2025), group)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: bool(dialog.screens), timeout=10_000)  # the screens are read in the background
    return dialog


def texts(dialog: RespondentWalkthrough) -> list[str]:
    return [label.text() for label in dialog.page_area.widget().findChildren(QLabel)]


def test_every_screen_answered_with_the_mouse_and_nothing_is_stored(qtbot, demo_database: Database,  # type: ignore[no-untyped-def]
                                                                     db_path: Path) -> None:
    before = stored_state(demo_database, db_path)
    dialog = open_walkthrough(qtbot, demo_database)
    available = dialog.screen().availableGeometry().height()
    assert dialog.width() == PHONE_SIZE[0] and dialog.height() == min(PHONE_SIZE[1], available - TITLE_BAR_ALLOWANCE)
    assert any("bukan kuesioner resmi KPK" in text for text in texts(dialog))
    assert not dialog.back_button.isEnabled() and dialog.next_button.isEnabled()
    questions = [s for s in dialog.screens if isinstance(s, QuestionScreen)]
    chosen: dict[str, int] = {}
    while dialog.index < len(dialog.screens) - 1:
        screen = dialog.current()
        if isinstance(screen, QuestionScreen):
            assert dialog.progress_text.text() == f"Pertanyaan {screen.number} dari {len(questions)}"
            assert screen.text in texts(dialog) and screen.element_name.upper() in texts(dialog)
            assert [b.text() for b in dialog.option_buttons] == list(screen.options)
            assert not dialog.next_button.isEnabled() and dialog.skip_button.isVisible()
            pick = screen.number % len(screen.options)
            qtbot.mouseClick(dialog.option_buttons[pick], CLICK)
            assert dialog.option_buttons[pick].isChecked() and dialog.next_button.isEnabled()
            chosen[screen.key] = pick
        else:
            assert not dialog.skip_button.isVisible()
        qtbot.mouseClick(dialog.next_button, CLICK)
    assert dialog.answers == chosen and len(chosen) == len(questions) == 12
    closing = dialog.current()
    assert isinstance(closing, InfoScreen) and closing.text in texts(dialog) and "rahasia" in closing.text
    assert dialog.finish_button.isVisible() and not dialog.next_button.isVisible()
    assert dialog.progress.value() == dialog.progress.maximum()
    qtbot.mouseClick(dialog.finish_button, CLICK)
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
    assert dialog.answers == {}
    assert stored_state(demo_database, db_path) == before


def test_back_keeps_the_earlier_answer_and_skip_leaves_it_open(qtbot, demo_database: Database) -> None:  # type: ignore[no-untyped-def]
    dialog = open_walkthrough(qtbot, demo_database)
    first = next(n for n, s in enumerate(dialog.screens) if isinstance(s, QuestionScreen))
    while dialog.index < first:
        qtbot.mouseClick(dialog.next_button, CLICK)
    qtbot.mouseClick(dialog.option_buttons[2], CLICK)
    qtbot.mouseClick(dialog.next_button, CLICK)
    assert dialog.index == first + 1 and not dialog.next_button.isEnabled()
    qtbot.mouseClick(dialog.back_button, CLICK)
    assert dialog.index == first
    assert dialog.option_buttons[2].isChecked() and dialog.next_button.isEnabled()
    qtbot.mouseClick(dialog.option_buttons[0], CLICK)
    assert dialog.answers == {dialog.current().key: 0}
    qtbot.mouseClick(dialog.next_button, CLICK)
    skipped = dialog.current().key
    qtbot.mouseClick(dialog.skip_button, CLICK)
    assert dialog.index == first + 2 and skipped not in dialog.answers
    assert dialog.next_screen() is False, "Lanjut refuses an unanswered question"
    dialog.choose(1)
    assert dialog.next_screen() is True


def test_group_chooser_shows_the_other_groups_wording(qtbot, demo_database: Database) -> None:  # type: ignore[no-untyped-def]
    dialog = open_walkthrough(qtbot, demo_database)
    internal = {s.key: s.text for s in dialog.screens if isinstance(s, QuestionScreen)}
    assert dialog.group_buttons["internal"].isChecked()
    qtbot.mouseClick(dialog.group_buttons["external"], CLICK)
    qtbot.wait(10)  # the page that held the clicked button is deleted later
    assert dialog.group == "external" and dialog.index == 0 and dialog.group_buttons["external"].isChecked()
    external = {s.key: s.text for s in dialog.screens if isinstance(s, QuestionScreen)}
    assert external and all(internal[key] != text for key, text in external.items() if key in internal)
    assert "Pertanyaan" not in dialog.progress_text.text() and str(len(external)) in dialog.progress_text.text()
    qtbot.mouseClick(dialog.group_buttons["expert"], CLICK)
    assert dialog.group == "expert"


def test_closing_the_window_forgets_the_answers(qtbot, demo_database: Database) -> None:  # type: ignore[no-untyped-def]
    dialog = open_walkthrough(qtbot, demo_database, "external")
    while not isinstance(dialog.current(), QuestionScreen):
        dialog.next_screen()
    dialog.choose(0)
    assert dialog.answers == {dialog.current().key: 0}
    dialog.reject()
    assert dialog.answers == {} and dialog.result() == QDialog.DialogCode.Rejected
