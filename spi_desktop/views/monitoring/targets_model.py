"""The editable target grid's model: typed changes stay pending (and highlighted) until saved."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from spi_desktop.services.progress_targets import TargetEdit, TargetRow
from spi_desktop.views.labels import short_group_labels
from spi_desktop.views.numbers import format_int, parse_count

Index = QModelIndex | QPersistentModelIndex
EDITABLE = {5: "sample_target", 6: "population_sent", 7: "invitations_sent"}
PENDING = QColor("#fff4c2")


class TargetGridModel(QAbstractTableModel):
    """Rows of ``target_rows``; the last three number columns are editable."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[TargetRow] = []
        self._pending: dict[tuple[str, str], dict[str, int | None]] = {}
        self._headers = [self.tr("Kode"), self.tr("OPD"), self.tr("Kelompok"),
                         self.tr("Populasi\nmemenuhi syarat"),
                         self.tr("Target\nmenurut aturan"), self.tr("Target\nsampel"), self.tr("Populasi\ndikirim"),
                         self.tr("Undangan\ndikirim"), self.tr("Sumber")]
        self._groups = short_group_labels()

    def set_rows(self, rows: list[TargetRow]) -> None:
        """Show ``rows`` and drop pending edits."""
        self.beginResetModel()
        self._rows = list(rows)
        self._pending.clear()
        self.endResetModel()

    def row_at(self, row: int) -> TargetRow:
        """The target row at view row ``row``."""
        return self._rows[row]

    def drop_changes(self) -> None:
        """Forget every pending edit."""
        self.set_rows(self._rows)

    def has_changes(self) -> bool:
        """Whether anything typed is not saved yet."""
        return bool(self._pending)

    def reset_to_rule(self, rows: list[int]) -> None:
        """Mark the stored targets of ``rows`` for removal (the rule's target applies again once saved)."""
        for row in rows:
            line = self._rows[row]
            self._pending[(line.code, line.group)] = {"sample_target": None, "population_sent": None,
                                                      "invitations_sent": None}
            self.dataChanged.emit(self.index(row, 5), self.index(row, 8))

    def edits(self) -> list[TargetEdit]:
        """The pending changes as edits for ``save_targets``."""
        found = []
        for line in self._rows:
            changes = self._pending.get((line.code, line.group))
            if changes is None:
                continue
            values = {key: self._value(line, key) for key in EDITABLE.values()}
            found.append(TargetEdit(line.code, line.group, values["sample_target"], values["population_sent"],
                                    values["invitations_sent"], expected_version=line.version))
        return found

    def _value(self, line: TargetRow, key: str) -> int | None:
        changes = self._pending.get((line.code, line.group), {})
        if key in changes:
            return changes[key]
        value: int | None = getattr(line, key)
        return value

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.column() in EDITABLE else base

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid():
            return None
        line, column = self._rows[index.row()], index.column()
        pending = (line.code, line.group) in self._pending
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(line, column, role == Qt.ItemDataRole.EditRole)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 3 and column != 8:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and pending and column in EDITABLE:
            return QBrush(PENDING)
        if role == Qt.ItemDataRole.FontRole and column == 5 and (line.stored or pending):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column in EDITABLE:
            return self.tr("Ketik angka; kosongkan Target sampel untuk kembali ke target menurut aturan.")
        return None

    def _text(self, line: TargetRow, column: int, editing: bool) -> str:
        if column in EDITABLE:
            value = self._value(line, EDITABLE[column])
            if value is None and column == 5 and not editing:
                return format_int(line.derived) if line.derived is not None else "–"
            return "" if value is None else (str(value) if editing else format_int(value))
        if column == 0:
            return line.code or self.tr("INSTANSI")
        if column == 1:
            return line.name if line.code else self.tr("Instansi (eksper)")
        if column == 2:
            return self._groups.get(line.group, line.group)
        if column == 3:
            return format_int(line.eligible)
        if column == 4:
            return "–" if line.derived is None else format_int(line.derived)
        if (line.code, line.group) in self._pending:
            return self.tr("diubah, belum disimpan")
        return self.tr("ditetapkan") if line.stored else self.tr("aturan tahun ini")

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() not in EDITABLE:
            return False
        try:
            number = parse_count(str(value))
        except ValueError:
            return False  # the delegate keeps the old value; the cell never holds a non-number
        line = self._rows[index.row()]
        changes = self._pending.setdefault((line.code, line.group), {})
        changes[EDITABLE[index.column()]] = number
        if EDITABLE[index.column()] == "sample_target" and number is None:
            changes.update({"population_sent": None, "invitations_sent": None})
        self.dataChanged.emit(self.index(index.row(), 5), self.index(index.row(), 8))
        return True
