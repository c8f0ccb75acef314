"""Impor banyak berkas: drop the pile the OPD sent back, see one combined preview, answer what is asked, import.

Nothing is stored until *Impor* is pressed; then each ready file is imported as its own batch (a file that
fails never blocks the others) and a Cancel stops between files, keeping those already imported.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from spi_desktop.services.population_intake import FileChoice, IntakePreview, preview_pile
from spi_desktop.services.population_intake_import import IntakeOutcome, import_pile
from spi_desktop.services.population_intake_rows import IntakeRow, intake_rows
from spi_desktop.services.units import UnitInfo, list_units
from spi_desktop.views.context import AppContext, Area
from spi_desktop.views.labels import group_labels
from spi_desktop.views.numbers import format_int
from spi_desktop.views.population.intake_words import IntakeWords
from spi_desktop.views.prompts import prompts
from spi_desktop.views.screen_fit import FittedDialog
from spi_desktop.views.tables import Column, RowTableModel, row_table
from spi_desktop.views.text import fill
from spi_desktop.views.workers import BackgroundJob, run_in_background

PROBLEM_LINES = 30  # problem lines of a file shown in its details (the report has them all)


class IntakeDialog(FittedDialog):
    """The combined preview of a pile of returned lists, and its import."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.sources: list[Path] = []
        self.choices: dict[str, FileChoice] = {}
        self.preview: IntakePreview | None = None
        self.problems_dir: Path | None = None
        self.last_job: BackgroundJob | None = None
        self.units_job: BackgroundJob | None = None
        self.units_read = False
        self.imported = False
        self.words = IntakeWords()
        self.setWindowTitle(fill(self.tr("Impor banyak berkas populasi %1"), context.year))
        self.setAcceptDrops(True)
        self.resize_within_screen(1280, 660)
        hint = QLabel(self.tr("Seret folder, berkas Excel/CSV, atau arsip .zip kiriman OPD ke jendela ini, atau "
                              "pilih di sini. Tidak ada yang disimpan sebelum Anda menekan Impor."))
        hint.setWordWrap(True)
        self.folder_button = QPushButton(self.tr("Pilih &folder…"))
        self.files_button = QPushButton(self.tr("Pilih &berkas…"))
        self.clear_button = QPushButton(self.tr("K&osongkan"))
        self.default_group = QComboBox()
        self.default_group.setAccessibleName(self.tr("Kelompok berkas tanpa penanda format"))
        self.default_group.addItem(self.tr("(tanyakan per berkas)"), None)
        for group, label in group_labels().items():
            self.default_group.addItem(label, group)
        self.default_group.activated.connect(lambda _index: self.refresh() if self.sources else None)
        self.folder_button.clicked.connect(self.choose_folder)
        self.files_button.clicked.connect(self.choose_files)
        self.clear_button.clicked.connect(self.clear)
        self.model = RowTableModel(self._columns())
        self.table = row_table(self.model, name=self.tr("Berkas kiriman OPD"))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Rincian berkas terpilih"))
        self.unit_choice = QComboBox()
        self.unit_choice.setAccessibleName(self.tr("OPD berkas ini"))
        self.unit_choice.setMinimumContentsLength(22)
        self.unit_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.group_choice = QComboBox()
        self.group_choice.setAccessibleName(self.tr("Kelompok berkas ini"))
        self.earlier_choice = QComboBox()
        self.earlier_choice.setAccessibleName(self.tr("Daftar lama OPD ini"))
        self.year_choice = QCheckBox(self.tr("Isinya memang daftar tahun ini"))
        self.leave_out = QCheckBox(self.tr("Jangan ikutkan berkas ini"))
        self._fill_choices()
        for combo in (self.unit_choice, self.group_choice, self.earlier_choice):
            combo.activated.connect(lambda _index: self._choice_changed())
        for box in (self.year_choice, self.leave_out):
            box.clicked.connect(lambda _checked: self._choice_changed())
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.report_box = QCheckBox(self.tr("Tulis laporan masalah per OPD"))
        self.report_box.clicked.connect(self._report_toggled)
        self.import_button = QPushButton(self.tr("&Impor berkas yang siap"))
        self.import_button.clicked.connect(self.start_import)
        close = QPushButton(self.tr("&Tutup"))
        close.clicked.connect(self.accept)
        self._lay_out(hint, close)
        self._set_rows([])

    def _columns(self) -> list[Column]:
        words, groups = self.words, group_labels()

        def number(key: str) -> Callable[[IntakeRow], str]:
            return lambda row: format_int(getattr(row, key)) if row.checked else ""
        return [
            Column(self.tr("Berkas"), lambda r: r.file, tooltip=lambda r: r.file, elastic=True),
            Column(self.tr("OPD"), lambda r: r.unit or "", tooltip=lambda r: r.unit_name or ""),
            Column(self.tr("Kelompok"), lambda r: groups.get(r.group or "", "")),
            Column(self.tr("Dikenali dari"), lambda r: words.recognised(r.recognised_by)),
            *(Column(title, number(key), align_right=True) for title, key in (
                (self.tr("Dibaca"), "read"), (self.tr("Diimpor"), "imported"), (self.tr("Duplikat"), "duplicates"),
                (self.tr("Ditolak"), "rejected"), (self.tr("Peringatan"), "warnings"),
                (self.tr("Ditandai"), "flagged"))),
            Column(self.tr("Tenggat"), lambda r: words.deadline(r)),
            Column(self.tr("Keadaan"), lambda r: words.status(r.status), colour=lambda r: words.colour(r.status)),
        ]

    def _lay_out(self, hint: QLabel, close: QPushButton) -> None:
        pick = QHBoxLayout()
        pick.addWidget(hint, 1)
        group_caption = QLabel(self.tr("&Kelompok tanpa penanda:"))
        group_caption.setBuddy(self.default_group)
        pick.addWidget(group_caption)
        pick.addWidget(self.default_group)
        for button in (self.folder_button, self.files_button, self.clear_button):
            pick.addWidget(button)
        choice = QFormLayout()
        choice.addRow(QLabel(self.tr("Pilihan untuk berkas terpilih:")))
        for label, widget in ((self.tr("OPD:"), self.unit_choice), (self.tr("Kelompok:"), self.group_choice),
                              (self.tr("Daftar lama:"), self.earlier_choice)):
            choice.addRow(label, widget)
        choice.addRow(self.year_choice)
        choice.addRow(self.leave_out)
        side = QWidget()
        side.setLayout(choice)
        lower = QWidget()
        lower_layout = QHBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.details, 1)
        lower_layout.addWidget(side)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.report_box)
        bottom.addWidget(self.import_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(pick)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)

    def _fill_choices(self) -> None:
        self.unit_choice.addItem(self.tr("(dikenali otomatis)"), None)
        database, year = self.context.database, self.context.year
        # The OPD list is read off the GUI thread; until it is there the OPD choice stays disabled.
        self.units_job = run_in_background(lambda _ctx: list_units(database, year=year, active_only=True), owner=self)
        self.units_job.succeeded.connect(self._units_listed)
        self.group_choice.addItem(self.tr("(dikenali otomatis)"), None)
        for group, label in group_labels().items():
            self.group_choice.addItem(label, group)
        self.earlier_choice.addItem(self.tr("(tanyakan)"), None)
        self.earlier_choice.addItem(self.tr("Ganti daftar lama"), "replace")
        self.earlier_choice.addItem(self.tr("Tambahkan ke daftar lama"), "add")

    def _units_listed(self, units: list[UnitInfo]) -> None:
        for unit in units:
            self.unit_choice.addItem(f"{unit.code} — {unit.name}", unit.code)
        self.units_read = True
        self._show_selected()  # the selected file's OPD choice, now that it can be shown

    # ---- the pile ----------------------------------------------------------------------------------------

    def choose_folder(self) -> BackgroundJob | None:
        """Ask for a folder of returned files and add it to the pile."""
        folder = prompts.choose_folder(self, self.tr("Folder berkas kiriman OPD"))
        return self.add_sources([Path(folder)]) if folder else None

    def choose_files(self) -> BackgroundJob | None:
        """Ask for returned files (or .zip archives) and add them to the pile."""
        path = prompts.open_file(self, self.tr("Berkas kiriman OPD"),
                                 self.tr("Daftar atau arsip (*.xlsx *.xlsm *.xls *.ods *.csv *.zip)"))
        return self.add_sources([Path(path)]) if path else None

    def add_sources(self, paths: list[Path]) -> BackgroundJob:
        """Add files, folders or archives to the pile and preview it again."""
        for path in paths:
            if path not in self.sources:
                self.sources.append(path)
        self.imported = False
        return self.refresh()

    def clear(self) -> None:
        """Empty the pile (nothing stored is touched)."""
        self.sources, self.choices = [], {}
        self._drop_preview()
        self._set_rows([])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _local_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _local_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.add_sources(paths)

    # ---- preview and choices -----------------------------------------------------------------------------

    def refresh(self) -> BackgroundJob:
        """Preview the pile again (with the user's choices) off the GUI thread."""
        database, year = self.context.database, self.context.year
        sources, choices, group = list(self.sources), dict(self.choices), self.default_group.currentData()
        job = run_in_background(lambda ctx: preview_pile(database, sources, year, group=group, choices=choices,
                                                         context=ctx),
                                self, self.tr("Memeriksa berkas kiriman"), error_title=self.tr("Pratinjau gagal"))
        job.succeeded.connect(self._previewed)
        self.last_job = job
        return job

    def _previewed(self, preview: IntakePreview) -> None:
        self._drop_preview()
        self.preview = preview
        self._set_rows(intake_rows(preview, problem_lines=PROBLEM_LINES))

    def _set_rows(self, rows: list[IntakeRow]) -> None:
        selected = self._selected()
        self.model.set_rows(rows)
        names = [row.file for row in rows]
        if rows:
            self.table.selectRow(names.index(selected.file) if selected and selected.file in names else 0)
        self._show_selected()
        ready = [row for row in rows if row.status == "ready"]
        self.import_button.setEnabled(bool(ready) and not self.imported)
        self.clear_button.setEnabled(bool(self.sources))
        self.summary.setText(self.words.summary(rows, self.imported) if rows else self.tr(
            "Belum ada berkas. Seret folder atau berkas kiriman OPD ke sini."))

    def _selected(self) -> IntakeRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _show_selected(self) -> None:
        row = self._selected()
        usable = row is not None and row.status != "skipped" and not self.imported
        for widget in (self.unit_choice, self.group_choice, self.leave_out):
            widget.setEnabled(usable)
        self.unit_choice.setEnabled(usable and self.units_read)
        self.earlier_choice.setEnabled(usable and bool(row and row.earlier_batches))
        self.year_choice.setEnabled(usable and bool(row and row.marker_year))
        choice = self.choices.get(row.file, FileChoice()) if row else FileChoice()
        self.unit_choice.setCurrentIndex(max(self.unit_choice.findData(choice.unit), 0))
        self.group_choice.setCurrentIndex(max(self.group_choice.findData(choice.group), 0))
        self.earlier_choice.setCurrentIndex(max(self.earlier_choice.findData(choice.earlier), 0))
        self.year_choice.setChecked(choice.accept_year)
        self.leave_out.setChecked(choice.leave_out)
        self.details.setPlainText(self.words.details(row) if row else "")

    def _choice_changed(self) -> BackgroundJob | None:
        row = self._selected()
        if row is None:
            return None
        self.choices[row.file] = FileChoice(
            unit=self.unit_choice.currentData(), group=self.group_choice.currentData(),
            earlier=self.earlier_choice.currentData(), accept_year=self.year_choice.isChecked(),
            leave_out=self.leave_out.isChecked())
        return self.refresh()

    def _report_toggled(self, checked: bool) -> None:
        if not checked:
            self.problems_dir = None
            return
        folder = prompts.choose_folder(self, self.tr("Folder laporan masalah"))
        self.problems_dir = Path(folder) if folder else None
        self.report_box.setChecked(self.problems_dir is not None)

    # ---- import ------------------------------------------------------------------------------------------

    def start_import(self) -> BackgroundJob | None:
        """Import every ready file, each its own batch, in the background (Cancel stops between files)."""
        preview = self.preview
        if preview is None or not preview.ready:
            return None
        database, problems = self.context.database, self.problems_dir
        job = run_in_background(lambda ctx: import_pile(database, preview, problems, ctx), self,
                                self.tr("Mengimpor berkas kiriman"), error_title=self.tr("Impor gagal"))
        job.succeeded.connect(self._imported)
        self.last_job = job
        return job

    def _imported(self, outcome: IntakeOutcome) -> None:
        self.imported = True
        rows = intake_rows(outcome.preview, outcome.stored, outcome.failed, dry_run=False,
                           problem_lines=PROBLEM_LINES)
        self._set_rows(rows)
        self.context.notify(Area.POPULATION)
        prompts.info(self, self.tr("Impor selesai"), self.words.outcome(rows, outcome.cancelled))

    def _drop_preview(self) -> None:
        if self.preview is not None:
            self.preview.close()
            self.preview = None

    def done(self, result: int) -> None:
        self._drop_preview()
        super().done(result)


def _local_paths(data: QMimeData) -> list[Path]:
    """The local files and folders a drag carries (nothing when it carries anything else)."""
    if not data.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]
    return paths if paths and len(paths) == len(data.urls()) else []
