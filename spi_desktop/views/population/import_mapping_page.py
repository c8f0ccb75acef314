"""The wizard's column page: which file column fills which field, and every column that will not be read."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from spi_desktop.services.population_setup import (
    column_letter,
    group_fields,
    list_presets,
    save_preset,
)
from spi_desktop.views.context import AppContext
from spi_desktop.views.numbers import format_int
from spi_desktop.views.population.import_choices import ImportChoices
from spi_desktop.views.prompts import prompts
from spi_desktop.views.reason_texts import column_text
from spi_desktop.views.style import WARNING_STYLE, form_layout
from spi_desktop.views.text import fill


class MappingPage(QWizardPage):
    """Confirm or fix which column of the file holds which field; see what is not read; save as a preset."""

    def __init__(self, context: AppContext, choices: ImportChoices) -> None:
        super().__init__()
        self.context, self.choices = context, choices
        self.setTitle(self.tr("Kolom"))
        self.setSubTitle(self.tr("Periksa pasangan kolom. Kolom bertanda * wajib ada. Kolom berkas yang tidak "
                                 "dipilih tidak dibaca."))
        self.form = form_layout()
        self.combos: dict[str, QComboBox] = {}
        self.presets = QComboBox()
        self.presets.setAccessibleName(self.tr("Preset pemetaan kolom"))
        self.presets.activated.connect(lambda _i: self.apply_preset(self.presets.currentText()))
        save = QPushButton(self.tr("&Simpan sebagai preset…"))
        save.clicked.connect(self.ask_preset_name)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Preset")))
        top.addWidget(self.presets, 1)
        top.addWidget(save)
        self.unused = QLabel()
        self.unused.setObjectName("unusedColumns")
        self.unused.setWordWrap(True)
        self.unused.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        unused_box = QGroupBox(self.tr("Kolom berkas yang tidak dibaca"))
        QVBoxLayout(unused_box).addWidget(self.unused)
        fields = QWidget()
        columns = QHBoxLayout(fields)
        columns.addLayout(self.form, 3)
        columns.addWidget(unused_box, 2)
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Kolom berkas"))
        scroll.setWidgetResizable(True)
        scroll.setWidget(fields)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)

    def initializePage(self) -> None:
        inspection = self.choices.inspection
        assert inspection is not None
        while self.form.rowCount():
            self.form.removeRow(0)
        self.combos.clear()
        how_words = {"isi": self.tr(" (dikenali dari isinya)"), "pilihan": ""}
        for key, written, required in group_fields(self.choices.group):
            label = column_text(written)  # the field's name in the window's language
            combo = QComboBox()
            combo.addItem(self.tr("(tidak dipakai)"), "")
            for header in inspection.headers:
                combo.addItem(header, header)
            combo.setCurrentIndex(max(0, combo.findData(inspection.mapping.get(key, ""))))
            combo.setAccessibleName(label)
            combo.currentIndexChanged.connect(lambda _i: self.show_unused())
            self.combos[key] = combo
            title = label + (" *" if required else "") + how_words.get(inspection.how.get(key, ""), "")
            self.form.addRow(title, combo)
        self.presets.clear()
        self.presets.addItem(self.tr("(otomatis)"))
        self.presets.addItems(list(list_presets(self.context.database, self.choices.group)))
        self.show_unused()

    def show_unused(self) -> None:
        """List every file column with something in it that no field takes now, warning where one looks like
        a field."""
        inspection = self.choices.inspection
        if inspection is None:
            return
        chosen = {str(combo.currentData()) for combo in self.combos.values()}
        labels = {key: column_text(label) for key, label, _required in group_fields(self.choices.group)}
        by_header = {column.header: column for column in inspection.unmapped}
        lines = []
        for index, header in enumerate(inspection.headers):
            if header in chosen:
                continue
            column = next((c for c in inspection.unmapped if c.index == index), None) or by_header.get(header)
            if column is None and header.startswith("("):
                continue  # a blank column with nothing under it
            filled = fill(self.tr(", %1 sel terisi"), format_int(column.filled)) if column and column.filled else ""
            line = f"{column_letter(index)} — {header}{filled}"
            if column is not None and column.looks_like and column.looks_like not in {
                    key for key, combo in self.combos.items() if combo.currentData()}:
                line = f"<span style='{WARNING_STYLE}'>⚠ {line}: " + fill(
                    self.tr("mirip %1; pilih kolom ini di kiri bila memang itu isinya"),
                    labels.get(column.looks_like, column.looks_like)) + "</span>"
            elif column is not None and column.looks_like:
                line = f"<span style='{WARNING_STYLE}'>⚠ {line}: " + fill(
                    self.tr("mirip %1, tetapi %1 sudah diambil dari kolom lain"),
                    labels.get(column.looks_like, column.looks_like)) + "</span>"
            lines.append(line)
        self.unused.setText("<br>".join(lines) if lines else self.tr("Semua kolom yang berisi data dibaca."))

    def current_mapping(self) -> dict[str, str]:
        """Field -> chosen header ('' for a field left out)."""
        return {key: str(combo.currentData()) for key, combo in self.combos.items()}

    def apply_preset(self, name: str) -> None:
        """Choose the columns a saved preset names (where this file has them)."""
        preset = list_presets(self.context.database, self.choices.group).get(name, {})
        for key, header in preset.items():
            if key in self.combos and self.combos[key].findData(header) >= 0:
                self.combos[key].setCurrentIndex(self.combos[key].findData(header))

    def ask_preset_name(self) -> None:
        """Save the current choice under a name."""
        name = prompts.ask_text(self, self.tr("Simpan preset"), self.tr("Nama preset:"))
        if name:
            save_preset(self.context.database, self.choices.group, name, self.current_mapping())
            self.presets.clear()
            self.presets.addItem(self.tr("(otomatis)"))
            self.presets.addItems(list(list_presets(self.context.database, self.choices.group)))
            self.presets.setCurrentText(name)

    def validatePage(self) -> bool:
        mapping = self.current_mapping()
        missing = [column_text(label) for key, label, required in group_fields(self.choices.group)
                   if required and not mapping[key]]
        if missing:
            prompts.error(self, self.tr("Kolom"), fill(self.tr("Kolom wajib belum dipilih: %1"), ", ".join(missing)))
            return False
        chosen = [header for header in mapping.values() if header]
        twice = sorted({header for header in chosen if chosen.count(header) > 1})
        if twice:
            prompts.error(self, self.tr("Kolom"), fill(self.tr("Satu kolom berkas dipilih untuk dua isian: %1"),
                                                       ", ".join(twice)))
            return False
        self.choices.mapping = mapping
        return True

