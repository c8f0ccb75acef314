"""Import a progress file from KPK or a vendor: date, sheet, column mapping, a check, then store."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from spi_desktop.domain.survey_year import SurveyYear
from spi_desktop.services.population_setup import list_presets, save_preset
from spi_desktop.services.progress import (
    ProgressImportResult,
    ProgressInspection,
    import_progress,
    inspect_progress,
    preview_progress,
    progress_columns,
)
from spi_desktop.services.years import get_year
from spi_desktop.views.attempt import attempt_in_background
from spi_desktop.views.context import AppContext
from spi_desktop.views.dates import shown_date
from spi_desktop.views.errors import user_message
from spi_desktop.views.labels import group_labels
from spi_desktop.views.monitoring.snapshot_saving import picked_date, qdate, save_snapshot
from spi_desktop.views.numbers import format_int
from spi_desktop.views.prompts import prompts
from spi_desktop.views.reason_texts import problem_text, reason_text
from spi_desktop.views.screen_fit import FittedDialog
from spi_desktop.views.style import ERROR_STYLE, form_layout
from spi_desktop.views.text import fill
from spi_desktop.views.workers import BackgroundJob, run_in_background

PRESET_GROUP = "progress"  # mapping presets of progress files, next to the population ones


def default_date(today: dt.date, start: dt.date | None, end: dt.date | None) -> dt.date:
    """Today, moved into the survey window when it lies outside it."""
    if end is not None and today > end:
        return end
    if start is not None and today < start:
        return start
    return today


class ProgressImportDialog(FittedDialog):
    """One dated snapshot from a file; nothing is stored before 'Impor' (and the same-date question)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.path: Path | None = None
        self.inspection: ProgressInspection | None = None
        self.last_job: BackgroundJob | None = None
        self.stored_result: ProgressImportResult | None = None
        self.setWindowTitle(fill(self.tr("Impor data kemajuan %1"), context.year))
        self.resize_within_screen(760, 640)
        self.presets_job: BackgroundJob | None = None  # the year's window and the saved mappings, read once
        self._presets: dict[str, dict[str, str]] = {}
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(self.tr("Berkas"))
        self.path_edit.setReadOnly(True)
        browse = QPushButton(self.tr("&Pilih berkas…"))
        browse.clicked.connect(self.choose_file)
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd-MM-yyyy")
        self.date.setDate(qdate(dt.date.today()))  # the survey window's default and range come with the read
        self._date_picked = False
        self.date.dateChanged.connect(self._date_changed)
        self.sheet = QComboBox()
        self.sheet.activated.connect(lambda _i: self.inspect())
        self.group = QComboBox()
        self.group.addItem(self.tr("Dari kolom Kelompok di berkas"), None)
        for key, label in group_labels().items():
            self.group.addItem(fill(self.tr("Semua baris: %1"), label), key)
        self.presets = QComboBox()
        self.presets.activated.connect(lambda _i: self.apply_preset(self.presets.currentText()))
        save = QPushButton(self.tr("&Simpan pasangan kolom…"))
        save.clicked.connect(self.ask_preset_name)
        self.combos: dict[str, QComboBox] = {}
        mapping_form = form_layout()
        self.labels = {"unit": self.tr("Kode OPD"), "group": self.tr("Kelompok"), "invited": self.tr("Diundang"),
                       "started": self.tr("Mulai (sebagian)"), "completed": self.tr("Selesai")}
        for spec in progress_columns():
            combo = QComboBox()
            self.combos[spec.key] = combo
            mapping_form.addRow(self.labels[spec.key] + (" *" if spec.required else ""), combo)
        self.status = QLabel(self.tr("Pilih berkas dari KPK atau vendor survei."))
        self.status.setWordWrap(True)
        self.report = QPlainTextEdit()
        self.report.setAccessibleName(self.tr("Laporan impor"))
        self.report.setReadOnly(True)
        self.check_button = QPushButton(self.tr("P&eriksa"))
        self.check_button.clicked.connect(self.check)
        self.import_button = QPushButton(self.tr("&Impor"))
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.store)
        close = QPushButton(self.tr("&Tutup"))
        close.clicked.connect(self.reject)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(browse)
        preset_row = QHBoxLayout()
        preset_row.addWidget(self.presets, 1)
        preset_row.addWidget(save)
        form = form_layout()
        form.addRow(self.tr("Berkas"), file_row)
        form.addRow(self.tr("Tanggal data"), self.date)
        form.addRow(self.tr("Lembar kerja"), self.sheet)
        form.addRow(self.tr("Kelompok"), self.group)
        form.addRow(self.tr("Pasangan kolom tersimpan"), preset_row)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.check_button, self.import_button, close):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Kolom berkas untuk setiap isian (* wajib):")))
        layout.addLayout(mapping_form)
        layout.addWidget(self.status)
        layout.addWidget(self.report, 1)
        layout.addLayout(buttons)
        self._read_window_and_presets()
        self._enable()

    def _read_window_and_presets(self) -> None:
        database, year = self.context.database, self.context.year
        self.presets_job = run_in_background(
            lambda _ctx: (get_year(database, year), list_presets(database, PRESET_GROUP)), owner=self)
        self.presets_job.succeeded.connect(lambda answer: self._show_window_and_presets(*answer))

    def _date_changed(self, _date: object) -> None:
        self._date_picked = True

    def _show_window_and_presets(self, settings: SurveyYear, presets: dict[str, dict[str, str]]) -> None:
        picked = self._date_picked
        if not picked:  # a date the user chose meanwhile is kept (within the window)
            self.date.setDate(qdate(default_date(dt.date.today(), settings.window_start, settings.window_end)))
        if settings.window_start and settings.window_end:
            self.date.setDateRange(qdate(settings.window_start), qdate(settings.window_end))
        self._date_picked = picked
        self._show_presets(presets)

    def choose_file(self) -> None:
        """Ask for the file, then look at its columns."""
        path = prompts.open_spreadsheet(self, self.tr("Pilih data kemajuan"))
        if path is not None:
            self.set_file(path)

    def set_file(self, path: Path) -> BackgroundJob:
        """Use ``path`` and find its sheets, header row and columns off the GUI thread."""
        self.path = path
        self.path_edit.setText(str(path))
        self.sheet.clear()
        return self.inspect()

    def inspect(self) -> BackgroundJob:
        """Look at the file's header (the chosen sheet, else the first)."""
        assert self.path is not None
        self.inspection = None
        self._enable()
        path, sheet = self.path, self.sheet.currentData()
        self._say(self.tr("Memeriksa berkas…"))
        self.last_job = run_in_background(lambda _ctx: inspect_progress(path, sheet), owner=self)
        self.last_job.succeeded.connect(self._inspected)
        self.last_job.failed.connect(lambda error: self._say(user_message(error), error=True))
        return self.last_job

    def _inspected(self, inspection: ProgressInspection) -> None:
        self.inspection = inspection
        if self.sheet.count() == 0:
            for name in inspection.sheets:
                self.sheet.addItem(name, name)
        self.sheet.setEnabled(bool(inspection.sheets))
        for key, combo in self.combos.items():
            combo.clear()
            combo.addItem(self.tr("(tidak ada)"), "")
            for header in inspection.headers:
                if header:
                    combo.addItem(header, header)
            combo.setCurrentIndex(max(0, combo.findData(inspection.mapping.get(key, ""))))
        missing = [self.labels[s.key] for s in progress_columns() if s.required and s.key not in inspection.mapping]
        self._say(fill(self.tr("Judul kolom di baris %1. %2"), inspection.header_row,
                       fill(self.tr("Pilih kolom untuk: %1."), ", ".join(missing)) if missing
                       else self.tr("Semua kolom wajib dikenali; periksa lalu impor.")))
        self._enable()

    def mapping(self) -> dict[str, str]:
        """Field -> the chosen header ('' for none)."""
        return {key: str(combo.currentData() or "") for key, combo in self.combos.items()}

    def _mapping_problem(self) -> str | None:
        chosen = self.mapping()
        missing = [self.labels[spec.key] for spec in progress_columns() if spec.required and not chosen[spec.key]]
        if missing:
            return fill(self.tr("Kolom wajib belum dipilih: %1"), ", ".join(missing))
        headers = [h for h in chosen.values() if h]
        twice = sorted({h for h in headers if headers.count(h) > 1})
        if twice:
            return fill(self.tr("Satu kolom berkas dipilih untuk dua isian: %1"), ", ".join(twice))
        if not chosen["group"] and self.group.currentData() is None:
            return self.tr("Berkas tanpa kolom Kelompok: pilih kelompok untuk semua baris")
        return None

    def check(self) -> BackgroundJob | None:
        """Read and check every row without storing anything."""
        problem = self._mapping_problem()
        if problem or self.path is None:
            self._say(problem or self.tr("Pilih berkas dulu"), error=True)
            return None
        path, sheet, mapping, group = self.path, self.sheet.currentData(), self.mapping(), self.group.currentData()
        database, year, date = self.context.database, self.context.year, picked_date(self.date)
        self.last_job = run_in_background(lambda _ctx: preview_progress(database, path, year, date, sheet, mapping,
                                                                        group), owner=self)
        self.last_job.succeeded.connect(self._checked)
        self.last_job.failed.connect(lambda error: self._say(user_message(error), error=True))
        return self.last_job

    def _checked(self, checked: ProgressImportResult) -> None:
        self._say(fill(self.tr("Dibaca %1 baris: %2 siap disimpan, %3 ditolak (belum ada yang disimpan)."),
                       format_int(checked.read), format_int(checked.imported), format_int(checked.rejected)),
                  error=bool(checked.problems))
        self.report.setPlainText("\n".join([problem_text(p) for p in checked.problems[:200]]
                                           + [reason_text(w) for w in checked.warnings[:50]]))

    def store(self) -> BackgroundJob | None:
        """Store the file as one dated snapshot (asking first when the date already has one)."""
        problem = self._mapping_problem()
        if problem or self.path is None:
            self._say(problem or self.tr("Pilih berkas dulu"), error=True)
            return None
        database, year, date = self.context.database, self.context.year, picked_date(self.date)
        path, sheet, mapping, group = self.path, self.sheet.currentData(), self.mapping(), self.group.currentData()
        job = save_snapshot(self, self.context, date, lambda on_existing: import_progress(
            database, path, year, date, on_existing, sheet=sheet, mapping=mapping, group=group), self._stored,
                            self._started)
        self.last_job = job
        return job

    def _started(self, job: BackgroundJob) -> None:
        self.last_job = job

    def _stored(self, result: ProgressImportResult) -> None:
        self.stored_result = result
        self.report.setPlainText("\n".join([problem_text(p) for p in result.problems]
                                           + [reason_text(w) for w in result.warnings]))
        self._say(fill(self.tr("Disimpan %1 baris untuk tanggal %2."), format_int(result.imported),
                       shown_date(result.date)))

    def _show_presets(self, presets: dict[str, dict[str, str]], select: str = "") -> None:
        self._presets = presets
        chosen = select or self.presets.currentText()
        self.presets.clear()
        self.presets.addItem(self.tr("(otomatis)"))
        self.presets.addItems(list(presets))
        if chosen:
            self.presets.setCurrentText(chosen)

    def apply_preset(self, name: str) -> None:
        """Choose the columns a saved mapping names (where this file has them)."""
        for key, header in self._presets.get(name, {}).items():
            if key in self.combos and self.combos[key].findData(header) >= 0:
                self.combos[key].setCurrentIndex(self.combos[key].findData(header))

    def ask_preset_name(self) -> None:
        """Save the current mapping under a name (e.g. the vendor's)."""
        name = prompts.ask_text(self, self.tr("Simpan pasangan kolom"), self.tr("Nama (mis. nama vendor):"))
        if name:
            database, mapping = self.context.database, self.mapping()

            def save_and_list() -> object:
                save_preset(database, PRESET_GROUP, name, mapping)
                return list_presets(database, PRESET_GROUP)

            self.presets_job = attempt_in_background(
                self, self.tr("Simpan pasangan kolom"), save_and_list,
                lambda presets: self._show_presets(presets, " ".join(name.split())))

    def _enable(self) -> None:
        ready = self.inspection is not None
        for widget in (self.check_button, self.import_button, *self.combos.values()):
            widget.setEnabled(ready)

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet(ERROR_STYLE if error else "")
        self.status.setText(text)
