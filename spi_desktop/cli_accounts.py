"""Signing in from the command line, and ``spi user …`` / ``spi audit …``.

Passwords come from a file (``--password-file``, first line) or a prompt on a terminal, never from the
command line itself, where other users of the PC could read them in the process list."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import Any

from spi_desktop.cli_support import IndonesianArgumentParser, emit, iso_date
from spi_desktop.db.session import Database
from spi_desktop.domain.errors import InputError
from spi_desktop.services import accounts, audit
from spi_desktop.services.access import accounts_exist
from spi_desktop.services.audit import AuditFilter, AuditLine
from spi_desktop.services.audit_export import export_audit


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


def cmd_user_add(db: Database, args: argparse.Namespace) -> None:
    chosen = args.new_password_file
    if chosen is None and not accounts_exist(db):  # the first Admin: nobody signs in, so --password-file is theirs
        chosen = getattr(args, "password_file", None)
    password = read_secret(chosen, f"Kata sandi untuk {args.name}: ", confirm=True)
    info = accounts.create_account(db, args.name, password, args.role, args.full_name or "")
    emit(args, _account_dict(info), f"Akun {info.name} dibuat ({info.role.label})")


def cmd_user_list(db: Database, args: argparse.Namespace) -> None:
    infos = accounts.list_accounts(db)
    emit(args, {"users": [_account_dict(i) for i in infos]},
         "\n".join(f"{i.name:<20} {i.role.label:<9} {'aktif' if i.active else 'nonaktif'}" for i in infos)
         or "Belum ada akun")


def cmd_user_set(db: Database, args: argparse.Namespace) -> None:
    info = accounts.update_account(db, args.name, role=args.role, active=args.active, full_name=args.full_name)
    emit(args, _account_dict(info), f"Akun {info.name}: {info.role.label}, {'aktif' if info.active else 'nonaktif'}")


def cmd_user_password(db: Database, args: argparse.Namespace) -> None:
    password = read_secret(args.new_password_file, f"Kata sandi baru untuk {args.name}: ", confirm=True)
    accounts.set_password(db, args.name, password)
    emit(args, {"name": args.name.strip().lower()}, f"Kata sandi {args.name} diganti")


def _account_dict(info: accounts.AccountInfo) -> dict[str, Any]:
    return {"name": info.name, "full_name": info.full_name, "role": info.role.value, "active": info.active}


def _filter(args: argparse.Namespace) -> AuditFilter:
    return AuditFilter(start=args.start, end=args.end, user=args.by, action=args.action, text=args.text or "")


def line_dict(line: AuditLine) -> dict[str, Any]:
    """The JSON shape of one audit line."""
    return {"id": line.id, "at": line.at.isoformat(timespec="seconds"), "user": line.user_name, "role": line.role,
            "action": line.action, "area": line.area, "summary": line.summary, "details": line.details}


def cmd_audit_list(db: Database, args: argparse.Namespace) -> None:
    lines, total = audit.audit_lines(db, _filter(args), limit=args.limit)
    emit(args, {"entries": [line_dict(line) for line in lines], "total": total},
         "\n".join(f"{line.at:%Y-%m-%d %H:%M:%S}  {line.user_name:<12} {line.action_label:<16} {line.summary}"
                   for line in lines) or "Tidak ada baris jejak audit")


def cmd_audit_export(db: Database, args: argparse.Namespace) -> None:
    count = export_audit(db, Path(args.out), _filter(args))
    emit(args, {"out": args.out, "rows": count}, f"{count} baris jejak audit ditulis ke {args.out}")


def add_account_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    """``spi user add|list|set|password`` and ``spi audit list|export``."""
    users = commands.add_parser("user", help="akun pengguna dan peran").add_subparsers(
        dest="action", required=True, parser_class=IndonesianArgumentParser)
    add = users.add_parser("add", parents=[common], help="tambah akun (akun pertama harus admin)")
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=["admin", "operator", "viewer"])
    add.add_argument("--full-name")
    add.add_argument("--new-password-file", metavar="BERKAS", help="kata sandi akun baru (baris pertama)")
    add.set_defaults(handler=cmd_user_add)
    users.add_parser("list", parents=[common], help="daftar akun").set_defaults(handler=cmd_user_list)
    change = users.add_parser("set", parents=[common], help="ubah peran, nama lengkap atau status akun")
    change.add_argument("name")
    change.add_argument("--role", choices=["admin", "operator", "viewer"])
    change.add_argument("--full-name")
    state = change.add_mutually_exclusive_group()
    state.add_argument("--active", dest="active", action="store_true", default=None)
    state.add_argument("--inactive", dest="active", action="store_false")
    change.set_defaults(handler=cmd_user_set)
    password = users.add_parser("password", parents=[common], help="atur kata sandi akun (Admin)")
    password.add_argument("name")
    password.add_argument("--new-password-file", metavar="BERKAS")
    password.set_defaults(handler=cmd_user_password)

    trail = commands.add_parser("audit", help="jejak audit").add_subparsers(
        dest="action", required=True, parser_class=IndonesianArgumentParser)
    for name, handler, text in (("list", cmd_audit_list, "tampilkan jejak audit (terbaru dulu)"),
                                ("export", cmd_audit_export, "ekspor jejak audit ke .xlsx/.csv")):
        sub = trail.add_parser(name, parents=[common], help=text)
        sub.add_argument("--from", dest="start", type=iso_date, metavar="YYYY-MM-DD")
        sub.add_argument("--to", dest="end", type=iso_date, metavar="YYYY-MM-DD")
        sub.add_argument("--by", metavar="NAMA", help="hanya tindakan pengguna ini")
        sub.add_argument("--action", choices=sorted(audit.ACTION_LABELS))
        sub.add_argument("--text", help="cari di ringkasan")
        if name == "list":
            sub.add_argument("--limit", type=int, default=100)
        else:
            sub.add_argument("--out", required=True)
        sub.set_defaults(handler=handler)
