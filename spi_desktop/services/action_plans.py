"""Action plans (rencana aksi): activities answering KPK's recommendations, their status and evidence.

Evidence files are copied into the workspace's evidence folder (next to a SQLite workspace file, or in the
user data folder for a server database) under a name that cannot collide, so the original may be moved.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import uuid
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from platformdirs import user_cache_dir
from sqlalchemy import delete, func, select

from spi_desktop.db.models import ActionEvidence, ActionPlan, Recommendation, Unit
from spi_desktop.db.session import Database, sqlite_path
from spi_desktop.domain.action_plan import STATUSES, ActionRow, ActionStatus, RecommendationInfo
from spi_desktop.domain.errors import InputError, NotFoundError
from spi_desktop.domain.institution import is_institution_code
from spi_desktop.domain.roles import Permission
from spi_desktop.services import audit
from spi_desktop.services.access import require
from spi_desktop.services.concurrency import check_version, reporting_conflicts, stamp
from spi_desktop.services.units import list_units
from spi_desktop.services.workspace import get_workspace
from spi_desktop.services.years import get_year

MAX_EVIDENCE_BYTES = 50_000_000


@dataclass(frozen=True)
class ActionEdit:
    """What the action form sends; ``id`` None adds a new activity."""

    recommendation_id: int
    activity: str
    owner: str = ""
    due_date: dt.date | None = None
    status: str = "belum"
    progress: int = 0
    notes: str = ""
    id: int | None = None
    version: int | None = None  # the version the user saw; None skips the check (see services/concurrency.py)


def add_recommendation(database: Database, year: int, code: str, text: str, element: str | None = None) -> int:
    """Store a recommendation for the institution (code '') or an OPD; returns its id. Edit permission;
    one audit line."""
    actor = require(database, Permission.EDIT)
    text = " ".join(text.split())
    if not text:
        raise InputError("Isi rekomendasi wajib diisi")
    with database.Session() as session, session.begin():
        unit_id = None
        if not is_institution_code(code):
            unit_id = session.scalar(select(Unit.id).where(Unit.code == code.upper()))
            if unit_id is None:
                raise InputError(f"OPD dengan kode {code} tidak ada")
        recommendation = Recommendation(year=year, unit_id=unit_id, element=element or None, text=text)
        session.add(recommendation)
        session.flush()
        shown = code.upper() if unit_id is not None else "INSTANSI"
        audit.record(session, actor, "edit", "rencana aksi", f"Tambah rekomendasi {year} untuk {shown}",
                     new={"year": year, "unit": shown, "element": element or None, "text": text},
                     recommendation=recommendation.id)
        return recommendation.id


def check_action(edit: ActionEdit) -> list[str]:
    """Every problem with an action form, in Indonesian."""
    problems = []
    if not edit.activity.strip():
        problems.append("Kegiatan wajib diisi")
    if edit.status not in STATUSES:
        problems.append(f"Status '{edit.status}' tidak dikenal")
    if not 0 <= edit.progress <= 100:
        problems.append("Kemajuan harus 0–100 %")
    if edit.status == ActionStatus.DONE and edit.progress != 100:
        problems.append("Kegiatan selesai berarti kemajuan 100 %")
    return problems


def _action_values(action: ActionPlan) -> dict[str, Any]:
    return {"recommendation_id": action.recommendation_id, "activity": action.activity, "owner": action.owner,
            "due_date": action.due_date, "status": action.status, "progress": action.progress, "notes": action.notes}


def save_action(database: Database, edit: ActionEdit) -> int:
    """Add or update one activity in one transaction; returns its id. Edit permission; one audit line with
    the old and new values."""
    actor = require(database, Permission.EDIT)
    problems = check_action(edit)
    if problems:
        raise InputError("Rencana aksi belum benar:\n- " + "\n- ".join(problems))
    what = f"Kegiatan rencana aksi {edit.id}"
    with reporting_conflicts(what, partial(_latest_action, database, edit.id)), database.Session() as session, \
            session.begin():
        if session.get(Recommendation, edit.recommendation_id) is None:
            raise NotFoundError(f"Rekomendasi {edit.recommendation_id} tidak ada")
        action = ActionPlan() if edit.id is None else session.get(ActionPlan, edit.id)
        if edit.id is not None:
            check_version(action, edit.version, what)
        if action is None:
            raise NotFoundError(f"Kegiatan {edit.id} tidak ada (mungkin sudah dihapus)")
        old = None if edit.id is None else _action_values(action)
        action.recommendation_id = edit.recommendation_id
        action.activity, action.owner = edit.activity.strip(), edit.owner.strip()
        action.due_date, action.status, action.progress = edit.due_date, edit.status, edit.progress
        action.notes = edit.notes.strip()
        stamp(action, actor)
        session.add(action)
        session.flush()
        new = _action_values(action)
        if old is None:
            audit.record(session, actor, "edit", "rencana aksi", f"Tambah kegiatan rencana aksi {action.id}",
                         new=new, action_id=action.id)
        else:
            before, after = audit.changed(old, new)
            audit.record(session, actor, "edit", "rencana aksi", f"Ubah kegiatan rencana aksi {action.id}",
                         old=before, new=after, action_id=action.id)
        return action.id


def _latest_action(database: Database, action_id: int | None) -> ActionPlan | None:
    with database.Session() as session:
        return None if action_id is None else session.get(ActionPlan, action_id)


def delete_action(database: Database, action_id: int) -> None:
    """Remove an activity with its evidence; the copied files go once the rows are gone (never before).
    Edit permission; the audit line keeps the removed values and evidence names."""
    actor = require(database, Permission.EDIT)
    evidence = evidence_files(database, action_id)
    files = [path for _name, path in evidence]
    with database.Session() as session, session.begin():
        action = session.get(ActionPlan, action_id)
        old = None if action is None else _action_values(action)
        session.execute(delete(ActionEvidence).where(ActionEvidence.action_id == action_id))
        session.execute(delete(ActionPlan).where(ActionPlan.id == action_id))
        if old is not None:
            audit.record(session, actor, "delete", "rencana aksi", f"Hapus kegiatan rencana aksi {action_id}",
                         old={**old, "evidence": "; ".join(name for name, _path in evidence)}, action_id=action_id)
    for path in files:
        path.unlink(missing_ok=True)


def list_actions(database: Database, year: int, today: dt.date | None = None) -> list[ActionRow]:
    """Every activity of the year's recommendations, earliest due first; overdue when past due and not done."""
    today = today or dt.date.today()
    with database.Session() as session:
        evidence: dict[int, int] = {action_id: count for action_id, count in session.execute(
            select(ActionEvidence.action_id, func.count()).group_by(ActionEvidence.action_id))}
        units = {unit_id: (code, name) for unit_id, code, name in session.execute(select(Unit.id, Unit.code,
                                                                                         Unit.name))}
        query = (select(ActionPlan, Recommendation).join(Recommendation)
                 .where(Recommendation.year == year))
        rows = []
        for action, recommendation in session.execute(query):
            code, name = units.get(recommendation.unit_id or -1, ("", "Instansi"))
            overdue = action.due_date is not None and action.due_date < today and action.status != ActionStatus.DONE
            rows.append(ActionRow(action.id, recommendation.id, recommendation.year, code, name,
                                  recommendation.element, recommendation.text, action.activity, action.owner,
                                  action.due_date, action.status, action.progress, action.notes,
                                  evidence.get(action.id, 0), overdue, action.version))
    return sorted(rows, key=lambda r: (r.due_date or dt.date.max, r.id))


def list_recommendations(database: Database, year: int) -> list[RecommendationInfo]:
    """The year's recommendations in the order they were entered."""
    with database.Session() as session:
        query = (select(Recommendation.id, Unit.code, Recommendation.element, Recommendation.text)
                 .outerjoin(Unit, Unit.id == Recommendation.unit_id).where(Recommendation.year == year)
                 .order_by(Recommendation.id))
        return [RecommendationInfo(rid, code or "", element, text)
                for rid, code, element, text in session.execute(query)]


@dataclass(frozen=True)
class BoardData:
    """Everything the action board shows for one year, read in one go."""

    year: int
    actions: list[ActionRow]
    recommendations: list[RecommendationInfo]
    units: dict[str, str]  # every OPD code -> name
    active_units: list[tuple[str, str]]  # (code, name) of the OPD taking part this year
    elements: dict[str, str]  # element code -> name
    institution: str


def board(database: Database, year: int, today: dt.date | None = None) -> BoardData:
    """The year's recommendations, activities, OPD and elements for the action board."""
    units = list_units(database, year=year)
    workspace = get_workspace(database)
    return BoardData(year, list_actions(database, year, today), list_recommendations(database, year),
                     {u.code: u.name for u in units}, [(u.code, u.name) for u in units if u.active],
                     {e.code: e.name for e in get_year(database, year).elements},
                     workspace.name if workspace else "")


def action_summary(database: Database, year: int, today: dt.date | None = None) -> dict[str, int]:
    """Counts for Beranda: total, per status, and overdue."""
    rows = list_actions(database, year, today)
    counts = {status.value: sum(1 for r in rows if r.status == status) for status in STATUSES}
    return {"total": len(rows), **counts, "terlambat": sum(1 for r in rows if r.overdue)}


def evidence_folder(database: Database) -> Path:
    """Where evidence files of this workspace are: next to a workspace file; for a server workspace (whose files
    live in the database) the folder on this PC where they are written out to be opened."""
    path = sqlite_path(str(database.engine.url))
    if path is not None:
        return path.with_name(f"{path.stem}-bukti")
    server = hashlib.sha256(database.engine.url.render_as_string(hide_password=True).encode()).hexdigest()[:16]
    return Path(user_cache_dir("spi-desktop", appauthor=False)) / "bukti" / server


def _keeps_files_in_database(database: Database) -> bool:
    """A server workspace is shared by several PCs, so its evidence is stored in the database itself."""
    return database.path is None


def add_evidence(database: Database, action_id: int, source: Path) -> str:
    """Keep a copy of ``source`` as evidence (in the evidence folder next to a workspace file, in the database
    on a server) and record it; returns the stored name. Edit permission; one audit line."""
    actor = require(database, Permission.EDIT)
    if not source.is_file():
        raise InputError(f"Berkas {source} tidak ditemukan")
    if source.stat().st_size > MAX_EVIDENCE_BYTES:
        raise InputError(f"{source.name} terlalu besar (maksimal 50 MB)")
    data = source.read_bytes()
    stored_as = f"{uuid.uuid4().hex[:12]}-{source.name}"
    digest = hashlib.sha256(data).hexdigest()
    in_database = _keeps_files_in_database(database)
    target = evidence_folder(database) / stored_as
    if not in_database:
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)
    try:
        with database.Session() as session, session.begin():
            if session.get(ActionPlan, action_id) is None:
                raise NotFoundError(f"Kegiatan {action_id} tidak ada")
            session.add(ActionEvidence(action_id=action_id, file_name=source.name, stored_as=stored_as,
                                       sha256=digest, added_by=actor.name, content=data if in_database else None))
            audit.record(session, actor, "edit", "rencana aksi",
                         f"Tambah bukti {source.name} pada kegiatan rencana aksi {action_id}",
                         action_id=action_id, file_name=source.name, stored_as=stored_as, sha256=digest,
                         size=len(data))
    except Exception:
        if not in_database:
            target.unlink(missing_ok=True)  # no stray copy when the record could not be stored
        raise
    return stored_as


def evidence_files(database: Database, action_id: int) -> list[tuple[str, Path]]:
    """(original name, path) of an activity's evidence. A server's files are at that path only once
    ``ready_evidence`` has written them out."""
    folder = evidence_folder(database)
    with database.Session() as session:
        rows = session.execute(select(ActionEvidence.file_name, ActionEvidence.stored_as)
                               .where(ActionEvidence.action_id == action_id).order_by(ActionEvidence.id))
        return [(name, folder / stored) for name, stored in rows]


def ready_evidence(database: Database, path: Path) -> Path:
    """Make the evidence file at ``path`` (from ``evidence_files``) ready to open: a file a server keeps in the
    database is written out to this PC's evidence folder (again when the copy there is missing or differs)."""
    if not _keeps_files_in_database(database):
        return path
    with database.Session() as session:
        row = session.execute(select(ActionEvidence.sha256, ActionEvidence.content)
                              .where(ActionEvidence.stored_as == path.name)).first()
    if row is not None and row.content is not None and not _is_copy(path, row.sha256):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(row.content)
    return path


def _is_copy(path: Path, digest: str) -> bool:
    return path.is_file() and hashlib.sha256(path.read_bytes()).hexdigest() == digest
