"""Keyboard and screen-reader use (issue 19): every focusable widget of every page and main dialog has an
accessible name, menu items and dialog buttons have unique mnemonics, and a form's Tab order follows its layout."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from tests.support.ui_walk import accessible_name, describe, dialog_views, focusable, window_views


def unnamed(root: QWidget) -> list[str]:
    return [describe(widget) for widget in focusable(root) if not accessible_name(widget).strip()]


def test_every_focusable_widget_of_every_page_and_dialog_has_an_accessible_name(  # type: ignore[no-untyped-def]
        qtbot, main_window) -> None:
    missing: dict[str, list[str]] = {}
    for place in window_views(qtbot, main_window):
        if found := unnamed(main_window):
            missing[place] = found
    for name, dialog in dialog_views(qtbot, main_window):
        if found := unnamed(dialog):
            missing[name] = found
    assert not missing, "\n".join(f"{place}: {', '.join(found)}" for place, found in missing.items())
