"""What every CLI command shares: the Indonesian argument parser, command groups, argument types, output and
exit codes."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, NoReturn, TypeVar

EXIT_OK, EXIT_FAILURE, EXIT_BAD_INPUT = 0, 1, 2

# argparse's own English (Python 3.11's msgids, looked up through its module-level ``_``/``ngettext``), in
# Indonesian. A msgid not listed stays English.
ARGPARSE_INDONESIAN = {
    "usage: ": "pemakaian: ",
    "options": "opsi",
    "positional arguments": "argumen posisi",
    "subcommands": "subperintah",
    "show this help message and exit": "tampilkan bantuan ini lalu keluar",
    "argument %(argument_name)s: %(message)s": "argumen %(argument_name)s: %(message)s",
    "the following arguments are required: %s": "argumen berikut wajib diisi: %s",
    "one of the arguments %s is required": "salah satu argumen %s wajib diisi",
    "invalid choice: %(value)r (choose from %(choices)s)": "pilihan tidak sah: %(value)r (pilih dari %(choices)s)",
    "invalid %(type)s value: %(value)r": "nilai %(type)s tidak sah: %(value)r",
    "expected one argument": "perlu satu nilai",
    "expected at most one argument": "paling banyak satu nilai",
    "expected at least one argument": "perlu sedikitnya satu nilai",
    "unrecognized arguments: %s": "argumen tidak dikenal: %s",
    "not allowed with argument %s": "tidak boleh bersama argumen %s",
    "ignored explicit argument %r": "nilai %r tidak dipakai",
    "ambiguous option: %(option)s could match %(matches)s": "opsi rancu: %(option)s dapat berarti %(matches)s",
    "unexpected option string: %s": "opsi tak terduga: %s",
    "unknown parser %(parser_name)r (choices: %(choices)s)":
        "perintah %(parser_name)r tidak dikenal (pilihan: %(choices)s)",
    "can't open '%(filename)s': %(error)s": "'%(filename)s' tidak dapat dibuka: %(error)s",
    "%(prog)s: error: %(message)s\n": "%(prog)s: kesalahan: %(message)s\n",
}
ARGPARSE_INDONESIAN_PLURAL = {"expected %s argument": "perlu %s nilai"}
UNRECOGNIZED = ARGPARSE_INDONESIAN["unrecognized arguments: %s"].split("%s")[0]

_T = TypeVar("_T")


def _indonesian(message: str) -> str:
    return ARGPARSE_INDONESIAN.get(message, message)


def _indonesian_plural(singular: str, plural: str, count: int) -> str:
    return ARGPARSE_INDONESIAN_PLURAL.get(singular) or (singular if count == 1 else plural)


@contextmanager
def indonesian_argparse() -> Iterator[None]:
    """While it lasts, argparse's own messages (usage, help titles, errors) are Indonesian: argparse reads its
    module-level ``_`` and ``ngettext`` when it formats a message, so they are swapped here and put back after
    (other parsers in the process, pytest's among them, stay as they were)."""
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = _indonesian, _indonesian_plural  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


def _in_indonesian(method: Callable[..., _T]) -> Callable[..., _T]:
    def wrapped(*args: Any, **kwargs: Any) -> _T:
        with indonesian_argparse():
            return method(*args, **kwargs)

    wrapped.__doc__ = method.__doc__
    return wrapped


class IndonesianArgumentParser(argparse.ArgumentParser):
    """argparse in Indonesian: its usage line, help titles and error messages (``ARGPARSE_INDONESIAN``), with the
    error line prefixed "argumen salah" (exit code 2 as usual)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # No abbreviations: "--password X" must not be taken for "--password-file X" (and X echoed in an error).
        kwargs.setdefault("allow_abbrev", False)
        with indonesian_argparse():  # "options", "positional arguments", the -h help
            super().__init__(*args, **kwargs)

    parse_known_args = _in_indonesian(argparse.ArgumentParser.parse_known_args)  # type: ignore[assignment]
    format_usage = _in_indonesian(argparse.ArgumentParser.format_usage)
    format_help = _in_indonesian(argparse.ArgumentParser.format_help)
    add_subparsers = _in_indonesian(argparse.ArgumentParser.add_subparsers)

    def error(self, message: str) -> NoReturn:
        for prefix in (UNRECOGNIZED, "unrecognized arguments:"):
            if message.startswith(prefix):
                # Name the unknown options only: the value after a mistyped "--pasword-file" may be a password.
                options = [token for token in message[len(prefix):].split() if token.startswith("-")]
                message = f"opsi tidak dikenal: {' '.join(options) or '(nilai tanpa opsi)'}"
                break
        message = message.replace("nilai int tidak sah:", "bukan bilangan bulat:")
        self.print_usage(sys.stderr)
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: argumen salah: {message}\n")


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
