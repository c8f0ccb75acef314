"""``spi estimate``: the SPI mandiri estimate from a practice-survey export, always labelled ESTIMASI."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spi_desktop.cli import shapes
from spi_desktop.cli.support import emit
from spi_desktop.domain.estimate import GROUP_NAMES
from spi_desktop.domain.estimate_stats import Estimate
from spi_desktop.domain.formatting import format_decimal, format_int, parse_decimal
from spi_desktop.domain.survey_year import GROUPS

if TYPE_CHECKING:
    from spi_desktop.services.database import Database
    from spi_desktop.services.estimate import EstimateReport, UnitEstimate

BANNER = "ESTIMASI SPI MANDIRI — BUKAN NILAI RESMI KPK"


def _number(text: str) -> float:
    try:
        return parse_decimal(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _weights(text: str) -> dict[str, float]:
    parts = text.split("/")
    if len(parts) != len(GROUPS):
        raise argparse.ArgumentTypeError(f"'{text}' harus tiga bobot internal/eksternal/eksper, mis. 0,45/0,45/0,1")
    weights = {group: _number(part) for group, part in zip(GROUPS, parts, strict=True)}
    if any(not 0 <= w <= 1 for w in weights.values()) or abs(sum(weights.values()) - 1) > 0.001:
        raise argparse.ArgumentTypeError(f"'{text}': setiap bobot 0–1 dan jumlahnya 1, mis. 0,45/0,45/0,1")
    return weights


def _score(found: Estimate | None) -> str:
    if found is None:
        return "–"
    if found.low is None or found.high is None:
        return f"{format_decimal(found.value)} (n={found.n})"
    return f"{format_decimal(found.value)} [{format_decimal(found.low)}–{format_decimal(found.high)}] (n={found.n})"


def _unit_lines(unit: UnitEstimate) -> list[str]:
    found = unit.estimate
    title = unit.code or "INSTANSI"
    name = unit.name if len(unit.name) <= 40 else unit.name[:39] + "…"
    lines = [f"{title:<12} {name:<40} indeks {_score(found.index)}  {unit.band or ''}".rstrip()]
    groups = " · ".join(f"{GROUP_NAMES[g]} {_score(found.groups[g].subindex)}" for g in GROUPS if g in found.groups)
    lines.append(f"{'':<12} sub-indeks: {groups}")
    lines.extend(f"{'':<12} catatan: {note}" for note in found.notes)
    return lines


def report_text(report: EstimateReport) -> str:
    """The human-readable estimate; the ESTIMASI banner opens and closes it."""
    rule = "=" * 78
    weights = " · ".join(f"{GROUP_NAMES[g]} {format_decimal(w, 3)}" for g, w in report.weights.items())
    lines = [rule, f"{BANNER} (tahun {report.year})", rule,
             f"Berkas {report.file}, peta '{report.map_name}': {format_int(report.read)} baris dibaca, "
             f"{format_int(report.institution.estimate.respondents)} responden dihitung, "
             f"{format_int(len(report.problems))} masalah",
             f"Bobot: {weights}; koreksi {format_decimal(report.correction or 0.0)} poin",
             "Nilai [interval 95 %] (n = jumlah responden)", ""]
    lines += _unit_lines(report.institution)
    found_elements = report.institution.estimate.elements
    lines += [f"{'':<12} elemen {e.name}: {_score(found_elements.get(e.code))}" for e in report.elements]
    lines.append("")
    for unit in report.units:
        lines += _unit_lines(unit)
    lines += ["", "Catatan:"] + [f"- {note}" for note in report.notes] + [rule, BANNER, rule]
    return "\n".join(lines)


def cmd_estimate(db: Database, args: argparse.Namespace) -> None:
    from spi_desktop.services.estimate import estimate_spi

    report = estimate_spi(db, Path(args.file), Path(args.map), args.year, args.correction, weights=args.weights,
                          sheet=args.sheet)
    for problem in report.problems:
        print(f"Masalah: {problem}", file=sys.stderr)
    data = report.as_dict()
    text = report_text(report)
    if args.scorecards:
        from spi_desktop.services.scorecard_batch import write_estimate_scorecards

        written = write_estimate_scorecards(db, report, Path(args.scorecards))
        data["scorecards"] = shapes.scorecards(written)
        text += f"\nKartu skor ESTIMASI: {len(written.files)} berkas, {written.pages} halaman, di {args.scorecards}"
    emit(args, data, text)


def add_estimate_command(commands: Any, common: argparse.ArgumentParser) -> None:
    """Register ``spi estimate FILE --map MAP --year Y [--correction X] [--weights I/E/X] [--sheet S]
    [--scorecards DIR] [--json]``."""
    estimate = commands.add_parser("estimate", parents=[common],
                                   help="ESTIMASI SPI dari survei mandiri (bukan nilai resmi KPK; tidak disimpan)")
    estimate.add_argument("file", help="ekspor jawaban (.csv/.xlsx dari Google Forms, KoboToolbox, LimeSurvey)")
    estimate.add_argument("--map", required=True, help="peta kuesioner (.json)")
    estimate.add_argument("--year", type=int, required=True, help="tahun survei (elemen, bobot, kategori)")
    estimate.add_argument("--correction", type=_number, help="faktor koreksi dalam poin (bawaan: tanpa koreksi)")
    estimate.add_argument("--weights", type=_weights, metavar="I/E/X",
                          help="bobot internal/eksternal/eksper, mis. 0,45/0,45/0,1 (bawaan: bobot tahun survei)")
    estimate.add_argument("--sheet", help="nama lembar kerja (bawaan: lembar pertama)")
    estimate.add_argument("--scorecards", metavar="DIR", help="tulis juga kartu skor ESTIMASI (PDF) ke folder ini")
    estimate.set_defaults(handler=cmd_estimate)
