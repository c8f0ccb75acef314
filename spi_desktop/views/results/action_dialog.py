"""Add or edit one activity of the action plan, and add a recommendation; both are checked before they close."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QFontMetrics, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from spi_desktop.domain.action_plan import STATUSES, ActionRow, ActionStatus
from spi_desktop.domain.errors import InputError
from spi_desktop.services.action_plans import ActionEdit
from spi_desktop.views.forms import FormDialog

SaveAction = Callable[[ActionEdit], int]
SaveRecommendation = Callable[[str, str, str | None], int]  # (OPD code or '', text, element code) -> id


def status_labels() -> dict[str, str]:
    """Activity status (domain/action_plan.py ActionStatus) -> its name in the current language.

    The texts are ActionStatus.label, written out here so the translation tools find them."""
    return {
        ActionStatus.NOT_STARTED: QCoreApplication.translate("ActionPlans", "Belum dimulai"),
        ActionStatus.RUNNING: QCoreApplication.translate("ActionPlans", "Berjalan"),
        ActionStatus.DONE: QCoreApplication.translate("ActionPlans", "Selesai"),
    }


class ActionDialog(FormDialog):
    """Form for one activity. ``save(edit)`` stores it or raises ``InputError``, shown in the dialog.

    ``recommendations`` are (id, short label, full text) of the year's recommendations; ``conflicted`` is set
    when it closed to reload after someone else saved this activity first.
    """

    def __init__(self, save: SaveAction, recommendations: Sequence[tuple[int, str, str]],
                 action: ActionRow | None = None, recommendation_id: int | None = None,
                 owners: Sequence[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Kegiatan baru") if action is None else self.tr("Ubah kegiatan"), parent,
                         width=680)
        self._save = save
        self._action_id = action.id if action is not None else None
        self._version = action.version if action is not None else None
        self.saved_id: int | None = None
        self.recommendation = QComboBox()
        self.recommendation.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.recommendation.setMinimumContentsLength(40)
        self._labels = [label for _rid, label, _text in recommendations]  # cut to fit once shown (showEvent)
        for rid, label, text in recommendations:
            self.recommendation.addItem(label, rid)
            self.recommendation.setItemData(self.recommendation.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
        self.recommendation_text = QLabel()
        self.recommendation_text.setObjectName("sourceNotes")
        self.recommendation_text.setWordWrap(True)
        self.recommendation.currentIndexChanged.connect(self._show_recommendation)
        self.activity = QLineEdit()
        self.activity.setPlaceholderText(self.tr("mis. Menyusun Perbup benturan kepentingan"))
        self.owner = QLineEdit()
        self.owner.setPlaceholderText(self.tr("unit atau pejabat, mis. Bagian Hukum Setda"))
        if owners:
            completer = QCompleter(sorted(set(owners)), self.owner)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            self.owner.setCompleter(completer)
        self.has_due = QCheckBox(self.tr("Ada batas waktu"))
        self.due = QDateEdit()
        self.due.setAccessibleName(self.tr("Batas waktu"))
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("d MMMM yyyy")
        self.due.setDate(QDate.currentDate().addMonths(3))
        self.has_due.toggled.connect(self.due.setEnabled)
        self.has_due.setChecked(True)
        due_row = QHBoxLayout()
        due_row.addWidget(self.has_due)
        due_row.addWidget(self.due, 1)
        self.status = QComboBox()
        for key in STATUSES:
            self.status.addItem(status_labels()[key], key.value)
        self.status.currentIndexChanged.connect(self._status_changed)
        self.progress = QSpinBox()
        self.progress.setAccessibleName(self.tr("Kemajuan"))
        self.progress.setRange(0, 100)
        self.progress.setSingleStep(5)
        self.progress.setSuffix(" %")
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(QLabel(self.tr("Kemajuan")))
        status_row.addWidget(self.progress)
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("mis. nomor surat, hambatan, tindak lanjut berikutnya"))
        self.notes.setFixedHeight(84)
        form = self.form
        form.addRow(self.tr("Rekomendasi *"), self.recommendation)
        form.addRow("", self.recommendation_text)
        form.addRow(self.tr("Kegiatan *"), self.activity)
        form.addRow(self.tr("Penanggung jawab"), self.owner)
        form.addRow(self.tr("Batas waktu"), due_row)
        form.addRow(self.tr("Status"), status_row)
        form.addRow(self.tr("Catatan"), self.notes)
        chosen = action.recommendation_id if action is not None else recommendation_id
        if chosen is not None and (index := self.recommendation.findData(chosen)) >= 0:
            self.recommendation.setCurrentIndex(index)
        self._show_recommendation()
        if action is not None:
            self._fill(action)

    def showEvent(self, event: QShowEvent) -> None:
        """Long recommendation labels end in '…' at the combo's real width; the full text shows below it."""
        super().showEvent(event)
        metrics = QFontMetrics(self.recommendation.font())
        width = max(self.recommendation.width() - 40, 200)
        for index, label in enumerate(self._labels):
            self.recommendation.setItemText(index, metrics.elidedText(label, Qt.TextElideMode.ElideRight, width))

    def _fill(self, action: ActionRow) -> None:
        self.activity.setText(action.activity)
        self.owner.setText(action.owner)
        self.has_due.setChecked(action.due_date is not None)
        if action.due_date is not None:
            self.due.setDate(QDate(action.due_date.year, action.due_date.month, action.due_date.day))
        self.status.setCurrentIndex(max(self.status.findData(action.status), 0))
        self.progress.setValue(action.progress)
        self.notes.setPlainText(action.notes)

    def _show_recommendation(self) -> None:
        text = self.recommendation.currentData(Qt.ItemDataRole.ToolTipRole) if self.recommendation.count() else ""
        self.recommendation_text.setText(text)
        self.recommendation_text.setVisible(bool(text))

    def _status_changed(self) -> None:
        if self.status.currentData() == ActionStatus.DONE:
            self.progress.setValue(100)

    def edit(self) -> ActionEdit:
        """The activity as typed."""
        due: dt.date | None = None
        if self.has_due.isChecked():
            picked = self.due.date()
            due = dt.date(picked.year(), picked.month(), picked.day())
        chosen = self.recommendation.currentData() if self.recommendation.count() else 0
        return ActionEdit(recommendation_id=chosen, activity=self.activity.text(),
                          owner=self.owner.text(), due_date=due, status=self.status.currentData(),
                          progress=self.progress.value(), notes=self.notes.toPlainText(), id=self._action_id,
                          version=self._version)

    def save(self) -> bool:
        """Store the activity off the GUI thread (a recommendation must be chosen first)."""
        if not self.recommendation.count():
            raise InputError(self.tr("Pilih rekomendasi dulu (atau buat rekomendasi baru)."))
        edit, save = self.edit(), self._save
        self.store_in_background(lambda: save(edit), self._stored)
        return False

    def _stored(self, saved_id: int) -> None:
        self.saved_id = saved_id


class RecommendationDialog(FormDialog):
    """Form for a recommendation: for the institution or one OPD, optionally for one element.

    ``units`` and ``elements`` are (code, name) pairs; ``save(code, text, element)`` raises ``InputError``.
    """

    def __init__(self, save: SaveRecommendation, units: Sequence[tuple[str, str]],
                 elements: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Rekomendasi baru"), parent, width=600)
        self._save = save
        self.saved_id: int | None = None
        self.scope = QComboBox()
        self.scope.addItem(self.tr("Instansi (seluruh pemerintah daerah)"), "")
        for code, name in units:
            self.scope.addItem(name, code)
        self.element = QComboBox()
        self.element.addItem(self.tr("– tanpa elemen –"), "")
        for code, name in elements:
            self.element.addItem(name, code)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("Salin rekomendasi dari laporan hasil SPI KPK"))
        self.text.setFixedHeight(110)
        form = self.form
        form.addRow(self.tr("Untuk"), self.scope)
        form.addRow(self.tr("Elemen"), self.element)
        form.addRow(self.tr("Rekomendasi *"), self.text)

    def save(self) -> bool:
        """Store the recommendation off the GUI thread."""
        save, scope, text = self._save, self.scope.currentData(), self.text.toPlainText()
        element = self.element.currentData() or None
        self.store_in_background(lambda: save(scope, text, element), self._stored)
        return False

    def _stored(self, saved_id: int) -> None:
        self.saved_id = saved_id
