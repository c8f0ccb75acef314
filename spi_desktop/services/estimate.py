"""The SPI mandiri estimate as a use case: read a practice-survey export with its questionnaire map and
estimate the index, sub-indices and elements per OPD and for the institution.

Always labelled ESTIMASI and never stored: this service only reads the workspace (the survey year and the
OPD list) and writes nothing, so an estimate cannot be mixed up with official results.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spi_desktop.db.session import Database
from spi_desktop.domain.bands import band_for
from spi_desktop.domain.errors import InputError
from spi_desktop.domain.estimate import (
    ASSUMPTIONS,
    DISCLAIMER,
    ESTIMATE_LABEL,
    PopulationEstimate,
    Respondent,
    estimate_population,
)
from spi_desktop.domain.estimate_stats import Estimate
from spi_desktop.domain.formatting import format_decimal
from spi_desktop.domain.problems import RowProblem
from spi_desktop.domain.survey_year import GROUP_NAMES, GROUPS, Element, SurveyYear
from spi_desktop.domain.unit_match import name_lookup
from spi_desktop.importers.survey_answers import read_answers
from spi_desktop.importers.survey_map import load_map
from spi_desktop.services.units import list_units
from spi_desktop.services.years import get_year


def _estimate(found: Estimate | None) -> dict[str, Any] | None:
    return None if found is None else found.as_dict()


MIN_SHOWN_GROUP = 3  # an OPD's group with fewer respondents is not shown on its own (privacy)


@dataclass(frozen=True)
class UnitEstimate:
    """The estimate for one OPD (``code`` None: the whole institution) with its band label."""

    code: str | None
    name: str
    estimate: PopulationEstimate
    band: str | None

    def as_dict(self, elements: Sequence[Element]) -> dict[str, Any]:
        """JSON-ready; every year element is listed, with null values when nobody answered it."""
        found = self.estimate
        element_rows = []
        for element in elements:
            pooled = found.elements.get(element.code)
            by_group = {g: _estimate(found.groups[g].elements.get(element.code)) if g in found.groups else None
                        for g in GROUPS}
            values = pooled.as_dict() if pooled else {"value": None, "n": 0, "low": None, "high": None}
            element_rows.append({"code": element.code, "name": element.name, **values, "by_group": by_group})
        return {
            "label": ESTIMATE_LABEL,
            "code": self.code,
            "name": self.name,
            "respondents": found.respondents,
            "index": _estimate(found.index),
            "band": self.band,
            "subindices": {g: _estimate(found.groups[g].subindex) if g in found.groups else None for g in GROUPS},
            "group_respondents": {g: found.groups[g].respondents if g in found.groups else 0 for g in GROUPS},
            "weights_used": {g: round(w, 4) for g, w in found.weights_used.items()},
            "elements": element_rows,
            "notes": list(found.notes),
        }


@dataclass
class EstimateReport:
    """What ``estimate_spi`` found: the institution, each OPD in the file, notes and row problems."""

    year: int
    file: str
    map_name: str
    weights: dict[str, float]
    correction: float | None
    subindex_method: str
    elements: list[Element]
    institution: UnitEstimate
    units: list[UnitEstimate]
    read: int
    notes: list[str] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    label: str = ESTIMATE_LABEL

    def as_dict(self) -> dict[str, Any]:
        """The JSON object ``spi estimate --json`` prints."""
        return {
            "label": self.label,
            "disclaimer": DISCLAIMER,
            "year": self.year,
            "file": self.file,
            "map": self.map_name,
            "weights": self.weights,
            "correction": self.correction,
            "subindex_method": self.subindex_method,
            "read": self.read,
            "respondents": self.institution.estimate.respondents,
            "institution": self.institution.as_dict(self.elements),
            "units": [unit.as_dict(self.elements) for unit in self.units],
            "notes": list(self.notes),
            "problems": [problem.as_dict() for problem in self.problems],
        }


def _weights(year: SurveyYear, override: Mapping[str, float] | None) -> dict[str, float]:
    source = dict(override) if override is not None else dict(year.weights)
    unknown = sorted(set(source) - set(GROUPS))
    if unknown:
        raise InputError(f"Bobot untuk kelompok tidak dikenal: {', '.join(unknown)}; pakai {', '.join(GROUPS)}")
    missing = [g for g in GROUPS if source.get(g) is None]
    if missing and override is None:
        raise InputError(f"Bobot kelompok {', '.join(missing)} untuk tahun {year.year} belum diketahui. Isi bobot di "
                         "Pengaturan › Tahun survei, atau berikan bobot untuk estimasi ini.")
    chosen = {g: float(source.get(g) or 0.0) for g in GROUPS}
    if any(w < 0 for w in chosen.values()) or sum(chosen.values()) <= 0:
        raise InputError("Bobot tidak boleh negatif dan jumlahnya harus lebih dari 0")
    return chosen


def _band(year: SurveyYear, found: PopulationEstimate) -> str | None:
    if found.index is None or not year.bands:
        return None
    return band_for(found.index.value, year.bands).label


def estimate_spi(database: Database, export: Path, map_path: Path, year: int, correction: float | None = None,
                 weights: Mapping[str, float] | None = None, sheet: str | None = None) -> EstimateReport:
    """Estimate SPI scores from a practice-survey export; nothing is written to the workspace.

    ``weights`` ({"internal", "external", "expert"}) replaces the survey year's weights; without it, a year
    whose weights are unknown is refused. ``correction`` (0–100 points) is subtracted from every index.
    """
    if correction is not None and not 0 <= correction <= 100:
        raise InputError(f"Faktor koreksi {format_decimal(correction)} harus antara 0 dan 100 poin")
    survey_year = get_year(database, year)
    chosen = _weights(survey_year, weights)
    questionnaire = load_map(map_path, survey_year.elements)
    infos = list_units(database, year=year, active_only=True)
    parsed = read_answers(export, questionnaire, name_lookup(info.record for info in infos), sheet)
    if not parsed.rows:
        first = f" Contoh masalah: {parsed.problems[0]}" if parsed.problems else ""
        raise InputError(f"{parsed.file_name}: tidak ada jawaban yang dapat dihitung ({parsed.read} baris dibaca, "
                         f"{len(parsed.problems)} masalah).{first}")
    method = questionnaire.subindex_method
    by_unit: dict[str, list[Respondent]] = defaultdict(list)
    for respondent in parsed.rows:
        if respondent.unit:
            by_unit[respondent.unit].append(respondent)
    names = {info.code: info.name for info in infos}
    whole = estimate_population(parsed.rows, chosen, correction, method)
    units = []
    for code in sorted(by_unit):
        kept, hidden = _without_tiny_groups(by_unit[code])
        if not kept:
            continue
        found = estimate_population(kept, chosen, correction, method)
        found.notes.extend(f"Kelompok {GROUP_NAMES[group]} hanya {count} responden: tidak dihitung untuk OPD ini "
                           "agar jawaban perorangan tidak terbaca (tetap masuk angka instansi)."
                           for group, count in hidden.items())
        units.append(UnitEstimate(code, names.get(code, code), found, _band(survey_year, found)))
    return EstimateReport(
        year=year,
        file=parsed.file_name,
        map_name=questionnaire.name,
        weights=chosen,
        correction=correction,
        subindex_method=method,
        elements=list(survey_year.elements),
        institution=UnitEstimate(None, "Instansi (semua jawaban)", whole, _band(survey_year, whole)),
        units=units,
        read=parsed.read,
        notes=_notes(parsed.identity_columns, parsed.without_unit, parsed.unanswered, parsed.other_group_answers,
                     method, weights is not None, year),
        problems=parsed.problems,
    )


def _without_tiny_groups(respondents: list[Respondent]) -> tuple[list[Respondent], dict[str, int]]:
    """An OPD's respondents without the groups smaller than ``MIN_SHOWN_GROUP``: with one or two people a
    group's mean is their own answers. Returns the kept respondents and the hidden groups' sizes."""
    sizes = Counter(respondent.group for respondent in respondents)
    hidden = {group: count for group, count in sizes.items() if count < MIN_SHOWN_GROUP}
    return [r for r in respondents if r.group not in hidden], hidden


def _notes(identity: Sequence[str], without_unit: int, unanswered: int, other_group: int, method: str,
           overridden: bool, year: int) -> list[str]:
    notes = [DISCLAIMER, ASSUMPTIONS[method], ASSUMPTIONS["index"], ASSUMPTIONS["interval"],
             "Bobot diberikan untuk estimasi ini." if overridden else f"Bobot dari Pengaturan › Tahun survei {year}."]
    if identity:
        notes.append(f"{len(identity)} kolom identitas/waktu pengisian tidak dibaca dan tidak disalin: "
                     f"{', '.join(identity)}.")
    if without_unit:
        notes.append(f"{without_unit} jawaban tanpa OPD hanya dihitung untuk instansi.")
    if unanswered:
        notes.append(f"{unanswered} baris tanpa satu pun jawaban yang dapat dihitung.")
    if other_group:
        notes.append(f"{other_group} jawaban untuk pertanyaan kelompok lain diabaikan.")
    return notes
