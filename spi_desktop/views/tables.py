"""The app's tables: a model over plain rows (sorting and filtering in the model itself) and one way to
set up a read-only table view, so every list in the app behaves the same.

Sorting and filtering in the model (not in a QSortFilterProxyModel) keeps big lists responsive; very big
lists will page in SQL instead.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QTableView

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """One column: its title, how to show a row in it, and (optionally) how to sort by it."""

    title: str
    text: Callable[[Any], str]
    sort_key: Callable[[Any], Any] | None = None
    align_right: bool = False
    tooltip: Callable[[Any], str] | None = None
    colour: Callable[[Any], str | None] | None = None  # text colour (#RRGGBB) per row, e.g. a status
    badge: Callable[[Any], str | None] | None = None  # a coloured cell (#RRGGBB background, white text): a kind


class RowTableModel(QAbstractTableModel):
    """Shows ``rows`` through ``columns``; ``muted(row)`` greys a row out (e.g. an inactive OPD)."""

    def __init__(self, columns: Sequence[Column], muted: Callable[[Any], bool] | None = None) -> None:
        super().__init__()
        self._columns = list(columns)
        self._all: list[Any] = []
        self._rows: list[Any] = []
        self._filter = ""
        self._muted = muted
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Replace every row, keeping the current filter and sort."""
        self.beginResetModel()
        self._all = list(rows)
        self._apply()
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        """Show only rows whose text in any column contains ``text`` (case-insensitive)."""
        self.beginResetModel()
        self._filter = text.strip().lower()
        self._apply()
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        """The plain row shown at view row ``row``."""
        return self._rows[row]

    def rows(self) -> list[Any]:
        """The rows currently shown, in order."""
        return list(self._rows)

    def _apply(self) -> None:
        rows = self._all
        if self._filter:
            rows = [r for r in rows if any(self._filter in c.text(r).lower() for c in self._columns)]
        if self._sort is not None:
            column, order = self._sort
            spec = self._columns[column]
            key = spec.sort_key or (lambda r: spec.text(r).lower())
            rows = sorted(rows, key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self._rows = list(rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._apply()
        self.layoutChanged.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].title
        return None

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        badge = column.badge(row) if column.badge is not None else None
        if role == Qt.ItemDataRole.BackgroundRole and badge:
            return QBrush(QColor(badge))
        if role == Qt.ItemDataRole.ForegroundRole and badge:
            return QBrush(QColor("white"))
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = column.colour(row) if column.colour is not None else None
            if colour:
                return QBrush(QColor(colour))
            if self._muted is not None and self._muted(row):
                return QBrush(QColor("#8a8a8a"))
        return None



def row_table(model: QAbstractItemModel, single_row: bool = True,
              sorted_by: tuple[int, Qt.SortOrder] | None = None, *, name: str) -> QTableView:
    """A table showing ``model``: whole-row selection, no row numbers, last column stretched. With
    ``sorted_by`` the user can sort by clicking a header, starting from that column and order (enabling
    sorting alone would sort the first column descending). ``name`` is what a screen reader calls the table
    ("Daftar OPD"): a table has no label of its own to take it from."""
    table = QTableView()
    table.setAccessibleName(name)
    table.setModel(model)
    table.setAlternatingRowColors(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if single_row:
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    if sorted_by is not None:
        table.setSortingEnabled(True)
        table.sortByColumn(*sorted_by)
    return table
