"""The shared view kit: the form dialog's refusals and conflict offer, and the spreadsheet picker's filter."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit

from spi_desktop.domain.errors import InputError
from spi_desktop.importers.file_gate import TEXT_SUFFIXES, WORKBOOK_SUFFIXES
from spi_desktop.views.forms import FormDialog
from spi_desktop.views.prompts import prompts
from spi_desktop.views.style import ERROR_STYLE, OK_STYLE, message_label, show_message


class _NameDialog(FormDialog):
    def __init__(self) -> None:
        super().__init__("Nama")
        self.name = QLineEdit()
        self.form.addRow("Nama", self.name)
        self.saved: list[str] = []

    def save(self) -> None:
        if not self.name.text():
            raise InputError("Nama wajib diisi")
        self.saved.append(self.name.text())


def test_a_refused_save_stays_in_the_dialog_and_a_good_one_closes_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = _NameDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.message.isHidden() and dialog.save_button.text() == "&Simpan"
    assert dialog.try_save() is False
    assert dialog.isVisible() and dialog.message.isVisible() and dialog.message.text() == "Nama wajib diisi"
    dialog.name.setText("Dinkes")
    assert dialog.try_save() is True and dialog.saved == ["Dinkes"] and not dialog.isVisible()


def test_show_message_uses_the_one_error_red_or_the_green(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = message_label()
    qtbot.addWidget(label)
    show_message(label, "Ditolak")
    assert label.styleSheet() == ERROR_STYLE and label.text() == "Ditolak"
    show_message(label, "Tersimpan", ok=True)
    assert label.styleSheet() == OK_STYLE


def test_the_spreadsheet_picker_offers_every_suffix_the_imports_read(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(prompts, "open_file", lambda _parent, _title, filters: asked.append(filters) or "/x/a.xlsx")
    assert prompts.open_spreadsheet(None, "Pilih") == Path("/x/a.xlsx")
    assert asked[0].startswith("Lembar kerja (*.xlsx *.xls *.ods *.csv *.txt")
    assert {f"*{suffix}" for suffix in WORKBOOK_SUFFIXES | TEXT_SUFFIXES} == set(asked[0][14:-1].split())
    monkeypatch.setattr(prompts, "open_file", lambda *_a: None)
    assert prompts.open_spreadsheet(None, "Pilih") is None
