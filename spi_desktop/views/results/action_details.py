"""The card under the action board: the selected activity in full, its evidence files and what to do with it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout

from spi_desktop.domain.action_plan import ActionRow
from spi_desktop.views.dates import shown_date
from spi_desktop.views.text import fill


class ActionDetails(QFrame):
    """Shows one activity (or a hint when none is selected); the board connects the buttons."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("card")
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: 600;")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setObjectName("sourceNotes")
        self.text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit_button = QPushButton(self.tr("&Ubah…"))
        self.delete_button = QPushButton(self.tr("Hapu&s…"))
        self.evidence_label = QLabel(self.tr("Bukti"))
        self.evidence_list = QListWidget()
        self.evidence_list.setAccessibleName(self.tr("Bukti"))
        self.evidence_list.setMinimumHeight(52)
        self.evidence_list.setMaximumHeight(72)
        self.evidence_list.setWordWrap(True)
        self.evidence_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.add_evidence_button = QPushButton(self.tr("T&ambah bukti…"))
        self.open_evidence_button = QPushButton(self.tr("Buka bukt&i"))
        left = QVBoxLayout()
        left.addWidget(self.title)
        left.addWidget(self.text, 1)
        left.addLayout(_row(self.edit_button, self.delete_button))
        right = QVBoxLayout()
        right.addWidget(self.evidence_label)
        right.addWidget(self.evidence_list, 1)
        right.addLayout(_row(self.add_evidence_button, self.open_evidence_button))
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addSpacing(12)
        layout.addLayout(right, 2)

    def show_action(self, action: ActionRow | None, scope: str, files: list[tuple[str, Path]] | None,
                    hint: str) -> None:
        """Fill the card for ``action`` (``scope``: for whom its recommendation is) or show ``hint``; ``files``
        None while the evidence list is still being read (``show_files`` fills it)."""
        self.evidence_list.clear()
        for button in (self.edit_button, self.delete_button, self.add_evidence_button):
            button.setEnabled(action is not None)
        self.open_evidence_button.setEnabled(False)
        if action is None:
            self.title.setText(hint)
            self.text.setText("")
            self.evidence_label.setText(self.tr("Bukti"))
            return
        self.title.setText(action.activity)
        lines = [fill(self.tr("Rekomendasi (%1): %2"), scope, action.recommendation)]
        if action.overdue:
            lines.append(fill(self.tr("Terlambat: batas waktu %1 sudah lewat dan kegiatan belum selesai."),
                              shown_date(action.due_date)))
        notes = action.notes if len(action.notes) <= 240 else action.notes[:239].rstrip() + "…"
        lines.append(fill(self.tr("Catatan: %1"), notes or "–"))
        self.text.setToolTip(action.notes)
        self.text.setText("\n".join(lines))
        if files is None:
            self.evidence_label.setText(fill(self.tr("Bukti (%1 berkas)"), action.evidence))
            self.evidence_list.addItem(self._note(self.tr("Memuat…")))
        else:
            self.show_files(files)

    def show_files(self, files: list[tuple[str, Path]]) -> None:
        """List the shown activity's evidence files."""
        self.evidence_list.clear()
        self.open_evidence_button.setEnabled(bool(files))
        self.evidence_label.setText(fill(self.tr("Bukti (%1 berkas)"), len(files)))
        for name, path in files:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.evidence_list.addItem(item)
        if files:
            self.evidence_list.setCurrentRow(0)
        else:
            self.evidence_list.addItem(self._note(self.tr("Belum ada bukti.")))

    @staticmethod
    def _note(text: str) -> QListWidgetItem:
        """A line of the evidence list that is no file and cannot be chosen."""
        note = QListWidgetItem(text)
        note.setData(Qt.ItemDataRole.UserRole, "")
        note.setFlags(Qt.ItemFlag.NoItemFlags)
        return note

    def chosen_file(self) -> Path | None:
        """The evidence file selected in the list (the first when none is)."""
        if not self.evidence_list.count():
            return None
        item = self.evidence_list.item(max(self.evidence_list.currentRow(), 0))
        stored = item.data(Qt.ItemDataRole.UserRole)
        return Path(stored) if stored else None


def _row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row
