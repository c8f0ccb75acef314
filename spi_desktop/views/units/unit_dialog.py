"""Add or edit one OPD; the record is checked before the dialog closes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from spi_desktop.domain.errors import InputError
from spi_desktop.domain.unit_record import UnitRecord, record_from_texts
from spi_desktop.services.concurrency import ConflictError
from spi_desktop.views.conflicts import offer_reload
from spi_desktop.views.text import fill

SaveUnit = Callable[[UnitRecord, bool], None]


class UnitDialog(QDialog):
    """Form for an OPD. ``save(record, active)`` stores it or raises ``InputError``, shown in the dialog."""

    def __init__(self, save: SaveUnit, year: int, record: UnitRecord | None = None,
                 active: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(self.tr("Tambah OPD") if record is None else self.tr("Ubah OPD"))
        self.setMinimumWidth(560)
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for key, label, hint in (
            ("code", self.tr("Kode *"), self.tr("mis. DINKES atau 1.02.0.00")),
            ("name", self.tr("Nama OPD *"), self.tr("mis. Dinas Kesehatan")),
            ("short_name", self.tr("Singkatan"), self.tr("mis. Dinkes")),
            ("aliases", self.tr("Nama lain"), self.tr("pisahkan dengan titik koma (;)")),
            ("head_name", self.tr("Nama kepala"), ""),
            ("head_nip", self.tr("NIP kepala"), self.tr("18 angka")),
            ("head_position", self.tr("Jabatan kepala"), ""),
            ("pic_name", self.tr("Nama PIC"), ""),
            ("pic_phone", self.tr("No. HP/WA PIC"), self.tr("mis. 0812 3456 7890")),
            ("pic_email", self.tr("Email PIC"), self.tr("nama@domain.go.id")),
        ):
            edit = QLineEdit()
            edit.setPlaceholderText(hint)
            edit.setObjectName(key)
            self.fields[key] = edit
            form.addRow(label, edit)
        self.active = QCheckBox(fill(self.tr("Ikut SPI tahun %1"), year))
        self.active.setChecked(active)
        form.addRow("", self.active)
        self.conflicted = False  # closed to reload after someone else saved this OPD first
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b71c1c; font-weight: 600;")
        self.error.hide()
        self.save_button = QPushButton(self.tr("Simpan"))
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Batal"))
        self.save_button.clicked.connect(self.try_save)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        if record is not None:
            self._fill(record)

    def _fill(self, record: UnitRecord) -> None:
        for key, edit in self.fields.items():
            value = getattr(record, key)
            edit.setText("; ".join(value) if key == "aliases" else value or "")

    def record(self) -> UnitRecord:
        """The record as typed (not yet cleaned)."""
        return record_from_texts({key: edit.text() for key, edit in self.fields.items()})

    def _reload(self) -> None:
        """Close without saving; the page, seeing ``conflicted``, shows the latest values."""
        self.conflicted = True
        self.reject()

    def try_save(self) -> None:
        """Store the record; on a problem, show it and keep the dialog open."""
        try:
            self._save(self.record(), self.active.isChecked())
        except ConflictError as error:
            self.error.setText(str(error))
            self.error.show()
            offer_reload(self, error, self._reload)
            return
        except InputError as error:
            self.error.setText(str(error))
            self.error.show()
            return
        self.accept()
