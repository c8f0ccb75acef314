"""Bands, validators and Indonesian formatting: the rules every screen and report relies on."""

from __future__ import annotations

import datetime as dt

import pytest

from spi_desktop.domain.bands import Band, band_for, band_problems, band_upper_bounds
from spi_desktop.domain.formatting import format_date, format_decimal, format_int, parse_decimal
from spi_desktop.domain.validators import check_nip, normalise_email, normalise_phone
from spi_desktop.services.years import default_years

YEARS = {year.year: year for year in default_years()}


@pytest.mark.parametrize(
    ("year", "score", "label"),
    [
        (2022, 73.65, "Rentan"),
        (2024, 77.95, "Waspada"),
        (2021, 65.58, "Sangat Rentan"),  # Kota Bandar Lampung 2021
        (2021, 76.45, "Waspada"),  # Kab. Banyuwangi 2021
        (2021, 82.81, "Terjaga"),  # DI Yogyakarta 2021
        (2022, 74.00, "Waspada"),  # Kab. Mojokerto 2022
        (2022, 78.82, "Terjaga"),  # Bali 2022
        (2023, 68.34, "Rentan"),  # Kab. Pemalang 2023
        (2024, 71.66, "Rentan"),  # Kepulauan Riau 2024
        (2024, 77.97, "Waspada"),  # Bali 2024
        (2024, 79.47, "Terjaga"),  # Jawa Tengah 2024
        (2025, 71.45, "Rentan"),  # Kota Tangerang 2025
        (2024, 0.0, "Rentan"),
        (2024, 100.0, "Terjaga"),
        (2024, 73.0, "Waspada"),  # a lower bound belongs to its own band
    ],
)
def test_published_scores_fall_in_the_published_band(year: int, score: float, label: str) -> None:
    assert band_for(score, YEARS[year].bands).label == label


def test_default_years_have_four_bands_until_2023_and_three_from_2024() -> None:
    assert [len(YEARS[y].bands) for y in range(2021, 2026)] == [4, 4, 4, 3, 3]
    assert all(len(YEARS[y].elements) == 7 for y in YEARS)
    assert all(YEARS[y].problems() == [] for y in YEARS)


def test_every_default_value_has_a_source_note() -> None:
    for year in YEARS.values():
        assert {"weights", "national_index", "window", "population_deadline"} <= set(year.sources)
        assert all(band.source for band in year.bands)
    assert "DIPERDEBATKAN" in YEARS[2023].bands[0].source


def test_band_problems_name_what_is_wrong() -> None:
    bands = [Band("A", 10, "#FF0000"), Band("B", 5, "merah")]
    problems = band_problems(bands)
    assert any("naik berurutan" in p for p in problems)
    assert any("mulai dari 0" in p for p in problems)
    assert any("#RRGGBB" in p for p in problems)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("0812-3456-7890", "+6281234567890"),
        ("+62 812 3456 7890", "+6281234567890"),
        ("6281234567890", "+6281234567890"),
        ("81234567890", "+6281234567890"),  # Excel dropped the leading 0
        (6281234567890.0, "+6281234567890"),  # numeric cell
        ("6281234567890.0", "+6281234567890"),
        ("0812.3456.7890", "+6281234567890"),
    ],
)
def test_phone_numbers_become_whatsapp_ready(raw: object, expected: str) -> None:
    result = normalise_phone(raw)
    assert result.ok and result.value == expected


@pytest.mark.parametrize(
    ("raw", "fragment"),
    [("6.28123E+11", "notasi ilmiah"), ("0812", "bukan nomor"), ("", "kosong"), ("abc", "tidak berisi angka"),
     ("021 5551234", "bukan nomor seluler")],
)
def test_bad_phone_numbers_are_refused_with_a_reason(raw: str, fragment: str) -> None:
    result = normalise_phone(raw)
    assert result.value is None
    assert fragment in result.problems[0]


def test_nip_structure() -> None:
    assert check_nip("19700101 199003 1 001").ok
    assert check_nip("197001011990031001").value == "197001011990031001"
    assert "18 angka" in check_nip("1970").problems[0]
    assert "tanggal lahir" in check_nip("197002301990031001").problems[0]
    assert "bulan pengangkatan" in check_nip("197001011990131001").problems[0]
    assert "angka ke-15" in check_nip("197001011990033001").problems[0]


def test_email_is_trimmed_and_lower_cased() -> None:
    assert normalise_email("  Dinkes@SukamajuKab.go.id ").value == "dinkes@sukamajukab.go.id"
    assert normalise_email("dinkes@localhost").value is None


def test_indonesian_number_and_date_formats() -> None:
    assert format_decimal(71.53) == "71,53"
    assert format_decimal(1234.5) == "1.234,50"
    assert format_int(30000) == "30.000"
    assert format_date(dt.date(2026, 11, 21)) == "21 November 2026"
    assert parse_decimal("71,53") == 71.53
    assert parse_decimal("71.53") == 71.53
    assert parse_decimal("1.234,5") == 1234.5
    with pytest.raises(ValueError, match="bukan angka"):
        parse_decimal("tujuh")


def test_contacts_are_masked_enough_to_recognise_not_to_use() -> None:
    from spi_desktop.domain.privacy import mask_email, mask_phone

    assert mask_phone("+6281234567890") == "0812****7890"
    assert mask_phone("+628123456789") == "0812***6789"
    assert mask_phone(None) == ""
    assert mask_email("sri.rahayu@contoh.go.id") == "s*****@contoh.go.id"
    assert mask_email("a@b.id") == "a*****@b.id"


@pytest.mark.parametrize(
    ("raw", "fragment"),
    [("198001012005²11001", "harus 18 angka"), ("1.97001011990031E+17", "tersimpan sebagai angka"),
     (1.97001011990031e17, "tersimpan sebagai angka")],
)
def test_odd_nips_are_reported_not_crashed_on(raw: object, fragment: str) -> None:
    assert fragment in check_nip(raw).problems[0]


@pytest.mark.parametrize("text", ["nan", "inf", "-inf", "1e400"])
def test_non_finite_numbers_are_not_numbers(text: str) -> None:
    with pytest.raises(ValueError, match="bukan angka"):
        parse_decimal(text)


def test_a_year_without_bands_has_no_ranges() -> None:
    assert band_upper_bounds([]) == []
