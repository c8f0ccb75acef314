"""Chasing: the OPD furthest from their sample (export for the Sekda's meeting) and reminders for PICs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer, QUrl
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

from spi_desktop.domain.lagging import LaggingReport, LaggingRow
from spi_desktop.domain.roles import Permission
from spi_desktop.services.audit import reveal_contacts
from spi_desktop.services.preferences import DEFAULT_TEMPLATES, get_templates, set_template, steering_phrases
from spi_desktop.services.progress_chasing import Reminder, lagging_report, reminders, reminders_closed
from spi_desktop.services.report_exports import export_lagging
from spi_desktop.views.attempt import attempt_in_background
from spi_desktop.views.context import AppContext, Area
from spi_desktop.views.dates import shown_date
from spi_desktop.views.guard import offer_only_if_allowed
from spi_desktop.views.labels import group_labels
from spi_desktop.views.lights import LIGHT_COLOURS, window_text
from spi_desktop.views.numbers import format_int, format_percent
from spi_desktop.views.pages import AreaPage
from spi_desktop.views.prompts import prompts
from spi_desktop.views.tables import Column, RowTableModel, row_table
from spi_desktop.views.text import fill
from spi_desktop.views.workers import BackgroundJob, run_in_background


def _pair(row: LaggingRow, group: str) -> str:
    progress = row.groups.get(group)
    return "–" if progress is None else f"{format_int(progress.completed)} / {format_int(progress.target)}"


REMINDER_ROWS = 6  # the PIC list shows this many rows at least, also on a 1366 × 768 screen
STATUS_MS = 4_000  # how long "Teks disalin" and the like stay on the status line


class ChasingTab(AreaPage):
    """Left: the lagging list with its exports. Right: the reminder template and one text per PIC."""

    def __init__(self, context: AppContext, parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(context, parent)
        self.report: LaggingReport | None = None
        self.today = today  # None: the real today (tests pin a day in the survey window)
        self.wanted_code: str | None = None  # the OPD chosen in the lagging list, kept across reloads
        self.lagging = RowTableModel([
            Column(self.tr("No"), lambda r: str(r.rank), sort_key=lambda r: r.rank, align_right=True),
            Column(self.tr("OPD"), lambda r: r.name, tooltip=lambda r: r.code),
            Column(self.tr("Internal"), lambda r: _pair(r, "internal"), align_right=True),
            Column(self.tr("Eksternal"), lambda r: _pair(r, "external"), align_right=True),
            Column(self.tr("Kurang"), lambda r: format_int(r.gap), sort_key=lambda r: r.gap, align_right=True),
            Column(self.tr("Capaian"), lambda r: format_percent((r.attainment or 0) * 100),
                   sort_key=lambda r: r.attainment or 0, align_right=True,
                   colour=lambda r: LIGHT_COLOURS.get(r.light or "")),
        ])
        self.lagging_table = row_table(
            self.lagging, name=self.tr("OPD tertinggal"), sorted_by=(0, Qt.SortOrder.AscendingOrder))  # rank 1 first
        self.lagging_table.selectionModel().currentRowChanged.connect(
            lambda current, _old: self._lagging_chosen(current))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        pdf = QPushButton(self.tr("&Ekspor PDF (1 halaman)…"))
        pdf.clicked.connect(lambda: self.choose_export(".pdf"))
        xlsx = QPushButton(self.tr("Ekspor E&xcel…"))
        xlsx.clicked.connect(lambda: self.choose_export(".xlsx"))
        offer_only_if_allowed(context, Permission.EXPORT, pdf, xlsx)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        export_row = QHBoxLayout()
        order = QLabel(self.tr("OPD diurutkan menurut kekurangan dari target sampel"))
        order.setWordWrap(True)  # on one line beside the buttons the tab was wider than the page at 150 % scaling
        export_row.addWidget(order, 1)
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
        self.template.setMaximumHeight(110)
        save_template = QPushButton(self.tr("&Simpan templat"))
        save_template.clicked.connect(self.save_template)
        default_template = QPushButton(self.tr("Kembalikan ba&waan"))
        default_template.clicked.connect(self.restore_template)
        self.reminder_list = RowTableModel([
            Column(self.tr("OPD"), lambda r: r.name),
            Column(self.tr("PIC"), lambda r: r.pic_name or "–"),
            Column(self.tr("Kurang"), lambda r: format_int(r.gap), sort_key=lambda r: r.gap, align_right=True),
            Column(self.tr("WhatsApp"), lambda r: self.tr("ada") if r.link else self.tr("no. HP PIC belum ada")),
        ])
        self.reminder_table = row_table(self.reminder_list, name=self.tr("Daftar pengingat"))
        self.reminder_table.selectionModel().currentRowChanged.connect(lambda current, _old: self._preview())
        row_height = self.reminder_table.verticalHeader().defaultSectionSize()  # the header takes about one more
        self.reminder_table.setMinimumHeight(row_height * (REMINDER_ROWS + 1) + 2 * self.reminder_table.frameWidth())
        self.reminder_note = QLabel()  # why no reminder is offered (the survey window has closed)
        self.reminder_note.setWordWrap(True)
        self.reminder_note.hide()
        self.recipient = QLabel()  # whom the previewed text is for: the OPD's PIC
        self.recipient.setWordWrap(True)
        self.preview = QPlainTextEdit()
        self.preview.setAccessibleName(self.tr("Pratinjau pesan"))
        self.preview.setReadOnly(True)
        self.preview.setMinimumHeight(80)
        self.status = QLabel()  # "Teks disalin" and the like, for a few seconds
        self.status.setObjectName("chasingStatus")
        self.status_timer = QTimer(self)
        self.status_timer.setSingleShot(True)
        self.status_timer.timeout.connect(self.status.clear)
        self.copy_button = QPushButton(self.tr("Sal&in teks"))
        self.copy_button.clicked.connect(self.copy_text)
        self.whatsapp_button = QPushButton(self.tr("B&uka WhatsApp PIC"))
        self.whatsapp_button.clicked.connect(self.open_whatsapp)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Pengingat untuk")))
        top.addWidget(self.group, 1)
        right_layout.addLayout(top)
        hint = QLabel(self.tr("Templat netral: ajak mengisi sebelum batas waktu, jangan pernah menyarankan jawaban. "
                              "Penanda: {opd} {pic} {tahun} {selesai} {target} {kurang} {batas} {sisa_hari} "
                              "{waktu} ('dimulai …', 'sisa N hari' atau 'hari terakhir', sesuai tanggal). "
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
        right_layout.addWidget(self.reminder_note)
        reminder_part = QWidget()
        reminder_layout = QVBoxLayout(reminder_part)
        reminder_layout.setContentsMargins(0, 0, 0, 0)
        reminder_layout.addWidget(self.recipient)
        reminder_layout.addWidget(self.preview, 1)
        lists = QSplitter(Qt.Orientation.Vertical)  # the PIC list and the text share the height; neither collapses
        lists.addWidget(self.reminder_table)
        lists.addWidget(reminder_part)
        lists.setChildrenCollapsible(False)
        lists.setStretchFactor(0, 3)
        lists.setStretchFactor(1, 2)
        right_layout.addWidget(lists, 1)
        action_buttons = QHBoxLayout()
        action_buttons.addWidget(self.status, 1)
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
        self.templates: dict[str, str] | None = None  # the reminder texts, read with the lagging list
        self.template.setReadOnly(True)  # until the stored text is there: nothing typed is overwritten
        self.template.setPlaceholderText(self.tr("Memuat…"))
        self.watch({Area.PROGRESS, Area.UNITS, Area.POPULATION}, self.refresh)
        self.refresh()

    def refresh(self) -> BackgroundJob:
        """Recompute the lagging list and the reminders off the GUI thread."""
        database, year = self.context.database, self.context.year
        today = self.today
        return self.load(lambda: (lagging_report(database, year, today), get_templates(database)),
                         lambda answer: self._show(*answer))

    def _show(self, report: LaggingReport, templates: dict[str, str]) -> None:
        shown = self.templates[self.group.currentData()] if self.templates is not None else None
        self.templates = templates
        if shown is None or self.template.toPlainText() == shown:  # the user's unsaved edit is kept
            self.template.setPlainText(templates[self.group.currentData()])
        self.template.setReadOnly(False)
        self.report = report
        self.lagging.set_rows(report.rows)
        self.lagging_table.resizeColumnsToContents()
        self.lagging_table.setColumnWidth(1, min(self.lagging_table.columnWidth(1), 260))
        if report.as_of is None:
            self.summary.setText(self.tr("Belum ada data kemajuan untuk tahun ini."))
        else:
            self.summary.setText(fill(self.tr("Data per %1: %2 dari %3 OPD belum mencapai target sampel; %4."),
                                      shown_date(report.as_of), len(report.rows), report.units_total,
                                      window_text(report.days_left)))
        self._fill_reminders()

    def _fill_reminders(self) -> None:
        if self.report is None:
            return
        found = reminders(self.context.database, self.context.year, self.group.currentData(), self.report,
                          templates=self.templates)
        self.reminder_list.set_rows(found)
        self.reminder_table.resizeColumnsToContents()
        self.reminder_table.setColumnWidth(0, min(self.reminder_table.columnWidth(0), 230))
        self.reminder_table.setColumnWidth(1, min(self.reminder_table.columnWidth(1), 160))
        closed = reminders_closed(self.report)
        self.reminder_note.setVisible(closed)
        if closed:
            end = shown_date(self.report.window_end) if self.report.window_end else ""
            self.reminder_note.setText(fill(self.tr(
                "Masa survei %1 sudah ditutup pada %2: pengingat untuk mengisi survei tidak ditawarkan lagi. Daftar "
                "OPD tertinggal di kiri tetap dapat diekspor untuk evaluasi."), self.report.year, end))
        codes = [reminder.code for reminder in found]
        if found:
            self.reminder_table.selectRow(codes.index(self.wanted_code) if self.wanted_code in codes else 0)
        self._preview()

    def _lagging_chosen(self, current: QModelIndex) -> None:
        if current.isValid() and current.row() < self.lagging.rowCount():
            self.choose_unit(self.lagging.row_at(current.row()).code)

    def choose_unit(self, code: str) -> Reminder | None:
        """Show the reminder for OPD ``code`` and its PIC: in the chosen group, or else in a group it is short in."""
        self.wanted_code = code
        if self.report is None:
            return None
        if not self._select_reminder(code):
            row = next((r for r in self.report.rows if r.code == code), None)
            short = [group for group, progress in (row.groups.items() if row else []) if progress.gap]
            index = self.group.findData(short[0]) if short else -1
            if index >= 0 and index != self.group.currentIndex():
                self.group.setCurrentIndex(index)  # reloads the template and the list, keeping ``wanted_code``
                self._select_reminder(code)
        return self.selected_reminder()

    def _select_reminder(self, code: str) -> bool:
        for number, reminder in enumerate(self.reminder_list.rows()):
            if reminder.code == code:
                self.reminder_table.selectRow(number)
                self.reminder_table.scrollTo(self.reminder_list.index(number, 0))
                return True
        return False

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
        if reminder is not None:
            self.wanted_code = reminder.code  # a reload keeps showing this OPD
        if reminder is None:
            self.recipient.setText("")
        elif reminder.pic_name:
            self.recipient.setText(fill(self.tr("Untuk PIC %1: %2"), reminder.name, reminder.pic_name))
        else:
            self.recipient.setText(fill(self.tr("Untuk %1 (nama PIC belum ada)"), reminder.name))
        self.copy_button.setEnabled(reminder is not None)
        self.whatsapp_button.setEnabled(reminder is not None and reminder.link is not None)

    def _load_template(self) -> None:
        if self.templates is None:  # the first answer shows it
            return
        self.template.setPlainText(self.templates[self.group.currentData()])
        self._fill_reminders()

    def save_template(self) -> BackgroundJob | None:
        """Store the edited template for the chosen group off the GUI thread (asking first if it seems to steer
        answers); None when nothing was started."""
        text = self.template.toPlainText()
        steering = steering_phrases(text)
        if steering and not prompts.confirm(self, self.tr("Templat pengingat"), fill(self.tr(
                "Teks memuat kata yang dapat dianggap mengarahkan jawaban (%1). Pengingat harus netral. "
                "Simpan juga?"), ", ".join(steering))):
            return None
        database, group = self.context.database, self.group.currentData()

        def saved(_answer: object) -> None:
            if self.templates is not None:
                self.templates[group] = text
            self._fill_reminders()

        self.last_job = attempt_in_background(self, self.tr("Templat pengingat"),
                                              lambda: set_template(database, group, text), saved)
        return self.last_job

    def restore_template(self) -> BackgroundJob:
        """Go back to the neutral default text for the chosen group (stored off the GUI thread)."""
        database, group = self.context.database, self.group.currentData()

        def restored(_answer: object) -> None:
            if self.templates is not None:
                self.templates[group] = DEFAULT_TEMPLATES[group]
            self._load_template()

        self.last_job = attempt_in_background(self, self.tr("Templat pengingat"),
                                              lambda: set_template(database, group, ""), restored)
        return self.last_job

    def copy_text(self) -> None:
        """Put the selected reminder on the clipboard."""
        reminder = self.selected_reminder()
        if reminder is not None:
            QGuiApplication.clipboard().setText(reminder.text)
            self.show_status(fill(self.tr("Teks disalin: pengingat untuk %1"), reminder.name))

    def show_status(self, text: str) -> None:
        """Say what just happened on the status line under the text, for a few seconds."""
        self.status.setText(text)
        self.status_timer.start(STATUS_MS)

    def open_whatsapp(self) -> BackgroundJob | None:
        """Open wa.me for the selected OPD's PIC with the reminder filled in, once the reveal is in the audit
        trail (the link carries the PIC's full number; the line is stored off the GUI thread)."""
        reminder = self.selected_reminder()
        if reminder is None or not reminder.link:
            return None
        database, year = self.context.database, self.context.year
        self.last_job = attempt_in_background(
            self, self.tr("WhatsApp"), lambda: reveal_contacts(database, "pengingat",
                                                               f"WhatsApp PIC {reminder.code} dibuka", year=year,
                                                               unit=reminder.code),
            lambda _answer: self._open_link(reminder), busy=[self.whatsapp_button])
        return self.last_job

    def _open_link(self, reminder: Reminder) -> None:
        if reminder.link and not QDesktopServices.openUrl(QUrl(reminder.link)):
            self.offer_copy_instead(reminder)

    def offer_copy_instead(self, reminder: Reminder) -> None:
        """No browser opened the link: say so, and offer the link or the number to paste elsewhere."""
        choice = prompts.choose(self, self.tr("WhatsApp"), self.tr(
            "WhatsApp tidak dapat dibuka: komputer ini belum punya peramban (browser) bawaan untuk membuka "
            "tautan wa.me. Salin tautannya untuk dibuka di peramban lain, atau salin nomor PIC untuk "
            "WhatsApp di ponsel."), [("link", self.tr("Salin tautan")), ("number", self.tr("Salin nomor PIC"))])
        if choice == "link" and reminder.link:
            QGuiApplication.clipboard().setText(reminder.link)
            self.show_status(self.tr("Tautan WhatsApp disalin"))
        elif choice == "number" and reminder.whatsapp_number:
            QGuiApplication.clipboard().setText(reminder.whatsapp_number)
            self.show_status(self.tr("Nomor PIC disalin"))

    def choose_export(self, suffix: str) -> None:
        """Ask where to save the lagging list, then write it."""
        name = fill(self.tr("OPD-tertinggal-SPI-%1%2"), self.context.year, suffix)
        filters = self.tr("PDF (*.pdf)") if suffix == ".pdf" else self.tr("Excel (*.xlsx)")
        path = prompts.save_file(self, self.tr("Simpan daftar OPD tertinggal"), name, filters)
        if path:
            self.export(Path(path if path.lower().endswith(suffix) else path + suffix))

    def export(self, path: Path) -> BackgroundJob | None:
        """Ask why, saying what the file holds (the sheet names the PICs with their phones; the one-page PDF only
        the OPD and their figures), then write the lagging list as .pdf or .xlsx off the GUI thread."""
        if path.suffix.lower() == ".pdf":
            holds = self.tr("Daftar ini memuat nama OPD dengan capaian dan kekurangannya, tanpa nama atau No. HP PIC. "
                            "Untuk apa ekspor ini? (dicatat di jejak audit)")
        else:
            holds = self.tr("Daftar ini memuat nama dan No. HP PIC. Untuk apa ekspor ini? (dicatat di jejak audit)")
        reason = prompts.ask_text(self, self.tr("Alasan ekspor"), holds, self.tr("Menagih OPD yang tertinggal"))
        if not reason:
            return None
        database, year = self.context.database, self.context.year
        job = run_in_background(lambda _ctx: export_lagging(database, year, path, reason=reason), self,
                                self.tr("Menulis daftar OPD tertinggal…"), error_title=self.tr("Ekspor gagal"))
        job.succeeded.connect(lambda _r: prompts.info(self, self.tr("Ekspor"), fill(self.tr("Tersimpan: %1"), path)))
        self.last_job = job
        return job
