"""Population lists: import a file for one survey year and group (dry run or for real), undo, count.

One import is one transaction: the batch row and every record are written together or not at all.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import pandas as pd
from sqlalchemy import CursorResult, delete, func, select
from sqlalchemy.orm import Session

from spi_desktop.db.bulk import bulk_insert
from spi_desktop.db.models import PopulationBatch, PopulationRecord, PopulationSubmission, Unit
from spi_desktop.db.session import Database
from spi_desktop.domain.errors import InputError, NotFoundError
from spi_desktop.domain.formatting import format_int
from spi_desktop.domain.roles import Actor, Permission
from spi_desktop.domain.survey_year import SurveyYear
from spi_desktop.importers.columns import ColumnSpec, with_mapping
from spi_desktop.importers.population import MappedFrame, read_population_file
from spi_desktop.importers.population_columns import GROUP_COLUMNS, GROUP_LABELS
from spi_desktop.importers.population_frame import (
    DATE_FIELDS,
    TEXT_FIELDS,
    clean_frame,
    drop_white_space_rows,
    record_rows,
)
from spi_desktop.importers.population_rules import StoredKeys, apply_rules, eligibility_flags
from spi_desktop.services import audit
from spi_desktop.services.access import require
from spi_desktop.services.demo_guard import refuse_demo_file
from spi_desktop.services.jobs import JobContext, quiet_context
from spi_desktop.services.locks import lock_for_writing
from spi_desktop.services.privacy import refuse_purged_year
from spi_desktop.services.years import get_year

GROUPS = tuple(GROUP_COLUMNS)
GROUP_WORDS = {"internal": "internal", "external": "eksternal", "expert": "eksper"}  # for audit summaries
MAX_ATTEMPTS = 3
AMBIGUOUS = -1  # an OPD text that names more than one unit
RECORD_COLUMNS = ("batch_id", "year", "group", "unit_id", "source_row", "name", "phone", "email", "nip",
                  *TEXT_FIELDS, *DATE_FIELDS, "raw_phone", "warnings", "flagged", "flag_reason")


@dataclass
class PopulationImportResult:
    """What an import did (or, in a dry run, would do), with every problem found."""

    file_name: str
    sheet: str | None
    year: int
    group: str
    batch: int | None
    read: int
    imported: int
    duplicates: int
    rejected: int
    warnings: int
    flagged: int
    problems: pd.DataFrame  # row, column, value, reason, kind
    file_hash: str = ""  # SHA-256 of the file as it was checked

    def as_dict(self) -> dict[str, Any]:
        """The JSON object ``spi population import`` prints."""
        return {"batch": self.batch, "read": self.read, "imported": self.imported, "duplicates": self.duplicates,
                "rejected": self.rejected, "warnings": self.warnings, "flagged": self.flagged,
                "dry_run": self.batch is None}

    def problem_lines(self, limit: int | None = None) -> list[str]:
        """Problems as 'file, baris N, kolom X: reason' lines, in row order."""
        rows = self.problems if limit is None else self.problems.head(limit)
        where = f"{self.file_name} (lembar '{self.sheet}')" if self.sheet else self.file_name
        return [f"{where}, baris {r.row}, kolom {r.column}: [{r.kind}] {r.reason}" for r in rows.itertuples()]


def check_group(group: str) -> str:
    """The group name, or ``InputError`` naming the allowed ones."""
    if group not in GROUPS:
        raise InputError(f"Kelompok '{group}' tidak dikenal; pilih {', '.join(GROUPS)}")
    return group


def _key(text: str) -> str:
    return " ".join(text.split()).upper()


def _unit_lookup(session: Session) -> dict[str, int]:
    """OPD text -> unit id. Codes win over names, names over short names and aliases; a name that two
    OPD share at the same level matches neither (the row is rejected rather than filed under a guess)."""
    units = list(session.scalars(select(Unit).order_by(Unit.id)))
    lookup: dict[str, int] = {}
    levels: list[Callable[[Unit], list[str | None]]] = [
        lambda u: [u.code], lambda u: [u.name], lambda u: [u.short_name], lambda u: list((u.aliases or "").split(";"))]
    for names_of in levels:
        level: dict[str, set[int]] = {}
        for unit in units:
            for name in names_of(unit):
                if name and name.strip():
                    level.setdefault(_key(name), set()).add(unit.id)
        for key, ids in level.items():
            if key not in lookup:
                lookup[key] = next(iter(ids)) if len(ids) == 1 else AMBIGUOUS
    return lookup


def _matched(unit_id: int | None) -> int | None:
    return None if unit_id == AMBIGUOUS else unit_id


def _stored_keys(session: Session, year: int, group: str) -> StoredKeys:
    keys = StoredKeys()
    query = select(PopulationRecord.group, PopulationRecord.phone, PopulationRecord.email, PopulationRecord.nip) \
        .where(PopulationRecord.year == year)
    for row_group, phone, email, nip in session.execute(query):
        if row_group == group:
            for key, value in (("phone", phone), ("email", email), ("nip", nip)):
                if value:
                    keys.same_group[key].add(value)
        else:
            label = GROUP_LABELS.get(row_group, row_group)
            if phone:
                keys.other_groups["phone"].setdefault(phone, label)
            if email:
                keys.other_groups["email"].setdefault(email, label)
    return keys


def _require_columns(mapped: MappedFrame, group: str, unit_code: str | None) -> None:
    columns = mapped.header.columns
    if "phone" not in columns and "email" not in columns:
        raise InputError(f"{mapped.where()}: kolom No. HP maupun Email tidak ditemukan (baris judul "
                         f"{mapped.header.row_index + 1}); minimal salah satu wajib ada")
    if group != "expert" and unit_code is None and "unit" not in columns:
        raise InputError(f"{mapped.where()}: kolom 'Perangkat Daerah' (atau OPD) tidak ditemukan; tambahkan "
                         "kolom itu atau pilih satu OPD untuk seluruh berkas (--unit KODE)")


def import_population(database: Database, path: Path, year: int, group: str, unit_code: str | None = None,
                      sheet: str | None = None, dry_run: bool = False, context: JobContext | None = None,
                      mapping: Mapping[str, str] | None = None,
                      expected_hash: str | None = None) -> PopulationImportResult:
    """Read, check and (unless ``dry_run``) store a population list in one transaction.

    ``mapping`` (field -> the file's header text) overrides the automatic column mapping. With
    ``expected_hash`` (from a preview) a file changed since then is refused instead of imported unseen.
    Needs the Import permission, for a dry run too; the stored import writes one audit line.
    """
    actor = require(database, Permission.IMPORT)
    refuse_purged_year(database, year)
    context = context or quiet_context()
    check_group(group)
    refuse_demo_file(database, path)
    settings = get_year(database, year)
    specs = with_mapping(GROUP_COLUMNS[group], mapping)
    if expected_hash is not None and path.is_file() and _file_hash(path) != expected_hash:
        raise InputError(f"{path.name} berubah sejak pratinjau; periksa ulang sebelum mengimpor")
    for _attempt in range(MAX_ATTEMPTS):
        with database.Session() as session:
            lookup = _unit_lookup(session)
            unit_id = None
            if unit_code is not None:
                unit_id = _matched(lookup.get(_key(unit_code)))
                if unit_id is None:
                    raise NotFoundError(f"OPD dengan kode {unit_code} tidak ada")
            stored = _stored_keys(session, year, group)
            seen = _generation(session, year, group)
        result, columns, rows = _check_file(path, settings, group, specs, unit_code, unit_id, sheet, lookup, stored,
                                            context)
        context.check()
        if dry_run:
            return result
        if _write(database, actor, result, unit_id, columns, rows, seen, context):
            context.report(result.imported, result.imported, "Selesai", check=False)
            return result
        context.report(0, 0, "Daftar lain baru saja disimpan; memeriksa ulang duplikat")
    raise InputError("Daftar populasi tahun ini sedang terus diubah oleh proses lain; coba impor lagi sebentar lagi")


def _generation(session: Session, year: int, group: str) -> tuple[int, int]:
    """Changes to one list (survey year and group) since a snapshot: newest batch id and how many were undone."""
    of_list = (PopulationBatch.year == year, PopulationBatch.group == group)
    newest = session.scalar(select(func.max(PopulationBatch.id)).where(*of_list)) or 0
    undone = session.scalar(select(func.count()).select_from(PopulationBatch).where(
        *of_list, PopulationBatch.undone_at.is_not(None))) or 0
    return int(newest), int(undone)


def _lock_list(session: Session, year: int, group: str) -> None:
    """Serialise imports and undos of one list (survey year and group) across processes (services/locks.py)."""
    lock_for_writing(session, "population", year, group)


def _write(database: Database, actor: Actor, result: PopulationImportResult, unit_id: int | None,
           columns: list[str], rows: Iterator[tuple[object, ...]], seen: tuple[int, int], context: JobContext) -> bool:
    """Store the checked rows in one transaction; False (nothing written) when another import or undo of
    the same year landed after the check, so duplicates must be judged again."""
    try:
        with database.Session() as session, session.begin():
            _lock_list(session, result.year, result.group)
            if _generation(session, result.year, result.group) != seen:
                raise _ChangedMeanwhile
            _store(session, actor, result, unit_id, columns, rows, context)
    except _ChangedMeanwhile:
        return False
    return True


class _ChangedMeanwhile(Exception):
    """Another import or undo of the year committed between our check and our write."""


def _store(session: Session, actor: Actor, result: PopulationImportResult, unit_id: int | None, columns: list[str],
           rows: Iterator[tuple[object, ...]], context: JobContext) -> None:
    """Write the batch row, its records and the import's one audit line inside the caller's (locked)
    transaction."""
    year, group = result.year, result.group
    batch = PopulationBatch(
        year=year, group=group, unit_id=unit_id, file_name=result.file_name, file_hash=result.file_hash,
        sheet=result.sheet, imported_by=actor.name, read=result.read, imported=result.imported,
        duplicates=result.duplicates, rejected=result.rejected, warnings=result.warnings,
    )
    session.add(batch)
    session.flush()
    total = result.imported
    constants = {"batch_id": batch.id, "year": year, "group": group}
    if "flagged" not in columns:
        constants["flagged"] = False
    bulk_insert(session, PopulationRecord.__tablename__, constants, columns, rows,
                on_chunk=lambda done: context.report(done, total,
                                                     f"Menyimpan {format_int(done)} dari {format_int(total)} baris"))
    context.check()
    result.batch = batch.id
    unit_code = session.scalar(select(Unit.code).where(Unit.id == unit_id)) if unit_id is not None else None
    summary = f"Impor populasi {GROUP_WORDS[group]} {year}: {format_int(result.imported)} dari berkas " \
              f"{result.file_name}"
    audit.record(session, actor, "import", "populasi", summary,
                 year=year, group=group, unit=unit_code, file_name=result.file_name, sheet=result.sheet,
                 file_hash=result.file_hash, batch=batch.id, read=result.read, imported=result.imported,
                 duplicates=result.duplicates, rejected=result.rejected, warnings=result.warnings,
                 flagged=result.flagged)


def _check_file(path: Path, settings: SurveyYear, group: str, specs: list[ColumnSpec], unit_code: str | None,
                unit_id: int | None,
                sheet: str | None, lookup: dict[str, int], stored: StoredKeys,
                context: JobContext) -> tuple[PopulationImportResult, list[str], Iterator[tuple[object, ...]]]:
    """Read and judge every row; returns the counts and problems, and the rows to store."""
    year = settings.year
    context.report(0, 0, "Membaca berkas")
    mapped = read_population_file(path, specs, sheet)
    file_hash = _file_hash(path)  # after the read: it has said what is wrong with a missing file
    _require_columns(mapped, group, unit_code)
    context.report(0, 0, "Memeriksa baris")
    cleaned = drop_white_space_rows(
        clean_frame(mapped, group, unit_id, lambda raw: _matched(lookup.get(_key(raw)))), mapped.frame)
    window_start = settings.window_start or dt.date(year, 7, 1)
    flags = eligibility_flags(cleaned, group, settings.eligibility.get(group, {}), window_start, settings.window_end)
    outcome = apply_rules(cleaned, group, unit_id is None and group != "expert", stored, flags)
    problems = outcome.reasons.assign(row=cleaned["source_row"].reindex(outcome.reasons["row_index"]).to_numpy())
    problems = problems.sort_values(["row", "kind"], kind="stable")[["row", "column", "value", "reason", "kind"]]
    kept = outcome.kept
    result = PopulationImportResult(
        file_name=mapped.file_name, sheet=mapped.sheet, year=year, group=group, batch=None, read=len(cleaned),
        imported=int(kept.sum()), duplicates=int(outcome.duplicate.sum()), rejected=int(outcome.rejected.sum()),
        warnings=int((kept & (outcome.warnings != "")).sum()), flagged=int((kept & (outcome.flag_reason != "")).sum()),
        problems=problems.reset_index(drop=True), file_hash=file_hash,
    )
    context.check()
    columns, rows = record_rows(cleaned[kept], outcome.warnings[kept], outcome.flag_reason[kept])
    return result, columns, rows


def _file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()



def undo_batch(database: Database, batch_id: int) -> int:
    """Remove every record a batch imported (one transaction, with its audit line); returns how many were
    removed. Needs the Import permission."""
    actor = require(database, Permission.IMPORT)
    with database.Session() as session, session.begin():
        batch = session.get(PopulationBatch, batch_id)
        if batch is None:
            raise NotFoundError(f"Batch impor {batch_id} tidak ada")
        _lock_list(session, batch.year, batch.group)
        session.refresh(batch)  # another undo of the same batch may have landed while we waited
        if batch.undone_at is not None:
            raise InputError(f"Batch impor {batch_id} sudah dibatalkan pada {batch.undone_at:%d-%m-%Y %H:%M}")
        refuse_purged_year(database, batch.year)  # the purge promised to keep that year's counts
        # A list whose rows go away is no longer the one that was validated.
        units = select(PopulationRecord.unit_id).where(PopulationRecord.batch_id == batch_id).distinct()
        cleared = session.execute(delete(PopulationSubmission).where(
            PopulationSubmission.year == batch.year, PopulationSubmission.group == batch.group,
            PopulationSubmission.unit_id.in_(units)))
        result = session.execute(delete(PopulationRecord).where(PopulationRecord.batch_id == batch_id))
        removed = int(cast(CursorResult[Any], result).rowcount or 0)
        unvalidated = int(cast(CursorResult[Any], cleared).rowcount or 0)
        batch.undone_at = dt.datetime.now()
        audit.record(session, actor, "undo", "populasi",
                     f"Batalkan impor populasi {GROUP_WORDS.get(batch.group, batch.group)} {batch.year}: "
                     f"{format_int(removed)} baris dari berkas {batch.file_name} (batch {batch_id})",
                     year=batch.year, group=batch.group, file_name=batch.file_name, batch=batch_id, removed=removed,
                     imported_by=batch.imported_by, validations_cleared=unvalidated)
        return removed


def population_summary(database: Database, year: int) -> dict[str, Any]:
    """Stored records per group, and how many of them are flagged (the CLI's JSON shape)."""
    counts = {group: 0 for group in GROUPS}
    flagged = {group: 0 for group in GROUPS}
    with database.Session() as session:
        query = select(PopulationRecord.group, PopulationRecord.flagged, func.count()) \
            .where(PopulationRecord.year == year).group_by(PopulationRecord.group, PopulationRecord.flagged)
        for group, is_flagged, count in session.execute(query):
            counts[group] = counts.get(group, 0) + count
            if is_flagged:
                flagged[group] = flagged.get(group, 0) + count
    return {"year": year, "counts": counts, "flagged": flagged}
