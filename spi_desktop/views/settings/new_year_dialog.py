"""Tambah tahun survei: the year (today's offered first) with its window and population deadline, all required."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel, QSpinBox, QWidget

from spi_desktop.services import years as year_service
from spi_desktop.services.database import Database
from spi_desktop.services.years import YearSuggestion
from spi_desktop.views.fields import OptionalDateEdit
from spi_desktop.views.forms import FormDialog
from spi_desktop.views.text import fill
from spi_desktop.views.year_suggestions import YearSuggestions


class NewYearDialog(FormDialog):
    """Adds a survey year copied from the latest one, with the dates typed here (``added`` once saved)."""

    def __init__(self, database: Database, suggestion: YearSuggestion | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Tambah tahun survei"), parent, save_text=self.tr("&Tambah"), width=480)
        self.database = database
        self.added: int | None = None
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(suggestion.year if suggestion is not None else dt.date.today().year)
        self.window_start, self.window_end = OptionalDateEdit(), OptionalDateEdit()
        self.population_deadline = OptionalDateEdit()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setObjectName("sourceNotes")
        self.form.addRow(self.tr("Tahun *"), self.year)
        self.form.addRow(self.tr("Masa survei mulai *"), self.window_start)
        self.form.addRow(self.tr("Masa survei selesai *"), self.window_end)
        self.form.addRow(self.tr("Batas data populasi *"), self.population_deadline)
        self.form.addRow(self.note)
        self.suggestions = YearSuggestions(self, database, (self.window_start, self.window_end,
                                                            self.population_deadline, self.save_button), self._show)
        if suggestion is not None:
            self._show(suggestion)
        else:  # read when the dialog opens, off the GUI thread; the dates wait, disabled, until it is there
            self.note.setText(self.tr("Memuat…"))
            self.suggestions.ask()
        self.year.valueChanged.connect(self.suggestions.ask)

    def _show(self, suggestion: YearSuggestion) -> None:
        if suggestion.exists:
            self.note.setText(fill(self.tr("Tahun %1 sudah ada; pilih tahun lain."), suggestion.year))
            return
        self.window_start.set_value(suggestion.window_start)
        self.window_end.set_value(suggestion.window_end)
        self.population_deadline.set_value(suggestion.population_deadline)
        if suggestion.pattern_from is not None:
            self.note.setText(fill(self.tr("Pengaturan disalin dari tahun terakhir; tanggal mengikuti pola tahun %1. "
                                           "Sesuaikan dengan surat KPK."), suggestion.pattern_from))
        else:
            self.note.setText(self.tr("Isi ketiga tanggal menurut surat KPK."))

    def save(self) -> bool:
        """Add the year off the GUI thread; a missing date or a year that exists is refused here, named."""
        database, year = self.database, self.year.value()
        start, end, deadline = self.window_start.value(), self.window_end.value(), self.population_deadline.value()

        def added(_answer: object) -> None:
            self.added = year

        self.store_in_background(lambda: year_service.add_year(database, year, window_start=start, window_end=end,
                                                               population_deadline=deadline), added)
        return False
