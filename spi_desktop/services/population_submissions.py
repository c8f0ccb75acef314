"""Which OPD have sent which population list by the year's deadline: received, late, validated.

Every OPD taking part in the year owes an internal and an external list (the expert list belongs to the
institution). 'Sent' means the OPD's collection kit for that group was recorded as sent and nothing has come
back yet; 'received' means a batch stored rows for that OPD and group; the inspectorate marks a received list as
validated once it has checked it. Received, late and validated win over sent.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from spi_desktop.db.models import KitSending, PopulationBatch, PopulationRecord, PopulationSubmission, Unit
from spi_desktop.db.session import Database
from spi_desktop.domain.errors import InputError
from spi_desktop.domain.roles import Permission
from spi_desktop.services import audit
from spi_desktop.services.access import require
from spi_desktop.services.units import list_units, unit_by_code
from spi_desktop.services.years import get_year

OPD_GROUPS = ("internal", "external")
STATUS_LABELS = {
    "belum": "Belum diterima",
    "dikirim": "Format dikirim, belum diterima",
    "terlambat": "Terlambat, belum diterima",
    "diterima": "Diterima",
    "diterima_terlambat": "Diterima terlambat",
    "tervalidasi": "Tervalidasi",
}


@dataclass(frozen=True)
class SubmissionStatus:
    """One OPD's list for one group in one year."""

    unit_code: str
    unit_name: str
    group: str
    rows: int
    received_at: dt.datetime | None
    validated_at: dt.datetime | None
    status: str  # a key of STATUS_LABELS
    sent_at: dt.datetime | None = None  # the latest recorded sending of the OPD's kit for this group

    @property
    def late(self) -> bool:
        """Received after the deadline, or still missing after it."""
        return self.status in {"terlambat", "diterima_terlambat"}


def submission_statuses(database: Database, year: int, today: dt.date | None = None) -> list[SubmissionStatus]:
    """Every list the year's OPD owe, with what has come in (one query over the records, grouped)."""
    today = today or dt.date.today()
    deadline = get_year(database, year).population_deadline
    units = list_units(database, year=year, active_only=True)
    with database.Session() as session:
        ids = {code: unit_id for code, unit_id in session.execute(select(Unit.code, Unit.id))}
        per_unit = (select(PopulationRecord.unit_id, PopulationRecord.group, func.count(),
                           func.min(PopulationBatch.imported_at))
                    .join(PopulationBatch, PopulationBatch.id == PopulationRecord.batch_id)
                    .where(PopulationRecord.year == year)
                    .group_by(PopulationRecord.unit_id, PopulationRecord.group))
        received = {(unit_id, group): (rows, first) for unit_id, group, rows, first in session.execute(per_unit)}
        validated = {(s.unit_id, s.group): s.validated_at for s in session.scalars(
            select(PopulationSubmission).where(PopulationSubmission.year == year))}
        sent = {(unit_id, group): last for unit_id, group, last in session.execute(
            select(KitSending.unit_id, KitSending.group, func.max(KitSending.sent_at))
            .where(KitSending.year == year).group_by(KitSending.unit_id, KitSending.group))}
    statuses = []
    for unit in units:
        for group in OPD_GROUPS:
            key = (ids[unit.code], group)
            rows, first = received.get(key, (0, None))
            checked = validated.get(key)
            if checked is not None and rows:
                status = "tervalidasi"
            elif rows:
                status = "diterima_terlambat" if deadline and first and first.date() > deadline else "diterima"
            elif deadline and today > deadline:
                status = "terlambat"
            else:
                status = "dikirim" if key in sent else "belum"
            statuses.append(SubmissionStatus(unit.code, unit.name, group, int(rows), first, checked, status,
                                             sent.get(key)))
    return statuses


def submission_counts(database: Database, year: int, today: dt.date | None = None) -> dict[str, int]:
    """Totals for the home screen: lists owed, received, late, validated, missing, and sent (a kit sent,
    nothing received yet, before the deadline)."""
    statuses = submission_statuses(database, year, today)
    return {
        "required": len(statuses),
        "received": sum(1 for s in statuses if s.rows),
        "late": sum(1 for s in statuses if s.late),
        "validated": sum(1 for s in statuses if s.status == "tervalidasi"),
        "missing": sum(1 for s in statuses if not s.rows),
        "sent": sum(1 for s in statuses if s.status == "dikirim"),
    }


def mark_validated(database: Database, year: int, unit_code: str, group: str, validated: bool = True) -> None:
    """Mark (or unmark) an OPD's received list as checked by the inspectorate (Edit permission; a change
    writes one audit line)."""
    actor = require(database, Permission.EDIT)
    if group not in OPD_GROUPS:
        raise InputError(f"Kelompok '{group}' tidak dilacak per OPD; pilih {', '.join(OPD_GROUPS)}")
    with database.Session() as session, session.begin():
        unit_id = unit_by_code(session, unit_code).id
        existing = session.get(PopulationSubmission, (year, unit_id, group))
        if not validated:
            if existing is not None:
                session.delete(existing)
                audit.record(session, actor, "edit", "populasi",
                             f"Validasi daftar {group} {unit_code} {year} dibatalkan",
                             old={"validated": True, "validated_by": existing.validated_by},
                             new={"validated": False}, year=year, unit=unit_code, group=group)
            return
        has_rows = session.scalar(select(func.count()).select_from(PopulationRecord).where(
            PopulationRecord.year == year, PopulationRecord.group == group, PopulationRecord.unit_id == unit_id))
        if not has_rows:
            raise InputError(f"Daftar {group} {unit_code} tahun {year} belum diterima; belum dapat divalidasi")
        if existing is None:
            session.add(PopulationSubmission(year=year, unit_id=unit_id, group=group, validated_by=actor.name))
            audit.record(session, actor, "edit", "populasi", f"Daftar {group} {unit_code} {year} divalidasi",
                         old={"validated": False}, new={"validated": True}, year=year, unit=unit_code, group=group)

