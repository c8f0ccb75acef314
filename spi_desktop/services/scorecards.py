"""What a scorecard shows for the institution or one OPD in a survey year, gathered as plain data."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from spi_desktop.db.session import Database
from spi_desktop.domain.bands import band_upper_bounds
from spi_desktop.domain.errors import InputError
from spi_desktop.domain.institution import INSTITUTION_CODE
from spi_desktop.services.action_plans import list_actions
from spi_desktop.services.preferences import is_demo_workspace
from spi_desktop.services.recommendation_catalogue import recommendations_for
from spi_desktop.services.results_read import Banded, ResultInfo, results_for_year
from spi_desktop.services.workspace import get_workspace
from spi_desktop.services.years import get_year


@dataclass(frozen=True)
class ElementLine:
    """One element on the card: score with band, and the change from the previous result."""

    code: str
    name: str
    score: Banded
    change: float | None


@dataclass(frozen=True)
class CardRecommendation:
    """The catalogue's text for one element, chosen by its band (weakest elements come first)."""

    element: str
    band: str | None
    text: str


@dataclass
class ScorecardData:
    """Everything one scorecard page needs; ``label`` is 'ESTIMASI' for estimates, else ''."""

    year: int
    code: str  # '' for the institution
    unit_name: str
    institution: str
    logo: bytes | None
    index: Banded
    bands: list[tuple[str, float, float, str]]  # label, lower, upper, colour
    internal: float | None
    external: float | None
    expert: float | None
    correction: float | None
    elements: list[ElementLine]
    national_index: float | None
    type_average: float | None
    type_name: str
    recommendations: list[CardRecommendation] = field(default_factory=list)
    actions: dict[str, int] = field(default_factory=dict)  # open / overdue / done for this unit
    source: str = ""
    source_date: dt.date | None = None
    inspector_name: str = ""
    inspector_nip: str = ""
    place: str = ""
    label: str = ""
    demo: bool = False


def scorecard_data(database: Database, year: int, code: str, today: dt.date | None = None) -> ScorecardData:
    """The card for ``code`` ('' or INSTANSI: the institution); ``InputError`` when the year has no result."""
    found = results_for_year(database, year, code or INSTITUTION_CODE)
    if not found:
        raise InputError(f"Belum ada hasil SPI {year} untuk {code or 'instansi'}; impor atau ketik hasilnya dulu")
    info: ResultInfo = found[0]
    settings = get_year(database, year)
    workspace = get_workspace(database)
    previous = _previous_elements(database, info)
    elements = [ElementLine(element.code, element.name, info.elements.get(element.code, Banded(None)),
                            _change(info.elements.get(element.code), previous.get(element.code)))
                for element in settings.elements]
    bands = [(band.label, band.lower, upper, band.colour) for band, upper in band_upper_bounds(settings.bands)]
    rows = [row for row in list_actions(database, year, today) if row.code == info.code]
    actions = {"open": sum(1 for r in rows if r.status != "selesai" and not r.overdue),
               "overdue": sum(1 for r in rows if r.overdue), "done": sum(1 for r in rows if r.status == "selesai")}
    return ScorecardData(
        year=year, code=info.code, unit_name=info.name, institution=workspace.name if workspace else "",
        logo=workspace.logo if workspace else None, index=info.index, bands=bands, internal=info.internal,
        external=info.external, expert=info.expert, correction=info.correction, elements=elements,
        national_index=info.national_index, type_average=info.type_average,
        type_name=workspace.type if workspace else "", recommendations=_recommendations(database, year, elements),
        actions=actions if rows else {}, source=info.source, source_date=info.source_date,
        inspector_name=(workspace.inspector_name or "") if workspace else "",
        inspector_nip=(workspace.inspector_nip or "") if workspace else "",
        place=_place(workspace.address if workspace else None), demo=is_demo_workspace(database))


def _previous_elements(database: Database, info: ResultInfo) -> dict[str, float]:
    if info.previous_year is None:
        return {}
    earlier = results_for_year(database, info.previous_year, info.code or INSTITUTION_CODE)
    return {code: banded.score for code, banded in earlier[0].elements.items() if banded.score is not None} \
        if earlier else {}


def _change(now: Banded | None, before: float | None) -> float | None:
    if now is None or now.score is None or before is None:
        return None
    return round(now.score - before, 2)


def _recommendations(database: Database, year: int, elements: list[ElementLine]) -> list[CardRecommendation]:
    scores = {line.code: line.score.score for line in elements if line.score.score is not None}
    return [CardRecommendation(found.name, found.band_label, found.text)
            for found in recommendations_for(database, year, scores) if found.text]


def _place(address: str | None) -> str:
    """The town for the signature line: the address's last part without its postcode ('…, Sukamaju 40999')."""
    if not address:
        return ""
    words = [word for word in address.split(",")[-1].split() if not word.isdigit()]  # drop the postcode
    return " ".join(words)
