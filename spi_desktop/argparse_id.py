"""argparse in Indonesian, for both command lines: ``spi`` (cli) and ``spi-desktop`` (app).

Standard library only, so the GUI's start stays light; both entry points import it (they may not import each
other).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, NoReturn, TypeVar

EXIT_BAD_INPUT = 2

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
