"""Tab order (issue 19): in each form dialog (and the institution form) Tab walks the fields in reading order,
top to bottom and left to right on a row, and reaches the dialog's buttons last; a dialog opens with the focus
on its first field. (Tab goes round: Qt keeps the chain as a ring, so it is followed from the first field.)"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QWidget

from tests.support.ui_walk import describe, focusable, settle

SAME_ROW = 8  # px: widgets whose tops are this close are on one row


def tab_stops(root: QWidget) -> list[QWidget]:
    """The widgets under ``root`` that Tab stops at."""
    return [widget for widget in focusable(root)
            if widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus]


def is_button(widget: QWidget) -> bool:
    """One of the dialog's closing buttons (its button box)."""
    return isinstance(widget, QAbstractButton) and isinstance(widget.parentWidget(), QDialogButtonBox)


def tab_chain(root: QWidget, start: QWidget) -> list[QWidget]:
    """The tab stops under ``root`` in the order Tab visits them from ``start`` (``root`` itself: from where
    the window's focus chain begins), once round."""
    stops = set(tab_stops(root))
    chain = [start] if start in stops else []
    widget = start.nextInFocusChain()
    for _ in range(10_000):
        if widget is start:
            return chain
        if widget in stops:
            chain.append(widget)
        widget = widget.nextInFocusChain()
    raise AssertionError("the focus chain never comes back to its start")


def where(widget: QWidget, root: QWidget) -> QPoint:
    return widget.mapTo(root, QPoint(0, 0))


def reading_key(root: QWidget) -> Callable[[QWidget], tuple[int, int]]:
    def key(widget: QWidget) -> tuple[int, int]:
        point = where(widget, root)
        return point.y() // SAME_ROW, point.x()
    return key


def order_problems(root: QWidget) -> list[str]:
    """What is out of order when Tab walks ``root`` from its first field; [] when nothing is."""
    stops = tab_stops(root)
    fields = [w for w in stops if not is_button(w)]
    buttons = [w for w in stops if is_button(w)]
    assert fields, f"{type(root).__name__} has no field"
    top = min(fields, key=reading_key(root))
    chain = tab_chain(root, top)
    problems = [f"never reached: {describe(w)}" for w in stops if w not in chain]
    visited_fields = [w for w in chain if not is_button(w)]
    for before, after in zip(visited_fields, visited_fields[1:], strict=False):
        a, b = where(before, root), where(after, root)
        if not (b.y() > a.y() + SAME_ROW or (abs(b.y() - a.y()) <= SAME_ROW and b.x() > a.x())):
            problems.append(f"{describe(after)} at {b.x()},{b.y()} comes after {describe(before)} at {a.x()},{a.y()}")
    if buttons:
        first_button = min(chain.index(w) for w in buttons if w in chain)
        problems += [f"{describe(w)} comes after the buttons" for w in chain[first_button:] if not is_button(w)]
    return problems


def check(qtbot, dialog: QWidget) -> None:  # type: ignore[no-untyped-def]
    dialog.show()
    settle(qtbot)
    problems = order_problems(dialog)
    first = min((w for w in tab_stops(dialog) if not is_button(w)), key=reading_key(dialog))
    if dialog.focusWidget() is not first:
        problems.append(f"the focus opens on {describe(dialog.focusWidget())}, not on {describe(first)}")
    assert not problems, f"{type(dialog).__name__}:\n" + "\n".join(problems)


def test_the_opd_dialog_tabs_in_reading_order(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    check(qtbot, main_window.units.add_unit())


def test_the_new_year_dialog_tabs_in_reading_order(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    check(qtbot, main_window.settings.years.ask_new_year())


def test_the_account_dialogs_tab_in_reading_order(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    from spi_desktop.views.admin.account_dialog import NewAccountDialog, PasswordDialog

    database = main_window.context.database
    check(qtbot, NewAccountDialog(database, False, main_window))
    check(qtbot, PasswordDialog(database, "admin", own=True, parent=main_window))


def test_the_result_form_tabs_in_reading_order(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    check(qtbot, main_window.results.results.open_form())


def test_the_institution_form_tabs_in_reading_order(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    settings = main_window.settings
    main_window.show()
    main_window.show_area(main_window.pages.indexOf(settings))
    settings.tabs.setCurrentWidget(settings.workspace) if hasattr(settings, "tabs") else None
    settle(qtbot)
    form = settings.workspace
    problems = order_problems(form)
    assert not problems, "WorkspaceForm:\n" + "\n".join(problems)
    chain = tab_chain(form, form.code)
    assert chain[-1] is form.save_button, "Simpan data instansi comes last"

