"""Survey years as data: read, edit, add and seed the per-year settings."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass, replace
from functools import partial
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from spi_desktop.db.models import ScoreBand, SurveyElement, SurveyYearSettings
from spi_desktop.db.session import Database
from spi_desktop.domain.bands import Band
from spi_desktop.domain.errors import InputError, NotFoundError
from spi_desktop.domain.roles import Permission
from spi_desktop.domain.survey_year import Element, SurveyYear
from spi_desktop.resources import load_json
from spi_desktop.services import audit
from spi_desktop.services.access import require
from spi_desktop.services.concurrency import check_version, reporting_conflicts, stamp

_DATE_FIELDS = ("window_start", "window_end", "population_deadline", "results_published")


def default_years() -> list[SurveyYear]:
    """The survey years shipped with the app (2021–2025), from resources/survey_years.json."""
    return [_year_from_json(item) for item in load_json("survey_years.json")["years"]]


def _year_from_json(item: dict[str, Any]) -> SurveyYear:
    dates = {name: dt.date.fromisoformat(item[name]) if item.get(name) else None for name in _DATE_FIELDS}
    return SurveyYear(
        year=int(item["year"]),
        elements=[Element(e["code"], e["name"], e.get("source", "")) for e in item["elements"]],
        bands=[Band(b["label"], float(b["lower"]), b["colour"], b.get("source", "")) for b in item["bands"]],
        weights=dict(item.get("weights", {})),
        national_index=item.get("national_index"),
        national_target=item.get("national_target"),
        sample_targets=dict(item.get("sample_targets", {})),
        type_averages=dict(item.get("type_averages", {})),
        eligibility=dict(item.get("eligibility", {})),
        sources=dict(item.get("sources", {})),
        notes=item.get("notes", ""),
        **dates,
    )


def _to_domain(row: SurveyYearSettings) -> SurveyYear:
    return SurveyYear(
        year=row.year,
        elements=[Element(e.code, e.name, e.source) for e in row.elements],
        bands=[Band(b.label, b.lower, b.colour, b.source) for b in row.bands],
        weights={
            "internal": row.weight_internal,
            "external": row.weight_external,
            "expert": row.weight_expert,
        },
        national_index=row.national_index,
        national_target=row.national_target,
        window_start=row.window_start,
        window_end=row.window_end,
        population_deadline=row.population_deadline,
        results_published=row.results_published,
        sample_targets=dict(row.sample_targets or {}),
        type_averages=dict(row.type_averages or {}),
        eligibility=dict(row.eligibility or {}),
        sources=dict(row.sources or {}),
        notes=row.notes or "",
    )


def _write(session: Session, row: SurveyYearSettings, year: SurveyYear) -> None:
    row.weight_internal = year.weights.get("internal")
    row.weight_external = year.weights.get("external")
    row.weight_expert = year.weights.get("expert")
    row.national_index = year.national_index
    row.national_target = year.national_target
    for name in _DATE_FIELDS:
        setattr(row, name, getattr(year, name))
    row.sample_targets = dict(year.sample_targets)
    row.type_averages = dict(year.type_averages)
    row.eligibility = dict(year.eligibility)
    row.sources = dict(year.sources)
    row.notes = year.notes
    row.elements.clear()
    row.bands.clear()
    session.flush()
    row.elements.extend(
        SurveyElement(year=year.year, position=i, code=e.code, name=e.name, source=e.source)
        for i, e in enumerate(year.elements, start=1)
    )
    row.bands.extend(
        ScoreBand(year=year.year, label=b.label, lower=b.lower, colour=b.colour, source=b.source)
        for b in year.bands
    )


def seed_default_years(database: Database) -> int:
    """Add the shipped survey years to a database that has none; returns how many were added."""
    with database.Session() as session, session.begin():
        if session.scalar(select(SurveyYearSettings.year).limit(1)) is not None:
            return 0
        years = default_years()
        for year in years:
            row = SurveyYearSettings(year=year.year)
            session.add(row)
            _write(session, row, year)
        return len(years)


def list_years(database: Database) -> list[int]:
    """Every survey year in the workspace, oldest first."""
    with database.Session() as session:
        return list(session.scalars(select(SurveyYearSettings.year).order_by(SurveyYearSettings.year)))


def get_year(database: Database, year: int) -> SurveyYear:
    """The settings of one survey year; ``NotFoundError`` when it does not exist."""
    with database.Session() as session:
        return get_year_in(session, year)


def get_year_in(session: Session, year: int) -> SurveyYear:
    """``get_year`` inside a session another service already holds."""
    row = session.get(SurveyYearSettings, year)
    if row is None:
        raise NotFoundError(f"Tahun survei {year} belum ada di ruang kerja ini")
    return _to_domain(row)


def _audit_fields(value: Any, prefix: str = "") -> dict[str, Any]:
    """A year's settings as flat audit fields: nested settings as dotted keys, lists (elements, bands) as JSON
    text, so the trail shows exactly which setting changed."""
    if isinstance(value, Mapping):
        fields: dict[str, Any] = {}
        for key, inner in value.items():
            fields.update(_audit_fields(inner, f"{prefix}.{key}" if prefix else str(key)))
        return fields
    if isinstance(value, list):
        return {prefix: json.dumps(value, ensure_ascii=False, default=str)}
    return {prefix: value}


def year_version(database: Database, year: int) -> int:
    """The stored version of a survey year's settings (what an editor hands back to ``save_year``)."""
    with database.Session() as session:
        row = session.get(SurveyYearSettings, year)
        if row is None:
            raise NotFoundError(f"Tahun survei {year} belum ada di ruang kerja ini")
        return row.version


def save_year(database: Database, year: SurveyYear, expected_version: int | None = None) -> None:
    """Replace a survey year's settings after checking them; ``InputError`` lists what is wrong. Needs the
    Settings permission; one audit line with the settings that changed, old and new. With
    ``expected_version`` a change saved by someone else meanwhile raises ``ConflictError``."""
    actor = require(database, Permission.SETTINGS)
    problems = year.missing_dates() + year.problems()
    if problems:
        raise InputError(f"Pengaturan tahun survei {year.year} belum benar:\n- " + "\n- ".join(problems))
    what = f"Pengaturan tahun survei {year.year}"
    latest = partial(_latest_year, database, year.year)
    with reporting_conflicts(what, latest), database.Session() as session, session.begin():
        row = session.get(SurveyYearSettings, year.year)
        if row is None:
            raise NotFoundError(f"Tahun survei {year.year} belum ada di ruang kerja ini")
        check_version(row, expected_version, what)
        stamp(row, actor)
        old, new = _audit_fields(asdict(_to_domain(row))), _audit_fields(asdict(year))
        before, after = audit.changed({**{key: None for key in new}, **old}, {**{key: None for key in old}, **new})
        _write(session, row, year)
        audit.record(session, actor, "settings", "tahun survei", f"Ubah pengaturan tahun survei {year.year}",
                     old=before, new=after, year=year.year)


def _latest_year(database: Database, year: int) -> SurveyYearSettings | None:
    with database.Session() as session:
        return session.get(SurveyYearSettings, year)


def add_year(database: Database, year: int, copy_from: int | None = None, *, window_start: dt.date | None = None,
             window_end: dt.date | None = None, population_deadline: dt.date | None = None) -> SurveyYear:
    """Create a new survey year as a copy of ``copy_from`` (default: the latest year) with its own dates: the survey
    window and the population list deadline are required (``InputError`` names the one missing). The national index
    is not copied (KPK announces it after the survey). Needs the Settings permission; one audit line."""
    actor = require(database, Permission.SETTINGS)
    existing = list_years(database)
    if year in existing:
        raise InputError(f"Tahun survei {year} sudah ada")
    if not existing:
        raise InputError("Belum ada tahun survei yang dapat disalin")
    template = get_year(database, copy_from if copy_from is not None else existing[-1])
    new = SurveyYear(
        year=year,
        elements=list(template.elements),
        bands=list(template.bands),
        weights=dict(template.weights),
        national_target=template.national_target,
        window_start=window_start,
        window_end=window_end,
        population_deadline=population_deadline,
        sample_targets=dict(template.sample_targets),
        eligibility=dict(template.eligibility),
        sources={key: f"Disalin dari {template.year}: {note}" for key, note in template.sources.items()
                 if key not in {"window", "population_deadline", "national_index", "results_published"}},
    )
    problems = new.missing_dates() + new.problems()
    if problems:
        raise InputError(f"Tahun survei {year} belum dapat ditambahkan:\n- " + "\n- ".join(problems))
    with database.Session() as session, session.begin():
        row = SurveyYearSettings(year=year)
        session.add(row)
        _write(session, row, new)
        audit.record(session, actor, "settings", "tahun survei",
                     f"Tambah tahun survei {year} (salinan tahun {template.year})", year=year, copy_from=template.year,
                     window_start=window_start.isoformat() if window_start else None,
                     window_end=window_end.isoformat() if window_end else None,
                     population_deadline=population_deadline.isoformat() if population_deadline else None)
    return new


@dataclass(frozen=True)
class YearSuggestion:
    """The survey year to offer for today, with its dates: the stored ones when the year exists, else the previous
    year's dates moved to this year (``pattern_from``), else none (the user must type them)."""

    year: int
    exists: bool
    window_start: dt.date | None = None
    window_end: dt.date | None = None
    population_deadline: dt.date | None = None
    pattern_from: int | None = None


def _same_day_in(date: dt.date | None, year: int) -> dt.date | None:
    if date is None:
        return None
    try:
        return date.replace(year=year)
    except ValueError:  # 29 February in a year without it
        return date.replace(year=year, day=28)


def suggest_year(database: Database, today: dt.date | None = None) -> YearSuggestion:
    """The year to offer when adding one or on a first start: today's calendar year (a survey runs and reports in
    it). Its dates follow the pattern of the nearest earlier year that has them, moved by whole years."""
    target = (today or dt.date.today()).year
    with database.Session() as session:
        row = session.get(SurveyYearSettings, target)
        if row is not None:
            return YearSuggestion(target, True, row.window_start, row.window_end, row.population_deadline)
        earlier = session.scalars(select(SurveyYearSettings).where(SurveyYearSettings.year < target)
                                  .order_by(SurveyYearSettings.year.desc()))
        for template in earlier:
            if template.window_start and template.window_end:
                shift = target - template.year
                return YearSuggestion(
                    target, False,
                    _same_day_in(template.window_start, template.window_start.year + shift),
                    _same_day_in(template.window_end, template.window_end.year + shift),
                    _same_day_in(template.population_deadline,
                                 template.population_deadline.year + shift) if template.population_deadline else None,
                    pattern_from=template.year)
    return YearSuggestion(target, False)


def set_year_dates(database: Database, year: int, window_start: dt.date | None, window_end: dt.date | None,
                   population_deadline: dt.date | None) -> SurveyYear:
    """Give ``year`` these dates: a new year is added (a copy of the latest one), a stored one keeps its other
    settings. ``InputError`` names a missing or impossible date; Settings permission."""
    if year not in list_years(database):
        return add_year(database, year, window_start=window_start, window_end=window_end,
                        population_deadline=population_deadline)
    stored = get_year(database, year)
    changed = replace(stored, window_start=window_start, window_end=window_end,
                      population_deadline=population_deadline)
    save_year(database, changed, year_version(database, year))
    return changed


def current_year(database: Database, today: dt.date | None = None) -> int:
    """The year to show first: this calendar year if it exists, else the latest one."""
    years = list_years(database)
    if not years:
        raise InputError("Ruang kerja belum punya tahun survei")
    this_year = (today or dt.date.today()).year
    past_or_present = [y for y in years if y <= this_year]
    return max(past_or_present) if past_or_present else years[0]
