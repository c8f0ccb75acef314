"""The demo workspace: a fictional kabupaten with about 40 OPD, for trying the app and training.

Everything is generated from a fixed seed, so every demo workspace is the same. Later
capabilities add their own demo data through ``build_demo``'s steps.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

from spi_desktop.db.session import Database
from spi_desktop.domain.unit_record import UnitRecord
from spi_desktop.resources import load_json
from spi_desktop.services.jobs import JobContext, quiet_context
from spi_desktop.services.units import list_units, save_unit
from spi_desktop.services.workspace import WorkspaceInfo, save_workspace

DEMO_SEED = 20240701


@dataclass(frozen=True)
class DemoSummary:
    """What the demo builder created."""

    institution: str
    units: int


def _person(rng: random.Random, seed: dict[str, Any]) -> str:
    first, last = rng.choice(seed["first_names"]), rng.choice(seed["last_names"])
    title, suffix = rng.choice(seed["titles"]), rng.choice(seed["suffixes"])
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
    """Fill an empty workspace with the fictional Kabupaten Sukamaju; refuse one that has OPD."""
    from spi_desktop.domain.errors import InputError

    context = context or quiet_context()
    if list_units(database):
        raise InputError("Ruang kerja ini sudah berisi OPD; demo hanya dibuat di ruang kerja kosong")
    seed = load_json("demo", "sukamaju.json")
    rng = random.Random(DEMO_SEED)
    institution = seed["institution"]
    save_workspace(
        database,
        WorkspaceInfo(
            code=institution["code"],
            name=institution["name"],
            type=institution["type"],
            size_group=institution["size_group"],
            address=institution["address"],
            inspector_name=institution["inspector_name"],
            inspector_nip=_nip(rng),
        ),
    )
    units = seed["units"]
    for number, unit in enumerate(units, start=1):
        pic = _person(rng, seed).split(",")[0]
        mailbox = "".join(ch for ch in unit["code"].lower() if ch.isalnum())
        save_unit(
            database,
            UnitRecord(
                code=unit["code"],
                name=unit["name"],
                short_name=unit["short_name"],
                head_name=_person(rng, seed),
                head_nip=_nip(rng),
                head_position=f"Kepala {unit['name']}",
                pic_name=pic,
                pic_phone=_phone(rng),
                pic_email=f"{mailbox}@sukamajukab.go.id",
            ),
        )
        context.report(number, len(units), f"OPD {number} dari {len(units)}")
    return DemoSummary(institution=institution["name"], units=len(units))
