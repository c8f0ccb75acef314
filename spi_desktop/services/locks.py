"""Write locks that serialise work on one thing across every process sharing the database.

PostgreSQL: a transaction-level advisory lock (``pg_advisory_xact_lock``), released at commit or rollback,
keyed by what is locked (e.g. the population list of one survey year and group), so two operators importing
the same list wait for each other while other lists go ahead. SQLite has a single writer anyway: a no-op
write takes the database's write lock at once, so what the transaction reads next is already final.
"""

from __future__ import annotations

import zlib

from sqlalchemy import text
from sqlalchemy.orm import Session

LOCK_NAMESPACE = 0x5350_0000_0000  # 'SP' high bits keep our keys apart from other users of advisory locks


def lock_key(*parts: str | int) -> int:
    """A stable 64-bit advisory-lock key for what ``parts`` name, e.g. ``("population", 2025, "internal")``."""
    return LOCK_NAMESPACE + zlib.crc32(":".join(str(part) for part in parts).encode())


def lock_for_writing(session: Session, *parts: str | int) -> None:
    """Wait for, then hold until the transaction ends, the write lock on what ``parts`` name."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": lock_key(*parts)})
    else:
        # A write that touches no row still makes SQLite take the RESERVED (single writer) lock.
        session.execute(text("UPDATE survey_year SET year = year WHERE 1 = 0"))
