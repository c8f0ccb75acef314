"""The written kits, one row per OPD: its message for the PIC, WhatsApp, the e-mail text, its folder, and
*Tandai sudah dikirim*."""

from __future__ import annotations

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from spi_desktop.domain.roles import Permission
from spi_desktop.services.audit import reveal_contacts
from spi_desktop.services.collection_sending import KitFolder, Sending, mark_sent, undo_sent
from spi_desktop.views.attempt import attempt_in_background
from spi_desktop.views.context import AppContext, Area
from spi_desktop.views.dates import shown_date
from spi_desktop.views.guard import offer_only_if_allowed
from spi_desktop.views.prompts import prompts
from spi_desktop.views.style import WARNING_STYLE
from spi_desktop.views.tables import Column, RowTableModel, row_table
from spi_desktop.views.text import fill
from spi_desktop.views.workers import BackgroundJob

SENT_SAMPLE = "diserahkan, 30 September 2026"  # the widest 'Dikirim' cell


class KitResults(QWidget):
    """What was written, and the sending of each OPD's kit."""

    sent = Signal(str)  # an OPD's code, once its sending is recorded

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.last_job: BackgroundJob | None = None  # the newest mark or undo (tests wait on it)
        self.context = context
        self.kits: list[KitFolder] = []
        self.sent_at: dict[str, str] = {}
        self.marks: dict[str, list[Sending]] = {}  # what this dialog marked, per OPD: it can be taken back
        # the OPD's name last: it takes the room left and gives way first, its full text in the tooltip
        self.model = RowTableModel([
            Column(self.tr("Kode"), lambda k: k.unit, whole="DISPERINDAG"),
            Column(self.tr("WhatsApp"), lambda k: self.tr("ada nomor") if k.message.whatsapp else
                   self.tr("tanpa nomor"), colour=lambda k: None if k.message.whatsapp else "#8a4b00",
                   whole=self.tr("tanpa nomor")),
            Column(self.tr("Dikirim"), lambda k: self.sent_at.get(k.unit, "–"), whole=SENT_SAMPLE),
            Column(self.tr("OPD"), lambda k: k.unit_name, tooltip=lambda k: k.unit_name, elastic=True),
        ])
        self.table = row_table(self.model, name=self.tr("Folder kiriman per OPD"))
        self.table.selectionModel().selectionChanged.connect(lambda _now, _before: self._show_selected())
        self.message = QPlainTextEdit()
        self.message.setReadOnly(True)
        self.message.setAccessibleName(self.tr("Pesan untuk PIC"))
        self.message.setPlaceholderText(self.tr("Tulis folder kiriman dulu; pesan untuk PIC OPD terpilih tampil di "
                                                "sini."))
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet(WARNING_STYLE)
        self.whatsapp_button = QPushButton(self.tr("Buka &WhatsApp"))
        self.email_button = QPushButton(self.tr("Salin teks e&mail"))
        self.folder_button = QPushButton(self.tr("&Buka folder OPD"))
        self.via = QComboBox()
        self.via.setAccessibleName(self.tr("Dikirim lewat"))
        for key, label in (("wa", self.tr("lewat WhatsApp")), ("email", self.tr("lewat email")),
                           ("folder", self.tr("berkas diserahkan"))):
            self.via.addItem(label, key)
        self.mark_button = QPushButton(self.tr("Tandai sudah &dikirim"))
        self.undo_button = QPushButton(self.tr("Bat&alkan tanda"))
        self.undo_button.setToolTip(self.tr("Hapus tanda dikirim yang baru dibuat untuk OPD terpilih (salah "
                                            "pilih); papan Pengiriman OPD kembali seperti sebelumnya."))
        self.whatsapp_button.clicked.connect(self.open_whatsapp)
        self.email_button.clicked.connect(self.copy_email)
        self.folder_button.clicked.connect(self.open_folder)
        self.mark_button.clicked.connect(self.mark_selected)
        self.undo_button.clicked.connect(self.undo_selected)
        offer_only_if_allowed(context, Permission.EDIT, self.via, self.mark_button, self.undo_button)
        buttons = QHBoxLayout()  # sending on the left, recording it on the right (two rows on a narrow screen)
        for widget in (self.whatsapp_button, self.email_button, self.folder_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        marking = QHBoxLayout()
        marking.addStretch(1)
        for control in (self.via, self.mark_button, self.undo_button):
            marking.addWidget(control)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.message, 3)
        layout.addWidget(self.notes)
        layout.addLayout(buttons)
        layout.addLayout(marking)
        self._show_selected()

    def show_kits(self, kits: list[KitFolder]) -> None:
        """Show the kits just written, the first one selected."""
        self.kits = kits
        self.model.set_rows(kits)
        if kits:
            self.table.selectRow(0)
        self._show_selected()

    def selected(self) -> KitFolder | None:
        """The kit of the selected row."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _show_selected(self) -> None:
        kit = self.selected()
        self.message.setPlainText(kit.message.text if kit else "")
        notes = [self.tr("PIC belum punya nomor HP yang sah di data OPD; tidak ada tautan WhatsApp.")
                 if kit and not kit.message.whatsapp else "",
                 self.tr("PIC belum punya alamat email di data OPD; tempel teksnya di email ke alamat lain.")
                 if kit and not kit.message.mailto else ""]
        self.notes.setText(" ".join(note for note in notes if note))
        self.whatsapp_button.setEnabled(bool(kit and kit.message.whatsapp))
        for widget in (self.email_button, self.folder_button, self.mark_button, self.via):
            widget.setEnabled(kit is not None)
        self.undo_button.setEnabled(kit is not None and kit.unit in self.marks)

    def open_whatsapp(self) -> None:
        """Open wa.me for the selected OPD's PIC with the message filled in (the link carries the PIC's full
        number, so it is audited as a reveal, as the reminders are)."""
        kit = self.selected()
        if kit is None or not kit.message.whatsapp:
            return
        database, year = self.context.database, self.context.year
        self.last_job = attempt_in_background(
            self, self.tr("WhatsApp"), lambda: reveal_contacts(
                database, "populasi", f"WhatsApp PIC {kit.unit} dibuka (format daftar)", year=year, unit=kit.unit),
            lambda _answer: self._open_whatsapp(kit), busy=[self.whatsapp_button])

    def _open_whatsapp(self, kit: KitFolder) -> None:
        if not kit.message.whatsapp:
            return
        self.via.setCurrentIndex(self.via.findData("wa"))
        if not QDesktopServices.openUrl(QUrl(kit.message.whatsapp)):
            QGuiApplication.clipboard().setText(kit.message.whatsapp)
            prompts.info(self, self.tr("WhatsApp"), self.tr(
                "WhatsApp tidak dapat dibuka dari komputer ini; tautannya sudah disalin untuk ditempel di "
                "peramban."))

    def copy_email(self) -> None:
        """Put the selected OPD's e-mail subject and text on the clipboard."""
        kit = self.selected()
        if kit is not None:
            QGuiApplication.clipboard().setText(kit.message.email_text)
            self.via.setCurrentIndex(self.via.findData("email"))
            self.notes.setText(fill(self.tr("Subjek dan teks email untuk %1 disalin."), kit.unit_name))

    def open_folder(self) -> None:
        """Show the selected OPD's folder in the file manager, to attach its files."""
        kit = self.selected()
        if kit is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(kit.folder)))

    def mark_selected(self) -> None:
        """Record that the selected OPD's kit was sent, the way chosen."""
        kit = self.selected()
        if kit is None:
            return
        database, year, via = self.context.database, self.context.year, self.via.currentData()
        self.last_job = attempt_in_background(
            self, self.tr("Tandai sudah dikirim"), lambda: mark_sent(database, year, kit.unit, kit.groups, via),
            lambda sent: self._marked(kit, via, sent), context=self.context, notify=Area.POPULATION,
            busy=[self.mark_button, self.undo_button])

    def _marked(self, kit: KitFolder, via: str, sent: list[Sending]) -> None:
        if sent:
            how = {"wa": self.tr("WhatsApp"), "email": self.tr("email"), "folder": self.tr("diserahkan")}[via]
            self.sent_at[kit.unit] = f"{how}, {shown_date(sent[0].sent_at.date())}"
            self.marks.setdefault(kit.unit, []).extend(sent)
            self._shown_again(kit)

    def undo_selected(self) -> None:
        """Take back the marks this dialog set for the selected OPD (marked by mistake)."""
        kit = self.selected()
        if kit is None or kit.unit not in self.marks:
            return
        database, year, marks = self.context.database, self.context.year, self.marks[kit.unit]
        self.last_job = attempt_in_background(
            self, self.tr("Batalkan tanda"), lambda: undo_sent(database, year, kit.unit, marks),
            lambda removed: self._unmarked(kit, removed), context=self.context, notify=Area.POPULATION,
            busy=[self.mark_button, self.undo_button])

    def _unmarked(self, kit: KitFolder, removed: object) -> None:
        if removed:
            del self.marks[kit.unit]
            self.sent_at.pop(kit.unit, None)
            self.notes.setText(fill(self.tr("Tanda dikirim untuk %1 dibatalkan."), kit.unit_name))
            self._shown_again(kit, keep_notes=True)

    def _shown_again(self, kit: KitFolder, keep_notes: bool = False) -> None:
        notes = self.notes.text()
        self.model.set_rows(self.kits)
        self.table.selectRow(self.kits.index(kit))
        if keep_notes:
            self.notes.setText(notes)
        self.sent.emit(kit.unit)
