"""What every CLI command shares: the Indonesian argument parser, command groups, argument types, output and
exit codes."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from typing import Any

from spi_desktop.argparse_id import ARGPARSE_INDONESIAN as ARGPARSE_INDONESIAN  # re-exported for the commands
from spi_desktop.argparse_id import ARGPARSE_INDONESIAN_PLURAL as ARGPARSE_INDONESIAN_PLURAL
from spi_desktop.argparse_id import UNRECOGNIZED as UNRECOGNIZED
from spi_desktop.argparse_id import IndonesianArgumentParser as IndonesianArgumentParser
from spi_desktop.argparse_id import indonesian_argparse as indonesian_argparse

EXIT_OK, EXIT_FAILURE, EXIT_BAD_INPUT = 0, 1, 2


class VersionAction(argparse.Action):
    """``--version``: print ``SPI Desktop <version>`` and exit 0. The version is read from the package metadata
    only when asked, so building the parser stays cheap."""

    def __init__(self, option_strings: list[str], dest: str = argparse.SUPPRESS, help: str | None = None) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=help)

    def __call__(self, parser: argparse.ArgumentParser, _namespace: argparse.Namespace, _values: Any,
                 option_string: str | None = None) -> None:
        from spi_desktop.services.about import app_version

        print(f"SPI Desktop {app_version()}")
        parser.exit(EXIT_OK)


def subcommands(parser: argparse.ArgumentParser, dest: str = "action") -> Any:
    """The required subcommand choice of ``parser``, whose subparsers are Indonesian too."""
    return parser.add_subparsers(dest=dest, required=True, parser_class=IndonesianArgumentParser)


def command_group(commands: Any, name: str, help: str, dest: str = "action") -> Any:
    """Add the command ``name`` to ``commands`` and return its own subcommands (e.g. ``spi units`` → ``list``)."""
    return subcommands(commands.add_parser(name, help=help), dest)


def iso_date(text: str) -> dt.date:
    """An argparse type: a YYYY-MM-DD date, or exit 2 with an Indonesian message."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' bukan tanggal YYYY-MM-DD yang sah") from None


def emit(args: argparse.Namespace, data: dict[str, Any], text: str) -> None:
    """Print ``data`` as one JSON object with --json, else ``text``."""
    print(json.dumps(data, ensure_ascii=False) if args.json else text)
