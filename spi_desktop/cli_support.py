"""What every CLI command shares: the Indonesian argument parser, argument types, output and exit codes."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from typing import Any, NoReturn

EXIT_OK, EXIT_FAILURE, EXIT_BAD_INPUT = 0, 1, 2


class IndonesianArgumentParser(argparse.ArgumentParser):
    """argparse with its error line prefixed in Indonesian (exit code 2 as usual)."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: argumen salah: {message}\n")


def iso_date(text: str) -> dt.date:
    """An argparse type: a YYYY-MM-DD date, or exit 2 with an Indonesian message."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' bukan tanggal YYYY-MM-DD yang sah") from None


def emit(args: argparse.Namespace, data: dict[str, Any], text: str) -> None:
    """Print ``data`` as one JSON object with --json, else ``text``."""
    print(json.dumps(data, ensure_ascii=False) if args.json else text)
