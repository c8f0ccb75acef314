"""Privacy of respondents: stable pseudonyms for exports without identities, and the purge of a finished
year's personal data (names, phones, e-mails, NIPs) that keeps every count, target and result as it was."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from spi_desktop.db.models import PopulationRecord, SurveyYearSettings
from spi_desktop.db.session import Database
from spi_desktop.domain.errors import InputError
from spi_desktop.domain.formatting import format_date, format_int
from spi_desktop.domain.privacy import scrub_personal
from spi_desktop.domain.roles import Permission
from spi_desktop.services import audit, settings_store
from spi_desktop.services.access import require
from spi_desktop.services.settings_store import PSEUDONYM_KEY, PURGED_PREFIX

PURGED_NAME = "(dihapus)"
FETCH_ROWS = 20_000
_LONG_NUMBER = re.compile(r"\d(?:[\s.-]?\d){7,}")  # a NIP or an ID number typed into a warning


def pseudonym_key(database: Database) -> bytes:
    """The workspace's secret for pseudonyms, made on first use and kept in the workspace settings."""
    stored = settings_store.read(database, PSEUDONYM_KEY)
    if isinstance(stored, str) and stored:
        return bytes.fromhex(stored)
    try:
        with database.Session.begin() as session:
            settings_store.put(session, PSEUDONYM_KEY, secrets.token_hex(32))
    except IntegrityError:
        pass  # another PC made it at the same moment: theirs is the one everybody uses
    return pseudonym_key(database)


def pseudonym(key: bytes, record_id: int) -> str:
    """A record's pseudonym, e.g. 'R-3fa9c02b11de': the same in every export of this workspace, and nobody
    without the workspace's secret can tell which record it stands for."""
    return "R-" + hmac.new(key, str(record_id).encode(), hashlib.sha256).hexdigest()[:12]


@dataclass(frozen=True)
class PurgeReport:
    """What a purge removed (or, from ``preview_purge``, would remove)."""

    year: int
    records: int  # the year's population rows: they all stay, without identities
    phones: int
    emails: int
    nips: int
    texts: int  # warnings and eligibility notes cleaned of contact details
    at: str = ""  # when (UTC, ISO); '' for a preview
    by: str = ""

    def describe(self) -> str:
        """One Indonesian sentence on what is (to be) removed."""
        return (f"nama, No. HP, email dan NIP dari {format_int(self.records)} baris populasi {self.year} "
                f"({format_int(self.phones)} No. HP, {format_int(self.emails)} email, {format_int(self.nips)} NIP)")


def _purged(session: Session, year: int) -> dict[str, Any] | None:
    value = settings_store.get(session, f"{PURGED_PREFIX}{year}")
    return dict(value) if isinstance(value, dict) else None


def purged_years(database: Database) -> dict[int, str]:
    """Every year whose personal data was purged, with when (UTC, ISO)."""
    with database.Session() as session:
        purges = settings_store.with_prefix(session, PURGED_PREFIX)
    return {int(key.removeprefix(PURGED_PREFIX)): str((value or {}).get("at", "")) for key, value in purges.items()
            if key.removeprefix(PURGED_PREFIX).isdigit()}


def refuse_purged_year(database: Database, year: int) -> None:
    """``InputError`` when ``year``'s personal data was purged: no new list may bring it back."""
    with database.Session() as session:
        purged = _purged(session, year)
    if purged is not None:
        when = str(purged.get("at", ""))[:10]
        raise InputError(f"Data pribadi populasi {year} sudah dihapus ({when} oleh {purged.get('by', '?')}); "
                         "tahun itu tidak menerima impor populasi lagi")


def _check_finished(session: Session, year: int, today: dt.date) -> None:
    settings = session.get(SurveyYearSettings, year)
    window_end = settings.window_end if settings is not None else None
    if window_end is not None and window_end >= today:
        raise InputError(f"Masa survei {year} baru berakhir {format_date(window_end)}: data pribadi hanya dapat "
                         "dihapus setelah tahun survei selesai")
    if window_end is None and year >= today.year:
        raise InputError(f"Tahun survei {year} belum selesai: data pribadi hanya dapat dihapus setelah tahun "
                         "survei selesai")
    purged = _purged(session, year)
    if purged is not None:
        raise InputError(f"Data pribadi populasi {year} sudah dihapus ({str(purged.get('at', ''))[:10]})")


def _counts(session: Session, year: int) -> tuple[int, int, int, int]:
    row = session.execute(select(func.count(PopulationRecord.id), func.count(PopulationRecord.phone),
                                 func.count(PopulationRecord.email), func.count(PopulationRecord.nip))
                          .where(PopulationRecord.year == year)).one()
    return int(row[0]), int(row[1]), int(row[2]), int(row[3])


def preview_purge(database: Database, year: int, today: dt.date | None = None) -> PurgeReport:
    """What ``purge_personal_data`` would remove, after the same checks; nothing is changed."""
    require(database, Permission.BACKUP)
    with database.Session() as session:
        _check_finished(session, year, today or dt.date.today())
        records, phones, emails, nips = _counts(session, year)
    return PurgeReport(year, records, phones, emails, nips, texts=0)


def _cleaned(text: str | None, personal: list[str]) -> str | None:
    if not text:
        return text
    for value in personal:
        text = text.replace(value, PURGED_NAME)
    return _LONG_NUMBER.sub("…", scrub_personal(text))


def _scrub_texts(session: Session, year: int) -> int:
    """Warnings and eligibility notes of ``year`` without the record's own values or any contact detail."""
    query = (select(PopulationRecord.id, PopulationRecord.warnings, PopulationRecord.flag_reason,
                    PopulationRecord.name, PopulationRecord.phone, PopulationRecord.email, PopulationRecord.nip,
                    PopulationRecord.raw_phone)
             .where(PopulationRecord.year == year)
             .where((PopulationRecord.warnings.is_not(None) & (PopulationRecord.warnings != ""))
                    | (PopulationRecord.flag_reason.is_not(None) & (PopulationRecord.flag_reason != ""))))
    changes = []
    for record_id, warnings, flag_reason, *values in session.execute(query).all():
        personal = sorted((v for v in values if v and len(v.strip()) >= 3), key=len, reverse=True)
        new_warnings, new_reason = _cleaned(warnings, personal), _cleaned(flag_reason, personal)
        if (new_warnings, new_reason) != (warnings, flag_reason):
            changes.append({"id": record_id, "warnings": new_warnings, "flag_reason": new_reason})
    for start in range(0, len(changes), FETCH_ROWS):
        session.execute(update(PopulationRecord), changes[start:start + FETCH_ROWS])
    return len(changes)


def purge_personal_data(database: Database, year: int, today: dt.date | None = None) -> PurgeReport:
    """Remove the names, phones, e-mails, NIPs and raw phones of a finished year's population, in one
    transaction. The rows stay (as '(dihapus)'), so every count, target, result and progress figure is
    unchanged and the pseudonymous export still works; the year then refuses new population imports.
    Admin only; ``InputError`` for a year whose survey window has not ended or that was purged already."""
    actor = require(database, Permission.BACKUP)
    today = today or dt.date.today()
    with database.engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:  # the removed values are overwritten in the file, not just unlinked
            connection.exec_driver_sql("PRAGMA secure_delete = ON")
            connection.commit()
        try:
            with Session(bind=connection) as session, session.begin():
                _check_finished(session, year, today)
                records, phones, emails, nips = _counts(session, year)
                texts = _scrub_texts(session, year)
                session.execute(update(PopulationRecord).where(PopulationRecord.year == year).values(
                    name=PURGED_NAME, phone=None, email=None, nip=None, raw_phone=None))
                report = PurgeReport(year, records, phones, emails, nips, texts, audit.utc_now().isoformat(
                    timespec="seconds"), actor.name)
                settings_store.put(session, f"{PURGED_PREFIX}{year}",
                                   {"at": report.at, "by": actor.name, "records": records})
                audit.record(session, actor, "purge", "populasi", f"Data pribadi populasi {year} dihapus: "
                             f"{report.describe()}", year=year, records=records, phones=phones, emails=emails,
                             nips=nips, texts=texts)
        finally:
            if sqlite:
                connection.exec_driver_sql("PRAGMA secure_delete = OFF")
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")  # no old page left in the log
                connection.commit()
    if database.engine.dialect.name == "postgresql":
        _rewrite_population_table(database)
    return report


def _rewrite_population_table(database: Database) -> None:
    """PostgreSQL keeps an updated row's old version in the table file until it is vacuumed; VACUUM FULL writes
    the table anew without them. (The server's write-ahead log and its own backups are the server
    administrator's to rotate; the user guide says so.)"""
    with database.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.exec_driver_sql("VACUUM FULL population_record")
