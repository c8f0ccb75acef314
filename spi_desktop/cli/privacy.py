"""``spi privacy …``: the population list without identities, and the purge of a finished year's personal data."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spi_desktop.cli import shapes
from spi_desktop.cli.support import command_group, emit
from spi_desktop.domain.errors import InputError
from spi_desktop.domain.formatting import format_int
from spi_desktop.domain.survey_year import GROUPS

if TYPE_CHECKING:
    from spi_desktop.services.database import Database


def cmd_privacy_pseudonymize(db: Database, args: argparse.Namespace) -> None:
    from spi_desktop.services import population, population_export

    population.check_group(args.group)
    out = Path(args.out)
    rows = population_export.export_pseudonymous(db, args.year, args.group, out)
    emit(args, {"rows": rows, "file": str(out.resolve())},
         f"{format_int(rows)} baris tanpa identitas ditulis ke {args.out}")


def cmd_privacy_purge(db: Database, args: argparse.Namespace) -> None:
    from spi_desktop.services import privacy

    if not args.yes:
        preview = privacy.preview_purge(db, args.year)
        raise InputError(f"Perintah ini akan menghapus {preview.describe()} untuk selamanya; jumlah, target dan "
                         "hasil tetap. Ulangi dengan --yes untuk melanjutkan.")
    report = privacy.purge_personal_data(db, args.year)
    emit(args, shapes.purge(report), f"Dihapus: {report.describe()}")


def add_privacy_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    """Register ``spi privacy pseudonymize --year Y --group G --out FILE`` and ``spi privacy purge --year Y
    [--yes]``."""
    actions = command_group(commands, "privacy", "privasi responden: ekspor tanpa identitas, hapus data pribadi")
    pseudo = actions.add_parser("pseudonymize", parents=[common],
                                help="ekspor daftar populasi tanpa nama dan kontak (pseudonim tetap per baris)")
    pseudo.add_argument("--year", type=int, required=True)
    pseudo.add_argument("--group", required=True, choices=GROUPS)
    pseudo.add_argument("--out", required=True, help="berkas .xlsx atau .csv")
    pseudo.set_defaults(handler=cmd_privacy_pseudonymize)
    purge = actions.add_parser("purge", parents=[common],
                               help="hapus nama, No. HP, email dan NIP populasi tahun yang sudah selesai (Admin)")
    purge.add_argument("--year", type=int, required=True)
    purge.add_argument("--yes", action="store_true", help="benar-benar hapus (tanpa ini: hanya sebutkan isinya)")
    purge.set_defaults(handler=cmd_privacy_purge)
