"""What a scorecard shows for the institution or one OPD in a survey year, gathered from the workspace."""

from __future__ import annotations

import datetime as dt
from typing import Any

from spi_desktop.db.session import Database
from spi_desktop.domain.action_plan import ActionRow, ActionStatus
from spi_desktop.domain.bands import Banded, band_upper_bounds
from spi_desktop.domain.errors import InputError
from spi_desktop.domain.institution import is_institution_code
from spi_desktop.domain.scorecard import CardRecommendation, ElementLine, ScorecardData
from spi_desktop.domain.survey_year import SurveyYear
from spi_desktop.reports.logo import prepare_logo
from spi_desktop.services.about import app_version
from spi_desktop.services.action_plans import list_actions
from spi_desktop.services.preferences import is_demo_workspace
from spi_desktop.services.recommendation_catalogue import Catalogue, load_catalogue, rank_recommendations
from spi_desktop.services.results_read import ResultInfo, results_for_year
from spi_desktop.services.workspace import card_signature, get_workspace
from spi_desktop.services.years import get_year


def scorecard_data(database: Database, year: int, code: str, today: dt.date | None = None,
                   printed: dt.datetime | None = None) -> ScorecardData:
    """The card for ``code`` ('' or INSTANSI: the institution); ``InputError`` when the year has no result."""
    return scorecards_for_year(database, year, [code], today, printed)[0]


def scorecards_for_year(database: Database, year: int, codes: list[str] | None = None,
                        today: dt.date | None = None, printed: dt.datetime | None = None) -> list[ScorecardData]:
    """The cards for ``codes`` in that order ('' or INSTANSI: the institution; default: every stored result,
    the institution first). Everything is read once, so 640 cards cost a handful of queries; every card of a
    batch carries the same ``printed`` moment (default now). ``InputError`` naming every requested unit
    without a result for the year."""
    found = {info.code: info for info in results_for_year(database, year)}
    wanted = [("" if is_institution_code(code) else code.upper()) for code in codes] if codes is not None \
        else list(found)
    missing = [code or "instansi" for code in wanted if code not in found]
    if missing:
        raise InputError(f"Belum ada hasil SPI {year} untuk {', '.join(missing)}; impor atau ketik hasilnya dulu")
    settings = get_year(database, year)
    catalogue = load_catalogue(database)
    bands = band_scale(settings)
    actions: dict[str, list[ActionRow]] = {}
    for row in list_actions(database, year, today):
        actions.setdefault(row.code, []).append(row)
    earlier: dict[int, dict[str, ResultInfo]] = {}
    for info in (found[code] for code in wanted):
        if info.previous_year is not None and info.previous_year not in earlier:
            earlier[info.previous_year] = {r.code: r for r in results_for_year(database, info.previous_year)}
    common = workspace_fields(database, printed)
    cards = []
    for code in wanted:
        info = found[code]
        before = earlier.get(info.previous_year or 0, {}).get(code)
        previous = {key: b.score for key, b in before.elements.items() if b.score is not None} if before else {}
        elements = [ElementLine(element.code, element.name, info.elements.get(element.code, Banded(None)),
                                _change(info.elements.get(element.code), previous.get(element.code)))
                    for element in settings.elements]
        cards.append(_card(info, settings, catalogue, bands, elements, actions.get(code, []), common))
    return cards


def _card(info: ResultInfo, settings: SurveyYear, catalogue: Catalogue, bands: list[tuple[str, float, float, str]],
          elements: list[ElementLine], rows: list[ActionRow], common: dict[str, Any]) -> ScorecardData:
    recommendations = card_recommendations(settings, catalogue, elements)
    done = sum(1 for r in rows if r.status == ActionStatus.DONE)
    actions = {"open": sum(1 for r in rows if r.status != ActionStatus.DONE and not r.overdue),
               "overdue": sum(1 for r in rows if r.overdue), "done": done}
    return ScorecardData(
        year=info.year, code=info.code, unit_name=info.name, index=info.index, bands=bands, internal=info.internal,
        external=info.external, expert=info.expert, correction=info.correction, elements=elements,
        national_index=info.national_index, type_average=info.type_average, recommendations=recommendations,
        actions=actions if rows else {}, source=info.source, source_date=info.source_date, change=info.change,
        **common)


def band_scale(settings: SurveyYear) -> list[tuple[str, float, float, str]]:
    """The year's bands for the scale bar: label, lower, upper, colour."""
    return [(band.label, band.lower, upper, band.colour) for band, upper in band_upper_bounds(settings.bands)]


def workspace_fields(database: Database, printed: dt.datetime | None = None) -> dict[str, Any]:
    """What every card of the workspace shares: institution, logo, type, signature, demo mark, and when the
    cards are printed (``printed``, default now in local time; tests pass a fixed moment)."""
    workspace = get_workspace(database)
    signature = card_signature(database, workspace)
    return {"institution": workspace.name if workspace else "",
            "logo": prepare_logo(workspace.logo) if workspace else None,
            "type_name": workspace.type if workspace else "",
            "inspector_name": signature.name, "inspector_nip": signature.nip,
            "place": signature.place, "signer_title": signature.title, "demo": is_demo_workspace(database),
            "printed": printed or dt.datetime.now().astimezone(), "software": f"SPI Desktop {app_version()}"}


def card_recommendations(settings: SurveyYear, catalogue: Catalogue,
                         elements: list[ElementLine]) -> list[CardRecommendation]:
    """The catalogue's text for each scored element, weakest first."""
    scores = {line.code: line.score.score for line in elements if line.score.score is not None}
    return [CardRecommendation(found.name, found.band_label, found.text)
            for found in rank_recommendations(settings, catalogue, scores) if found.text]


def _change(now: Banded | None, before: float | None) -> float | None:
    if now is None or now.score is None or before is None:
        return None
    return round(now.score - before, 2)

