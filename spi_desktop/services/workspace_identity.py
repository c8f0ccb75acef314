"""The workspace's own id: a random text written once, so that a file the workspace made is known again.

Collection templates carry it in their marker; a returned template from another workspace is then told apart
from this one's, whatever its OPD codes.
"""

from __future__ import annotations

import uuid

from sqlalchemy.exc import IntegrityError

from spi_desktop.db.session import Database
from spi_desktop.services import settings_store


def workspace_id(database: Database) -> str:
    """This workspace's id, made and stored on first use (two first uses at once on a server agree: the one
    stored first wins and both return it)."""
    existing = settings_store.read(database, settings_store.WORKSPACE_ID_KEY)
    if existing:
        return str(existing)
    try:
        with database.Session() as session, session.begin():
            if not settings_store.get(session, settings_store.WORKSPACE_ID_KEY):
                settings_store.put(session, settings_store.WORKSPACE_ID_KEY, str(uuid.uuid4()))
    except IntegrityError:  # another process stored its id between our read and our insert
        pass
    return str(settings_store.read(database, settings_store.WORKSPACE_ID_KEY))
