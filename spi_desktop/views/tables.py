"""The app's tables: a model over plain rows (sorting and filtering in the model itself) and one way to
set up a read-only table view, so every list in the app behaves the same.

Sorting and filtering in the model (not in a QSortFilterProxyModel) keeps big lists responsive; very big
lists will page in SQL instead.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

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
    # How wide the column is (``fit_columns``); a table whose columns say nothing keeps Qt's widths.
    whole: str | None = None  # the widest value that must show whole, e.g. an 18-digit NIP: never narrower
    elastic: bool = False  # gives up width when the table is too narrow; its full text is then the tooltip
    widest: int | None = None  # at most this wide by its content (px), so that it leaves room for others
    # Shown only while every column fits at its wanted width (the rightmost spare one steps aside first): for a
    # figure the selected row's detail repeats, so that on a laptop the name keeps its width.
    spare: bool = False

    @property
    def sized(self) -> bool:
        """Whether the column says how wide it should be."""
        return self.whole is not None or self.elastic or self.widest is not None or self.spare


MUTED_GREY = "#616161"  # a greyed-out row that still reads on white (6.2:1; #8a8a8a was 3.5:1)


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
        if role == Qt.ItemDataRole.ToolTipRole and column.elastic:
            return column.text(row) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        badge = column.badge(row) if column.badge is not None else None
        if role == Qt.ItemDataRole.FontRole and badge:  # a kind reads by its word too, not by colour alone
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and badge:
            return QBrush(QColor(badge))
        if role == Qt.ItemDataRole.ForegroundRole and badge:
            return QBrush(QColor("white"))
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = column.colour(row) if column.colour is not None else None
            if colour:
                return QBrush(QColor(colour))
            if self._muted is not None and self._muted(row):
                return QBrush(QColor(MUTED_GREY))
        return None

    @property
    def columns(self) -> list[Column]:
        """The columns shown, in order."""
        return list(self._columns)



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
    if isinstance(model, RowTableModel) and any(column.sized for column in model.columns):
        ColumnFitter(table, model)
    return table


class RowsFitter(QObject):
    """Keeps a short table exactly as tall as its header and rows (``fit_height_to_rows``): again when rows come
    or go and when the window's style sheet reaches it (its font sets the rows' height)."""

    REFIT = (QEvent.Type.Show, QEvent.Type.Polish, QEvent.Type.FontChange, QEvent.Type.StyleChange)

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self._table = table
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._timer = QTimer(self)  # owned: it dies with the table
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        table.installEventFilter(self)
        model = table.model()
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset, model.layoutChanged):
            signal.connect(self._timer.start)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._table and event.type() in self.REFIT:
            self._timer.start()  # once the event has set the new font and row heights
        return False

    def fit(self) -> None:
        table = self._table
        header = table.horizontalHeader()
        rows = sum(table.rowHeight(row) for row in range(table.model().rowCount()))
        head = 0 if header.isHidden() else max(header.sizeHint().height(), header.height() if table.isVisible()
                                                 else 0)
        height = 2 * table.frameWidth() + head + rows
        if height == table.height() == table.minimumHeight():
            return
        table.setFixedHeight(height)


def fit_height_to_rows(table: QTableView) -> None:
    """Make a short table (a year's 7 elements) as tall as its header and rows, so every row shows without
    scrolling, and keep it so."""
    if table.findChild(RowsFitter) is None:
        RowsFitter(table)


CELL_PADDING = 14  # the cell's margins and a little air (px) around the text of a column sized to its content
MEASURED_ROWS = 1000  # rows measured for a column's width: enough for a page, cheap for a long list
ELASTIC_FLOOR = 90  # an elastic column never narrower than this (px) nor than its title


def wanted_widths(table: QTableView, model: RowTableModel) -> tuple[list[int], list[int]]:
    """Each column's width by its widest text among the first ``MEASURED_ROWS`` rows (``widest`` caps it,
    ``whole`` is the least, the title always fits), and the least it may be squeezed to (an elastic column's
    floor, else its wanted width)."""
    header = table.horizontalHeader()
    plain = table.fontMetrics()
    bold_font = QFont(table.font())
    bold_font.setBold(True)
    bold = QFontMetrics(bold_font)
    rows = model.rows()[:MEASURED_ROWS]
    widths, floors = [], []
    for index, column in enumerate(model.columns):
        title = header.sectionSizeHint(index)
        metrics = bold if column.badge is not None else plain  # a badge cell draws its word in bold
        texts = (column.text(row) for row in rows)
        want = max((metrics.horizontalAdvance(text) for text in texts), default=0) + CELL_PADDING
        if column.widest is not None:
            want = min(want, column.widest)
        least = title
        if column.whole is not None:
            least = max(least, metrics.horizontalAdvance(column.whole) + CELL_PADDING)
        want = max(want, least)
        widths.append(want)
        floors.append(max(least, ELASTIC_FLOOR) if column.elastic else want)
    return widths, floors


def spare_to_hide(table: QTableView, model: RowTableModel, available: int) -> set[int]:
    """The ``spare`` columns that step aside, rightmost first, until the others fit ``available`` px at their
    wanted widths (or no spare one is left)."""
    widths, _floors = wanted_widths(table, model)
    hidden: set[int] = set()
    spare = [index for index, column in enumerate(model.columns) if column.spare]
    while spare and sum(w for i, w in enumerate(widths) if i not in hidden) > available:
        hidden.add(spare.pop())
    return hidden


def column_widths(table: QTableView, model: RowTableModel, available: int,
                  hidden: set[int] | None = None) -> list[int]:
    """The widths ``fit_columns`` gives (``wanted_widths``; a ``hidden`` column counts 0): when they do not fit
    in ``available`` px, the elastic columns give up width in proportion, down to ``ELASTIC_FLOOR``."""
    widths, floors = wanted_widths(table, model)
    if hidden:
        widths = [0 if i in hidden else w for i, w in enumerate(widths)]
        floors = [0 if i in hidden else f for i, f in enumerate(floors)]
    excess = sum(widths) - available
    give = [w - f for w, f in zip(widths, floors, strict=True)]
    if excess > 0 and sum(give) > 0:
        share = min(1.0, excess / sum(give))
        widths = [w - int(g * share + 0.999) for w, g in zip(widths, give, strict=True)]
    return widths


def fit_columns(table: QTableView) -> None:
    """Size ``table``'s columns by what they say (``Column.whole``, ``elastic``, ``widest``, ``spare``) within its
    width; the last column shown takes what is left. Word-wrapped tables grow their rows to the new widths."""
    model = table.model()
    if not isinstance(model, RowTableModel):
        return
    available = table.viewport().width()
    header = table.horizontalHeader()
    hidden = spare_to_hide(table, model, available)
    for index, width in enumerate(column_widths(table, model, available, hidden)):
        header.setSectionHidden(index, index in hidden)
        if header.sectionResizeMode(index) == QHeaderView.ResizeMode.Interactive and index not in hidden:
            header.resizeSection(index, width)
    if table.wordWrap():
        table.resizeRowsToContents()


class ColumnFitter(QObject):
    """Keeps a table's columns fitted (``fit_columns``) when its rows change and when it is resized."""

    def __init__(self, table: QTableView, model: RowTableModel) -> None:
        super().__init__(table)
        self.table = table
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        table.setWordWrap(False)  # a cut text ends in "…" (its tooltip whole); a table may wrap and grow its rows
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(lambda: fit_columns(self.table))
        model.modelReset.connect(lambda: fit_columns(self.table))
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._timer.start()
        return False
