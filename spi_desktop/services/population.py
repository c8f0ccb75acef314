"""Population lists: import a file for one survey year and group (dry run or for real), undo, count.

One import is one transaction: the batch row and every record are written together or not at all.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from spi_desktop.db.models import PopulationBatch, PopulationRecord
from spi_desktop.db.session import Database
from spi_desktop.domain.errors import InputError, NotFoundError
from spi_desktop.domain.moments import format_moment
from spi_desktop.domain.roles import Permission
from spi_desktop.importers.population import read_population_file, read_population_sheets
from spi_desktop.importers.population_columns import GROUP_COLUMNS
from spi_desktop.importers.population_frame import DATE_FIELDS, TEXT_FIELDS
from spi_desktop.services.access import require
from spi_desktop.services.demo_guard import refuse_demo_file
from spi_desktop.services.jobs import JobContext, quiet_context
from spi_desktop.services.population_check import CheckedSheet
from spi_desktop.services.population_facts import check_frame, load_facts, option_unit
from spi_desktop.services.population_result import PopulationImportResult, combined
from spi_desktop.services.population_store import lock_list, undo_in_session, write_checked, write_report
from spi_desktop.services.privacy import refuse_purged_year
from spi_desktop.services.years import get_year

GROUPS = tuple(GROUP_COLUMNS)
MAX_ATTEMPTS = 3
RECORD_COLUMNS = ("batch_id", "year", "group", "unit_id", "source_row", "name", "phone", "email", "nip",
                  *TEXT_FIELDS, *DATE_FIELDS, "raw_phone", "warnings", "flagged", "flag_reason")


def check_group(group: str) -> str:
    """The group name, or ``InputError`` naming the allowed ones."""
    if group not in GROUPS:
        raise InputError(f"Kelompok '{group}' tidak dikenal; pilih {', '.join(GROUPS)}")
    return group


def import_population(database: Database, path: Path, year: int, group: str, unit_code: str | None = None,
                      sheet: str | None = None, dry_run: bool = False, context: JobContext | None = None,
                      mapping: Mapping[str, str] | None = None, expected_hash: str | None = None,
                      all_sheets: bool = False, problems_report: Path | None = None,
                      replacing: Sequence[int] = ()) -> PopulationImportResult:
    """Read, check and (unless ``dry_run``) store a population list in one transaction.

    ``mapping`` (field -> the file's header text or column letter; '' leaves a field out) overrides the
    automatic column mapping. ``all_sheets`` imports every visible sheet that holds a list, each as its own
    batch (its OPD from its column, its sheet's name or ``unit_code``), all in the one transaction. With
    ``problems_report`` the report is written before anything is stored, and nothing is stored when it cannot
    be. With ``expected_hash`` (from a preview) a file changed since then is refused instead of imported unseen.
    ``replacing`` names earlier batches of the same list (an OPD's corrected file): they are undone in the
    import's own transaction, and their rows do not count as duplicates of the new file's.
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
    if expected_hash is not None and path.is_file() and file_hash(path) != expected_hash:
        raise InputError(f"{path.name} berubah sejak pratinjau; periksa ulang sebelum mengimpor")
    context.report(0, 0, "Membaca berkas")
    if all_sheets and sheet is None:
        frames = read_population_sheets(path, specs, mapping)
    else:
        frames = [read_population_file(path, specs, sheet, chosen=mapping)]
    digest = file_hash(path)  # after the read: it has said what is wrong with a missing file
    context.check()
    for _attempt in range(MAX_ATTEMPTS):
        with database.Session() as session:
            facts = load_facts(session, year, group, replacing)
        option_unit(facts, unit_code)
        stored, seen = facts.stored, facts.seen
        context.report(0, 0, "Memeriksa baris")
        checked: list[CheckedSheet] = []
        for mapped in frames:  # a person on two sheets is stored once: later sheets see the earlier ones' keys
            checked.append(check_frame(mapped, settings, group, facts, stored, unit_code, digest, all_sheets,
                                       collect_keys=len(frames) > 1))
            stored = stored.with_earlier(checked[-1].keys)
        result = combined([sheet_check.result for sheet_check in checked])
        context.check()
        if dry_run:
            if problems_report is not None:
                write_report(database, actor, result, problems_report)
            return result
        if write_checked(database, actor, result, checked, seen, context, problems_report, replacing):
            context.report(result.imported, result.imported, "Selesai", check=False)
            return result
        context.report(0, 0, "Daftar lain baru saja disimpan; memeriksa ulang duplikat")
    raise InputError("Daftar populasi tahun ini sedang terus diubah oleh proses lain; coba impor lagi sebentar lagi")


def file_hash(path: Path) -> str:
    """SHA-256 of the file as it is now (an import refuses a file changed since its preview)."""
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
        removed = undo_in_session(session, actor, batch)
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
