"""A survey year's respondent rules as a form: tenure, excluded posts by word and by title, the OPD's own head,
and how recent a service user's visit must be."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from spi_desktop.views.fields import DecimalEdit
from spi_desktop.views.style import form_layout


def _lines(text: str) -> list[str]:
    return [line for line in (" ".join(part.split()) for part in text.splitlines()) if line]


class EligibilityForm(QWidget):
    """Shows and edits ``SurveyYear.eligibility``; keys it does not know are kept as they were."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loaded: dict[str, Any] = {}
        self.years_institution, self.years_unit = DecimalEdit(1), DecimalEdit(1)
        self.service_months = DecimalEdit(0)
        self.words = QLineEdit()
        self.words.setPlaceholderText(self.tr("mis. eselon i, eselon ii"))
        self.titles = QPlainTextEdit()
        self.exceptions = QPlainTextEdit()
        for edit in (self.titles, self.exceptions):
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(70)
        self.unit_head = QCheckBox(self.tr("Kepala &OPD yang disurvei tidak termasuk responden"))
        hint = QLabel(self.tr("Jabatan ditulis seperti awal nama jabatan di berkas, satu per baris (mis. "
                              "'kepala dinas' mengenai 'Kepala Dinas Kesehatan'). Baris yang kena tetap diimpor, "
                              "ditandai dengan alasannya."))
        hint.setWordWrap(True)
        hint.setObjectName("sourceNotes")
        form = form_layout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # labels above: the tab is half a page wide
        form.addRow(self.tr("Masa kerja minimal di instansi (tahun)"), self.years_institution)
        form.addRow(self.tr("Masa kerja minimal di unit (tahun)"), self.years_unit)
        form.addRow(self.tr("Kata pada jabatan yang dikecualikan (pisahkan koma)"), self.words)
        form.addRow(self.tr("Jabatan setingkat eselon I/II"), self.titles)
        form.addRow(self.tr("Kecuali jabatan"), self.exceptions)
        form.addRow("", self.unit_head)
        form.addRow(self.tr("Pengguna layanan: dilayani dalam … bulan terakhir"), self.service_months)
        form.addRow(hint)
        for label, field in ((self.tr("Masa kerja minimal di instansi"), self.years_institution),
                             (self.tr("Masa kerja minimal di unit"), self.years_unit),
                             (self.tr("Kata jabatan dikecualikan"), self.words),
                             (self.tr("Jabatan setingkat eselon I/II"), self.titles),
                             (self.tr("Kecuali jabatan"), self.exceptions),
                             (self.tr("Bulan terakhir layanan"), self.service_months)):
            field.setAccessibleName(label)

    def set_rules(self, eligibility: dict[str, Any]) -> None:
        """Show a year's rules."""
        self._loaded = {group: dict(rules) for group, rules in eligibility.items()}
        internal = self._loaded.get("internal", {})
        external = self._loaded.get("external", {})
        self.years_institution.set_value(internal.get("min_years_institution"))
        self.years_unit.set_value(internal.get("min_years_unit"))
        self.words.setText(", ".join(internal.get("excluded_positions", [])))
        self.titles.setPlainText("\n".join(internal.get("excluded_titles", [])))
        self.exceptions.setPlainText("\n".join(internal.get("title_exceptions", [])))
        self.unit_head.setChecked(bool(internal.get("exclude_unit_head", True)))
        self.service_months.set_value(external.get("service_within_months"))

    def rules(self) -> dict[str, Any]:
        """The rules as edited (``ValueError`` when a number cannot be read)."""
        rules = {group: dict(values) for group, values in self._loaded.items()}
        internal = rules.setdefault("internal", {})
        external = rules.setdefault("external", {})
        for key, edit in (("min_years_institution", self.years_institution), ("min_years_unit", self.years_unit)):
            value = edit.value()
            if value is None:
                internal.pop(key, None)
            else:
                internal[key] = value
        internal["excluded_positions"] = [w for w in (" ".join(p.split()).lower() for p in self.words.text().split(","))
                                          if w]
        internal["excluded_titles"] = _lines(self.titles.toPlainText())
        internal["title_exceptions"] = _lines(self.exceptions.toPlainText())
        internal["exclude_unit_head"] = self.unit_head.isChecked()
        months = self.service_months.value()
        if months is None:
            external.pop("service_within_months", None)
        else:
            external["service_within_months"] = int(months)
        return rules
