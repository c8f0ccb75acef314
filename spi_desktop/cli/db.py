"""``spi db copy --from URL --to URL``: move a workspace between SQLite and PostgreSQL."""

from __future__ import annotations

import argparse
from typing import Any

from spi_desktop.cli.signin import sign_in_for_command
from spi_desktop.cli.support import command_group, emit
from spi_desktop.domain.formatting import format_int


def cmd_db_copy(args: argparse.Namespace) -> None:
    """Copy --from into --to; it opens both itself, so its registry entry says it needs no --db."""
    from spi_desktop.services.database import open_database
    from spi_desktop.services.db_copy import copy_workspace

    source = open_database(args.source)
    try:
        sign_in_for_command(source, args)  # the source's own accounts decide (an Admin may copy)
        target = open_database(args.target)
        try:
            report = copy_workspace(source, target)
        finally:
            target.close()
    finally:
        source.close()
    missing = (f"\nBerkas bukti yang sudah tidak ada di sumber: {', '.join(report.missing_evidence)}"
               if report.missing_evidence else "")
    emit(args, {"from": report.source, "to": report.target, "tables": report.tables, "rows": report.rows,
                "evidence_files": report.evidence_files, "missing_evidence": report.missing_evidence},
         "\n".join(f"{name:<24} {format_int(count):>9}" for name, count in report.tables.items())
         + f"\nDisalin {format_int(report.rows)} baris dari {report.source} ke {report.target}; jumlah per tabel sama"
         + f"\n{format_int(report.evidence_files)} berkas bukti ikut disalin" + missing)


def add_db_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    """Register ``spi db copy --from URL --to URL``."""
    actions = command_group(commands, "db", "basis data ruang kerja")
    copy = actions.add_parser("copy", parents=[common],
                              help="salin ruang kerja ke basis data lain yang kosong (SQLite ↔ PostgreSQL)")
    copy.add_argument("--from", dest="source", required=True, metavar="URL_ATAU_BERKAS")
    copy.add_argument("--to", dest="target", required=True, metavar="URL_ATAU_BERKAS")
    copy.set_defaults(handler=cmd_db_copy)
