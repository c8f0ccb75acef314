"""The Kartu skor tab driven with qtbot: preview through QtPdf, save and print what is shown, and a batch of
40 OPD with a progress bar whose Cancel, half way, leaves no half-written file."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from spi_desktop.db.session import Database
from spi_desktop.views.context import AppContext
from spi_desktop.views.results.scorecards_tab import ScorecardsTab
from tests.conftest import AnsweredPrompts

WAIT = 60_000


def open_tab(qtbot, database: Database) -> ScorecardsTab:  # type: ignore[no-untyped-def]
    tab = ScorecardsTab(AppContext(database, 2025))
    qtbot.addWidget(tab)
    wait(qtbot, tab)
    return tab


def wait(qtbot, tab: ScorecardsTab) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: tab.last_job is not None and tab.last_job.done, timeout=WAIT)


def choose_row(tab: ScorecardsTab, code: str) -> None:
    row = next(n for n, info in enumerate(tab.model.rows()) if info.code == code)
    tab.table.selectRow(row)


def test_preview_shows_the_card_and_saves_and_prints_exactly_it(qtbot, demo_database: Database,  # type: ignore[no-untyped-def]
                                                                tmp_path: Path,
                                                                answered_prompts: AnsweredPrompts) -> None:
    from PySide6.QtPdf import QPdfDocument

    tab = open_tab(qtbot, demo_database)
    assert tab.model.rowCount() == 41 and "40 OPD punya hasil" in tab.summary.text()
    choose_row(tab, "DINKES")
    tab.preview_selected()
    wait(qtbot, tab)
    preview = tab.preview
    assert preview is not None and preview.isVisible()
    assert preview.document.status() == QPdfDocument.Status.Ready and preview.document.pageCount() == 1
    assert "Dinas Kesehatan" in preview.windowTitle() and preview.pages.text() == "1 halaman A4"

    answered_prompts.save_file_answer = str(tmp_path / "DINKES-SPI-2025.pdf")
    saved = preview.choose_save()
    assert saved is not None and saved.read_bytes() == preview.path.read_bytes()
    assert "61,35 — Rentan" in PdfReader(saved).pages[0].extract_text()

    answered_prompts.print_to = None
    assert preview.choose_print() is False  # the print dialog was cancelled
    answered_prompts.print_to = tmp_path / "printed.pdf"
    assert preview.choose_print() is True
    printed = PdfReader(answered_prompts.print_to)
    assert len(printed.pages) == 1 and printed.pages[0].images  # the page, drawn as an image onto the printer
    from spi_desktop.services.audit import audit_lines

    prints = [line.summary for line in audit_lines(demo_database)[0] if line.action == "print"]
    # the preview itself is no print; its save and its print are
    assert prints == ["Kartu skor DINKES 2025 dicetak ke printed.pdf",
                      "Kartu skor DINKES 2025 disimpan ke DINKES-SPI-2025.pdf"]


def test_a_batch_of_40_opd_cancelled_half_way_leaves_only_whole_files(qtbot, demo_database: Database,  # type: ignore[no-untyped-def]
                                                                      tmp_path: Path,
                                                                      answered_prompts: AnsweredPrompts) -> None:
    from PySide6.QtWidgets import QPushButton

    tab = open_tab(qtbot, demo_database)
    seen: list[tuple[int, int]] = []
    folder = tmp_path / "kartu"
    job = tab.write_batch(folder)
    assert job is not None and job.dialog is not None  # the progress bar with its Cancel button

    def cancel_half_way(done: int, total: int, _text: str) -> None:
        seen.append((done, total))
        if total and done >= total // 2 and job.dialog is not None and not job.context.cancelled:
            job.dialog.findChild(QPushButton).click()  # the dialog's Batal button

    job.progress.connect(cancel_half_way)
    qtbot.waitUntil(lambda: job.done, timeout=WAIT)
    assert seen and seen[-1][1] == 41 + 1  # a file per card and the combined file
    assert any("dibatalkan" in text for _title, text in answered_prompts.infos)
    written = sorted(folder.iterdir())
    assert not any(path.suffix != ".pdf" for path in written)  # no *.sebagian left over
    cards = [path for path in written if path.name != "kartu-skor-SPI-2025.pdf"]
    assert 10 <= len(cards) < 41  # the click came once half the files were done
    for path in cards:
        assert len(PdfReader(path).pages) == 1
    if len(cards) < len(written):  # the combined file may have been finished before the click: then it is whole
        assert len(PdfReader(folder / "kartu-skor-SPI-2025.pdf").pages) == 2 + 41


def test_a_whole_batch_offers_to_open_its_folder(qtbot, demo_database: Database, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                 answered_prompts: AnsweredPrompts,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr("spi_desktop.views.results.scorecards_tab.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toLocalFile()))
    tab = open_tab(qtbot, demo_database)
    tab.with_combined.setChecked(False)
    answered_prompts.folder_answer = str(tmp_path / "kartu")
    answered_prompts.choice_answer = "open"
    tab.choose_batch_folder()
    wait(qtbot, tab)
    assert len(list((tmp_path / "kartu").glob("*.pdf"))) == 41
    assert "41 berkas PDF (41 halaman)" in answered_prompts.choices[-1]
    assert opened == [str(tmp_path / "kartu")]

    answered_prompts.confirm_answer = False  # the same folder again: 41 files would be replaced
    before = (tmp_path / "kartu" / "DINKES.pdf").stat().st_mtime_ns
    assert tab.choose_batch_folder() is None
    assert (tmp_path / "kartu" / "DINKES.pdf").stat().st_mtime_ns == before


def test_the_results_page_has_the_scorecard_tab(main_window) -> None:  # type: ignore[no-untyped-def]
    tabs = main_window.results.tabs
    assert [tabs.tabText(n) for n in range(tabs.count())] == ["Hasil resmi", "Rencana aksi", "Kartu skor",
                                                              "Estimasi SPI mandiri"]


def test_a_year_without_results_writes_nothing_and_says_so(qtbot, demo_database: Database,  # type: ignore[no-untyped-def]
                                                           tmp_path: Path, answered_prompts: AnsweredPrompts) -> None:
    tab = ScorecardsTab(AppContext(demo_database, 2023))
    qtbot.addWidget(tab)
    wait(qtbot, tab)
    assert tab.model.rowCount() == 0 and "Belum ada hasil resmi 2023" in tab.summary.text()
    assert tab.write_batch(tmp_path / "kosong") is None
    assert "Belum ada OPD dengan hasil resmi 2023" in answered_prompts.infos[-1][1]
    assert not (tmp_path / "kosong").exists()
