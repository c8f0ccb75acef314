"""The headless command line: ``spi [--db PATH_OR_URL] COMMAND ...``.

Exit 0 on success, 2 on bad input with an Indonesian message on stderr; ``--json`` prints exactly
one JSON object on stdout. Every command calls the same services as the GUI.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from spi_desktop.cli_accounts import add_account_commands, add_login_options, sign_in_for_command
from spi_desktop.cli_backup import add_backup_commands
from spi_desktop.cli_db import add_db_commands
from spi_desktop.cli_estimate import add_estimate_command
from spi_desktop.cli_privacy import add_privacy_commands
from spi_desktop.cli_progress import add_progress_commands
from spi_desktop.cli_results import add_results_commands
from spi_desktop.cli_scorecards import add_scorecard_command
from spi_desktop.cli_support import (
    EXIT_BAD_INPUT,
    EXIT_FAILURE,
    EXIT_OK,
    IndonesianArgumentParser,
    emit,
)
from spi_desktop.db.session import Database
from spi_desktop.domain.errors import InputError
from spi_desktop.domain.privacy import scrub_personal
from spi_desktop.domain.survey_year import SurveyYear
from spi_desktop.services import (
    demo,
    population,
    population_export,
    population_setup,
    population_submissions,
    units,
    workspace,
    years,
)
from spi_desktop.services.database import open_database
from spi_desktop.services.errors import user_message
from spi_desktop.services.jobs import JobContext
from spi_desktop.services.training_data import add_training_population


def cmd_init(db: Database, args: argparse.Namespace) -> None:
    info = workspace.init_workspace(db, args.code, args.name, args.type)
    emit(args, {"code": info.code, "name": info.name, "type": info.type},
          f"Ruang kerja siap: {info.name} ({info.code}, {info.type}) di {db.describe()}")


def cmd_units_import(db: Database, args: argparse.Namespace) -> None:
    summary = units.import_units(db, units.require_units_file(args.file), year=args.year, sheet=args.sheet)
    for problem in summary.problems:
        print(f"Ditolak: {scrub_personal(str(problem))}", file=sys.stderr)
    for problem in summary.warnings:
        print(f"Peringatan: {scrub_personal(str(problem))}", file=sys.stderr)
    if summary.unmapped:
        print(f"Kolom tidak dibaca: {', '.join(summary.unmapped)}", file=sys.stderr)
    if summary.unread_sheets:
        print(f"Lembar lain tidak dibaca: {', '.join(summary.unread_sheets)}", file=sys.stderr)
    emit(args, summary.as_dict(),
          f"Dibaca {summary.read}, ditambah {summary.added}, diperbarui {summary.updated}, "
          f"tidak berubah {summary.unchanged}, ditolak {summary.rejected}"
          + (f", {summary.skipped} baris dilewati (jumlah/tanda tangan)" if summary.skipped else "")
          + (f", {len(summary.warnings)} nilai dikosongkan" if summary.warnings else ""))


def cmd_units_list(db: Database, args: argparse.Namespace) -> None:
    infos = units.list_units(db, year=args.year)
    rows = [{"code": i.code, "name": i.name, "short_name": i.record.short_name, "active": i.active,
             "head_name": i.record.head_name, "pic_name": i.record.pic_name} for i in infos]
    text = "\n".join(f"{r['code']:<14} {r['name']}{'' if r['active'] else '  (tidak aktif)'}" for r in rows)
    emit(args, {"units": rows}, text or "Belum ada OPD")


def year_as_dict(year: SurveyYear) -> dict[str, Any]:
    """The JSON shape of ``spi years show``."""
    return {
        "year": year.year,
        "bands": [{"label": b.label, "lower": b.lower, "colour": b.colour, "source": b.source}
                  for b in sorted(year.bands, key=lambda b: b.lower)],
        "elements": [{"code": e.code, "name": e.name} for e in year.elements],
        "weights": year.weights,
        "national_index": year.national_index,
        "national_target": year.national_target,
        "window_start": year.window_start.isoformat() if year.window_start else None,
        "window_end": year.window_end.isoformat() if year.window_end else None,
        "population_deadline": year.population_deadline.isoformat() if year.population_deadline else None,
        "sample_targets": year.sample_targets,
        "sources": year.sources,
    }


def cmd_years_show(db: Database, args: argparse.Namespace) -> None:
    year = years.get_year(db, args.year)
    data = year_as_dict(year)
    bands = ", ".join(f"{b['label']} ≥ {b['lower']:g}" for b in data["bands"])
    emit(args, data, f"Tahun {year.year}: {bands}\nElemen: {', '.join(e.name for e in year.elements)}")


def cmd_years_list(db: Database, args: argparse.Namespace) -> None:
    found = years.list_years(db)
    emit(args, {"years": found}, " ".join(str(y) for y in found))


def cmd_demo(db: Database, args: argparse.Namespace) -> None:
    summary = demo.build_demo(db)
    respondents = add_training_population(db)
    emit(args, {"institution": summary.institution, "units": summary.units, "db": db.describe(),
                "respondents": respondents},
         f"Ruang kerja demo dibuat: {summary.institution}, {summary.units} OPD, {respondents:,} responden "
         f"populasi, di {db.describe()}")


def cmd_population_import(db: Database, args: argparse.Namespace) -> None:
    context = JobContext(on_progress=_print_progress) if args.progress else None
    mapping = population_setup.column_choices(db, args.group, args.map, args.preset)
    result = population.import_population(db, Path(args.file), args.year, args.group, unit_code=args.unit,
                                          sheet=args.sheet, dry_run=args.dry_run, context=context,
                                          mapping=mapping or None, all_sheets=args.all_sheets,
                                          problems_report=Path(args.problems) if args.problems else None)
    for note in result.notes:
        print(f"Catatan: {scrub_personal(note)}", file=sys.stderr)
    for line in result.problem_lines(limit=None if args.json else 50):
        # stderr ends up in scripts' logs: phones and e-mails masked there (the --problems file has them whole)
        print(scrub_personal(line), file=sys.stderr)
    verb = "akan diimpor (uji coba, tidak ada yang disimpan)" if args.dry_run else "diimpor"
    batches = ", ".join(str(batch) for batch in result.batches)
    emit(args, result.as_dict(),
          f"Dibaca {result.read}: {result.imported} {verb}, {result.duplicates} duplikat, "
          f"{result.rejected} ditolak, {result.warnings} dengan peringatan"
          + (f", {result.skipped} baris dilewati (bukan responden)" if result.skipped else "")
          + (f" (batch {batches})" if batches else ""))


def _print_progress(done: int, total: int, text: str) -> None:
    print(f"[{done}/{total}] {text}" if total else text, file=sys.stderr, flush=True)


def cmd_population_export(db: Database, args: argparse.Namespace) -> None:
    population.check_group(args.group)
    rows = population_export.export_population(db, args.year, args.group, Path(args.out),
                                               include_flagged=args.include_flagged, separator=args.separator,
                                               reason=args.reason)
    emit(args, {"rows": rows, "file": str(Path(args.out).resolve())}, f"{rows} baris ditulis ke {args.out}")


def cmd_population_undo(db: Database, args: argparse.Namespace) -> None:
    removed = population.undo_batch(db, args.batch)
    emit(args, {"batch": args.batch, "removed": removed}, f"Batch {args.batch} dibatalkan: {removed} baris dihapus")


def cmd_population_summary(db: Database, args: argparse.Namespace) -> None:
    data = population.population_summary(db, args.year)
    emit(args, data, ", ".join(f"{g}: {n} ({data['flagged'][g]} ditandai)" for g, n in data["counts"].items()))


def cmd_population_submissions(db: Database, args: argparse.Namespace) -> None:
    statuses = population_submissions.submission_statuses(db, args.year)
    rows = [{"code": s.unit_code, "group": s.group, "rows": s.rows, "status": s.status,
             "received_at": s.received_at.isoformat(timespec="seconds") if s.received_at else None}
            for s in statuses]
    counts = population_submissions.submission_counts(db, args.year)
    text = "\n".join(f"{s.unit_code:<14} {s.group:<9} {s.rows:>7}  {population_submissions.STATUS_LABELS[s.status]}"
                     for s in statuses)
    emit(args, {"year": args.year, "counts": counts, "submissions": rows}, text or "Belum ada OPD")


def _add_population_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    actions = commands.add_parser("population", help="daftar populasi responden").add_subparsers(
        dest="action", required=True, parser_class=IndonesianArgumentParser)
    imp = actions.add_parser("import", parents=[common], help="impor daftar populasi dari .xlsx/.csv")
    imp.add_argument("file")
    imp.add_argument("--year", type=int, required=True)
    imp.add_argument("--group", required=True, choices=population.GROUPS)
    imp.add_argument("--unit", help="kode OPD untuk semua baris (bawaan: kolom Perangkat Daerah)")
    imp.add_argument("--sheet", help="nama lembar kerja (bawaan: lembar tampak pertama yang berisi daftar)")
    imp.add_argument("--all-sheets", action="store_true",
                     help="impor setiap lembar yang berisi daftar, satu batch per lembar (OPD dari kolomnya, nama "
                          "lembarnya atau --unit)")
    imp.add_argument("--map", action="append", default=[], metavar="FIELD=HEADER",
                     help="pakai kolom HEADER (judul atau huruf kolom) untuk isian FIELD; FIELD= saja: jangan baca. "
                          "Isian: " + population_setup.field_help())
    imp.add_argument("--preset", metavar="NAME", help="pemetaan kolom yang disimpan di wizard dengan nama ini")
    imp.add_argument("--dry-run", action="store_true", help="periksa saja, jangan simpan")
    imp.add_argument("--problems", metavar="XLSX",
                     help="tulis laporan masalah ke berkas .xlsx (atau ke folder: masalah-<berkas>.xlsx) sebelum "
                          "menyimpan; bila gagal ditulis, tidak ada yang disimpan")
    imp.add_argument("--progress", action="store_true", help="tampilkan kemajuan di stderr")
    imp.set_defaults(handler=cmd_population_import)
    exp = actions.add_parser("export", parents=[common], help="ekspor daftar untuk KPK")
    exp.add_argument("--year", type=int, required=True)
    exp.add_argument("--group", required=True, choices=population.GROUPS)
    exp.add_argument("--out", required=True, help="berkas .xlsx atau .csv")
    exp.add_argument("--include-flagged", action="store_true", help="sertakan baris yang tidak memenuhi syarat")
    exp.add_argument("--separator", default=",", choices=(",", ";"), help="pemisah CSV")
    exp.add_argument("--reason", default=population_export.DEFAULT_REASON, metavar="TEXT",
                     help="alasan ekspor data pribadi, dicatat di jejak audit (bawaan: %(default)s)")
    exp.set_defaults(handler=cmd_population_export)
    undo = actions.add_parser("undo", parents=[common], help="batalkan satu batch impor")
    undo.add_argument("batch", type=int)
    undo.set_defaults(handler=cmd_population_undo)
    summary = actions.add_parser("summary", parents=[common], help="jumlah baris per kelompok")
    summary.add_argument("--year", type=int, required=True)
    summary.set_defaults(handler=cmd_population_summary)
    submissions = actions.add_parser("submissions", parents=[common], help="daftar mana yang sudah dikirim OPD")
    submissions.add_argument("--year", type=int, required=True)
    submissions.set_defaults(handler=cmd_population_submissions)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser; --db and --json are accepted before or after the command."""
    common = IndonesianArgumentParser(add_help=False)
    common.add_argument("--db", default=argparse.SUPPRESS, metavar="PATH_OR_URL",
                        help="berkas SQLite atau URL basis data (bawaan: $SPI_DB atau folder data pengguna)")
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                        help="cetak satu objek JSON di stdout")
    add_login_options(common)
    parser = IndonesianArgumentParser(prog="spi", parents=[common],
                                      description="SPI Desktop, perintah tanpa layar")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=IndonesianArgumentParser)

    init = commands.add_parser("init", parents=[common], help="atur instansi ruang kerja")
    init.add_argument("--code", required=True)
    init.add_argument("--name", required=True)
    init.add_argument("--type", required=True, help="kementerian, lembaga, provinsi, kabupaten, kota, bumn")
    init.set_defaults(handler=cmd_init)

    unit_cmds = commands.add_parser("units", help="daftar OPD").add_subparsers(
        dest="action", required=True, parser_class=IndonesianArgumentParser)
    unit_import = unit_cmds.add_parser("import", parents=[common], help="impor OPD dari .xlsx/.csv")
    unit_import.add_argument("file")
    unit_import.add_argument("--year", type=int, help="tandai OPD yang diimpor aktif di tahun ini")
    unit_import.add_argument("--sheet", help="nama lembar kerja (bawaan: lembar pertama)")
    unit_import.set_defaults(handler=cmd_units_import)
    unit_list = unit_cmds.add_parser("list", parents=[common], help="tampilkan OPD")
    unit_list.add_argument("--year", type=int)
    unit_list.set_defaults(handler=cmd_units_list)

    year_cmds = commands.add_parser("years", help="pengaturan tahun survei").add_subparsers(
        dest="action", required=True, parser_class=IndonesianArgumentParser)
    year_show = year_cmds.add_parser("show", parents=[common], help="tampilkan satu tahun survei")
    year_show.add_argument("year", type=int)
    year_show.set_defaults(handler=cmd_years_show)
    year_cmds.add_parser("list", parents=[common], help="tahun survei yang ada").set_defaults(
        handler=cmd_years_list)

    _add_population_commands(commands, common)
    add_progress_commands(commands, common)
    add_results_commands(commands, common)
    add_estimate_command(commands, common)
    add_scorecard_command(commands, common)
    add_backup_commands(commands, common)
    add_privacy_commands(commands, common)
    add_account_commands(commands, common)
    add_db_commands(commands, common)
    commands.add_parser("demo", parents=[common], help="buat ruang kerja demo (Kabupaten Sukamaju)"
                        ).set_defaults(handler=cmd_demo)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit code."""
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as stop:  # argparse already printed the Indonesian message; --help exits 0
        return int(stop.code or 0)
    args.json = getattr(args, "json", False)
    handler: Callable[[Database, argparse.Namespace], None] = args.handler
    try:
        if getattr(args, "own_database", False):  # e.g. db copy: it opens --from and --to itself
            handler(None, args)  # type: ignore[arg-type]
            return EXIT_OK
        database = open_database(getattr(args, "db", None))
        try:
            sign_in_for_command(database, args)
            handler(database, args)
        finally:
            database.close()
    except BrokenPipeError:  # the reader (e.g. `| head`) stopped listening: nothing left to tell anyone
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keeps Python's exit-time flush quiet
        return EXIT_FAILURE
    except InputError as error:
        return _fail(args, str(error), EXIT_BAD_INPUT)
    except Exception as error:  # database, driver or file trouble: a sentence, never a traceback
        return _fail(args, user_message(error), EXIT_FAILURE)
    return EXIT_OK


def _fail(args: argparse.Namespace, message: str, code: int) -> int:
    message = scrub_personal(message)
    print(f"Kesalahan: {message}", file=sys.stderr)
    if args.json:
        print(json.dumps({"error": message, "exit": code}, ensure_ascii=False))
    return code


if __name__ == "__main__":
    sys.exit(main())
