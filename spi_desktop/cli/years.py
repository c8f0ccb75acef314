"""``spi years …``: the survey years' settings from the command line (show, list)."""

from __future__ import annotations

import argparse
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


def add_year_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    """Register ``spi years show YEAR`` and ``spi years list``."""
    actions = command_group(commands, "years", "pengaturan tahun survei")
    year_show = actions.add_parser("show", parents=[common], help="tampilkan satu tahun survei")
    year_show.add_argument("year", type=int)
    year_show.set_defaults(handler=cmd_years_show)
    actions.add_parser("list", parents=[common], help="tahun survei yang ada").set_defaults(handler=cmd_years_list)
