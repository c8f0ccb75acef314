"""``spi population …``: the respondents' population lists from the command line (import, export, undo,
summary, submissions, templates and the kit sent to the OPD)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spi_desktop.cli import shapes
from spi_desktop.cli.support import command_group, emit
from spi_desktop.domain.export_reasons import POPULATION_EXPORT_REASON
from spi_desktop.domain.formatting import format_int
from spi_desktop.domain.import_fields import POPULATION_FIELDS
from spi_desktop.domain.privacy import scrub_personal
from spi_desktop.domain.survey_year import GROUPS

if TYPE_CHECKING:
    from spi_desktop.services.database import Database


def cmd_population_import(db: Database, args: argparse.Namespace) -> None:
    from spi_desktop.services import population, population_setup
    from spi_desktop.services.jobs import JobContext

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
    emit(args, shapes.population_import(result),
          f"Dibaca {format_int(result.read)}: {format_int(result.imported)} {verb}, "
          f"{format_int(result.duplicates)} duplikat, "
          f"{format_int(result.rejected)} ditolak, {format_int(result.warnings)} dengan peringatan"
          + (f", {format_int(result.skipped)} baris dilewati (bukan responden)" if result.skipped else "")
          + (f" (batch {batches})" if batches else ""))


def _print_progress(done: int, total: int, text: str) -> None:
    print(f"[{done}/{total}] {text}" if total else text, file=sys.stderr, flush=True)


def cmd_population_export(db: Database, args: argparse.Namespace) -> None:
    from spi_desktop.services import population, population_export

    population.check_group(args.group)
    rows = population_export.export_population(db, args.year, args.group, Path(args.out),
                                               include_flagged=args.include_flagged, separator=args.separator,
                                               reason=args.reason)
    emit(args, {"rows": rows, "file": str(Path(args.out).resolve())}, f"{format_int(rows)} baris ditulis ke {args.out}")


def cmd_population_undo(db: Database, args: argparse.Namespace) -> None:
    from spi_desktop.services import population

    removed = population.undo_batch(db, args.batch)
    emit(args, {"batch": args.batch, "removed": removed},
         f"Batch {args.batch} dibatalkan: {format_int(removed)} baris dihapus")


def cmd_population_summary(db: Database, args: argparse.Namespace) -> None:
    from spi_desktop.services import population

    data = population.population_summary(db, args.year)
    emit(args, data, ", ".join(f"{g}: {format_int(n)} ({format_int(data['flagged'][g])} ditandai)"
                               for g, n in data["counts"].items()))


def cmd_population_submissions(db: Database, args: argparse.Namespace) -> None:
    from spi_desktop.services import population_submissions

    statuses = population_submissions.submission_statuses(db, args.year)
    rows = [{"code": s.unit_code, "group": s.group, "rows": s.rows, "status": s.status,
             "received_at": s.received_at.isoformat(timespec="seconds") if s.received_at else None}
            for s in statuses]
    counts = population_submissions.submission_counts(db, args.year)
    text = "\n".join(f"{s.unit_code:<14} {s.group:<9} {format_int(s.rows):>7}  "
                     f"{population_submissions.STATUS_LABELS[s.status]}" for s in statuses)
    emit(args, {"year": args.year, "counts": counts, "submissions": rows}, text or "Belum ada OPD")


def cmd_population_template(db: Database, args: argparse.Namespace) -> None:
    from spi_desktop.services import collection_kit

    written = collection_kit.write_templates(db, args.year, [args.group], Path(args.out), args.unit or None)
    files = [{"unit": item.unit, "group": item.group, "file": str(item.file.resolve())} for item in written]
    emit(args, {"files": files}, "\n".join(str(item.file) for item in written))


def cmd_population_kit(db: Database, args: argparse.Namespace) -> None:
    from spi_desktop.services import collection_sending

    if args.return_to is not None:
        collection_sending.save_return_contact(db, args.return_to)
    kits = collection_sending.prepare_kits(db, args.year, args.group or collection_sending.KIT_GROUPS,
                                           Path(args.out), args.unit or None)
    units = [{"unit": kit.unit, "folder": str(kit.folder.resolve()), "files": [str(f.resolve()) for f in kit.files],
              "message": kit.message.text, "whatsapp": kit.message.whatsapp, "mailto": kit.message.mailto,
              "email_subject": kit.message.email_subject, "email_body": kit.message.text,
              "missing": list(kit.message.missing)} for kit in kits]
    # text output names the folders; phones in the links are personal data and stay in --json
    emit(args, {"units": units}, "\n".join(f"{kit.folder}" + "".join(f"\n  catatan: {note}"
                                                                      for note in kit.message.missing)
                                            for kit in kits))


def cmd_population_mark_sent(db: Database, args: argparse.Namespace) -> None:
    from spi_desktop.services import collection_sending

    sent = collection_sending.mark_sent(db, args.year, args.unit, args.group or collection_sending.KIT_GROUPS,
                                        args.via)
    rows = [{"unit": s.unit, "group": s.group, "via": s.via, "sent_at": s.sent_at.isoformat(timespec="seconds"),
             "sent_by": s.sent_by} for s in sent]
    emit(args, {"sent": rows}, f"Format {args.unit} ({', '.join(s.group for s in sent)}) dicatat dikirim "
                               f"lewat {args.via}")


def _field_help() -> str:
    """The field names ``--map`` takes, per group."""
    return "; ".join(f"{group}: " + ", ".join(fields) for group, fields in POPULATION_FIELDS.items())


def add_population_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    """Register ``spi population import|export|undo|summary|submissions|template|kit|mark-sent``."""
    actions = command_group(commands, "population", "daftar populasi responden")
    imp = actions.add_parser("import", parents=[common], help="impor daftar populasi dari .xlsx/.csv")
    imp.add_argument("file")
    imp.add_argument("--year", type=int, required=True)
    imp.add_argument("--group", required=True, choices=GROUPS)
    imp.add_argument("--unit", help="kode OPD untuk semua baris (bawaan: kolom Perangkat Daerah)")
    imp.add_argument("--sheet", help="nama lembar kerja (bawaan: lembar tampak pertama yang berisi daftar)")
    imp.add_argument("--all-sheets", action="store_true",
                     help="impor setiap lembar yang berisi daftar, satu batch per lembar (OPD dari kolomnya, nama "
                          "lembarnya atau --unit)")
    imp.add_argument("--map", action="append", default=[], metavar="FIELD=HEADER",
                     help="pakai kolom HEADER (judul atau huruf kolom) untuk isian FIELD; FIELD= saja: jangan baca. "
                          "Isian: " + _field_help())
    imp.add_argument("--preset", metavar="NAME", help="pemetaan kolom yang disimpan di wizard dengan nama ini")
    imp.add_argument("--dry-run", action="store_true", help="periksa saja, jangan simpan")
    imp.add_argument("--problems", metavar="XLSX",
                     help="tulis laporan masalah ke berkas .xlsx (atau ke folder: masalah-<berkas>.xlsx) sebelum "
                          "menyimpan; bila gagal ditulis, tidak ada yang disimpan")
    imp.add_argument("--progress", action="store_true", help="tampilkan kemajuan di stderr")
    imp.set_defaults(handler=cmd_population_import)
    exp = actions.add_parser("export", parents=[common], help="ekspor daftar untuk KPK")
    exp.add_argument("--year", type=int, required=True)
    exp.add_argument("--group", required=True, choices=GROUPS)
    exp.add_argument("--out", required=True, help="berkas .xlsx atau .csv")
    exp.add_argument("--include-flagged", action="store_true", help="sertakan baris yang tidak memenuhi syarat")
    exp.add_argument("--separator", default=",", choices=(",", ";"), help="pemisah CSV")
    exp.add_argument("--reason", default=POPULATION_EXPORT_REASON, metavar="TEXT",
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
    template = actions.add_parser("template", parents=[common],
                                  help="tulis format daftar per OPD (.xlsx) untuk dikirim dan diisi OPD")
    template.add_argument("--year", type=int, required=True)
    template.add_argument("--group", required=True, choices=GROUPS)
    template.add_argument("--unit", action="append", metavar="KODE",
                          help="kode OPD (boleh berulang; bawaan: semua OPD yang ikut tahun itu)")
    template.add_argument("--out", required=True, help="folder tujuan; berkasnya <KODE>-<kelompok>-<tahun>.xlsx")
    template.set_defaults(handler=cmd_population_template)
    kit = actions.add_parser("kit", parents=[common],
                             help="tulis folder kiriman per OPD: format daftar dan pesan untuk PIC-nya")
    kit.add_argument("--year", type=int, required=True)
    kit.add_argument("--unit", action="append", metavar="KODE",
                     help="kode OPD (boleh berulang; bawaan: semua OPD yang ikut tahun itu)")
    kit.add_argument("--group", action="append", choices=("internal", "external"),
                     help="kelompok (boleh berulang; bawaan: internal dan external)")
    kit.add_argument("--out", required=True, help="folder tujuan; satu folder '<KODE> - <Nama OPD>' per OPD")
    kit.add_argument("--return-to", metavar="TEKS",
                     help="ke mana OPD mengirim kembali berkasnya (email, nomor WhatsApp); disimpan untuk "
                          "kiriman berikutnya")
    kit.set_defaults(handler=cmd_population_kit)
    sent = actions.add_parser("mark-sent", parents=[common], help="catat bahwa format sudah dikirim ke OPD")
    sent.add_argument("--year", type=int, required=True)
    sent.add_argument("--unit", required=True, metavar="KODE")
    sent.add_argument("--group", action="append", choices=("internal", "external"),
                      help="kelompok (boleh berulang; bawaan: internal dan external)")
    sent.add_argument("--via", default="folder", choices=("wa", "email", "folder"),
                      help="cara kirim (bawaan: %(default)s)")
    sent.set_defaults(handler=cmd_population_mark_sent)
    from spi_desktop.cli.population_intake import add_import_folder

    add_import_folder(actions, common)
