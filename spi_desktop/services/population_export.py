"""Hand the clean lists to KPK: one file per group in the year's column layout, the pseudonymous list (no
identities) and the problems report.

Phones are E.164 text and NIPs text; any other cell that a spreadsheet would read as a formula is prefixed
with ' (``domain.inert``). Exports carry personal data, so each needs the EXPORT permission and leaves an
audit line; the KPK list also needs a reason.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from itertools import chain, groupby
from pathlib import Path
from typing import Any

from sqlalchemy import select

from spi_desktop.db.models import PopulationRecord, Unit
from spi_desktop.db.session import Database
from spi_desktop.domain.demo_mark import DEMO_MARK
from spi_desktop.domain.errors import InputError
from spi_desktop.domain.export_reasons import POPULATION_EXPORT_REASON
from spi_desktop.domain.inert import inert_phone, inert_text
from spi_desktop.domain.roles import Permission
from spi_desktop.domain.survey_year import GROUP_NAMES
from spi_desktop.reports.sheets import table_suffix, write_rows
from spi_desktop.resources import load_json
from spi_desktop.services import audit
from spi_desktop.services.access import require
from spi_desktop.services.jobs import JobContext, quiet_context
from spi_desktop.services.preferences import is_demo_workspace
from spi_desktop.services.privacy import pseudonym, pseudonym_key

FETCH_ROWS = 20_000
DEFAULT_REASON = POPULATION_EXPORT_REASON
SHEET_NAME = "Populasi"  # KPK's upload reads this sheet


def _national(phone: str) -> str:
    return "0" + phone[3:] if phone.startswith("+62") else phone


PHONE_FORMATS: dict[str, Callable[[str], str]] = {"e164": str, "62": lambda phone: phone.lstrip("+"), "0": _national}


def export_template(year: int, group: str) -> tuple[list[dict[str, str]], str]:
    """The columns KPK expects for ``group`` in ``year`` (a year's own entry, else the default), and how
    phones are written there: 'e164' (+62812…, the default), '62' (62812…) or '0' (0812…)."""
    templates = load_json("kpk_templates", "population.json")
    chosen = templates.get(str(year), templates["default"])
    phone_format = chosen.get("phone_format", "e164")
    if phone_format not in PHONE_FORMATS:
        raise InputError(f"Templat ekspor {year}: format nomor '{phone_format}' tidak dikenal; pilih "
                         f"{', '.join(PHONE_FORMATS)}")
    return list(chosen["groups"][group]), phone_format


def inert(value: Any, field: str) -> Any:
    """A cell value that a spreadsheet shows as typed and never evaluates."""
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return inert_phone(value) if field == "phone" else inert_text(value)


def _records(database: Database, year: int, group: str, include_flagged: bool,
             by_name: bool = True) -> Iterator[dict[str, Any]]:
    order = (Unit.code, PopulationRecord.name, PopulationRecord.id) if by_name else (Unit.code, PopulationRecord.id)
    query = (select(PopulationRecord, Unit.code, Unit.name).outerjoin(Unit, Unit.id == PopulationRecord.unit_id)
             .where(PopulationRecord.year == year, PopulationRecord.group == group)
             .order_by(*order).execution_options(yield_per=FETCH_ROWS))
    if not include_flagged:
        query = query.where(PopulationRecord.flagged.is_(False))
    with database.Session() as session:
        for record, unit_code, unit_name in session.execute(query):
            row = {column.name: getattr(record, column.key) for column in PopulationRecord.__table__.columns}
            row.update(unit_code=unit_code, unit_name=unit_name)
            yield row


def not_empty(rows: Iterator[Any], year: int, group: str) -> Iterator[Any]:
    """``rows`` unchanged, or ``InputError`` before any file is written when there is none: an empty file
    handed to KPK says nothing, a refusal says why."""
    first = next(rows, None)
    if first is None:
        name = GROUP_NAMES.get(group, group)
        raise InputError(f"Belum ada responden kelompok {name[:1].upper()}{name[1:]} tahun {year} untuk diekspor; "
                         "tidak ada berkas yang ditulis.")
    return chain([first], rows)


def _check_suffix(out: Path) -> None:
    table_suffix(out, f"{out.name}: ekspor hanya ke .xlsx atau .csv")


def export_population(database: Database, year: int, group: str, out: Path, include_flagged: bool = False,
                      separator: str = ",", context: JobContext | None = None, reason: str = "") -> int:
    """Write ``group``'s records of ``year`` to ``out`` (.xlsx or .csv); returns the number of rows.

    The list holds names and contacts: it needs the EXPORT permission and a ``reason``, which the audit line
    keeps with who exported what, when and to which file.
    """
    actor = require(database, Permission.EXPORT)
    if not reason.strip():
        raise InputError("Alasan ekspor data pribadi wajib diisi")
    context = context or quiet_context()
    columns, phone_format = export_template(year, group)
    write_phone = PHONE_FORMATS[phone_format]
    _check_suffix(out)
    headers = [c["header"] for c in columns]
    def cell(record: dict[str, Any], field: str) -> Any:
        value = record.get(field)
        return inert(write_phone(value) if field == "phone" and value else value, field)

    records = not_empty(_records(database, year, group, include_flagged), year, group)
    rows = ([cell(record, c["field"]) for c in columns] for record in records)
    mark = DEMO_MARK if is_demo_workspace(database) else None  # KPK's upload refuses the marked file: good
    count = write_rows(out, SHEET_NAME, headers, rows, mark=mark, separator=separator, context=context)
    audit.record_now(database, actor, "export", "populasi",
                     f"Daftar populasi {group} {year} diekspor ke {out.name} ({count} baris)", year=year,
                     group=group, rows=count, file=out.name, reason=reason.strip(), include_flagged=include_flagged)
    return count


PSEUDONYM_HEADERS = ["Pseudonim", "Kode OPD", "OPD", "Kelompok", "Jabatan", "Kategori", "Jenis layanan",
                     "Status kepegawaian", "TMT instansi", "TMT unit", "Tanggal layanan", "Tidak memenuhi syarat"]


def _month(value: dt.date | None) -> str:
    """A date reduced to its year and month: enough for analysis, too coarse to pick out a person."""
    return f"{value:%Y-%m}" if value else ""


def _shuffled_by_unit(rows: Iterator[list[str]]) -> Iterator[list[str]]:
    """Rows grouped by OPD and, inside one OPD, ordered by pseudonym: the order of names or of the source
    file would tell the reader something the pseudonyms hide."""
    for _unit, unit_rows in groupby(rows, key=lambda row: row[1]):
        yield from sorted(unit_rows, key=lambda row: row[0])


def export_pseudonymous(database: Database, year: int, group: str, out: Path,
                        context: JobContext | None = None) -> int:
    """Write ``group``'s records of ``year`` without identities to ``out`` (.xlsx or .csv): no name, phone,
    e-mail or NIP, a stable pseudonym per record, dates as year-month; flagged rows included and marked.
    Needs the EXPORT permission and leaves an audit line; works on a purged year too. Returns the rows."""
    actor = require(database, Permission.EXPORT)
    context = context or quiet_context()
    _check_suffix(out)
    key = pseudonym_key(database)

    def row(record: dict[str, Any]) -> list[str]:
        values = [pseudonym(key, record["id"]), record["unit_code"], record["unit_name"], record["group"],
                  record["position"], record["category"], record["service_type"], record["employment_status"]]
        months = [_month(record[name]) for name in ("tmt_institution", "tmt_unit", "service_date")]
        return [inert_text(value) for value in values] + months + ["Ya" if record["flagged"] else "Tidak"]

    records = not_empty(_records(database, year, group, True, by_name=False), year, group)
    rows = _shuffled_by_unit(row(record) for record in records)
    mark = DEMO_MARK if is_demo_workspace(database) else None
    count = write_rows(out, SHEET_NAME, PSEUDONYM_HEADERS, rows, mark=mark, context=context)
    audit.record_now(database, actor, "export", "populasi",
                     f"Daftar populasi {group} {year} tanpa identitas (pseudonim) diekspor ke {out.name} "
                     f"({count} baris)", year=year, group=group, rows=count, file=out.name, pseudonymous=True)
    return count

