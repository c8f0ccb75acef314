"""Stored official results as plain rows: bands of the year, change from the year before, and comparisons
with the national index and the average of the institution's type."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select

from spi_desktop.db.models import Institution, OfficialResult, Unit
from spi_desktop.db.session import Database
from spi_desktop.domain.bands import Band, Banded, band_for
from spi_desktop.domain.errors import InputError
from spi_desktop.domain.formatting import format_decimal
from spi_desktop.domain.survey_year import SurveyYear
from spi_desktop.services.results import unit_lookup
from spi_desktop.services.years import get_year, list_years


@dataclass(frozen=True)
class ResultInfo:
    """One official result with what a reader needs around it."""

    year: int
    code: str  # '' for the institution
    name: str
    index: Banded
    internal: float | None
    external: float | None
    expert: float | None
    correction: float | None
    elements: dict[str, Banded]  # element code -> score and band, in the year's element order
    element_names: dict[str, str]
    source: str
    source_date: dt.date | None
    previous_index: float | None = None  # the same unit's index in the nearest earlier year with one
    previous_year: int | None = None
    national_index: float | None = None
    type_average: float | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def change(self) -> float | None:
        """Index minus the previous year's index (points)."""
        if self.index.score is None or self.previous_index is None:
            return None
        return round(self.index.score - self.previous_index, 2)


def banded(score: float | None, bands: list[Band]) -> Banded:
    """``score`` with the band it falls in among ``bands`` (none when the score or the bands are missing)."""
    if score is None or not bands:
        return Banded(score)
    band = band_for(score, bands)
    return Banded(score, band.label, band.colour)


def results_for_year(database: Database, year: int, code: str | None = None) -> list[ResultInfo]:
    """The year's stored results (the institution first, then OPD by code); ``code`` narrows to one."""
    settings = get_year(database, year)
    with database.Session() as session:
        wanted: int | None | str = "all"
        if code is not None:
            units = unit_lookup(session)
            if code.upper() not in units:
                raise InputError(f"Kode '{code}' bukan OPD yang terdaftar dan bukan instansi ini")
            wanted = units[code.upper()]
        institution = session.scalar(select(Institution))
        names = {unit_id: (c, n) for unit_id, c, n in session.execute(select(Unit.id, Unit.code, Unit.name))}
        query = select(OfficialResult).where(OfficialResult.year <= year)
        rows = list(session.scalars(query))
    type_average = settings.type_averages.get(institution.type) if institution else None
    previous: dict[int | None, tuple[int, float]] = {}
    for row in sorted(rows, key=lambda r: r.year):
        if row.year < year and row.index is not None:
            previous[row.unit_id] = (row.year, row.index)
    found = []
    for row in rows:
        if row.year != year:
            continue
        unit_code, name = names.get(row.unit_id, ("", institution.name if institution else "Instansi")) \
            if row.unit_id is not None else ("", institution.name if institution else "Instansi")
        if wanted != "all" and row.unit_id != wanted:
            continue
        before = previous.get(row.unit_id)
        found.append(_info(row, settings, unit_code, name, before, type_average))
    return sorted(found, key=lambda r: (r.code != "", r.code))


def _info(row: OfficialResult, settings: SurveyYear, code: str, name: str, before: tuple[int, float] | None,
          type_average: float | None) -> ResultInfo:
    bands = settings.bands
    order = [element.code for element in settings.elements]
    elements = {key: banded(row.elements.get(key), bands) for key in order if key in row.elements}
    notes = []
    if row.index is not None and row.elements:
        mean = sum(row.elements.values()) / len(row.elements)
        if abs(mean - row.index) >= 0.01:
            notes.append(f"Indeks bukan rata-rata elemen (rata-rata elemen {format_decimal(mean)}); nilai resmi "
                         "disimpan apa adanya.")
    return ResultInfo(row.year, code, name, banded(row.index, bands), row.internal, row.external, row.expert,
                      row.correction, elements, {e.code: e.name for e in settings.elements}, row.source,
                      row.source_date, before[1] if before else None, before[0] if before else None,
                      settings.national_index, type_average, notes)


def result_years(database: Database) -> list[int]:
    """Survey years that have at least one stored result, newest first."""
    with database.Session() as session:
        stored = set(session.scalars(select(OfficialResult.year).distinct()))
    return sorted((y for y in list_years(database) if y in stored), reverse=True)
