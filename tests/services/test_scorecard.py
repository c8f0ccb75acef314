"""Scorecards read back as text: the score with comma decimals and its band, every element, the weakest
element's recommendation, the signature, and the DEMO / ESTIMASI marks."""

from __future__ import annotations

import datetime as dt
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
    assert result.pages == sum(len(PdfReader(f).pages) for f in result.files)

    def stop_half_way(done: int, _total: int, _text: str) -> None:
        if done == 20:
            context.cancel()

    context = JobContext(on_progress=stop_half_way)
    with pytest.raises(JobCancelled):
        write_scorecards(demo_database, 2025, tmp_path / "half", context=context, workers=1)
    written = sorted(p.name for p in (tmp_path / "half").iterdir())
    assert len(written) == 20 and not any(name.endswith(".sebagian") for name in written)


def test_the_combined_file_opens_with_a_ranked_summary_of_every_opd(demo_database: Database,
                                                                    tmp_path: Path) -> None:
    from spi_desktop.services.scorecard_batch import write_scorecards

    write_scorecards(demo_database, 2025, tmp_path, institution=True, combined=True, workers=1)
    reader = PdfReader(tmp_path / "kartu-skor-SPI-2025.pdf")
    summary = "\n".join(page.extract_text() for page in reader.pages[:2])
    assert "Ringkasan hasil SPI 2025" in summary and "72,15 — Rentan" in summary
    assert "Sebaran 40 OPD per kategori" in summary
    assert summary.index("BAPENDA") < summary.index("DINKES")  # 81,22 ranks above 61,35
    assert "61,35" in summary and "▼ 13,00" in summary
    assert len(reader.pages) == 2 + 41  # two summary pages, then the institution's card and 40 OPD cards (by code)
    assert "Sekretariat DPRD" in reader.pages[-1].extract_text()


def test_big_batches_use_worker_processes_and_a_cancel_stops_them(demo_database: Database, tmp_path: Path) -> None:
    from spi_desktop.services.jobs import JobCancelled, JobContext
    from spi_desktop.services.scorecard_batch import write_scorecards

    result = write_scorecards(demo_database, 2025, tmp_path / "all", combined=True, workers=2)
    assert len(result.files) == 41 and result.pages == sum(len(PdfReader(f).pages) for f in result.files)
    seen: list[int] = []

    def stop_early(done: int, _total: int, _text: str) -> None:
        seen.append(done)
        if done >= 10:
            context.cancel()

    context = JobContext(on_progress=stop_early)
    with pytest.raises(JobCancelled):
        write_scorecards(demo_database, 2025, tmp_path / "half", combined=True, context=context, workers=2)
    written = sorted((tmp_path / "half").iterdir())
    cards = [p for p in written if p.name != "kartu-skor-SPI-2025.pdf"]
    assert 0 < len(cards) < 40 and all(p.suffix == ".pdf" for p in written)  # no *.sebagian left
    assert all(len(PdfReader(p).pages) == 1 for p in cards)  # every card left is a whole PDF
    if len(cards) < len(written):  # the combined file, when it was finished before the cancel, is whole too
        assert len(PdfReader(tmp_path / "half" / "kartu-skor-SPI-2025.pdf").pages) == 2 + 40
    assert seen == sorted(seen)


def test_cli_contract_and_missing_results(capsys: pytest.CaptureFixture[str], db_arg: str,
                                          demo_database: Database, tmp_path: Path) -> None:
    import json

    from spi_desktop.cli import main

    assert main(["--db", db_arg, "scorecards", "--year", "2025", "--out", str(tmp_path), "--unit", "DINKES",
                 "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["files"] == [str(tmp_path / "DINKES.pdf")] and data["pages"] >= 1
    assert main(["--db", db_arg, "scorecards", "--year", "2023", "--out", str(tmp_path / "x"),
                 "--unit", "DINKES"]) == 2
    assert "Belum ada hasil SPI 2023 untuk DINKES" in capsys.readouterr().err and not (tmp_path / "x").exists()


def _png(width: int, height: int) -> bytes:
    """A plain blue PNG, built by hand so the test needs no imaging library."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + b"\x1f\x4e\xa0" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def test_the_logo_is_in_the_header_and_a_demo_card_fits_one_page(demo_database: Database, tmp_path: Path) -> None:
    from dataclasses import replace

    from spi_desktop.services.workspace import get_workspace, save_workspace

    workspace = get_workspace(demo_database)
    assert workspace is not None
    save_workspace(demo_database, replace(workspace, logo=_png(40, 40), logo_filename="logo.png"))
    for code in ("", "DINKES"):
        write_scorecard(scorecard_data(demo_database, 2025, code), tmp_path / "card.pdf")
        reader = PdfReader(tmp_path / "card.pdf")
        assert len(reader.pages) == 1  # seven recommendations and the action plan still fit
        assert len(reader.pages[0].images) == 1


def test_a_broken_logo_never_stops_the_card(demo_database: Database, tmp_path: Path) -> None:
    data = scorecard_data(demo_database, 2025, "DINKES")
    data.logo = b"not an image"
    assert write_scorecard(data, tmp_path / "card.pdf") == 1
    assert "61,35 — Rentan" in text_of(tmp_path / "card.pdf")


def test_estimate_cards_carry_estimasi_everywhere_and_never_look_official(demo_database: Database,
                                                                         tmp_path: Path) -> None:
    from spi_desktop.resources import resource_path
    from spi_desktop.services.estimate import estimate_spi
    from spi_desktop.services.scorecard_batch import write_estimate_scorecards

    report = estimate_spi(demo_database, resource_path("estimate", "contoh-google-form.csv"),
                          resource_path("estimate", "peta-kuesioner-contoh.json"), 2024)
    result = write_estimate_scorecards(demo_database, report, tmp_path, workers=1)
    names = [Path(f).name for f in result.files]
    assert all(name.startswith("ESTIMASI-") for name in names) and len(names) == len(report.units) + 2
    institution = text_of(tmp_path / "ESTIMASI-INSTANSI.pdf")
    assert "ESTIMASI — bukan nilai resmi KPK" in institution and "responden" in institution
    index = report.institution.estimate.index
    assert index is not None and f"{index.value:.2f}".replace(".", ",") in institution
    combined = text_of(tmp_path / "ESTIMASI-kartu-skor-SPI-2024.pdf")
    assert combined.count("ESTIMASI — bukan nilai resmi KPK") >= len(report.units) + 2  # summary and each card


@pytest.mark.parametrize(("platform", "executable", "expected"), [
    ("win32", r"C:\Users\ani\AppData\Local\Programs\SPI Desktop\SPI Desktop.exe",
     r"C:\Users\ani\AppData\Local\Programs\SPI Desktop\pythonw.exe"),
    ("win32", r"C:\Users\ani\AppData\Local\Programs\SPI Desktop\pythonw.exe", None),
    ("win32", r"C:\Python311\python.exe", None),
    ("linux", "/work/.venv/bin/python3", None),
])
def test_workers_of_the_windows_bundle_run_its_pythonw_not_the_app_launcher(platform: str, executable: str,
                                                                            expected: str | None) -> None:
    prefix = r"C:\Users\ani\AppData\Local\Programs\SPI Desktop"
    from spi_desktop.services.scorecard_batch import worker_interpreter

    assert worker_interpreter(platform, executable, prefix) == expected


WIB = dt.timezone(dt.timedelta(hours=7))
PRINTED = dt.datetime(2026, 12, 1, 9, 30, tzinfo=WIB)


def test_an_opd_card_leaves_out_figures_it_has_no_value_for(demo_database: Database, tmp_path: Path) -> None:
    data = scorecard_data(demo_database, 2025, "DINKES", printed=PRINTED)
    assert data.expert is None  # an OPD has no expert sub-index
    data.type_average, data.national_index, data.source, data.source_date = None, None, "diketik", None
    write_scorecard(data, tmp_path / "card.pdf")
    text = text_of(tmp_path / "card.pdf")
    assert "Internal 67,50 · Eksternal 67,98 · Faktor koreksi 2,27" in text
    assert "Eksper" not in text and "Pembanding" not in text and "rata-rata" not in text
    assert "Sumber: diketik" in text and "(–)" not in text
    assert all("<" in line for line in text.splitlines() if "–" in line)  # only the legend's ranges (73,00 – < 78,00)
    data.national_index, data.source = 72.32, ""
    write_scorecard(data, tmp_path / "card.pdf")
    text = text_of(tmp_path / "card.pdf")
    assert "Pembanding: indeks nasional 72,32" in text and "Sumber" not in text


def test_the_signature_has_the_kabupaten_as_place_the_full_title_and_a_grouped_nip(demo_database: Database,
                                                                                   tmp_path: Path) -> None:
    from dataclasses import replace

    from spi_desktop.services.workspace import SignatureSettings, get_workspace, save_workspace

    workspace = get_workspace(demo_database)
    assert workspace is not None
    save_workspace(demo_database, replace(workspace, address="Jl. Merdeka No. 1, Sukamaju, Jawa Barat 40999",
                                          inspector_nip="197703061996082002"))
    write_scorecard(scorecard_data(demo_database, 2025, "DINKES", printed=PRINTED), tmp_path / "card.pdf")
    text = text_of(tmp_path / "card.pdf")
    assert "Sukamaju, 1 Desember 2026" in text and "Jawa Barat" not in text
    assert "Inspektur Kabupaten Sukamaju" in text and "NIP 19770306 199608 2 002" in text
    assert "Dicetak 1 Desember 2026" in text
    save_workspace(demo_database, replace(workspace, inspector_name=None, inspector_nip=None),
                   signature=SignatureSettings(" Cikarang ", "Plt. Inspektur  Kabupaten Sukamaju"))
    write_scorecard(scorecard_data(demo_database, 2025, "DINKES", printed=PRINTED), tmp_path / "card.pdf")
    text = text_of(tmp_path / "card.pdf")
    assert "Cikarang, 1 Desember 2026" in text and "Plt. Inspektur Kabupaten Sukamaju" in text
    assert "NIP" not in text and "……" not in text  # no name or NIP: no dotted placeholders either


def test_card_pdf_properties_name_the_institution_the_app_and_the_print_moment(demo_database: Database,
                                                                              tmp_path: Path) -> None:
    from spi_desktop.services.about import app_version

    data = scorecard_data(demo_database, 2025, "DINKES", printed=PRINTED)
    write_scorecard(data, tmp_path / "a.pdf")
    write_scorecard(data, tmp_path / "b.pdf")
    assert (tmp_path / "a.pdf").read_bytes() == (tmp_path / "b.pdf").read_bytes()  # reproducible
    info = PdfReader(tmp_path / "a.pdf").metadata
    assert info is not None
    assert info["/Author"] == "Pemerintah Kabupaten Sukamaju"
    assert info["/Creator"] == f"SPI Desktop {app_version()}"
    assert info["/Title"] == "Kartu skor SPI 2025 — Dinas Kesehatan"
    assert info["/Subject"] == "Hasil Survei Penilaian Integritas 2025: Dinas Kesehatan (61,35 — Rentan)"
    assert info["/CreationDate"] == "D:20261201093000+07'00'" and info.creation_date is not None
    assert info.creation_date.year == 2026


def test_the_combined_file_has_its_properties_and_the_summary_wraps_long_names(demo_database: Database,
                                                                              tmp_path: Path) -> None:
    import threading

    from spi_desktop.reports.scorecard_render import RenderSignals, render_combined
    from spi_desktop.services.scorecards import scorecards_for_year

    cards = scorecards_for_year(demo_database, 2025, ["", "DINKES", "DPPKB", "RSUD"], printed=PRINTED)
    long_name = ("Dinas Pengendalian Penduduk dan Keluarga Berencana, Pemberdayaan Perempuan dan Perlindungan "
                 "Anak Kabupaten Sukamaju")
    cards[2].unit_name = long_name
    cards[3].change = None
    path = tmp_path / "gabungan.pdf"
    render_combined(cards, str(path), RenderSignals(threading.Event(), lambda: None))
    reader = PdfReader(path)
    summary = reader.pages[0].extract_text()
    assert "…" not in summary and " ".join(summary.split()).count(long_name) == 1  # wrapped, never cut
    assert "– = perubahan: belum ada hasil tahun sebelumnya" in summary
    assert "Sumber: Laporan hasil SPI 2025" in summary and "dicetak 1 Desember 2026" in summary
    info = reader.metadata
    assert info is not None and info["/Author"] == "Pemerintah Kabupaten Sukamaju"
    assert info["/Title"] == "Kartu skor SPI 2025 — Pemerintah Kabupaten Sukamaju"
    assert info["/Subject"] == "Ringkasan dan kartu skor Survei Penilaian Integritas 2025 untuk 3 OPD"
    assert info["/CreationDate"] == "D:20261201093000+07'00'"


def test_the_summary_table_continues_on_the_next_page_with_its_header(demo_database: Database,
                                                                      tmp_path: Path) -> None:
    from spi_desktop.services.scorecard_batch import write_scorecards

    write_scorecards(demo_database, 2025, tmp_path, institution=True, combined=True, workers=1)
    pages = PdfReader(tmp_path / "kartu-skor-SPI-2025.pdf").pages
    first, second = pages[0].extract_text(), pages[1].extract_text()
    assert "Semua OPD menurut indeks (lanjutan)" in second and "Perubahan" in second
    numbers = [line.split()[0] for line in (first + "\n" + second).splitlines() if line[:1].isdigit()]
    assert [n for n in numbers if n.isdigit() and len(n) <= 2][-1] == "40"
