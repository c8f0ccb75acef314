"""The audit trail: one append-only line per import, undo, edit, delete, export, print, reveal, login and
settings change, written in the same transaction as the action so a rolled-back action leaves no line."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from spi_desktop.db.models import AuditEntry
from spi_desktop.db.session import Database
from spi_desktop.domain.audit_actions import ACTION_LABELS as ACTION_LABELS  # re-exported for the trail's page
from spi_desktop.domain.moments import utc_now as utc_now  # re-exported: accounts and backups stamp with it
from spi_desktop.domain.privacy import mask_value, scrub_personal
from spi_desktop.domain.roles import Actor, Permission
from spi_desktop.services.access import require


def masked(values: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """``values`` with personal fields masked and phones or e-mails in any text masked."""
    if values is None:
        return None
    return {key: _masked_value(key, value) for key, value in values.items()}


def _masked_value(key: str, value: Any) -> Any:
    if isinstance(value, Mapping):
        return masked(value)
    if isinstance(value, list | tuple):
        return [_masked_value(key, item) for item in value]
    return mask_value(key, value)


def changed(old: Mapping[str, Any], new: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Only the fields whose value differs, as (old, new)."""
    keys = [key for key in new if old.get(key) != new.get(key)]
    return {key: old.get(key) for key in keys}, {key: new.get(key) for key in keys}


def record(session: Session, actor: Actor, action: str, area: str, summary: str,
           old: Mapping[str, Any] | None = None, new: Mapping[str, Any] | None = None, **details: Any) -> None:
    """Add one audit line to ``session`` (committed with the action itself)."""
    assert action in ACTION_LABELS, action
    payload: dict[str, Any] = {key: _plain(value) for key, value in (masked(details) or {}).items()}
    if old is not None:
        payload["old"] = {k: _plain(v) for k, v in (masked(old) or {}).items()}
    if new is not None:
        payload["new"] = {k: _plain(v) for k, v in (masked(new) or {}).items()}
    session.add(AuditEntry(at=utc_now(), user_name=actor.name, role=actor.role.value, action=action, area=area,
                           summary=scrub_personal(summary), details=payload))


def record_now(database: Database, actor: Actor, action: str, area: str, summary: str, **details: Any) -> None:
    """Write one audit line in its own transaction (for actions that change nothing else: an export, a
    print, a reveal, a sign-in)."""
    with database.Session.begin() as session:
        record(session, actor, action, area, summary, **details)


def reveal_contacts(database: Database, area: str, summary: str, **details: Any) -> Actor:
    """Check the Reveal permission and log that full contacts were shown (for screens that hold the values
    already, e.g. the OPD list's PIC numbers)."""
    actor = require(database, Permission.REVEAL)
    record_now(database, actor, "reveal", area, summary, **details)
    return actor


def _plain(value: Any) -> Any:
    """A JSON-safe value (dates as ISO text)."""
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set):
        return [_plain(v) for v in value]
    return value


@dataclass(frozen=True)
class AuditFilter:
    """What the audit viewer shows: a period (local dates, inclusive), a user, an action kind, a text."""

    start: dt.date | None = None
    end: dt.date | None = None
    user: str | None = None
    action: str | None = None
    text: str = ""


@dataclass(frozen=True)
class AuditLine:
    """One audit entry as the viewer and the exports show it (time in local time)."""

    id: int
    at: dt.datetime
    user_name: str
    role: str
    action: str
    area: str
    summary: str
    details: dict[str, Any]

    @property
    def action_label(self) -> str:
        """The action kind in Indonesian."""
        return ACTION_LABELS.get(self.action, self.action)


def _local_bound(day: dt.date, end: bool) -> dt.datetime:
    moment = dt.datetime.combine(day + dt.timedelta(days=1) if end else day, dt.time())
    return moment.astimezone().astimezone(dt.UTC).replace(tzinfo=None)


def _filtered(query: Select[Any], chosen: AuditFilter) -> Select[Any]:
    if chosen.start:
        query = query.where(AuditEntry.at >= _local_bound(chosen.start, end=False))
    if chosen.end:
        query = query.where(AuditEntry.at < _local_bound(chosen.end, end=True))
    if chosen.user:
        query = query.where(AuditEntry.user_name == chosen.user)
    if chosen.action:
        query = query.where(AuditEntry.action == chosen.action)
    if chosen.text.strip():
        pattern = f"%{chosen.text.strip()}%"
        query = query.where(or_(AuditEntry.summary.ilike(pattern), AuditEntry.area.ilike(pattern)))
    return query


def _line(entry: AuditEntry) -> AuditLine:
    local = entry.at.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)
    return AuditLine(entry.id, local, entry.user_name, entry.role, entry.action, entry.area, entry.summary,
                     dict(entry.details or {}))


def audit_lines(database: Database, chosen: AuditFilter | None = None, offset: int = 0,
                limit: int | None = 500) -> tuple[list[AuditLine], int]:
    """Entries matching ``chosen``, newest first, one page of them, and how many match in all."""
    require(database, Permission.AUDIT)
    chosen = chosen or AuditFilter()
    with database.Session() as session:
        total = session.scalar(_filtered(select(func.count(AuditEntry.id)), chosen)) or 0
        query = _filtered(select(AuditEntry), chosen).order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
        rows = session.scalars(query.offset(offset).limit(limit)).all()
        return [_line(entry) for entry in rows], total


def audit_users(database: Database) -> list[str]:
    """Every user name that appears in the trail, for the viewer's filter."""
    require(database, Permission.AUDIT)
    with database.Session() as session:
        return list(session.scalars(select(AuditEntry.user_name).distinct().order_by(AuditEntry.user_name)))
