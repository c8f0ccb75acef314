"""Keyboard and screen-reader use (issue 19): every focusable widget of every page and of every dialog and wizard
has an accessible name; the main window's menus and their items have unique mnemonics; every button of every page
(in a training window with its banner and in an empty real workspace with its Mode Pelatihan and empty-list
buttons, in Indonesian and in English) and of every dialog and wizard page has a mnemonic (Qt's standard buttons
and a button box's Batal/Tutup excepted: Enter and Esc act), and no two things on screen in one window share a
letter (the menus counted). The dialogs are every dialog class of the views package, opened as the screen-fit
test opens them (tests/support/window_openers.py). The form dialogs' Tab order is in test_tab_order.py."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from tests.support.ui_walk import accessible_name, describe, focusable, settle, window_views
from tests.support.window_openers import every_dialog


def unnamed(root: QWidget) -> list[str]:
    return [describe(widget) for widget in focusable(root) if not accessible_name(widget).strip()]


def test_every_focusable_widget_of_every_page_has_an_accessible_name(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    missing = {place: found for place in window_views(qtbot, main_window) if (found := unnamed(main_window))}
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


def _qt_button(button: QWidget) -> bool:
    """A button whose text is Qt's own (a standard button of a button box, a wizard's Back/Next/Finish/Cancel):
    it takes the mnemonic Qt's translation gives it (none for OK/Batal/Tutup, where Enter and Esc act)."""
    from PySide6.QtWidgets import QDialogButtonBox, QWizard

    box = button.parentWidget()
    if isinstance(box, QDialogButtonBox) and box.standardButton(button) != QDialogButtonBox.StandardButton.NoButton:
        return True
    wizard = button.window()
    return isinstance(wizard, QWizard) and any(wizard.button(which) is button for which in QWizard.WizardButton
                                                 if which.value < QWizard.WizardButton.NButtons.value)


def _escape_button(button: QWidget) -> bool:
    """A button box's Batal/Tutup (the reject role): Esc already presses it."""
    from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox

    box = button.parentWidget()
    return (isinstance(box, QDialogButtonBox) and isinstance(button, QAbstractButton)
            and box.buttonRole(button) == QDialogButtonBox.ButtonRole.RejectRole)


def button_mnemonic_problems(root: QWidget, taken: dict[str, str] | None = None,
                             unmarked_ok: QWidget | None = None, with_check_boxes: bool = False) -> list[str]:
    """App buttons on screen in ``root``'s window without a mnemonic, and letters two things on screen share:
    its push buttons (with ``with_check_boxes`` its check boxes and radio buttons too) and ``taken`` (letter →
    what holds it, such as the menus). Buttons under ``unmarked_ok`` may lack a mnemonic (not yet given theirs),
    never share one."""
    from PySide6.QtWidgets import QAbstractButton, QPushButton

    kind = QAbstractButton if with_check_boxes else QPushButton
    buttons = [b for b in root.window().findChildren(kind) if b.isVisible() and b.text()]
    problems = [f"no mnemonic: {b.text()!r}" for b in buttons
                if isinstance(b, QPushButton) and mnemonic(b.text()) is None and not _qt_button(b)
                and not _escape_button(b) and not (unmarked_ok is not None and unmarked_ok.isAncestorOf(b))]
    holders = [(key, text) for key, text in (taken or {}).items()]
    holders += [(key, b.text()) for b in buttons if (key := mnemonic(b.text())) is not None]
    keys = [key for key, _ in holders]
    problems += [f"mnemonic {key!r} twice: {[text for k, text in holders if k == key]}"
                 for key in sorted(set(keys)) if keys.count(key) > 1]
    return problems


def menu_letters(window) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """The letters the main window's menus hold (Alt+B opens Berkas wherever the page is)."""
    return {key: action.text() for action in window.menu_bar.actions()
            if (key := mnemonic(action.text())) is not None}


def page_button_problems(qtbot, window) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every area and tab of ``window`` in turn: its buttons' mnemonic problems, by where they showed."""
    problems: dict[str, list[str]] = {}
    for place in window_views(qtbot, window):
        if found := button_mnemonic_problems(window, menu_letters(window), None, True):
            problems[place] = found
    return problems


@pytest.mark.parametrize("language", ["id", "en"])
def test_every_page_button_has_a_mnemonic_no_other_button_or_menu_of_its_window_shares(  # type: ignore[no-untyped-def]
        qtbot, shell, demo_database, database, answered_prompts, language) -> None:
    from PySide6.QtWidgets import QApplication

    from spi_desktop.views.language import install_language
    from tests.conftest import open_window

    if language == "en":
        install_language(QApplication.instance(), "en")
    problems: dict[str, list[str]] = {}
    for kind, workspace in (("pelatihan", demo_database), ("kosong", database)):
        window = open_window(qtbot, shell, workspace)
        try:
            problems |= {f"{kind}: {place}": found for place, found in page_button_problems(qtbot, window).items()}
        finally:
            window.close()
    assert not problems, "\n".join(f"{place}: {', '.join(found)}" for place, found in problems.items())


@pytest.mark.parametrize("language", ["id", "en"])
def test_every_dialog_names_its_widgets_and_gives_its_buttons_unique_mnemonics(  # type: ignore[no-untyped-def]
        qtbot, shell, demo_database, answered_prompts, tmp_path, language) -> None:
    from PySide6.QtWidgets import QApplication

    from spi_desktop.views.language import install_language
    from tests.conftest import open_window

    if language == "en":
        install_language(QApplication.instance(), "en")
    window = open_window(qtbot, shell, demo_database)
    window.show()
    settle(qtbot)
    problems: dict[str, list[str]] = {}
    for place, dialog in every_dialog(qtbot, window, demo_database, tmp_path):
        shown_over = isinstance(dialog, QWidget) and dialog.window() is not dialog
        found = [f"no accessible name: {name}" for name in unnamed(dialog)]
        found += button_mnemonic_problems(dialog, with_check_boxes=not shown_over)
        if found:
            problems[place] = found
    assert not problems, "\n".join(f"{place}: {', '.join(found)}" for place, found in problems.items())
