"""``spi population import-folder``: a pile of returned lists (a folder, files or a .zip) in one step."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spi_desktop.cli.support import emit
from spi_desktop.domain.formatting import format_int
from spi_desktop.domain.privacy import scrub_personal
from spi_desktop.domain.survey_year import GROUPS

if TYPE_CHECKING:
    from spi_desktop.services.database import Database


def cmd_population_import_folder(db: Database, args: argparse.Namespace) -> None:
    from spi_desktop.services import population_intake, population_intake_import, population_intake_rows

    preview = population_intake.preview_pile(db, [Path(source) for source in args.source], args.year,
                                             group=args.group, earlier=args.earlier,
                                             accept_other_year=args.accept_other_year)
    try:
        problems = Path(args.problems_dir) if args.problems_dir else None
        if args.dry_run:
            if problems is not None:
                population_intake_import.write_preview_reports(db, preview, problems)
            document = population_intake_rows.intake_json(preview, dry_run=True)
        else:
            document = population_intake_import.import_pile(db, preview, problems).as_dict()
    finally:
        preview.close()
    report_stderr(document)
    emit(args, document, _text(document))


def _text(document: dict[str, Any]) -> str:
    lines = []
    for entry in document["files"]:
        counts = f"dibaca {format_int(entry['read'])}, diimpor {format_int(entry['imported'])}, duplikat " \
                 f"{format_int(entry['duplicates'])}, ditolak {format_int(entry['rejected'])}"
        why = f": {scrub_personal(entry['reason'] or '; '.join(entry['questions']))}" \
            if entry["status"] not in {"imported", "ready"} else ""
        lines.append(f"{entry['file']} [{entry['unit'] or '-'} {entry['group'] or '-'}] {entry['status']} ({counts})"
                     f"{why}")
    lines += [f"{name}: tidak dikenali (OPD atau kelompok); tidak diimpor" for name in document["unrecognised"]]
    lines += [f"{item['file']}: {item['reason']}" for item in document["skipped"]]
    totals = document["totals"]
    lines.append(f"Jumlah: {format_int(totals['imported'])} baris dari {format_int(totals['files'])} berkas")
    return "\n".join(lines)


def add_import_folder(actions: Any, common: argparse.ArgumentParser) -> None:
    """Register ``spi population import-folder DIR|ZIP ... --year Y [--group G] [--dry-run] [--problems-dir DIR]``."""
    command = actions.add_parser("import-folder", parents=[common],
                                 help="impor banyak berkas daftar sekaligus (folder, berkas, atau .zip)")
    command.add_argument("source", nargs="+", help="folder, berkas .xlsx/.csv, atau arsip .zip")
    command.add_argument("--year", type=int, required=True)
    command.add_argument("--group", choices=GROUPS,
                         help="kelompok untuk berkas tanpa penanda format (bawaan: dari penanda atau nama berkas)")
    command.add_argument("--dry-run", action="store_true", help="periksa saja, jangan simpan")
    command.add_argument("--problems-dir", metavar="DIR",
                         help="tulis laporan masalah per OPD ke folder ini (masalah-<KODE>-<kelompok>.xlsx)")
    command.add_argument("--earlier", choices=("replace", "add"),
                         help="OPD yang sudah mengirim daftarnya: ganti daftar lama atau tambahkan (bawaan: tanya, "
                              "berkas itu tidak diimpor)")
    command.add_argument("--accept-other-year", action="store_true",
                         help="impor juga format dari tahun survei lain sebagai daftar tahun ini "
                              "(bawaan: tidak diimpor)")
    command.set_defaults(handler=cmd_population_import_folder)


def report_stderr(document: dict[str, Any]) -> None:
    """Problems named on stderr (phones and e-mails masked): scripts' logs keep them."""
    for entry in document["files"]:
        for note in entry["notes"]:
            print(f"{entry['file']}: {scrub_personal(note)}", file=sys.stderr)
