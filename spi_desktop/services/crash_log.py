"""A crash log for errors nobody expected, with every phone number and e-mail address masked.

Population lists are personal data; an exception message can quote a cell ("'0812…' bukan nomor"), so the
traceback's text is scrubbed before it is written, and local variables are never written at all."""

from __future__ import annotations

import datetime as dt
import traceback
from pathlib import Path
from types import TracebackType

import platformdirs

from spi_desktop.db.session import APP_NAME
from spi_desktop.domain.privacy import scrub_personal

MAX_BYTES = 1_000_000


def crash_log_path() -> Path:
    """Where the crash log lives (the user's log folder)."""
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)) / "crash.log"


def crash_report(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> str:
    """The report text: time, the traceback (file, line, function, code) and the message, scrubbed."""
    lines = traceback.format_exception(kind, error, trace)
    stamp = dt.datetime.now().isoformat(timespec="seconds")
    return scrub_personal(f"--- {stamp}\n{''.join(lines)}")


def write_crash_report(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> Path | None:
    """Append the report to the crash log (starting a new one past 1 MB); None when it cannot be written."""
    path = crash_log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists() and path.stat().st_size > MAX_BYTES:
            path.replace(path.with_suffix(".log.1"))
        with path.open("a", encoding="utf-8") as handle:
            handle.write(crash_report(kind, error, trace))
    except OSError:
        return None
    return path
