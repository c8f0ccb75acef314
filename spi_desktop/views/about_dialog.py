"""Bantuan › Tentang SPI Desktop: the version and build date, the Python and Qt it runs on, and the licences of
everything bundled with it (read by services/about off the GUI thread, before the dialog opens)."""

from __future__ import annotations

import platform

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from spi_desktop.services.about import AboutInfo, Component, Licence
from spi_desktop.views.dates import shown_date
from spi_desktop.views.screen_fit import FittedDialog
from spi_desktop.views.style import form_layout
from spi_desktop.views.tables import Column, RowTableModel, row_table
from spi_desktop.views.text import fill

APP_NAME = "SPI Desktop"


class AboutDialog(FittedDialog):
    """What this copy of SPI Desktop is and what it ships with; "Salin" copies the version lines (for a
    support request)."""

    def __init__(self, info: AboutInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.info = info
        self.setWindowTitle(self.tr("Tentang SPI Desktop"))
        self.resize_within_screen(880, 620)
        title = QLabel(f"{APP_NAME} {info.version}")
        title.setObjectName("aboutTitle")
        title.setStyleSheet("font-size: 18pt; font-weight: bold;")
        summary = QLabel(self.tr("Aplikasi desktop Inspektorat untuk Survei Penilaian Integritas (SPI) KPK: "
                                 "daftar OPD, populasi responden, pemantauan, hasil, rencana aksi dan kartu skor."))
        summary.setWordWrap(True)
        self.facts = self._facts()
        facts = form_layout()
        for label, value in self.facts:
            text = QLabel(value)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            facts.addRow(label, text)
        qt_notice = QLabel(self.tr(
            "Qt dan PySide6 dipakai di bawah GNU LGPL versi 3. Kode sumbernya tersedia di "
            "<a href=\"https://download.qt.io\">download.qt.io</a> (Qt) dan "
            "<a href=\"https://code.qt.io/cgit/pyside/pyside-setup.git\">code.qt.io/cgit/pyside/pyside-setup.git</a> "
            "(PySide6). Font DejaVu Sans berlisensi Bitstream Vera (perubahan DejaVu: domain publik); teks "
            "lisensinya disertakan di folder fonts aplikasi."))
        qt_notice.setWordWrap(True)
        qt_notice.setOpenExternalLinks(True)
        self.licences = info.licences
        kinds = self._kind_labels()
        self.model = RowTableModel([
            Column(self.tr("Komponen"), lambda row: kinds[row.component]),
            Column(self.tr("Nama"), lambda row: row.name),
            Column(self.tr("Versi"), lambda row: row.version),
            Column(self.tr("Lisensi"), lambda row: row.licence or self.tr("tidak tercantum"),
                   tooltip=lambda row: row.licence),
            Column(self.tr("Sumber"), lambda row: row.source, tooltip=lambda row: row.source),
        ])
        self.model.set_rows(self.licences)
        self.table = row_table(self.model, name=self.tr("Komponen dan lisensi"))
        self.table.setWordWrap(False)  # one line a component; a long address is elided, its tooltip whole
        header = self.table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnWidth(3, 250)  # numpy states five licences in one expression: elided, whole in its tooltip
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Tutup"))
        close.setDefault(True)  # Enter closes; copying is the deliberate click
        self.copy_button = buttons.addButton(self.tr("&Salin"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.setToolTip(self.tr("Salin versi aplikasi, Python, Qt dan sistem operasi ke papan klip "
                                            "(untuk laporan masalah)"))
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(self.copy_version)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(summary)
        layout.addLayout(facts)
        layout.addWidget(qt_notice)
        layout.addWidget(QLabel(fill(self.tr("Komponen yang disertakan (%1) dan lisensinya:"), len(self.licences))))
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def _facts(self) -> list[tuple[str, str]]:
        built = self.info.built
        return [
            (self.tr("Versi"), self.info.version),
            (self.tr("Tanggal build"), shown_date(built) if built else self.tr("tidak diketahui")),
            ("Python", platform.python_version()),
            ("Qt", qVersion()),
            ("PySide6", PySide6.__version__),
            (self.tr("Sistem operasi"), platform.platform(terse=True)),
        ]

    def _kind_labels(self) -> dict[Component, str]:
        return {
            Component.RUNTIME: self.tr("Runtime"),
            Component.TOOLKIT: self.tr("Antarmuka"),
            Component.FONT: self.tr("Font"),
            Component.LIBRARY: self.tr("Pustaka"),
        }

    def version_text(self) -> str:
        """The version lines "Salin" copies: the app and the facts below its name, one per line."""
        return "\n".join([f"{APP_NAME} {self.info.version}"]
                         + [f"{label}: {value}" for label, value in self.facts])

    def copy_version(self) -> None:
        """Put the version lines on the clipboard."""
        QGuiApplication.clipboard().setText(self.version_text())

    def licence_rows(self) -> list[Licence]:
        """The rows the table shows, in order."""
        return self.model.rows()
