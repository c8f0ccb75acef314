"""Moments (date and time) the way an Indonesian office writes them: "1 Desember 2026 pukul 19.45 WIB".

The workspace stores every moment in UTC without a zone (SQLite has none, and PCs of one workspace may sit in
different zones); it is shown in the PC's own zone, named as Indonesia names its three: WIB (UTC+7), WITA
(UTC+8) and WIT (UTC+9); any other offset is written "UTC+5.30".
"""

from __future__ import annotations

import datetime as dt

from spi_desktop.domain.formatting import DATE_WORDS, format_date

#: Indonesia's zones by their offset from UTC.
ZONE_NAMES = {dt.timedelta(hours=7): "WIB", dt.timedelta(hours=8): "WITA", dt.timedelta(hours=9): "WIT"}


def utc_now() -> dt.datetime:
    """Now in UTC, without a zone: how the workspace stores a moment."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def to_local(value: dt.datetime, zone: dt.tzinfo | None = None) -> dt.datetime:
    """A stored moment (naive = UTC, or aware) in ``zone`` (default: the PC's), aware."""
    aware = value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)
    return aware.astimezone(zone)


def zone_label(moment: dt.datetime) -> str:
    """The name of an aware moment's zone: WIB, WITA, WIT, or 'UTC+5.30' / 'UTC' elsewhere."""
    offset = moment.utcoffset() or dt.timedelta(0)
    if offset in ZONE_NAMES:
        return ZONE_NAMES[offset]
    if not offset:
        return "UTC"
    sign = "+" if offset > dt.timedelta(0) else "-"
    minutes = abs(int(offset.total_seconds())) // 60
    hours, rest = divmod(minutes, 60)
    return f"UTC{sign}{hours}" + (f".{rest:02d}" if rest else "")


def format_clock(value: dt.datetime | None, zone: dt.tzinfo | None = None, empty: str = "–") -> str:
    """A stored moment's local time of day with its zone: '19.45 WIB'."""
    if value is None:
        return empty
    local = to_local(value, zone)
    return f"{local:%H.%M} {zone_label(local)}"


def format_moment(value: dt.datetime | None, zone: dt.tzinfo | None = None, empty: str = "–",
                  language: str = "id") -> str:
    """A stored moment as '1 Desember 2026 pukul 19.45 WIB' (in the PC's zone unless ``zone`` is given)."""
    if value is None:
        return empty
    local = to_local(value, zone)
    at = DATE_WORDS.get(language, DATE_WORDS["id"])[1]
    return f"{format_date(local.date(), language=language)} {at} {format_clock(local, zone)}"


def format_local(value: dt.datetime | None, empty: str = "–", language: str = "id") -> str:
    """A moment already in the PC's local time (naive), such as a backup file's name stamp, written as
    :func:`format_moment` writes a stored one."""
    if value is None:
        return empty
    local = value.astimezone() if value.tzinfo is None else value
    at = DATE_WORDS.get(language, DATE_WORDS["id"])[1]
    return f"{format_date(local.date(), language=language)} {at} {local:%H.%M} {zone_label(local)}"
