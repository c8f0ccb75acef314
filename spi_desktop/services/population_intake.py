"""The batch intake's preview: every returned file of a pile recognised, read and judged before anything is stored.

A file's group comes from its template marker, else the ``--group`` option, else its name, else the user; its
OPD from the marker, else its OPD column, else its file name, else the user. Each file is then checked through
the single import's own code (``population_facts.check_frame``), in name order, each seeing the keys of the
files before it, so a person sent by two OPD is a duplicate in the preview as in the import. Nothing is stored.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from spi_desktop.db.models import PopulationBatch, PopulationRecord, Unit
from spi_desktop.db.session import Database
from spi_desktop.domain.collection_marker import TemplateMarker
from spi_desktop.domain.errors import InputError
from spi_desktop.domain.roles import Permission
from spi_desktop.domain.unit_record import UnitRecord
from spi_desktop.importers.template_marker import read_marker
from spi_desktop.services.access import require
from spi_desktop.services.jobs import JobContext, quiet_context
from spi_desktop.services.population import check_group
from spi_desktop.services.population_facts import ListFacts, load_facts
from spi_desktop.services.population_intake_files import LOCK_PREFIX, SkippedFile, gather_pile
from spi_desktop.services.population_intake_read import IntakeFile, PileKeys, check_read, read_one
from spi_desktop.services.privacy import refuse_purged_year
from spi_desktop.services.units import record_of
from spi_desktop.services.workspace_identity import workspace_id
from spi_desktop.services.years import get_year

EARLIER_CHOICES = ("replace", "add")


@dataclass(frozen=True)
class FileChoice:
    """What the user decided for one file in the preview: its OPD or group when not recognised, whether it
    replaces or adds to the OPD's earlier list, that a template of another year is meant, or to leave it out."""

    unit: str | None = None
    group: str | None = None
    earlier: str | None = None  # replace | add
    accept_year: bool = False
    leave_out: bool = False


@dataclass
class IntakePreview:
    """The pile, judged: a row per file (in name order), the files set aside, and where archives were unpacked
    (kept until ``close``, so the import reads the very files the preview read)."""

    year: int
    deadline: dt.date | None
    files: list[IntakeFile]
    skipped: list[SkippedFile]
    scratch: tempfile.TemporaryDirectory[str] | None = field(default=None, repr=False)

    @property
    def ready(self) -> list[IntakeFile]:
        """The files that will be imported as they stand."""
        return [item for item in self.files if item.ready]

    @property
    def unrecognised(self) -> list[IntakeFile]:
        """Files whose OPD or group nobody could tell: nothing of them is imported until the user says."""
        return [item for item in self.files if item.unrecognised]

    def close(self) -> None:
        """Remove the unpacked archives (the user's own files are never touched)."""
        if self.scratch is not None:
            self.scratch.cleanup()
            self.scratch = None


def preview_pile(database: Database, sources: Sequence[Path], year: int, group: str | None = None,
                 choices: Mapping[str, FileChoice] | None = None, earlier: str | None = None,
                 today: dt.date | None = None, context: JobContext | None = None,
                 accept_other_year: bool = False) -> IntakePreview:
    """Recognise, read and check every file of ``sources`` (files, folders, .zip) for ``year``; nothing stored.

    ``choices`` (by the file's name as shown) carry the user's answers; ``earlier`` (replace or add) answers
    for every file of an OPD that already sent its list; ``accept_other_year`` takes templates of another survey
    year as this year's lists (the user has checked them). Needs the Import permission. The caller closes the
    preview (``close``) once done with it."""
    require(database, Permission.IMPORT)
    refuse_purged_year(database, year)
    if group is not None:
        check_group(group)
    if earlier is not None and earlier not in EARLIER_CHOICES:
        raise InputError(f"Pilihan '{earlier}' tidak dikenal; pilih {', '.join(EARLIER_CHOICES)}")
    context = context or quiet_context()
    choices = choices or {}
    settings = get_year(database, year)
    scratch = tempfile.TemporaryDirectory(prefix="spi-pile-")
    try:
        pile = gather_pile(sources, Path(scratch.name))
        preview = IntakePreview(year, settings.population_deadline, [], pile.skipped, scratch)
        workspace = workspace_id(database)
        units, names = _units(database)
        locked = {Path(item.file).name[len(LOCK_PREFIX):] for item in pile.skipped
                  if Path(item.file).name.startswith(LOCK_PREFIX)}
        shown = _shown_names(pile.files)
        total = len(pile.files)
        for number, path in enumerate(pile.files):
            context.report(number, 2 * total, f"Mengenali {path.name}")
            choice = choices.get(shown[path], FileChoice())
            item = read_one(path, shown[path], year, group_option=group, chosen_group=choice.group,
                            chosen_unit=choice.unit, marker=_marker(path), workspace=workspace, units=units,
                            accept_year=choice.accept_year or accept_other_year)
            if path.name in locked:
                item.notes.append(f"Berkas ini masih dibuka di Excel (ada berkas kunci {LOCK_PREFIX}{path.name}); "
                                  "yang dibaca adalah isi yang terakhir disimpan")
            if choice.leave_out:
                item.refuse("Tidak diikutkan, sesuai pilihan Anda")
            item.unit_name = names.get(item.unit or "")
            preview.files.append(item)
        _mark_same_list(preview.files)
        _mark_earlier(database, preview.files, year, choices, earlier)
        late = bool(preview.deadline and (today or dt.date.today()) > preview.deadline)
        facts: dict[str, ListFacts] = {}
        keys = PileKeys()
        for number, item in enumerate(preview.files):
            context.report(total + number, 2 * total, f"Memeriksa {item.file}")
            item.late = late and item.group != "expert"
            if item.unrecognised or item.frame is None or item.refused is not None or item.group is None:
                continue
            if item.group not in facts:
                facts[item.group] = _facts(database, year, item.group, ())
            base = facts[item.group]
            if item.earlier == "replace":
                base = _facts(database, year, item.group, item.earlier_batches)
            check_read(item, settings, base, keys)
            item.frame = None  # the import reads the file again; a pile of big files is not held twice
        context.report(2 * total, 2 * total, "Pratinjau selesai", check=False)
    except BaseException:
        scratch.cleanup()
        raise
    return preview


def _facts(database: Database, year: int, group: str, excluding: Sequence[int]) -> ListFacts:
    with database.Session() as session:
        return load_facts(session, year, group, excluding)


def _marker(path: Path) -> TemplateMarker | None:
    try:
        return read_marker(path)
    except Exception:  # a file the marker reader cannot open is judged by the ordinary reader, which says why
        return None


def _shown_names(files: Sequence[Path]) -> dict[Path, str]:
    """Each file's name as the user knows it; with its folder when two files of the pile share a name."""
    counts: dict[str, int] = {}
    for path in files:
        counts[path.name] = counts.get(path.name, 0) + 1
    return {path: path.name if counts[path.name] == 1 else "/".join(path.parts[-2:]) for path in files}


def _units(database: Database) -> tuple[list[UnitRecord], dict[str, str]]:
    with database.Session() as session:
        units = list(session.scalars(select(Unit).order_by(Unit.id)))
    return [record_of(unit) for unit in units], {unit.code: unit.name for unit in units}


def _mark_same_list(files: list[IntakeFile]) -> None:
    """Two files of the pile for the same OPD and group: neither is imported until the user leaves one out."""
    by_list: dict[tuple[str, str], list[IntakeFile]] = {}
    for item in files:
        if item.refused is None and item.group and (item.unit or item.group == "expert"):
            by_list.setdefault((item.group, item.unit or ""), []).append(item)
    for (group, unit), items in by_list.items():
        if len(items) < 2:
            continue
        names = ", ".join(item.file for item in items)
        for item in items:
            item.same_list = [other.file for other in items if other is not item]
            item.ask("same_list", len(items), group, unit, names)


def _mark_earlier(database: Database, files: list[IntakeFile], year: int, choices: Mapping[str, FileChoice],
                  earlier: str | None) -> None:
    """An OPD that already sent this list: the file replaces that list or adds to it, as the user says."""
    if not any(item.unit and item.group and item.refused is None for item in files):
        return
    with database.Session() as session:
        query = (select(PopulationRecord.group, Unit.code, PopulationRecord.batch_id)
                 .join(Unit, Unit.id == PopulationRecord.unit_id)
                 .join(PopulationBatch, PopulationBatch.id == PopulationRecord.batch_id)
                 .where(PopulationRecord.year == year, PopulationBatch.undone_at.is_(None)).distinct())
        owners: dict[int, set[str]] = {}
        batches: dict[tuple[str, str], set[int]] = {}
        for group, code, batch in session.execute(query):
            owners.setdefault(batch, set()).add(code)
            batches.setdefault((group, code), set()).add(batch)
    for item in files:
        found = sorted(batches.get((item.group or "", item.unit or ""), set()))
        if not found or item.refused is not None:
            continue
        item.earlier_batches = found
        numbers = ", ".join(map(str, found))
        shared = [batch for batch in found if len(owners[batch]) > 1]
        answer = choices.get(item.file, FileChoice()).earlier or earlier
        if shared and answer == "replace":
            item.ask("shared_earlier", item.unit, item.group, numbers)
        elif answer in EARLIER_CHOICES:
            item.earlier = answer
        else:
            item.ask("earlier", item.unit, item.group, numbers)
