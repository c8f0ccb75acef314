"""The traffic-light thresholds of the progress matrix (red below, green from), kept per workspace."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from spi_desktop.domain.progress import DEFAULT_THRESHOLDS, Thresholds
from spi_desktop.services.preferences import get_thresholds, set_thresholds
from spi_desktop.views.attempt import attempt_in_background
from spi_desktop.views.context import AppContext, Area
from spi_desktop.views.prompts import prompts
from spi_desktop.views.style import form_layout
from spi_desktop.views.text import fill
from spi_desktop.views.workers import BackgroundJob, run_in_background


def _percent_box() -> QSpinBox:
    box = QSpinBox()
    box.setRange(1, 200)
    box.setSuffix(" %")
    return box


class ThresholdsForm(QWidget):
    """Red below X % of the target, yellow up to Y %, green from Y %."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.red = _percent_box()
        self.green = _percent_box()
        self.last_job: BackgroundJob | None = None
        save = QPushButton(self.tr("&Simpan"))
        save.clicked.connect(self.save)
        default = QPushButton(self.tr("Kembalikan ba&waan (50 % / 100 %)"))
        default.clicked.connect(self.restore_default)
        self._fields = (self.red, self.green, save, default)
        note = QLabel(self.tr("Capaian = selesai ÷ target sampel. Lampu merah bila capaian di bawah batas merah, "
                              "kuning di bawah batas hijau, hijau mulai batas hijau. Berlaku untuk semua pengguna "
                              "ruang kerja ini (Beranda, grafik, daftar OPD tertinggal)."))
        note.setWordWrap(True)
        form = form_layout()
        form.addRow(self.tr("Merah bila capaian di bawah"), self.red)
        form.addRow(self.tr("Hijau bila capaian mulai"), self.green)
        form.addRow("", save)
        form.addRow("", default)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addStretch(1)
        self.load()

    def load(self) -> BackgroundJob:
        """Read the stored thresholds off the GUI thread and show them; the fields wait, disabled, meanwhile."""
        database = self.context.database
        self._set_enabled(False)
        self.last_job = run_in_background(lambda _ctx: get_thresholds(database), owner=self)
        self.last_job.succeeded.connect(self._show)
        return self.last_job

    def _set_enabled(self, enabled: bool) -> None:
        for widget in self._fields:
            widget.setEnabled(enabled)

    def _show(self, thresholds: Thresholds) -> None:
        self.red.setValue(round(thresholds.red_below * 100))
        self.green.setValue(round(thresholds.green_from * 100))
        self._set_enabled(True)

    def save(self) -> BackgroundJob:
        """Store the thresholds off the GUI thread; refused (with the reason) unless red < green."""
        red, green, database = self.red.value() / 100, self.green.value() / 100, self.context.database
        said = fill(self.tr("Disimpan: merah < %1 %, hijau ≥ %2 %."), self.red.value(), self.green.value())
        self.last_job = attempt_in_background(
            self, self.tr("Batas lampu"), lambda: set_thresholds(database, red, green),
            lambda _answer: prompts.info(self, self.tr("Batas lampu"), said), context=self.context,
            notify=Area.PROGRESS)
        return self.last_job

    def restore_default(self) -> None:
        """Back to red < 50 %, green ≥ 100 %."""
        self.red.setValue(round(DEFAULT_THRESHOLDS.red_below * 100))
        self.green.setValue(round(DEFAULT_THRESHOLDS.green_from * 100))
        self.save()
