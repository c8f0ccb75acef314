"""Qt's own strings (standard buttons, the line-edit menu, the non-native file dialog, the wizard's buttons) speak
Indonesian in Indonesian mode, from the qtbase_id.qm the app ships, and stay English in English mode."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWizard,
)

from spi_desktop.views.language import current_language, install_language, remove_language

Button = QDialogButtonBox.StandardButton


@pytest.fixture(params=["id", "en"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    app = QApplication.instance()
    assert app is not None
    assert install_language(app, request.param) is not None
    try:
        yield request.param
    finally:
        remove_language(app)


EXPECTED = {
    "id": {"buttons": ["OK", "Batal", "&Ya", "&Tidak", "Simpan", "Tutup", "Terapkan", "Buka"],
           "menu": ["&Urungkan", "U&langi", "Po&tong", "&Salin", "T&empel", "Hapus", "Pilih Semua"],
           "labels": {"&Cari di:", "&Nama berkas:", "&Jenis berkas:"}, "open": "&Buka", "cancel": "Batal",
           "wizard": ["< &Kembali", "&Berikutnya >", "&Selesai", "Batal"]},
    "en": {"buttons": ["OK", "Cancel", "&Yes", "&No", "Save", "Close", "Apply", "Open"],
           "menu": ["&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All"],
           "labels": {"&Look in:", "File &name:", "Files of &type:"}, "open": "&Open", "cancel": "Cancel",
           "wizard": ["< &Back", "&Next >", "&Finish", "Cancel"]},
}
STANDARD = (Button.Ok, Button.Cancel, Button.Yes, Button.No, Button.Save, Button.Close, Button.Apply, Button.Open)


def test_standard_buttons_speak_the_language(qtbot, language: str) -> None:  # type: ignore[no-untyped-def]
    assert current_language() == language
    box = QDialogButtonBox()
    qtbot.addWidget(box)
    for which in STANDARD:
        box.addButton(which)
    assert [box.button(which).text() for which in STANDARD] == EXPECTED[language]["buttons"]
    message = QMessageBox(QMessageBox.Icon.Question, "t", "x", QMessageBox.StandardButton.Ok
                          | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(message)
    assert message.button(QMessageBox.StandardButton.Ok).text() == "OK"  # OK stays OK
    assert message.button(QMessageBox.StandardButton.Cancel).text() == EXPECTED[language]["cancel"]


def test_the_context_menu_of_text_fields_speaks_the_language(qtbot, language: str) -> None:  # type: ignore[no-untyped-def]
    for field in (QLineEdit("abc"), QPlainTextEdit("abc")):
        qtbot.addWidget(field)
        menu = field.createStandardContextMenu()
        texts = [action.text().split("\t")[0] for action in menu.actions() if not action.isSeparator()]
        assert texts[:7] == EXPECTED[language]["menu"]
        menu.deleteLater()


def test_qts_own_file_dialog_speaks_the_language(qtbot, language: str) -> None:  # type: ignore[no-untyped-def]
    dialog = QFileDialog(None, "Pilih berkas")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert EXPECTED[language]["labels"] <= labels
    buttons = {button.text() for button in dialog.findChildren(QPushButton)}
    assert {EXPECTED[language]["open"], EXPECTED[language]["cancel"]} <= buttons


def test_wizard_and_print_dialog_speak_the_language(qtbot, language: str) -> None:  # type: ignore[no-untyped-def]
    wizard = QWizard()
    qtbot.addWidget(wizard)
    kinds = (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton,
             QWizard.WizardButton.CancelButton)
    assert [wizard.buttonText(kind) for kind in kinds] == EXPECTED[language]["wizard"]
    printer = QPrinter()
    dialog = QPrintDialog(printer)
    qtbot.addWidget(dialog)
    texts = {button.text() for button in dialog.findChildren(QPushButton)}
    assert ("&Cetak" if language == "id" else "&Print") in texts


def test_import_counts_say_one_duplicate_in_english_and_group_digits(qtbot, language: str) -> None:  # type: ignore[no-untyped-def]
    from types import SimpleNamespace

    from spi_desktop.views.population.import_wizard import _RunPage

    page = _RunPage(None, None, dry_run=True)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    result = SimpleNamespace(read=28551, imported=28550, duplicates=1, rejected=0, warnings=2, skipped=0, parts=[1])
    expected = {"id": "Dibaca 28.551 baris: 28.550 diimpor, 1 duplikat, 0 ditolak, 2 dengan peringatan.",
                "en": "Read 28,551 rows: 28,550 imported, 1 duplicate, 0 rejected, 2 with warnings."}
    assert page.counts_text(result) == expected[language]  # type: ignore[arg-type]


def test_every_fixed_progress_text_of_the_services_is_shown_in_english(qtbot, language: str) -> None:  # type: ignore[no-untyped-def]
    import re
    from pathlib import Path

    from spi_desktop.views.job_texts import job_text

    services = Path(__file__).resolve().parents[2] / "spi_desktop" / "services"
    literals = {text for path in services.glob("*.py")
                for text in re.findall(r'context\.report\([^"\n]*"([^"{}]+)"', path.read_text(encoding="utf-8"))}
    assert "Membaca berkas" in literals and "Pemulihan selesai" in literals
    for text in literals:
        assert (job_text(text) == text) == (language == "id"), text
    samples = {"Menyimpan 28.551 dari 30.000 baris": "Saving rows: 28.551 of 30.000",
               "12 dari 40 berkas kartu selesai": "Card files done: 12 of 40", "Menyalin unit…": "Copying unit…"}
    for text, english in samples.items():
        assert job_text(text) == (english if language == "en" else text)
    assert job_text("Teks lain") == "Teks lain"


def test_dates_on_screen_follow_the_window_language(language: str) -> None:
    import datetime as dt

    from spi_desktop.views.dates import shown_date, shown_moment

    month, at = {"id": ("Oktober", "pukul"), "en": ("October", "at")}[language]
    assert shown_date(dt.date(2025, 10, 29)) == f"29 {month} 2025"
    assert shown_moment(dt.datetime(2025, 10, 29, 1, 0)).startswith(f"29 {month} 2025 {at} ")


def test_counts_take_the_plural_of_the_window_language(language: str) -> None:
    from PySide6.QtCore import QCoreApplication

    def removed(count: int) -> str:
        return QCoreApplication.translate("BatchesDialog", "%Ln baris dihapus.", "", count)

    expected = {"id": ("1 baris dihapus.", "28.551 baris dihapus."),
                "en": ("1 row removed.", "28,551 rows removed.")}[language]
    assert (removed(1), removed(28551)) == expected  # the digits grouped in the window's language (views/numbers)
