"""Signing in from the command line: ``--user`` and ``--password-file`` on every command.

Passwords come from a file (``--password-file``, first line) or a prompt on a terminal, never from the
command line itself, where other users of the PC could read them in the process list."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spi_desktop.domain.errors import InputError

if TYPE_CHECKING:
    from spi_desktop.services.database import Database


def read_secret(path: str | None, prompt: str, confirm: bool = False) -> str:
    """A password or passphrase from the first line of ``path``, else typed at a terminal; InputError when
    neither is possible."""
    if path:
        try:
            text = Path(path).read_text(encoding="utf-8-sig")
        except OSError as error:
            raise InputError(f"Berkas kata sandi {path} tidak dapat dibaca: {error.strerror}") from error
        first = text.split("\n", 1)[0].removesuffix("\r")  # spaces count, as in the app's password field
        if not first:
            raise InputError(f"Berkas kata sandi {path} kosong")
        return first
    if not sys.stdin.isatty():
        raise InputError("Kata sandi diperlukan: berikan --password-file BERKAS (jangan tulis kata sandinya di "
                         "baris perintah)")
    secret = getpass.getpass(prompt)
    if confirm and getpass.getpass("Ulangi: ") != secret:
        raise InputError("Kedua kata sandi tidak sama")
    return secret


def sign_in_for_command(database: Database, args: argparse.Namespace) -> None:
    """Sign in with --user and --password-file (or prompts) when the workspace has accounts."""
    from spi_desktop.services import accounts
    from spi_desktop.services.access import accounts_exist

    if not accounts_exist(database):
        return
    name = getattr(args, "user", None)
    if not name:
        if not sys.stdin.isatty():
            raise accounts.SignInRefused("Ruang kerja ini memakai akun pengguna: berikan --user NAMA dan "
                                         "--password-file BERKAS")
        name = input("Nama pengguna: ")
    password = read_secret(getattr(args, "password_file", None), "Kata sandi: ")
    accounts.sign_in(database, name, password)


class _RefusedSecret(argparse.Action):
    """--password or --passphrase with the secret itself: refused, and the value is never echoed."""

    def __call__(self, parser: argparse.ArgumentParser, _namespace: argparse.Namespace, _values: Any,
                 option_string: str | None = None) -> None:
        parser.error(f"{option_string} tidak diterima: kata sandi di baris perintah dapat dibaca orang lain di PC "
                     "ini; tulis di berkas dan berikan --password-file BERKAS (atau --passphrase-file BERKAS)")


def add_login_options(common: argparse.ArgumentParser) -> None:
    """--user and --password-file, accepted before or after the command like --db."""
    for refused in ("--password", "--passphrase"):
        common.add_argument(refused, nargs="?", action=_RefusedSecret, help=argparse.SUPPRESS)
    common.add_argument("--user", default=argparse.SUPPRESS, metavar="NAMA",
                        help="nama pengguna, bila ruang kerja memakai akun")
    common.add_argument("--password-file", default=argparse.SUPPRESS, metavar="BERKAS",
                        help="berkas berisi kata sandi (baris pertama); tanpa ini kata sandi ditanyakan")
