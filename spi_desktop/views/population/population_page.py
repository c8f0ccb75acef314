"""Populasi: the year's list per group, paged by the database, with import, export and undo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from spi_desktop.domain.roles import Permission
from spi_desktop.services import population_export
from spi_desktop.services.population_browse import PAGE_ROWS, RecordPage, browse_population
from spi_desktop.services.units import UnitInfo, list_units
from spi_desktop.views.context import AppContext, Area
from spi_desktop.views.empty_state import EmptyOr, EmptyState
from spi_desktop.views.guard import offer_only_if_allowed
from spi_desktop.views.labels import group_labels
from spi_desktop.views.numbers import format_int
from spi_desktop.views.population.batches_dialog import BatchesDialog
from spi_desktop.views.population.import_wizard import ImportWizard
from spi_desktop.views.population.intake_dialog import IntakeDialog
from spi_desktop.views.population.kit_dialog import KitDialog
from spi_desktop.views.population.submissions_view import SubmissionsView
from spi_desktop.views.prompts import prompts
from spi_desktop.views.reason_texts import reason_text
from spi_desktop.views.tables import Column, RowTableModel, row_table
from spi_desktop.views.text import fill
from spi_desktop.views.workers import BackgroundJob, LatestOnly, run_in_background

SORT_KEYS = {0: "unit", 1: "name", 4: "phone", 5: "email", 7: "row"}  # by column: OPD, Nama, No. HP, Email, Asal
NIP_SAMPLE = "0" * 18  # an NIP has 18 digits, every one of them shown
PHONE_SAMPLE = "+6281234567890"  # a mobile number as stored (E.164), shown whole


class PopulationPage(QWidget):
    """The population table: filter, sort and page in SQL; nothing here holds all rows."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.offset = 0
        self.total = 0
        self.sort, self.descending = "unit", False
        self.last_job: BackgroundJob | None = None
        self.units_job: BackgroundJob | None = None
        self._units_latest = LatestOnly()
        self._request = 0
        title = QLabel(self.tr("Populasi"))
        title.setObjectName("pageTitle")
        self.group = QComboBox()
        for key, label in group_labels().items():
            self.group.addItem(label, key)
        self.unit = QComboBox()
        self.unit.setMaximumWidth(340)
        self.unit.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.unit.setMinimumContentsLength(24)
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Cari di populasi"))
        self.search.setMinimumWidth(230)
        self.search.setPlaceholderText(self.tr("Cari nama, email, NIP, No. HP…"))
        self.search.setToolTip(self.tr("Nama, email atau NIP; No. HP dicari dari 4 angka atau lebih"))
        self.search.setClearButtonEnabled(True)
        self.reveal = QCheckBox(self.tr("Tampilkan k&ontak lengkap"))
        self.import_button = QPushButton(self.tr("&Impor daftar…"))
        self.export_button = QPushButton(self.tr("&Ekspor untuk KPK…"))
        self.pseudonym_button = QPushButton(self.tr("Ekspor pse&udonim…"))
        self.pseudonym_button.setToolTip(self.tr(
            "Daftar tanpa nama, No. HP, email dan NIP: tiap baris diberi pseudonim tetap, tanggal hanya bulan dan "
            "tahun"))
        self.history_button = QPushButton(self.tr("Ri&wayat impor…"))
        self.intake_button = QPushButton(self.tr("Impor ban&yak berkas…"))
        self.intake_button.setToolTip(self.tr("Impor sekaligus semua berkas kiriman OPD (folder, berkas atau .zip), "
                                              "dengan satu pratinjau sebelum disimpan"))
        self.template_button = QPushButton(self.tr("&Kirim format ke OPD…"))
        self.template_button.setToolTip(self.tr("Siapkan folder kiriman per OPD: format daftar internal dan "
                                                "eksternal dan pesan untuk PIC-nya, lalu catat pengirimannya"))
        # Catatan (why a row is grey) next to Nama, so that both show without scrolling; the NIP always whole
        self.model = RowTableModel([
            Column(self.tr("OPD"), lambda r: r.unit_code, tooltip=lambda r: r.unit_name, widest=120),
            Column(self.tr("Nama"), lambda r: r.name, tooltip=lambda r: r.name, widest=260),
            Column(self.tr("Catatan"), lambda r: reason_text(r.notes), tooltip=lambda r: reason_text(r.notes),
                   elastic=True, widest=320),
            Column(self.tr("NIP"), lambda r: r.nip, whole=NIP_SAMPLE),
            Column(self.tr("No. HP"), lambda r: r.phone, whole=PHONE_SAMPLE),
            Column(self.tr("Email"), lambda r: r.email, elastic=True, widest=240),
            Column(self.tr("Jabatan"), lambda r: r.position, elastic=True, widest=220),
            Column(self.tr("Asal"), lambda r: fill(self.tr("baris %1 (impor nomor %2)"), r.source_row, r.batch_id),
                   elastic=True),
        ], muted=lambda r: r.flagged)
        self.table = row_table(self.model, name=self.tr("Daftar populasi"))
        header = self.table.horizontalHeader()
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._sort_changed)
        self.previous_button = QPushButton(self.tr("◀ Sebelu&mnya"))
        self.next_button = QPushButton(self.tr("Berikutny&a ▶"))
        self.position = QLabel()
        self.previous_button.clicked.connect(lambda: self.go(self.offset - PAGE_ROWS))
        self.next_button.clicked.connect(lambda: self.go(self.offset + PAGE_ROWS))
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(350)
        self._search_timer.timeout.connect(lambda: self.go(0))
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        for signal in (self.group.currentIndexChanged, self.unit.currentIndexChanged):
            signal.connect(lambda _index: self.go(0))
        self.reveal.toggled.connect(lambda _on: self.go(self.offset))
        self.import_button.clicked.connect(self.open_wizard)
        self.export_button.clicked.connect(self.choose_export_file)
        self.pseudonym_button.clicked.connect(self.choose_pseudonym_file)
        self.history_button.clicked.connect(self.open_history)
        self.intake_button.clicked.connect(self.open_intake)
        offer_only_if_allowed(context, Permission.IMPORT, self.intake_button)
        self.template_button.clicked.connect(self.open_kit)
        filters = QHBoxLayout()
        filter_widgets: tuple[QWidget, ...] = (self.group, self.unit, self.search, self.reveal)
        for widget in filter_widgets:
            filters.addWidget(widget)
        filters.setStretch(2, 1)
        actions = QHBoxLayout()
        for widget in (self.import_button, self.intake_button, self.template_button, self.export_button,
                       self.pseudonym_button, self.history_button):
            actions.addWidget(widget)
        actions.addStretch(1)
        pager = QHBoxLayout()
        pager.addWidget(self.position)
        pager.addStretch(1)
        pager.addWidget(self.previous_button)
        pager.addWidget(self.next_button)
        rows = QWidget()
        rows_layout = QVBoxLayout(rows)
        rows_layout.setContentsMargins(0, 0, 0, 0)
        rows_layout.addWidget(self.table, 1)
        rows_layout.addLayout(pager)
        self.empty = EmptyState()
        self.empty_import = self.empty.add_action(self.tr("Impor da&ftar populasi…"), self.open_wizard, default=True)
        self.empty_import.setEnabled(self.context.may(Permission.IMPORT))
        self.rows = EmptyOr(rows, self.empty)
        listing = QWidget()
        listing_layout = QVBoxLayout(listing)
        listing_layout.setContentsMargins(0, 6, 0, 0)
        listing_layout.addLayout(actions)
        listing_layout.addLayout(filters)
        listing_layout.addWidget(self.rows, 1)
        self.submissions = SubmissionsView(context)
        self.tabs = QTabWidget()
        self.tabs.addTab(listing, self.tr("Daftar"))
        self.tabs.addTab(self.submissions, self.tr("Pengiriman OPD"))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)
        context.yearChanged.connect(lambda _year: self.go(0))
        context.dataChanged.connect(self._data_changed)
        self._apply_permissions()
        self._fill_units()
        self.go(0)

    def _apply_permissions(self) -> None:
        """Disable what the signed-in user's role may not do, and say why (the services check again)."""
        reveal, export = self.context.may(Permission.REVEAL), self.context.may(Permission.EXPORT)
        role = self.context.actor.role.label
        self.reveal.setEnabled(reveal)
        if not reveal:
            self.reveal.setChecked(False)
        self.reveal.setToolTip("" if reveal else fill(self.tr(
            "Peran %1 tidak boleh menampilkan No. HP dan email lengkap."), role))
        for button in (self.export_button, self.pseudonym_button, self.template_button):
            button.setEnabled(export)
        self.export_button.setToolTip(self.tr("Daftar kelompok ini dalam format KPK; alasan ekspor dicatat") if export
                                      else fill(self.tr("Peran %1 tidak boleh mengekspor data."), role))
        if not export:
            self.pseudonym_button.setToolTip(fill(self.tr("Peran %1 tidak boleh mengekspor data."), role))
            self.template_button.setToolTip(fill(self.tr("Peran %1 tidak boleh mengekspor data."), role))

    def _fill_units(self) -> BackgroundJob:
        """Read the OPD filter's list off the GUI thread; the list shown stays until the answer replaces it."""
        database = self.context.database
        is_newest = self._units_latest.ask()
        self.units_job = run_in_background(lambda _ctx: list_units(database), owner=self)
        self.units_job.succeeded.connect(lambda units: self._show_units(units) if is_newest() else None)
        return self.units_job

    def _show_units(self, units: list[UnitInfo]) -> None:
        self.unit.blockSignals(True)
        current = self.unit.currentData()  # what the user chose meanwhile is kept
        self.unit.clear()
        self.unit.addItem(self.tr("Semua OPD"), None)
        for info in units:
            self.unit.addItem(f"{info.code} — {info.name}", info.code)
        self.unit.setCurrentIndex(max(0, self.unit.findData(current)))
        self.unit.blockSignals(False)

    def _data_changed(self, area: str) -> None:
        if area == Area.USERS:
            self._apply_permissions()
        if area == Area.UNITS:
            self._fill_units()
        if area in {Area.UNITS, Area.POPULATION}:
            self.go(self.offset)

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        if column in SORT_KEYS:
            self.sort, self.descending = SORT_KEYS[column], order == Qt.SortOrder.DescendingOrder
            self.go(0)

    def go(self, offset: int) -> BackgroundJob:
        """Load the page starting at ``offset`` in the background; late answers to old requests are dropped."""
        self._request += 1
        request = self._request
        database, year, group = self.context.database, self.context.year, self.group.currentData()
        unit, search, reveal = self.unit.currentData(), self.search.text(), self.reveal.isChecked()
        sort, descending = self.sort, self.descending
        offset = max(0, offset)
        job = run_in_background(lambda _ctx: browse_population(
            database, year, group, unit, search, sort, descending, offset, PAGE_ROWS, reveal), owner=self,
            error_title=self.tr("Populasi"))
        job.succeeded.connect(lambda page: self._show(page) if request == self._request else None)
        self.last_job = job
        return job

    def _show(self, page: RecordPage) -> None:
        self.offset, self.total = page.offset, page.total
        self.model.set_rows(page.rows)
        first = page.offset + 1 if page.total else 0
        last = page.offset + len(page.rows)
        self.position.setText(fill(self.tr("%1–%2 dari %3 baris"), format_int(first), format_int(last),
                                   format_int(page.total)))
        self.previous_button.setEnabled(page.offset > 0)
        self.next_button.setEnabled(last < page.total)
        unfiltered = self.unit.currentData() is None and not self.search.text().strip()
        if page.total == 0 and unfiltered:
            self.empty.set_text(self._empty_text())
        self.rows.set_empty(page.total == 0 and unfiltered)

    def _empty_text(self) -> str:
        """What to do while the group chosen has no list this year (the OPD first, when there are none)."""
        group, year = self.group.currentText(), self.context.year
        if self.unit.count() <= 1:  # only "Semua OPD": the registry is empty
            return fill(self.tr("Belum ada OPD dan belum ada daftar populasi %1 tahun %2. Impor daftar OPD dulu "
                                "di Instansi & OPD, lalu impor daftar populasi yang dikirim OPD."), group, year)
        return fill(self.tr("Belum ada daftar populasi %1 tahun %2. Kumpulkan daftar dari OPD (Excel atau CSV), "
                            "lalu impor berkasnya di sini."), group, year)

    def open_wizard(self) -> ImportWizard:
        """Start the import wizard (returned so tests can drive it)."""
        wizard = ImportWizard(self.context, self.group.currentData(), self)
        wizard.finished.connect(lambda _result: self.context.notify(Area.POPULATION))
        wizard.open()
        return wizard

    def open_intake(self) -> IntakeDialog:
        """Open the batch intake of returned files (returned so tests can drive it)."""
        dialog = IntakeDialog(self.context, self)
        dialog.open()
        return dialog

    def open_history(self) -> BatchesDialog:
        """Show the year's import batches, with undo."""
        dialog = BatchesDialog(self.context, self)
        dialog.open()
        return dialog

    def open_kit(self) -> KitDialog:
        """Open the collection kit: a folder per OPD with its templates and the message for its PIC, then the
        sending of each."""
        dialog = KitDialog(self.context, self)
        dialog.open()
        return dialog

    def choose_export_file(self) -> BackgroundJob | None:
        """Ask where to save the KPK list of the chosen group and why it leaves the app, then write it in the
        background; None when the user cancels either question."""
        group = self.group.currentData()
        path = prompts.save_file(self, self.tr("Ekspor untuk KPK"), f"populasi_{group}_{self.context.year}.xlsx",
                                 self.tr("Excel (*.xlsx);;CSV (*.csv)"))
        if not path:
            return None
        reason = prompts.ask_text(self, self.tr("Alasan ekspor"), self.tr(
            "Daftar ini berisi nama dan kontak pribadi. Untuk apa ekspor ini? (dicatat di jejak audit)"),
            self.tr("Penyerahan daftar populasi ke KPK"))
        if reason is None:
            return None
        return self.export(Path(path), reason=reason)

    def export(self, path: Path, include_flagged: bool = False, reason: str = "") -> BackgroundJob:
        """Write the chosen group's list to ``path`` (flagged rows left out unless asked); ``reason`` goes into
        the audit trail (a blank one is refused by the service)."""
        database, year, group = self.context.database, self.context.year, self.group.currentData()
        job = run_in_background(lambda ctx: population_export.export_population(
            database, year, group, path, include_flagged=include_flagged, context=ctx, reason=reason), self,
            fill(self.tr("Mengekspor %1"), path.name), error_title=self.tr("Ekspor gagal"))
        self._report_export(job, path)
        return job

    def choose_pseudonym_file(self) -> BackgroundJob | None:
        """Ask where to save the chosen group's list without identities, then write it in the background."""
        group = self.group.currentData()
        path = prompts.save_file(self, self.tr("Ekspor pseudonim"),
                                 f"populasi_{group}_{self.context.year}_pseudonim.xlsx",
                                 self.tr("Excel (*.xlsx);;CSV (*.csv)"))
        return self.export_pseudonymous(Path(path)) if path else None

    def export_pseudonymous(self, path: Path) -> BackgroundJob:
        """Write the chosen group's list without names and contacts to ``path`` off the GUI thread."""
        database, year, group = self.context.database, self.context.year, self.group.currentData()
        job = run_in_background(lambda ctx: population_export.export_pseudonymous(
            database, year, group, path, context=ctx), self, fill(self.tr("Mengekspor %1"), path.name),
            error_title=self.tr("Ekspor gagal"))
        self._report_export(job, path)
        return job

    def _report_export(self, job: BackgroundJob, path: Path) -> None:
        job.succeeded.connect(lambda rows: prompts.info(self, self.tr("Ekspor selesai"), fill(
            self.tr("%Ln baris ditulis ke %1", "", rows), str(path))))
        self.last_job = job
