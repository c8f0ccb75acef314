"""The workspace settings: one key-value table in the workspace database, shared by everyone who opens it.

Every key the app stores is named here, so two features cannot pick the same one by accident.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from spi_desktop.db.models import WorkspaceSetting
from spi_desktop.db.session import Database
from spi_desktop.domain.demo_mark import DEMO_KEY
from spi_desktop.domain.roles import Actor
from spi_desktop.services import audit

__all__ = ["BACKUP_KEEP_KEY", "CATALOGUE_KEY", "DEMO_KEY", "KIT_RETURN_KEY", "PSEUDONYM_KEY", "PURGED_PREFIX",
           "SIGNATURE_KEY", "SLIDES_KEY", "TEMPLATES_KEY", "THRESHOLDS_KEY", "WORKSPACE_ID_KEY", "get", "put", "read",
           "with_prefix", "write"]

BACKUP_KEEP_KEY = "backup.keep"  # how many automatic backups of each kind are kept
KIT_RETURN_KEY = "population.kit_return_to"  # where OPD send their filled collection templates back, as typed
PSEUDONYM_KEY = "privacy.pseudonym_key"  # the workspace's secret for respondents' pseudonyms
PURGED_PREFIX = "privacy.purged."  # + year: when that year's personal data was purged, and by whom
THRESHOLDS_KEY = "progress.thresholds"  # the traffic-light thresholds of the progress pages
TEMPLATES_KEY = "progress.reminder_templates"  # the reminder texts the workspace edited
CATALOGUE_KEY = "scorecard.recommendations"  # the workspace's edits of the recommendation catalogue
SIGNATURE_KEY = "scorecard.signature"  # the scorecards' signing place and signer's title, as typed
SLIDES_KEY = "training.slides"  # the workspace's edits of the training slides' texts
WORKSPACE_ID_KEY = "workspace.id"  # a random id, written once, that collection templates carry


def get(session: Session, key: str, default: Any = None) -> Any:
    """The value stored under ``key``, or ``default`` when there is none."""
    setting = session.get(WorkspaceSetting, key)
    return default if setting is None else setting.value


def put(session: Session, key: str, value: Any) -> None:
    """Store ``value`` under ``key`` in the session's transaction (a new key, or a new value for an old one)."""
    setting = session.get(WorkspaceSetting, key)
    if setting is None:
        session.add(WorkspaceSetting(key=key, value=value))
    else:
        setting.value = value


def with_prefix(session: Session, prefix: str) -> dict[str, Any]:
    """Every setting whose key starts with ``prefix``, by key."""
    settings = session.scalars(select(WorkspaceSetting).where(WorkspaceSetting.key.startswith(prefix)))
    return {setting.key: setting.value for setting in settings}


def read(database: Database, key: str, default: Any = None) -> Any:
    """``get`` in a session of its own."""
    with database.Session() as session:
        return get(session, key, default)


def write(database: Database, key: str, value: Any, actor: Actor | None = None, summary: str = "",
          old: Mapping[str, Any] | None = None, new: Mapping[str, Any] | None = None, **details: Any) -> None:
    """Store one setting in a transaction of its own; with ``actor`` (a user's settings change) its audit line
    goes in the same transaction."""
    with database.Session() as session, session.begin():
        put(session, key, value)
        if actor is not None:
            audit.record(session, actor, "settings", "pengaturan", summary, old=old, new=new, key=key, **details)
