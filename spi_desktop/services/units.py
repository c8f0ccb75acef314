"""The OPD registry: list, add, edit, (de)activate per survey year, and import from a file."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from spi_desktop.db.models import Unit, UnitYearStatus
from spi_desktop.db.session import Database
from spi_desktop.domain.errors import InputError, NotFoundError
from spi_desktop.domain.privacy import mask_value
from spi_desktop.domain.problems import RowProblem
from spi_desktop.domain.roles import Permission
from spi_desktop.domain.unit_record import FIELD_LABELS, UnitRecord, clean_unit
from spi_desktop.importers.units import parse_unit_file
from spi_desktop.services import audit
from spi_desktop.services.access import require
from spi_desktop.services.concurrency import check_version, reporting_conflicts, stamp
from spi_desktop.services.demo_guard import refuse_demo_file
from spi_desktop.services.jobs import JobContext, quiet_context
from spi_desktop.services.years import get_year

ALIAS_SEPARATOR = "; "
# Unit fields the audit trail masks like the personal field named (phones and e-mails in text are masked anyway).
_AUDIT_MASKS = {"head_nip": "nip", "pic_phone": "phone", "pic_email": "email"}


@dataclass
class UnitInfo:
    """An OPD as the views and the CLI see it, with its status in the year asked about."""

    record: UnitRecord
    active: bool = True
    version: int = 1

    @property
    def code(self) -> str:
        """The OPD code."""
        return self.record.code

    @property
    def name(self) -> str:
        """The OPD name."""
        return self.record.name


@dataclass
class UnitImportSummary:
    """What ``import_units`` did; the counts are the CLI's JSON contract."""

    read: int = 0
    added: int = 0
    updated: int = 0
    rejected: int = 0
    problems: list[RowProblem] = field(default_factory=list)
    unchanged: int = 0  # known OPD whose row changes nothing
    warnings: list[RowProblem] = field(default_factory=list)  # a value left out of a kept OPD, and why
    unmapped: list[str] = field(default_factory=list)  # columns with content that were not read
    skipped: int = 0  # total lines and signature blocks under the list
    unread_sheets: list[str] = field(default_factory=list)  # other sheets of the workbook that hold something


def record_of(unit: Unit) -> UnitRecord:
    """A stored OPD as the domain's record (its aliases split)."""
    return UnitRecord(
        code=unit.code,
        name=unit.name,
        short_name=unit.short_name,
        aliases=[a for a in (unit.aliases or "").split(ALIAS_SEPARATOR) if a],
        head_name=unit.head_name,
        head_nip=unit.head_nip,
        head_position=unit.head_position,
        pic_name=unit.pic_name,
        pic_phone=unit.pic_phone,
        pic_email=unit.pic_email,
    )


def _apply(unit: Unit, record: UnitRecord) -> None:
    unit.code = record.code
    unit.name = record.name
    unit.short_name = record.short_name
    unit.aliases = ALIAS_SEPARATOR.join(record.aliases) or None
    unit.head_name = record.head_name
    unit.head_nip = record.head_nip
    unit.head_position = record.head_position
    unit.pic_name = record.pic_name
    unit.pic_phone = record.pic_phone
    unit.pic_email = record.pic_email


def _is_active(unit: Unit, year: int | None) -> bool:
    if year is None:
        return True
    return next((s.active for s in unit.year_statuses if s.year == year), True)


def _set_active(session: Session, unit: Unit, year: int, active: bool) -> None:
    status = session.get(UnitYearStatus, (unit.id, year))
    if status is None:
        unit.year_statuses.append(UnitYearStatus(year=year, active=active))
    else:
        status.active = active


def _audit_values(values: dict[str, Any]) -> dict[str, Any]:
    """An OPD's fields as the audit trail keeps them (aliases as text, contacts and NIP masked)."""
    shown = {key: ALIAS_SEPARATOR.join(value) if key == "aliases" else value for key, value in values.items()}
    return {key: mask_value(_AUDIT_MASKS[key], value) if key in _AUDIT_MASKS else value for key, value in shown.items()}


def unit_by_code(session: Session, code: str) -> Unit:
    """The OPD with ``code`` (as typed: spaces and case do not matter), else ``NotFoundError``."""
    unit = session.scalar(select(Unit).where(Unit.code == code.strip().upper()))
    if unit is None:
        raise NotFoundError(f"OPD dengan kode {code} tidak ada")
    return unit


def list_units(database: Database, year: int | None = None, active_only: bool = False) -> list[UnitInfo]:
    """All OPD ordered by code, with whether each takes part in ``year``."""
    with database.Session() as session:
        units = session.scalars(select(Unit).order_by(Unit.code)).all()
        infos = [UnitInfo(record_of(u), _is_active(u, year), u.version) for u in units]
    return [info for info in infos if info.active] if active_only else infos


def get_unit(database: Database, code: str, year: int | None = None) -> UnitInfo:
    """One OPD by code; ``NotFoundError`` when there is none."""
    with database.Session() as session:
        unit = unit_by_code(session, code)
        return UnitInfo(record_of(unit), _is_active(unit, year), unit.version)


def check_unit(record: UnitRecord) -> UnitRecord:
    """Clean a record or raise ``InputError`` listing every problem with its field label."""
    cleaned, problems = clean_unit(record)
    if problems:
        lines = "\n".join(f"- {FIELD_LABELS[p.field]}: {p.message}" for p in problems)
        raise InputError(f"Data OPD belum benar:\n{lines}")
    return cleaned


def save_unit(
    database: Database,
    record: UnitRecord,
    original_code: str | None = None,
    year: int | None = None,
    active: bool | None = None,
    expected_version: int | None = None,
) -> UnitInfo:
    """Add a new OPD (``original_code`` None) or update the one with ``original_code`` (Edit permission;
    one audit line with the old and new values). With ``expected_version`` (the version the user saw) a
    change saved by someone else meanwhile raises ``ConflictError`` instead of being overwritten."""
    actor = require(database, Permission.EDIT)
    cleaned = check_unit(record)
    what = f"OPD {(original_code or cleaned.code).strip().upper()}"
    latest = partial(_latest_unit, database, (original_code or "").strip().upper())
    with reporting_conflicts(what, latest), database.Session() as session, session.begin():
        clash = session.scalar(select(Unit).where(Unit.code == cleaned.code))
        old: dict[str, Any] = {}
        if original_code is None:
            if clash is not None:
                raise InputError(f"Kode {cleaned.code} sudah dipakai oleh {clash.name}")
            unit = Unit()
            session.add(unit)
        else:
            found = session.scalar(select(Unit).where(Unit.code == original_code.strip().upper()))
            check_version(found, expected_version, what)
            if found is None:
                raise NotFoundError(f"OPD dengan kode {original_code} tidak ada")
            if clash is not None and clash.id != found.id:
                raise InputError(f"Kode {cleaned.code} sudah dipakai oleh {clash.name}")
            unit = found
            old = asdict(record_of(unit))
            if year is not None:
                old["active"] = _is_active(unit, year)
        _apply(unit, cleaned)
        stamp(unit, actor)
        session.flush()
        if year is not None and active is not None:
            _set_active(session, unit, year, active)
        session.flush()
        new = asdict(cleaned)
        if year is not None:
            new["active"] = _is_active(unit, year)
        if original_code is None:
            audit.record(session, actor, "edit", "opd", f"Tambah OPD {cleaned.code} {cleaned.name}",
                         new=_audit_values(new), unit=cleaned.code, year=year)
        else:
            before, after = audit.changed(old, new)
            audit.record(session, actor, "edit", "opd", f"Ubah OPD {original_code.strip().upper()}",
                         old=_audit_values(before), new=_audit_values(after), unit=cleaned.code, year=year)
        return UnitInfo(cleaned, _is_active(unit, year), unit.version)


def _latest_unit(database: Database, code: str) -> Unit | None:
    with database.Session() as session:
        return session.scalar(select(Unit).where(Unit.code == code))


def set_unit_active(database: Database, code: str, year: int, active: bool) -> None:
    """Mark an OPD as taking part (or not) in a survey year (Edit permission; a change is audited)."""
    actor = require(database, Permission.EDIT)
    with database.Session() as session, session.begin():
        unit = unit_by_code(session, code)
        was = _is_active(unit, year)
        _set_active(session, unit, year, active)
        if was != active:
            audit.record(session, actor, "edit", "opd",
                         f"OPD {unit.code} {'ikut' if active else 'tidak ikut'} SPI {year}",
                         old={"active": was}, new={"active": active}, unit=unit.code, year=year)


def apply_record(unit: Unit, record: UnitRecord) -> None:
    """Copy a cleaned record's fields onto a unit row (for services that write units in their own session)."""
    _apply(unit, record)


def import_units(
    database: Database,
    path: Path,
    year: int | None = None,
    sheet: str | None = None,
    context: JobContext | None = None,
) -> UnitImportSummary:
    """Import an OPD list in one transaction: new codes are added, known codes updated, bad rows rejected.

    Re-importing the same file adds nothing. An update changes only the fields the row fills in, so a
    file with fewer columns never erases contacts. With ``year`` every imported OPD is marked active in it.
    Needs the Import permission; writes one audit line.
    """
    actor = require(database, Permission.IMPORT)
    context = context or quiet_context()
    if year is not None:
        get_year(database, year)  # refuses a survey year that does not exist
    context.report(0, 0, "Membaca berkas")
    refuse_demo_file(database, path)
    parsed = parse_unit_file(path, sheet)
    summary = UnitImportSummary(read=parsed.read, rejected=parsed.rejected_rows, problems=parsed.problems,
                                warnings=parsed.warnings, unmapped=parsed.unmapped, skipped=parsed.skipped,
                                unread_sheets=parsed.unread_sheets)
    total = len(parsed.records)
    with database.Session() as session, session.begin():
        existing = {u.code: u for u in session.scalars(select(Unit))}
        for done, (_row, record, filled) in enumerate(parsed.records, start=1):
            unit = existing.get(record.code)
            if unit is None:
                unit = Unit()
                session.add(unit)
                existing[record.code] = unit
                summary.added += 1
                _apply(unit, record)
            else:
                # A file never erases: missing columns and blank cells leave stored values as they are.
                current = record_of(unit)
                merged = replace(current, **{key: getattr(record, key) for key in filled})
                if merged != current:
                    summary.updated += 1
                    _apply(unit, merged)
                    stamp(unit, actor)
                else:
                    summary.unchanged += 1
            if year is not None:
                session.flush()
                _set_active(session, unit, year, True)
            if done % 50 == 0:
                context.report(done, total, f"Menyimpan OPD {done} dari {total}")
        context.check()
        audit.record(session, actor, "import", "opd",
                     f"Impor daftar OPD: {summary.added} baru, {summary.updated} diubah dari berkas {path.name}",
                     file_name=path.name, sheet=sheet, year=year, read=summary.read, added=summary.added,
                     updated=summary.updated, rejected=summary.rejected, unchanged=summary.unchanged,
                     warnings=len(summary.warnings))
    context.report(total, total, "Selesai", check=False)
    return summary


@dataclass
class UnitFilePreview:
    """What importing an OPD file would do, read without storing anything: the first records, how many are new or
    already known, and the rows that would be refused."""

    file_name: str
    read: int
    records: list[UnitRecord]  # the usable rows, in file order (at most ``limit`` of them)
    usable: int
    new: int
    known: int
    rejected: int
    problems: list[RowProblem] = field(default_factory=list)
    warnings: list[RowProblem] = field(default_factory=list)
    unmapped: list[str] = field(default_factory=list)


def preview_units(database: Database, path: Path, sheet: str | None = None, limit: int = 200) -> UnitFilePreview:
    """Read an OPD file as ``import_units`` would and say what it would add, without storing anything (Import
    permission; a demo file is refused as the import refuses it)."""
    require(database, Permission.IMPORT)
    refuse_demo_file(database, path)
    parsed = parse_unit_file(path, sheet)
    with database.Session() as session:
        known_codes = set(session.scalars(select(Unit.code)))
    codes = [record.code for _row, record, _filled in parsed.records]
    known = sum(1 for code in codes if code in known_codes)
    return UnitFilePreview(file_name=path.name, read=parsed.read,
                           records=[record for _row, record, _filled in parsed.records[:limit]], usable=len(codes),
                           new=len(codes) - known, known=known, rejected=parsed.rejected_rows,
                           problems=parsed.problems, warnings=parsed.warnings, unmapped=parsed.unmapped)


def unit_count(database: Database) -> int:
    """How many OPD the registry holds (every year)."""
    with database.Session() as session:
        return int(session.scalar(select(func.count(Unit.id))) or 0)


def require_units_file(path: str) -> Path:
    """A path argument as a Path, with a clear error when it is missing."""
    candidate = Path(path)
    if not candidate.is_file():
        raise InputError(f"Berkas {path} tidak ditemukan")
    return candidate
