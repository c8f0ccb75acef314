"""Sending the collection kit: a folder per OPD ready to attach (its templates and the message for its PIC), the
WhatsApp and e-mail texts, and the record of each sending that the submission board shows as *dikirim*.

The return contact (where the filled files go back) is the inspectorate's own and the same every year, so it is
one workspace setting (``settings_store.KIT_RETURN_KEY``), typed once and shared by the office, not a field of the
survey year.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from spi_desktop.db.models import KitSending, Unit
from spi_desktop.db.session import Database
from spi_desktop.domain.collection_message import (
    MESSAGE_FILE,
    KitMessage,
    KitRequest,
    kit_folder_name,
    kit_message,
    shown_groups,
)
from spi_desktop.domain.errors import InputError, NotFoundError
from spi_desktop.domain.roles import Permission
from spi_desktop.services import audit, settings_store
from spi_desktop.services.access import require
from spi_desktop.services.collection_kit import write_templates
from spi_desktop.services.jobs import JobContext, quiet_context
from spi_desktop.services.population_submissions import OPD_GROUPS
from spi_desktop.services.units import UnitInfo, list_units, unit_by_code
from spi_desktop.services.workspace import get_workspace
from spi_desktop.services.years import get_year

KIT_GROUPS: tuple[str, ...] = OPD_GROUPS  # the lists an OPD owes, hence the kit's groups
SENDING_WAYS = ("wa", "email", "folder")
WAY_NAMES = {"wa": "WhatsApp", "email": "email", "folder": "folder"}
RETURN_LIMIT = 300


@dataclass(frozen=True)
class KitFolder:
    """One OPD's kit as written: its folder, the files in it (templates first, then the message) and the
    message with its links."""

    unit: str
    unit_name: str
    groups: tuple[str, ...]
    folder: Path
    files: tuple[Path, ...]
    message: KitMessage


@dataclass(frozen=True)
class Sending:
    """One recorded sending of an OPD's kit for one group."""

    unit: str
    group: str
    via: str
    sent_at: dt.datetime
    sent_by: str
    record: int = 0  # the stored sending's number, for undoing a mark set by mistake


def return_contact(database: Database) -> str:
    """Where the OPD send their filled files back, as the user typed it ('' until given)."""
    return str(settings_store.read(database, settings_store.KIT_RETURN_KEY, "") or "")


def save_return_contact(database: Database, text: str) -> str:
    """Store the return contact (an e-mail, a WhatsApp number, an office) for every later kit; Export permission,
    as it only ever appears in the kits' messages. Unchanged text writes nothing."""
    actor = require(database, Permission.EXPORT)
    value = " ".join(text.split())
    if len(value) > RETURN_LIMIT:
        raise InputError(f"Alamat pengiriman kembali terlalu panjang ({len(value)} karakter, paling banyak "
                         f"{RETURN_LIMIT})")
    old = return_contact(database)
    if value != old:
        settings_store.write(database, settings_store.KIT_RETURN_KEY, value, actor,
                             "Alamat pengiriman kembali format OPD diubah", old={"return_to": old},
                             new={"return_to": value})
    return value


def prepare_kits(database: Database, year: int, groups: Sequence[str], out_dir: Path,
                 unit_codes: Sequence[str] | None = None, context: JobContext | None = None) -> list[KitFolder]:
    """Write ``<out_dir>/<KODE> - <Nama OPD>/`` for each OPD named (else every OPD taking part in ``year``), each
    holding its templates for ``groups`` (``collection_kit.write_templates``) and the message for its PIC as a
    .txt. Everything is written in a scratch folder and moved in only when whole; a folder already there is never
    written into. Needs the Export permission."""
    require(database, Permission.EXPORT)
    groups = _opd_groups(groups)
    context = context or quiet_context()
    workspace = get_workspace(database)
    if workspace is None:
        raise InputError("Data instansi belum diisi; isi dulu di Pengaturan › Instansi")
    settings = get_year(database, year)
    units = _units(database, year, unit_codes)
    if not units:
        raise InputError(f"Belum ada OPD yang ikut SPI {year}; tandai OPD-nya di halaman OPD")
    names = [kit_folder_name(unit.code, unit.name) for unit in units]
    taken = [name for name in names if (out_dir / name).exists()]
    if taken:
        shown = ", ".join(taken[:3]) + (f" dan {len(taken) - 3} lainnya" if len(taken) > 3 else "")
        raise InputError(f"Folder {out_dir} sudah berisi {shown}; pilih folder lain atau pindahkan folder itu dulu "
                         "(isinya tidak ditimpa)")
    back = return_contact(database)
    out_dir.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=".kirim-", dir=out_dir))
    kits: list[KitFolder] = []
    moved: list[Path] = []
    try:
        for done, (unit, name) in enumerate(zip(units, names, strict=True)):
            context.report(done, len(units), unit.name)
            written = write_templates(database, year, groups, scratch / name, [unit.code])
            record = unit.record
            message = kit_message(KitRequest(
                workspace.name, year, unit.code, unit.name, groups, tuple(item.file.name for item in written),
                record.pic_name, record.pic_phone, record.pic_email, settings.population_deadline,
                settings.eligibility, back))
            (scratch / name / MESSAGE_FILE).write_text(message.text + "\n", encoding="utf-8")
            files = tuple(out_dir / name / item.file.name for item in written) + (out_dir / name / MESSAGE_FILE,)
            kits.append(KitFolder(unit.code, unit.name, groups, out_dir / name, files, message))
        context.report(len(units), len(units), "Memindahkan folder")
        for kit in kits:
            (scratch / kit.folder.name).rename(kit.folder)
            moved.append(kit.folder)
    except BaseException:
        for folder in moved:  # folders this call made a moment ago: all or none
            shutil.rmtree(folder, ignore_errors=True)
        raise
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    context.report(len(units), len(units), "Selesai", check=False)
    return kits


def mark_sent(database: Database, year: int, unit_code: str, groups: Sequence[str] = KIT_GROUPS,
              via: str = "folder") -> list[Sending]:
    """Record that ``unit_code``'s kit for ``groups`` was sent ``via`` wa, email or folder, with one audit line.
    Needs the Edit permission: it changes the submission board, as marking a list validated does."""
    actor = require(database, Permission.EDIT)
    groups = _opd_groups(groups)
    if via not in SENDING_WAYS:
        raise InputError(f"Cara kirim '{via}' tidak dikenal; pilih {', '.join(SENDING_WAYS)}")
    with database.Session() as session, session.begin():
        unit = unit_by_code(session, unit_code)
        unit_id, unit_code = unit.id, unit.code  # as stored, whatever case it was typed in
        rows = [KitSending(year=year, unit_id=unit_id, group=group, via=via, sent_at=audit.utc_now(),
                           sent_by=actor.name) for group in groups]
        session.add_all(rows)
        audit.record(session, actor, "edit", "populasi",
                     f"Format daftar {shown_groups(groups)} {unit_code} {year} dikirim lewat {WAY_NAMES[via]}",
                     year=year, unit=unit_code, groups=list(groups), via=via)
    return [Sending(unit_code, row.group, row.via, row.sent_at, row.sent_by, row.id) for row in rows]


def undo_sent(database: Database, year: int, unit_code: str, marks: Sequence[Sending]) -> int:
    """Take back ``marks`` (what ``mark_sent`` returned for ``unit_code``, set by mistake), with one audit line;
    returns how many were removed. Needs the Edit permission, as marking does. The board then shows the OPD as it
    was before."""
    actor = require(database, Permission.EDIT)
    with database.Session() as session, session.begin():
        unit = unit_by_code(session, unit_code)
        unit_id, unit_code = unit.id, unit.code
        records = [mark.record for mark in marks if mark.unit == unit_code and mark.record]
        stored = session.scalars(select(KitSending).where(KitSending.id.in_(records), KitSending.unit_id == unit_id,
                                                          KitSending.year == year)
                                 .order_by(KitSending.id)).all()  # the audit names them as they were marked
        if not stored:
            raise NotFoundError(f"Tanda kirim format {unit_code} {year} tidak ada lagi")
        groups = [row.group for row in stored]
        for row in stored:
            session.delete(row)
        audit.record(session, actor, "edit", "populasi",
                     f"Tanda kirim format daftar {shown_groups(groups)} {unit_code} {year} dibatalkan",
                     year=year, unit=unit_code, groups=groups)
    return len(stored)


def sendings(database: Database, year: int) -> list[Sending]:
    """Every recorded sending of the year, oldest first."""
    with database.Session() as session:
        query = (select(Unit.code, KitSending.group, KitSending.via, KitSending.sent_at, KitSending.sent_by,
                        KitSending.id)
                 .join(Unit, Unit.id == KitSending.unit_id).where(KitSending.year == year)
                 .order_by(KitSending.sent_at, KitSending.id))
        return [Sending(*row) for row in session.execute(query)]


def _opd_groups(groups: Sequence[str]) -> tuple[str, ...]:
    chosen = tuple(dict.fromkeys(groups))
    if not chosen:
        raise InputError("Pilih paling sedikit satu kelompok: internal atau external")
    wrong = [group for group in chosen if group not in OPD_GROUPS]
    if wrong:
        raise InputError(f"Kelompok '{wrong[0]}' tidak dikirim per OPD; pilih {', '.join(OPD_GROUPS)}")
    return chosen


def _units(database: Database, year: int, unit_codes: Sequence[str] | None) -> list[UnitInfo]:
    taking_part = list_units(database, year=year, active_only=True)
    if not unit_codes:
        return taking_part
    every = {unit.code: unit for unit in list_units(database, year=year)}
    missing = [code for code in unit_codes if code not in every]
    if missing:
        raise NotFoundError(f"OPD dengan kode {', '.join(missing)} tidak ada")
    return [every[code] for code in dict.fromkeys(unit_codes)]
