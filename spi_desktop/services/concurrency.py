"""Optimistic locking for records several people edit (OPD, targets, results, action plans, settings).

A view keeps the ``version`` of the record it showed and hands it back with the edit. The service refuses
when the stored version moved on (someone saved in between) and names who and when, so the second writer
reloads instead of silently overwriting. A save that races past the check is caught by the UPDATE itself:
the mapped ``version_id_col`` makes it ``… WHERE version = <read>``, and SQLAlchemy's ``StaleDataError`` is
turned into the same ``ConflictError``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, Protocol

from sqlalchemy.orm.exc import StaleDataError

from spi_desktop.domain.errors import InputError
from spi_desktop.domain.moments import format_clock, format_moment, to_local, utc_now
from spi_desktop.domain.roles import Actor


class Versioned(Protocol):
    """A mapped record with optimistic-locking columns."""

    version: int
    updated_by: str | None
    updated_at: Any


class ConflictError(InputError):
    """The record was changed by someone else after it was read; nothing was stored."""

    def __init__(self, what: str, who: str | None, when: dt.datetime | None, deleted: bool = False) -> None:
        self.what, self.who, self.when, self.deleted = what, who, when, deleted
        super().__init__(conflict_message(what, who, when, deleted))


def conflict_message(what: str, who: str | None, when: dt.datetime | None, deleted: bool = False) -> str:
    """"OPD DINKES sudah diubah oleh budi pukul 14:05. …" in the words the GUI and CLI show."""
    if deleted:
        done = "sudah dihapus oleh pengguna lain"
    else:
        by = f" oleh {who}" if who else " oleh pengguna lain"
        at = ""
        if when is not None:
            today = to_local(utc_now()).date()
            at = f" pukul {format_clock(when)}" if to_local(when).date() == today else f" pada {format_moment(when)}"
        done = f"sudah diubah{by}{at}"
    return (f"{what} {done} setelah Anda membukanya. Perubahan Anda belum disimpan: muat ulang data terbaru, "
            "lalu ulangi perubahan Anda bila masih perlu.")


def check_version(record: Versioned | None, expected: int | None, what: str) -> None:
    """Refuse when ``expected`` (the version the user saw; None skips the check, 0 means "not stored yet")
    differs from the stored one."""
    if expected is None:
        return
    if record is None:
        if expected != 0:
            raise ConflictError(what, None, None, deleted=True)
        return
    if record.version != expected:
        raise ConflictError(what, record.updated_by, record.updated_at)


def stamp(record: Versioned, actor: Actor) -> None:
    """Mark who changed the record and when (UTC, as every stored moment; the message shows it in the reader's
    zone). Setting a column also makes the ORM issue the UPDATE, so the version moves even when only child rows
    changed."""
    record.updated_by = actor.name
    record.updated_at = utc_now().replace(microsecond=0)


@contextmanager
def reporting_conflicts(what: str, latest: Callable[[], Versioned | None]) -> Iterator[None]:
    """Turn a lost race (the UPDATE found another version) into ``ConflictError``; ``latest`` re-reads the
    record in a fresh session to say who won."""
    try:
        yield
    except StaleDataError:
        record = latest()
        raise ConflictError(what, record.updated_by if record else None, record.updated_at if record else None,
                            deleted=record is None) from None
