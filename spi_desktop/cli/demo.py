"""``spi demo``: build the demo workspace (Kabupaten Sukamaju) with its training population."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from spi_desktop.cli.support import emit
from spi_desktop.domain.formatting import format_int

if TYPE_CHECKING:
    from spi_desktop.services.database import Database


def cmd_demo(db: Database, args: argparse.Namespace) -> None:
    from spi_desktop.services import demo
    from spi_desktop.services.training_data import add_training_population

    summary = demo.build_demo(db)
    respondents = add_training_population(db)
    emit(args, {"institution": summary.institution, "units": summary.units, "db": db.describe(),
                "respondents": respondents},
         f"Ruang kerja demo dibuat: {summary.institution}, {format_int(summary.units)} OPD, "
         f"{format_int(respondents)} responden populasi, di {db.describe()}")


def add_demo_command(commands: Any, common: argparse.ArgumentParser) -> None:
    """Register ``spi demo``."""
    commands.add_parser("demo", parents=[common], help="buat ruang kerja demo (Kabupaten Sukamaju)"
                        ).set_defaults(handler=cmd_demo)
