"""The scorecard recommendation catalogue: shipped texts, tiers per band, ordering, workspace edits."""

from __future__ import annotations

import re

import pytest

from spi_desktop.db.session import Database
from spi_desktop.domain.errors import InputError
from spi_desktop.resources import load_json
from spi_desktop.services import settings_store
from spi_desktop.services.recommendation_catalogue import (
    TIERS,
    load_catalogue,
    recommendation_text,
    recommendations_for,
    reset_catalogue,
    save_catalogue_text,
    shipped_catalogue,
    tier_for,
)
from spi_desktop.services.settings_store import CATALOGUE_KEY
from spi_desktop.services.years import default_years

CODES = ("transparansi", "pengelolaan_sdm", "pengelolaan_anggaran", "integritas_tugas", "perdagangan_pengaruh",
         "pengelolaan_pbj", "sosialisasi_antikorupsi")
INDONESIAN_WORDS = {"dan", "yang", "untuk", "serta", "setiap", "secara", "pegawai", "atau"}
ENGLISH_WORDS = {"the", "and", "of", "to", "should", "with"}


def test_shipped_catalogue_has_every_element_and_tier_in_indonesian() -> None:
    data = load_json("recommendations", "katalog.json")
    assert data["source"].strip()
    catalogue = shipped_catalogue()
    assert [version.from_year for version in catalogue.versions] == [2021]
    version = catalogue.versions[0]
    assert set(version.elements) == set(CODES)
    for year in default_years():  # the survey years' element codes are all covered
        assert {element.code for element in year.elements} <= set(version.elements)
    for code in CODES:
        assert set(version.elements[code]) == set(TIERS), code
        for tier in TIERS:
            text = version.elements[code][tier]
            assert text.strip(), (code, tier)
            assert len(text) <= 320, (code, tier, len(text))
            sentences = [part for part in re.split(r"(?<=[.!?])\s+", text.strip()) if part]
            assert 1 <= len(sentences) <= 3, (code, tier)
            words = set(re.findall(r"[a-zà-ÿ]+", text.lower()))
            assert words & INDONESIAN_WORDS, (code, tier)
            assert not words & ENGLISH_WORDS, (code, tier)
            assert not re.search(r"\b(skor|indeks|nilai spi|predikat)\b", text.lower()), (code, tier)
        assert version.elements[code]["pertahankan"].startswith("Pertahankan")


@pytest.mark.parametrize(
    ("band_count", "expected"),
    [
        (4, ["mendasar", "perbaikan", "perbaikan", "pertahankan"]),
        (3, ["mendasar", "perbaikan", "pertahankan"]),
        (2, ["mendasar", "pertahankan"]),
        (1, ["perbaikan"]),
    ],
)
def test_tier_for(band_count: int, expected: list[str]) -> None:
    assert [tier_for(position, band_count) for position in range(band_count)] == expected


def test_tier_for_rejects_positions_outside_the_bands() -> None:
    with pytest.raises(ValueError):
        tier_for(3, 3)
    with pytest.raises(ValueError):
        tier_for(0, 0)


def test_newest_version_not_after_the_year_applies(database: Database) -> None:
    catalogue = load_catalogue(database)
    text_2021 = recommendation_text(catalogue, 2021, "transparansi", "mendasar")
    assert text_2021
    assert recommendation_text(catalogue, 2025, "transparansi", "mendasar") == text_2021
    assert recommendation_text(catalogue, 2020, "transparansi", "mendasar") is None
    assert recommendation_text(catalogue, 2024, "unsur_lain", "mendasar") is None


def test_loader_supports_several_versions() -> None:
    from spi_desktop.services.recommendation_catalogue import _parse

    texts = {tier: f"Teks {tier} lama." for tier in TIERS}
    newer = {tier: f"Teks {tier} baru." for tier in TIERS}
    catalogue = _parse({"source": "uji", "versions": [
        {"from_year": 2024, "note": "", "elements": {"transparansi": newer}},
        {"from_year": 2021, "note": "", "elements": {"transparansi": texts}},
    ]})
    assert [version.from_year for version in catalogue.versions] == [2021, 2024]
    assert recommendation_text(catalogue, 2023, "transparansi", "perbaikan") == "Teks perbaikan lama."
    assert recommendation_text(catalogue, 2024, "transparansi", "perbaikan") == "Teks perbaikan baru."
    assert recommendation_text(catalogue, 2030, "transparansi", "perbaikan") == "Teks perbaikan baru."


def test_2021_four_bands_choose_tiers_by_band_weakest_first(database: Database) -> None:
    scores = {"transparansi": 80.0, "pengelolaan_sdm": 60.0, "pengelolaan_anggaran": 70.0,
              "integritas_tugas": 75.0, "perdagangan_pengaruh": 77.5, "pengelolaan_pbj": 67.99,
              "sosialisasi_antikorupsi": 90.0}
    rows = recommendations_for(database, 2021, scores)
    assert [row.code for row in rows] == ["pengelolaan_sdm", "pengelolaan_pbj", "pengelolaan_anggaran",
                                          "integritas_tugas", "perdagangan_pengaruh", "transparansi",
                                          "sosialisasi_antikorupsi"]
    by_code = {row.code: row for row in rows}
    assert (by_code["pengelolaan_sdm"].band_label, by_code["pengelolaan_sdm"].tier) == ("Sangat Rentan", "mendasar")
    assert by_code["pengelolaan_pbj"].tier == "mendasar"
    assert (by_code["pengelolaan_anggaran"].band_label, by_code["pengelolaan_anggaran"].tier) == ("Rentan",
                                                                                                  "perbaikan")
    assert (by_code["integritas_tugas"].band_label, by_code["integritas_tugas"].tier) == ("Waspada", "perbaikan")
    assert (by_code["perdagangan_pengaruh"].band_label, by_code["perdagangan_pengaruh"].tier) == ("Terjaga",
                                                                                                  "pertahankan")
    catalogue = load_catalogue(database)
    for row in rows:
        assert row.text == recommendation_text(catalogue, 2021, row.code, row.tier)
        assert row.text
        assert row.band_colour.startswith("#")
    assert by_code["transparansi"].name == "Transparansi"


def test_2024_three_bands_lowest_is_fundamental_top_is_keep(database: Database) -> None:
    rows = recommendations_for(database, 2024, {"pengelolaan_sdm": 62.12, "pengelolaan_pbj": 65.69,
                                                "transparansi": 75.0, "sosialisasi_antikorupsi": 78.0})
    by_code = {row.code: row for row in rows}
    assert [row.code for row in rows] == ["pengelolaan_sdm", "pengelolaan_pbj", "transparansi",
                                          "sosialisasi_antikorupsi"]
    assert (by_code["pengelolaan_sdm"].band_label, by_code["pengelolaan_sdm"].tier) == ("Rentan", "mendasar")
    assert (by_code["transparansi"].band_label, by_code["transparansi"].tier) == ("Waspada", "perbaikan")
    assert (by_code["sosialisasi_antikorupsi"].band_label,
            by_code["sosialisasi_antikorupsi"].tier) == ("Terjaga", "pertahankan")
    assert by_code["sosialisasi_antikorupsi"].text and by_code["sosialisasi_antikorupsi"].text.startswith(
        "Pertahankan")


def test_missing_scores_are_skipped_and_ties_keep_element_order(database: Database) -> None:
    rows = recommendations_for(database, 2024, {"pengelolaan_pbj": 70.0, "transparansi": 70.0,
                                                "pengelolaan_sdm": None, "pengelolaan_anggaran": float("nan")})
    assert [row.code for row in rows] == ["transparansi", "pengelolaan_pbj"]


def test_edited_text_overrides_shipped_and_reset_restores(demo_database: Database) -> None:
    shipped = recommendation_text(load_catalogue(demo_database), 2024, "pengelolaan_pbj", "mendasar")
    edited = "Wajibkan seluruh paket pengadaan tercatat di SPSE dan lakukan reviu paket bernilai besar setiap triwulan."
    save_catalogue_text(demo_database, 2021, "pengelolaan_pbj", "mendasar", f"  {edited}  ")
    catalogue = load_catalogue(demo_database)
    assert recommendation_text(catalogue, 2024, "pengelolaan_pbj", "mendasar") == edited
    assert recommendation_text(catalogue, 2024, "pengelolaan_pbj", "perbaikan") != edited  # other tiers untouched
    assert catalogue.versions[0].edited == frozenset({("pengelolaan_pbj", "mendasar")})
    rows = recommendations_for(demo_database, 2024, {"pengelolaan_pbj": 50.0})
    assert rows[0].text == edited

    reset_catalogue(demo_database)
    catalogue = load_catalogue(demo_database)
    assert recommendation_text(catalogue, 2024, "pengelolaan_pbj", "mendasar") == shipped
    assert catalogue.versions[0].edited == frozenset()


@pytest.mark.parametrize(
    ("from_year", "code", "tier", "text", "message"),
    [
        (2021, "unsur_lain", "mendasar", "Teks.", "Kode elemen"),
        (2021, "transparansi", "sedang", "Teks.", "Tingkat rekomendasi"),
        (2021, "transparansi", "mendasar", "   ", "tidak boleh kosong"),
        (2021, "transparansi", "mendasar", "x" * 601, "paling panjang 600"),
        (2019, "transparansi", "mendasar", "Teks.", "Versi katalog"),
    ],
)
def test_bad_edits_are_refused(database: Database, from_year: int, code: str, tier: str, text: str,
                               message: str) -> None:
    with pytest.raises(InputError, match=message):
        save_catalogue_text(database, from_year, code, tier, text)
    assert load_catalogue(database).versions[0].edited == frozenset()


def test_malformed_stored_edits_are_ignored(database: Database) -> None:
    settings_store.write(database, CATALOGUE_KEY, {
        "2021": {"transparansi": {"mendasar": 5, "lain": "x", "perbaikan": ""}, "unsur_lain": {"mendasar": "x"}},
        "2024": "rusak"})
    assert load_catalogue(database) == shipped_catalogue()
    settings_store.write(database, CATALOGUE_KEY, ["bukan", "objek"])
    assert load_catalogue(database) == shipped_catalogue()
