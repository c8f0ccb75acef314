"""``spi init``: name the workspace's institution."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from spi_desktop.cli.support import emit

if TYPE_CHECKING:
    from spi_desktop.services.database import Database


def cmd_init(db: Database, args: argparse.Namespace) -> None:
    from spi_desktop.services import workspace

    info = workspace.init_workspace(db, args.code, args.name, args.type)
    emit(args, {"code": info.code, "name": info.name, "type": info.type},
          f"Ruang kerja siap: {info.name} ({info.code}, {info.type}) di {db.describe()}")


def add_init_command(commands: Any, common: argparse.ArgumentParser) -> None:
    """Register ``spi init --code C --name N --type T``."""
    init = commands.add_parser("init", parents=[common], help="atur instansi ruang kerja")
    init.add_argument("--code", required=True)
    init.add_argument("--name", required=True)
    init.add_argument("--type", required=True, help="kementerian, lembaga, provinsi, kabupaten, kota, bumn")
    init.set_defaults(handler=cmd_init)
