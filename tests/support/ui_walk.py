"""Walk what the user sees: every area of the main window (each tab of tabbed pages) and the main dialogs and
wizards, for the accessibility and string tests (tests/gui/test_accessibility.py, test_ui_strings.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QDialog, QLabel, QTabWidget, QWidget


def settle(qtbot: Any, timeout: int = 15_000) -> None:
    """Wait until every background job (the pages' reads) has answered and its answer is shown."""
    from spi_desktop.views import workers

    qtbot.waitUntil(lambda: not workers._running, timeout=timeout)
    QApplication.processEvents()
    # An answer that filled widgets posted layout requests; a scroll area settles its bars in the pass after them.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    QApplication.processEvents()


def _tab_path(tabs: QTabWidget, root: QWidget) -> list[tuple[QTabWidget, int]]:
    """The (tab widget, index) choices above ``tabs`` that put it on screen, outermost first."""
    path: list[tuple[QTabWidget, int]] = []
    child: QWidget = tabs
    parent = tabs.parentWidget()
    while parent is not None and child is not root:
        if isinstance(parent, QTabWidget) or (parent.parentWidget() is not None
                                              and isinstance(parent.parentWidget(), QTabWidget)):
            owner = parent if isinstance(parent, QTabWidget) else parent.parentWidget()
            assert isinstance(owner, QTabWidget)
            index = owner.indexOf(child)
            if index >= 0:
                path.insert(0, (owner, index))
        child, parent = parent, parent.parentWidget()
    return path


def tab_states(qtbot: Any, root: QWidget) -> Iterator[str]:
    """Show each tab of every tab widget under ``root`` in turn (the tabs above it chosen first); yields the
    tab's title path. Without tab widgets, yields once."""
    tab_widgets = root.findChildren(QTabWidget)
    if not tab_widgets:
        yield ""
        return
    for tabs in tab_widgets:
        path = _tab_path(tabs, root)
        for owner, index in path:
            owner.setCurrentIndex(index)
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            settle(qtbot)
            yield " › ".join([owner.tabText(i) for owner, i in path] + [tabs.tabText(index)])


def window_views(qtbot: Any, window: Any) -> Iterator[str]:
    """Open every area of ``window`` through its sidebar and every tab of it; yields where it is."""
    window.show()
    for row in range(window.navigation.count()):
        window.navigation.setCurrentRow(row)
        settle(qtbot)
        page = window.pages.currentWidget()
        for tab in tab_states(qtbot, page):
            yield f"{window.navigation.item(row).text()} › {tab}".rstrip(" ›")


def close_dialog(dialog: QWidget) -> None:
    """Close ``dialog`` for good (rejected, deleted now), so the next one opens alone."""
    dialog.close()
    if isinstance(dialog, QDialog):
        dialog.reject()
    dialog.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _openers(window: Any) -> list[tuple[str, Callable[[], QWidget]]]:
    from spi_desktop.services.about import about_info
    from spi_desktop.views.about_dialog import AboutDialog
    from spi_desktop.views.admin.account_dialog import NewAccountDialog
    from spi_desktop.views.admin.sign_in_dialog import SignInDialog
    from spi_desktop.views.settings.connection_dialog import ConnectionDialog

    context = window.context
    results, settings = window.results, window.settings
    openers: list[tuple[str, Callable[[], QWidget]]] = [
        ("UnitDialog", window.units.add_unit),
        ("ImportWizard", window.population.open_wizard),
        ("BatchesDialog", window.population.open_history),
        ("IntakeDialog", window.population.open_intake),
        ("KitDialog", window.population.open_kit),
        ("ProgressImportDialog", window.monitoring.snapshots.open_import),
        ("ProgressEntryDialog", window.monitoring.snapshots.open_entry),
        ("HistoryDialog", lambda: window.home.progress.open_history(0)),
        ("EstimateWizard", results.open_estimate),
        ("ActionDialog", results.action_board.new_action),
        ("RecommendationDialog", results.action_board.new_recommendation),
        ("NewYearDialog", settings.years.ask_new_year),
        ("ConnectionDialog", lambda: ConnectionDialog(window)),
        ("AboutDialog", lambda: AboutDialog(about_info(), window)),
        ("SignInDialog", lambda: SignInDialog(context.database, window)),
        ("NewAccountDialog", lambda: NewAccountDialog(context.database, True, window)),
    ]
    return openers


def dialog_views(qtbot: Any, window: Any) -> Iterator[tuple[str, QWidget]]:
    """Open each main dialog and wizard over ``window`` in turn (each page of a wizard); yields its name and the
    dialog, and closes it afterwards."""
    window.show()
    settle(qtbot)
    for name, opener in _openers(window):
        dialog = opener()
        dialog.show()
        settle(qtbot)
        try:
            yield name, dialog
            for page_id in getattr(dialog, "pageIds", lambda: [])()[1:]:
                page = dialog.page(page_id)  # type: ignore[attr-defined]
                page.show()
                yield f"{name} › {type(page).__name__}", page
                page.hide()
        finally:
            close_dialog(dialog)


def accessible_name(widget: QWidget) -> str:
    """What a screen reader announces the widget as."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def focusable(root: QWidget) -> list[QWidget]:
    """The widgets under ``root`` on screen that take the keyboard focus themselves (not through a proxy, not a
    scroll area's viewport)."""
    found = []
    for widget in root.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisible() or widget.focusProxy():
            continue
        if isinstance(widget, QLabel) and not widget.text():  # a selectable text with nothing in it yet
            continue
        parent = widget.parentWidget()
        if isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget:
            continue
        found.append(widget)
    return found


def describe(widget: QWidget) -> str:
    """A widget as a failure names it: its class, object name and the classes above it."""
    chain, parent = [], widget.parentWidget()
    while parent is not None and len(chain) < 4:
        chain.append(type(parent).__name__)
        parent = parent.parentWidget()
    return f"{type(widget).__name__}({widget.objectName()!r}) in {'/'.join(chain)}"
