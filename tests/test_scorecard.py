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


def test_batch_writes_one_file_per_opd_and_a_cancel_leaves_no_half_file(demo_database: Database,
                                                                        tmp_path: Path) -> None:
    from spi_desktop.services.jobs import JobCancelled, JobContext
    from spi_desktop.services.scorecard_batch import write_scorecards

    result = write_scorecards(demo_database, 2025, tmp_path / "all", ["DINKES", "RSUD"], institution=True,
                              combined=True)
    names = [Path(f).name for f in result.files]
    assert names == ["INSTANSI.pdf", "DINKES.pdf", "RSUD.pdf", "kartu-skor-SPI-2025.pdf"]
    assert len(PdfReader(tmp_path / "all" / "kartu-skor-SPI-2025.pdf").pages) == result.pages
    def stop_half_way(done: int, _total: int, _text: str) -> None:
        if done == 20:
            context.cancel()

    context = JobContext(on_progress=stop_half_way)
    with pytest.raises(JobCancelled):
        write_scorecards(demo_database, 2025, tmp_path / "half", context=context)
    written = sorted(p.name for p in (tmp_path / "half").iterdir())
    assert len(written) == 20 and not any(name.endswith(".sebagian") for name in written)


def test_cli_contract_and_missing_results(capsys: pytest.CaptureFixture[str], db_path: Path,
                                          demo_database: Database, tmp_path: Path) -> None:
    import json

    from spi_desktop.cli import main

    assert main(["--db", str(db_path), "scorecards", "--year", "2025", "--out", str(tmp_path), "--unit", "DINKES",
                 "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["files"] == [str(tmp_path / "DINKES.pdf")] and data["pages"] >= 1
    assert main(["--db", str(db_path), "scorecards", "--year", "2023", "--out", str(tmp_path / "x"),
                 "--unit", "DINKES"]) == 2
    assert "Belum ada hasil SPI 2023 untuk DINKES" in capsys.readouterr().err and not (tmp_path / "x").exists()
