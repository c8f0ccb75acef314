"""``spi progress …``: response monitoring from the command line (import, show, lagging, targets)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spi_desktop.cli import shapes
from spi_desktop.cli.support import command_group, emit, iso_date
from spi_desktop.domain.export_reasons import LAGGING_EXPORT_REASON
from spi_desktop.domain.formatting import format_int
from spi_desktop.domain.import_fields import PROGRESS_FIELDS as FIELDS
from spi_desktop.domain.survey_year import GROUPS

if TYPE_CHECKING:
    from spi_desktop.services.database import Database


def cmd_progress_import(db: Database, args: argparse.Namespace) -> None:
    from spi_desktop.services import progress

    on_existing: progress.OnExisting = "replace" if args.replace else "keep" if args.keep_both else "ask"
    result = progress.import_progress(db, Path(args.file), args.year, args.date, on_existing, sheet=args.sheet,
                                      mapping=dict(args.map or []), group=args.group)
    for problem in result.problems:
        print(f"Ditolak: {problem}", file=sys.stderr)
    for warning in result.warnings:
        print(f"Peringatan: {warning}", file=sys.stderr)
    emit(args, shapes.progress_import(result),
         f"Tanggal {result.date:%d-%m-%Y}: dibaca {format_int(result.read)}, disimpan "
         f"{format_int(result.imported)}, ditolak {format_int(result.rejected)}")


def cmd_progress_show(db: Database, args: argparse.Namespace) -> None:
    from spi_desktop.services import progress

    latest, rows = progress.progress_matrix(db, args.year, args.date)
    units = [{"code": r.code, "group": r.group, "target": r.target, "completed": r.completed,
              "invited": r.invited, "attainment": r.attainment, "response_rate": r.response_rate,
              "light": r.light, "sufficient": r.sufficient, "projected": r.projected,
              "projected_attainment": r.projected_attainment, "population_list": r.list_status} for r in rows]
    completed, target = progress.institution_total(rows)
    total = {"target": target, "completed": completed, "attainment": completed / target if target else None}
    text = "\n".join(f"{u['code'] or 'INSTANSI':<14} {u['group']:<9} {u['completed']:>6}/{u['target'] or '-':<6}"
                     for u in units)
    emit(args, {"date": latest.isoformat() if latest else None, "units": units, "total": total},
          text or "Belum ada data kemajuan")


def cmd_progress_lagging(db: Database, args: argparse.Namespace) -> None:
    from spi_desktop.services import report_exports

    report = report_exports.export_lagging(db, args.year, Path(args.out), reason=args.reason)
    rows = [{"rank": r.rank, "code": r.code, "name": r.name, "gap": r.gap, "attainment": r.attainment,
             "groups": {g: {"completed": p.completed, "target": p.target} for g, p in r.groups.items()}}
            for r in report.rows]
    emit(args, {"date": report.as_of.isoformat() if report.as_of else None, "out": args.out, "units": rows},
         f"{len(rows)} OPD belum mencapai target; ditulis ke {args.out}")


def cmd_targets_show(db: Database, args: argparse.Namespace) -> None:
    from spi_desktop.services import progress_targets

    rows = progress_targets.target_rows(db, args.year)
    data = [{"code": r.code, "group": r.group, "target": r.sample_target, "eligible": r.eligible,
             "derived": r.derived, "population_sent": r.population_sent, "invitations_sent": r.invitations_sent,
             "stored": r.stored} for r in rows]
    text = "\n".join(f"{r.code or 'INSTANSI':<14} {r.group:<9} {'-' if r.sample_target is None else r.sample_target:>6}"
                     f"  {'tersimpan' if r.stored else 'turunan'}" for r in rows)
    emit(args, {"year": args.year, "targets": data}, text or "Belum ada OPD")


def cmd_targets_import(db: Database, args: argparse.Namespace) -> None:
    from spi_desktop.services import progress_targets

    stored = progress_targets.import_targets(db, Path(args.file), args.year)
    emit(args, {"year": args.year, "stored": stored}, f"{stored} target disimpan")


def _field_mapping(text: str) -> tuple[str, str]:
    field, _, header = text.partition("=")
    if field not in FIELDS or not header.strip():
        raise argparse.ArgumentTypeError(f"'{text}' harus berbentuk ISIAN=Judul kolom; isian: {', '.join(FIELDS)}")
    return field, header.strip()


def add_progress_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    """Register ``spi progress import|show|lagging`` and ``spi progress targets show|import``."""
    actions = command_group(commands, "progress", "kemajuan pengisian survei")
    imp = actions.add_parser("import", parents=[common], help="impor jumlah responden per OPD dan kelompok")
    imp.add_argument("file")
    imp.add_argument("--year", type=int, required=True)
    imp.add_argument("--date", type=iso_date, help="tanggal data (YYYY-MM-DD; bawaan: hari ini)")
    same_day = imp.add_mutually_exclusive_group()
    same_day.add_argument("--replace", action="store_true", help="ganti data tanggal yang sama")
    same_day.add_argument("--keep-both", action="store_true", help="simpan di samping data tanggal yang sama")
    imp.add_argument("--sheet", help="nama lembar kerja (bawaan: lembar pertama)")
    imp.add_argument("--group", choices=GROUPS,
                     help="kelompok untuk berkas tanpa kolom kelompok (satu berkas per kelompok)")
    imp.add_argument("--map", action="append", type=_field_mapping, metavar="ISIAN=KOLOM",
                     help=f"pasangkan isian ({', '.join(FIELDS)}) dengan judul kolom berkas; boleh berulang")
    imp.set_defaults(handler=cmd_progress_import)
    show = actions.add_parser("show", parents=[common], help="matriks OPD × kelompok")
    show.add_argument("--year", type=int, required=True)
    show.add_argument("--date", type=iso_date, help="per tanggal (bawaan: data terakhir)")
    show.set_defaults(handler=cmd_progress_show)
    lagging = actions.add_parser("lagging", parents=[common], help="daftar OPD tertinggal (.pdf satu halaman/.xlsx)")
    lagging.add_argument("--year", type=int, required=True)
    lagging.add_argument("--out", required=True, help="berkas .pdf atau .xlsx")
    lagging.add_argument("--reason", default=LAGGING_EXPORT_REASON, metavar="TEXT",
                         help="alasan ekspor (daftar memuat No. HP PIC), dicatat di jejak audit (bawaan: %(default)s)")
    lagging.set_defaults(handler=cmd_progress_lagging)
    targets = command_group(actions, "targets", "target sampel per OPD dan kelompok", dest="targets_action")
    targets_show = targets.add_parser("show", parents=[common], help="target yang berlaku")
    targets_show.add_argument("--year", type=int, required=True)
    targets_show.set_defaults(handler=cmd_targets_show)
    targets_import = targets.add_parser("import", parents=[common], help="impor target dari .xlsx/.csv")
    targets_import.add_argument("file")
    targets_import.add_argument("--year", type=int, required=True)
    targets_import.set_defaults(handler=cmd_targets_import)
