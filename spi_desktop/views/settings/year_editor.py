"""Edit a survey year's settings: dates, national figures, weights, bands, elements, respondent rules."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from spi_desktop.domain.bands import Band
from spi_desktop.domain.errors import InputError
from spi_desktop.domain.survey_year import GROUPS, Element, SurveyYear
from spi_desktop.services import years as year_service
from spi_desktop.services.concurrency import ConflictError
from spi_desktop.services.database import Database
from spi_desktop.views.conflicts import offer_reload
from spi_desktop.views.context import AppContext, Area
from spi_desktop.views.errors import user_message
from spi_desktop.views.fields import DecimalEdit, OptionalDateEdit
from spi_desktop.views.numbers import format_decimal, parse_decimal
from spi_desktop.views.reason_texts import reason_text
from spi_desktop.views.settings.eligibility_form import EligibilityForm
from spi_desktop.views.settings.new_year_dialog import NewYearDialog
from spi_desktop.views.style import button_row, form_layout, show_message
from spi_desktop.views.tables import fit_height_to_rows
from spi_desktop.views.text import fill
from spi_desktop.views.workers import BackgroundJob, LatestOnly, run_in_background

T = TypeVar("T")

LABEL, LOWER, COLOUR = range(3)


class YearEditor(QWidget):
    """Shows one survey year at a time; Save checks everything and stores it in one step."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._loaded: SurveyYear | None = None
        self._version: int | None = None  # of the settings shown (services/concurrency.py)
        self.year_box = QComboBox()
        self.year_box.currentIndexChanged.connect(lambda _i: self.load(self.year_box.currentData()))
        # a year added elsewhere (the first-start assistant, the CLI's window) joins the list
        context.dataChanged.connect(self._data_changed)
        add_year = QPushButton(self.tr("T&ambah tahun…"))
        add_year.clicked.connect(self.ask_new_year)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Tahun survei")))
        top.addWidget(self.year_box)
        top.addWidget(add_year)
        top.addStretch(1)  # Simpan joins the row below, once it exists
        self.national_index, self.national_target = DecimalEdit(), DecimalEdit()
        self.weights = {group: DecimalEdit(1) for group in ("internal", "external", "expert")}
        self.window_start, self.window_end = OptionalDateEdit(), OptionalDateEdit()
        self.population_deadline, self.results_published = OptionalDateEdit(), OptionalDateEdit()
        form = form_layout()
        form.addRow(self.tr("Indeks nasional"), self.national_index)
        form.addRow(self.tr("Target nasional"), self.national_target)
        form.addRow(self.tr("Bobot internal (%)"), self.weights["internal"])
        form.addRow(self.tr("Bobot eksternal (%)"), self.weights["external"])
        form.addRow(self.tr("Bobot eksper (%)"), self.weights["expert"])
        form.addRow(self.tr("Masa survei mulai"), self.window_start)
        form.addRow(self.tr("Masa survei selesai"), self.window_end)
        form.addRow(self.tr("Batas data populasi"), self.population_deadline)
        form.addRow(self.tr("Hasil diumumkan"), self.results_published)
        general = QGroupBox(self.tr("Umum"))
        general.setLayout(form)
        self.bands = QTableWidget(0, 3)
        self.bands.setAccessibleName(self.tr("Kategori nilai"))
        self.bands.setHorizontalHeaderLabels([self.tr("Kategori"), self.tr("Batas bawah"), self.tr("Warna")])
        self.bands.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.bands.itemChanged.connect(self._paint_colour)
        add_band, remove_band = QPushButton(self.tr("Tambah kat&egori")), QPushButton(self.tr("Hapus kategor&i"))
        add_band.clicked.connect(lambda: self._add_band_row(Band(self.tr("Baru"), 0, "#607D8B")))
        remove_band.clicked.connect(lambda: self.bands.removeRow(self.bands.currentRow()))
        band_buttons = button_row(add_band, remove_band)
        band_box = QGroupBox(self.tr("Kategori nilai: berlaku dari batas bawah sampai batas bawah berikutnya"))
        band_layout = QVBoxLayout(band_box)
        band_layout.addWidget(self.bands)
        band_layout.addLayout(band_buttons)
        # One column: the element's name (editable); its code, which the scores are stored under, stays in the
        # item's data, since a code such as pengelolaan_sdm means nothing to the user.
        self.elements = QTableWidget(0, 1)
        self.elements.setAccessibleName(self.tr("Bobot elemen"))
        self.elements.setHorizontalHeaderLabels([self.tr("Nama elemen")])
        self.elements.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        fit_height_to_rows(self.elements)
        element_box = QGroupBox(self.tr("Elemen"))
        QVBoxLayout(element_box).addWidget(self.elements)
        self.sources = QPlainTextEdit()
        self.sources.setAccessibleName(self.tr("Sumber nilai bawaan"))
        self.sources.setReadOnly(True)
        self.sources.setObjectName("sourceNotes")
        self.samples = QTableWidget(len(GROUPS), 2)
        self.samples.setAccessibleName(self.tr("Target sampel per OPD"))
        self.samples.setHorizontalHeaderLabels([self.tr("Minimum responden"), self.tr("Proporsi populasi (%)")])
        self.samples.setVerticalHeaderLabels([self.tr("Internal"), self.tr("Eksternal"), self.tr("Eksper")])
        self.samples.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Simpan tahun survei"))
        self.save_button.clicked.connect(self.save)
        top.addWidget(self.save_button)  # at its natural width, beside the year it saves; a row less of page
        # Left the dates and figures over the smaller tables; right the categories over all 7 elements, the
        # element list as tall as its rows (under the 9-row form only 2 of them showed at 1366×728).
        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(general)
        right = QVBoxLayout()
        right.addWidget(band_box, 1)
        right.addWidget(element_box)
        extra = QTabWidget()
        self.eligibility = EligibilityForm()
        rules = QScrollArea()
        rules.setAccessibleName(self.tr("Syarat responden"))
        rules.setWidgetResizable(True)
        rules.setWidget(self.eligibility)
        extra.addTab(self.samples, self.tr("Target sampel per OPD"))
        extra.addTab(rules, self.tr("Syarat responden"))
        extra.addTab(self.sources, self.tr("Sumber nilai bawaan"))
        left.addWidget(extra, 1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(columns, 1)
        layout.addWidget(self.message)
        self._sections: tuple[QWidget, ...] = (general, band_box, element_box, extra, self.save_button)
        self.last_job: BackgroundJob | None = None
        self._latest = LatestOnly()
        self.reload_years(context.year)

    def reload_years(self, select: int) -> BackgroundJob:
        """Fill the year list and show ``select`` (the first year when it is not stored), read in the background."""
        database = self.context.database
        return self._read(lambda: _years_and_settings(database, select), self._show_years)

    def _data_changed(self, area: Area) -> None:
        if area == Area.YEARS and self.context.told_by is not self:
            self.reload_years(self.year_box.currentData() or 0)

    def load(self, year: int | None) -> BackgroundJob | None:
        """Show the stored settings of ``year``, read in the background; the fields wait, disabled, meanwhile."""
        if year is None:
            return None
        database = self.context.database
        return self._read(lambda: (year_service.get_year(database, year), year_service.year_version(database, year)),
                          lambda answer: self._show(*answer))

    def _read(self, fetch: Callable[[], T], show: Callable[[T], object]) -> BackgroundJob:
        is_newest = self._latest.ask()  # a year chosen after this one wins
        for section in self._sections:
            section.setEnabled(False)
        self.last_job = run_in_background(lambda _ctx: fetch(), owner=self)
        self.last_job.succeeded.connect(lambda answer: show(answer) if is_newest() else None)
        self.last_job.finished.connect(lambda: self._enable() if is_newest() else None)
        return self.last_job

    def _enable(self) -> None:
        for section in self._sections:
            section.setEnabled(True)

    def _show_years(self, answer: tuple[list[int], SurveyYear | None, int]) -> None:
        years, data, version = answer
        self.year_box.blockSignals(True)
        self.year_box.clear()
        for year in years:
            self.year_box.addItem(str(year), year)
        if data is not None:
            self.year_box.setCurrentIndex(max(0, self.year_box.findData(data.year)))
        self.year_box.blockSignals(False)
        if data is not None:
            self._show(data, version)

    def _show(self, data: SurveyYear, version: int) -> None:
        self._version = version
        self._loaded = data
        self.national_index.set_value(data.national_index)
        self.national_target.set_value(data.national_target)
        for group, edit in self.weights.items():
            weight = data.weights.get(group)
            edit.set_value(None if weight is None else weight * 100)
        self.window_start.set_value(data.window_start)
        self.window_end.set_value(data.window_end)
        self.population_deadline.set_value(data.population_deadline)
        self.results_published.set_value(data.results_published)
        self.bands.setRowCount(0)
        for band in sorted(data.bands, key=lambda b: b.lower):
            self._add_band_row(band)
        self.elements.setRowCount(0)
        for element in data.elements:
            row = self.elements.rowCount()
            self.elements.insertRow(row)
            name = QTableWidgetItem(element.name)
            name.setData(Qt.ItemDataRole.UserRole, element.code)
            self.elements.setItem(row, 0, name)
        for row, group in enumerate(GROUPS):
            rule = data.sample_targets.get(group, {})
            minimum, fraction = rule.get("minimum"), rule.get("fraction")
            self.samples.setItem(row, 0, QTableWidgetItem("" if minimum is None else str(int(minimum))))
            percent = "" if fraction is None else format_decimal(fraction * 100, 1)
            self.samples.setItem(row, 1, QTableWidgetItem(percent))
        self.eligibility.set_rules(data.eligibility)
        names = self._source_names()
        notes = [f"• {names.get(key, key)}: {note}" for key, note in data.sources.items()]
        notes += sorted({f"• {self.tr('Kategori nilai')}: {b.source}" for b in data.bands if b.source})
        self.sources.setPlainText("\n".join(notes) or self.tr("(tidak ada catatan sumber)"))
        self.message.clear()

    def _source_names(self) -> dict[str, str]:
        return {
            "weights": self.tr("Bobot"), "national_index": self.tr("Indeks nasional"),
            "national_target": self.tr("Target nasional"), "window": self.tr("Masa survei"),
            "population_deadline": self.tr("Batas data populasi"), "results_published": self.tr("Hasil diumumkan"),
            "sample_targets": self.tr("Target sampel"), "type_averages": self.tr("Rata-rata per jenis instansi"),
            "eligibility": self.tr("Syarat responden"),
        }

    def _sample_targets(self) -> dict[str, dict[str, float]]:
        """The sample-target table as data; ``ValueError`` when a cell is not a number."""
        targets: dict[str, dict[str, float]] = {}
        for row, group in enumerate(GROUPS):
            minimum, fraction = self._cell(self.samples, row, 0), self._cell(self.samples, row, 1)
            rule: dict[str, float] = {}
            if minimum:
                rule["minimum"] = parse_decimal(minimum)
            if fraction:
                rule["fraction"] = parse_decimal(fraction) / 100
            if rule:
                targets[group] = rule
        return targets

    def _add_band_row(self, band: Band) -> None:
        row = self.bands.rowCount()
        self.bands.insertRow(row)
        label = QTableWidgetItem(band.label)
        label.setToolTip(band.source)
        self.bands.setItem(row, LABEL, label)
        self.bands.setItem(row, LOWER, QTableWidgetItem(format_decimal(band.lower)))
        self.bands.setItem(row, COLOUR, QTableWidgetItem(band.colour))

    def _paint_colour(self, item: QTableWidgetItem) -> None:
        if item.column() == COLOUR and QColor.isValidColorName(item.text()):
            self.bands.blockSignals(True)
            item.setBackground(QColor(item.text()))
            item.setForeground(QColor("white"))
            self.bands.blockSignals(False)

    def edited_year(self) -> SurveyYear:
        """The settings as shown; ``InputError`` when a typed number cannot be read."""
        assert self._loaded is not None
        try:
            bands = []
            for row in range(self.bands.rowCount()):
                band = Band(self._cell(self.bands, row, LABEL), parse_decimal(self._cell(self.bands, row, LOWER)),
                            self._cell(self.bands, row, COLOUR))
                bands.append(Band(band.label, band.lower, band.colour, self._source_of(band)))
            weights = {g: (None if (v := e.value()) is None else v / 100) for g, e in self.weights.items()}
            national_index, national_target = self.national_index.value(), self.national_target.value()
            sample_targets = self._sample_targets()
            eligibility = self.eligibility.rules()
        except ValueError as error:  # the domain's reason, Indonesian: shown in the window's language
            raise InputError(reason_text(str(error))) from error
        elements = [
            Element(self._code(r), self._cell(self.elements, r, 0),
                    self._loaded.elements[r].source if r < len(self._loaded.elements) else "")
            for r in range(self.elements.rowCount())
        ]
        return SurveyYear(
            year=self._loaded.year, elements=elements, bands=bands, weights=weights,
            national_index=national_index, national_target=national_target,
            window_start=self.window_start.value(), window_end=self.window_end.value(),
            population_deadline=self.population_deadline.value(),
            results_published=self.results_published.value(),
            sample_targets=sample_targets, type_averages=self._loaded.type_averages,
            eligibility=eligibility,
            sources=self._loaded.sources, notes=self._loaded.notes,
        )

    def _code(self, row: int) -> str:
        """The code of the element on ``row`` (kept in its name's item)."""
        item = self.elements.item(row, 0)
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    @staticmethod
    def _cell(table: QTableWidget, row: int, column: int) -> str:
        item = table.item(row, column)
        return item.text().strip() if item is not None else ""

    def _source_of(self, band: Band) -> str:
        """Keep a band's source note while it is unchanged; say so once the user edits it."""
        assert self._loaded is not None
        original = next((b for b in self._loaded.bands if b.label == band.label), None)
        if original is None:
            return self.tr("Ditambahkan pengguna")
        if (original.lower, original.colour) == (band.lower, band.colour):
            return original.source
        return fill(self.tr("Disunting pengguna (semula %1, %2)"), format_decimal(original.lower),
                    original.source)

    def save(self) -> BackgroundJob | None:
        """Check the year here and store it off the GUI thread (the form waits, disabled); problems are listed
        under the form."""
        try:
            edited = self.edited_year()
        except InputError as error:
            show_message(self.message, reason_text(str(error)))
            return None
        database, version = self.context.database, self._version
        for section in self._sections:
            section.setEnabled(False)
        self.last_job = run_in_background(lambda _ctx: _store(database, edited, version), owner=self)
        self.last_job.succeeded.connect(lambda stored: self._saved(edited, stored))
        self.last_job.failed.connect(lambda error: self._not_saved(edited, error))
        return self.last_job

    def _saved(self, edited: SurveyYear, version: int) -> None:
        self._enable()
        self._loaded = edited
        self._version = version
        show_message(self.message, fill(self.tr("Tahun survei %1 tersimpan."), edited.year), ok=True)
        self.context.notify(Area.YEARS, by=self)  # this editor already shows it

    def _not_saved(self, edited: SurveyYear, error: BaseException) -> None:
        self._enable()
        if isinstance(error, ConflictError):
            show_message(self.message, reason_text(str(error)))
            offer_reload(self, error, lambda: self.load(edited.year))
        else:
            show_message(self.message, user_message(error))

    def ask_new_year(self) -> NewYearDialog:
        """Ask for a new survey year (today's offered, with the previous year's dates) and its dates; it is copied
        from the latest year. Returned so tests can drive it."""
        dialog = NewYearDialog(self.context.database, parent=self)  # it reads its suggestion in the background
        dialog.accepted.connect(lambda: self._year_added(dialog.added))
        dialog.open()
        return dialog

    def _year_added(self, year: int | None) -> None:
        if year is not None:
            self.reload_years(year)
            self.context.notify(Area.YEARS, by=self)  # this editor already shows it


def _years_and_settings(database: Database, select: int) -> tuple[list[int], SurveyYear | None, int]:
    """The stored years, and the settings and version of ``select`` (else of the first year), worker side."""
    years = year_service.list_years(database)
    shown = select if select in years else years[0] if years else None
    if shown is None:
        return years, None, 0
    return years, year_service.get_year(database, shown), year_service.year_version(database, shown)


def _store(database: Database, edited: SurveyYear, version: int | None) -> int:
    """Store the edited year (worker side); answers its new version."""
    year_service.save_year(database, edited, version)
    return year_service.year_version(database, edited.year)
