"""The form dialog every "type it in, then Simpan" window shares: fields, a message line and two buttons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QVBoxLayout, QWidget

from spi_desktop.domain.errors import InputError
from spi_desktop.services.concurrency import ConflictError
from spi_desktop.services.crash_log import write_crash_report
from spi_desktop.services.errors import user_message
from spi_desktop.views.conflicts import offer_reload
from spi_desktop.views.screen_fit import FittedDialog
from spi_desktop.views.style import form_layout, message_label, show_message


class FormDialog(FittedDialog):
    """A titled form (``form``) over a message line (``message``) and Simpan/Batal (``save_button``,
    ``cancel_button``); ``body`` is the whole column, for texts above or widgets between.

    Subclasses implement ``save`` and raise to refuse: the refusal stays in the dialog as one sentence
    (``save`` may also answer False to stay open silently, e.g. when the user declined a confirmation).
    Someone else's newer save (``ConflictError``) also offers to reload; a yes closes the dialog with
    ``conflicted`` set, so the page that opened it shows the latest values.
    """

    def __init__(self, title: str, parent: QWidget | None = None, *, save_text: str | None = None,
                 cancel_text: str | None = None, width: int = 460) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(width)
        self.conflicted = False
        self.form = form_layout()
        self.message = message_label()
        buttons = QDialogButtonBox()
        # A base class's self.tr would look its texts up under the subclass's name: name the context.
        self.save_button = buttons.addButton(save_text or QCoreApplication.translate("FormDialog", "Simpan"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        self.cancel_button = buttons.addButton(cancel_text or QCoreApplication.translate("FormDialog", "Batal"),
                                               QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout(self)
        self.body.addLayout(self.form)
        self.body.addWidget(self.message)
        self.body.addWidget(buttons)

    def save(self) -> bool | None:
        """Store what was typed; raise (e.g. ``InputError``) to keep the dialog open with the reason."""
        raise NotImplementedError

    def try_save(self) -> bool:
        """Save and close; on a refusal show it here, keep the dialog open and answer False."""
        try:
            if self.save() is False:
                return False
        except ConflictError as error:
            self.show_message(str(error))
            offer_reload(self, error, self._close_to_reload)
            return False
        except InputError as error:  # a refusal, worded for the user
            self.show_message(str(error))
            return False
        except Exception as error:  # shown in the form, never a traceback; kept in the crash log like any fault
            write_crash_report(type(error), error, error.__traceback__)
            self.show_message(user_message(error))
            return False
        self.accept()
        return True

    def show_message(self, text: str) -> None:
        """Show ``text`` (a refusal) on the message line."""
        show_message(self.message, text)

    def _close_to_reload(self) -> None:
        self.conflicted = True
        self.reject()
