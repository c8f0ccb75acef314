"""Type one official result: Indonesian decimals, every field optional, 0–100 enforced before saving."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from spi_desktop.domain.errors import InputError
from spi_desktop.services.results import ResultEntry, result_exists, save_result, stored_result_version
from spi_desktop.services.results_read import ResultInfo
from spi_desktop.services.units import list_units
from spi_desktop.services.years import get_year
from spi_desktop.views.context import AppContext
from spi_desktop.views.fields import DecimalEdit, OptionalDateEdit
from spi_desktop.views.forms import FormDialog
from spi_desktop.views.prompts import prompts
from spi_desktop.views.reason_texts import reason_text
from spi_desktop.views.text import fill


def exact_text(value: float | None) -> str:
    """A stored figure in full (66,666 stays 66,666), written with a decimal comma; '' for none."""
    if value is None:
        return ""
    return repr(value).removesuffix(".0").replace(".", ",")


class ResultForm(FormDialog):
    """One result of the chosen year for the institution or an OPD; saving replaces a stored one.
    ``conflicted`` is set when it closed to reload after someone else saved this result first."""

    def __init__(self, context: AppContext, info: ResultInfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(fill(self.tr("Hasil resmi SPI %1"), context.year), parent)
        self.context = context
        self.unit = QComboBox()
        self.unit.addItem(self.tr("Instansi"), "")
        for unit in list_units(context.database, year=context.year):
            self.unit.addItem(f"{unit.code} — {unit.name}", unit.code)
        self.scores = {key: DecimalEdit() for key in ("index", "internal", "external", "expert", "correction")}
        self.elements = {element.code: DecimalEdit() for element in get_year(context.database, context.year).elements}
        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("mis. Laporan hasil SPI dari KPK"))
        self.source_date = OptionalDateEdit()
        self.editing = info is not None
        self._version = 0  # the stored result's version when the form was filled (services/concurrency.py)
        labels = {"index": self.tr("Indeks SPI"), "internal": self.tr("Sub-indeks internal"),
                  "external": self.tr("Sub-indeks eksternal"), "expert": self.tr("Sub-indeks eksper"),
                  "correction": self.tr("Faktor koreksi")}
        self.labels = {**labels, **{e.code: e.name for e in get_year(context.database, context.year).elements}}
        form = self.form
        form.addRow(self.tr("Instansi/OPD"), self.unit)
        for key, edit in self.scores.items():
            form.addRow(labels[key], edit)
        for element in get_year(context.database, context.year).elements:
            form.addRow(element.name, self.elements[element.code])
        form.addRow(self.tr("Sumber"), self.source)
        form.addRow(self.tr("Tanggal terbit"), self.source_date)
        self.body.insertWidget(0, QLabel(self.tr("Angka ditulis cara Indonesia (71,53); kosong = tidak diumumkan. "
                                                 "Semua nilai 0–100. Nilai resmi disimpan apa adanya.")))
        if info is not None:
            self._fill(info)

    def _fill(self, info: ResultInfo) -> None:
        self._version = stored_result_version(self.context.database, self.context.year, info.code)
        self.unit.setCurrentIndex(max(0, self.unit.findData(info.code)))
        self.unit.setEnabled(False)
        values = {"index": info.index.score, "internal": info.internal, "external": info.external,
                  "expert": info.expert, "correction": info.correction}
        for key, value in values.items():
            self.scores[key].setText(exact_text(value))
        for code, banded in info.elements.items():
            if code in self.elements:
                self.elements[code].setText(exact_text(banded.score))
        self.source.setText(info.source)
        self.source_date.set_value(info.source_date)

    def entry(self) -> ResultEntry:
        """The form as an entry; ``ValueError`` naming the field that is not a number."""
        scores: dict[str, float | None] = {}
        elements: dict[str, float] = {}
        for key, edit in (*self.scores.items(), *self.elements.items()):
            try:
                value = edit.value()
            except ValueError as error:
                raise ValueError(fill(self.tr("%1: %2"), self.labels.get(key, key),
                                      reason_text(str(error)))) from None
            if key in self.scores:
                scores[key] = value
            elif value is not None:
                elements[key] = value
        return ResultEntry(self.context.year, self.unit.currentData(), scores, elements, self.source.text().strip(),
                           self.source_date.value(), replace=self.editing)

    def save(self) -> bool:
        """Store the result (the form closes; the reason stays on screen when something is wrong). A stored
        result of the same unit and year is replaced only after the user says so."""
        try:
            return self._store()
        except ValueError as error:  # a figure that is not a number or out of range: already one sentence
            raise InputError(str(error)) from None

    def _store(self) -> bool:
        entry = replace(self.entry(), expected_version=self._version if self.editing else 0)
        if not entry.replace and result_exists(self.context.database, entry.year, entry.code):
            if not prompts.confirm(self, self.tr("Hasil sudah ada"), fill(self.tr(
                    "Hasil %1 tahun %2 sudah tersimpan. Ganti dengan yang diketik?"),
                    self.unit.currentText(), entry.year)):
                return False
            version = stored_result_version(self.context.database, entry.year, entry.code)
            entry = replace(entry, replace=True, expected_version=version)
        save_result(self.context.database, entry)
        return True
