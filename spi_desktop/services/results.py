"""Official SPI results: import and type them in, then read them with their band, change and comparisons.

Figures are stored exactly as KPK published them and never recomputed; any of them may be missing.
The institution's own result has no unit (its code in files is INSTANSI or the workspace's code).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from spi_desktop.db.models import Institution, OfficialResult, Unit
from spi_desktop.db.session import Database
from spi_desktop.domain.errors import InputError
from spi_desktop.domain.institution import INSTITUTION_CODE
from spi_desktop.domain.problems import RowProblem
from spi_desktop.domain.roles import Actor, Permission
from spi_desktop.importers.results import NUMBER_FIELDS, ResultLine, check_score, parse_results_file
from spi_desktop.services import audit
from spi_desktop.services.access import require
from spi_desktop.services.concurrency import check_version, reporting_conflicts, stamp
from spi_desktop.services.demo_guard import refuse_demo_file
from spi_desktop.services.years import get_year_in, list_years

OnDuplicate = Literal["ask", "replace", "skip"]


@dataclass
class ResultsImportResult:
    """What an import stored or would store; ``as_dict`` is the CLI's JSON contract."""

    read: int = 0
    imported: int = 0
    rejected: int = 0
    replaced: int = 0
    skipped: int = 0
    conflicts: list[str] = field(default_factory=list)  # 'CODE YEAR' already stored
    problems: list[RowProblem] = field(default_factory=list)


def unit_lookup(session: Session) -> dict[str, int | None]:
    """Code -> unit id, with '' and INSTANSI (and the workspace's own code, unless an OPD has it) meaning the
    institution (None)."""
    codes: dict[str, int | None] = {code: unit_id for code, unit_id in session.execute(select(Unit.code, Unit.id))}
    institution = (session.scalar(select(Institution.code)) or "").upper()
    for code in ("", INSTITUTION_CODE):
        codes[code] = None
    if institution and institution not in codes:  # an OPD with the same code keeps it
        codes[institution] = None
    return codes


def result_exists(database: Database, year: int, code: str) -> bool:
    """Whether a result for ``code`` in ``year`` is stored (the form asks before replacing it)."""
    with database.Session() as session:
        units = unit_lookup(session)
        if code.upper() not in units:
            return False
        return (year, units[code.upper()]) in _stored_keys(session)


def stored_result_version(database: Database, year: int, code: str) -> int:
    """The version of the stored result for ``code`` in ``year``, 0 when there is none: what a form hands back
    in ``ResultEntry.expected_version``."""
    row = _latest_result(database, year, code.upper())
    return 0 if row is None else row.version


def _stored_keys(session: Session) -> set[tuple[int, int | None]]:
    return {(year, unit_id) for year, unit_id in session.execute(select(OfficialResult.year, OfficialResult.unit_id))}


def import_results(database: Database, path: Path, on_duplicate: OnDuplicate = "ask",
                   dry_run: bool = False) -> ResultsImportResult:
    """Store a results file in one transaction. Rows with bad figures or unknown codes are refused with their
    reason; a code and year already stored is replaced or skipped only when the caller chose so. Needs the
    Import permission (a dry run too); a stored import writes one audit line."""
    actor = require(database, Permission.IMPORT)
    refuse_demo_file(database, path)
    parsed = parse_results_file(path)
    result = ResultsImportResult(read=parsed.read, problems=list(parsed.problems))
    with database.Session() as session, session.begin():
        units = unit_lookup(session)
        years = set(list_years(database))
        stored = _stored_keys(session)
        seen: dict[tuple[int, int | None], int] = {}
        accepted: list[tuple[int | None, ResultLine]] = []
        for line in parsed.rows:
            problem = _line_problem(session, line, units, years, seen)
            if problem:
                result.problems.append(RowProblem(parsed.file_name, line.row, problem[0], problem[1]))
                continue
            unit_id = units[line.code]
            seen[(line.year, unit_id)] = line.row
            if (line.year, unit_id) in stored:
                result.conflicts.append(f"{line.code or 'INSTANSI'} {line.year}")
                if on_duplicate == "skip":
                    result.skipped += 1
                    continue
                result.replaced += 1
            accepted.append((unit_id, line))
        result.rejected = len({p.row for p in result.problems})
        result.imported = len(accepted)
        if dry_run:
            return result
        if result.conflicts and on_duplicate == "ask":
            raise InputError("Hasil untuk " + ", ".join(result.conflicts[:10]) + " sudah tersimpan; pilih ganti "
                             "(--replace) atau lewati (--skip). Tidak ada yang diubah.")
        for unit_id, line in accepted:
            _put(session, actor, _result_row(session, line.year, unit_id),
                 _row(line.year, unit_id, line.scores, line.elements, line.source or parsed.file_name,
                      line.source_date, actor.name))
        audit.record(session, actor, "import", "hasil",
                     f"Impor hasil SPI: {result.imported} baris dari berkas {parsed.file_name}",
                     file_name=parsed.file_name,
                     years=", ".join(str(year) for year in sorted({line.year for _unit, line in accepted})),
                     read=result.read, imported=result.imported, rejected=result.rejected,
                     replaced=result.replaced, skipped=result.skipped, conflicts=", ".join(result.conflicts[:50]))
    return result


def _line_problem(session: Session, line: ResultLine, units: dict[str, int | None], years: set[int],
                  seen: dict[tuple[int, int | None], int]) -> tuple[str, str] | None:
    if line.code not in units:
        return "Kode", f"Kode '{line.code}' bukan OPD yang terdaftar dan bukan instansi ini"
    if line.year not in years:
        return "Tahun", f"Tahun {line.year} belum ada di Pengaturan › Tahun survei"
    if (line.year, units[line.code]) in seen:
        return "Kode", f"{line.code} {line.year} sudah ada di baris {seen[(line.year, units[line.code])]}"
    codes = {element.code for element in get_year_in(session, line.year).elements}
    missing = sorted(set(line.elements) - codes)
    if missing:
        return "Elemen", f"Elemen {', '.join(missing)} tidak ada di tahun {line.year}"
    return None


def _put(session: Session, actor: Actor, existing: OfficialResult | None, row: OfficialResult) -> OfficialResult:
    """Store ``row``'s figures: into the stored result in place (so its version moves on and the UPDATE checks
    the version read), else as a new result."""
    if existing is not None:
        for column in _RESULT_COLUMNS:
            setattr(existing, column, getattr(row, column))
        row = existing
    stamp(row, actor)
    session.add(row)
    return row


def _row(year: int, unit_id: int | None, scores: dict[str, float | None], elements: dict[str, float], source: str,
         source_date: dt.date | None, entered_by: str) -> OfficialResult:
    return OfficialResult(year=year, unit_id=unit_id, index=scores.get("index"), internal=scores.get("internal"),
                          external=scores.get("external"), expert=scores.get("expert"),
                          correction=scores.get("correction"), elements=dict(elements), source=source,
                          source_date=source_date, entered_by=entered_by)


_RESULT_COLUMNS = ("index", "internal", "external", "expert", "correction", "elements", "source", "source_date",
                   "entered_by")


def _result_row(session: Session, year: int, unit_id: int | None) -> OfficialResult | None:
    return session.scalar(select(OfficialResult).where(
        OfficialResult.year == year,
        OfficialResult.unit_id.is_(None) if unit_id is None else OfficialResult.unit_id == unit_id).limit(1))


def _latest_result(database: Database, year: int, code: str) -> OfficialResult | None:
    with database.Session() as session:
        units = unit_lookup(session)
        return _result_row(session, year, units[code]) if code in units else None


def _stored_values(session: Session, year: int, unit_id: int | None) -> dict[str, Any] | None:
    """A stored result's figures and source as the audit trail keeps them; None when there is none."""
    row = session.scalar(select(OfficialResult).where(
        OfficialResult.year == year,
        OfficialResult.unit_id.is_(None) if unit_id is None else OfficialResult.unit_id == unit_id).limit(1))
    return None if row is None else _result_values(row)


def _result_values(row: OfficialResult) -> dict[str, Any]:
    """A result as flat audit fields (each element as 'elements.CODE')."""
    return {"index": row.index, "internal": row.internal, "external": row.external, "expert": row.expert,
            "correction": row.correction, **{f"elements.{code}": value for code, value in (row.elements or {}).items()},
            "source": row.source, "source_date": row.source_date}


@dataclass(frozen=True)
class ResultEntry:
    """A result typed in the form; None means not published."""

    year: int
    code: str  # '' for the institution
    scores: dict[str, float | None]
    elements: dict[str, float]
    source: str = ""
    source_date: dt.date | None = None
    replace: bool = False  # True once the user chose to replace a stored result (or is correcting it)
    expected_version: int | None = None  # the stored version the user saw (0: none); None skips the check


def save_result(database: Database, entry: ResultEntry) -> None:
    """Store one typed result after checking every figure is within 0–100; a stored result for the same code
    and year is replaced only when ``entry.replace`` says the user chose so. Needs the Edit permission; one
    audit line with the old and new figures."""
    actor = require(database, Permission.EDIT)
    problems = [reason for key, value in (*entry.scores.items(), *entry.elements.items())
                if value is not None and (reason := check_score(value, key))]
    if any(key not in NUMBER_FIELDS for key in entry.scores):
        problems.append("Isian nilai tidak dikenal")
    what = f"Hasil SPI {entry.code.upper() or 'INSTANSI'} {entry.year}"
    latest = partial(_latest_result, database, entry.year, entry.code.upper())
    with reporting_conflicts(what, latest), database.Session() as session, session.begin():
        units = unit_lookup(session)
        code = entry.code.upper()
        if code not in units:
            problems.append(f"Kode '{entry.code}' tidak terdaftar")
        known = {element.code for element in get_year_in(session, entry.year).elements}
        problems.extend(f"Elemen {element} tidak ada di tahun {entry.year}"
                        for element in sorted(set(entry.elements) - known))
        if problems:
            raise InputError("Hasil tidak disimpan:\n- " + "\n- ".join(problems))
        if not entry.replace and (entry.year, units[code]) in _stored_keys(session):
            raise InputError(f"Hasil {code or 'INSTANSI'} {entry.year} sudah tersimpan; pilih ganti untuk menimpanya. "
                             "Tidak ada yang diubah.")
        existing = _result_row(session, entry.year, units[code])
        check_version(existing, entry.expected_version, what)
        old = None if existing is None else _result_values(existing)
        row = _row(entry.year, units[code], entry.scores, entry.elements, entry.source or "diketik", entry.source_date,
                   actor.name)
        row = _put(session, actor, existing, row)
        new = {**{key: None for key in old or {}}, **_result_values(row)}  # an element left out is now None
        before, after = audit.changed(old or {}, new)
        audit.record(session, actor, "edit", "hasil",
                     f"{'Ubah' if old else 'Isi'} hasil SPI {code or 'INSTANSI'} {entry.year}",
                     old=before if old else None, new=after, year=entry.year, unit=code or "INSTANSI")


def delete_result(database: Database, year: int, code: str) -> bool:
    """Remove one stored result; False when there was none. Needs the Edit permission; the audit line keeps
    the removed figures."""
    actor = require(database, Permission.EDIT)
    with database.Session() as session, session.begin():
        units = unit_lookup(session)
        if code.upper() not in units:
            return False
        unit_id = units[code.upper()]
        old = _stored_values(session, year, unit_id)
        removed = session.execute(delete(OfficialResult).where(
            OfficialResult.year == year,
            OfficialResult.unit_id.is_(None) if unit_id is None else OfficialResult.unit_id == unit_id))
        done = bool(getattr(removed, "rowcount", 0))
        if done:
            shown = code.upper() if unit_id is not None else "INSTANSI"
            audit.record(session, actor, "delete", "hasil", f"Hapus hasil SPI {shown} {year}", old=old, year=year,
                         unit=shown)
        return done
