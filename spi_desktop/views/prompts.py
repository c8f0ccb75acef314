"""Every message box and file picker goes through here, so tests can answer them.

Tests replace the module-level ``prompts`` object (see tests/conftest.py).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox, QWidget

from spi_desktop.services.spreadsheets import spreadsheet_suffixes
from spi_desktop.views.file_places import remember_folder, start_folder, start_path
from spi_desktop.views.text import fill


class Prompts:
    """Message boxes and file dialogs with Indonesian button texts."""

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        """Show information with an OK button."""
        box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent)
        box.button(QMessageBox.StandardButton.Ok).setText(QCoreApplication.translate("Prompts", "Tutup"))
        box.exec()

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        """Show an error with an OK button."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
        box.button(QMessageBox.StandardButton.Ok).setText(QCoreApplication.translate("Prompts", "Tutup"))
        box.exec()

    def crash(self, parent: QWidget | None, title: str, text: str, details: str, log: Path | None) -> None:
        """Show an unexpected error with where its note was kept and a "Salin detail" button."""
        from spi_desktop.views.crash_dialog import CrashDialog

        CrashDialog(title, text, details, log, parent).exec()

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        """Ask a yes/no question; True for yes. *Tidak* is the default: Enter pressed in haste never deletes,
        replaces or skips anything."""
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        box = QMessageBox(QMessageBox.Icon.Question, title, text, buttons, parent)
        box.button(QMessageBox.StandardButton.Yes).setText(QCoreApplication.translate("Prompts", "Ya"))
        box.button(QMessageBox.StandardButton.No).setText(QCoreApplication.translate("Prompts", "Tidak"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def choose(self, parent: QWidget | None, title: str, text: str, options: list[tuple[str, str]],
               cancel_text: str | None = None) -> str | None:
        """Ask the user to pick one of ``options`` (key, button text); None when they cancel (the button says
        ``cancel_text``, by default "Batal")."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
        buttons = [(box.addButton(label, QMessageBox.ButtonRole.AcceptRole), key) for key, label in options]
        box.addButton(cancel_text or QCoreApplication.translate("Prompts", "Batal"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        clicked = box.clickedButton()
        return next((key for button, key in buttons if button is clicked), None)

    def save_file(self, parent: QWidget | None, title: str, suggested: str, filters: str) -> str | None:
        """Pick where to save; None when cancelled."""
        path, _ = QFileDialog.getSaveFileName(parent, title, start_path(suggested), filters)
        remember_folder(path)
        return path or None

    def ask_text(self, parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
        """Ask for one line of text; None when cancelled."""
        value, ok = QInputDialog.getText(parent, title, label, text=text)
        return value if ok else None

    def ask_secret(self, parent: QWidget | None, title: str, label: str, confirm: bool = False,
                   optional: bool = False) -> str | None:
        """Ask for a passphrase (twice with ``confirm``); None when cancelled, '' when left empty (``optional``)."""
        from spi_desktop.views.passphrase_dialog import PassphraseDialog

        dialog = PassphraseDialog(title, label, confirm, optional, parent)
        return dialog.secret.text() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def open_file(self, parent: QWidget | None, title: str, filters: str) -> str | None:
        """Pick an existing file; None when cancelled."""
        path, _ = QFileDialog.getOpenFileName(parent, title, str(start_folder()), filters)
        remember_folder(path)
        return path or None

    def open_spreadsheet(self, parent: QWidget | None, title: str) -> Path | None:
        """Pick a workbook or text table of a kind the imports read; None when cancelled."""
        patterns = " ".join(f"*{suffix}" for suffix in spreadsheet_suffixes())
        # Through open_file, the one picker tests answer.
        path = self.open_file(parent, title, fill(QCoreApplication.translate("Prompts", "Lembar kerja (%1)"),
                                                  patterns))
        return Path(path) if path else None

    def choose_folder(self, parent: QWidget | None, title: str) -> str | None:
        """Pick a folder (it may be new and empty); None when cancelled."""
        path = QFileDialog.getExistingDirectory(parent, title, str(start_folder()))
        remember_folder(path, is_folder=True)
        return path or None

    def print_setup(self, parent: QWidget | None, printer: QPrinter) -> bool:
        """Let the user choose the printer and its options; False when cancelled."""
        return QPrintDialog(printer, parent).exec() == QDialog.DialogCode.Accepted


prompts = Prompts()
