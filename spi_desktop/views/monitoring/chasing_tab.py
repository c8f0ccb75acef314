"""Chasing: the OPD furthest from their sample (export for the Sekda's meeting) and reminders for PICs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from spi_desktop.domain.formatting import format_date, format_decimal, format_int
from spi_desktop.domain.lagging import LaggingReport, LaggingRow
from spi_desktop.domain.roles import Permission
from spi_desktop.services.audit import reveal_contacts
from spi_desktop.services.errors import user_message
from spi_desktop.services.preferences import get_templates, set_template, steering_phrases
from spi_desktop.services.progress_chasing import Reminder, lagging_report, reminders
from spi_desktop.services.report_exports import export_lagging
from spi_desktop.views.attempt import attempt
from spi_desktop.views.context import AppContext, Area
from spi_desktop.views.guard import offer_only_if_allowed
from spi_desktop.views.labels import group_labels
from spi_desktop.views.lights import LIGHT_COLOURS, window_text
from spi_desktop.views.pages import AreaPage
from spi_desktop.views.prompts import prompts
from spi_desktop.views.tables import Column, RowTableModel, row_table
from spi_desktop.views.text import fill
from spi_desktop.views.workers import BackgroundJob, run_in_background


def _pair(row: LaggingRow, group: str) -> str:
    progress = row.groups.get(group)
    return "–" if progress is None else f"{format_int(progress.completed)} / {format_int(progress.target)}"


class ChasingTab(AreaPage):
    """Left: the lagging list with its exports. Right: the reminder template and one text per PIC."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.report: LaggingReport | None = None
        self.lagging = RowTableModel([
            Column(self.tr("No"), lambda r: str(r.rank), sort_key=lambda r: r.rank, align_right=True),
            Column(self.tr("OPD"), lambda r: r.name, tooltip=lambda r: r.code),
            Column(self.tr("Internal"), lambda r: _pair(r, "internal"), align_right=True),
            Column(self.tr("Eksternal"), lambda r: _pair(r, "external"), align_right=True),
            Column(self.tr("Kurang"), lambda r: format_int(r.gap), sort_key=lambda r: r.gap, align_right=True),
            Column(self.tr("Capaian"), lambda r: f"{format_decimal((r.attainment or 0) * 100, 0)} %",
                   sort_key=lambda r: r.attainment or 0, align_right=True,
                   colour=lambda r: LIGHT_COLOURS.get(r.light or "")),
        ])
        self.lagging_table = row_table(
            self.lagging, name=self.tr("OPD tertinggal"), sorted_by=(0, Qt.SortOrder.AscendingOrder))  # rank 1 first
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        pdf = QPushButton(self.tr("Ekspor PDF (1 halaman)…"))
        pdf.clicked.connect(lambda: self.choose_export(".pdf"))
        xlsx = QPushButton(self.tr("Ekspor Excel…"))
        xlsx.clicked.connect(lambda: self.choose_export(".xlsx"))
        offer_only_if_allowed(context, Permission.EXPORT, pdf, xlsx)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        export_row = QHBoxLayout()
        export_row.addWidget(QLabel(self.tr("OPD diurutkan menurut kekurangan dari target sampel")), 1)
        export_row.addWidget(pdf)
        export_row.addWidget(xlsx)
        left_layout.addLayout(export_row)
        left_layout.addWidget(self.summary)
        left_layout.addWidget(self.lagging_table, 1)
        self.group = QComboBox()
        for key, label in group_labels().items():
            self.group.addItem(label, key)
        self.group.currentIndexChanged.connect(lambda _i: self._load_template())
        self.template = QPlainTextEdit()
        self.template.setAccessibleName(self.tr("Templat pesan pengingat"))
        self.template.setMaximumHeight(150)
        save_template = QPushButton(self.tr("Simpan templat"))
        save_template.clicked.connect(self.save_template)
        default_template = QPushButton(self.tr("Kembalikan bawaan"))
        default_template.clicked.connect(self.restore_template)
        self.reminder_list = RowTableModel([
            Column(self.tr("OPD"), lambda r: r.name),
            Column(self.tr("PIC"), lambda r: r.pic_name or "–"),
            Column(self.tr("Kurang"), lambda r: format_int(r.gap), sort_key=lambda r: r.gap, align_right=True),
            Column(self.tr("WhatsApp"), lambda r: self.tr("ada") if r.link else self.tr("no. HP PIC belum ada")),
        ])
        self.reminder_table = row_table(self.reminder_list, name=self.tr("Daftar pengingat"))
        self.reminder_table.selectionModel().currentRowChanged.connect(lambda current, _old: self._preview())
        self.preview = QPlainTextEdit()
        self.preview.setAccessibleName(self.tr("Pratinjau pesan"))
        self.preview.setReadOnly(True)
        self.copy_button = QPushButton(self.tr("Salin teks"))
        self.copy_button.clicked.connect(self.copy_text)
        self.whatsapp_button = QPushButton(self.tr("Buka WhatsApp PIC"))
        self.whatsapp_button.clicked.connect(self.open_whatsapp)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Pengingat untuk")))
        top.addWidget(self.group, 1)
        right_layout.addLayout(top)
        hint = QLabel(self.tr("Templat netral: ajak mengisi sebelum batas waktu, jangan pernah menyarankan jawaban. "
                              "Penanda: {opd} {pic} {tahun} {selesai} {target} {kurang} {batas} {sisa_hari}. "
                              "Dikirim ke PIC OPD, bukan ke responden."))
        hint.setObjectName("sourceNotes")
        hint.setWordWrap(True)
        right_layout.addWidget(hint)
        right_layout.addWidget(self.template)
        offer_only_if_allowed(context, Permission.SETTINGS, save_template, default_template)
        offer_only_if_allowed(context, Permission.REVEAL, self.whatsapp_button)  # the link carries the PIC's number
        template_buttons = QHBoxLayout()
        template_buttons.addStretch(1)
        template_buttons.addWidget(save_template)
        template_buttons.addWidget(default_template)
        right_layout.addLayout(template_buttons)
        right_layout.addWidget(self.reminder_table, 1)
        right_layout.addWidget(self.preview, 1)
        action_buttons = QHBoxLayout()
        action_buttons.addStretch(1)
        action_buttons.addWidget(self.copy_button)
        action_buttons.addWidget(self.whatsapp_button)
        right_layout.addLayout(action_buttons)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([640, 560])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.watch({Area.PROGRESS, Area.UNITS, Area.POPULATION}, self.refresh)
        self._load_template()
        self.refresh()

    def refresh(self) -> BackgroundJob:
        """Recompute the lagging list and the reminders off the GUI thread."""
        database, year = self.context.database, self.context.year
        return self.load(lambda: lagging_report(database, year), self._show)

    def _show(self, report: LaggingReport) -> None:
        self.report = report
        self.lagging.set_rows(report.rows)
        self.lagging_table.resizeColumnsToContents()
        self.lagging_table.setColumnWidth(1, min(self.lagging_table.columnWidth(1), 260))
        if report.as_of is None:
            self.summary.setText(self.tr("Belum ada data kemajuan untuk tahun ini."))
        else:
            self.summary.setText(fill(self.tr("Data per %1: %2 dari %3 OPD belum mencapai target sampel; %4."),
                                      format_date(report.as_of), len(report.rows), report.units_total,
                                      window_text(report.days_left)))
        self._fill_reminders()

    def _fill_reminders(self) -> None:
        if self.report is None:
            return
        found = reminders(self.context.database, self.context.year, self.group.currentData(), self.report)
        self.reminder_list.set_rows(found)
        self.reminder_table.resizeColumnsToContents()
        self.reminder_table.setColumnWidth(0, min(self.reminder_table.columnWidth(0), 230))
        self.reminder_table.setColumnWidth(1, min(self.reminder_table.columnWidth(1), 160))
        if found:
            self.reminder_table.selectRow(0)
        self._preview()

    def selected_reminder(self) -> Reminder | None:
        """The reminder of the selected OPD (None when the list is empty)."""
        index = self.reminder_table.currentIndex()
        if not index.isValid() or index.row() >= self.reminder_list.rowCount():
            return None
        reminder: Reminder = self.reminder_list.row_at(index.row())
        return reminder

    def _preview(self) -> None:
        reminder = self.selected_reminder()
        self.preview.setPlainText(reminder.text if reminder else "")
        self.copy_button.setEnabled(reminder is not None)
        self.whatsapp_button.setEnabled(reminder is not None and reminder.link is not None)

    def _load_template(self) -> None:
        self.template.setPlainText(get_templates(self.context.database)[self.group.currentData()])
        self._fill_reminders()

    def save_template(self) -> bool:
        """Store the edited template for the chosen group (asking first if it seems to steer answers)."""
        text = self.template.toPlainText()
        steering = steering_phrases(text)
        if steering and not prompts.confirm(self, self.tr("Templat pengingat"), fill(self.tr(
                "Teks memuat kata yang dapat dianggap mengarahkan jawaban (%1). Pengingat harus netral. "
                "Simpan juga?"), ", ".join(steering))):
            return False
        if attempt(self, self.tr("Templat pengingat"),
                   lambda: set_template(self.context.database, self.group.currentData(), text)) is None:
            return False
        self._fill_reminders()
        return True

    def restore_template(self) -> None:
        """Go back to the neutral default text for the chosen group."""
        if attempt(self, self.tr("Templat pengingat"),
                   lambda: set_template(self.context.database, self.group.currentData(), "")) is None:
            return
        self._load_template()

    def copy_text(self) -> None:
        """Put the selected reminder on the clipboard."""
        reminder = self.selected_reminder()
        if reminder is not None:
            QGuiApplication.clipboard().setText(reminder.text)

    def open_whatsapp(self) -> None:
        """Open wa.me for the selected OPD's PIC with the reminder filled in."""
        reminder = self.selected_reminder()
        if reminder is not None and reminder.link:
            try:  # the link carries the PIC's full number
                reveal_contacts(self.context.database, "pengingat", f"WhatsApp PIC {reminder.code} dibuka",
                                year=self.context.year, unit=reminder.code)
            except Exception as error:  # shown to the user, never a traceback
                prompts.error(self, self.tr("WhatsApp"), user_message(error))
                return
            QDesktopServices.openUrl(QUrl(reminder.link))

    def choose_export(self, suffix: str) -> None:
        """Ask where to save the lagging list, then write it."""
        name = fill(self.tr("OPD-tertinggal-SPI-%1%2"), self.context.year, suffix)
        filters = self.tr("PDF (*.pdf)") if suffix == ".pdf" else self.tr("Excel (*.xlsx)")
        path = prompts.save_file(self, self.tr("Simpan daftar OPD tertinggal"), name, filters)
        if path:
            self.export(Path(path if path.lower().endswith(suffix) else path + suffix))

    def export(self, path: Path) -> BackgroundJob | None:
        """Ask why (the list holds PIC phones), then write the lagging list as .pdf or .xlsx off the GUI thread."""
        reason = prompts.ask_text(self, self.tr("Alasan ekspor"),
                                  self.tr("Daftar ini memuat nama dan No. HP PIC. Untuk apa ekspor ini? (dicatat di "
                                          "jejak audit)"), self.tr("Menagih OPD yang tertinggal"))
        if not reason:
            return None
        database, year = self.context.database, self.context.year
        job = run_in_background(lambda _ctx: export_lagging(database, year, path, reason=reason), self,
                                self.tr("Menulis daftar OPD tertinggal…"), error_title=self.tr("Ekspor gagal"))
        job.succeeded.connect(lambda _r: prompts.info(self, self.tr("Ekspor"), fill(self.tr("Tersimpan: %1"), path)))
        self.last_job = job
        return job
