"""The form dialog every "type it in, then Simpan" window shares: fields, a message line and two buttons."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QGridLayout, QLayout, QLayoutItem, QVBoxLayout, QWidget

from spi_desktop.domain.errors import InputError
from spi_desktop.services.concurrency import ConflictError
from spi_desktop.views.conflicts import offer_reload
from spi_desktop.views.errors import user_message
from spi_desktop.views.reason_texts import reason_text
from spi_desktop.views.screen_fit import FittedDialog
from spi_desktop.views.style import form_layout, message_label, show_message
from spi_desktop.views.workers import BackgroundJob, run_in_background


def _layout_items(layout: QLayout) -> Iterator[QLayoutItem]:
    """``layout``'s items in reading order: a form's rows top to bottom (label, then field), a grid's cells
    row by row, a box's items as they are laid out."""
    if isinstance(layout, QFormLayout):
        for row in range(layout.rowCount()):
            for role in (QFormLayout.ItemRole.LabelRole, QFormLayout.ItemRole.FieldRole,
                         QFormLayout.ItemRole.SpanningRole):
                if (item := layout.itemAt(row, role)) is not None:
                    yield item
        return
    indexes = list(range(layout.count()))
    if isinstance(layout, QGridLayout):
        grid = layout
        def cell(index: int) -> tuple[int, int]:
            row, column, _rows, _columns = cast(tuple[int, int, int, int], grid.getItemPosition(index))
            return row, column

        indexes.sort(key=cell)
    for index in indexes:
        if (item := layout.itemAt(index)) is not None:
            yield item


def _tab_stops(layout: QLayout) -> Iterator[QWidget]:
    """The widgets Tab should stop at under ``layout``, in its reading order (into a widget's own layout when
    the widget itself takes no focus, e.g. a button box or a row of buttons)."""
    for item in _layout_items(layout):
        if (inner := item.layout()) is not None:
            yield from _tab_stops(inner)
        elif (widget := item.widget()) is not None:
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                yield widget
            elif (own := widget.layout()) is not None:
                yield from _tab_stops(own)


def tab_in_layout_order(root: QWidget) -> list[QWidget]:
    """Make Tab follow ``root``'s layout (top to bottom, a row left to right) rather than the order its widgets
    were made in; answers the tab stops in that order."""
    layout = root.layout()
    if layout is None:
        return []
    stops = list(_tab_stops(layout))
    for before, after in zip(stops, stops[1:], strict=False):
        QWidget.setTabOrder(before, after)
    return stops


class FormDialog(FittedDialog):
    """A titled form (``form``) over a message line (``message``) and Simpan/Batal (``save_button``,
    ``cancel_button``); ``body`` is the whole column, for texts above or widgets between.

    Subclasses implement ``save`` and raise to refuse: the refusal stays in the dialog as one sentence
    (``save`` may also answer False to stay open silently, e.g. when the user declined a confirmation).
    What touches the database goes through ``store_in_background`` (``save`` then answers False): the dialog is
    disabled while it runs (``last_job``) and closes when it has stored, or shows the refusal the same way.
    Someone else's newer save (``ConflictError``) also offers to reload; a yes closes the dialog with
    ``conflicted`` set, so the page that opened it shows the latest values.
    """

    def __init__(self, title: str, parent: QWidget | None = None, *, save_text: str | None = None,
                 cancel_text: str | None = None, width: int = 460) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(width)
        self.conflicted = False
        self.last_job: BackgroundJob | None = None
        self.form = form_layout()
        self.message = message_label()
        buttons = QDialogButtonBox()
        # A base class's self.tr would look its texts up under the subclass's name: name the context.
        self.save_button = buttons.addButton(save_text or QCoreApplication.translate("FormDialog", "&Simpan"),
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

    def showEvent(self, event: QShowEvent) -> None:
        """Tab from the first field down to Simpan/Batal, and open on the first field: the buttons were made
        before a subclass's fields, so Qt would otherwise put the focus on Simpan (a subclass's own choice of
        focus, made before showing, stays)."""
        stops = [widget for widget in tab_in_layout_order(self) if widget.isEnabled() and not widget.isHidden()]
        focus = self.focusWidget()
        if stops and (focus is None or isinstance(focus.parentWidget(), QDialogButtonBox)):
            stops[0].setFocus(Qt.FocusReason.TabFocusReason)
        super().showEvent(event)

    def save(self) -> bool | None:
        """Store what was typed; raise (e.g. ``InputError``) to keep the dialog open with the reason."""
        raise NotImplementedError

    def try_save(self) -> bool:
        """Save and close; on a refusal show it here, keep the dialog open and answer False."""
        try:
            if self.save() is False:
                return False
        except Exception as error:  # shown in the form, never a traceback; a fault goes to the crash log
            self.refused(error)
            return False
        self.accept()
        return True

    def refused(self, error: BaseException) -> None:
        """Show why ``error`` kept the form from being stored, on the message line (a conflict offers to reload)."""
        if isinstance(error, ConflictError):
            self.show_message(reason_text(str(error)))
            offer_reload(self, error, self._close_to_reload)
        elif isinstance(error, InputError):  # a refusal, worded for the user, in the window's language
            self.show_message(reason_text(str(error)))
        else:
            self.show_message(user_message(error))

    def store_in_background(self, call: Callable[[], Any],
                            on_stored: Callable[[Any], bool | None] | None = None) -> BackgroundJob:
        """Run ``call`` (the database part of a save) off the GUI thread with the dialog disabled; then close,
        unless ``on_stored`` answers False. A refusal or failure is shown here and the dialog stays open."""
        self.setEnabled(False)
        job = run_in_background(lambda _ctx: call(), owner=self)

        def stored(answer: Any) -> None:
            self.setEnabled(True)
            if on_stored is None or on_stored(answer) is not False:
                self.accept()

        def failed(error: object) -> None:
            self.setEnabled(True)
            if isinstance(error, BaseException):
                self.refused(error)
            else:
                self.show_message(str(error))

        job.succeeded.connect(stored)
        job.failed.connect(failed)
        job.cancelled.connect(lambda: self.setEnabled(True))
        self.last_job = job
        return job

    def show_message(self, text: str) -> None:
        """Show ``text`` (a refusal) on the message line."""
        show_message(self.message, text)

    def _close_to_reload(self) -> None:
        self.conflicted = True
        self.reject()
