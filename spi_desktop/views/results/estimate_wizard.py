"""The SPI mandiri estimate as a wizard: answer files → weights and correction → the ESTIMASI result.

Nothing is stored: ``services.estimate.estimate_spi`` only reads the workspace, and the result can be
saved as a JSON file that says ESTIMASI in its first field.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from spi_desktop.domain.survey_year import GROUPS
from spi_desktop.resources import resource_path
from spi_desktop.services.scorecard_batch import write_estimate_scorecards
from spi_desktop.services.years import get_year
from spi_desktop.views.context import AppContext
from spi_desktop.views.labels import group_labels
from spi_desktop.views.numbers import format_decimal, parse_decimal, weight_text
from spi_desktop.views.prompts import prompts
from spi_desktop.views.results.estimate_choices import EstimateChoices
from spi_desktop.views.results.estimate_view import ResultPage
from spi_desktop.views.style import ERROR_STYLE, form_layout
from spi_desktop.views.text import fill
from spi_desktop.views.wizards import Wizard
from spi_desktop.views.workers import BackgroundJob, run_in_background

SAMPLE_EXPORT = ("estimate", "contoh-google-form.csv")
SAMPLE_MAP = ("estimate", "peta-kuesioner-contoh.json")
WEIGHT_TOLERANCE = 0.001


def _write_json(data: dict[str, Any], target: Path) -> Path:
    target.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return target


class EstimateWizard(Wizard):
    """Three pages over one ``choices``; ``last_job`` is the latest background job (the estimate or a save)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(fill(self.tr("Estimasi SPI mandiri %1"), context.year), parent)
        self.context = context
        self.choices = EstimateChoices()
        self.last_job: BackgroundJob | None = None
        self.resize_within_screen(1200, 760)
        self.files_page = FilesPage(self.choices)
        self.weights_page = WeightsPage(context, self.choices)
        self.result_page = ResultPage(context, self.choices)
        self.result_page.started.connect(self._track)
        self.result_page.save_button.clicked.connect(self.save_json)
        self.result_page.cards_button.clicked.connect(self.write_scorecards)
        for page in (self.files_page, self.weights_page, self.result_page):
            self.addPage(page)

    def _track(self, job: BackgroundJob) -> None:
        self.last_job = job

    def save_json(self) -> BackgroundJob | None:
        """Write the estimate (label ESTIMASI, disclaimer, every number) to a JSON file."""
        report = self.choices.report
        if report is None:
            return None
        # The file keeps every number for a later comparison with KPK's official figures; the ESTIMASI cards are
        # the printable form (Kartu skor ESTIMASI).
        path = prompts.save_file(self, self.tr("Simpan data ESTIMASI"), f"estimasi-spi-{report.year}.json",
                                 self.tr("Data estimasi SPI Desktop (*.json)"))
        if not path:
            return None
        data, target = report.as_dict(), Path(path)
        job = run_in_background(lambda _ctx: _write_json(data, target), owner=self, error_title=self.tr("ESTIMASI"))
        job.succeeded.connect(lambda saved: prompts.info(self, self.tr("ESTIMASI disimpan"),
                                                         fill(self.tr("Disimpan ke %1"), str(saved))))
        self.last_job = job
        return job

    def write_scorecards(self) -> BackgroundJob | None:
        """Ask for a folder, then write an ESTIMASI scorecard for the institution and each OPD estimated."""
        report = self.choices.report
        if report is None:
            return None
        folder = prompts.choose_folder(self, self.tr("Folder untuk kartu skor ESTIMASI"))
        if not folder:
            return None
        database, target = self.context.database, Path(folder)
        job = run_in_background(lambda ctx: write_estimate_scorecards(database, report, target, context=ctx),
                                parent=self, title=self.tr("Menulis kartu skor ESTIMASI"),
                                error_title=self.tr("Kartu skor ESTIMASI"))
        job.succeeded.connect(lambda result: prompts.info(self, self.tr("Kartu skor ESTIMASI"), fill(self.tr(
            "%1 berkas PDF (%2 halaman) ditulis di %3. Setiap kartu bertanda ESTIMASI, bukan nilai resmi KPK."),
            len(result.files), result.pages, folder)))
        self.last_job = job
        return job


class FilesPage(QWizardPage):
    """Choose the answer export and the questionnaire map (or the shipped samples)."""

    def __init__(self, choices: EstimateChoices) -> None:
        super().__init__()
        self.choices = choices
        self.setTitle(self.tr("Berkas jawaban"))
        self.setSubTitle(self.tr("Ekspor jawaban survei mandiri (.csv/.xlsx dari Google Forms, KoboToolbox atau "
                                 "LimeSurvey) dan peta kuesionernya (.json)."))
        self.export = QLineEdit()
        self.export.setAccessibleName(self.tr("Berkas ekspor jawaban"))
        self.map = QLineEdit()
        self.map.setAccessibleName(self.tr("Peta kuesioner"))
        self.sheet = QLineEdit()
        self.sheet.setPlaceholderText(self.tr("kosong = lembar pertama"))
        for edit in (self.export, self.map):
            edit.textChanged.connect(lambda _text: self.completeChanged.emit())
        export_button = QPushButton(self.tr("&Pilih berkas…"))
        export_button.clicked.connect(self.choose_export)
        map_button = QPushButton(self.tr("Pilih pe&ta…"))
        map_button.clicked.connect(self.choose_map)
        sample = QPushButton(self.tr("Pakai &contoh"))
        sample.setToolTip(self.tr("Isi kedua berkas dengan contoh yang disertakan aplikasi"))
        sample.clicked.connect(self.use_samples)
        privacy = QLabel(self.tr("Identitas responden tidak dibaca dan tidak disimpan: kolom nama, email, nomor HP, "
                                 "alamat IP dan waktu pengisian dilewati. Hasil estimasi tidak ditulis ke basis "
                                 "data dan tidak bercampur dengan hasil resmi KPK."))
        privacy.setWordWrap(True)
        privacy.setObjectName("sourceNotes")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setStyleSheet(ERROR_STYLE)
        form = form_layout()
        form.addRow(self.tr("Ekspor jawaban"), self._row(self.export, export_button))
        form.addRow(self.tr("Peta kuesioner"), self._row(self.map, map_button))
        form.addRow(self.tr("Lembar kerja"), self.sheet)
        samples = QHBoxLayout()
        samples.addWidget(sample)
        samples.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(samples)
        layout.addSpacing(12)
        layout.addWidget(privacy)
        layout.addWidget(self.status)
        layout.addStretch(1)

    @staticmethod
    def _row(edit: QLineEdit, button: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(edit, 1)
        row.addWidget(button)
        return row

    def choose_export(self) -> None:
        """Ask for the answer export."""
        path = prompts.open_file(self, self.tr("Pilih ekspor jawaban"),
                                 self.tr("Ekspor jawaban (*.csv *.xlsx *.xls *.ods *.txt)"))
        if path:
            self.export.setText(path)

    def choose_map(self) -> None:
        """Ask for the questionnaire map."""
        path = prompts.open_file(self, self.tr("Pilih peta kuesioner"), self.tr("Peta kuesioner (*.json)"))
        if path:
            self.map.setText(path)

    def use_samples(self) -> None:
        """Fill both fields with the sample export and map shipped with the app."""
        self.export.setText(str(resource_path(*SAMPLE_EXPORT)))
        self.map.setText(str(resource_path(*SAMPLE_MAP)))

    def isComplete(self) -> bool:
        return bool(self.export.text().strip() and self.map.text().strip())

    def validatePage(self) -> bool:
        export, map_path = Path(self.export.text().strip()), Path(self.map.text().strip())
        missing = [str(path) for path in (export, map_path) if not path.is_file()]
        if missing:
            self.status.setText(fill(self.tr("Berkas tidak ditemukan: %1"), ", ".join(missing)))
            return False
        self.status.clear()
        self.choices.export, self.choices.map_path = export, map_path
        self.choices.sheet = self.sheet.text().strip() or None
        return True


class WeightsPage(QWizardPage):
    """The survey year's weights (editable, summing to 1) and an optional correction in points."""

    def __init__(self, context: AppContext, choices: EstimateChoices) -> None:
        super().__init__()
        self.context, self.choices = context, choices
        self.setTitle(self.tr("Bobot dan koreksi"))
        self.setSubTitle(fill(self.tr("Bobot kelompok responden dari Pengaturan › Tahun survei %1; ubah bila perlu "
                                      "untuk estimasi ini saja (tidak disimpan)."), context.year))
        self.year_weights: dict[str, float | None] = {}
        self.weights = {group: QLineEdit() for group in GROUPS}
        self.correction = QLineEdit()
        self.correction.setPlaceholderText(self.tr("kosong = tanpa koreksi"))
        self.total = QLabel()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        grid = QGridLayout()
        for row, (group, label) in enumerate(group_labels().items()):
            name = QLabel(label)
            name.setBuddy(self.weights[group])  # a screen reader names the field after its label
            grid.addWidget(name, row, 0)
            grid.addWidget(self.weights[group], row, 1)
            self.weights[group].setMaximumWidth(140)
            self.weights[group].textChanged.connect(lambda _text: self._show_total())
        grid.addWidget(self.total, len(GROUPS), 1)
        correction = QLabel(self.tr("Faktor koreksi (poin, 0–100)"))
        correction.setBuddy(self.correction)
        grid.addWidget(correction, len(GROUPS) + 1, 0)
        grid.addWidget(self.correction, len(GROUPS) + 1, 1)
        self.correction.setMaximumWidth(240)
        grid.setColumnStretch(2, 1)
        hint = QLabel(self.tr("Tulis angka dengan koma, mis. 0,45. Jumlah ketiga bobot harus 1. Faktor koreksi "
                              "dikurangkan dari setiap indeks."))
        hint.setObjectName("sourceNotes")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(hint)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def initializePage(self) -> None:
        self.year_weights = dict(get_year(self.context.database, self.context.year).weights)
        for group, edit in self.weights.items():
            value = self.year_weights.get(group)
            edit.setText(weight_text(value))
        self.message.clear()

    def _parsed(self) -> dict[str, float]:
        """The three weights; ``ValueError`` (Indonesian, for the page) when one is empty or not a number."""
        values = {}
        for group, label in group_labels().items():
            text = self.weights[group].text()
            if not text.strip():
                raise ValueError(fill(self.tr("Bobot %1 belum diisi."), label))
            values[group] = parse_decimal(text)
        return values

    def _show_total(self) -> None:
        try:
            total = sum(self._parsed().values())
        except ValueError:
            self.total.setText(self.tr("Jumlah: –"))
            return
        self.total.setText(fill(self.tr("Jumlah: %1"), format_decimal(total)))

    def validatePage(self) -> bool:
        try:
            weights = self._parsed()
            correction_text = self.correction.text().strip()
            correction = parse_decimal(correction_text) if correction_text else None
        except ValueError as error:
            self.message.setText(str(error))
            return False
        total = sum(weights.values())
        if any(not 0 <= w <= 1 for w in weights.values()) or abs(total - 1) > WEIGHT_TOLERANCE:
            self.message.setText(fill(self.tr("Bobot ditolak: setiap bobot harus antara 0 dan 1 dan jumlah ketiganya "
                                              "harus 1 (sekarang %1)."), format_decimal(total)))
            return False
        if correction is not None and not 0 <= correction <= 100:
            self.message.setText(self.tr("Faktor koreksi harus antara 0 dan 100 poin (kosongkan bila tanpa koreksi)."))
            return False
        self.message.clear()
        same = all(self.year_weights.get(g) is not None and abs(weights[g] - (self.year_weights[g] or 0)) < 1e-9
                   for g in GROUPS)
        self.choices.weights = None if same else weights
        self.choices.correction = correction
        return True
