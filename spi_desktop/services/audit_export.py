"""The audit trail to a spreadsheet (.xlsx or .csv) for an auditor, itself recorded in the trail."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from spi_desktop.db.session import Database
from spi_desktop.domain.inert import inert_text
from spi_desktop.domain.roles import Permission
from spi_desktop.reports.sheets import table_suffix, write_rows
from spi_desktop.services import audit
from spi_desktop.services.access import require
from spi_desktop.services.audit import AuditFilter, AuditLine

HEADERS = ["Waktu", "Pengguna", "Peran", "Tindakan", "Bagian", "Ringkasan", "Nilai lama", "Nilai baru", "Rincian"]


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True) if value else ""


def audit_row(line: AuditLine) -> list[str]:
    """One line as spreadsheet cells (all text, inert)."""
    details = {k: v for k, v in line.details.items() if k not in {"old", "new"}}
    cells = [line.at.strftime("%Y-%m-%d %H:%M:%S"), line.user_name, line.role, line.action_label, line.area,
             line.summary, _json(line.details.get("old")), _json(line.details.get("new")), _json(details)]
    return [inert_text(cell) for cell in cells]  # a summary may quote a user's '=HYPERLINK(…)'


def export_audit(database: Database, out: Path, chosen: AuditFilter | None = None) -> int:
    """Write every entry matching ``chosen`` (newest first) to ``out``; returns how many."""
    actor = require(database, Permission.AUDIT)
    table_suffix(out, f"{out.name}: ekspor jejak audit hanya ke .xlsx atau .csv")
    lines, _total = audit.audit_lines(database, chosen, limit=None)
    rows = [audit_row(line) for line in lines]
    write_rows(out, "Jejak audit", HEADERS, rows)
    audit.record_now(database, actor, "export", "jejak audit", f"Jejak audit diekspor ke {out.name}: {len(rows)} baris",
                     file=out.name, rows=len(rows))
    return len(rows)

