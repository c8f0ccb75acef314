"""Dates and moments on screen, in the window's language ('29 Oktober 2025' / '29 October 2025').

The domain formatters write Indonesian by default, which the reports, the CLI and the services' sentences keep;
every view writes its dates through these, so an English window shows English month names.
"""

from __future__ import annotations

import datetime as dt

from spi_desktop.domain.formatting import format_date
from spi_desktop.domain.moments import format_local, format_moment
from spi_desktop.views.language import current_language


def shown_date(value: dt.date | None, empty: str = "–") -> str:
    """A date in the window's language."""
    return format_date(value, empty, language=current_language())


def shown_moment(value: dt.datetime | None, empty: str = "–") -> str:
    """A stored (UTC) moment in the PC's zone and the window's language."""
    return format_moment(value, empty=empty, language=current_language())


def shown_local(value: dt.datetime | None, empty: str = "–") -> str:
    """A moment already in local time (a backup's stamp, the trail's lines) in the window's language."""
    return format_local(value, empty, language=current_language())
