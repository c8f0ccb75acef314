"""Input widgets for values that may be unknown: an Indonesian decimal, an optional date."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QObject
from PySide6.QtWidgets import QDateEdit, QLineEdit, QWidget

from spi_desktop.views.numbers import parse_decimal, plain_decimal

_NO_DATE = QDate(2000, 1, 1)


class DecimalEdit(QLineEdit):
    """A number typed the Indonesian way (71,53), in English also the English way (71.53); empty means unknown."""

    def __init__(self, places: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._places = places
        self.setPlaceholderText(self.tr("kosong = belum diketahui"))

    def set_value(self, value: float | None) -> None:
        """Show ``value`` with the display language's decimal separator, or nothing."""
        self.setText(plain_decimal(value, self._places))

    def value(self) -> float | None:
        """The number typed; ``ValueError`` (Indonesian message) when it is not a number."""
        return None if not self.text().strip() else parse_decimal(self.text())


class OptionalDateEdit(QDateEdit):
    """A date picker that can also say 'not set' (shown as '–')."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("d MMMM yyyy")
        self.setMinimumDate(_NO_DATE)
        self.setSpecialValueText("–")
        # Empty, the value is the minimum date: the calendar would open at Januari 2000. Open it at today's month.
        self.calendarWidget().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Turn the calendar of an empty picker to today's month as it shows."""
        if event.type() == QEvent.Type.Show and watched is self.calendarWidget() and self.value() is None:
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)

    def set_value(self, value: dt.date | None) -> None:
        """Show ``value``, or '–' for none."""
        self.setDate(QDate(value.year, value.month, value.day) if value else _NO_DATE)

    def value(self) -> dt.date | None:
        """The chosen date, or None."""
        date = self.date()
        return None if date == _NO_DATE else dt.date(date.year(), date.month(), date.day())
