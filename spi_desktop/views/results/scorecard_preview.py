"""A scorecard shown as it will print (QtPdf), with Save and Print: what is seen is exactly what is saved."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QRect, QSize, Signal
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from spi_desktop.views.prompts import prompts
from spi_desktop.views.screen_fit import FittedDialog
from spi_desktop.views.text import fill

PRINT_DPI = 300  # enough for text on paper; a page image stays about 35 MB


class ScorecardPreview(FittedDialog):
    """The PDF at ``path`` page by page, fitted to the window's width. ``delivered`` tells (for the audit
    trail) that the card left the preview: ("simpan", the file) or ("cetak", the printer's name)."""

    delivered = Signal(str, str)

    def __init__(self, path: Path, title: str, suggested_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.suggested_name = suggested_name
        self.setWindowTitle(title)
        self.document = QPdfDocument(self)
        self.document.load(str(path))
        self.view = QPdfView(self)
        self.view.setAccessibleName(self.tr("Halaman kartu skor"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pages = QLabel(self.tr("%Ln halaman A4", "", self.document.pageCount()))
        save = QPushButton(self.tr("&Simpan PDF…"))
        save.clicked.connect(self.choose_save)
        print_button = QPushButton(self.tr("&Cetak…"))
        print_button.clicked.connect(self.choose_print)
        close = QPushButton(self.tr("&Tutup"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pages)
        buttons.addStretch(1)
        for button in (save, print_button, close):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.resize_within_screen(760, 900)

    def choose_save(self) -> Path | None:
        """Ask where to save, then copy the previewed file there."""
        target = prompts.save_file(self, self.tr("Simpan kartu skor"), self.suggested_name, self.tr("PDF (*.pdf)"))
        if not target:
            return None
        try:
            shutil.copyfile(self.path, target)
        except OSError as error:
            prompts.error(self, self.tr("Kartu skor tidak disimpan"),
                          fill(self.tr("%1 tidak dapat ditulis: %2"), target, error.strerror or str(error)))
            return None
        self.delivered.emit("simpan", str(target))
        prompts.info(self, self.tr("Kartu skor disimpan"), fill(self.tr("Tersimpan di %1"), target))
        return Path(target)

    def choose_print(self) -> bool:
        """Ask for the printer, then print every page; False when the user cancels."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        if not prompts.print_setup(self, printer):
            return False
        printed = self.print_to(printer)
        if printed:
            self.delivered.emit("cetak", printer.printerName() or printer.outputFileName())
        return printed

    def print_to(self, printer: QPrinter) -> bool:
        """Draw every page onto ``printer``, each scaled to the printable area without distortion."""
        painter = QPainter()
        if not painter.begin(printer):
            prompts.error(self, self.tr("Tidak dapat mencetak"), self.tr("Printer tidak dapat dibuka."))
            return False
        area = painter.viewport()
        for page in range(self.document.pageCount()):
            if page:
                printer.newPage()
            size = self.document.pagePointSize(page)
            dpi = min(printer.resolution(), PRINT_DPI)
            image = self.document.render(page, QSize(round(size.width() * dpi / 72), round(size.height() * dpi / 72)))
            scale = min(area.width() / image.width(), area.height() / image.height())
            width, height = round(image.width() * scale), round(image.height() * scale)
            target = QRect(area.x() + (area.width() - width) // 2, area.y(), width, height)
            painter.drawImage(target, image)
        painter.end()
        return True
