"""Progress reporting and cancellation for long work, without any Qt dependency.

Services that may run long take a ``JobContext``; the GUI's worker helper and the CLI each supply
one. Cancelling raises ``JobCancelled`` at the next ``report``/``check`` so the service's
transaction rolls back and nothing is half written.
"""

from __future__ import annotations

import threading
from collections.abc import Callable


class JobCancelled(Exception):
    """The user cancelled the job; work done so far was rolled back."""


ProgressCallback = Callable[[int, int, str], None]


class JobContext:
    """Handed to a long-running service: report progress, check for cancellation."""

    def __init__(self, on_progress: ProgressCallback | None = None) -> None:
        self._cancel = threading.Event()
        self._on_progress = on_progress

    def cancel(self) -> None:
        """Ask the job to stop at its next check (safe from any thread)."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        """True once ``cancel`` has been called."""
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise ``JobCancelled`` if the job was cancelled."""
        if self._cancel.is_set():
            raise JobCancelled("Dibatalkan oleh pengguna")

    def report(self, done: int, total: int, text: str = "", check: bool = True) -> None:
        """Report progress (``done`` of ``total``; total 0 means unknown), then check for cancel.

        Pass ``check=False`` once the work is committed: a late Cancel must not undo its report.
        """
        if self._on_progress is not None:
            self._on_progress(done, total, text)
        if check:
            self.check()


def quiet_context() -> JobContext:
    """A context that reports nowhere and is never cancelled (CLI and tests)."""
    return JobContext()
