"""Recommendation texts for scorecards: one per element and tier, kept as data and versioned per survey year.

The shipped catalogue is ``resources/recommendations/katalog.json``; texts a workspace edits are stored in
the workspace preference table under ``scorecard.recommendations`` as ``{from_year: {code: {tier: text}}}``
and override the shipped ones. For a survey year the newest version with ``from_year`` ≤ that year applies.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from spi_desktop.db.session import Database
from spi_desktop.domain.bands import band_for
from spi_desktop.domain.errors import InputError
from spi_desktop.domain.roles import Permission
from spi_desktop.domain.survey_year import SurveyYear
from spi_desktop.resources import load_json
from spi_desktop.services import settings_store
from spi_desktop.services.access import require
from spi_desktop.services.settings_store import CATALOGUE_KEY
from spi_desktop.services.years import get_year

CATALOGUE_FILE = ("recommendations", "katalog.json")
MAX_EDITED_LENGTH = 600

# Lowest band of the year, the bands in between, the top band.
TIERS = ("mendasar", "perbaikan", "pertahankan")
TIER_LABELS = {
    "mendasar": "Perbaikan mendasar",
    "perbaikan": "Perbaikan terarah",
    "pertahankan": "Pertahankan dan kembangkan",
}


@dataclass(frozen=True)
class CatalogueVersion:
    """The texts that apply from ``from_year`` until a newer version starts."""

    from_year: int
    note: str
    elements: dict[str, dict[str, str]]
    edited: frozenset[tuple[str, str]] = field(default_factory=frozenset)  # (code, tier) the workspace changed


@dataclass(frozen=True)
class Catalogue:
    """All versions, oldest first."""

    source: str
    versions: list[CatalogueVersion]

    def version_for(self, year: int) -> CatalogueVersion | None:
        """The newest version with ``from_year`` ≤ ``year``; ``None`` when the year predates them all."""
        applicable = [version for version in self.versions if version.from_year <= year]
        return max(applicable, key=lambda version: version.from_year) if applicable else None

    def element_codes(self) -> set[str]:
        """Every element code any version has texts for."""
        return {code for version in self.versions for code in version.elements}


@dataclass(frozen=True)
class ElementRecommendation:
    """What a scorecard prints for one element."""

    code: str
    name: str
    score: float
    band_label: str
    band_colour: str
    tier: str
    text: str | None


def tier_for(band_position: int, band_count: int) -> str:
    """Tier of the band at ``band_position`` (0 = lowest) among ``band_count`` bands."""
    if band_count < 1 or not 0 <= band_position < band_count:
        raise ValueError(f"Posisi kategori {band_position} di luar 0–{band_count - 1}")
    if band_count == 1:
        return "perbaikan"
    if band_position == 0:
        return "mendasar"
    if band_position == band_count - 1:
        return "pertahankan"
    return "perbaikan"


def shipped_catalogue() -> Catalogue:
    """The catalogue as shipped with the app, without workspace edits."""
    return _parse(load_json(*CATALOGUE_FILE))


def _parse(data: dict[str, Any]) -> Catalogue:
    versions = [
        CatalogueVersion(
            from_year=int(item["from_year"]),
            note=str(item.get("note", "")),
            elements={
                str(code): {tier: str(texts[tier]).strip() for tier in TIERS if str(texts.get(tier, "")).strip()}
                for code, texts in item.get("elements", {}).items()
            },
        )
        for item in data.get("versions", [])
    ]
    return Catalogue(source=str(data.get("source", "")), versions=sorted(versions, key=lambda v: v.from_year))


def _stored_edits(database: Database) -> dict[str, dict[str, dict[str, str]]]:
    """The workspace's edits, keeping only well-formed entries."""
    stored = settings_store.read(database, CATALOGUE_KEY)
    edits: dict[str, dict[str, dict[str, str]]] = {}
    if not isinstance(stored, dict):
        return edits
    for from_year, elements in stored.items():
        if not isinstance(elements, dict):
            continue
        for code, texts in elements.items():
            if not isinstance(texts, dict):
                continue
            for tier, text in texts.items():
                if tier in TIERS and isinstance(text, str) and text.strip():
                    edits.setdefault(str(from_year), {}).setdefault(str(code), {})[tier] = text.strip()
    return edits


def load_catalogue(database: Database) -> Catalogue:
    """The shipped catalogue with the workspace's edited texts laid over it."""
    shipped = shipped_catalogue()
    edits = _stored_edits(database)
    versions = []
    for version in shipped.versions:
        elements = {code: dict(texts) for code, texts in version.elements.items()}
        edited: set[tuple[str, str]] = set()
        for code, texts in edits.get(str(version.from_year), {}).items():
            if code not in elements:
                continue
            for tier, text in texts.items():
                elements[code][tier] = text
                edited.add((code, tier))
        versions.append(CatalogueVersion(version.from_year, version.note, elements, frozenset(edited)))
    return Catalogue(shipped.source, versions)


def recommendation_text(catalogue: Catalogue, year: int, element_code: str, tier: str) -> str | None:
    """The text for an element and tier in ``year``; ``None`` when the catalogue has none."""
    version = catalogue.version_for(year)
    if version is None:
        return None
    return version.elements.get(element_code, {}).get(tier)


def save_catalogue_text(database: Database, from_year: int, element_code: str, tier: str, text: str) -> None:
    """Store an edited text for one version, element and tier; ``InputError`` when it cannot be used.
    Settings permission; one audit line with the old and new text."""
    actor = require(database, Permission.SETTINGS)
    catalogue = shipped_catalogue()
    years = [version.from_year for version in catalogue.versions]
    if from_year not in years:
        raise InputError(f"Versi katalog mulai tahun {from_year} tidak ada (yang ada: "
                         + ", ".join(str(year) for year in years) + ")")
    if element_code not in catalogue.element_codes():
        raise InputError(f"Kode elemen '{element_code}' tidak dikenal")
    if tier not in TIERS:
        raise InputError(f"Tingkat rekomendasi '{tier}' tidak dikenal (pilih: " + ", ".join(TIERS) + ")")
    cleaned = text.strip()
    if not cleaned:
        raise InputError("Teks rekomendasi tidak boleh kosong; gunakan 'kembalikan bawaan' untuk teks semula")
    if len(cleaned) > MAX_EDITED_LENGTH:
        raise InputError(f"Teks rekomendasi paling panjang {MAX_EDITED_LENGTH} karakter (sekarang {len(cleaned)})")
    old = _current_text(database, from_year, element_code, tier)
    edits = _stored_edits(database)
    edits.setdefault(str(from_year), {}).setdefault(element_code, {})[tier] = cleaned
    summary = f"Ubah teks rekomendasi {element_code} {TIER_LABELS[tier].lower()} (versi {from_year})"
    settings_store.write(database, CATALOGUE_KEY, edits, actor, summary, old={"text": old}, new={"text": cleaned},
                         from_year=from_year, element=element_code, tier=tier)


def _current_text(database: Database, from_year: int, element_code: str, tier: str) -> str | None:
    """The text in force for one version, element and tier (edited or shipped)."""
    version = next((v for v in load_catalogue(database).versions if v.from_year == from_year), None)
    return None if version is None else version.elements.get(element_code, {}).get(tier)


def reset_catalogue(database: Database) -> None:
    """Drop every edited text: the shipped catalogue applies again. Settings permission; the audit line
    keeps the dropped texts."""
    actor = require(database, Permission.SETTINGS)
    dropped = {f"{from_year} {code} {tier}": text for from_year, elements in _stored_edits(database).items()
               for code, texts in elements.items() for tier, text in texts.items()}
    summary = f"Kembalikan seluruh katalog rekomendasi ke bawaan ({len(dropped)} teks ubahan dibuang)"
    settings_store.write(database, CATALOGUE_KEY, {}, actor, summary, old=dropped, new={}, dropped=len(dropped))


def recommendations_for(
    database: Database, year: int, element_scores: Mapping[str, float | None]
) -> list[ElementRecommendation]:
    """One recommendation per scored element of ``year``, weakest element first.

    Band and tier come from the year's own bands; element names from the year's settings (an element code
    the year does not know keeps its code as name). Missing (``None``) or NaN scores are
    skipped.
    """
    return rank_recommendations(get_year(database, year), load_catalogue(database), element_scores)


def rank_recommendations(settings: SurveyYear, catalogue: Catalogue,
                         element_scores: Mapping[str, float | None]) -> list[ElementRecommendation]:
    """``recommendations_for`` with the year's settings and the catalogue already loaded (for batches)."""
    bands = sorted(settings.bands, key=lambda band: band.lower)
    names = {element.code: element.name for element in settings.elements}
    order = {element.code: position for position, element in enumerate(settings.elements)}
    rows = []
    for code, score in element_scores.items():
        if score is None or math.isnan(score):
            continue
        band = band_for(score, bands)
        tier = tier_for(bands.index(band), len(bands))
        rows.append(ElementRecommendation(
            code=code,
            name=names.get(code, code),
            score=float(score),
            band_label=band.label,
            band_colour=band.colour,
            tier=tier,
            text=recommendation_text(catalogue, settings.year, code, tier),
        ))
    return sorted(rows, key=lambda row: (row.score, order.get(row.code, len(order)), row.code))


def reset_catalogue_text(database: Database, from_year: int, element_code: str, tier: str) -> None:
    """Drop the edited text of one version, element and tier: the shipped text applies again.

    Nothing changes (and nothing is audited) when that text was never edited. Settings permission.
    """
    actor = require(database, Permission.SETTINGS)
    edits = _stored_edits(database)
    version = edits.get(str(from_year), {})
    texts = version.get(element_code, {})
    if tier not in texts:
        return
    old = texts.pop(tier)
    if not texts:
        del version[element_code]
    if not version:
        del edits[str(from_year)]
    shipped = next((v for v in shipped_catalogue().versions if v.from_year == from_year), None)
    summary = (f"Kembalikan teks rekomendasi {element_code} {TIER_LABELS.get(tier, tier).lower()} "
               f"(versi {from_year}) ke bawaan")
    settings_store.write(database, CATALOGUE_KEY, edits, actor, summary, old={"text": old},
                         new={"text": None if shipped is None else shipped.elements.get(element_code, {}).get(tier)},
                         from_year=from_year, element=element_code, tier=tier)
