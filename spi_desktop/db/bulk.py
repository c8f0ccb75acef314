"""Fast inserts of many rows inside the caller's transaction.

No ORM objects and no per-row SQLAlchemy work. On SQLite the varying columns go into a temporary
staging table and one ``INSERT … SELECT`` copies them across with the constant columns bound once:
binding fewer values per row is what makes a million-row import take seconds. Other databases
take a driver-level executemany.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import islice

from sqlalchemy import Connection
from sqlalchemy.orm import Session

CHUNK_ROWS = 50_000
STAGING_TABLE = "spi_bulk_staging"


def bulk_insert(session: Session, table: str, constants: Mapping[str, object], columns: Sequence[str],
                rows: Iterable[tuple[object, ...]], on_chunk: Callable[[int], None] | None = None) -> int:
    """Insert ``rows`` (tuples in ``columns`` order, may be lazy) plus ``constants`` into ``table``.

    ``on_chunk(done)`` runs after each chunk; the session's transaction covers everything, so a failure
    or a cancel raised from ``on_chunk`` rolls it all back.
    """
    connection = session.connection()
    quote = connection.dialect.identifier_preparer.quote
    marker = "?" if connection.dialect.paramstyle == "qmark" else "%s"
    target = ", ".join(quote(c) for c in (*constants, *columns))
    if connection.dialect.name == "sqlite":
        staged = ", ".join(quote(c) for c in columns)
        connection.exec_driver_sql(f"DROP TABLE IF EXISTS temp.{STAGING_TABLE}")
        connection.exec_driver_sql(f"CREATE TEMP TABLE {STAGING_TABLE} ({staged})")
        stage = f"INSERT INTO temp.{STAGING_TABLE} VALUES ({', '.join([marker] * len(columns))})"
        done = _in_chunks(connection, stage, rows, on_chunk)
        copy = (f"INSERT INTO {quote(table)} ({target}) SELECT {', '.join([marker] * len(constants))}"
                f"{', ' if constants and columns else ''}{staged} FROM temp.{STAGING_TABLE}")
        connection.exec_driver_sql(copy, tuple(constants.values()))
        connection.exec_driver_sql(f"DROP TABLE temp.{STAGING_TABLE}")
        return done
    fixed = tuple(constants.values())
    statement = f"INSERT INTO {quote(table)} ({target}) VALUES ({', '.join([marker] * (len(fixed) + len(columns)))})"
    return _in_chunks(connection, statement, (fixed + row for row in rows), on_chunk)


def _in_chunks(connection: Connection, statement: str, rows: Iterable[tuple[object, ...]],
               on_chunk: Callable[[int], None] | None) -> int:
    done = 0
    iterator = iter(rows)
    while chunk := list(islice(iterator, CHUNK_ROWS)):
        connection.exec_driver_sql(statement, chunk)
        done += len(chunk)
        if on_chunk is not None:
            on_chunk(done)
    return done
