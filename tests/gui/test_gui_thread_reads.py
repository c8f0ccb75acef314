"""The app never seems to hang (issue 19): no page, tab or main dialog asks the database anything on the GUI
thread. Every statement the views run goes through the worker helper (views/workers.py); this test records
each statement executed on the main thread while the window is walked, with the frame in ``spi_desktop/views``
that ran it, and fails naming them.

A statement run on the main thread with no frame of ``spi_desktop/views`` on its stack is the test's own
set-up (building the demo, a service called by the test to make a dialog's argument) and is not the app's."""

from __future__ import annotations

import threading
import traceback
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QSpinBox
from sqlalchemy import event
from sqlalchemy.engine import Engine

from spi_desktop.services.database import Database
from tests.support.ui_walk import dialog_views, settle, window_views

VIEWS = str(Path(__file__).resolve().parents[2] / "spi_desktop" / "views")

# Reads the views may run on the GUI thread, as (module under spi_desktop/views, function) of the nearest views
# frame. Each entry says why it cannot wait for a worker. Keep it short: a new entry needs a reason a user would
# accept for a window that does not answer while it runs.
ALLOWED: dict[tuple[str, str], str] = {
    # Sign-in comes before any window of the workspace shows (views/shell/windows.signed_in): nothing else is on
    # screen to freeze, and the modal dialog is what the user is waiting for.
    ("shell.windows", "signed_in"): "whether the workspace has accounts at all: one row, before the sign-in",
    ("admin.sign_in_dialog", "__init__"): "the institution's name over the sign-in form: one row, at start-up",
    ("admin.sign_in_dialog", "save"): "checking the name and password on Masuk: the window opens only after it",
}


@dataclass(frozen=True)
class GuiStatement:
    """A statement executed on the main thread and the views frame that ran it."""

    sql: str
    where: str
    module: str
    function: str

    def __str__(self) -> str:
        return f"{self.where}: {' '.join(self.sql.split())[:120]}"


def _views_frame() -> traceback.FrameSummary | None:
    """The innermost frame of spi_desktop/views on the current stack (None: the test's own set-up)."""
    for frame in reversed(traceback.extract_stack()):
        if frame.filename.startswith(VIEWS):
            return frame
    return None


@pytest.fixture
def gui_statements() -> Iterator[list[GuiStatement]]:
    """Every statement run on the main thread from a views frame while the test runs."""
    found: list[GuiStatement] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if threading.current_thread() is not threading.main_thread():
            return
        frame = _views_frame()
        if frame is None:
            return
        module = Path(frame.filename).relative_to(VIEWS).with_suffix("").as_posix().replace("/", ".")
        found.append(GuiStatement(statement, f"views/{module}.py:{frame.lineno} {frame.name}", module, frame.name))

    event.listen(Engine, "before_cursor_execute", record)
    yield found
    event.remove(Engine, "before_cursor_execute", record)


def offenders(found: list[GuiStatement]) -> list[str]:
    """The statements not allowed, one line each, the same place and statement named once."""
    lines = [str(statement) for statement in found if (statement.module, statement.function) not in ALLOWED]
    return sorted(set(lines))


def change_the_year(qtbot: Any, dialog: Any) -> None:
    """Type another year where the dialog (or the wizard's current page) asks for one: its dates follow."""
    page = dialog.currentPage() if hasattr(dialog, "currentPage") else dialog
    spin = getattr(page, "year", None)
    if isinstance(spin, QSpinBox) and spin.isVisible():
        spin.setValue(spin.value() + 1)
        settle(qtbot)
        spin.setValue(spin.value() - 1)
        settle(qtbot)


def test_no_page_or_tab_reads_the_database_on_the_gui_thread(  # type: ignore[no-untyped-def]
        qtbot, main_window, gui_statements: list[GuiStatement]) -> None:
    places = list(window_views(qtbot, main_window))
    assert len(places) > 10, places
    assert not offenders(gui_statements), "read on the GUI thread:\n" + "\n".join(offenders(gui_statements))


def test_no_page_reloads_on_the_gui_thread_when_the_year_or_the_data_change(  # type: ignore[no-untyped-def]
        qtbot, main_window, gui_statements: list[GuiStatement]) -> None:
    from spi_desktop.views.context import Area

    window = main_window
    for _place in window_views(qtbot, window):  # every page and tab built, so each one listens
        pass
    context = window.context
    context.set_year(2024)  # what the toolbar's year does
    settle(qtbot)
    for area in Area:  # what a save or an import elsewhere announces
        context.notify(area)
        settle(qtbot)
    context.set_year(2025)
    settle(qtbot)
    assert not offenders(gui_statements), "read on the GUI thread:\n" + "\n".join(offenders(gui_statements))


def test_no_main_dialog_reads_the_database_on_the_gui_thread(  # type: ignore[no-untyped-def]
        qtbot, main_window, gui_statements: list[GuiStatement]) -> None:
    names = [name for name, _dialog in dialog_views(qtbot, main_window)]
    assert "IntakeDialog" in names and "NewYearDialog" in names, names
    assert not offenders(gui_statements), "read on the GUI thread:\n" + "\n".join(offenders(gui_statements))


def test_the_dialogs_the_walk_leaves_out_read_off_the_gui_thread(  # type: ignore[no-untyped-def]
        qtbot, main_window, demo_database: Database, gui_statements: list[GuiStatement]) -> None:
    from spi_desktop.services.first_start import first_start_state
    from spi_desktop.services.years import suggest_year
    from spi_desktop.views.context import AppContext
    from spi_desktop.views.home.history_dialog import HistoryDialog
    from spi_desktop.views.settings.new_year_dialog import NewYearDialog
    from spi_desktop.views.setup.first_start_wizard import FirstStartWizard
    from spi_desktop.views.training.presentation import PresentationWindow
    from spi_desktop.views.training.walkthrough import RespondentWalkthrough

    settle(qtbot)
    window = main_window
    # The window's header hands the context its demo flag and actor (read off the GUI thread): as here.
    context = AppContext(demo_database, 2025, demo=True, actor=window.context.actor)
    openers = [
        lambda: window.results.results.open_form(),
        lambda: HistoryDialog(context, "DINKES", "Dinas Kesehatan", window),
        lambda: RespondentWalkthrough(context, parent=window),
        lambda: NewYearDialog(demo_database, suggest_year(demo_database), window),
        lambda: FirstStartWizard(context, first_start_state(demo_database), window),
        lambda: PresentationWindow(context, window),
    ]
    for opener in openers:
        dialog = opener()
        qtbot.addWidget(dialog)
        dialog.show()
        settle(qtbot)
        change_the_year(qtbot, dialog)
        for _ in range(len(getattr(dialog, "pageIds", list)())):
            next_button = dialog.button(dialog.WizardButton.NextButton)
            if not next_button.isEnabled():
                break
            dialog.next()
            settle(qtbot)
            change_the_year(qtbot, dialog)
        dialog.close()
    board = window.results.action_board  # choosing an activity lists its evidence
    settle(qtbot)
    for action in board.shown_actions()[:2]:
        board.select_action(action.id)
        settle(qtbot)
    assert not offenders(gui_statements), "read on the GUI thread:\n" + "\n".join(offenders(gui_statements))


def test_every_allowed_read_names_a_function_that_exists() -> None:
    """An allow-list entry outlives nothing: its module and function are still there (else it would hide a new
    read under an old name)."""
    for module, function in ALLOWED:
        source = (Path(VIEWS) / (module.replace(".", "/") + ".py")).read_text(encoding="utf-8")
        assert f"def {function}(" in source, f"{module}.{function} is allowed but no longer exists"


def test_pengaturan_stores_its_institution_and_year_off_the_gui_thread(  # type: ignore[no-untyped-def]
        qtbot, main_window, gui_statements: list[GuiStatement]) -> None:
    settings = main_window.settings
    settle(qtbot)
    settings.workspace.save()
    settle(qtbot)
    settings.years.save()
    settle(qtbot)
    assert "tersimpan" in settings.workspace.message.text() and "tersimpan" in settings.years.message.text()
    assert not offenders(gui_statements), "read on the GUI thread:\n" + "\n".join(offenders(gui_statements))


def test_a_dialog_closed_before_its_read_answers_drops_the_answer(  # type: ignore[no-untyped-def]
        qtbot, main_window, messages_never_block: list[tuple[str, str]]) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    from tests.support.ui_walk import _openers

    settle(qtbot)
    closed = []
    for name, opener in _openers(main_window):
        dialog = opener()  # its read has just started
        dialog.close()
        dialog.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        closed.append(name)
    settle(qtbot)  # the answers arrive for owners that are gone: dropped, nothing shown, nothing raised
    assert "IntakeDialog" in closed and not messages_never_block, messages_never_block


def test_the_clicked_saves_and_checks_run_off_the_gui_thread(  # type: ignore[no-untyped-def]
        qtbot, main_window, answered_prompts, tmp_path: Path, gui_statements: list[GuiStatement]) -> None:
    """Simpan, Hapus, Aktifkan, Tampilkan kontak, … with every question answered yes: each store, removal and
    check runs on a worker, so a slow server never freezes the window (issue 19)."""
    window = main_window
    answered_prompts.confirm_answer = True
    answered_prompts.choice_answer = "keep"
    answered_prompts.text_answer = "Vendor uji"
    settle(qtbot)
    clicked: list[str] = []

    def click(name: str, act: Any) -> None:
        act()
        settle(qtbot)
        clicked.append(name)

    settings = window.settings
    click("thresholds", settings.thresholds.save)
    catalogue = settings.catalogue
    settle(qtbot)
    catalogue.table.selectRow(0)
    catalogue.editor.setPlainText("Periksa loket pelayanan setiap bulan.")
    click("catalogue text", catalogue.save_text)
    click("catalogue reset", catalogue.reset_text)
    click("catalogue reset all", catalogue.reset_all)
    monitoring = window.monitoring
    chasing = monitoring.chasing
    click("reminder template", chasing.save_template)
    click("reminder default", chasing.restore_template)
    targets = monitoring.targets
    settle(qtbot)
    targets.model.setData(targets.model.index(0, 5), "75")
    targets.model.setData(targets.model.index(0, 6), "300")
    click("targets", targets.save)
    charts = monitoring.charts
    click("chart export", lambda: charts.export_png("attainment", tmp_path / "capaian.png"))
    snapshots = monitoring.snapshots
    snapshots.table.selectRow(0)
    click("snapshot removal", snapshots.remove_selected)
    units = window.units
    units.table.selectRow(0)
    click("opd reveal", lambda: units.reveal.setChecked(True))
    click("opd deactivate", units.toggle_selected)
    units.table.selectRow(0)
    dialog = units.edit_selected()
    assert dialog is not None
    click("opd save", dialog.try_save)
    results = window.results.results
    settle(qtbot)
    results.table.selectRow(0)
    form = results.open_form(results.selected())
    settle(qtbot)
    click("result save", form.try_save)
    results.table.selectRow(0)
    click("result removal", results.remove_selected)
    board = window.results.action_board
    settle(qtbot)
    board.select_action(board.shown_actions()[0].id)
    settle(qtbot)
    click("activity removal", board.delete_selected)
    assert len(clicked) == 15 and not answered_prompts.errors, (clicked, answered_prompts.errors)
    assert tmp_path.joinpath("capaian.png").exists() and not dialog.isVisible() and not form.isVisible()
    assert not offenders(gui_statements), "written on the GUI thread:\n" + "\n".join(offenders(gui_statements))
