"""The report files that leave the app (the lagging list, the action plan sheet, chart pictures): each needs the
EXPORT permission and leaves one audit line saying what went to which file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from spi_desktop.db.session import Database
from spi_desktop.domain.action_plan import ActionFilter
from spi_desktop.domain.errors import InputError
from spi_desktop.domain.export_reasons import LAGGING_EXPORT_REASON
from spi_desktop.domain.lagging import LaggingReport
from spi_desktop.domain.roles import Permission
from spi_desktop.services import audit
from spi_desktop.services.access import require
from spi_desktop.services.action_plans import list_actions, list_recommendations
from spi_desktop.services.preferences import is_demo_workspace
from spi_desktop.services.progress_chasing import lagging_report
from spi_desktop.services.workspace import get_workspace
from spi_desktop.services.years import get_year

CHART_NAMES = {"attainment": "capaian per OPD", "over_time": "selesai dari waktu ke waktu",
               "gap": "kesenjangan OPD paling tertinggal"}


LAGGING_REASON = LAGGING_EXPORT_REASON


def export_lagging(database: Database, year: int, out: Path, today: dt.date | None = None,
                   reason: str = "") -> LaggingReport:
    """Write the lagging list of ``year`` to ``out`` (.pdf or .xlsx) and return the report it was drawn from.

    The sheet names each OPD's PIC with a phone number (personal data) and the PDF page each OPD's figures, so a
    ``reason`` is needed and logged for both."""
    from spi_desktop.reports.lagging import write_lagging

    actor = require(database, Permission.EXPORT)
    if not reason.strip():
        holds = "nama OPD dan capaiannya" if out.suffix.lower() == ".pdf" else "nama dan No. HP PIC"
        raise InputError(f"Alasan ekspor wajib diisi: daftar ini memuat {holds}")
    report = lagging_report(database, year, today)
    write_lagging(report, out)
    audit.record_now(database, actor, "export", "kemajuan", f"Daftar OPD tertinggal {year} diekspor ke {out.name} "
                     f"({len(report.rows)} OPD)", year=year, rows=len(report.rows), file=out.name,
                     reason=reason.strip())
    return report


def export_action_plans(database: Database, year: int, action_filter: ActionFilter, out: Path,
                        today: dt.date | None = None) -> int:
    """Write the activities of ``year`` that ``action_filter`` lets through, in the board's order, to ``out``
    (.xlsx) under the institution's name, with element names and the demo mark where it applies; returns the
    rows written. ``today`` is the day 'overdue' is measured against (None = today)."""
    from spi_desktop.reports.action_plans import write_actions_xlsx

    actor = require(database, Permission.EXPORT)
    rows = action_filter.shown(list_recommendations(database, year), list_actions(database, year, today))
    workspace = get_workspace(database)
    elements = {element.code: element.name for element in get_year(database, year).elements}
    write_actions_xlsx(rows, year, workspace.name if workspace else "", out, elements, is_demo_workspace(database))
    audit.record_now(database, actor, "export", "rencana aksi", f"Rencana aksi {year} diekspor ke {out.name} "
                     f"({len(rows)} kegiatan)", year=year, rows=len(rows), file=out.name)
    return len(rows)


def check_export(database: Database) -> None:
    """``PermissionDenied`` unless the acting user may export: for a view that writes the file itself."""
    require(database, Permission.EXPORT)


def note_chart_export(database: Database, which: str, out: Path) -> None:
    """Record that chart ``which`` was saved as a picture at ``out`` (the charts page draws and saves it)."""
    actor = require(database, Permission.EXPORT)
    name = CHART_NAMES.get(which, which)
    audit.record_now(database, actor, "export", "grafik", f"Grafik {name} diekspor ke {out.name}", chart=which,
                     file=out.name)
