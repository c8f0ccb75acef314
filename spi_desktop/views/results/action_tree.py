"""The board's tree: one heading row per recommendation, its activities below; overdue ones drawn in red."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeView

from spi_desktop.domain.action_plan import ActionRow, ActionStatus, RecommendationInfo
from spi_desktop.views.dates import shown_date
from spi_desktop.views.results.action_dialog import status_labels
from spi_desktop.views.text import fill

# Every row carries every role below (0 or '' where it does not apply), so reading one never gives None.
ACTION_ROLE = Qt.ItemDataRole.UserRole + 1  # the ActionRow of an activity row (0 on a heading)
RECOMMENDATION_ROLE = Qt.ItemDataRole.UserRole + 2  # the recommendation id, on every row
CAPTION_ROLE = Qt.ItemDataRole.UserRole + 3  # a heading's small first line: for whom, element, counts ('' below)
ACTIVITY, OWNER, DUE, STATUS, PROGRESS, EVIDENCE = range(6)
RED, GREEN, INK, MUTED = "#c62828", "#2e7d32", "#263238", "#5b6b7b"
HEADING_FILL, TRACK, BAR = "#eef2f6", "#e3e8ed", "#4a7bb0"


@dataclass(frozen=True)
class Group:
    """A recommendation with the activities shown under it."""

    recommendation: RecommendationInfo
    scope: str  # 'Instansi' or the OPD's name
    element: str  # the element's name, '' when none
    actions: list[ActionRow]


def headers() -> list[str]:
    """Column titles."""
    return [QCoreApplication.translate("ActionBoard", "Kegiatan"),
            QCoreApplication.translate("ActionBoard", "Penanggung jawab"),
            QCoreApplication.translate("ActionBoard", "Batas waktu"),
            QCoreApplication.translate("ActionBoard", "Status"),
            QCoreApplication.translate("ActionBoard", "Kemajuan"),
            QCoreApplication.translate("ActionBoard", "Bukti")]


def status_text(row: ActionRow) -> str:
    """'Berjalan', or 'Berjalan · Terlambat' when past due and not done."""
    label = status_labels().get(row.status, row.status)
    late = QCoreApplication.translate("ActionBoard", "Terlambat")
    return f"{label} · {late}" if row.overdue else label


def _caption(group: Group) -> str:
    parts = [group.scope] + ([group.element] if group.element else [])
    total, late = len(group.actions), sum(1 for row in group.actions if row.overdue)
    if total:
        parts.append(fill(QCoreApplication.translate("ActionBoard", "%1 kegiatan"), total))
    else:
        parts.append(QCoreApplication.translate("ActionBoard", "belum ada kegiatan"))
    if late:
        parts.append(fill(QCoreApplication.translate("ActionBoard", "%1 terlambat"), late))
    return " · ".join(parts)


def _activity_items(row: ActionRow) -> list[QStandardItem]:
    texts = [row.activity, row.owner or "–", shown_date(row.due_date), status_text(row), f"{row.progress} %",
             str(row.evidence) if row.evidence else "–"]
    items = []
    for column, text in enumerate(texts):
        item = QStandardItem(text)
        item.setEditable(False)
        item.setData(row, ACTION_ROLE)
        item.setData(row.recommendation_id, RECOMMENDATION_ROLE)
        item.setData("", CAPTION_ROLE)
        colour = RED if row.overdue else GREEN if column == STATUS and row.status == ActionStatus.DONE else INK
        item.setForeground(QBrush(QColor(colour)))
        if column == EVIDENCE:
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        items.append(item)
    items[ACTIVITY].setToolTip(row.activity + (f"\n\n{row.notes}" if row.notes else ""))
    items[OWNER].setToolTip(row.owner)
    return items


class ActionTreeModel(QStandardItemModel):
    """Filled with ``set_groups``; heading rows span every column (the view sets that up)."""

    def __init__(self) -> None:
        super().__init__()
        self.setHorizontalHeaderLabels(headers())
        self.setHeaderData(EVIDENCE, Qt.Orientation.Horizontal, Qt.AlignmentFlag.AlignCenter,
                           Qt.ItemDataRole.TextAlignmentRole)

    def set_groups(self, groups: Sequence[Group]) -> None:
        """Replace every row."""
        self.removeRows(0, self.rowCount())
        for group in groups:
            heading = QStandardItem(group.recommendation.text)
            heading.setEditable(False)
            heading.setData(group.recommendation.id, RECOMMENDATION_ROLE)
            heading.setData(0, ACTION_ROLE)
            heading.setData(_caption(group), CAPTION_ROLE)
            heading.setToolTip(f"{_caption(group)}\n\n{group.recommendation.text}")
            for row in group.actions:
                heading.appendRow(_activity_items(row))
            self.appendRow(heading)

    def action_at(self, index: QModelIndex | QPersistentModelIndex) -> ActionRow | None:
        """The activity on ``index``'s row (None for a heading)."""
        if not index.isValid() or not index.parent().isValid():
            return None
        row = index.data(ACTION_ROLE)
        return row if isinstance(row, ActionRow) else None


class BoardDelegate(QStyledItemDelegate):
    """Headings in two lines, a red bar left of overdue activities, progress as a small bar."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        if index.column() != ACTIVITY:  # only the activity wraps; the other cells end in '…'
            option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText
        row = index.data(ACTION_ROLE)
        if index.column() == STATUS and isinstance(row, ActionRow) and row.overdue:
            bold = QFont(option.font)
            bold.setBold(True)
            option.font = bold

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        line = option.fontMetrics.height()
        if not index.parent().isValid():  # a heading
            return QSize(size.width(), 2 * line + 16)
        if index.column() == ACTIVITY:  # wrapped to the column's width
            width = self._view.header().sectionSize(ACTIVITY) - self._view.indentation() - 12
            flags = int(Qt.TextFlag.TextWordWrap)
            text = option.fontMetrics.boundingRect(QRect(0, 0, max(width, 40), 10_000), flags, str(index.data()))
            return QSize(size.width(), max(text.height(), line) + 12)
        return QSize(size.width(), max(size.height(), line + 12))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        rect: QRect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if not index.parent().isValid():
            self._heading(painter, option, rect, str(index.data(CAPTION_ROLE)), str(index.data()), selected)
            return
        row = index.data(ACTION_ROLE)
        if index.column() == PROGRESS and isinstance(row, ActionRow):
            self._progress(painter, option, index, rect, row)
        else:
            super().paint(painter, option, index)
        if index.column() == ACTIVITY and isinstance(row, ActionRow) and row.overdue:
            painter.fillRect(QRect(rect.left(), rect.top() + 1, 4, rect.height() - 2), QColor(RED))

    def _heading(self, painter: QPainter, option: QStyleOptionViewItem, rect: QRect, caption: str, text: str,
                 selected: bool) -> None:
        palette = option.palette
        painter.save()
        painter.fillRect(rect, palette.highlight() if selected else QColor(HEADING_FILL))
        ink = palette.highlightedText().color() if selected else QColor(INK)
        inner = rect.adjusted(10, 6, -10, -6)
        half = inner.height() // 2
        small = QFont(option.font)
        small.setPointSizeF(small.pointSizeF() * 0.9)
        painter.setFont(small)
        painter.setPen(ink if selected else QColor(MUTED))
        painter.drawText(inner.adjusted(0, 0, 0, -half), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         painter.fontMetrics().elidedText(caption, Qt.TextElideMode.ElideRight, inner.width()))
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(ink)
        painter.drawText(inner.adjusted(0, half, 0, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, inner.width()))
        painter.restore()

    def _progress(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex,
                  rect: QRect, row: ActionRow) -> None:
        plain = QStyleOptionViewItem(option)
        self.initStyleOption(plain, index)
        plain.text = ""
        style = plain.widget.style() if plain.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, plain.widget)
        painter.save()
        label_width = option.fontMetrics.horizontalAdvance("100 %") + 8
        track = QRect(rect.left() + 6, rect.center().y() - 4, max(rect.width() - label_width - 12, 10), 8)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(TRACK))
        painter.drawRoundedRect(track, 3, 3)
        colour = RED if row.overdue else GREEN if row.progress >= 100 else BAR
        painter.setBrush(QColor(colour))
        if row.progress:
            painter.drawRoundedRect(QRect(track.left(), track.top(), max(track.width() * row.progress // 100, 4),
                                          track.height()), 3, 3)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        pen = option.palette.highlightedText().color() if selected else QColor(RED if row.overdue else INK)
        painter.setPen(pen)
        painter.drawText(QRect(track.right() + 4, rect.top(), label_width, rect.height()),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{row.progress} %")
        painter.restore()
