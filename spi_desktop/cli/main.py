"""The headless command line: ``spi [--db PATH_OR_URL] COMMAND ...``.

Exit 0 on success, 2 on bad input with an Indonesian message on stderr; ``--json`` prints exactly
one JSON object on stdout. Every command calls the same services as the GUI.

Building the parser loads no services (the command modules import theirs in their handlers), so ``spi --help``
and ``spi --version`` answer before pandas, SQLAlchemy or reportlab would have loaded.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from spi_desktop.cli import (
    accounts,
    audit,
    backup,
    db,
    demo,
    estimate,
    population,
    privacy,
    progress,
    results,
    scorecards,
    units,
    workspace,
    years,
)
from spi_desktop.cli.signin import add_login_options, sign_in_for_command
from spi_desktop.cli.support import (
    EXIT_BAD_INPUT,
    EXIT_FAILURE,
    EXIT_OK,
    IndonesianArgumentParser,
    VersionAction,
    subcommands,
)
from spi_desktop.domain.errors import InputError
from spi_desktop.domain.privacy import scrub_personal


@dataclass(frozen=True)
class Subcommand:
    """One top-level ``spi`` command: the function that adds its parser (and its handlers), and whether
    main() opens --db and signs in before the handler runs (``handler(database, args)``) or leaves that to the
    handler (``handler(args)``, e.g. ``db copy`` opens --from and --to itself)."""

    name: str
    add: Callable[[Any, argparse.ArgumentParser], None]
    needs_database: bool = True


# In the order ``spi --help`` lists them.
SUBCOMMANDS: tuple[Subcommand, ...] = (
    Subcommand("init", workspace.add_init_command),
    Subcommand("units", units.add_units_commands),
    Subcommand("years", years.add_year_commands),
    Subcommand("population", population.add_population_commands),
    Subcommand("progress", progress.add_progress_commands),
    Subcommand("results", results.add_results_commands),
    Subcommand("estimate", estimate.add_estimate_command),
    Subcommand("scorecards", scorecards.add_scorecard_command),
    Subcommand("backup", backup.add_backup_command),
    Subcommand("restore", backup.add_restore_command),
    Subcommand("privacy", privacy.add_privacy_commands),
    Subcommand("user", accounts.add_user_commands),
    Subcommand("audit", audit.add_audit_commands),
    Subcommand("db", db.add_db_commands, needs_database=False),
    Subcommand("demo", demo.add_demo_command),
)
_BY_NAME = {entry.name: entry for entry in SUBCOMMANDS}


def build_parser() -> argparse.ArgumentParser:
    """The argument parser; --db and --json are accepted before or after the command."""
    common = IndonesianArgumentParser(add_help=False)
    common.add_argument("--db", default=argparse.SUPPRESS, metavar="PATH_OR_URL",
                        help="berkas SQLite atau URL basis data (bawaan: $SPI_DB atau folder data pengguna)")
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                        help="cetak satu objek JSON di stdout")
    add_login_options(common)
    parser = IndonesianArgumentParser(prog="spi", parents=[common],
                                      description="SPI Desktop, perintah tanpa layar")
    parser.add_argument("--version", action=VersionAction, help="tampilkan versi program lalu keluar")
    commands = subcommands(parser, dest="command")
    for entry in SUBCOMMANDS:
        entry.add(commands, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit code."""
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as stop:  # argparse already printed the Indonesian message; --help exits 0
        return int(stop.code or 0)
    args.json = getattr(args, "json", False)
    try:
        if _BY_NAME[args.command].needs_database:
            _run_on_database(args)
        else:
            args.handler(args)
    except BrokenPipeError:  # the reader (e.g. `| head`) stopped listening: nothing left to tell anyone
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keeps Python's exit-time flush quiet
        return EXIT_FAILURE
    except InputError as error:
        return _fail(args, str(error), EXIT_BAD_INPUT)
    except Exception as error:  # database, driver or file trouble: a sentence, never a traceback
        from spi_desktop.services.errors import user_message

        return _fail(args, user_message(error), EXIT_FAILURE)
    return EXIT_OK


def _run_on_database(args: argparse.Namespace) -> None:
    from spi_desktop.services.database import open_database

    database = open_database(getattr(args, "db", None))
    try:
        sign_in_for_command(database, args)
        args.handler(database, args)
    finally:
        database.close()


def _fail(args: argparse.Namespace, message: str, code: int) -> int:
    message = scrub_personal(message)
    print(f"Kesalahan: {message}", file=sys.stderr)
    if args.json:
        print(json.dumps({"error": message, "exit": code}, ensure_ascii=False))
    return code
