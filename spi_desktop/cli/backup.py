"""``spi backup --out FILE [--passphrase-file F]`` and ``spi restore FILE [--passphrase-file F]``.

The passphrase is read from a file (its first line), never from the command line, where other users of the PC
and the shell history would see it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spi_desktop.cli.support import emit
from spi_desktop.domain.errors import InputError
from spi_desktop.domain.formatting import format_int

if TYPE_CHECKING:
    from spi_desktop.services.database import Database
    from spi_desktop.services.jobs import JobContext

SECRET_HELP = "berkas berisi frasa sandi di baris pertama, spasi ikut dihitung (enkripsi AES-256-GCM)"


def read_passphrase(value: str | None) -> str | None:
    """The first line of the passphrase file without its line ending, or None without a file. Spaces are kept:
    they are part of the passphrase, exactly as typed in the application's passphrase box."""
    if value is None:
        return None
    path = Path(value)
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"Berkas frasa sandi {path} tidak dapat dibaca") from error
    passphrase = text.split("\n", 1)[0].removesuffix("\r")
    if not passphrase:
        raise InputError(f"Berkas frasa sandi {path} kosong")
    return passphrase


def _progress(done: int, total: int, text: str) -> None:
    print(f"[{done}/{total}] {text}", file=sys.stderr, flush=True)


def _context(args: argparse.Namespace) -> JobContext | None:
    from spi_desktop.services.jobs import JobContext

    return JobContext(on_progress=_progress) if args.progress else None


def cmd_backup(db: Database, args: argparse.Namespace) -> None:
    from spi_desktop.services import backup

    report = backup.backup_database(db, Path(args.out), read_passphrase(args.passphrase_file), _context(args))
    emit(args, {"file": str(report.path.resolve()), "size": report.size, "encrypted": report.encrypted,
                "created_at": report.created_at, "schema": report.schema_revision, "demo": report.demo},
         f"Cadangan ditulis ke {report.path} ({format_int(report.size)} byte"
         + (", terenkripsi)" if report.encrypted else ")"))


def cmd_restore(db: Database, args: argparse.Namespace) -> None:
    from spi_desktop.services import backup

    report = backup.restore_backup(db, Path(args.file), read_passphrase(args.passphrase_file), _context(args))
    emit(args, {"file": str(report.path.resolve()), "created_at": report.created_at,
                "schema": report.schema_revision, "migrated": report.migrated,
                "safety_backup": str(report.safety_backup) if report.safety_backup else None,
                "db": db.describe()},
         f"Ruang kerja {db.describe()} dipulihkan dari {report.path} (cadangan {report.created_at})"
         + (f"; isi sebelumnya disimpan di {report.safety_backup}" if report.safety_backup else ""))


def add_backup_command(commands: Any, common: argparse.ArgumentParser) -> None:
    """Register ``spi backup --out FILE [--passphrase-file F] [--progress]``."""
    make = commands.add_parser("backup", parents=[common], help="cadangkan ruang kerja ke satu berkas")
    make.add_argument("--out", required=True, metavar="FILE", help="berkas cadangan yang ditulis (.spibak)")
    make.add_argument("--passphrase-file", metavar="F", help=SECRET_HELP)
    make.add_argument("--progress", action="store_true", help="tampilkan kemajuan di stderr")
    make.set_defaults(handler=cmd_backup)


def add_restore_command(commands: Any, common: argparse.ArgumentParser) -> None:
    """Register ``spi restore FILE [--passphrase-file F] [--progress]``."""
    restore = commands.add_parser("restore", parents=[common],
                                  help="pulihkan ruang kerja dari berkas cadangan (isi sekarang diganti)")
    restore.add_argument("file", metavar="FILE")
    restore.add_argument("--passphrase-file", metavar="F", help=SECRET_HELP)
    restore.add_argument("--progress", action="store_true", help="tampilkan kemajuan di stderr")
    restore.set_defaults(handler=cmd_restore)
