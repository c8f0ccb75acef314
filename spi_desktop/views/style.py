"""The app's look: one light stylesheet, large enough for office screens and projectors, and how forms and
button rows size their fields."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QWidget

STYLESHEET = """
QWidget { font-size: 10.5pt; }
QListWidget#navigation { background: #17324d; color: #e8eef5; border: none; padding-top: 8px;
                         font-size: 11pt; }
QListWidget#navigation::item { padding: 10px 16px; }
QListWidget#navigation::item:selected { background: #2b5a86; color: white; border-left: 4px solid #f9a825; }
QLabel#pageTitle { font-size: 18pt; font-weight: 600; color: #17324d; }
QFrame#card { background: white; border: 1px solid #d5dde6; border-radius: 8px; }
QLabel#cardTitle { color: #5b6b7b; font-weight: 600; }
QLabel#bigFigure { font-size: 22pt; font-weight: 600; color: #17324d; }
QLabel#resultSummary { font-size: 13pt; font-weight: 600; color: #17324d; }
QLabel#sourceNotes { color: #5b6b7b; font-size: 9pt; }
QLabel#workspaceName { font-weight: 600; color: #17324d; padding: 0 8px; }
QLabel#pagePlaceholder { color: #5b6b7b; font-size: 13pt; }
QFrame#emptyState { background: white; border: 1px dashed #c3ceda; border-radius: 8px; }
QLabel#emptyMessage { color: #17324d; font-size: 12pt; }
QPushButton#emptyAction { font-weight: 600; padding: 6px 14px; }
QLabel#stepTitle { font-size: 13pt; font-weight: 600; color: #17324d; }
"""

ERROR_RED = "#b71c1c"  # the one red of error text, on white and on the pale error panel
ERROR_STYLE = f"color: {ERROR_RED}; font-weight: 600;"  # an inline error label
OK_STYLE = "color: #2e7d32;"  # a green confirmation ("tersimpan") that still reads on white
WARNING_STYLE = "color: #8a4b00;"  # amber text that still reads on white


def message_label() -> QLabel:
    """An empty, word-wrapped line for a form's messages, hidden until ``show_message`` fills it."""
    label = QLabel()
    label.setObjectName("error")
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


def show_message(label: QLabel, text: str, ok: bool = False) -> None:
    """Show ``text`` in ``label``: in the error red, or in green when ``ok`` (a confirmation)."""
    label.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
    label.setText(text)
    label.show()


def form_layout(parent: QWidget | None = None) -> QFormLayout:
    """A form whose text fields grow with the page while spin boxes, date pickers, lists and buttons keep their
    natural width (a number stretched across a 1366 px page reads as a prototype). Every form in the app is one."""
    form = QFormLayout() if parent is None else QFormLayout(parent)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    return form


def button_row(*buttons: QPushButton) -> QHBoxLayout:
    """``buttons`` side by side at their natural width, left-aligned: a button put straight into a column
    would be as wide as the page."""
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row
