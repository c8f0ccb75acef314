"""``spi init``: name the workspace's institution."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from spi_desktop.cli.support import emit

if TYPE_CHECKING:
    from spi_desktop.services.database import Database


def cmd_init(db: Database, args: argparse.Namespace) -> None:
    from spi_desktop.services import workspace

    signing = {"signer_name": args.signer_name, "signer_nip": args.signer_nip, "sign_place": args.sign_place,
               "signer_title": args.signer_title}
    info = workspace.init_workspace(db, args.code, args.name, args.type, **signing)
    shown: dict[str, Any] = {"code": info.code, "name": info.name, "type": info.type}
    text = f"Ruang kerja siap: {info.name} ({info.code}, {info.type}) di {db.describe()}"
    if any(value is not None for value in signing.values()):  # asked about the signature: say what cards print
        signature = workspace.card_signature(db, info)
        shown["signature"] = {"place": signature.place, "title": signature.title, "name": signature.name,
                              "nip": signature.nip}
        text += (f"\nTanda tangan kartu skor: {signature.place or '(tempat belum diisi)'}, {signature.title}"
                 f"{', ' + signature.name if signature.name else ''}")
    emit(args, shown, text)


def add_init_command(commands: Any, common: argparse.ArgumentParser) -> None:
    """Register ``spi init --code C --name N --type T [--signer-name ...] [--signer-nip ...] [--sign-place ...]
    [--signer-title ...]``."""
    init = commands.add_parser("init", parents=[common], help="atur instansi ruang kerja")
    init.add_argument("--code", required=True)
    init.add_argument("--name", required=True)
    init.add_argument("--type", required=True, help="kementerian, lembaga, provinsi, kabupaten, kota, bumn")
    init.add_argument("--signer-name", metavar="NAMA", help="nama penanda tangan kartu skor (Inspektur)")
    init.add_argument("--signer-nip", metavar="NIP", help="NIP penanda tangan, 18 angka")
    init.add_argument("--sign-place", metavar="TEMPAT",
                      help="tempat tanda tangan kartu skor (bawaan: nama kabupaten/kota; '' kembali ke bawaan)")
    init.add_argument("--signer-title", metavar="JABATAN",
                      help="jabatan penanda tangan (bawaan: 'Inspektur Kabupaten …'; '' kembali ke bawaan)")
    init.set_defaults(handler=cmd_init)
