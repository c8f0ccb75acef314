"""Type one official result: Indonesian decimals, every field optional, 0–100 enforced before saving."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from spi_desktop.domain.errors import InputError
from spi_desktop.domain.survey_year import Element
from spi_desktop.services.database import Database
from spi_desktop.services.results import ResultEntry, result_exists, save_result, stored_result_version
from spi_desktop.services.results_read import ResultInfo
from spi_desktop.services.units import UnitInfo, list_units
from spi_desktop.services.years import get_year
from spi_desktop.views.context import AppContext
from spi_desktop.views.fields import DecimalEdit, OptionalDateEdit
from spi_desktop.views.forms import FormDialog, tab_in_layout_order
from spi_desktop.views.numbers import exact_decimal
from spi_desktop.views.prompts import prompts
from spi_desktop.views.reason_texts import reason_text
from spi_desktop.views.text import fill
from spi_desktop.views.workers import run_in_background


class ResultForm(FormDialog):
    """One result of the chosen year for the institution or an OPD; saving replaces a stored one.
    ``conflicted`` is set when it closed to reload after someone else saved this result first."""

    def __init__(self, context: AppContext, info: ResultInfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(fill(self.tr("Hasil resmi SPI %1"), context.year), parent)
        self.context = context
        self.unit = QComboBox()
        self.unit.addItem(self.tr("Instansi"), "")
        self.scores = {key: DecimalEdit() for key in ("index", "internal", "external", "expert", "correction")}
        self.elements: dict[str, DecimalEdit] = {}  # the year's elements: a row each once they are read
        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("mis. Laporan hasil SPI dari KPK"))
        self.source_date = OptionalDateEdit()
        self.editing = info is not None
        self._version = 0  # the stored result's version when the form was filled (services/concurrency.py)
        labels = {"index": self.tr("Indeks SPI"), "internal": self.tr("Sub-indeks internal"),
                  "external": self.tr("Sub-indeks eksternal"), "expert": self.tr("Sub-indeks eksper"),
                  "correction": self.tr("Faktor koreksi")}
        self.labels: dict[str, str] = dict(labels)
        form = self.form
        form.addRow(self.tr("Instansi/OPD"), self.unit)
        for key, edit in self.scores.items():
            form.addRow(labels[key], edit)
        form.addRow(self.tr("Sumber"), self.source)
        form.addRow(self.tr("Tanggal terbit"), self.source_date)
        self.body.insertWidget(0, QLabel(self.tr("Angka ditulis cara Indonesia (71,53); kosong = tidak diumumkan. "
                                                 "Semua nilai 0–100. Nilai resmi disimpan apa adanya.")))
        # The OPD, the year's elements and the stored version are read off the GUI thread; nothing can be saved
        # until they are shown. A result being corrected keeps its own OPD, shown at once.
        self.save_button.setEnabled(False)
        if info is not None and info.code:
            self.unit.addItem(f"{info.code} — {info.name}", info.code)
            self.unit.setCurrentIndex(1)
        self.unit.setEnabled(info is None)
        if info is not None:
            self._fill(info)
        self.message.setText(self.tr("Memuat…"))
        self.message.show()
        database, year, code = context.database, context.year, info.code if info is not None else None
        self.last_job = run_in_background(lambda _ctx: _form_facts(database, year, code), owner=self)
        self.last_job.succeeded.connect(lambda facts: self._show_facts(info, *facts))

    def _show_facts(self, info: ResultInfo | None, units: list[UnitInfo], elements: list[Element],
                    version: int) -> None:
        if info is None:
            chosen = self.unit.currentData()
            for unit in units:
                self.unit.addItem(f"{unit.code} — {unit.name}", unit.code)
            self.unit.setCurrentIndex(max(0, self.unit.findData(chosen)))
        first_element_row = 1 + len(self.scores)
        for offset, element in enumerate(elements):
            self.elements[element.code] = DecimalEdit()
            self.labels[element.code] = element.name
            self.form.insertRow(first_element_row + offset, element.name, self.elements[element.code])
        self.message.hide()
        self.save_button.setEnabled(True)
        if info is not None:
            self._fill_elements(info, version)
        tab_in_layout_order(self)  # the element rows came after the dialog was made

    def _fill(self, info: ResultInfo) -> None:
        """The stored figures known without a read (the element rows come with it: ``_fill_elements``)."""
        values = {"index": info.index.score, "internal": info.internal, "external": info.external,
                  "expert": info.expert, "correction": info.correction}
        for key, value in values.items():
            self.scores[key].setText(exact_decimal(value))
        self.source.setText(info.source)
        self.source_date.set_value(info.source_date)

    def _fill_elements(self, info: ResultInfo, version: int) -> None:
        self._version = version
        for code, banded in info.elements.items():
            if code in self.elements:
                self.elements[code].setText(exact_decimal(banded.score))

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
        """Store the result off the GUI thread (the form closes; the reason stays on screen when something is
        wrong). A stored result of the same unit and year is replaced only after the user says so."""
        try:
            return self._store()
        except ValueError as error:  # a figure that is not a number or out of range: already one sentence
            raise InputError(str(error)) from None

    def _store(self) -> bool:
        entry = replace(self.entry(), expected_version=self._version if self.editing else 0)
        database, unit = self.context.database, self.unit.currentText()

        def answered(stored: bool) -> bool:
            if stored:
                return True
            if prompts.confirm(self, self.tr("Hasil sudah ada"), fill(self.tr(
                    "Hasil %1 tahun %2 sudah tersimpan. Ganti dengan yang diketik?"), unit, entry.year)):
                self.store_in_background(lambda: _replace_entry(database, entry))
            return False

        self.store_in_background(lambda: _store_entry(database, entry), answered)
        return False


def _store_entry(database: Database, entry: ResultEntry) -> bool:
    """Store ``entry`` (worker side); False, storing nothing, when the OPD already has a result for the year and
    the entry does not say to replace it (the user is asked first)."""
    if not entry.replace and result_exists(database, entry.year, entry.code):
        return False
    save_result(database, entry)
    return True


def _replace_entry(database: Database, entry: ResultEntry) -> None:
    """Store ``entry`` over the result stored now (worker side), after the user said to replace it."""
    version = stored_result_version(database, entry.year, entry.code)
    save_result(database, replace(entry, replace=True, expected_version=version))


def _form_facts(database: Database, year: int, code: str | None) -> tuple[list[UnitInfo], list[Element], int]:
    """What the form shows besides the result (worker side): the OPD, the year's elements, the stored version."""
    version = stored_result_version(database, year, code) if code is not None else 0
    return list_units(database, year=year), list(get_year(database, year).elements), version
