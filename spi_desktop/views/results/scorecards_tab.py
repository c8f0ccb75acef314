"""Kartu skor: preview, save and print one unit's scorecard, or write every OPD's in one background batch."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTemporaryDir, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from spi_desktop.services.results_read import ResultInfo
from spi_desktop.services.scorecard_batch import (
    BatchResult,
    existing_files,
    file_name,
    note_scorecard_output,
    write_one_scorecard,
    write_scorecards,
)
from spi_desktop.views.context import AppContext
from spi_desktop.views.numbers import format_decimal
from spi_desktop.views.prompts import prompts
from spi_desktop.views.results.results_tab import YearResultsPage, readable
from spi_desktop.views.results.scorecard_preview import ScorecardPreview
from spi_desktop.views.tables import Column, RowTableModel, row_table
from spi_desktop.views.text import fill
from spi_desktop.views.workers import BackgroundJob, run_in_background


class ScorecardsTab(YearResultsPage):
    """Every unit with a result in the year; a double click previews its card."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.preview: ScorecardPreview | None = None
        self.last_folder: Path | None = None
        self._scratch = QTemporaryDir()  # previews live here until the tab is closed
        self.model = RowTableModel([
            Column(self.tr("Kode"), lambda r: r.code or self.tr("INSTANSI"), sort_key=lambda r: (r.code != "", r.code)),
            Column(self.tr("Nama"), lambda r: r.name),
            Column(self.tr("Indeks"), lambda r: format_decimal(r.index.score), sort_key=lambda r: r.index.score or -1,
                   align_right=True, colour=lambda r: readable(r.index.colour)),
            Column(self.tr("Kategori"), lambda r: r.index.band or "–", sort_key=lambda r: r.index.score or -1,
                   colour=lambda r: readable(r.index.colour)),
        ])
        self.table = row_table(self.model, name=self.tr("Kartu skor"), sorted_by=(0, Qt.SortOrder.AscendingOrder))
        self.table.doubleClicked.connect(lambda _index: self.preview_selected())
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        preview = QPushButton(self.tr("Pratinja&u, simpan, cetak…"))
        preview.clicked.connect(self.preview_selected)
        self.with_institution = QCheckBox(self.tr("Sertakan kartu instansi"))
        self.with_institution.setChecked(True)
        self.with_combined = QCheckBox(self.tr("Satu PDF gabungan, dibuka dengan ringkasan semua OPD"))
        self.with_combined.setChecked(True)
        batch = QPushButton(self.tr("Tulis kartu &semua OPD…"))
        batch.setObjectName("primaryButton")
        batch.clicked.connect(self.choose_batch_folder)
        top = QHBoxLayout()
        top.addWidget(preview)
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.with_institution)
        bottom.addWidget(self.with_combined)
        bottom.addStretch(1)
        bottom.addWidget(batch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.watch_results()

    def _show(self, rows: list[ResultInfo]) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        units = sum(1 for row in rows if row.code)
        self.summary.setText(fill(self.tr(
            "Kartu skor SPI %1: satu halaman A4 per OPD untuk kepala OPD, dengan nilai, kategori, tiap elemen dan "
            "rekomendasi dari katalog (Pengaturan › Katalog rekomendasi). %2 OPD punya hasil tahun ini."),
            self.context.year, units) if rows else fill(self.tr(
            "Belum ada hasil resmi %1, jadi belum ada kartu skor. Impor atau ketik hasilnya di tab Hasil resmi."),
            self.context.year))
        if rows:
            self.table.selectRow(0)

    def selected(self) -> ResultInfo | None:
        """The unit of the selected row."""
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def preview_selected(self) -> BackgroundJob | None:
        """Draw the selected unit's card off the GUI thread, then show it."""
        info = self.selected()
        if info is None:
            prompts.info(self, self.tr("Kartu skor"), self.tr("Pilih dulu satu baris."))
            return None
        database, year = self.context.database, self.context.year
        path = Path(self._scratch.path()) / f"{year}-{file_name(info.code)}"
        job = run_in_background(lambda _ctx: write_one_scorecard(database, year, info.code, path, preview=True),
                                owner=self, error_title=self.tr("Kartu skor"))
        job.succeeded.connect(lambda _pages: self._open_preview(info, path))
        self.last_job = job
        return job

    def _open_preview(self, info: ResultInfo, path: Path) -> None:
        title = fill(self.tr("Kartu skor SPI %1 — %2"), self.context.year, info.name)
        self.preview = ScorecardPreview(path, title, f"{file_name(info.code)[:-4]}-SPI-{self.context.year}.pdf", self)
        database, year = self.context.database, self.context.year
        self.preview.delivered.connect(lambda how, where: note_scorecard_output(database, year, info.code, how, where))
        self.preview.open()

    def choose_batch_folder(self) -> BackgroundJob | None:
        """Ask for a folder, warn about files it would replace, then write every OPD's card."""
        folder = prompts.choose_folder(self, self.tr("Folder untuk kartu skor"))
        if not folder:
            return None
        return self.write_batch(Path(folder))

    def write_batch(self, folder: Path) -> BackgroundJob | None:
        """Write the year's cards into ``folder`` in the background, with progress and Cancel."""
        if not any(row.code for row in self.model.rows()):
            prompts.info(self, self.tr("Kartu skor"), fill(self.tr(
                "Belum ada OPD dengan hasil resmi %1; tidak ada kartu yang ditulis."), self.context.year))
            return None
        database, year = self.context.database, self.context.year
        institution, combined = self.with_institution.isChecked(), self.with_combined.isChecked()
        codes = [row.code for row in self.model.rows() if row.code or institution]
        replaced = existing_files(folder, codes, year, combined)
        if replaced and not prompts.confirm(self, self.tr("Ganti berkas?"), fill(self.tr(
                "%1 berkas sudah ada di folder itu dan akan diganti (%2). Lanjutkan?"), len(replaced),
                ", ".join(replaced[:5]) + (" …" if len(replaced) > 5 else ""))):
            return None
        has_institution = institution and any(not row.code for row in self.model.rows())
        job = run_in_background(
            lambda ctx: write_scorecards(database, year, folder, institution=has_institution, combined=combined,
                                         context=ctx),
            parent=self, title=self.tr("Menulis kartu skor"), error_title=self.tr("Kartu skor"))
        job.succeeded.connect(lambda result: self._batch_done(folder, result))
        job.cancelled.connect(lambda: prompts.info(self, self.tr("Dibatalkan"), self.tr(
            "Penulisan kartu dibatalkan. Kartu yang sudah selesai tetap utuh di folder; tidak ada berkas setengah "
            "jadi.")))
        self.last_job = job
        return job

    def _batch_done(self, folder: Path, result: BatchResult) -> None:
        self.last_folder = folder
        answer = prompts.choose(self, self.tr("Kartu skor selesai"), fill(self.tr(
            "%1 berkas PDF (%2 halaman) ditulis di %3."), len(result.files), result.pages, folder),
            [("open", self.tr("Buka folder"))], cancel_text=self.tr("Tutup"))
        if answer == "open":
            self.open_folder()

    def open_folder(self) -> None:
        """Show the last batch's folder in the computer's file manager."""
        if self.last_folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_folder)))
