"""The first-start assistant: 1 the institution, 2 the survey year with its dates, 3 the OPD list (skippable),
4 what comes next. Each step stores what it asks for when the user goes on, through the services; the assistant
may be closed at any step and opened again from Bantuan or Beranda."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from spi_desktop.domain.institution import DEFAULT_INSTITUTION_TYPE, INSTITUTION_TYPES
from spi_desktop.domain.survey_year import SurveyYear
from spi_desktop.services import units as unit_service
from spi_desktop.services.first_start import FirstStartState
from spi_desktop.services.units import UnitFilePreview, UnitImportSummary
from spi_desktop.services.workspace import WorkspaceInfo, init_workspace
from spi_desktop.services.years import YearSuggestion, set_year_dates
from spi_desktop.views.context import AppContext, Area, Place
from spi_desktop.views.dates import shown_date
from spi_desktop.views.errors import user_message
from spi_desktop.views.fields import OptionalDateEdit
from spi_desktop.views.numbers import format_int
from spi_desktop.views.prompts import prompts
from spi_desktop.views.reason_texts import problem_text, reason_text
from spi_desktop.views.style import form_layout, message_label, show_message
from spi_desktop.views.tables import Column, RowTableModel, row_table
from spi_desktop.views.text import fill
from spi_desktop.views.wizards import Wizard
from spi_desktop.views.workers import BackgroundJob, run_in_background
from spi_desktop.views.year_suggestions import YearSuggestions

PREVIEW_ROWS = 200
PROBLEMS_SHOWN = 4  # per kind; the step has room for about a dozen lines under its table


@dataclass
class SetupChoices:
    """What the steps stored so far, for the steps after them."""

    institution: str = ""
    year: int | None = None
    window: tuple[dt.date, dt.date] | None = None
    imported: UnitImportSummary | None = None


def _intro(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class StoringStep(QWizardPage):
    """A step that stores what it asks for when the user goes on, off the GUI thread: *Lanjut* starts ``store``'s
    work (the step waits, disabled), its answer goes to ``stored`` and moves the wizard on; a refusal stays on the
    step, named in ``message``. An answer arriving after the assistant was closed is kept but moves nothing."""

    message: QLabel

    def __init__(self) -> None:
        super().__init__()
        self.last_job: BackgroundJob | None = None
        self._stored = False

    def store(self) -> Callable[[], Any] | None:
        """The work that stores the step (reading the fields now, on the GUI thread); None to stay here."""
        raise NotImplementedError

    def stored(self, answer: Any) -> None:
        """What the step does with the stored answer (on the GUI thread)."""
        raise NotImplementedError

    def validatePage(self) -> bool:
        if self._stored:  # the answer came: go on
            self._stored = False
            return True
        if self.last_job is not None and not self.last_job.done:
            return False
        work = self.store()
        if work is None:
            return False
        self.setEnabled(False)
        self.last_job = run_in_background(lambda _ctx: work(), owner=self)
        self.last_job.succeeded.connect(self._succeeded)
        self.last_job.failed.connect(self._failed)
        return False

    def _succeeded(self, answer: Any) -> None:
        self.setEnabled(True)
        self.message.hide()
        self.stored(answer)
        wizard = self.wizard()
        if wizard is not None and wizard.isVisible() and wizard.currentPage() is self:
            self._stored = True
            wizard.next()

    def _failed(self, error: BaseException) -> None:
        self.setEnabled(True)
        show_message(self.message, user_message(error))


class InstitutionStep(StoringStep):
    """1 Instansi: name, code and kind (the Pemda kinds first; kabupaten unless one is stored)."""

    def __init__(self, context: AppContext, state: FirstStartState, choices: SetupChoices) -> None:
        super().__init__()
        self.context, self.choices = context, choices
        self.setTitle(self.tr("1 · Instansi"))
        self.setSubTitle(self.tr("Pemerintah daerah yang disurvei KPK, sebagaimana ditulis di surat KPK."))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("mis. Pemerintah Kabupaten Sukamaju"))
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("mis. KAB-SUKAMAJU (singkat, tanpa spasi)"))
        self.code.setMaxLength(32)
        self.type = QComboBox()
        for key, label in INSTITUTION_TYPES.items():
            self.type.addItem(label, key)
        self.type.insertSeparator(3)  # the Pemda kinds above the others
        stored = state.workspace
        if stored is not None:
            self.name.setText(stored.name)
            self.code.setText(stored.code)
        self.type.setCurrentIndex(max(0, self.type.findData(stored.type if stored else DEFAULT_INSTITUTION_TYPE)))
        form = form_layout()
        form.addRow(self.tr("Nama instansi *"), self.name)
        form.addRow(self.tr("Kode instansi *"), self.code)
        form.addRow(self.tr("Jenis"), self.type)
        self.message = message_label()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_intro(self.tr("Alamat, Inspektur dan logo untuk kartu skor dapat dilengkapi nanti di "
                                        "Pengaturan › Instansi.")))
        layout.addWidget(self.message)
        layout.addStretch(1)

    def store(self) -> Callable[[], WorkspaceInfo]:
        """Store the institution before going on; a refusal stays on this step."""
        database, code, name, kind = self.context.database, self.code.text(), self.name.text(), \
            str(self.type.currentData())
        return lambda: init_workspace(database, code, name, kind)

    def stored(self, answer: WorkspaceInfo) -> None:
        self.choices.institution = answer.name
        self.context.notify(Area.WORKSPACE)


class YearStep(StoringStep):
    """2 Tahun survei: the current year with its window and population deadline, all required."""

    def __init__(self, context: AppContext, suggestion: YearSuggestion, choices: SetupChoices) -> None:
        super().__init__()
        self.context, self.choices = context, choices
        self.setTitle(self.tr("2 · Tahun survei"))
        self.setSubTitle(self.tr("Tahun SPI yang sedang berjalan dan tanggal-tanggalnya menurut surat KPK."))
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(suggestion.year)
        self.window_start, self.window_end = OptionalDateEdit(), OptionalDateEdit()
        self.population_deadline = OptionalDateEdit()
        self.suggestions = YearSuggestions(self, context.database, (self.window_start, self.window_end,
                                                                    self.population_deadline), self._show)
        self.year.valueChanged.connect(self.suggestions.ask)
        form = form_layout()
        form.addRow(self.tr("Tahun survei *"), self.year)
        form.addRow(self.tr("Masa survei mulai *"), self.window_start)
        form.addRow(self.tr("Masa survei selesai *"), self.window_end)
        form.addRow(self.tr("Batas data populasi *"), self.population_deadline)
        self.note = _intro("")
        self.note.setObjectName("sourceNotes")
        self.message = message_label()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self._show(suggestion)

    def _show(self, suggestion: YearSuggestion) -> None:
        self.window_start.set_value(suggestion.window_start)
        self.window_end.set_value(suggestion.window_end)
        self.population_deadline.set_value(suggestion.population_deadline)
        if suggestion.exists:
            note = fill(self.tr("Tahun %1 sudah ada di ruang kerja ini; periksa tanggalnya."), suggestion.year)
        elif suggestion.pattern_from is not None:
            note = fill(self.tr("Tahun %1 dibuat dari pengaturan tahun %2. Tanggal di atas mengikuti pola tahun %2: "
                                "sesuaikan dengan surat KPK tahun ini."), suggestion.year, suggestion.pattern_from)
        else:
            note = self.tr("Isi ketiga tanggal menurut surat KPK tahun ini.")
        self.note.setText(note)

    def store(self) -> Callable[[], SurveyYear] | None:
        """Add the year (or give a stored one these dates) before going on; a missing date stays here, named."""
        if self.suggestions.waiting:  # the dates shown are still the previous year's
            return None
        database, year = self.context.database, self.year.value()
        dates = self.window_start.value(), self.window_end.value(), self.population_deadline.value()
        return lambda: set_year_dates(database, year, *dates)

    def stored(self, answer: SurveyYear) -> None:
        assert answer.window_start is not None and answer.window_end is not None
        self.choices.year, self.choices.window = answer.year, (answer.window_start, answer.window_end)
        self.context.set_year(answer.year)
        self.context.notify(Area.YEARS)


class UnitsStep(QWizardPage):
    """3 Daftar OPD: choose a file, see what it holds, import it; or go on without it."""

    def __init__(self, context: AppContext, choices: SetupChoices) -> None:
        super().__init__()
        self.context, self.choices = context, choices
        self.preview: UnitFilePreview | None = None
        self.path: Path | None = None
        self.last_job: BackgroundJob | None = None
        self.setTitle(self.tr("3 · Daftar OPD"))
        self.setSubTitle(self.tr("Perangkat daerah yang ikut SPI. Langkah ini boleh dilewati: daftar OPD dapat "
                                 "diimpor nanti di Instansi & OPD."))
        self.choose_button = QPushButton(self.tr("&Pilih berkas daftar OPD…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.import_button = QPushButton(self.tr("&Impor"))
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.import_previewed)
        self.file_label = QLabel(self.tr("Excel atau CSV dengan kolom Kode dan Nama OPD (kolom kepala dan PIC "
                                         "dibaca bila ada)."))
        self.file_label.setWordWrap(True)
        self.model = RowTableModel([Column(self.tr("Kode"), lambda r: r.code),
                                    Column(self.tr("Nama OPD"), lambda r: r.name),
                                    Column(self.tr("Kepala"), lambda r: r.head_name or "")])
        self.table = row_table(self.model, name=self.tr("OPD yang akan diimpor"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.message = message_label()
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.file_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)

    def choose_file(self) -> None:
        """Ask for the OPD file, then read it for the preview."""
        path = prompts.open_spreadsheet(self, self.tr("Pilih daftar OPD"))
        if path is not None:
            self.preview_file(path)

    def preview_file(self, path: Path) -> BackgroundJob:
        """Read ``path`` off the GUI thread and show what an import would do (nothing is stored)."""
        database = self.context.database
        self.path, self.preview = path, None
        self.import_button.setEnabled(False)
        self.message.hide()
        self.file_label.setText(fill(self.tr("Membaca %1…"), path.name))
        job = run_in_background(lambda _ctx: unit_service.preview_units(database, path, limit=PREVIEW_ROWS),
                                owner=self)
        job.succeeded.connect(self._show_preview)
        job.failed.connect(self._failed)
        self.last_job = job
        return job

    def _show_preview(self, preview: UnitFilePreview) -> None:
        assert self.path is not None
        self.preview = preview
        self.model.set_rows(preview.records)
        self.file_label.setText(fill(self.tr("Berkas: %1"), str(self.path)))
        text = fill(self.tr("Terbaca %1 OPD: %2 baru, %3 sudah ada; %4 baris ditolak."), format_int(preview.usable),
                    format_int(preview.new), format_int(preview.known), format_int(preview.rejected))
        # Nothing in the file may be dropped without a word: the values the import will leave out (a wrong PIC
        # phone or e-mail, a head's NIP) are listed with the refused rows, and so are the columns it won't read.
        for title, problems in ((self.tr("Baris yang ditolak:"), preview.problems),
                                (self.tr("Diimpor tanpa nilai yang salah:"), preview.warnings)):
            if problems:
                text += "\n" + title + "\n" + "\n".join(f"• {problem_text(p)}" for p in problems[:PROBLEMS_SHOWN])
                if len(problems) > PROBLEMS_SHOWN:
                    text += "\n" + fill(self.tr("… dan %1 masalah lain"), format_int(len(problems) - PROBLEMS_SHOWN))
        if preview.unmapped:
            text += "\n" + fill(self.tr("Kolom yang tidak dibaca: %1"),
                                 ", ".join(reason_text(column) for column in preview.unmapped))
        self.summary.setText(text)
        self.import_button.setText(fill(self.tr("&Impor %1 OPD"), format_int(preview.usable)))
        self.import_button.setEnabled(preview.usable > 0)

    def import_previewed(self) -> BackgroundJob | None:
        """Import the file previewed, marking every OPD active in the assistant's survey year."""
        if self.path is None:
            return None
        database, path, year = self.context.database, self.path, self.choices.year
        self.import_button.setEnabled(False)
        job = run_in_background(lambda ctx: unit_service.import_units(database, path, year=year, context=ctx),
                                self, fill(self.tr("Mengimpor %1"), path.name))
        job.succeeded.connect(self._imported)
        job.failed.connect(self._failed)
        self.last_job = job
        return job

    def _imported(self, summary: UnitImportSummary) -> None:
        self.choices.imported = summary
        self.preview = None
        self.context.notify(Area.UNITS)
        self.import_button.setText(self.tr("Sudah diimpor"))
        show_message(self.message, fill(self.tr("Tersimpan: %1 OPD baru, %2 diperbarui, %3 tidak berubah."),
                                        summary.added, summary.updated, summary.unchanged), ok=True)

    def _failed(self, error: BaseException) -> None:
        self.import_button.setEnabled(False)
        show_message(self.message, user_message(error) + " " + self.tr("Tidak ada data yang diubah."))

    def validatePage(self) -> bool:
        """A list read but not imported: ask before going on without it."""
        if self.preview is None or self.preview.usable == 0:
            return True
        return prompts.confirm(self, self.tr("Daftar OPD belum diimpor"),
                               self.tr("Daftar OPD yang dipilih belum diimpor. Lanjut tanpa mengimpornya?"))


class NextStepsStep(QWizardPage):
    """4 Langkah berikutnya: what was stored, and a button to each area that comes next."""

    def __init__(self, context: AppContext, choices: SetupChoices) -> None:
        super().__init__()
        self.context, self.choices = context, choices
        self.setTitle(self.tr("4 · Langkah berikutnya"))
        self.setSubTitle(self.tr("Ruang kerja siap. Lanjutkan dari bagian berikut kapan saja."))
        self.done = QLabel()
        self.done.setWordWrap(True)
        self.buttons: dict[Place, QPushButton] = {}
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        for row, (place, button_text, text) in enumerate((
            (Place.UNITS, self.tr("&Instansi && OPD"), self.tr("Lengkapi kepala dan PIC tiap OPD; tandai OPD yang "
                                                             "ikut SPI tahun ini.")),
            (Place.POPULATION, self.tr("P&opulasi"), self.tr("Impor daftar pegawai, pengguna layanan dan eksper "
                                                           "yang dikirim OPD; pantau pengiriman sebelum batasnya.")),
            (Place.MONITORING, self.tr("Pe&mantauan"), self.tr("Selama masa survei: catat jumlah responden per OPD "
                                                             "dan kirim pengingat ke OPD yang tertinggal.")),
            (Place.SETTINGS, self.tr("Pen&gaturan"), self.tr("Alamat, Inspektur dan logo instansi; bobot, kategori "
                                                           "dan target tahun survei.")),
        )):
            # The wizard's own buttons hold Alt+K, Alt+B and Alt+S (Kembali, Berikutnya, Selesai).
            button = QPushButton(button_text)
            button.clicked.connect(lambda _checked=False, where=place: self._go(where))
            self.buttons[place] = button
            label = QLabel(text)
            label.setWordWrap(True)
            grid.addWidget(button, row, 0)
            grid.addWidget(label, row, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.done)
        layout.addSpacing(8)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addWidget(_intro(self.tr("Asisten ini dapat dibuka lagi dari Bantuan › Asisten mulai.")))

    def initializePage(self) -> None:
        """Say what the steps stored."""
        choices = self.choices
        lines = [fill(self.tr("Instansi: %1"), choices.institution)]
        if choices.year is not None and choices.window is not None:
            lines.append(fill(self.tr("Tahun survei %1: masa survei %2 s.d. %3"), choices.year,
                              shown_date(choices.window[0]), shown_date(choices.window[1])))
        if choices.imported is not None:
            lines.append(fill(self.tr("Daftar OPD: %1 OPD baru diimpor"), choices.imported.added))
        else:
            lines.append(self.tr("Daftar OPD: belum diimpor (Instansi & OPD › Impor dari Excel/CSV…)"))
        self.done.setText("\n".join(f"✓ {line}" for line in lines))

    def _go(self, place: Place) -> None:
        self.context.go_to(place)
        wizard = self.wizard()
        if wizard is not None:
            wizard.accept()


class FirstStartWizard(Wizard):
    """The first-start assistant over ``state`` (what the workspace holds, read off the GUI thread)."""

    def __init__(self, context: AppContext, state: FirstStartState, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("FirstStartWizard", "Asisten mulai"), parent)
        self.context = context
        self.choices = SetupChoices(institution=state.workspace.name if state.workspace else "")
        self.institution = InstitutionStep(context, state, self.choices)
        self.year = YearStep(context, state.year, self.choices)
        self.units = UnitsStep(context, self.choices)
        self.next_steps = NextStepsStep(context, self.choices)
        for page in (self.institution, self.year, self.units, self.next_steps):
            self.addPage(page)
        self.setOption(Wizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(Wizard.WizardOption.NoCancelButtonOnLastPage, True)  # all is saved by then
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.resize_within_screen(780, 560)
