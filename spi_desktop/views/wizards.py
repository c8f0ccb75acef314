"""The chrome every wizard shares: the Indonesian buttons and the classic look.

A wizard keeps what its pages choose in a small dataclass and hands that to each page, so a page never
writes into the wizard that holds it (and the two modules need not import each other).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget, QWizard

from spi_desktop.views import screen_fit


class Wizard(QWizard):
    """A classic-style wizard titled ``title`` with the buttons "< Kembali", "Lanjut >", "Batal", "Selesai"
    (and the commit button's text, when a page commits)."""

    def __init__(self, title: str, parent: QWidget | None = None, *, commit_text: str | None = None) -> None:
        super().__init__(parent)
        screen_fit.keep_on_screen(self)
        self.setWindowTitle(title)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        # A base class's self.tr would look its texts up under the subclass's name: name the context.
        self.setButtonText(QWizard.WizardButton.NextButton, QCoreApplication.translate("Wizard", "Lanjut >"))
        self.setButtonText(QWizard.WizardButton.BackButton, QCoreApplication.translate("Wizard", "< Kembali"))
        self.setButtonText(QWizard.WizardButton.CancelButton, QCoreApplication.translate("Wizard", "Batal"))
        self.setButtonText(QWizard.WizardButton.FinishButton, QCoreApplication.translate("Wizard", "Selesai"))
        if commit_text is not None:
            self.setButtonText(QWizard.WizardButton.CommitButton, commit_text)

    def resize_within_screen(self, width: int, height: int) -> None:
        """Take ``width`` × ``height``, or less where the screen (without its taskbar) is smaller, so the
        buttons stay on screen on a 1366×768 laptop."""
        screen_fit.resize_within_screen(self, width, height)
