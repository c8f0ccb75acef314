"""``spi scorecards``: write the year's scorecards as PDF files from the command line."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spi_desktop.cli import shapes
from spi_desktop.cli.support import emit

if TYPE_CHECKING:
    from spi_desktop.services.database import Database


def cmd_scorecards(db: Database, args: argparse.Namespace) -> None:
    from spi_desktop.services.scorecard_batch import write_scorecards

    result = write_scorecards(db, args.year, Path(args.out), args.unit or None, args.institution, args.combined)
    emit(args, shapes.scorecards(result), f"{len(result.files)} berkas, {result.pages} halaman, di {args.out}")


def add_scorecard_command(commands: Any, common: argparse.ArgumentParser) -> None:
    """Register ``spi scorecards --year Y --out DIR [--unit CODE ...] [--institution] [--combined]``."""
    cards = commands.add_parser("scorecards", parents=[common], help="kartu skor PDF per OPD")
    cards.add_argument("--year", type=int, required=True)
    cards.add_argument("--out", required=True, help="folder tujuan")
    cards.add_argument("--unit", nargs="+", metavar="CODE", help="kode OPD (bawaan: semua OPD yang punya hasil)")
    cards.add_argument("--institution", action="store_true", help="tulis juga kartu instansi")
    cards.add_argument("--combined", action="store_true", help="tulis juga satu PDF gabungan")
    cards.set_defaults(handler=cmd_scorecards)
