"""Page through a year's population list: filtered, sorted and counted by the database, never in Python."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, or_, select

from spi_desktop.db.models import PopulationBatch, PopulationRecord, Unit
from spi_desktop.db.session import Database
from spi_desktop.domain.moments import format_moment
from spi_desktop.domain.privacy import mask_email, mask_phone
from spi_desktop.domain.roles import Permission
from spi_desktop.services import audit
from spi_desktop.services.access import require

SORT_COLUMNS = {
    # Registry order of the OPD, then name: exactly the (year, group, unit_id, name) index, so the first
    # page of a million rows comes straight from the index instead of a sort.
    "unit": (PopulationRecord.unit_id, PopulationRecord.name),
    "name": (PopulationRecord.name,),
    "phone": (PopulationRecord.phone,),
    "email": (PopulationRecord.email,),
    "row": (PopulationRecord.batch_id, PopulationRecord.source_row),
}
PAGE_ROWS = 200


@dataclass(frozen=True)
class PopulationRow:
    """One record as a table shows it; contacts masked unless revealed."""

    id: int
    unit_code: str
    unit_name: str
    name: str
    phone: str
    email: str
    nip: str
    position: str
    flagged: bool
    notes: str
    batch_id: int
    source_row: int


@dataclass(frozen=True)
class RecordPage:
    """One page of rows and the number of rows that match the filter."""

    rows: list[PopulationRow]
    total: int
    offset: int


@dataclass(frozen=True)
class BatchInfo:
    """An import batch as the history list shows it."""

    id: int
    group: str
    file_name: str
    imported_by: str
    imported_at: str
    read: int
    imported: int
    duplicates: int
    rejected: int
    warnings: int
    undone: bool


def _filtered(query: Any, year: int, group: str, unit_code: str | None, search: str) -> Any:
    """``query`` (a count or a row select) narrowed to the year, group, OPD and search text."""
    query = query.where(PopulationRecord.year == year, PopulationRecord.group == group)
    if unit_code:
        query = query.where(Unit.code == unit_code)
    text = search.strip()
    if text:
        pattern = f"%{text}%"
        digits = "".join(ch for ch in text if ch.isdigit())
        conditions = [PopulationRecord.name.ilike(pattern), PopulationRecord.email.ilike(pattern),
                      PopulationRecord.nip.like(pattern)]
        if len(digits) >= 4:
            conditions.append(PopulationRecord.phone.like(f"%{digits.lstrip('0')}%"))
        query = query.where(or_(*conditions))
    return query


def browse_population(database: Database, year: int, group: str, unit_code: str | None = None, search: str = "",
                      sort: str = "unit", descending: bool = False, offset: int = 0, limit: int = PAGE_ROWS,
                      reveal: bool = False) -> RecordPage:
    """One page of ``group``'s records in ``year``; the database filters, sorts, counts and pages.

    Contacts come masked; ``reveal`` shows them in full, which needs the Reveal permission and writes one
    audit line per call (what was asked for and how many rows were shown, never the contacts themselves).
    """
    actor = require(database, Permission.REVEAL) if reveal else None
    order = [c.desc() if descending else c.asc() for c in SORT_COLUMNS.get(sort, SORT_COLUMNS["unit"])]
    base = select(PopulationRecord, Unit.code, Unit.name).outerjoin(Unit, Unit.id == PopulationRecord.unit_id)
    count = select(func.count()).select_from(PopulationRecord).outerjoin(Unit, Unit.id == PopulationRecord.unit_id)
    with database.Session() as session:
        total = session.scalar(_filtered(count, year, group, unit_code, search)) or 0
        query = _filtered(base, year, group, unit_code, search).order_by(*order, PopulationRecord.id) \
            .offset(max(offset, 0)).limit(limit)
        rows = [
            PopulationRow(
                id=record.id, unit_code=code or "", unit_name=name or "", name=record.name,
                phone=(record.phone or "") if reveal else mask_phone(record.phone),
                email=(record.email or "") if reveal else mask_email(record.email),
                nip=record.nip or "", position=record.position or "", flagged=record.flagged,
                notes="; ".join(filter(None, [record.flag_reason, record.warnings])),
                batch_id=record.batch_id, source_row=record.source_row,
            )
            for record, code, name in session.execute(query)
        ]
    if actor is not None:
        # The search text may be a respondent's name: only whether there was one is kept.
        where = (f" OPD {unit_code}" if unit_code else "") + (" (dengan pencarian)" if search.strip() else "")
        audit.record_now(database, actor, "reveal", "populasi",
                         f"Tampilkan kontak lengkap populasi {group} {year}{where}: {len(rows)} baris",
                         year=year, group=group, unit=unit_code, search=bool(search.strip()), shown=len(rows),
                         matching=int(total), offset=offset)
    return RecordPage(rows, int(total), offset)


def list_batches(database: Database, year: int) -> list[BatchInfo]:
    """Every import batch of ``year``, newest first."""
    with database.Session() as session:
        batches = session.scalars(select(PopulationBatch).where(PopulationBatch.year == year)
                                  .order_by(PopulationBatch.id.desc()))
        return [BatchInfo(b.id, b.group, b.file_name, b.imported_by, format_moment(b.imported_at), b.read,
                          b.imported, b.duplicates, b.rejected, b.warnings, b.undone_at is not None)
                for b in batches]
