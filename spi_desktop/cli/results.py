"""``spi results …``: official SPI results from the command line (import, show)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spi_desktop.cli import shapes
from spi_desktop.cli.support import command_group, emit
from spi_desktop.domain.formatting import format_decimal

if TYPE_CHECKING:
    from spi_desktop.services.database import Database


def cmd_results_import(db: Database, args: argparse.Namespace) -> None:
    from spi_desktop.services import results

    choice: results.OnDuplicate = "replace" if args.replace else "skip" if args.skip else "ask"
    result = results.import_results(db, Path(args.file), choice)
    for problem in result.problems:
        print(f"Ditolak: {problem}", file=sys.stderr)
    emit(args, shapes.results_import(result),
         f"Dibaca {result.read}, disimpan {result.imported}, ditolak {result.rejected}"
         + (f", diganti {result.replaced}" if result.replaced else "")
         + (f", dilewati {result.skipped}" if result.skipped else ""))


def cmd_results_show(db: Database, args: argparse.Namespace) -> None:
    from spi_desktop.services import results_read

    found = results_read.results_for_year(db, args.year, args.unit)
    rows = [{"code": r.code or "INSTANSI", "name": r.name, "index": r.index.score, "band": r.index.band,
             "internal": r.internal, "external": r.external, "expert": r.expert, "correction": r.correction,
             "elements": {code: banded.score for code, banded in r.elements.items()},
             "element_bands": {code: banded.band for code, banded in r.elements.items()},
             "change": r.change, "previous_year": r.previous_year, "national_index": r.national_index,
             "type_average": r.type_average, "source": r.source,
             "source_date": r.source_date.isoformat() if r.source_date else None} for r in found]
    text = "\n".join(f"{r.code or 'INSTANSI':<14} {format_decimal(r.index.score):>6}  {r.index.band or '–'}"
                     for r in found)
    emit(args, {"year": args.year, "results": rows}, text or f"Belum ada hasil resmi {args.year}")


def add_results_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    """Register ``spi results import`` and ``spi results show``."""
    actions = command_group(commands, "results", "hasil resmi SPI")
    imp = actions.add_parser("import", parents=[common], help="impor hasil resmi dari .xlsx/.csv")
    imp.add_argument("file")
    same = imp.add_mutually_exclusive_group()
    same.add_argument("--replace", action="store_true", help="ganti hasil kode dan tahun yang sudah tersimpan")
    same.add_argument("--skip", action="store_true", help="lewati hasil kode dan tahun yang sudah tersimpan")
    imp.set_defaults(handler=cmd_results_import)
    show = actions.add_parser("show", parents=[common], help="hasil satu tahun dengan kategorinya")
    show.add_argument("--year", type=int, required=True)
    show.add_argument("--unit", help="kode OPD (INSTANSI untuk instansi)")
    show.set_defaults(handler=cmd_results_show)
