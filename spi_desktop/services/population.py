"""Population lists: import a file for one survey year and group (dry run or for real), undo, count.

One import is one transaction: the batch row and every record are written together or not at all.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from pathlib import Path
from typing import Any, cast

from sqlalchemy import CursorResult, delete, func, select
from sqlalchemy.orm import Session

from spi_desktop.db.models import PopulationBatch, PopulationRecord, PopulationSubmission, Unit
from spi_desktop.db.session import Database
from spi_desktop.domain.errors import InputError, NotFoundError
from spi_desktop.domain.formatting import format_int
from spi_desktop.domain.moments import format_moment, utc_now
from spi_desktop.domain.roles import Permission
from spi_desktop.domain.survey_year import GROUP_NAMES, SurveyYear
from spi_desktop.domain.unit_match import name_lookup
from spi_desktop.domain.unit_record import UnitRecord
from spi_desktop.importers.eligibility import UnitHead
from spi_desktop.importers.population import MappedFrame, read_population_file, read_population_sheets
from spi_desktop.importers.population_columns import GROUP_COLUMNS, GROUP_LABELS
from spi_desktop.importers.population_frame import DATE_FIELDS, TEXT_FIELDS
from spi_desktop.importers.population_rules import StoredKeys
from spi_desktop.services import audit
from spi_desktop.services.access import require
from spi_desktop.services.demo_guard import refuse_demo_file
from spi_desktop.services.jobs import JobContext, quiet_context
from spi_desktop.services.population_check import CheckedSheet, check_sheet, require_columns
from spi_desktop.services.population_result import PopulationImportResult, combined
from spi_desktop.services.population_store import generation, lock_list, write_checked, write_report
from spi_desktop.services.privacy import refuse_purged_year
from spi_desktop.services.units import ALIAS_SEPARATOR
from spi_desktop.services.years import get_year

GROUPS = tuple(GROUP_COLUMNS)
MAX_ATTEMPTS = 3
AMBIGUOUS = -1  # an OPD text that names more than one unit
RECORD_COLUMNS = ("batch_id", "year", "group", "unit_id", "source_row", "name", "phone", "email", "nip",
                  *TEXT_FIELDS, *DATE_FIELDS, "raw_phone", "warnings", "flagged", "flag_reason")


def check_group(group: str) -> str:
    """The group name, or ``InputError`` naming the allowed ones."""
    if group not in GROUPS:
        raise InputError(f"Kelompok '{group}' tidak dikenal; pilih {', '.join(GROUPS)}")
    return group


def _key(text: str) -> str:
    return " ".join(text.split()).upper()


def _unit_lookup(session: Session) -> dict[str, int]:
    """OPD text -> unit id (``AMBIGUOUS`` for a text two OPD share at the same level: the row is rejected rather
    than filed under a guess); see ``domain.unit_match.name_lookup``."""
    units = list(session.scalars(select(Unit).order_by(Unit.id)))
    ids = {unit.code: unit.id for unit in units}
    records = [UnitRecord(unit.code, unit.name, unit.short_name,
                          [alias for alias in (unit.aliases or "").split(ALIAS_SEPARATOR) if alias]) for unit in units]
    return {text: AMBIGUOUS if code is None else ids[code] for text, code in name_lookup(records, _key).items()}


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


def import_population(database: Database, path: Path, year: int, group: str, unit_code: str | None = None,
                      sheet: str | None = None, dry_run: bool = False, context: JobContext | None = None,
                      mapping: Mapping[str, str] | None = None, expected_hash: str | None = None,
                      all_sheets: bool = False, problems_report: Path | None = None) -> PopulationImportResult:
    """Read, check and (unless ``dry_run``) store a population list in one transaction.

    ``mapping`` (field -> the file's header text or column letter; '' leaves a field out) overrides the
    automatic column mapping. ``all_sheets`` imports every visible sheet that holds a list, each as its own
    batch (its OPD from its column, its sheet's name or ``unit_code``), all in the one transaction. With
    ``problems_report`` the report is written before anything is stored, and nothing is stored when it cannot
    be. With ``expected_hash`` (from a preview) a file changed since then is refused instead of imported unseen.
    Needs the Import permission, for a dry run too; the stored import writes one audit line per batch.
    """
    actor = require(database, Permission.IMPORT)
    if problems_report is not None:
        require(database, Permission.EXPORT)  # the report holds names and contacts: asked before any work
    refuse_purged_year(database, year)
    context = context or quiet_context()
    check_group(group)
    refuse_demo_file(database, path)
    settings = get_year(database, year)
    specs = GROUP_COLUMNS[group]
    if expected_hash is not None and path.is_file() and _file_hash(path) != expected_hash:
        raise InputError(f"{path.name} berubah sejak pratinjau; periksa ulang sebelum mengimpor")
    context.report(0, 0, "Membaca berkas")
    if all_sheets and sheet is None:
        frames = read_population_sheets(path, specs, mapping)
    else:
        frames = [read_population_file(path, specs, sheet, chosen=mapping)]
    file_hash = _file_hash(path)  # after the read: it has said what is wrong with a missing file
    context.check()
    for _attempt in range(MAX_ATTEMPTS):
        with database.Session() as session:
            lookup = _unit_lookup(session)
            option_unit = None
            if unit_code is not None:
                option_unit = _matched(lookup.get(_key(unit_code)))
                if option_unit is None:
                    raise NotFoundError(f"OPD dengan kode {unit_code} tidak ada")
            stored = _stored_keys(session, year, group)
            heads = _unit_heads(session)
            seen = generation(session, year, group)
        context.report(0, 0, "Memeriksa baris")
        checked: list[CheckedSheet] = []
        for mapped in frames:  # a person on two sheets is stored once: later sheets see the earlier ones' keys
            checked.append(_check(mapped, settings, group, lookup, option_unit, unit_code, stored, heads, file_hash,
                                  all_sheets, collect_keys=len(frames) > 1))
            stored = stored.with_earlier(checked[-1].keys)
        result = combined([sheet_check.result for sheet_check in checked])
        context.check()
        if dry_run:
            if problems_report is not None:
                write_report(database, actor, result, problems_report)
            return result
        if write_checked(database, actor, result, checked, seen, context, problems_report):
            context.report(result.imported, result.imported, "Selesai", check=False)
            return result
        context.report(0, 0, "Daftar lain baru saja disimpan; memeriksa ulang duplikat")
    raise InputError("Daftar populasi tahun ini sedang terus diubah oleh proses lain; coba impor lagi sebentar lagi")


def _check(mapped: MappedFrame, settings: SurveyYear, group: str, lookup: dict[str, int], option_unit: int | None,
           unit_code: str | None, stored: StoredKeys, heads: dict[int, UnitHead], file_hash: str,
           all_sheets: bool, collect_keys: bool) -> CheckedSheet:
    """One sheet's check, with its OPD: ``--unit`` for every row, else the OPD column; with several sheets
    the OPD column, else the sheet's name, else ``--unit``."""
    unit_id, code, has_column = option_unit, unit_code, "unit" in mapped.header.columns
    if group == "expert" or all_sheets and has_column:
        unit_id, code = None, None
    elif (all_sheets or option_unit is None) and not has_column and mapped.sheet:
        by_name = _matched(lookup.get(_key(mapped.sheet)))
        if by_name is not None:
            unit_id, code = by_name, mapped.sheet
            mapped.add_note(f"Lembar '{mapped.sheet}' tanpa kolom Perangkat Daerah: semua barisnya masuk OPD "
                            f"'{mapped.sheet}' menurut nama lembarnya")
    require_columns(mapped, group, unit_id is not None)
    checked = check_sheet(mapped, settings, group, unit_id, lambda raw: _matched(lookup.get(_key(raw))), stored,
                          heads, file_hash, collect_keys)
    checked.result.unit_code = code
    return checked


def _unit_heads(session: Session) -> dict[int, UnitHead]:
    """What the registry says about each OPD's head (to flag the head in the OPD's own list)."""
    return {unit.id: UnitHead(unit.name, unit.short_name, unit.head_name, unit.head_nip, unit.head_position)
            for unit in session.scalars(select(Unit))}


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
            raise NotFoundError(f"Impor nomor {batch_id} tidak ada")
        lock_list(session, batch.year, batch.group)
        session.refresh(batch)  # another undo of the same batch may have landed while we waited
        if batch.undone_at is not None:
            raise InputError(f"Impor nomor {batch_id} sudah dibatalkan pada {format_moment(batch.undone_at)}")
        refuse_purged_year(database, batch.year)  # the purge promised to keep that year's counts
        # A list whose rows go away is no longer the one that was validated.
        units = select(PopulationRecord.unit_id).where(PopulationRecord.batch_id == batch_id).distinct()
        cleared = session.execute(delete(PopulationSubmission).where(
            PopulationSubmission.year == batch.year, PopulationSubmission.group == batch.group,
            PopulationSubmission.unit_id.in_(units)))
        result = session.execute(delete(PopulationRecord).where(PopulationRecord.batch_id == batch_id))
        removed = int(cast(CursorResult[Any], result).rowcount or 0)
        unvalidated = int(cast(CursorResult[Any], cleared).rowcount or 0)
        batch.undone_at = utc_now()
        audit.record(session, actor, "undo", "populasi",
                     f"Batalkan impor populasi {GROUP_NAMES.get(batch.group, batch.group)} {batch.year}: "
                     f"{format_int(removed)} baris dari berkas {batch.file_name} (impor nomor {batch_id})",
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
