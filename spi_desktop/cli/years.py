"""``spi years …``: the survey years' settings from the command line (show, list, add, dates)."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TYPE_CHECKING, Any

from spi_desktop.cli.support import command_group, emit
from spi_desktop.domain.survey_year import SurveyYear

if TYPE_CHECKING:
    from spi_desktop.services.database import Database


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
    from spi_desktop.services import years

    year = years.get_year(db, args.year)
    data = year_as_dict(year)
    bands = ", ".join(f"{b['label']} ≥ {b['lower']:g}" for b in data["bands"])
    emit(args, data, f"Tahun {year.year}: {bands}\nElemen: {', '.join(e.name for e in year.elements)}")


def cmd_years_list(db: Database, args: argparse.Namespace) -> None:
    from spi_desktop.services import years

    found = years.list_years(db)
    emit(args, {"years": found}, " ".join(str(y) for y in found))


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as error:
        message = f"tanggal '{text}' tidak dikenal; tulis TTTT-BB-HH, mis. 2026-08-01"
        raise argparse.ArgumentTypeError(message) from error


def _dates_text(year: SurveyYear) -> str:
    return (f"masa survei {year.window_start} s.d. {year.window_end}, "
            f"batas data populasi {year.population_deadline}")


def cmd_years_add(db: Database, args: argparse.Namespace) -> None:
    from spi_desktop.services import years

    year = years.add_year(db, args.year, args.copy_from, window_start=args.window_start, window_end=args.window_end,
                          population_deadline=args.population_deadline)
    emit(args, year_as_dict(year), f"Tahun survei {year.year} ditambahkan: {_dates_text(year)}")


def cmd_years_dates(db: Database, args: argparse.Namespace) -> None:
    from spi_desktop.services import years

    stored = years.get_year(db, args.year)
    year = years.set_year_dates(db, args.year, args.window_start or stored.window_start,
                                args.window_end or stored.window_end,
                                args.population_deadline or stored.population_deadline)
    emit(args, year_as_dict(year), f"Tahun survei {year.year}: {_dates_text(year)}")


def _date_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--window-start", type=_date, help="awal masa survei (TTTT-BB-HH), wajib untuk tahun baru")
    parser.add_argument("--window-end", type=_date, help="akhir masa survei (TTTT-BB-HH), wajib untuk tahun baru")
    parser.add_argument("--population-deadline", type=_date,
                        help="batas pengiriman data populasi (TTTT-BB-HH), wajib untuk tahun baru")


def add_year_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    """Register ``spi years show YEAR``, ``spi years list``, ``spi years add YEAR --window-start …`` and
    ``spi years dates YEAR --window-end …``."""
    actions = command_group(commands, "years", "pengaturan tahun survei")
    year_show = actions.add_parser("show", parents=[common], help="tampilkan satu tahun survei")
    year_show.add_argument("year", type=int)
    year_show.set_defaults(handler=cmd_years_show)
    actions.add_parser("list", parents=[common], help="tahun survei yang ada").set_defaults(handler=cmd_years_list)
    year_add = actions.add_parser("add", parents=[common], help="tambah tahun survei dengan tanggalnya")
    year_add.add_argument("year", type=int)
    year_add.add_argument("--copy-from", type=int, help="tahun yang disalin (bawaan: tahun terakhir)")
    _date_options(year_add)
    year_add.set_defaults(handler=cmd_years_add)
    year_dates = actions.add_parser("dates", parents=[common], help="ubah tanggal satu tahun survei")
    year_dates.add_argument("year", type=int)
    _date_options(year_dates)
    year_dates.set_defaults(handler=cmd_years_dates)
