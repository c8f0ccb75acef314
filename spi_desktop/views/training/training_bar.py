"""The bright banner over every screen of a training (demo) workspace, with the trainer's tools on it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from spi_desktop.services.training_data import write_practice_files
from spi_desktop.views.context import AppContext
from spi_desktop.views.prompts import prompts
from spi_desktop.views.text import fill
from spi_desktop.views.workers import BackgroundJob, run_in_background

# Every rule names its widget by objectName: a descendant selector ("#trainingBanner QLabel") also reached the
# message boxes and the respondent view opened from the banner (its children), painting them bold and orange.
BANNER_STYLE = ("QFrame#trainingBanner { background: #ff8f00; } "
                "QLabel#trainingBannerText { color: #1a1a1a; font-weight: bold; } "
                "QPushButton#trainingBannerButton { background: #fff3e0; border: 1px solid #e65100; "
                "border-radius: 4px; padding: 4px 10px; color: #1a1a1a; }")


class TrainingBanner(QFrame):
    """'MODE PELATIHAN' with Presentasi, Tampilan responden, Handout, Berkas latihan and Reset."""

    resetRequested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.last_job: BackgroundJob | None = None
        self.presentation: QWidget | None = None
        self.walkthrough: QWidget | None = None
        self.setObjectName("trainingBanner")
        self.setStyleSheet(BANNER_STYLE)
        self.label = QLabel(self.tr("MODE PELATIHAN — data fiktif, berkas sendiri. Semua PDF dan ekspor bertanda "
                                    "DEMO dan ditolak oleh ruang kerja nyata."))
        self.label.setObjectName("trainingBannerText")
        self.label.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.label, 1)
        for text, slot in ((self.tr("&Presentasi"), self.open_presentation),
                           (self.tr("&Tampilan responden"), self.open_walkthrough),
                           (self.tr("&Handout PDF…"), self.choose_handout),
                           (self.tr("Berkas &latihan…"), self.choose_practice_folder),
                           (self.tr("&Reset data pelatihan…"), self.ask_reset)):
            button = QPushButton(text)
            button.setObjectName("trainingBannerButton")
            button.clicked.connect(slot)
            layout.addWidget(button)

    def open_presentation(self) -> QWidget:
        """The explainer slides, full screen (Esc closes)."""
        from spi_desktop.views.training.presentation import PresentationWindow

        window = PresentationWindow(self.context)
        window.start()
        self.presentation = window
        return window

    def open_walkthrough(self) -> QWidget:
        """What a respondent sees, in a phone-sized window; nothing is stored."""
        from spi_desktop.views.training.walkthrough import RespondentWalkthrough

        dialog = RespondentWalkthrough(self.context, parent=self)
        dialog.open()
        self.walkthrough = dialog
        return dialog

    def choose_handout(self) -> BackgroundJob | None:
        """Ask where to save the one-page handout, then write it."""
        from spi_desktop.services.training_slides import write_handout

        name = fill(self.tr("handout-SPI-%1.pdf"), self.context.year)
        path = prompts.save_file(self, self.tr("Simpan handout"), name, self.tr("PDF (*.pdf)"))
        if not path:
            return None
        database, year, target = self.context.database, self.context.year, Path(path)
        job = run_in_background(lambda _ctx: write_handout(database, year, target), owner=self,
                                error_title=self.tr("Handout"))
        job.succeeded.connect(lambda _pages: QDesktopServices.openUrl(QUrl.fromLocalFile(str(target))))
        self.last_job = job
        return job

    def choose_practice_folder(self) -> BackgroundJob | None:
        """Write the practice files (lists with deliberate errors) into a folder the trainer picks."""
        folder = prompts.choose_folder(self, self.tr("Folder untuk berkas latihan"))
        if not folder:
            return None
        target = Path(folder)
        job = run_in_background(lambda _ctx: write_practice_files(target), owner=self,
                                error_title=self.tr("Berkas latihan"))
        job.succeeded.connect(lambda files: prompts.info(self, self.tr("Berkas latihan"), fill(self.tr(
            "%1 berkas ditulis di %2: %3. Impor lewat Populasi › Impor daftar; pesertanya menemukan nomor HP "
            "salah, data ganda, baris judul dan huruf lama (cp1252)."), len(files), folder,
            ", ".join(path.name for path in files))))
        self.last_job = job
        return job

    def ask_reset(self) -> bool:
        """Ask, then let the main window rebuild the training workspace from scratch."""
        if not prompts.confirm(self, self.tr("Reset data pelatihan"), self.tr(
                "Kembalikan ruang kerja pelatihan ke keadaan awal? Semua yang diubah peserta di berkas pelatihan "
                "ini hilang. Ruang kerja nyata tidak disentuh.")):
            return False
        self.resetRequested.emit()
        return True
