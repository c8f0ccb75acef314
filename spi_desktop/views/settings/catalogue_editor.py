"""Katalog rekomendasi: the scorecard recommendation texts per version, element and tier, editable per workspace."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from spi_desktop.services.database import Database
from spi_desktop.services.recommendation_catalogue import (
    MAX_EDITED_LENGTH,
    TIER_LABELS,
    TIERS,
    Catalogue,
    CatalogueVersion,
    load_catalogue,
    reset_catalogue,
    reset_catalogue_text,
    save_catalogue_text,
)
from spi_desktop.services.years import get_year, list_years
from spi_desktop.views.attempt import attempt_in_background
from spi_desktop.views.context import AppContext, Area
from spi_desktop.views.prompts import prompts
from spi_desktop.views.reason_texts import reason_text
from spi_desktop.views.text import fill
from spi_desktop.views.workers import BackgroundJob, run_in_background

ELEMENT, TIER, PREVIEW, STATUS = range(4)
KEY_ROLE = Qt.ItemDataRole.UserRole  # (code, tier) on the Elemen cell of every row
PREVIEW_LENGTH = 160


def preview(text: str, length: int = PREVIEW_LENGTH) -> str:
    """``text`` on one line, cut to ``length`` characters with '…' when longer."""
    flat = " ".join(text.split())
    return flat if len(flat) <= length else flat[: length - 1].rstrip() + "…"


def element_names(catalogue: Catalogue, from_year: int, years: dict[int, dict[str, str]]) -> dict[str, str]:
    """Element names by code from the survey years' settings (``{year: {code: name}}``).

    Years that use the version starting in ``from_year`` win, the newest first; then any other year.
    """
    def uses_version(year: int) -> bool:
        version = catalogue.version_for(year)
        return version is not None and version.from_year == from_year

    names: dict[str, str] = {}
    for year in sorted(years, key=lambda year: (uses_version(year), year), reverse=True):
        for code, name in years[year].items():
            names.setdefault(code, name)
    return names


class CatalogueEditor(QWidget):
    """One catalogue version as a table of element × tier; the selected text is edited below it."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.catalogue = Catalogue("", [])  # read off the GUI thread with the survey years' element names
        self._years: dict[int, dict[str, str]] = {}  # {year: {element code: name}}
        self.last_job: BackgroundJob | None = None
        self._names: dict[str, str] = {}
        self._version_index = -1  # the version shown, to go back to when the user keeps unsaved text
        self._loaded_text = ""  # the selected text as stored; the editor holds unsaved changes when it differs
        self.version_box = QComboBox()
        self.version_box.currentIndexChanged.connect(self._version_chosen)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setObjectName("sourceNotes")
        self.table = self._make_table()
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        heading_font = self.heading.font()
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(self.tr("Teks rekomendasi"))
        self.editor.setPlaceholderText(self.tr("Pilih baris di tabel untuk melihat teksnya."))
        self.editor.setMinimumHeight(90)
        self.editor.textChanged.connect(self._text_changed)
        self.counter = QLabel()
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Simpan teks"))
        self.save_button.clicked.connect(self.save_text)
        self.reset_button = QPushButton(self.tr("K&embalikan teks bawaan"))
        self.reset_button.clicked.connect(self.reset_text)
        self.reset_all_button = QPushButton(self.tr("Kembalikan sem&ua ke bawaan"))
        self.reset_all_button.clicked.connect(self.reset_all)
        self._build_layout()
        self._fill_versions()
        self.note.setText(self.tr("Memuat…"))
        self.reset_all_button.setEnabled(False)
        self._read(lambda: self._fill_versions())
        context.dataChanged.connect(lambda area: self._read(self._show_names) if area == Area.YEARS else None)

    def _read(self, then: Callable[[], object]) -> BackgroundJob:
        """Read the catalogue and the survey years' element names in the background, then call ``then``."""
        database = self.context.database
        self.last_job = run_in_background(lambda _ctx: _catalogue_facts(database), owner=self)
        self.last_job.succeeded.connect(lambda facts: self._facts_read(facts[0], facts[1], then))
        return self.last_job

    def _facts_read(self, catalogue: Catalogue, years: dict[int, dict[str, str]], then: Callable[[], object]) -> None:
        self.catalogue, self._years = catalogue, years
        then()

    def _make_table(self) -> QTableWidget:
        table = QTableWidget(0, 4)
        table.setAccessibleName(self.tr("Katalog rekomendasi"))
        table.setHorizontalHeaderLabels([self.tr("Elemen"), self.tr("Tingkat"), self.tr("Teks"), self.tr("Status")])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(ELEMENT, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TIER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PREVIEW, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(STATUS, QHeaderView.ResizeMode.ResizeToContents)
        table.currentCellChanged.connect(self._row_chosen)
        return table

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Versi katalog")))
        top.addWidget(self.version_box)
        top.addStretch(1)
        top.addWidget(self.reset_all_button)
        explanation = QLabel(self.tr(
            "Tingkat rekomendasi mengikuti kategori nilai elemen pada tahun survei: kategori terendah → "
            "Perbaikan mendasar, kategori tertinggi → Pertahankan dan kembangkan, kategori lainnya → Perbaikan "
            "terarah. Teks ini dicetak di kartu skor setiap OPD untuk tahun survei yang memakai versi ini. "
            "Perubahan hanya berlaku di ruang kerja ini; teks bawaan aplikasi tetap ada dan dapat dikembalikan."))
        explanation.setWordWrap(True)
        below = QHBoxLayout()
        below.addWidget(self.save_button)
        below.addWidget(self.reset_button)
        below.addWidget(self.message, 1)
        below.addWidget(self.counter)
        text_box = QGroupBox(self.tr("Teks terpilih"))
        text_layout = QVBoxLayout(text_box)
        text_layout.addWidget(self.heading)
        text_layout.addWidget(self.editor, 1)
        text_layout.addLayout(below)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(text_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([380, 280])  # several rows visible; the text box still holds a long text unscrolled
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(splitter, 1)
        layout.addWidget(explanation)

    # --- what is shown -------------------------------------------------------------------------------------

    def version(self) -> CatalogueVersion | None:
        """The catalogue version chosen in the combo."""
        index = self.version_box.currentIndex()
        return self.catalogue.versions[index] if 0 <= index < len(self.catalogue.versions) else None

    def selected_key(self) -> tuple[str, str] | None:
        """(element code, tier) of the selected row; ``None`` when no row is selected."""
        item = self.table.item(self.table.currentRow(), ELEMENT)
        key = item.data(KEY_ROLE) if item is not None else None
        return (str(key[0]), str(key[1])) if key else None

    def has_unsaved_text(self) -> bool:
        """Whether the editor holds text that differs from the stored one."""
        return self.editor.toPlainText().strip() != self._loaded_text.strip()

    def _fill_versions(self) -> None:
        self.version_box.blockSignals(True)
        self.version_box.clear()
        for version in self.catalogue.versions:
            self.version_box.addItem(fill(self.tr("Berlaku mulai %1"), version.from_year), version.from_year)
        self.version_box.setCurrentIndex(self._version_for_context())
        self.version_box.blockSignals(False)
        self._show_version()

    def _version_for_context(self) -> int:
        """Index of the version the toolbar's survey year uses (the newest when it predates them all)."""
        version = self.catalogue.version_for(self.context.year)
        if version is None:
            return len(self.catalogue.versions) - 1
        return self.catalogue.versions.index(version)

    def _show_version(self, row: int = 0) -> None:
        """Fill the note and the table for the chosen version and select ``row``."""
        self._version_index = self.version_box.currentIndex()
        version = self.version()
        if version is None:
            self.note.setText(self.tr("Katalog rekomendasi kosong."))
            self.table.setRowCount(0)
            self._show_row()
            return
        years = [year for year in sorted(self._years)
                 if (used := self.catalogue.version_for(year)) is not None and used.from_year == version.from_year]
        used_by = (fill(self.tr("Dipakai tahun survei: %1."), ", ".join(str(year) for year in years)) if years
                   else self.tr("Belum ada tahun survei di ruang kerja ini yang memakai versi ini."))
        self.note.setText(" ".join(part for part in (reason_text(version.note), used_by) if part))
        self._names = self._element_names(version)
        self._fill_table(version)
        self.table.blockSignals(True)
        self.table.setCurrentCell(min(row, self.table.rowCount() - 1), PREVIEW)
        self.table.blockSignals(False)
        self._show_row()
        self.reset_all_button.setEnabled(any(v.edited for v in self.catalogue.versions))

    def _element_names(self, version: CatalogueVersion) -> dict[str, str]:
        return element_names(self.catalogue, version.from_year, self._years)

    def _fill_table(self, version: CatalogueVersion) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for code, texts in version.elements.items():
            for tier in TIERS:
                if tier in texts:
                    self._add_row(code, tier, texts[tier], (code, tier) in version.edited)
        self.table.blockSignals(False)

    def _add_row(self, code: str, tier: str, text: str, edited: bool) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        cells = [self._names.get(code, code), TIER_LABELS[tier], preview(text), self.tr("diubah") if edited else ""]
        items = [QTableWidgetItem(value) for value in cells]
        items[ELEMENT].setData(KEY_ROLE, (code, tier))
        items[ELEMENT].setToolTip(code)
        items[PREVIEW].setToolTip(text)
        for column, item in enumerate(items):
            if edited:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.table.setItem(row, column, item)

    def _show_names(self) -> None:
        """Element names again after the survey years changed (names come from their settings)."""
        version = self.version()
        if version is None:
            return
        self._names = self._element_names(version)
        for row in range(self.table.rowCount()):
            item = self.table.item(row, ELEMENT)
            if item is not None:
                code = str(item.data(KEY_ROLE)[0])
                item.setText(self._names.get(code, code))
        self._show_heading()

    def _show_row(self) -> None:
        """Put the selected row's full text into the editor."""
        version, key = self.version(), self.selected_key()
        self._loaded_text = version.elements[key[0]][key[1]] if version is not None and key is not None else ""
        self.editor.blockSignals(True)
        self.editor.setPlainText(self._loaded_text)
        self.editor.blockSignals(False)
        self.editor.setEnabled(key is not None)
        self._show_heading()
        self._text_changed()

    def _show_heading(self) -> None:
        key = self.selected_key()
        if key is None:
            self.heading.setText(self.tr("Belum ada baris yang dipilih."))
            return
        code, tier = key
        self.heading.setText(fill(self.tr("%1 — %2"), self._names.get(code, code), TIER_LABELS[tier]))

    def _text_changed(self) -> None:
        """Update the character counter and which buttons apply."""
        length = len(self.editor.toPlainText().strip())
        self.counter.setText(fill(self.tr("%1 / %2 karakter"), length, MAX_EDITED_LENGTH))
        self.counter.setStyleSheet("color: #c62828;" if length > MAX_EDITED_LENGTH else "")
        version, key = self.version(), self.selected_key()
        edited = version is not None and key is not None and key in version.edited
        self.save_button.setEnabled(self.has_unsaved_text())
        self.reset_button.setEnabled(edited or self.has_unsaved_text())

    # --- switching ------------------------------------------------------------------------------------------

    def _may_drop_unsaved(self) -> bool:
        """True when there is nothing unsaved or the user agrees to drop it."""
        return not self.has_unsaved_text() or prompts.confirm(
            self, self.tr("Katalog rekomendasi"),
            self.tr("Teks yang sedang diubah belum disimpan. Buang perubahan itu?"))

    def _row_chosen(self, row: int, _column: int, previous_row: int, previous_column: int) -> None:
        if row == previous_row:
            return
        if not self._may_drop_unsaved():
            self.table.blockSignals(True)
            self.table.setCurrentCell(previous_row, previous_column)
            self.table.blockSignals(False)
            return
        self.message.clear()
        self._show_row()

    def _version_chosen(self, index: int) -> None:
        if index == self._version_index:
            return
        if not self._may_drop_unsaved():
            self.version_box.blockSignals(True)
            self.version_box.setCurrentIndex(self._version_index)
            self.version_box.blockSignals(False)
            return
        self.message.clear()
        self._show_version()

    # --- changes --------------------------------------------------------------------------------------------

    def _reload(self, message: str) -> None:
        """Read the catalogue again and show the same version and row, with ``message`` under the editor."""
        row = max(self.table.currentRow(), 0)
        self.context.notify(Area.RECOMMENDATIONS)
        self._read(lambda: self._show_reloaded(row, message))

    def _show_reloaded(self, row: int, message: str) -> None:
        self._show_version(row)
        self.message.setText(message)

    def save_text(self) -> BackgroundJob | None:
        """Store the editor's text for the selected row off the GUI thread; refused (with the reason) when it
        cannot be used. None when there is nothing to store."""
        version, key = self.version(), self.selected_key()
        if version is None or key is None:
            return None
        text, database, from_year = self.editor.toPlainText(), self.context.database, version.from_year
        return self._store(lambda: save_catalogue_text(database, from_year, key[0], key[1], text),
                           self.tr("Teks tersimpan. Kartu skor berikutnya memakai teks ini."))

    def _store(self, call: Callable[[], object], done: str) -> BackgroundJob:
        self.last_job = attempt_in_background(self, self.tr("Katalog rekomendasi"), call,
                                              lambda _answer: self._reload(done))
        return self.last_job

    def reset_text(self) -> BackgroundJob | None:
        """After confirmation, drop the selected row's edit (and unsaved text): the shipped text applies again."""
        version, key = self.version(), self.selected_key()
        if version is None or key is None:
            return None
        if not prompts.confirm(self, self.tr("Katalog rekomendasi"),
                               fill(self.tr("Kembalikan teks bawaan untuk %1 — %2? Teks yang diubah akan hilang."),
                                    self._names.get(key[0], key[0]), TIER_LABELS[key[1]])):
            return None
        database, from_year = self.context.database, version.from_year
        return self._store(lambda: reset_catalogue_text(database, from_year, key[0], key[1]),
                           self.tr("Teks bawaan berlaku lagi."))

    def reset_all(self) -> BackgroundJob | None:
        """After confirmation, drop every edited text of every version in this workspace."""
        count = sum(len(version.edited) for version in self.catalogue.versions)
        if not prompts.confirm(self, self.tr("Katalog rekomendasi"),
                               fill(self.tr("Kembalikan semua teks rekomendasi ke bawaan? %1 teks yang diubah di "
                                            "ruang kerja ini akan hilang, juga perubahan yang belum disimpan."),
                                    count)):
            return None
        database = self.context.database
        return self._store(lambda: reset_catalogue(database), self.tr("Semua teks bawaan berlaku lagi."))


def _catalogue_facts(database: Database) -> tuple[Catalogue, dict[int, dict[str, str]]]:
    """The workspace's catalogue and each survey year's element names by code (worker side)."""
    years = {year: {element.code: element.name for element in get_year(database, year).elements}
             for year in list_years(database)}
    return load_catalogue(database), years
