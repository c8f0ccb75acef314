"""The population import wizard: file → columns → preview of problems → import with progress and Cancel."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from spi_desktop.services.population_problems import export_problems, report_name
from spi_desktop.services.population_result import PopulationImportResult
from spi_desktop.services.population_setup import FileInspection, SheetInfo, inspect_population
from spi_desktop.services.units import UnitInfo, list_units
from spi_desktop.services.years import get_year
from spi_desktop.views.context import AppContext
from spi_desktop.views.dates import shown_date
from spi_desktop.views.errors import user_message
from spi_desktop.views.job_texts import job_text
from spi_desktop.views.labels import KIND_COLOURS, group_labels, problem_kind_labels
from spi_desktop.views.numbers import format_int
from spi_desktop.views.population.import_choices import ImportChoices, start_import
from spi_desktop.views.population.import_mapping_page import MappingPage
from spi_desktop.views.prompts import prompts
from spi_desktop.views.reason_texts import column_text, reason_text
from spi_desktop.views.style import ERROR_STYLE, WARNING_STYLE, form_layout
from spi_desktop.views.tables import Column, RowTableModel, row_table
from spi_desktop.views.text import fill
from spi_desktop.views.wizards import Wizard
from spi_desktop.views.workers import BackgroundJob, run_in_background

PROBLEMS_SHOWN = 2000
REASON_WIDTH = 360  # px the reason keeps however narrow the wizard: about 45 characters a line
KIND_MARKS = {"ditolak": "✖", "duplikat": "≡", "peringatan": "⚠", "dilewati": "–"}  # a sign too, not colour alone


def late_note(year: int, deadline: dt.date | None, today: dt.date | None = None) -> str:
    """What the first page says when the year's population list deadline has passed ("" before it, or
    without one): late lists are still taken, the monitoring counts them as late."""
    if deadline is None or (today or dt.date.today()) <= deadline:
        return ""
    return fill(QCoreApplication.translate(
        "ImportWizard", "Batas daftar populasi tahun %1 sudah lewat (%2). Daftar ini tetap diimpor; Pengiriman OPD "
        "mencatatnya sebagai terlambat."), year, shown_date(deadline))


class ImportWizard(Wizard):
    """Four pages over one ``choices`` (file, columns, dry run, import)."""

    def __init__(self, context: AppContext, group: str, parent: QWidget | None = None) -> None:
        super().__init__(fill(self.tr("Impor daftar populasi %1"), context.year), parent, commit_text=self.tr("Impor"))
        self.context = context
        self.choices = ImportChoices(group)
        self.resize_within_screen(1180, 700)
        self.file_page = FilePage(context, self.choices)
        self.mapping_page = MappingPage(context, self.choices)
        self.preview_page = PreviewPage(context, self.choices)
        self.import_page = ImportPage(context, self.choices)
        for page in (self.file_page, self.mapping_page, self.preview_page, self.import_page):
            self.addPage(page)

    def reject(self) -> None:
        """Closing the wizard stops whatever it is still doing; a stopped import stores nothing."""
        for page in (self.preview_page, self.import_page):
            if page.job is not None and not page.job.done:
                page.job.cancel()
        super().reject()


class FilePage(QWizardPage):
    """Choose the file, the respondent group, the OPD and the sheet."""

    def __init__(self, context: AppContext, choices: ImportChoices) -> None:
        super().__init__()
        self.context, self.choices = context, choices
        self.setTitle(self.tr("Berkas"))
        self.setSubTitle(self.tr("Pilih berkas Excel/CSV dari OPD dan kelompok respondennya."))
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("Berkas"))
        self.path.setReadOnly(True)
        browse = QPushButton(self.tr("&Pilih berkas…"))
        browse.clicked.connect(self.choose_file)
        self.group = QComboBox()
        for key, label in group_labels().items():
            self.group.addItem(label, key)
        self.group.setCurrentIndex(max(0, self.group.findData(choices.group)))
        self.unit = QComboBox()
        self.unit.addItem(self.tr("Dari kolom Perangkat Daerah di berkas"), None)
        self.unit.setEnabled(False)  # until the OPD list is read (off the GUI thread)
        self.sheet = QComboBox()
        self.sheet.setAccessibleName(self.tr("Lembar kerja"))
        self.every_sheet = QCheckBox(self.tr("Impor &semua lembar yang berisi daftar (satu impor per lembar)"))
        self.every_sheet.setEnabled(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet(WARNING_STYLE)
        self.late = QLabel()
        self.late.setObjectName("lateNote")
        self.late.setWordWrap(True)
        self.late.setStyleSheet(WARNING_STYLE + " font-weight: 600;")
        self.late.hide()
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = form_layout(self)
        form.addRow(self.late)
        form.addRow(self.tr("Berkas"), row)
        form.addRow(self.tr("Kelompok"), self.group)
        form.addRow(self.tr("OPD"), self.unit)
        form.addRow(self.tr("Lembar kerja"), self.sheet)
        form.addRow("", self.every_sheet)
        form.addRow("", self.status)
        form.addRow("", self.notes)
        self.group.currentIndexChanged.connect(lambda _i: self.inspect())
        self.sheet.activated.connect(lambda _i: self.inspect(self.sheet.currentData()))
        self.last_job: BackgroundJob | None = None
        database, year = context.database, context.year
        self.units_job = run_in_background(lambda _ctx: (list_units(database, year=year, active_only=True),
                                                         get_year(database, year).population_deadline), owner=self)
        self.units_job.succeeded.connect(lambda answer: self._show_units(*answer))

    def _show_units(self, units: list[UnitInfo], deadline: dt.date | None) -> None:
        for info in units:
            self.unit.addItem(f"{info.code} — {info.name}", info.code)
        self.unit.setEnabled(True)
        late = late_note(self.context.year, deadline)
        self.late.setText(f"⚠ {late}" if late else "")
        self.late.setVisible(bool(late))

    def choose_file(self) -> None:
        """Ask for the file, then inspect it."""
        path = prompts.open_spreadsheet(self, self.tr("Pilih daftar populasi"))
        if path is not None:
            self.set_file(path)

    def set_file(self, path: Path) -> BackgroundJob:
        """Use ``path`` and inspect it in the background."""
        self.choices.path = path
        self.path.setText(str(path))
        job = self.inspect()
        assert job is not None
        return job

    def inspect(self, sheet: str | None = None) -> BackgroundJob | None:
        """Find sheets, header row and column mapping of the chosen file (off the GUI thread)."""
        if self.choices.path is None:  # the group changed before a file was chosen
            return None
        self.choices.inspection = None
        self.completeChanged.emit()
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Memeriksa berkas…"))
        self.notes.clear()
        path, group = self.choices.path, self.group.currentData()
        job = run_in_background(lambda _ctx: inspect_population(path, group, sheet), owner=self)
        job.succeeded.connect(self._inspected)
        job.failed.connect(self._failed)
        self.last_job = job
        return job

    def sheet_label(self, info: SheetInfo) -> str:
        """A sheet as the list shows it: its rows, and whether it is hidden or holds no list."""
        words = [self.tr("%Ln baris", "", info.rows)]
        if info.hidden:
            words.append(self.tr("tersembunyi"))
        if not info.data:
            words.append(self.tr("bukan daftar"))
        return f"{info.name} ({', '.join(words)})"

    def _inspected(self, inspection: FileInspection) -> None:
        self.choices.inspection = inspection
        self.sheet.clear()
        for info in inspection.sheet_infos:
            self.sheet.addItem(self.sheet_label(info), info.name)
        self.sheet.setEnabled(bool(inspection.sheet_infos))
        self.sheet.setCurrentIndex(max(0, self.sheet.findData(inspection.sheet)))
        several = len(inspection.data_sheets) > 1
        self.every_sheet.setEnabled(several)
        if not several:
            self.every_sheet.setChecked(False)
        self.status.setText(fill(self.tr("Judul kolom ditemukan di baris %1: %2"), inspection.header_row,
                                 ", ".join(h for h in inspection.headers if h and not h.startswith("("))))
        self.notes.setText("\n".join(f"⚠ {reason_text(note)}" for note in inspection.notes))
        self.completeChanged.emit()

    def _failed(self, error: Exception) -> None:
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(user_message(error))
        self.sheet.setEnabled(self.sheet.count() > 0)

    def isComplete(self) -> bool:
        return self.choices.inspection is not None

    def validatePage(self) -> bool:
        assert self.choices.inspection is not None
        self.choices.group = self.group.currentData()
        self.choices.unit_code = self.unit.currentData()
        self.choices.sheet = self.choices.inspection.sheet
        self.choices.all_sheets = self.every_sheet.isEnabled() and self.every_sheet.isChecked()
        return True


class _RunPage(QWizardPage):
    """A page that runs an import job with a progress bar and its own Cancel."""

    def __init__(self, context: AppContext, choices: ImportChoices, dry_run: bool) -> None:
        super().__init__()
        self.context, self.choices = context, choices
        self.dry_run = dry_run
        self.job: BackgroundJob | None = None
        self.done: PopulationImportResult | None = None
        self.progress = QProgressBar()
        self.progress_text = QLabel()
        self.cancel_button = QPushButton(self.tr("&Hentikan"))
        self.cancel_button.clicked.connect(lambda: self.job.cancel() if self.job else None)
        self.summary = QLabel()
        self.summary.setObjectName("resultSummary")
        self.summary.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        self.box = QVBoxLayout(self)
        self.box.addLayout(row)
        self.box.addWidget(self.progress_text)
        self.box.addWidget(self.summary)

    def initializePage(self) -> None:
        self.done = None
        self.summary.clear()
        self.summary.setStyleSheet("")
        self.progress.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        self.job = start_import(self.context, self.choices, self.dry_run, owner=self.wizard())
        self.job.progress.connect(self._progress)
        self.job.succeeded.connect(self._finished)
        self.job.failed.connect(self._failed)
        self.job.cancelled.connect(self._cancelled)
        self.completeChanged.emit()

    def _progress(self, done: int, total: int, text: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.progress_text.setText(job_text(text))

    def _stopped(self) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.progress_text.clear()
        self.cancel_button.setEnabled(False)

    def _finished(self, result: PopulationImportResult) -> None:
        self._stopped()
        self.done = result
        self.show_result(result)
        self.completeChanged.emit()

    def _failed(self, error: Exception) -> None:
        self._stopped()
        self.summary.setStyleSheet(ERROR_STYLE)
        self.summary.setText(user_message(error) + "\n" + self.tr("Tidak ada data yang disimpan."))

    def _cancelled(self) -> None:
        self._stopped()
        self.summary.setStyleSheet(ERROR_STYLE)
        self.summary.setText(self.tr("Dihentikan. Tidak ada data yang disimpan."))

    def counts_text(self, result: PopulationImportResult) -> str:
        """The result's counts in one short paragraph."""
        # One count per phrase, so that English can say "1 duplicate" and "2 duplicates" (%Ln: 28.551).
        text = fill(self.tr("%1: %2, %3, %4, %5."), self.tr("Dibaca %Ln baris", "", result.read),
                    self.tr("%Ln diimpor", "", result.imported), self.tr("%Ln duplikat", "", result.duplicates),
                    self.tr("%Ln ditolak", "", result.rejected),
                    self.tr("%Ln dengan peringatan", "", result.warnings))
        if result.skipped:
            text += " " + self.tr("%Ln baris dilewati karena bukan responden (baris jumlah, tanda tangan).", "",
                                  result.skipped)
        if len(result.parts) > 1:
            text += " " + fill(self.tr("Dari %1 lembar: %2."), len(result.parts),
                               ", ".join(part.sheet or "" for part in result.parts))
        return text

    def show_result(self, result: PopulationImportResult) -> None:
        """Show what the run found."""
        self.summary.setText(self.counts_text(result))

    def isComplete(self) -> bool:
        return self.done is not None


class PreviewPage(_RunPage):
    """A dry run: every problem is shown before anything is written."""

    def __init__(self, context: AppContext, choices: ImportChoices) -> None:
        super().__init__(context, choices, dry_run=True)
        self.setTitle(self.tr("Pratinjau"))
        self.setSubTitle(self.tr("Belum ada yang disimpan. Periksa masalah di bawah, lalu lanjutkan untuk mengimpor."))
        kinds = problem_kind_labels()
        self.problems = RowTableModel([
            # with several sheets a row number alone is ambiguous: the sheet is named with it
            Column(self.tr("Baris"), lambda p: f"{p.sheet} · {p.row}" if p.sheet else str(p.row), align_right=True,
                   elastic=True, widest=160),
            Column(self.tr("Jenis"), lambda p: f"{KIND_MARKS.get(p.kind, '')} {kinds.get(p.kind, p.kind)}".strip(),
                   badge=lambda p: KIND_COLOURS.get(p.kind)),
            Column(self.tr("Nama"), lambda p: str(p.name or ""), elastic=True, widest=200),
            Column(self.tr("Kolom"), lambda p: column_text(p.column), elastic=True, widest=150),
            Column(self.tr("Nilai"), lambda p: str(p.value), tooltip=lambda p: str(p.value), elastic=True, widest=180),
            # the reason is what the user needs: never cut, wrapped in the room left (REASON_WIDTH at least)
            Column(self.tr("Alasan"), lambda p: reason_text(p.message), tooltip=lambda p: reason_text(p.message),
                   widest=REASON_WIDTH),
        ])
        self.table = row_table(self.problems, name=self.tr("Baris bermasalah"))
        self.table.setWordWrap(True)  # and the rows grow to the wrapped reason as the wizard is resized
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet(WARNING_STYLE)
        self.box.addWidget(self.notes)
        self.save_button = QPushButton(self.tr("Simpan &laporan masalah (.xlsx)…"))
        self.save_button.clicked.connect(self.save_report)
        self.box.addWidget(self.table, 1)
        self.box.addWidget(self.save_button)
        self.setCommitPage(True)  # after this the import runs; Back would start a second one

    def show_result(self, result: PopulationImportResult) -> None:
        self.choices.preview = result
        more = result.problem_count - PROBLEMS_SHOWN
        text = self.counts_text(result)
        if more > 0:
            text += " " + fill(self.tr("(%1 masalah pertama ditampilkan)"), format_int(PROBLEMS_SHOWN))
        self.summary.setText(text)
        self.notes.setText("\n".join(f"⚠ {reason_text(note)}" for note in result.notes))
        self.problems.set_rows(result.problem_rows(PROBLEMS_SHOWN))  # the table fits its columns and rows
        self.save_button.setEnabled(result.problem_count > 0)

    def save_report(self) -> None:
        """Write every problem to an .xlsx the OPD can fix their file from."""
        if self.done is None:
            return
        suggested = report_name(self.done.file_name)
        if self.choices.path is not None:
            suggested = str(self.choices.path.with_name(suggested))
        path = prompts.save_file(self, self.tr("Simpan laporan masalah"), suggested, self.tr("Excel (*.xlsx)"))
        if not path:
            return
        result, target, demo = self.done, Path(path), self.context.demo
        database = self.context.database
        job = run_in_background(lambda _ctx: export_problems(result, target, demo, database), self,
                                self.tr("Menyimpan laporan masalah"), owner=self,
                                error_title=self.tr("Laporan masalah"))
        job.succeeded.connect(lambda count: prompts.info(self, self.tr("Laporan masalah"), fill(
            self.tr("%Ln masalah ditulis ke %1", "", count), str(target))))


class ImportPage(_RunPage):
    """The import itself: one transaction, progress, and a Cancel that rolls everything back."""

    def __init__(self, context: AppContext, choices: ImportChoices) -> None:
        super().__init__(context, choices, dry_run=False)
        self.setTitle(self.tr("Impor"))
        self.setSubTitle(self.tr("Semua baris disimpan dalam satu langkah; bila dihentikan, tidak ada yang berubah."))
        self.setFinalPage(True)

    def initializePage(self) -> None:
        if self.choices.imported is not None:  # stored already: never a second batch from one wizard
            self.done = self.choices.imported
            self.show_result(self.choices.imported)
            return
        super().initializePage()

    def cleanupPage(self) -> None:
        if self.job is not None and not self.job.done:
            self.job.cancel()
        super().cleanupPage()

    def show_result(self, result: PopulationImportResult) -> None:
        self.choices.imported = result
        wizard = self.wizard()
        if wizard is not None:  # stored: only Selesai is left (a Cancel now would undo nothing)
            wizard.setOption(QWizard.WizardOption.NoCancelButton, True)
        batches = ", ".join(str(batch) for batch in result.batches)
        self.summary.setText(fill(self.tr("Impor nomor %1 tersimpan. "), batches) + self.counts_text(result))
