"""One way to set up a read-only table of rows, so every list in the app behaves the same."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView


def row_table(model: QAbstractItemModel, single_row: bool = True,
              sorted_by: tuple[int, Qt.SortOrder] | None = None) -> QTableView:
    """A table showing ``model``: whole-row selection, no row numbers, last column stretched. With
    ``sorted_by`` the user can sort by clicking a header, starting from that column and order (enabling
    sorting alone would sort the first column descending)."""
    table = QTableView()
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
