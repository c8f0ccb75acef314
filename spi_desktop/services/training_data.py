"""Population lists for the training workspace, and practice files with deliberate errors for trainees.

Both are generated from a fixed seed with fictional names. The lists go through the real population import,
so the workspace shows what an office's files really produce: duplicates, unusable contacts, warnings and
rows flagged as not eligible.
"""

from __future__ import annotations

import datetime as dt
import random
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, update

from spi_desktop.db.models import PopulationBatch, PopulationRecord, Unit
from spi_desktop.db.session import Database
from spi_desktop.domain.demo_mark import DEMO_MARK
from spi_desktop.reports.sheets import write_rows
from spi_desktop.resources import load_json
from spi_desktop.services.jobs import JobContext, quiet_context
from spi_desktop.services.population import import_population
from spi_desktop.services.years import get_year

TRAINING_YEAR = 2025
EMPLOYEES, SERVICE_USERS = 20_000, 10_000
INTERNAL_HEADER = ["Nama", "NIP", "Jabatan", "Perangkat Daerah", "No. HP", "Email", "TMT", "TMT Unit"]
EXTERNAL_HEADER = ["Nama", "Perangkat Daerah", "Jenis Layanan", "Tanggal Layanan", "No. HP/WA", "Email"]
LATE_SHARE = 0.12  # of the OPD lists sent after the population deadline
SERVICES = ["Perizinan usaha", "Kartu keluarga", "Rawat jalan", "Bantuan sosial", "Izin bangunan", "Pajak daerah"]


def _seed() -> dict[str, Any]:
    data: dict[str, Any] = load_json("demo", "sukamaju.json")
    return data


def _name(rng: random.Random, seed: dict[str, Any]) -> str:
    return f"{rng.choice(seed['first_names'])} {rng.choice(seed['last_names'])}"


def _phone_digits(number: int) -> str:
    return f"8{'1235789'[number % 7]}{number:09d}"[:11]


def _messy_phone(rng: random.Random, digits: str) -> str:
    """The ways offices write one number: 08…, +62 8…, 62…, 8…, with dashes."""
    return ["0" + digits, "+62 " + digits[:3] + " " + digits[3:7] + " " + digits[7:], "62" + digits, digits,
            "0" + digits[:3] + "-" + digits[3:7] + "-" + digits[7:]][rng.randrange(5)]


def _nip(rng: random.Random) -> str:
    return (f"{rng.randint(1966, 1998)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
            f"{rng.randint(1990, 2022)}{rng.randint(1, 12):02d}{rng.randint(1, 2)}{rng.randint(1, 999):03d}")


def _unit_label(rng: random.Random, unit: dict[str, str]) -> str:
    """An OPD the way lists name it: its code, its name, or its code in lower case."""
    return [unit["code"], unit["name"], unit["code"].lower()][rng.randrange(3)]


def _employees(rng: random.Random, seed: dict[str, Any], count: int) -> Iterator[tuple[str, list[str]]]:
    """(the OPD's code, the row as its list writes it) for ``count`` employees."""
    units = seed["units"]
    for number in range(count):
        unit = units[number % len(units)]
        digits, email = _phone_digits(number), f"pegawai{number}@sukamajukab.go.id"
        roll = rng.random()
        if roll < 0.04 and number > 10:  # the same person again, written differently
            earlier = rng.randrange(number)
            digits, email = _phone_digits(earlier), f"Pegawai{earlier}@SukamajuKab.go.id"
        elif roll < 0.06:  # no usable contact: refused
            yield unit["code"], [_name(rng, seed), "", "Staf", _unit_label(rng, unit), "6.28123E+11", ""]
            continue
        started = dt.date(2000, 1, 1) + dt.timedelta(days=rng.randrange(9000))
        if rng.random() < 0.03:  # joined recently: not yet eligible, flagged
            started = dt.date(2024, 3, 1)
        nip = _nip(rng) if rng.random() > 0.02 else "19800101"  # a few broken NIPs: warnings
        yield unit["code"], [_name(rng, seed), nip, rng.choice(["Staf", "Analis", "Kepala Seksi", "Kepala Bidang"]),
                             _unit_label(rng, unit), _messy_phone(rng, digits), email, started.strftime("%d/%m/%Y"),
                             started.isoformat()]


def _service_users(rng: random.Random, seed: dict[str, Any], count: int) -> Iterator[tuple[str, list[str]]]:
    """(the OPD's code, the row as its list writes it) for ``count`` service users."""
    units = seed["units"]
    for number in range(count):
        unit = units[rng.randrange(len(units))]
        digits = _phone_digits(500_000 + number)
        served = dt.date(2024, 8, 1) + dt.timedelta(days=rng.randrange(420))
        email = f"warga{number}@contoh.id" if rng.random() < 0.4 else ""
        if rng.random() < 0.03 and number > 10:
            digits = _phone_digits(500_000 + rng.randrange(number))
        yield unit["code"], [_name(rng, seed), _unit_label(rng, unit), rng.choice(SERVICES),
                             served.strftime("%d-%m-%Y"), _messy_phone(rng, digits), email]


def _write_csv(path: Path, title: str, header: list[str], rows: Iterator[list[str]], encoding: str = "utf-8",
               intro: list[list[str]] | None = None) -> Path:
    """A list the way offices send them: a title line and a blank one above the header, ';' between cells
    (``intro`` goes above the title)."""
    write_rows(path, "", header, rows, separator=";", intro=[*(intro or []), [title], []], encoding=encoding)
    return path


def submission_days(codes: list[str], deadline: dt.date,
                    seed: int = TRAINING_YEAR) -> dict[tuple[str, str], dt.datetime]:
    """When each OPD sent each list, around the population ``deadline``: most in the three weeks before it, about
    one in eight up to ten days after it. The same ``seed`` gives the same days."""
    rng = random.Random(seed)
    days = {}
    for code in codes:
        for group in ("internal", "external"):
            offset = rng.randint(1, 10) if rng.random() < LATE_SHARE else -rng.randint(0, 21)
            moment = dt.time(rng.randint(8, 15), rng.randrange(60))
            days[(code, group)] = dt.datetime.combine(deadline + dt.timedelta(days=offset), moment)
    return days


def _split_by_unit(database: Database, batch_id: int, stem: str, sent: dict[tuple[str, str], dt.datetime]) -> None:
    """Store one generated list as if each OPD had sent its own part on its own day: a batch per OPD, dated from
    ``sent``. The generated file's batch keeps the rows it refused or found twice, with nothing imported."""
    with database.Session() as session, session.begin():
        batch = session.get(PopulationBatch, batch_id)
        if batch is None:
            return
        codes: dict[int, str] = {unit_id: code for unit_id, code in session.execute(select(Unit.id, Unit.code))}
        counts = session.execute(select(PopulationRecord.unit_id, func.count()).where(
            PopulationRecord.batch_id == batch_id).group_by(PopulationRecord.unit_id)).all()
        moved = 0
        for unit_id, rows in counts:
            code = codes.get(unit_id) if unit_id is not None else None
            if code is None or (code, batch.group) not in sent:
                continue
            part = PopulationBatch(year=batch.year, group=batch.group, unit_id=unit_id, file_name=f"{stem}-{code}.csv",
                                   file_hash=batch.file_hash, imported_by=batch.imported_by,
                                   imported_at=sent[(code, batch.group)], read=rows, imported=rows)
            session.add(part)
            session.flush()
            session.execute(update(PopulationRecord).where(PopulationRecord.batch_id == batch_id,
                                                           PopulationRecord.unit_id == unit_id)
                            .values(batch_id=part.id))
            moved += rows
        batch.read -= moved
        batch.imported -= moved


def add_training_population(database: Database, context: JobContext | None = None) -> int:
    """Import about 30 000 fictional respondents (employees and service users of 2025) through the real
    population import; returns the rows stored."""
    context = context or quiet_context()
    seed, rng = _seed(), random.Random(2025)
    codes = [unit["code"] for unit in seed["units"]]
    deadline = get_year(database, TRAINING_YEAR).population_deadline or dt.date(TRAINING_YEAR, 6, 30)
    sent = submission_days(codes, deadline)
    stored = 0
    with tempfile.TemporaryDirectory() as folder:
        lists = [
            ("internal", _write_csv(Path(folder) / "pegawai.csv", "DAFTAR PEGAWAI KABUPATEN SUKAMAJU",
                                    INTERNAL_HEADER, (row for _code, row in _employees(rng, seed, EMPLOYEES)))),
            ("external", _write_csv(Path(folder) / "pengguna-layanan.csv", "DAFTAR PENGGUNA LAYANAN",
                                    EXTERNAL_HEADER, (row for _code, row in _service_users(rng, seed, SERVICE_USERS)))),
        ]
        for number, (group, path) in enumerate(lists, start=1):
            context.report(number - 1, len(lists), f"Daftar populasi latihan {number} dari {len(lists)}")
            result = import_population(database, path, TRAINING_YEAR, group)
            stored += result.imported
            for batch_id in result.batches:
                _split_by_unit(database, batch_id, path.stem, sent)
    return stored


def write_practice_files(folder: Path) -> list[Path]:
    """Small files with the usual defects for trainees to clean in the import wizard: a cp1252 CSV with title
    rows, wrong and duplicated phones and a row without contact; an external list with mixed dates.

    Like every export of a training workspace, each file opens with the demo mark, so a real workspace's import
    refuses it (services/demo_guard.py)."""
    folder.mkdir(parents=True, exist_ok=True)
    seed, rng = _seed(), random.Random(7)
    employees = [
        ["Nur’aini Lestari", "198003152005012003", "Analis", "DINKES", "0812-3456-7890", "nuraini@sukamajukab.go.id"],
        ["Budi Santoso", "19800101", "Staf", "Dinas Kesehatan", "+62 812 3456 7890", ""],  # same phone; bad NIP
        ["Agus Pratama", "197905052006041001", "Kepala Seksi", "dinkes", "08123", "agus@"],  # unusable contact
        ["Dewi Hidayat", "198507072010012004", "Staf", "DINKES", "+1 202 555 0101", "dewi@sukamajukab.go.id"],
        ["José Wibowo", "199001012015031002", "Staf", "Puskesmas Sukamaju", "081298765432", ""],  # unknown OPD
        ["", "", "", "", "", ""],
    ] + [[_name(rng, seed), _nip(rng), "Staf", "DINKES", _messy_phone(rng, _phone_digits(7_000_000 + n)), ""]
         for n in range(20)]
    internal = _write_csv(folder / "latihan-pegawai-DINKES.csv", "DAFTAR PEGAWAI DINAS KESEHATAN (LATIHAN)",
                          INTERNAL_HEADER[:6], iter(employees), encoding="cp1252", intro=[[DEMO_MARK]])
    users = [[_name(rng, seed), "RSUD", "Rawat jalan", day, _messy_phone(rng, _phone_digits(7_500_000 + n)), ""]
             for n, day in enumerate(["05/09/2025", "2025-09-06", "7 September 2025", "31/02/2025", "", "kemarin"]
                                     * 3)]
    users.append(users[0])  # the same visit listed twice
    external = _write_csv(folder / "latihan-pengguna-layanan-RSUD.csv", "PENGGUNA LAYANAN RSUD (LATIHAN)",
                          EXTERNAL_HEADER, iter(users), intro=[[DEMO_MARK]])
    return [internal, external]
