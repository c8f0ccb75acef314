"""Waiting for a click's save: forms and pages store off the GUI thread (issue 19) and expose the job as
``last_job``."""

from __future__ import annotations

from typing import Any

WAIT_MS = 10_000


def wait_stored(qtbot: Any, widget: Any) -> None:
    """Until ``widget``'s newest job (its save, or the read it started after) has ended."""
    qtbot.waitUntil(lambda: widget.last_job is None or widget.last_job.done, timeout=WAIT_MS)
