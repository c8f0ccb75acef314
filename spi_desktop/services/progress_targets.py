"""Sample targets per survey year × OPD × group: derived defaults, the editable grid, and target files.

A stored target (typed in the grid or imported) wins; otherwise the target is derived now from the
eligible population and the year's rule, so defaults follow the population lists as more arrive.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from spi_desktop.db.models import PopulationRecord, ResponseTarget, Unit, UnitYearStatus
from spi_desktop.db.session import Database
from spi_desktop.domain.errors import InputError
from spi_desktop.domain.roles import Actor, Permission
from spi_desktop.importers.targets import parse_target_file
from spi_desktop.services import audit
from spi_desktop.services.access import require
from spi_desktop.services.concurrency import check_version, reporting_conflicts, stamp
from spi_desktop.services.demo_guard import refuse_demo_file
from spi_desktop.services.locks import lock_for_writing
from spi_desktop.services.units import list_units
from spi_desktop.services.years import get_year_in

GROUPS = ("internal", "external", "expert")
OPD_GROUPS = ("internal", "external")
INSTITUTION = ""  # the unit code of institution-level rows (the expert group)
INSTITUTION_LABEL = "INSTANSI"  # how the audit trail names the institution's line


@dataclass(frozen=True)
class Target:
    """A sample target and, when known, the population it was drawn from."""

    sample: int
    population: int | None


def active_unit_ids(session: Session, year: int) -> dict[str, int]:
    """Code -> id of the OPD taking part in ``year`` (an OPD is in unless marked out for that year)."""
    out = set(session.scalars(select(UnitYearStatus.unit_id).where(UnitYearStatus.year == year,
                                                                   UnitYearStatus.active.is_(False))))
    return {code: unit_id for code, unit_id in session.execute(select(Unit.code, Unit.id)) if unit_id not in out}


def _eligible_counts(session: Session, year: int) -> dict[tuple[int | None, str], int]:
    counts = session.execute(select(PopulationRecord.unit_id, PopulationRecord.group, func.count())
                             .where(PopulationRecord.year == year, PopulationRecord.flagged.is_(False))
                             .group_by(PopulationRecord.unit_id, PopulationRecord.group))
    populations: dict[tuple[int | None, str], int] = defaultdict(int)
    for unit_id, group, population in counts:  # the expert list belongs to the institution as a whole
        populations[(None if group == "expert" else unit_id, group)] += population
    return populations


def derived_target(rule: dict[str, dict[str, float]], group: str, population: int) -> int:
    """max(minimum, ⌈fraction × population⌉), never above the population."""
    group_rule = rule.get(group, {})
    wanted = max(int(group_rule.get("minimum", 0)), math.ceil(float(group_rule.get("fraction", 1)) * population))
    return min(wanted, population)


def effective_targets(session: Session, year: int) -> dict[tuple[int | None, str], Target]:
    """Targets per (unit id, group) of the OPD taking part in ``year`` (and the institution's experts): the
    stored ones, else derived from the eligible population. The population is the one sent when known,
    else the eligible count, so counts above it are still caught once a target is typed in."""
    rule = get_year_in(session, year).sample_targets
    active = set(active_unit_ids(session, year).values())
    eligible = _eligible_counts(session, year)
    targets = {key: Target(derived_target(rule, key[1], population), population)
               for key, population in eligible.items() if key[0] is None or key[0] in active}
    for stored in session.scalars(select(ResponseTarget).where(ResponseTarget.year == year)):
        key = (stored.unit_id, stored.group)
        if key[0] is None or key[0] in active:
            targets[key] = Target(stored.sample_target, stored.population_sent or eligible.get(key))
    return targets


@dataclass(frozen=True)
class TargetRow:
    """One line of the target grid: the target in force and where it comes from."""

    code: str  # '' for the institution (expert group)
    name: str
    group: str
    sample_target: int | None
    eligible: int  # eligible population in the stored lists
    derived: int | None  # what the year's rule gives from ``eligible``
    population_sent: int | None
    invitations_sent: int | None
    stored: bool  # typed or imported (False: the derived default is in force)
    version: int = 0  # of the stored target (0: none); hand it back in TargetEdit.expected_version


def target_rows(database: Database, year: int) -> list[TargetRow]:
    """Every OPD taking part in ``year`` × internal/external, then the institution's expert line."""
    units = list_units(database, year=year, active_only=True)
    with database.Session() as session:
        ids = {code: unit_id for code, unit_id in session.execute(select(Unit.code, Unit.id))}
        rule = get_year_in(session, year).sample_targets
        eligible = _eligible_counts(session, year)
        stored = {(t.unit_id, t.group): t for t in session.scalars(select(ResponseTarget)
                                                                      .where(ResponseTarget.year == year))}
    lines: list[tuple[str, str, int | None, str]] = [(u.code, u.record.name, ids[u.code], group)
                                                     for u in units for group in OPD_GROUPS]
    lines.append((INSTITUTION, "Instansi (eksper)", None, "expert"))
    rows = []
    for code, name, unit_id, group in lines:
        population = eligible.get((unit_id, group), 0)
        derived = derived_target(rule, group, population) if population else None
        saved = stored.get((unit_id, group))
        rows.append(TargetRow(code, name, group, saved.sample_target if saved else derived, population, derived,
                              saved.population_sent if saved else None, saved.invitations_sent if saved else None,
                              saved is not None, saved.version if saved else 0))
    return rows


@dataclass(frozen=True)
class TargetEdit:
    """A target to store; ``sample_target`` None removes the stored one (back to the derived default)."""

    code: str
    group: str
    sample_target: int | None
    population_sent: int | None = None
    invitations_sent: int | None = None
    expected_version: int | None = None  # TargetRow.version as shown; None (imports, CLI) skips the check


def _check_edit(edit: TargetEdit, where: str) -> list[str]:
    problems = []
    if edit.group not in GROUPS:
        problems.append(f"{where}: kelompok '{edit.group}' tidak dikenal; pilih internal, eksternal atau eksper")
    numbers = (edit.sample_target, edit.population_sent, edit.invitations_sent)
    if any(n is not None and n < 0 for n in numbers):
        problems.append(f"{where}: jumlah tidak boleh negatif")
    elif edit.sample_target is not None and edit.population_sent is not None \
            and edit.sample_target > edit.population_sent:
        problems.append(f"{where}: target sampel ({edit.sample_target}) lebih besar dari populasi yang dikirim "
                        f"({edit.population_sent})")
    if edit.sample_target is None and (edit.population_sent is not None or edit.invitations_sent is not None):
        problems.append(f"{where}: target sampel wajib diisi bila populasi atau undangan diisi")
    return problems


def save_targets(database: Database, year: int, edits: list[TargetEdit], source: str = "manual",
                 places: list[str] | None = None) -> int:
    """Store every edit in one transaction, or none: ``InputError`` lists every problem with its place.
    Needs the Edit permission; one audit line with the old and new targets."""
    actor = require(database, Permission.EDIT)
    return _store_targets(database, actor, year, edits, source, places)


def _target_values(key: str, numbers: tuple[int | None, int | None, int | None] | None) -> dict[str, int | None]:
    """One target as flat audit fields ('DINKES internal.sample_target': 12); None values when there is none."""
    sample, population, invitations = numbers or (None, None, None)
    return {f"{key}.sample_target": sample, f"{key}.population_sent": population,
            f"{key}.invitations_sent": invitations}


def _store_targets(database: Database, actor: Actor, year: int, edits: list[TargetEdit], source: str,
                   places: list[str] | None, file_name: str | None = None) -> int:
    """``save_targets`` for an actor already checked; a file's targets are audited as an import."""
    with reporting_conflicts(f"Target sampel {year}", lambda: None), database.Session() as session, \
            session.begin():
        # One writer of a year's targets at a time: two people adding the same missing target must not
        # both insert it.
        lock_for_writing(session, "targets", year)
        ids = {code: unit_id for code, unit_id in session.execute(select(Unit.code, Unit.id))}
        problems: list[str] = []
        for index, edit in enumerate(edits):
            where = places[index] if places else f"{edit.code or 'Instansi'} {edit.group}"
            problems.extend(_check_edit(edit, where))
            if edit.code and edit.code.upper() not in ids:
                problems.append(f"{where}: OPD dengan kode {edit.code} tidak ada")
            elif not edit.code and edit.group != "expert":
                problems.append(f"{where}: kode OPD wajib diisi untuk kelompok {edit.group}")
            elif edit.code and edit.group == "expert":
                problems.append(f"{where}: target eksper berlaku untuk instansi; kosongkan kode atau tulis INSTANSI")
        if problems:
            shown = problems[:15] + ([f"… dan {len(problems) - 15} masalah lain"] if len(problems) > 15 else [])
            raise InputError("Target tidak disimpan:\n- " + "\n- ".join(shown))
        stored = {(t.unit_id, t.group): t for t in session.scalars(select(ResponseTarget)
                                                                      .where(ResponseTarget.year == year))}
        old: dict[str, Any] = {}
        new: dict[str, Any] = {}
        for edit in edits:
            unit_id = ids[edit.code.upper()] if edit.code else None
            key = f"{edit.code.upper() or INSTITUTION_LABEL} {edit.group}"
            was = stored.get((unit_id, edit.group))
            old.update(_target_values(key, None if was is None else (
                was.sample_target, was.population_sent, was.invitations_sent)))
            new.update(_target_values(key, None if edit.sample_target is None else (
                edit.sample_target, edit.population_sent, edit.invitations_sent)))
            check_version(was, edit.expected_version, f"Target {key}")
            # Changed in place (not deleted and re-added) so the version moves on and the UPDATE checks it.
            if edit.sample_target is None:
                if was is not None:
                    session.delete(was)
                continue
            target = was or ResponseTarget(year=year, unit_id=unit_id, group=edit.group)
            target.sample_target, target.population_sent = edit.sample_target, edit.population_sent
            target.invitations_sent, target.source = edit.invitations_sent, source
            stamp(target, actor)
            session.add(target)
        before, after = audit.changed(old, new)
        if file_name is not None:
            audit.record(session, actor, "import", "target",
                         f"Impor target sampel {year}: {len(edits)} baris dari berkas {file_name}",
                         old=before, new=after, year=year, file_name=file_name, lines=len(edits),
                         changed=len({field.rsplit(".", 1)[0] for field in after}))
        else:
            targets = len({field.rsplit(".", 1)[0] for field in after})
            audit.record(session, actor, "edit", "target", f"Ubah target sampel {year}: {targets} target",
                         old=before, new=after, year=year)
    return len(edits)


def set_target(database: Database, year: int, unit_code: str, group: str, sample_target: int,
               population_sent: int | None = None, invitations_sent: int | None = None) -> None:
    """Set (or replace) one target; ``unit_code`` '' means the institution (expert group). Edit permission."""
    save_targets(database, year, [TargetEdit(unit_code, group, sample_target, population_sent, invitations_sent)])


def import_targets(database: Database, path: Path, year: int) -> int:
    """Store the targets of a .xlsx/.csv file, all or none; ``InputError`` names file, row and column.
    Needs the Import permission; one audit line."""
    actor = require(database, Permission.IMPORT)
    refuse_demo_file(database, path)
    parsed = parse_target_file(path)
    if parsed.problems:
        raise InputError("Target tidak disimpan:\n- " + "\n- ".join(str(p) for p in parsed.problems[:15]))
    edits = [TargetEdit(line.code, line.group, line.sample_target, line.population_sent, line.invitations_sent)
             for line in parsed.lines]
    return _store_targets(database, actor, year, edits, "import",
                          [f"{parsed.file_name}, baris {line.row}" for line in parsed.lines], parsed.file_name)
