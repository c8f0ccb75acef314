"""Every dialog, wizard and main window class of the views package and how a test opens it over the demo
workspace's main window: the screen-fit test (tests/gui/test_screen_fit.py) and the accessibility test
(tests/gui/test_accessibility.py) both walk this one list, and test_screen_fit checks it names every class."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog, QMainWindow, QWidget

import spi_desktop.views
from spi_desktop.services.database import Database

WAIT = 20_000


def window_classes() -> set[type]:
    """Every dialog, wizard and main window class of the views package, found by walking it."""
    found: set[type] = set()
    for module in pkgutil.walk_packages(spi_desktop.views.__path__, "spi_desktop.views."):
        for _name, value in inspect.getmembers(importlib.import_module(module.name), inspect.isclass):
            if value.__module__.startswith("spi_desktop.views") and issubclass(value, (QDialog, QMainWindow)):
                found.add(value)
    return found


def base_classes() -> set[type]:
    """The classes the views derive their dialogs from, never opened themselves."""
    from spi_desktop.views.forms import FormDialog
    from spi_desktop.views.screen_fit import FittedDialog
    from spi_desktop.views.wizards import Wizard

    return {FormDialog, FittedDialog, Wizard}


def window_openers(qtbot: Any, window: Any, database: Database, tmp_path: Path) -> dict[type, Callable[[], QWidget]]:
    """For each class of ``window_classes`` (less ``base_classes``), how to open it over ``window`` (the main
    window on the demo workspace ``database``): through the button a user presses where one opens it directly,
    else built as its caller builds it. The scorecard preview is opened here already (it renders first)."""
    from spi_desktop.services.about import about_info
    from spi_desktop.services.connection import ConnectionSettings
    from spi_desktop.services.first_start import first_start_state
    from spi_desktop.services.years import suggest_year
    from spi_desktop.views.about_dialog import AboutDialog
    from spi_desktop.views.admin.account_dialog import NewAccountDialog, PasswordDialog
    from spi_desktop.views.admin.sign_in_dialog import SignInDialog
    from spi_desktop.views.context import AppContext
    from spi_desktop.views.crash_dialog import CrashDialog
    from spi_desktop.views.errors import user_message
    from spi_desktop.views.home.history_dialog import HistoryDialog
    from spi_desktop.views.monitoring.progress_entry_dialog import ProgressEntryDialog
    from spi_desktop.views.monitoring.progress_import_dialog import ProgressImportDialog
    from spi_desktop.views.passphrase_dialog import PassphraseDialog
    from spi_desktop.views.population.batches_dialog import BatchesDialog
    from spi_desktop.views.population.import_wizard import ImportWizard
    from spi_desktop.views.population.intake_dialog import IntakeDialog
    from spi_desktop.views.population.kit_dialog import KitDialog
    from spi_desktop.views.results.action_dialog import ActionDialog, RecommendationDialog
    from spi_desktop.views.results.estimate_wizard import EstimateWizard
    from spi_desktop.views.results.result_form import ResultForm
    from spi_desktop.views.results.scorecard_preview import ScorecardPreview
    from spi_desktop.views.settings.connection_dialog import ConnectionDialog
    from spi_desktop.views.settings.new_year_dialog import NewYearDialog
    from spi_desktop.views.settings.server_password_dialog import ServerPasswordDialog
    from spi_desktop.views.setup.first_start_wizard import FirstStartWizard
    from spi_desktop.views.shell.main_window import MainWindow
    from spi_desktop.views.training.walkthrough import RespondentWalkthrough
    from spi_desktop.views.units.unit_dialog import UnitDialog

    context = AppContext(database, 2025)
    scorecards = window.results.scorecards
    qtbot.waitUntil(lambda: scorecards.last_job is not None and scorecards.last_job.done, timeout=WAIT)
    scorecards.table.selectRow(0)
    scorecards.preview_selected()
    qtbot.waitUntil(lambda: scorecards.preview is not None and scorecards.preview.isVisible(), timeout=WAIT)

    def history() -> QWidget:
        dialog = HistoryDialog(context, "DINKES", "Dinas Kesehatan", window)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.last_job.done, timeout=WAIT)
        return dialog

    board = window.results.action_board
    qtbot.waitUntil(lambda: board.last_job is not None and board.last_job.done, timeout=WAIT)
    settings = ConnectionSettings(host="server.local", database="spi", user="spi")
    return {
        MainWindow: lambda: window,
        UnitDialog: window.units.add_unit,
        ImportWizard: window.population.open_wizard,
        BatchesDialog: window.population.open_history,
        IntakeDialog: window.population.open_intake,
        KitDialog: window.population.open_kit,
        ProgressImportDialog: window.monitoring.snapshots.open_import,
        ProgressEntryDialog: window.monitoring.snapshots.open_entry,
        EstimateWizard: window.results.open_estimate,
        ResultForm: window.results.results.open_form,
        ActionDialog: board.new_action,
        RecommendationDialog: board.new_recommendation,
        ScorecardPreview: lambda: scorecards.preview,
        HistoryDialog: history,
        AboutDialog: lambda: AboutDialog(about_info(), window),
        SignInDialog: lambda: SignInDialog(database, window),
        NewAccountDialog: lambda: NewAccountDialog(database, True, window),
        PasswordDialog: lambda: PasswordDialog(database, "admin", own=True, parent=window),
        PassphraseDialog: lambda: PassphraseDialog("Pulihkan cadangan", "Frasa sandi:", True, False, window),
        CrashDialog: lambda: CrashDialog("Terjadi kesalahan", user_message(OSError(5, "I/O error", "data.xlsx")),
                                         "detail\n" * 200, tmp_path / "crash.log", window),
        ConnectionDialog: lambda: ConnectionDialog(window),
        ServerPasswordDialog: lambda: ServerPasswordDialog(settings, True, window),
        RespondentWalkthrough: lambda: RespondentWalkthrough(context, parent=window),
        NewYearDialog: lambda: NewYearDialog(database, suggest_year(database), window),
        # Not offered on a training workspace; built directly, as the main window builds it on a new one.
        FirstStartWizard: lambda: FirstStartWizard(context, first_start_state(database), window),
    }


def wizard_pages(wizard: Any) -> Iterator[str]:
    """Walk ``wizard`` (a QWizard already shown) page by page as a user does, Next while it is enabled; yields
    each page's class name with that page current."""
    for _ in range(len(wizard.pageIds())):
        yield type(wizard.currentPage()).__name__
        if not wizard.button(wizard.WizardButton.NextButton).isEnabled() or wizard.nextId() == -1:
            return
        wizard.next()


def every_dialog(qtbot, window, database: Database, tmp_path: Path) -> Iterator[tuple[str, QWidget]]:  # type: ignore[no-untyped-def]
    """Each dialog and wizard class of the views package (tests/support/window_openers.py, the screen-fit test's
    list) opened over ``window`` in turn; yields where it is and what to check, and closes it afterwards. A wizard
    is walked page by page as a user does (Next while enabled); a page Next cannot reach without a file is shown
    over the first page, which is stricter than needed (its check boxes are then left out: the import wizard's
    first page has one on Alt+S, its mapping page Simpan sebagai preset)."""
    from PySide6.QtWidgets import QWizard

    from spi_desktop.views.shell.main_window import MainWindow
    from tests.support.ui_walk import close_dialog, settle

    for kind, opener in window_openers(qtbot, window, database, tmp_path).items():
        if kind is MainWindow:
            continue
        dialog = opener()
        dialog.show()
        settle(qtbot)
        try:
            if not isinstance(dialog, QWizard):
                yield kind.__name__, dialog
                continue
            reached = set()
            for page in wizard_pages(dialog):
                settle(qtbot)
                reached.add(dialog.currentId())
                yield f"{kind.__name__} › {page}", dialog
            for page_id in [i for i in dialog.pageIds() if i not in reached]:
                page = dialog.page(page_id)
                page.show()
                yield f"{kind.__name__} › {type(page).__name__} (shown over)", page
                page.hide()
        finally:
            close_dialog(dialog)
