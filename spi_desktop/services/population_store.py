"""Store a checked population list: every sheet's batch and records in one locked transaction, with the
problems report written inside it, before the commit, and removed again if the commit fails."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, cast

from sqlalchemy import CursorResult, delete, func, select
from sqlalchemy.orm import Session

from spi_desktop.db.bulk import bulk_insert
from spi_desktop.db.models import PopulationBatch, PopulationRecord, PopulationSubmission, Unit
from spi_desktop.db.session import Database
from spi_desktop.domain.errors import InputError
from spi_desktop.domain.formatting import format_int
from spi_desktop.domain.moments import utc_now
from spi_desktop.domain.roles import Actor, Permission
from spi_desktop.domain.survey_year import GROUP_NAMES
from spi_desktop.services import audit
from spi_desktop.services.access import require
from spi_desktop.services.jobs import JobContext
from spi_desktop.services.locks import lock_for_writing
from spi_desktop.services.population_check import CheckedSheet
from spi_desktop.services.population_result import PopulationImportResult
from spi_desktop.services.preferences import is_demo_workspace


def generation(session: Session, year: int, group: str) -> tuple[int, int]:
    """Changes to one list (survey year and group) since a snapshot: newest batch id and how many were undone."""
    of_list = (PopulationBatch.year == year, PopulationBatch.group == group)
    newest = session.scalar(select(func.max(PopulationBatch.id)).where(*of_list)) or 0
    undone = session.scalar(select(func.count()).select_from(PopulationBatch).where(
        *of_list, PopulationBatch.undone_at.is_not(None))) or 0
    return int(newest), int(undone)


def lock_list(session: Session, year: int, group: str) -> None:
    """Serialise imports and undos of one list (survey year and group) across processes (services/locks.py)."""
    lock_for_writing(session, "population", year, group)


def write_checked(database: Database, actor: Actor, result: PopulationImportResult, checked: list[CheckedSheet],
           seen: tuple[int, int], context: JobContext, problems_report: Path | None,
           replacing: Sequence[int] = ()) -> bool:
    """Store every checked sheet in one transaction (a batch each), writing the problems report just before the
    commit, after undoing the ``replacing`` batches in that same transaction; False (nothing written) when
    another import or undo of the same list landed after the check, so duplicates must be judged again. A report
    that cannot be written, or a commit that fails, stores nothing and leaves no report behind."""
    total = sum(sheet.result.imported for sheet in checked)
    try:
        with database.Session() as session, session.begin():
            lock_list(session, result.year, result.group)
            if generation(session, result.year, result.group) != seen:
                raise _ChangedMeanwhile
            for batch_id in replacing:
                _replace(session, actor, batch_id, result)
            done = 0
            for sheet in checked:
                _store_sheet(session, actor, sheet, context, done, total)
                done += sheet.result.imported
            if len(checked) > 1:
                result.batch = None
            else:
                result.batch = checked[0].result.batch
            result.dry_run = False
            for sheet in checked:
                sheet.result.dry_run = False
            if problems_report is not None:
                write_report(database, actor, result, problems_report, session)
    except _ChangedMeanwhile:
        _reset(result, checked)
        return False
    except BaseException:
        _reset(result, checked)
        if problems_report is not None and result.problems_report:
            Path(result.problems_report).unlink(missing_ok=True)
            result.problems_report = None
        raise
    return True


def _reset(result: PopulationImportResult, checked: list[CheckedSheet]) -> None:
    """Nothing was stored after all: the result says so again."""
    result.batch, result.dry_run = None, True
    for sheet in checked:
        sheet.result.batch, sheet.result.dry_run = None, True


def write_report(database: Database, actor: Actor, result: PopulationImportResult, out: Path,
                  session: Session | None = None) -> None:
    """The problems report, whole or not at all; logged in the import's own transaction when there is one."""
    from spi_desktop.services.population_problems import report_name, write_problems_report

    target = out / report_name(result.file_name) if out.is_dir() else out
    require(database, Permission.EXPORT)
    count = write_problems_report(result, target, is_demo_workspace(database))
    result.problems_report = str(target.resolve())
    summary = f"Laporan masalah impor {result.file_name} ditulis ke {target.name}: {format_int(count)} baris"
    if session is not None:
        audit.record(session, actor, "export", "populasi", summary, file=target.name, rows=count)
    else:
        audit.record_now(database, actor, "export", "populasi", summary, file=target.name, rows=count)


def undo_in_session(session: Session, actor: Actor, batch: PopulationBatch) -> int:
    """Remove a batch's records inside the caller's locked transaction, clear the validation of the lists they
    belonged to and write the audit line; returns how many records went."""
    # A list whose rows go away is no longer the one that was validated.
    units = select(PopulationRecord.unit_id).where(PopulationRecord.batch_id == batch.id).distinct()
    cleared = session.execute(delete(PopulationSubmission).where(
        PopulationSubmission.year == batch.year, PopulationSubmission.group == batch.group,
        PopulationSubmission.unit_id.in_(units)))
    deleted = session.execute(delete(PopulationRecord).where(PopulationRecord.batch_id == batch.id))
    removed = int(cast(CursorResult[Any], deleted).rowcount or 0)
    unvalidated = int(cast(CursorResult[Any], cleared).rowcount or 0)
    batch.undone_at = utc_now()
    audit.record(session, actor, "undo", "populasi",
                 f"Batalkan impor populasi {GROUP_NAMES.get(batch.group, batch.group)} {batch.year}: "
                 f"{format_int(removed)} baris dari berkas {batch.file_name} (impor nomor {batch.id})",
                 year=batch.year, group=batch.group, file_name=batch.file_name, batch=batch.id, removed=removed,
                 imported_by=batch.imported_by, validations_cleared=unvalidated)
    return removed


def _replace(session: Session, actor: Actor, batch_id: int, result: PopulationImportResult) -> None:
    """Undo an earlier batch of the same list that the new file replaces (refused when it is not one)."""
    batch = session.get(PopulationBatch, batch_id)
    if batch is None or batch.undone_at is not None or (batch.year, batch.group) != (result.year, result.group):
        raise InputError(f"Impor nomor {batch_id} yang akan diganti tidak lagi tersimpan; periksa ulang berkasnya")
    undo_in_session(session, actor, batch)


class _ChangedMeanwhile(Exception):
    """Another import or undo of the year committed between our check and our write."""


def _store_sheet(session: Session, actor: Actor, sheet: CheckedSheet, context: JobContext, done: int,
                 total: int) -> None:
    """Write one sheet's batch row, its records and its audit line inside the caller's (locked) transaction."""
    result, unit_id, columns = sheet.result, sheet.unit_id, sheet.columns
    year, group = result.year, result.group
    batch = PopulationBatch(
        year=year, group=group, unit_id=unit_id, file_name=result.file_name, file_hash=result.file_hash,
        sheet=result.sheet, imported_by=actor.name, read=result.read, imported=result.imported,
        duplicates=result.duplicates, rejected=result.rejected, warnings=result.warnings,
    )
    session.add(batch)
    session.flush()
    constants = {"batch_id": batch.id, "year": year, "group": group}
    if "flagged" not in columns:
        constants["flagged"] = False
    bulk_insert(session, PopulationRecord.__tablename__, constants, columns, sheet.rows,
                on_chunk=lambda rows: context.report(done + rows, total, f"Menyimpan {format_int(done + rows)} "
                                                                         f"dari {format_int(total)} baris"))
    context.check()
    result.batch = batch.id
    unit_code = session.scalar(select(Unit.code).where(Unit.id == unit_id)) if unit_id is not None else None
    sheet_words = f" (lembar {result.sheet})" if result.sheet else ""
    summary = f"Impor populasi {GROUP_NAMES[group]} {year}: {format_int(result.imported)} dari berkas " \
              f"{result.file_name}{sheet_words}"
    audit.record(session, actor, "import", "populasi", summary,
                 year=year, group=group, unit=unit_code, file_name=result.file_name, sheet=result.sheet,
                 file_hash=result.file_hash, batch=batch.id, read=result.read, imported=result.imported,
                 duplicates=result.duplicates, rejected=result.rejected, warnings=result.warnings,
                 flagged=result.flagged, skipped=result.skipped)
