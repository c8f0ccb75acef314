"""Scorecards from an SPI mandiri estimate: the same card, labelled and watermarked ESTIMASI, never stored."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from spi_desktop.db.session import Database
from spi_desktop.domain.estimate import ESTIMATE_LABEL, PopulationEstimate
from spi_desktop.domain.scorecard import ElementLine, ScorecardData
from spi_desktop.services.estimate import EstimateReport, UnitEstimate
from spi_desktop.services.recommendation_catalogue import load_catalogue
from spi_desktop.services.results_read import banded
from spi_desktop.services.scorecards import band_scale, card_recommendations, workspace_fields
from spi_desktop.services.years import get_year


def estimate_scorecards(database: Database, report: EstimateReport,
                        today: dt.date | None = None) -> list[ScorecardData]:
    """One ESTIMASI card for the institution and one per OPD the estimate covers."""
    settings = get_year(database, report.year)
    catalogue = load_catalogue(database)
    bands = band_scale(settings)
    common = workspace_fields(database)
    cards = []
    for unit in [report.institution, *report.units]:
        found = unit.estimate
        elements = [ElementLine(element.code, element.name,
                                banded(_value(found, element.code), settings.bands), None)
                    for element in settings.elements]
        cards.append(ScorecardData(
            year=report.year, code=unit.code or "", unit_name=unit.name if unit.code else common["institution"],
            index=banded(found.index.value if found.index else None, settings.bands), bands=bands,
            internal=_subindex(found, "internal"), external=_subindex(found, "external"),
            expert=_subindex(found, "expert"), correction=found.correction, elements=elements,
            national_index=settings.national_index,
            type_average=settings.type_averages.get(common["type_name"]),
            recommendations=card_recommendations(settings, catalogue, elements),
            source=_source(report, unit), source_date=today or dt.date.today(), label=ESTIMATE_LABEL, **common))
    return cards


def _value(found: PopulationEstimate, code: str) -> float | None:
    element = found.elements.get(code)
    return round(element.value, 2) if element is not None else None


def _subindex(found: PopulationEstimate, group: str) -> float | None:
    return round(found.groups[group].subindex.value, 2) if group in found.groups else None


def _source(report: EstimateReport, unit: UnitEstimate) -> str:
    return f"ESTIMASI dari {unit.estimate.respondents} responden ({Path(report.file).name})"
