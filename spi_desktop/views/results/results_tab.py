"""Official results of the chosen year: a table in band colours and the selected unit's detail."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from spi_desktop.domain.roles import Permission
from spi_desktop.services.results import ResultsImportResult, delete_result, import_results
from spi_desktop.services.results_read import ResultInfo, results_for_year
from spi_desktop.views.attempt import attempt_in_background
from spi_desktop.views.context import AppContext, Area
from spi_desktop.views.dates import shown_date
from spi_desktop.views.errors import user_message
from spi_desktop.views.guard import offer_only_if_allowed
from spi_desktop.views.numbers import format_decimal, signed_decimal
from spi_desktop.views.pages import AreaPage
from spi_desktop.views.prompts import prompts
from spi_desktop.views.reason_texts import reason_text
from spi_desktop.views.results.element_bars import ElementBars
from spi_desktop.views.results.result_form import ResultForm
from spi_desktop.views.tables import Column, RowTableModel, row_table
from spi_desktop.views.text import fill
from spi_desktop.views.workers import BackgroundJob, run_in_background


def readable(colour: str | None) -> str | None:
    """A band colour dark enough to read as text on white (the yellow band is too pale as it is)."""
    return QColor(colour).darker(135).name() if colour else None


def _change(value: float | None) -> str:
    return signed_decimal(value)


class YearResultsPage(AreaPage):
    """A tab over the chosen year's official results: reloaded when results, OPD or years change; a failure
    shown on its ``summary`` line. Subclasses build ``summary`` and draw the rows in ``_show``."""

    summary: QLabel

    def watch_results(self) -> None:
        """Reload on every change that alters the year's results, and load them now."""
        self.watch({Area.RESULTS, Area.UNITS, Area.YEARS}, self.refresh)
        self.refresh()

    def refresh(self) -> BackgroundJob:
        """Reload the year's results off the GUI thread."""
        database, year = self.context.database, self.context.year
        return self.load(lambda: results_for_year(database, year), self._show,
                         lambda error: self.summary.setText(user_message(error)))

    def _show(self, rows: list[ResultInfo]) -> None:
        raise NotImplementedError


class ResultsTab(YearResultsPage):
    """Left: every stored result of the year. Right: the selected one's elements, change and comparisons."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = RowTableModel([
            # the figures always whole; the sub-indices and the correction step aside when the name would be cut
            # (on a 1366 px laptop: the detail beside the table shows them), the name gives up width last
            Column(self.tr("Kode"), lambda r: r.code or self.tr("INSTANSI"), sort_key=lambda r: (r.code != "", r.code),
                   widest=120),
            Column(self.tr("Nama"), lambda r: r.name, elastic=True, widest=360),
            Column(self.tr("Indeks"), lambda r: format_decimal(r.index.score), sort_key=lambda r: r.index.score or -1,
                   align_right=True, colour=lambda r: readable(r.index.colour)),
            Column(self.tr("Kategori"), lambda r: r.index.band or "–", sort_key=lambda r: r.index.score or -1,
                   colour=lambda r: readable(r.index.colour)),
            Column(self.tr("Perubahan"), lambda r: _change(r.change), sort_key=lambda r: r.change or 0,
                   align_right=True, whole="+00,00", colour=lambda r: "#c62828" if (r.change or 0) < 0 else None),
            Column(self.tr("Internal"), lambda r: format_decimal(r.internal), align_right=True,
                   sort_key=lambda r: r.internal or -1, spare=True),
            Column(self.tr("Eksternal"), lambda r: format_decimal(r.external), align_right=True,
                   sort_key=lambda r: r.external or -1, spare=True),
            Column(self.tr("Eksper"), lambda r: format_decimal(r.expert), align_right=True,
                   sort_key=lambda r: r.expert or -1, spare=True),
            Column(self.tr("Koreksi"), lambda r: format_decimal(r.correction), align_right=True,
                   sort_key=lambda r: r.correction or -1, spare=True),
        ])
        self.table = row_table(
            self.model, name=self.tr("Hasil per OPD"), sorted_by=(0, Qt.SortOrder.AscendingOrder))  # institution first
        self.table.selectionModel().currentRowChanged.connect(lambda current, _old: self.show_detail(current.row()))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        import_button = QPushButton(self.tr("&Impor hasil…"))
        import_button.clicked.connect(self.choose_import)
        type_button = QPushButton(self.tr("K&etik hasil…"))
        type_button.clicked.connect(lambda: self.open_form())
        edit_button = QPushButton(self.tr("&Ubah…"))
        edit_button.clicked.connect(self.edit_selected)
        remove_button = QPushButton(self.tr("H&apus…"))
        remove_button.clicked.connect(self.remove_selected)
        offer_only_if_allowed(context, Permission.IMPORT, import_button)
        offer_only_if_allowed(context, Permission.EDIT, type_button, edit_button, remove_button)
        buttons = QHBoxLayout()
        for button in (import_button, type_button, edit_button, remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.summary)
        left_layout.addWidget(self.table, 1)
        self.detail_title = QLabel()
        self.detail_title.setObjectName("pageTitle")
        self.detail_title.setWordWrap(True)
        self.detail_text = QLabel()
        self.detail_text.setWordWrap(True)
        self.detail_text.setTextFormat(Qt.TextFormat.RichText)
        self.bars = ElementBars()
        self.notes = QLabel()
        self.notes.setObjectName("sourceNotes")
        self.notes.setWordWrap(True)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addWidget(self.detail_text)
        detail_layout.addWidget(self.bars)
        detail_layout.addWidget(self.notes)
        detail_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Rincian hasil"))
        scroll.setWidgetResizable(True)
        scroll.setWidget(detail)
        # The detail keeps the width its bars need (else it scrolls sideways and cuts the bands); the table takes
        # the rest, and a wider window widens the table.
        scroll.setMinimumWidth(detail.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width()
                               + 2 * scroll.frameWidth())
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([760, 480])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.watch_results()

    def _show(self, rows: list[ResultInfo]) -> None:
        self.model.set_rows(rows)
        bands: dict[str, int] = {}
        for row in rows:
            if row.code and row.index.band:
                bands[row.index.band] = bands.get(row.index.band, 0) + 1
        self.summary.setText(fill(self.tr("Hasil resmi SPI %1 (angka KPK apa adanya, tidak dihitung ulang). OPD per "
                                          "kategori: %2"), self.context.year,
                                  ", ".join(f"{band} {count}" for band, count in bands.items()) or "–")
                             if rows else fill(self.tr("Belum ada hasil resmi %1. Impor berkas dari KPK atau ketik "
                                                       "hasilnya."), self.context.year))
        if rows:
            self.table.selectRow(0)
            self.show_detail(0)
        else:
            self.detail_title.clear()
            self.detail_text.clear()
            self.bars.set_scores([], None)
            self.notes.clear()

    def selected(self) -> ResultInfo | None:
        """The result of the selected row."""
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def show_detail(self, row: int) -> None:
        """Fill the detail side from view row ``row``."""
        if not 0 <= row < self.model.rowCount():
            return
        info: ResultInfo = self.model.row_at(row)
        self.detail_title.setText(fill(self.tr("%1 — %2"), info.name, f"{format_decimal(info.index.score)} "
                                       f"{info.index.band or ''}".strip()))
        lines = [
            fill(self.tr("Perubahan dari %1: <b>%2</b> poin"), info.previous_year or "–", _change(info.change)),
            fill(self.tr("Indeks nasional %1: %2 · rata-rata jenis instansi: %3"), info.year,
                 format_decimal(info.national_index), format_decimal(info.type_average)),
            fill(self.tr("Sub-indeks: internal %1 · eksternal %2 · eksper %3 · faktor koreksi %4"),
                 format_decimal(info.internal), format_decimal(info.external), format_decimal(info.expert),
                 format_decimal(info.correction)),
            fill(self.tr("Sumber: %1 (%2)"), info.source or "–", shown_date(info.source_date)),
        ]
        self.detail_text.setText("<br>".join(lines))
        self.bars.set_scores([(info.element_names.get(code, code), banded) for code, banded in info.elements.items()],
                             info.index.score)
        self.notes.setText(" ".join(reason_text(note) for note in info.notes))

    def choose_import(self) -> None:
        """Ask for a results file, check it, ask about stored duplicates, then store it."""
        path = prompts.open_spreadsheet(self, self.tr("Pilih berkas hasil SPI"))
        if path is not None:
            self.import_file(path)

    def import_file(self, path: Path) -> BackgroundJob:
        """Check ``path`` without storing; the answer decides how to store it."""
        database = self.context.database
        self.last_job = run_in_background(lambda _ctx: import_results(database, path, dry_run=True), owner=self,
                                          error_title=self.tr("Impor hasil"))
        self.last_job.succeeded.connect(lambda checked: self._checked(path, checked))
        return self.last_job

    def _checked(self, path: Path, checked: ResultsImportResult) -> None:
        choice = "ask"
        if checked.conflicts:
            answer = prompts.choose(self, self.tr("Hasil sudah ada"), fill(self.tr(
                "Hasil untuk %1 sudah tersimpan. Ganti dengan isi berkas, atau lewati baris itu?"),
                ", ".join(checked.conflicts[:8]) + (" …" if len(checked.conflicts) > 8 else "")),
                [("replace", self.tr("Ganti")), ("skip", self.tr("Lewati"))])
            if answer is None:
                return
            choice = answer
        database = self.context.database
        self.last_job = run_in_background(lambda _ctx: import_results(database, path, choice), self,  # type: ignore[arg-type]
                                          self.tr("Mengimpor hasil…"), error_title=self.tr("Impor hasil"))
        self.last_job.succeeded.connect(self._imported)

    def _imported(self, result: ResultsImportResult) -> None:
        lines = [fill(self.tr("Dibaca %1, disimpan %2 (%3 mengganti hasil lama), ditolak %4, dilewati %5."),
                      result.read, result.imported, result.replaced, result.rejected, result.skipped)]
        lines += [f"• {problem}" for problem in result.problems[:12]]
        prompts.info(self, self.tr("Impor hasil"), "\n".join(lines))
        self.context.notify(Area.RESULTS)

    def open_form(self, info: ResultInfo | None = None) -> ResultForm:
        """Open the form to type (or correct) one result."""
        form = ResultForm(self.context, info, self)
        form.accepted.connect(lambda: self.context.notify(Area.RESULTS))
        form.rejected.connect(lambda: self.context.notify(Area.RESULTS) if form.conflicted else None)
        form.open()
        return form

    def edit_selected(self) -> None:
        """Correct the selected result in the form."""
        info = self.selected()
        if info is not None:
            self.open_form(info)

    def remove_selected(self) -> BackgroundJob | None:
        """Remove the selected result after asking (off the GUI thread)."""
        info = self.selected()
        if info is None or not prompts.confirm(self, self.tr("Hapus hasil"), fill(
                self.tr("Hapus hasil resmi %1 tahun %2?"), info.name, info.year)):
            return None
        database = self.context.database
        self.last_job = attempt_in_background(
            self, self.tr("Hapus hasil"), lambda: delete_result(database, info.year, info.code or "INSTANSI"),
            context=self.context, notify=Area.RESULTS)
        return self.last_job
