"""One way to run a save from a widget off the GUI thread: a refused or failed save is shown, never a traceback,
and the clicked controls stay disabled until it has finished, so nothing is done twice."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import shiboken6
from PySide6.QtWidgets import QWidget

from spi_desktop.services.concurrency import ConflictError
from spi_desktop.views.conflicts import offer_reload
from spi_desktop.views.context import AppContext, Area
from spi_desktop.views.errors import user_message
from spi_desktop.views.prompts import prompts
from spi_desktop.views.workers import BackgroundJob, run_in_background


def attempt_in_background(parent: QWidget, title: str, call: Callable[[], Any],
                          on_done: Callable[[Any], object] | None = None, *, context: AppContext | None = None,
                          notify: Area | None = None, on_conflict: Callable[[], None] | None = None,
                          busy: Sequence[QWidget] | None = None,
                          on_failed: Callable[[], None] | None = None) -> BackgroundJob:
    """Run ``call`` on the worker pool and hand its answer to ``on_done`` on the GUI thread.

    Someone else's newer save (``ConflictError``) offers ``on_conflict`` (reload the latest data) when given;
    any other failure is shown in a message box titled ``title`` (then ``on_failed`` runs). After a success,
    ``context`` is told that data of ``notify`` changed, before ``on_done``. The ``busy`` widgets (default:
    ``parent``) are disabled while it runs; those that were enabled are enabled again when it ends.
    """
    held = [widget for widget in (busy if busy is not None else (parent,)) if widget.isEnabled()]
    for widget in held:
        widget.setEnabled(False)
    job = run_in_background(lambda _ctx: call(), owner=parent)

    def release() -> None:
        for widget in held:
            if shiboken6.isValid(widget):
                widget.setEnabled(True)

    def succeeded(answer: Any) -> None:
        release()
        if context is not None and notify is not None:
            context.notify(notify)
        if on_done is not None:
            on_done(answer)

    def failed(error: object) -> None:
        release()
        if isinstance(error, ConflictError) and on_conflict is not None:
            offer_reload(parent, error, on_conflict)
        else:
            prompts.error(parent, title, user_message(error) if isinstance(error, BaseException) else str(error))
        if on_failed is not None:
            on_failed()

    job.succeeded.connect(succeeded)
    job.failed.connect(failed)
    job.cancelled.connect(release)
    return job
