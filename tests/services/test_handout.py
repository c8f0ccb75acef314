"""The one-page training handout, read back with pypdf."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from spi_desktop.db.session import Database
from spi_desktop.domain.errors import InputError
from spi_desktop.reports.handout import TITLE, readable_ink
from spi_desktop.services.training_slides import save_slide_text, write_handout
from spi_desktop.services.years import get_year


def read_back(path: Path) -> tuple[int, str]:
    reader = PdfReader(path)
    text = " ".join(page.extract_text() for page in reader.pages)
    return len(reader.pages), " ".join(text.split())


def test_demo_handout_is_one_page_with_everything(demo_database: Database, tmp_path: Path) -> None:
    path = tmp_path / "handout.pdf"
    assert write_handout(demo_database, 2025, path) == 1
    pages, text = read_back(path)
    assert pages == 1
    assert f"{TITLE} (SPI) 2025" in text and "Pemerintah Kabupaten Sukamaju" in text
    settings = get_year(demo_database, 2025)
    for element in settings.elements:
        assert element.name in text
    for band in settings.bands:
        assert band.label in text
    assert "73,00 – < 78,00" in text and "≥ 78,00" in text
    assert "WhatsApp" in text and "kpk.go.id" in text and "5–15 menit" in text and "rahasia" in text
    assert "DEMO" in text
    assert "72,15" in text and "+1,31" in text and "Pengelolaan PBJ: 69,30 (Rentan)" in text
    assert "Terlambat" in text
    assert PdfReader(path).metadata.title == f"{TITLE} 2025"
    assert not path.with_name(path.name + ".sebagian").exists()


def test_new_workspace_handout_has_no_demo_mark_nor_results(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "handout.pdf"
    write_handout(database, 2022, path)
    pages, text = read_back(path)
    assert pages == 1
    assert "DEMO" not in text and "Hasil SPI 2022" not in text and "Rencana aksi" not in text
    for band in get_year(database, 2022).bands:
        assert band.label in text
    assert "Sangat Rentan" in text and "WhatsApp" in text


def test_long_edited_texts_still_fit_one_page(demo_database: Database, tmp_path: Path) -> None:
    long = "Penjelasan panjang dari pelatih tentang survei dan tindak lanjutnya di setiap perangkat daerah. " * 6
    for slide_id in ("pengantar", "responden", "larangan", "undangan"):
        save_slide_text(demo_database, slide_id, f"Judul {slide_id}", [long, long + f"Akhir{slide_id}."])
    path = tmp_path / "handout.pdf"
    write_handout(demo_database, 2025, path)
    pages, text = read_back(path)
    assert pages == 1
    for slide_id in ("pengantar", "responden", "larangan", "undangan"):
        assert f"Akhir{slide_id}." in text, "the end of every text is printed"
    assert "kpk.go.id" in text and "Sosialisasi Antikorupsi" in text


def test_texts_too_long_for_one_page_are_refused(demo_database: Database, tmp_path: Path) -> None:
    huge = "Teks yang sangat panjang sekali untuk satu halaman handout peserta sosialisasi. " * 40
    save_slide_text(demo_database, "pengantar", "Judul", [huge, huge, huge])
    path = tmp_path / "handout.pdf"
    with pytest.raises(InputError, match="terlalu panjang"):
        write_handout(demo_database, 2025, path)
    assert not path.exists() and not path.with_name(path.name + ".sebagian").exists()


def test_text_on_band_colours_is_readable() -> None:
    assert readable_ink("#F9A825") == "#000000"
    assert readable_ink("#C62828") == "#ffffff" and readable_ink("#2E7D32") == "#ffffff"
