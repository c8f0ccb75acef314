"""What a view tells the user about a failed job or a refused file, in the display language.

``services.errors.user_message`` words any error in Indonesian for the CLI and the GUI alike; a view asks here
instead, so an English window shows the same message through ``reason_text`` (unchanged in Indonesian).
"""

from __future__ import annotations

from spi_desktop.services.errors import user_message as indonesian_message
from spi_desktop.views.reason_texts import reason_text


def user_message(error: BaseException) -> str:
    """What to tell the user about ``error``, in the display language."""
    return reason_text(indonesian_message(error))
