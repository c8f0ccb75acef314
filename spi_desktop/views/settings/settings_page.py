"""Pengaturan: the institution, the survey years, the progress lights, the recommendation catalogue, the language
and this PC's database connection."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from spi_desktop.domain.roles import Permission
from spi_desktop.views.context import AppContext
from spi_desktop.views.language import APPLICATION, LANGUAGES, ORGANISATION
from spi_desktop.views.pages import TabbedPage
from spi_desktop.views.settings.catalogue_editor import CatalogueEditor
from spi_desktop.views.settings.connection_form import ConnectionForm
from spi_desktop.views.settings.thresholds_form import ThresholdsForm
from spi_desktop.views.settings.workspace_form import WorkspaceForm
from spi_desktop.views.settings.year_editor import YearEditor


class LanguageForm(QWidget):
    """Choose the display language; it applies the next time the app starts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = QComboBox()
        for key, label in LANGUAGES.items():
            self.language.addItem(label, key)
        saved = QSettings(ORGANISATION, APPLICATION).value("language", "id")
        self.language.setCurrentIndex(max(0, self.language.findData(saved)))
        self.language.currentIndexChanged.connect(self._save)
        note = QLabel(self.tr("Bahasa baru berlaku setelah aplikasi dibuka ulang. Angka dan tanggal "
                              "selalu ditulis cara Indonesia (71,53; 21 November 2026)."))
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Bahasa tampilan"), self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addStretch(1)

    def _save(self) -> None:
        QSettings(ORGANISATION, APPLICATION).setValue("language", self.language.currentData())


class SettingsPage(TabbedPage):
    """Tabs for every setting area."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("Pengaturan"), parent=parent)
        self.workspace = self.add_tab(WorkspaceForm(context), self.tr("Instansi"))
        self.years = self.add_tab(YearEditor(context), self.tr("Tahun survei"))
        self.thresholds = self.add_tab(ThresholdsForm(context), self.tr("Lampu kemajuan"))
        self.catalogue = self.add_tab(CatalogueEditor(context), self.tr("Katalog rekomendasi"))
        self.add_tab(LanguageForm(), self.tr("Bahasa"))
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
