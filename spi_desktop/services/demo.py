"""The demo workspace: a fictional kabupaten with about 40 OPD, for trying the app and training.

Everything is generated from a fixed seed, so every demo workspace is the same. Later
capabilities add their own demo data through ``build_demo``'s steps.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from spi_desktop.db.models import (
    Institution,
    ProgressCount,
    ProgressSnapshot,
    ResponseTarget,
    Unit,
)
from spi_desktop.db.session import Database
from spi_desktop.domain.errors import InputError
from spi_desktop.domain.roles import Permission
from spi_desktop.domain.unit_record import UnitRecord
from spi_desktop.resources import load_json, resource_path
from spi_desktop.services import audit, settings_store
from spi_desktop.services.access import require
from spi_desktop.services.demo_results import add_demo_results
from spi_desktop.services.jobs import JobContext, quiet_context
from spi_desktop.services.settings_store import DEMO_KEY
from spi_desktop.services.units import apply_record, check_unit
from spi_desktop.services.workspace import WorkspaceInfo, clean_workspace

DEMO_SEED = 20240701
DEMO_PROGRESS_DAYS = 90


@dataclass(frozen=True)
class DemoSummary:
    """What the demo builder created."""

    institution: str
    units: int


def _person(rng: random.Random, seed: dict[str, Any]) -> str:
    first, last = rng.choice(seed["first_names"]), rng.choice(seed["last_names"])
    # Drs./H. are a man's, Dra./Hj. a woman's; both lists are as long, so the draws after this one stay the same.
    titles = seed["titles_female"] if first in seed["female_first_names"] else seed["titles"]
    title, suffix = rng.choice(titles), rng.choice(seed["suffixes"])
    name = f"{title} {first} {last}".strip()
    return f"{name}, {suffix}" if suffix else name


def _nip(rng: random.Random) -> str:
    birth = f"{rng.randint(1966, 1985)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    appointed = f"{rng.randint(1990, 2010)}{rng.randint(1, 12):02d}"
    return f"{birth}{appointed}{rng.choice('12')}{rng.randint(1, 20):03d}"


def _phone(rng: random.Random) -> str:
    return f"+628{rng.choice(['11', '12', '13', '21', '22', '52', '53', '57', '77', '78', '81', '95'])}" \
        f"{rng.randint(1000000, 9999999)}"


def build_demo(database: Database, context: JobContext | None = None) -> DemoSummary:
    """Fill an empty workspace with the fictional Kabupaten Sukamaju, in one transaction.

    A workspace that already has an institution or OPD is refused: demo data never mixes with real data.
    """
    actor = require(database, Permission.SETTINGS)
    context = context or quiet_context()
    seed = load_json("demo", "sukamaju.json")
    rng = random.Random(DEMO_SEED)
    info = seed["institution"]
    institution = clean_workspace(WorkspaceInfo(
        code=info["code"], name=info["name"], type=info["type"], size_group=info["size_group"],
        address=info["address"], inspector_name=info["inspector_name"], inspector_nip=_nip(rng),
        logo=resource_path("demo", "logo-sukamaju.png").read_bytes(), logo_filename="logo-sukamaju.png",
    ))
    units = seed["units"]
    with database.Session() as session, session.begin():
        if session.scalar(select(Institution.id).limit(1)) or session.scalar(select(Unit.id).limit(1)):
            raise InputError("Ruang kerja ini sudah berisi data instansi atau OPD; demo hanya dibuat di ruang "
                             "kerja kosong (gunakan berkas lain dengan --db)")
        audit.record(session, actor, "settings", "ruang kerja", f"Ruang kerja demo dibuat: {institution.name}")
        session.add(Institution(**vars(institution)))
        for number, unit in enumerate(units, start=1):
            mailbox = "".join(ch for ch in unit["code"].lower() if ch.isalnum())
            record = check_unit(UnitRecord(
                code=unit["code"],
                name=unit["name"],
                short_name=unit["short_name"],
                head_name=_person(rng, seed),
                head_nip=_nip(rng),
                head_position=f"Kepala {unit['name']}",
                pic_name=_person(rng, seed).split(",")[0],
                pic_phone=_phone(rng),
                pic_email=f"{mailbox}@sukamajukab.go.id",
            ))
            row = Unit()
            apply_record(row, record)
            session.add(row)
            context.report(number, len(units), f"OPD {number} dari {len(units)}")
        session.flush()
        _demo_progress(session, rng, [u["code"] for u in units])
        add_demo_results(session)
        settings_store.put(session, DEMO_KEY, True)
    return DemoSummary(institution=institution.name, units=len(units))


def _demo_progress(session: Session, rng: random.Random, codes: list[str]) -> None:
    """90 daily snapshots of the 2025 window: internal lists close to their targets, external lagging."""
    ids = {code: unit_id for code, unit_id in session.execute(select(Unit.code, Unit.id))}
    start, days = dt.date(2025, 8, 1), DEMO_PROGRESS_DAYS
    plans: list[tuple[int | None, str, int, float]] = []  # unit, group, target, share reached at the end
    for code in codes:
        plans.append((ids[code], "internal", rng.randint(40, 140), rng.uniform(0.9, 1.12)))
        plans.append((ids[code], "external", rng.randint(30, 90), rng.uniform(0.25, 0.85)))
    plans.append((None, "expert", 40, 0.95))
    for unit_id, group, target, _share in plans:
        session.add(ResponseTarget(year=2025, unit_id=unit_id, group=group, sample_target=target,
                                   invitations_sent=target * 3, source="demo"))
    snapshots = [ProgressSnapshot(year=2025, snapshot_date=start + dt.timedelta(days=day), source="demo",
                                  imported_by="demo") for day in range(days)]
    session.add_all(snapshots)
    session.flush()
    counts = []
    for unit_id, group, target, share in plans:
        for day, snapshot in enumerate(snapshots):
            progress = 1 - (1 - (day + 1) / days) ** 2  # fast at first, slowing down: a typical response curve
            completed = int(target * share * progress)
            counts.append({"snapshot_id": snapshot.id, "unit_id": unit_id, "group": group, "invited": target * 3,
                           "started": completed + completed // 10, "completed": completed})
    session.execute(insert(ProgressCount), counts)  # 7,000 rows: one executemany, not 7,000 ORM objects
