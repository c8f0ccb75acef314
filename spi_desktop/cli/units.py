"""``spi units …``: the OPD list from the command line (import, list)."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from spi_desktop.cli import shapes
from spi_desktop.cli.support import command_group, emit
from spi_desktop.domain.privacy import scrub_personal

if TYPE_CHECKING:
    from spi_desktop.services.database import Database


def cmd_units_import(db: Database, args: argparse.Namespace) -> None:
    from spi_desktop.services import units

    summary = units.import_units(db, units.require_units_file(args.file), year=args.year, sheet=args.sheet)
    for problem in summary.problems:
        print(f"Ditolak: {scrub_personal(str(problem))}", file=sys.stderr)
    for problem in summary.warnings:
        print(f"Peringatan: {scrub_personal(str(problem))}", file=sys.stderr)
    if summary.unmapped:
        print(f"Kolom tidak dibaca: {', '.join(summary.unmapped)}", file=sys.stderr)
    if summary.unread_sheets:
        print(f"Lembar lain tidak dibaca: {', '.join(summary.unread_sheets)}", file=sys.stderr)
    emit(args, shapes.units_import(summary),
          f"Dibaca {summary.read}, ditambah {summary.added}, diperbarui {summary.updated}, "
          f"tidak berubah {summary.unchanged}, ditolak {summary.rejected}"
          + (f", {summary.skipped} baris dilewati (jumlah/tanda tangan)" if summary.skipped else "")
          + (f", {len(summary.warnings)} nilai dikosongkan" if summary.warnings else ""))


def cmd_units_list(db: Database, args: argparse.Namespace) -> None:
    from spi_desktop.services import units

    infos = units.list_units(db, year=args.year)
    rows = [{"code": i.code, "name": i.name, "short_name": i.record.short_name, "active": i.active,
             "head_name": i.record.head_name, "pic_name": i.record.pic_name} for i in infos]
    text = "\n".join(f"{r['code']:<14} {r['name']}{'' if r['active'] else '  (tidak aktif)'}" for r in rows)
    emit(args, {"units": rows}, text or "Belum ada OPD")


def add_units_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    """Register ``spi units import FILE`` and ``spi units list``."""
    actions = command_group(commands, "units", "daftar OPD")
    unit_import = actions.add_parser("import", parents=[common], help="impor OPD dari .xlsx/.csv")
    unit_import.add_argument("file")
    unit_import.add_argument("--year", type=int, help="tandai OPD yang diimpor aktif di tahun ini")
    unit_import.add_argument("--sheet", help="nama lembar kerja (bawaan: lembar pertama)")
    unit_import.set_defaults(handler=cmd_units_import)
    unit_list = actions.add_parser("list", parents=[common], help="tampilkan OPD")
    unit_list.add_argument("--year", type=int)
    unit_list.set_defaults(handler=cmd_units_list)
