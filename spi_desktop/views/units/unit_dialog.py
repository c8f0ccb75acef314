"""Add or edit one OPD; the record is checked before the dialog closes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from spi_desktop.domain.unit_record import UnitRecord, record_from_texts
from spi_desktop.views.forms import FormDialog
from spi_desktop.views.text import fill

SaveUnit = Callable[[UnitRecord, bool], None]


class UnitDialog(FormDialog):
    """Form for an OPD. ``save(record, active)`` stores it or raises ``InputError``, shown in the dialog;
    ``conflicted`` is set when it closed to reload after someone else saved this OPD first."""

    def __init__(self, save: SaveUnit, year: int, record: UnitRecord | None = None,
                 active: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Tambah OPD") if record is None else self.tr("Ubah OPD"), parent, width=560)
        self._save = save
        self.fields: dict[str, QLineEdit] = {}
        form = self.form
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
        if record is not None:
            self._fill(record)

    def _fill(self, record: UnitRecord) -> None:
        for key, edit in self.fields.items():
            value = getattr(record, key)
            edit.setText("; ".join(value) if key == "aliases" else value or "")

    def record(self) -> UnitRecord:
        """The record as typed (not yet cleaned)."""
        return record_from_texts({key: edit.text() for key, edit in self.fields.items()})

    def save(self) -> bool:
        """Store the record as typed, off the GUI thread."""
        save, record, active = self._save, self.record(), self.active.isChecked()
        self.store_in_background(lambda: save(record, active))
        return False
