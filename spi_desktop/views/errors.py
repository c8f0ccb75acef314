"""What a view tells the user about a failed job or a refused file, in the display language.

``services.errors.user_message`` words any error in Indonesian for the CLI and the GUI alike; a view asks here
instead, so an English window shows the same message through ``reason_text`` (unchanged in Indonesian). An
unexpected error (a fault of the program) is told in one plain sentence, never by its Python kind or text, and
its traceback goes to the crash log once, whichever view shows it.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QCoreApplication

from spi_desktop.services.crash_log import write_crash_report
from spi_desktop.services.errors import unexpected
from spi_desktop.services.errors import user_message as indonesian_message
from spi_desktop.views.reason_texts import reason_text

LOGGED = "_spi_crash_logged"  # set on an error once its report is in the crash log


def user_message(error: BaseException) -> str:
    """What to tell the user about ``error``, in the display language."""
    if unexpected(error):
        log_unexpected(error)
        return QCoreApplication.translate(
            "Errors", "Terjadi kesalahan tak terduga, jadi pekerjaan ini dihentikan. Rinciannya dicatat di log "
                      "kesalahan untuk pengelola aplikasi; bila terulang, kirimkan log itu kepada mereka.")
    return reason_text(indonesian_message(error))


def log_unexpected(error: BaseException) -> None:
    """Write ``error``'s report to the crash log unless it is there already (a job's failure may be shown by
    more than one view)."""
    if not getattr(error, LOGGED, False):
        write_crash_report(type(error), error, error.__traceback__)
        mark_logged(error)


def mark_logged(error: BaseException) -> None:
    """Note that ``error``'s report is in the crash log (written by whoever caught it)."""
    with contextlib.suppress(AttributeError):  # an error type with __slots__: logged again if shown again
        setattr(error, LOGGED, True)
