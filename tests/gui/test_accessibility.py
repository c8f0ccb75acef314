"""Keyboard and screen-reader use (issue 19): every focusable widget of every page and main dialog has an
accessible name, and the main window's menus and their items have unique mnemonics.

TODO (issue 19): mnemonics of each dialog's button row, and a form's Tab order against its layout (the OPD dialog,
the institution form), are not checked yet."""

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


def mnemonic(text: str) -> str | None:
    """The letter after a single '&' (Alt+letter), None without one ('&&' is a literal ampersand)."""
    plain = text.replace("&&", "")
    at = plain.find("&")
    return plain[at + 1].lower() if 0 <= at < len(plain) - 1 else None


def test_the_main_windows_menus_and_their_items_have_unique_mnemonics(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMenu

    menus = [action for action in main_window.menu_bar.actions() if not action.isSeparator()]
    problems = []
    for row in [menus, *[[a for a in m.menu().actions() if not a.isSeparator()] for m in menus if m.menu()]]:
        keys = [mnemonic(action.text()) for action in row]
        problems += [f"no mnemonic: {a.text()!r}" for a, key in zip(row, keys, strict=True) if key is None]
        problems += [f"mnemonic {key!r} twice in {[a.text() for a in row]}" for key in set(keys)
                     if key is not None and keys.count(key) > 1]
    assert isinstance(main_window.file_menu, QMenu) and not problems, problems
