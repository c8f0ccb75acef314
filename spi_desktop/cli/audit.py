"""``spi audit …``: the audit trail from the command line (list, export)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spi_desktop.cli.support import command_group, emit, iso_date
from spi_desktop.domain.audit_actions import ACTION_LABELS
from spi_desktop.domain.formatting import format_int

if TYPE_CHECKING:
    from spi_desktop.services.audit import AuditFilter, AuditLine
    from spi_desktop.services.database import Database


def _filter(args: argparse.Namespace) -> AuditFilter:
    from spi_desktop.services.audit import AuditFilter

    return AuditFilter(start=args.start, end=args.end, user=args.by, action=args.action, text=args.text or "")


def line_dict(line: AuditLine) -> dict[str, Any]:
    """The JSON shape of one audit line."""
    return {"id": line.id, "at": line.at.isoformat(timespec="seconds"), "user": line.user_name, "role": line.role,
            "action": line.action, "area": line.area, "summary": line.summary, "details": line.details}


def cmd_audit_list(db: Database, args: argparse.Namespace) -> None:
    from spi_desktop.services import audit

    lines, total = audit.audit_lines(db, _filter(args), limit=args.limit)
    emit(args, {"entries": [line_dict(line) for line in lines], "total": total},
         "\n".join(f"{line.at:%Y-%m-%d %H:%M:%S}  {line.user_name:<12} {line.action_label:<16} {line.summary}"
                   for line in lines) or "Tidak ada baris jejak audit")


def cmd_audit_export(db: Database, args: argparse.Namespace) -> None:
    from spi_desktop.services.audit_export import export_audit

    count = export_audit(db, Path(args.out), _filter(args))
    emit(args, {"out": args.out, "rows": count}, f"{format_int(count)} baris jejak audit ditulis ke {args.out}")


def add_audit_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    """Register ``spi audit list`` and ``spi audit export --out FILE``, with the same filters."""
    trail = command_group(commands, "audit", "jejak audit")
    for name, handler, text in (("list", cmd_audit_list, "tampilkan jejak audit (terbaru dulu)"),
                                ("export", cmd_audit_export, "ekspor jejak audit ke .xlsx/.csv")):
        sub = trail.add_parser(name, parents=[common], help=text)
        sub.add_argument("--from", dest="start", type=iso_date, metavar="YYYY-MM-DD")
        sub.add_argument("--to", dest="end", type=iso_date, metavar="YYYY-MM-DD")
        sub.add_argument("--by", metavar="NAMA", help="hanya tindakan pengguna ini")
        sub.add_argument("--action", choices=sorted(ACTION_LABELS))
        sub.add_argument("--text", help="cari di ringkasan")
        if name == "list":
            sub.add_argument("--limit", type=int, default=100)
        else:
            sub.add_argument("--out", required=True)
        sub.set_defaults(handler=handler)
