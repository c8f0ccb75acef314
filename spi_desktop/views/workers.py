"""The one background-work helper: run a job off the GUI thread with progress and a real Cancel.

A job is a function taking a ``JobContext`` (services/jobs.py). It reports progress through the
context and stops at its next report when cancelled (its transaction rolls back). Its result,
error or cancellation is delivered on the GUI thread through the handle's signals.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import SIGNAL, QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from spi_desktop.services.jobs import JobCancelled, JobContext
from spi_desktop.views.errors import user_message
from spi_desktop.views.job_texts import job_text
from spi_desktop.views.prompts import prompts

Job = Callable[[JobContext], Any]
_running: set[BackgroundJob] = set()
_released: list[BackgroundJob] = []  # ended jobs whose C++ side Qt has yet to delete (see _release)
_QUEUED = Qt.ConnectionType.QueuedConnection


class _WorkerSignals(QObject):
    """Emitted from the worker thread; received through queued connections on the GUI thread."""

    progress = Signal(int, int, str)
    outcome = Signal(str, object)


class BackgroundJob(QObject):
    """Handle of a job running on the worker pool. Its signals are emitted on the GUI thread."""

    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, job: Job, owner: QObject | None = None) -> None:
        super().__init__()
        self.job = job
        self.owner = owner
        self.signals = _WorkerSignals()
        self.signals.progress.connect(self._relay_progress, _QUEUED)
        self.signals.outcome.connect(self._relay_outcome, _QUEUED)
        self.context = JobContext(on_progress=self.signals.progress.emit)
        self.done = False
        self.dialog: QProgressDialog | None = None

    def cancel(self) -> None:
        """Ask the job to stop at its next progress report (from the GUI thread)."""
        self.context.cancel()

    @Slot(int, int, str)
    def _relay_progress(self, done: int, total: int, text: str) -> None:
        if self.orphaned():
            self.cancel()
        elif not self.done:
            self.progress.emit(done, total, text)

    def orphaned(self) -> bool:
        """True when the widget that asked for this job no longer exists: nobody is left to tell."""
        return self.owner is not None and not shiboken6.isValid(self.owner)

    @Slot(str, object)
    def _relay_outcome(self, kind: str, value: object) -> None:
        self.done = True
        # Before anyone hears of the outcome: a done-callback that opens a modal box runs a nested event loop,
        # where the progress dialog's delayed show would otherwise fire and cover the result (issue 19).
        self._close_progress()
        if self.orphaned():
            _release(self)
            return
        if kind == "succeeded":
            self.succeeded.emit(value)
        elif kind == "failed":
            if self.receivers(SIGNAL("failed(PyObject)")) == 0:  # nobody handles it: never a silent failure
                self._show_failure(value)
            self.failed.emit(value)
        else:
            self.cancelled.emit()
        self.finished.emit()
        _release(self)

    def _close_progress(self) -> None:
        """Close the progress dialog and stop its delayed show, so it can never appear once the job has ended."""
        dialog, self.dialog = self.dialog, None
        if dialog is None or not shiboken6.isValid(dialog):
            return
        dialog.blockSignals(True)  # closing a QProgressDialog emits canceled: the job is over, nothing to cancel
        dialog.reset()  # stops the timer that shows the dialog after its minimum duration
        dialog.hide()
        dialog.deleteLater()

    def _show_failure(self, error: object) -> None:
        parent = self.owner if isinstance(self.owner, QWidget) else None
        reason = user_message(error) if isinstance(error, BaseException) else str(error)
        prompts.error(parent, QCoreApplication.translate("BackgroundJob", "Terjadi kesalahan"), reason)


def _release(handle: BackgroundJob) -> None:
    """Forget an ended job. Its C++ side is deleted by Qt (``deleteLater``) while Python still holds the handle:
    freeing the handle from Python instead ran QObject's destructor inside the Python object's own deallocation,
    where PySide's look-up of Python overrides read the dying object and crashed (core dumps of the dialog walk
    under load, about one run in three). The handles whose C++ side is gone are let go on the next release."""
    _running.discard(handle)
    _released[:] = [ended for ended in _released if shiboken6.isValid(ended)]
    _released.append(handle)
    handle.deleteLater()


class _Runnable(QRunnable):
    """Runs the job on a worker thread. It holds the job, its context and the emitter, never the handle,
    so the handle (a GUI-thread object) is only ever released on the GUI thread."""

    def __init__(self, job: Job, context: JobContext, signals: _WorkerSignals) -> None:
        super().__init__()
        self._job, self._context, self._signals = job, context, signals

    def run(self) -> None:
        try:
            result = self._job(self._context)
        except JobCancelled:
            self._signals.outcome.emit("cancelled", None)
        except Exception as error:  # handed to the GUI thread, shown there
            self._signals.outcome.emit("failed", error)
        else:
            self._signals.outcome.emit("succeeded", result)


class LatestOnly:
    """Numbers a widget's reloads, so an answer that arrives after a newer request (another year, filter or
    date) is dropped."""

    def __init__(self) -> None:
        self.number = 0

    def ask(self) -> Callable[[], bool]:
        """Start a request; the returned check says whether it is still the newest."""
        self.number += 1
        number = self.number
        return lambda: number == self.number


def worker_pool() -> QThreadPool:
    """The pool every background job runs on."""
    return QThreadPool.globalInstance()


def shutdown_workers(timeout_ms: int = 10_000) -> bool:
    """Cancel every running job and wait for the pool to drain (on quit, and between tests)."""
    for handle in list(_running):
        handle.cancel()
    return worker_pool().waitForDone(timeout_ms)


def run_in_background(job: Job, parent: QWidget | None = None, title: str | None = None,
                      owner: QObject | None = None, error_title: str | None = None) -> BackgroundJob:
    """Start ``job`` on the worker pool; with ``title``, show a progress dialog with Cancel.

    The outcome is delivered only while ``owner`` (default: ``parent``) still exists; a job whose owner
    was closed is cancelled at its next progress report and its result dropped. With ``error_title`` a
    failure is shown in a message box of that title (the error as ``user_message`` words it); a failure nobody
    handles is shown under a plain "Terjadi kesalahan", never dropped.
    """
    handle = BackgroundJob(job, owner if owner is not None else parent)
    _running.add(handle)
    if title is not None:
        handle.dialog = _progress_dialog(handle, parent, title)
    if error_title is not None:
        shown_over = parent if parent is not None else owner if isinstance(owner, QWidget) else None
        handle.failed.connect(lambda error: prompts.error(shown_over, error_title, user_message(error)))
    worker_pool().start(_Runnable(handle.job, handle.context, handle.signals))
    return handle


def _progress_dialog(handle: BackgroundJob, parent: QWidget | None, title: str) -> QProgressDialog:
    dialog = QProgressDialog(title, QCoreApplication.translate("BackgroundJob", "Batal"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.setMinimumWidth(420)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def on_progress(done: int, total: int, text: str) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(done if total else 0)
        if text and not handle.context.cancelled:
            dialog.setLabelText(job_text(text))

    def on_cancel() -> None:
        handle.cancel()
        dialog.setLabelText(QCoreApplication.translate("BackgroundJob", "Membatalkan…"))

    handle.progress.connect(on_progress)
    dialog.canceled.connect(on_cancel)
    return dialog
