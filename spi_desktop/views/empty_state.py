"""What a list shows while it has nothing: one sentence saying what to do, and the buttons that do it.

``EmptyOr`` holds the list (a table, a grid of cards) and its ``EmptyState``; the page says ``set_empty`` after
each load, so an empty workspace never shows a grid of zeros or an empty table without a way on.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget


class EmptyState(QFrame):
    """A sentence (``message``) over a row of buttons (``add_action``), centred in the list's place."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.message = QLabel(text)
        self.message.setObjectName("emptyMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.addStretch(1)
        column.addWidget(self.message)  # the full width: a centred, narrower label is cut (height for width)
        column.addSpacing(12)
        column.addLayout(self.buttons)
        column.addStretch(2)

    def set_text(self, text: str) -> None:
        """Say ``text``."""
        self.message.setText(text)

    def add_action(self, text: str, action: Callable[[], object], default: bool = False) -> QPushButton:
        """A button labelled ``text`` that calls ``action`` (the first one with ``default`` is highlighted);
        answers it, so the page can disable it where the user's role may not act. ``text`` is a button's text:
        "&" marks its Alt+letter, "&&" writes an ampersand ("Ke &Instansi && OPD")."""
        button = QPushButton(text)
        button.clicked.connect(lambda: action())
        if default:
            button.setObjectName("emptyAction")
            button.setDefault(True)
        self.buttons.insertWidget(self.buttons.count() - 1, button)
        return button


class EmptyOr(QStackedWidget):
    """Shows ``content`` or, while it is empty, ``empty`` in its place."""

    def __init__(self, content: QWidget, empty: EmptyState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content, self.empty = content, empty
        self.addWidget(content)
        self.addWidget(empty)

    def set_empty(self, empty: bool) -> None:
        """Show the guidance (True) or the content (False)."""
        self.setCurrentWidget(self.empty if empty else self.content)

    def is_empty(self) -> bool:
        """Whether the guidance is what shows."""
        return self.currentWidget() is self.empty
