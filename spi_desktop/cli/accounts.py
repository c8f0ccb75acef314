"""``spi user …``: accounts and roles from the command line (add, list, set, password).

New passwords come from a file (``--new-password-file``, first line) or a prompt on a terminal, never from the
command line itself."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from spi_desktop.cli.signin import read_secret
from spi_desktop.cli.support import command_group, emit

if TYPE_CHECKING:
    from spi_desktop.services.accounts import AccountInfo
    from spi_desktop.services.database import Database


def cmd_user_add(db: Database, args: argparse.Namespace) -> None:
    from spi_desktop.services import accounts
    from spi_desktop.services.access import accounts_exist

    chosen = args.new_password_file
    if chosen is None and not accounts_exist(db):  # the first Admin: nobody signs in, so --password-file is theirs
        chosen = getattr(args, "password_file", None)
    password = read_secret(chosen, f"Kata sandi untuk {args.name}: ", confirm=True)
    info = accounts.create_account(db, args.name, password, args.role, args.full_name or "")
    emit(args, _account_dict(info), f"Akun {info.name} dibuat ({info.role.label})")


def cmd_user_list(db: Database, args: argparse.Namespace) -> None:
    from spi_desktop.services import accounts

    infos = accounts.list_accounts(db)
    emit(args, {"users": [_account_dict(i) for i in infos]},
         "\n".join(f"{i.name:<20} {i.role.label:<9} {'aktif' if i.active else 'nonaktif'}" for i in infos)
         or "Belum ada akun")


def cmd_user_set(db: Database, args: argparse.Namespace) -> None:
    from spi_desktop.services import accounts

    info = accounts.update_account(db, args.name, role=args.role, active=args.active, full_name=args.full_name)
    emit(args, _account_dict(info), f"Akun {info.name}: {info.role.label}, {'aktif' if info.active else 'nonaktif'}")


def cmd_user_password(db: Database, args: argparse.Namespace) -> None:
    from spi_desktop.services import accounts

    password = read_secret(args.new_password_file, f"Kata sandi baru untuk {args.name}: ", confirm=True)
    accounts.set_password(db, args.name, password)
    emit(args, {"name": args.name.strip().lower()}, f"Kata sandi {args.name} diganti")


def _account_dict(info: AccountInfo) -> dict[str, Any]:
    return {"name": info.name, "full_name": info.full_name, "role": info.role.value, "active": info.active}


def add_user_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    """Register ``spi user add|list|set|password``."""
    users = command_group(commands, "user", "akun pengguna dan peran")
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
