"""Hand the clean lists to KPK: one file per group in the year's column layout, and the problems report.

Phones are E.164 text and NIPs text; any other cell starting with = + - @ is prefixed with ' so no
spreadsheet ever runs it as a formula.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pandas as pd
from sqlalchemy import select

from spi_desktop.db.models import PopulationRecord, Unit
from spi_desktop.db.session import Database
from spi_desktop.domain.demo_mark import DEMO_MARK
from spi_desktop.domain.errors import InputError
from spi_desktop.reports.files import write_complete
from spi_desktop.resources import load_json
from spi_desktop.services.jobs import JobContext, quiet_context
from spi_desktop.services.preferences import is_demo_workspace

FORMULA_STARTS = ("=", "+", "-", "@")
FETCH_ROWS = 20_000


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
    text = str(value)
    if field != "phone" and text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def _records(database: Database, year: int, group: str, include_flagged: bool) -> Iterator[dict[str, Any]]:
    query = (select(PopulationRecord, Unit.code, Unit.name).outerjoin(Unit, Unit.id == PopulationRecord.unit_id)
             .where(PopulationRecord.year == year, PopulationRecord.group == group)
             .order_by(Unit.code, PopulationRecord.name, PopulationRecord.id)
             .execution_options(yield_per=FETCH_ROWS))
    if not include_flagged:
        query = query.where(PopulationRecord.flagged.is_(False))
    with database.Session() as session:
        for record, unit_code, unit_name in session.execute(query):
            row = {column.name: getattr(record, column.key) for column in PopulationRecord.__table__.columns}
            row.update(unit_code=unit_code, unit_name=unit_name)
            yield row


def export_population(database: Database, year: int, group: str, out: Path, include_flagged: bool = False,
                      separator: str = ",", context: JobContext | None = None) -> int:
    """Write ``group``'s records of ``year`` to ``out`` (.xlsx or .csv); returns the number of rows."""
    context = context or quiet_context()
    columns, phone_format = export_template(year, group)
    write_phone = PHONE_FORMATS[phone_format]
    suffix = out.suffix.lower()
    if suffix not in {".xlsx", ".csv"}:
        raise InputError(f"{out.name}: ekspor hanya ke .xlsx atau .csv")
    headers = [c["header"] for c in columns]
    def cell(record: dict[str, Any], field: str) -> Any:
        value = record.get(field)
        return inert(write_phone(value) if field == "phone" and value else value, field)

    rows = ([cell(record, c["field"]) for c in columns] for record in _records(database, year, group, include_flagged))
    mark = DEMO_MARK if is_demo_workspace(database) else None  # KPK's upload refuses the marked file: good
    return write_complete(out, lambda partial: _write_xlsx(partial, headers, rows, context, mark) if suffix == ".xlsx"
                          else _write_csv(partial, headers, rows, separator, context, mark))


def _write_xlsx(path: Path, headers: list[str], rows: Iterator[list[Any]], context: JobContext,
                mark: str | None = None) -> int:
    from openpyxl import Workbook  # only exports need it; keeps every other command's start-up fast

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Populasi")
    if mark:
        sheet.append([mark])
    sheet.append(headers)
    count = 0
    for count, row in enumerate(rows, start=1):  # noqa: B007 - count is the result
        sheet.append(row)
        if count % FETCH_ROWS == 0:
            context.report(count, 0, f"Menulis {count:,} baris")
    workbook.save(path)
    return count


def _write_csv(path: Path, headers: list[str], rows: Iterator[list[Any]], separator: str,
               context: JobContext, mark: str | None = None) -> int:
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=separator)
        if mark:
            writer.writerow([mark])
        writer.writerow(headers)
        for count, row in enumerate(rows, start=1):  # noqa: B007 - count is the result
            writer.writerow(row)
            if count % FETCH_ROWS == 0:
                context.report(count, 0, f"Menulis {count:,} baris")
    return count


def export_problems(problems: pd.DataFrame, out: Path, demo: bool = False) -> int:
    """The problems report as .xlsx: original row, column, value, reason, kind (under the demo mark when the
    import ran in a demo workspace)."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Masalah")
    if demo:
        sheet.append([DEMO_MARK])
    sheet.append(["Baris", "Kolom", "Nilai", "Alasan", "Jenis"])
    for row_number, column, value, reason, kind in problems[["row", "column", "value", "reason", "kind"]].itertuples(
            index=False, name=None):
        sheet.append([int(row_number), column, inert(value, "value"), reason, kind])
    try:
        workbook.save(out)
    except OSError as error:
        raise InputError(f"{out} tidak dapat ditulis: {error.strerror}") from error
    return len(problems)
