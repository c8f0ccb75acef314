"""Scorecards read back as text: the score with comma decimals and its band, every element, the weakest
element's recommendation, the signature, and the DEMO / ESTIMASI marks."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from spi_desktop.db.session import Database
from spi_desktop.domain.errors import InputError
from spi_desktop.reports.scorecard import write_scorecard
from spi_desktop.services.scorecards import scorecard_data


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def test_an_opd_card_shows_score_band_elements_recommendation_and_signature(demo_database: Database,
                                                                            tmp_path: Path) -> None:
    data = scorecard_data(demo_database, 2025, "DINKES")
    pages = write_scorecard(data, tmp_path / "DINKES.pdf")
    text = text_of(tmp_path / "DINKES.pdf")
    assert pages in (1, 2) and len(PdfReader(tmp_path / "DINKES.pdf").pages) == pages
    assert "61,35 — Rentan" in text and "Dinas Kesehatan" in text
    for line in data.elements:
        assert line.name in text
    weakest = data.recommendations[0]
    assert weakest.element == min((e for e in data.elements if e.score.score is not None),
                                  key=lambda e: e.score.score or 0).name
    assert weakest.text.split()[0] in text
    assert data.inspector_name and data.inspector_name in text and "DEMO" in text


def test_a_year_without_results_is_refused(demo_database: Database) -> None:
    with pytest.raises(InputError, match="Belum ada hasil SPI 2023 untuk DINKES"):
        scorecard_data(demo_database, 2023, "DINKES")


def test_an_estimate_card_says_estimasi(demo_database: Database, tmp_path: Path) -> None:
    data = scorecard_data(demo_database, 2025, "")
    data.label = "ESTIMASI"
    write_scorecard(data, tmp_path / "est.pdf")
    assert "ESTIMASI — bukan nilai resmi KPK" in text_of(tmp_path / "est.pdf")
