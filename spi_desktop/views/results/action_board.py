"""Rencana aksi: the year's recommendations and the activities answering them, their status and evidence."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, QUrl
from PySide6.QtGui import QDesktopServices, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from spi_desktop.domain.action_plan import LATE, STATUSES, ActionFilter, ActionRow, ActionStatus
from spi_desktop.domain.roles import Permission
from spi_desktop.services.action_plans import (
    BoardData,
    add_evidence,
    add_recommendation,
    board,
    delete_action,
    evidence_files,
    ready_evidence,
    save_action,
)
from spi_desktop.services.report_exports import export_action_plans
from spi_desktop.views.attempt import attempt_in_background
from spi_desktop.views.context import AppContext, Area
from spi_desktop.views.errors import user_message
from spi_desktop.views.guard import offer_only_if_allowed
from spi_desktop.views.pages import AreaPage
from spi_desktop.views.prompts import prompts
from spi_desktop.views.results.action_details import ActionDetails
from spi_desktop.views.results.action_dialog import ActionDialog, RecommendationDialog, status_labels
from spi_desktop.views.results.action_tree import (
    ACTIVITY,
    DUE,
    EVIDENCE,
    OWNER,
    PROGRESS,
    RECOMMENDATION_ROLE,
    RED,
    STATUS,
    ActionTreeModel,
    BoardDelegate,
    Group,
)
from spi_desktop.views.text import fill
from spi_desktop.views.workers import BackgroundJob, LatestOnly, run_in_background

EVERY = "*"  # 'all' in the OPD and status filters


class ActionBoard(AreaPage):
    """Activities grouped under their recommendation; filter by OPD and status; add, edit, evidence, export."""

    today: dt.date | None = None  # the day 'overdue' is measured against (tests fix it); None = today

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.data: BoardData | None = None
        self.evidence_job: BackgroundJob | None = None  # the selected activity's evidence list, newest read
        self._evidence_latest = LatestOnly()
        self.counts = QLabel()
        self.counts.setObjectName("resultSummary")
        self.export_button = QPushButton(self.tr("Ekspor E&xcel…"))
        self.export_button.setToolTip(self.tr("Kegiatan yang sedang ditampilkan (menurut saringan) ke .xlsx"))
        self.export_button.clicked.connect(self.choose_export)
        self.unit_filter = QComboBox()
        self.unit_filter.setMinimumContentsLength(18)
        self.unit_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Semua status"), EVERY)
        labels = status_labels()
        for status in STATUSES:
            self.status_filter.addItem(labels[status], status.value)
        self.status_filter.addItem(self.tr("Terlambat"), LATE)
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Cari rencana aksi"))
        self.search.setPlaceholderText(self.tr("Cari kegiatan atau penanggung jawab…"))
        self.search.setClearButtonEnabled(True)
        for signal in (self.unit_filter.currentIndexChanged, self.status_filter.currentIndexChanged,
                       self.search.textChanged):
            signal.connect(lambda *_a: self._fill())
        self.new_recommendation_button = QPushButton(self.tr("Rek&omendasi baru…"))
        self.new_recommendation_button.clicked.connect(self.new_recommendation)
        self.new_action_button = QPushButton(self.tr("K&egiatan baru…"))
        self.new_action_button.clicked.connect(self.new_action)
        self.model = ActionTreeModel()
        self.tree = QTreeView()
        self.tree.setAccessibleName(self.tr("Rekomendasi dan kegiatan"))
        self.tree.setModel(self.model)
        self.tree.setItemDelegate(BoardDelegate(self.tree))
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setIndentation(14)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)  # a long activity takes two lines rather than being cut off
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.doubleClicked.connect(lambda index: self._double_clicked(index))
        self.tree.selectionModel().currentRowChanged.connect(lambda *_a: self._show_selected())
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(ACTIVITY, QHeaderView.ResizeMode.Stretch)
        for column in (OWNER, DUE, STATUS, PROGRESS, EVIDENCE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.sectionResized.connect(lambda *_a: self.tree.scheduleDelayedItemsLayout())  # rewrap rows
        self._columns_sized = False
        self.details = ActionDetails()
        self.details.edit_button.clicked.connect(self.edit_selected)
        self.details.delete_button.clicked.connect(self.delete_selected)
        self.details.add_evidence_button.clicked.connect(self.choose_evidence)
        self.details.open_evidence_button.clicked.connect(lambda: self.open_evidence())
        self.details.evidence_list.itemDoubleClicked.connect(lambda _item: self.open_evidence())
        offer_only_if_allowed(context, Permission.EDIT, self.new_recommendation_button, self.new_action_button,
                              self.details.edit_button, self.details.delete_button, self.details.add_evidence_button)
        offer_only_if_allowed(context, Permission.EXPORT, self.export_button)
        top = QHBoxLayout()
        top.addWidget(self.counts, 1)
        for button in (self.new_recommendation_button, self.new_action_button, self.export_button):
            top.addWidget(button)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("OPD")))
        filters.addWidget(self.unit_filter)
        filters.addSpacing(8)
        filters.addWidget(QLabel(self.tr("Status")))
        filters.addWidget(self.status_filter)
        filters.addSpacing(8)
        filters.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.details)
        self.watch({Area.ACTIONS, Area.UNITS, Area.YEARS, Area.WORKSPACE}, self.refresh)
        self._show_selected()
        self.refresh()

    def _size_columns(self, data: BoardData) -> None:
        """Once the style is applied: wide enough for the longest date and status, the activity takes the rest."""
        plain = QFontMetrics(self.tree.font()).horizontalAdvance
        bold = QFont(self.tree.font())
        bold.setBold(True)
        late = self.tr("Terlambat")
        status = max(QFontMetrics(bold).horizontalAdvance(f"{label} · {late}") for label in status_labels().values())
        header = self.tree.header()
        owner = min(max([plain(r.owner) for r in data.actions] + [plain(self.tr("Penanggung jawab"))]), 220)
        for column, width in ((OWNER, owner + 20), (DUE, plain("30 September 2026") + 16),
                              (STATUS, status + 16), (PROGRESS, plain("100 %") + 64), (EVIDENCE, plain("Bukti") + 16)):
            header.resizeSection(column, width)
        self._columns_sized = True

    def refresh(self) -> BackgroundJob:
        """Reload the year's recommendations and activities off the GUI thread."""
        database, year, today = self.context.database, self.context.year, self.today
        self.last_job = run_in_background(lambda _ctx: board(database, year, today), owner=self)
        self.last_job.succeeded.connect(self._show)
        self.last_job.failed.connect(lambda error: self.counts.setText(user_message(error)))
        return self.last_job

    def _show(self, data: BoardData) -> None:
        self.data = data
        if not self._columns_sized:
            self._size_columns(data)
        chosen = self.unit_filter.currentData() if self.unit_filter.count() else EVERY
        self.unit_filter.blockSignals(True)
        self.unit_filter.clear()
        self.unit_filter.addItem(self.tr("Semua OPD"), EVERY)
        self.unit_filter.addItem(self.tr("Instansi"), "")
        for code in sorted({r.code for r in data.recommendations if r.code}):
            self.unit_filter.addItem(data.units.get(code, code), code)
        self.unit_filter.setCurrentIndex(max(self.unit_filter.findData(chosen), 0))
        self.unit_filter.blockSignals(False)
        actions = data.actions
        done, late = (sum(1 for r in actions if r.status == ActionStatus.DONE), sum(1 for r in actions if r.overdue))
        late_text = fill(self.tr("%1 terlambat"), late)
        if late:
            late_text = f"<span style='color:{RED}'>{late_text}</span>"
        self.counts.setText(fill(self.tr("%1 kegiatan · %2 selesai · %3"), len(actions), done, late_text))
        if not data.recommendations:
            self.counts.setText(fill(self.tr("Belum ada rekomendasi untuk SPI %1"), data.year))
        elif not actions:
            self.counts.setText(fill(self.tr("%1 rekomendasi, belum ada kegiatan"), len(data.recommendations)))
        self._fill()

    def _scope(self, code: str) -> str:
        return self.tr("Instansi") if not code else (self.data.units.get(code, code) if self.data else code)

    def action_filter(self) -> ActionFilter:
        """The OPD, status and search text chosen above the board."""
        unit = self.unit_filter.currentData() if self.unit_filter.count() else EVERY
        status = self.status_filter.currentData()
        return ActionFilter(None if unit == EVERY else unit, None if status == EVERY else status, self.search.text())

    def groups(self) -> list[Group]:
        """The recommendations and activities the filters let through."""
        if self.data is None:
            return []
        found = []
        for recommendation, actions in self.action_filter().group(self.data.recommendations, self.data.actions):
            element = self.data.elements.get(recommendation.element or "", recommendation.element or "")
            found.append(Group(recommendation, self._scope(recommendation.code), element, actions))
        return found

    def _fill(self) -> None:
        current = self.selected_action()
        recommendation = self.selected_recommendation()
        self.model.set_groups(self.groups())
        for row in range(self.model.rowCount()):
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
        self.tree.expandAll()
        if current is not None:
            self.select_action(current.id)
        elif recommendation is not None:
            self._select(lambda index: not index.parent().isValid()
                         and index.data(RECOMMENDATION_ROLE) == recommendation)
        self.export_button.setEnabled(bool(self.shown_actions()))
        self._show_selected()

    def shown_actions(self) -> list[ActionRow]:
        """The activities on the board now, top to bottom."""
        return [action for group in self.groups() for action in group.actions]

    def selected_action(self) -> ActionRow | None:
        """The selected activity (None when a recommendation or nothing is selected)."""
        return self.model.action_at(self.tree.currentIndex())

    def selected_recommendation(self) -> int | None:
        """The id of the selected recommendation (or of the selected activity's)."""
        index = self.tree.currentIndex()
        value = index.data(RECOMMENDATION_ROLE) if index.isValid() else None
        return value if isinstance(value, int) else None

    def select_action(self, action_id: int) -> bool:
        """Select the activity with ``action_id`` if it is shown."""
        return self._select(lambda index: (row := self.model.action_at(index)) is not None and row.id == action_id)

    def _select(self, wanted: Callable[[QModelIndex], bool]) -> bool:
        for top in range(self.model.rowCount()):
            heading = self.model.index(top, 0)
            for index in [heading] + [self.model.index(r, 0, heading) for r in range(self.model.rowCount(heading))]:
                if wanted(index):
                    self.tree.setCurrentIndex(index)
                    self.tree.scrollTo(index)
                    return True
        return False

    def _show_selected(self) -> None:
        action = self.selected_action()
        has_recommendations = bool(self.data and self.data.recommendations)
        self.new_action_button.setEnabled(has_recommendations)
        hint = (self.tr("Pilih kegiatan untuk melihat rincian dan buktinya.") if has_recommendations
                else self.tr("Belum ada rekomendasi untuk tahun ini. Mulai dengan “Rekomendasi baru…”."))
        self.details.show_action(action, self._scope(action.code) if action else "", None if action else [], hint)
        if action is None:
            return
        database, action_id = self.context.database, action.id
        is_newest = self._evidence_latest.ask()  # another activity chosen meanwhile wins
        # Off the GUI thread: on a server workspace the files are also written out to this PC's cache.
        self.evidence_job = run_in_background(lambda _ctx: evidence_files(database, action_id), owner=self)
        self.evidence_job.succeeded.connect(lambda files: self.details.show_files(files) if is_newest() else None)

    def _double_clicked(self, index: QModelIndex) -> None:
        if self.model.action_at(index) is not None:
            self.edit_selected()
        else:
            self.new_action()

    def _recommendation_choices(self) -> list[tuple[int, str, str]]:
        if self.data is None:
            return []
        choices = []
        for number, rec in enumerate(self.data.recommendations, start=1):
            element = self.data.elements.get(rec.element or "", "")
            prefix = " · ".join(filter(None, [self._scope(rec.code), element]))
            choices.append((rec.id, f"{number}. {prefix} — {rec.text}", rec.text))
        return choices

    def _action_dialog(self, action: ActionRow | None) -> ActionDialog:
        owners = [r.owner for r in self.data.actions if r.owner] if self.data else []
        database = self.context.database
        dialog = ActionDialog(lambda edit: save_action(database, edit), self._recommendation_choices(), action,
                              self.selected_recommendation(), owners, self)
        dialog.accepted.connect(lambda: self._saved(dialog.saved_id))
        dialog.rejected.connect(lambda: self.context.notify(Area.ACTIONS) if dialog.conflicted else None)
        dialog.open()
        return dialog

    def _saved(self, action_id: int | None) -> None:
        self.context.notify(Area.ACTIONS)
        if action_id is not None and self.last_job is not None:
            self.last_job.succeeded.connect(lambda _data: self.select_action(action_id))

    def new_action(self) -> ActionDialog:
        """Open the form for a new activity under the selected recommendation (returned for tests)."""
        return self._action_dialog(None)

    def edit_selected(self) -> ActionDialog | None:
        """Open the form for the selected activity."""
        action = self.selected_action()
        return self._action_dialog(action) if action is not None else None

    def new_recommendation(self) -> RecommendationDialog:
        """Open the form for a new recommendation (returned for tests)."""
        database, year = self.context.database, self.context.year
        elements = list(self.data.elements.items()) if self.data else []
        dialog = RecommendationDialog(lambda code, text, element: add_recommendation(database, year, code, text,
                                                                                     element),
                                      self.data.active_units if self.data else [], elements, self)
        dialog.accepted.connect(lambda: self.context.notify(Area.ACTIONS))
        dialog.open()
        return dialog

    def delete_selected(self) -> BackgroundJob | None:
        """Remove the selected activity after asking (off the GUI thread)."""
        action = self.selected_action()
        if action is None:
            return None
        question = fill(self.tr("Hapus kegiatan “%1” beserta berkas buktinya?"),
                        action.activity)
        if not prompts.confirm(self, self.tr("Hapus kegiatan"), question):
            return None
        database = self.context.database
        job = attempt_in_background(self, self.tr("Kegiatan tidak dihapus"), lambda: delete_action(database, action.id),
                                    context=self.context, notify=Area.ACTIONS, busy=[self.details])
        self.last_job = job
        return job

    def choose_evidence(self) -> None:
        """Ask for a file and keep a copy of it as evidence of the selected activity."""
        if self.selected_action() is None:
            return
        path = prompts.open_file(self, self.tr("Pilih berkas bukti"),
                                 self.tr("Dokumen dan gambar (*.pdf *.doc *.docx *.xls *.xlsx *.jpg *.jpeg *.png);;"
                                         "Semua berkas (*)"))
        if path:
            self.add_evidence_file(Path(path))

    def add_evidence_file(self, path: Path) -> BackgroundJob | None:
        """Copy ``path`` into the evidence folder for the selected activity, off the GUI thread."""
        action = self.selected_action()
        if action is None:
            return None
        database = self.context.database
        job = run_in_background(lambda _ctx: add_evidence(database, action.id, path), self,
                                self.tr("Menyalin bukti…"), error_title=self.tr("Bukti tidak disimpan"))
        job.succeeded.connect(lambda _name: self._saved(action.id))
        self.last_job = job
        return job

    def open_evidence(self) -> BackgroundJob | None:
        """Open the chosen evidence file with the program the computer uses for it (a server's file is first
        written out to this PC, off the GUI thread); ``opened`` is the file opened last."""
        chosen = self.details.chosen_file()
        if chosen is None:
            return None
        database = self.context.database
        self.last_job = attempt_in_background(self, self.tr("Bukti tidak ditemukan"),
                                              lambda: ready_evidence(database, chosen), self._open_ready,
                                              busy=[self.details])
        return self.last_job

    def _open_ready(self, path: Path) -> Path | None:
        if not path.is_file():
            prompts.error(self, self.tr("Bukti tidak ditemukan"),
                          fill(self.tr("Berkas %1 tidak ada lagi di folder bukti."), path))
            return None
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        self.opened = path
        return path

    def choose_export(self) -> None:
        """Ask where to save the activities shown, then write them."""
        name = fill(self.tr("Rencana-aksi-SPI-%1.xlsx"), self.context.year)
        path = prompts.save_file(self, self.tr("Simpan rencana aksi"), name, self.tr("Excel (*.xlsx)"))
        if path:
            self.export(Path(path if path.lower().endswith(".xlsx") else path + ".xlsx"))

    def export(self, path: Path) -> BackgroundJob:
        """Write the activities shown (as filtered) to ``path`` off the GUI thread."""
        chosen, database, today = self.action_filter(), self.context.database, self.today
        year = self.data.year if self.data else self.context.year
        job = run_in_background(lambda _ctx: export_action_plans(database, year, chosen, path, today),
                                self, self.tr("Menulis rencana aksi…"), error_title=self.tr("Ekspor gagal"))
        job.succeeded.connect(lambda _r: prompts.info(self, self.tr("Ekspor"), fill(self.tr("Tersimpan: %1"), path)))
        self.last_job = job
        return job

