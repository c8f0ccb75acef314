"""Pengaturan: the institution, the survey years, the progress lights, the recommendation catalogue, the language
and this PC's database connection."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QVBoxLayout, QWidget

from spi_desktop.domain.roles import Permission
from spi_desktop.views.context import AppContext
from spi_desktop.views.language import LANGUAGES, current_language, save_language, saved_language
from spi_desktop.views.pages import TabbedPage
from spi_desktop.views.settings.catalogue_editor import CatalogueEditor
from spi_desktop.views.settings.connection_form import ConnectionForm
from spi_desktop.views.settings.thresholds_form import ThresholdsForm
from spi_desktop.views.settings.workspace_form import WorkspaceForm
from spi_desktop.views.settings.year_editor import YearEditor
from spi_desktop.views.style import button_row, form_layout


class LanguageForm(QWidget):
    """Choose the display language: saved for the next start at once, and *Mulai ulang sekarang* rebuilds the
    window in it (through ``context.shell``; without a shell, as for a page shown on its own, at the next start)."""

    def __init__(self, context: AppContext | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.language = QComboBox()
        for key, label in LANGUAGES.items():
            self.language.addItem(label, key)
        self.language.setCurrentIndex(max(0, self.language.findData(saved_language())))
        self.language.currentIndexChanged.connect(self._save)
        self.restart_button = QPushButton(self.tr("M&ulai ulang sekarang"))
        self.restart_button.setToolTip(self.tr("Buka ulang jendela ini dalam bahasa yang dipilih, dengan ruang "
                                               "kerja dan pengguna yang sama."))
        self.restart_button.clicked.connect(self.restart)
        note = QLabel(self.tr("Bahasa baru berlaku setelah jendela dimulai ulang atau aplikasi dibuka lagi. Angka "
                              "dan tanggal selalu ditulis cara Indonesia (71,53; 21 November 2026)."))
        note.setWordWrap(True)
        form = form_layout()
        form.addRow(self.tr("Bahasa tampilan"), self.language)
        row = button_row(self.restart_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(note)
        layout.addStretch(1)
        self._show_restart()

    def _save(self) -> None:
        save_language(str(self.language.currentData()))
        self._show_restart()

    def _show_restart(self) -> None:
        shell = self.context.shell if self.context is not None else None
        self.restart_button.setVisible(shell is not None and self.language.currentData() != current_language())

    def restart(self) -> object:
        """Rebuild the window in the chosen language (the job that reads the new window's header)."""
        assert self.context is not None and self.context.shell is not None
        return self.context.shell.change_language(self.window(), str(self.language.currentData()))


class SettingsPage(TabbedPage):
    """Tabs for every setting area."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("Pengaturan"), parent=parent)
        self.workspace = self.add_tab(WorkspaceForm(context), self.tr("Instansi"))
        self.years = self.add_tab(YearEditor(context), self.tr("Tahun survei"))
        self.thresholds = self.add_tab(ThresholdsForm(context), self.tr("Lampu kemajuan"))
        self.catalogue = self.add_tab(CatalogueEditor(context), self.tr("Katalog rekomendasi"))
        self.language = self.add_tab(LanguageForm(context), self.tr("Bahasa"))
        self.connection = self.add_tab(ConnectionForm(context), self.tr("Koneksi basis data"))  # per PC: every role
        if not context.may(Permission.SETTINGS):
            # Seeing the settings helps a Viewer or Operator read the scores; only an Admin changes them.
            for form in (self.workspace, self.years, self.thresholds, self.catalogue):
                form.setEnabled(False)
            note = QLabel(self.tr("Hanya Admin yang dapat mengubah pengaturan ruang kerja. Bahasa tampilan dan "
                                  "koneksi basis data tetap dapat dipilih di PC ini."))
            note.setObjectName("sourceNotes")
            note.setWordWrap(True)
            self.add_note(note)

    def show_language(self) -> None:
        """Bring the Bahasa tab to the front (after the window was rebuilt in a new language)."""
        self.tabs.setCurrentWidget(self.language)
