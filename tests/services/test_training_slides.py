"""The training slides: built from the survey year's data and the workspace's results, texts editable as data."""

from __future__ import annotations

import dataclasses

import pytest

from spi_desktop.db.session import Database
from spi_desktop.domain.bands import Band, band_upper_bounds
from spi_desktop.domain.errors import InputError, NotFoundError
from spi_desktop.domain.slides import Slide
from spi_desktop.domain.survey_year import Element
from spi_desktop.services.preferences import steering_phrases
from spi_desktop.services.training_slides import (
    presentation_slides,
    reset_slide_texts,
    save_slide_text,
    slide_ids,
)
from spi_desktop.services.years import get_year, save_year

BASIC = ["pengantar", "responden", "elemen", "kategori", "undangan", "larangan"]


def by_id(slides: list[Slide]) -> dict[str, Slide]:
    return {slide.id: slide for slide in slides}


def all_text(slide: Slide) -> str:
    figures = " ".join(f"{figure.label} {figure.value}" for figure in slide.figures)
    return " ".join([slide.title, *slide.paragraphs, *slide.bullets, *slide.closing, figures])


@pytest.mark.parametrize("year", [2021, 2022, 2024, 2025])
def test_elements_and_bands_come_from_the_survey_year(database: Database, year: int) -> None:
    settings = get_year(database, year)
    slides = by_id(presentation_slides(database, year))
    assert [figure.label for figure in slides["elemen"].figures] == [e.name for e in settings.elements]
    assert all(figure.value for figure in slides["elemen"].figures), "every shipped element has a scope"
    expected = [(band.label, band.lower, upper, band.colour) for band, upper in band_upper_bounds(settings.bands)]
    assert slides["kategori"].bands == expected
    assert str(year) in slides["kategori"].title


def test_edited_year_data_shows_on_the_slides(database: Database) -> None:
    settings = get_year(database, 2025)
    renamed = dataclasses.replace(
        settings,
        elements=[Element("transparansi", "Keterbukaan Informasi"), *settings.elements[1:]],
        bands=[Band("Merah", 0, "#C62828"), Band("Kuning", 70, "#F9A825"), Band("Hijau", 80, "#2E7D32")],
    )
    save_year(database, renamed)
    slides = by_id(presentation_slides(database, 2025))
    assert slides["elemen"].figures[0].label == "Keterbukaan Informasi"
    assert slides["elemen"].figures[0].value.startswith("Keterbukaan prosedur"), "scope keyed by element code"
    assert slides["kategori"].bands == [("Merah", 0, 70, "#C62828"), ("Kuning", 70, 80, "#F9A825"),
                                        ("Hijau", 80, 100.0, "#2E7D32")]


def test_basic_slides_in_order_without_results_on_an_empty_workspace(database: Database) -> None:
    slides = presentation_slides(database, 2025)
    assert [slide.id for slide in slides] == BASIC
    pengantar = slides[0]
    assert "Instansi kita ikut dinilai dalam SPI 2025" in pengantar.paragraphs[0]
    assert "Indeks nasional SPI 2025: 72,32." in pengantar.bullets, "national index the Indonesian way"
    undangan = by_id(slides)["undangan"]
    assert "1 Agustus – 31 Oktober 2025" in undangan.paragraphs[0]
    assert any("WhatsApp" in b for b in undangan.bullets) and any("kpk.go.id" in b for b in undangan.bullets)
    assert any("5–15 menit" in b for b in undangan.bullets) and any("rahasia" in b for b in undangan.bullets)


def test_results_and_action_plans_of_the_demo(demo_database: Database) -> None:
    slides = presentation_slides(demo_database, 2025)
    assert [slide.id for slide in slides] == [*BASIC, "hasil", "rencana_aksi"]
    hasil = by_id(slides)["hasil"]
    assert "Pemerintah Kabupaten Sukamaju" in hasil.title
    values = {figure.label: (figure.value, figure.colour) for figure in hasil.figures}
    assert values["Indeks 2025"] == ("72,15", "#C62828")
    assert values["Kategori"] == ("Rentan", "#C62828")
    assert values["Perubahan dari 2024"][0] == "+1,31"
    assert values["Indeks nasional 2025"][0] == "72,32"
    assert hasil.bullets == ["Pengelolaan PBJ: 69,30 (Rentan)", "Perdagangan Pengaruh: 72,57 (Rentan)",
                             "Pengelolaan SDM: 73,52 (Waspada)"], "the three weakest elements, weakest first"
    counts = {figure.label: figure.value for figure in by_id(slides)["rencana_aksi"].figures}
    assert counts == {"Kegiatan": "6", "Selesai": "1", "Berjalan": "3", "Belum dimulai": "2", "Terlambat": "4"}


def test_a_year_without_results_or_plans_has_no_such_slides(demo_database: Database) -> None:
    ids = [slide.id for slide in presentation_slides(demo_database, 2024)]
    assert "hasil" in ids and "rencana_aksi" not in ids, "2024 has results but no action plans"
    hasil = by_id(presentation_slides(demo_database, 2024))["hasil"]
    assert not any(figure.label.startswith("Perubahan") for figure in hasil.figures), "no earlier year"
    assert [slide.id for slide in presentation_slides(demo_database, 2022)] == BASIC


def test_respondent_rules_follow_the_year(database: Database) -> None:
    rules_2025 = by_id(presentation_slides(database, 2025))["responden"].bullets[0]
    rules_2022 = by_id(presentation_slides(database, 2022))["responden"].bullets[0]
    assert "minimal 2 tahun di instansi dan 1 tahun di unit kerjanya" in rules_2025
    assert "masa kerja minimal 1 tahun" in rules_2022 and "unit kerjanya" not in rules_2022


def test_overrides_replace_the_text_and_reset_restores_it(database: Database) -> None:
    shipped = by_id(presentation_slides(database, 2025))["pengantar"]
    save_slide_text(database, "pengantar", "  SPI di {institution}  ", ["Paragraf untuk {year}.", "  ", "Kedua."])
    edited = by_id(presentation_slides(database, 2025))["pengantar"]
    assert edited.title == "SPI di Instansi kita"
    assert edited.paragraphs == ["Paragraf untuk 2025.", "Kedua."], "blank lines dropped"
    assert edited.bullets == shipped.bullets, "bullets kept when not given"
    save_slide_text(database, "undangan", "Undangan", ["Satu"], bullets=["Hanya ini"])
    assert by_id(presentation_slides(database, 2025))["undangan"].bullets == ["Hanya ini"]
    reset_slide_texts(database, "undangan")
    slides = by_id(presentation_slides(database, 2025))
    assert slides["undangan"].title == "Bagaimana undangan survei datang" and slides["pengantar"] == edited
    reset_slide_texts(database)
    assert by_id(presentation_slides(database, 2025))["pengantar"] == shipped


def test_bad_edits_are_refused(database: Database) -> None:
    with pytest.raises(InputError, match="tidak dikenal"):
        save_slide_text(database, "penutup", "Judul", [])
    with pytest.raises(InputError, match="Judul salindia wajib"):
        save_slide_text(database, "pengantar", "   ", ["Isi"])
    with pytest.raises(InputError, match=r"\{tahun\}"):
        save_slide_text(database, "pengantar", "SPI {tahun}", [])
    with pytest.raises(InputError, match="Penanda tidak lengkap"):
        save_slide_text(database, "pengantar", "SPI", ["Kurung {year"])
    with pytest.raises(InputError):
        reset_slide_texts(database, "penutup")
    with pytest.raises(NotFoundError):
        presentation_slides(database, 2031)
    assert [slide.title for slide in presentation_slides(database, 2025)][0].startswith("Apa itu"), "nothing saved"


def test_shipped_texts_never_steer_answers(demo_database: Database) -> None:
    assert slide_ids()[:6] == BASIC
    for slide in presentation_slides(demo_database, 2025):
        assert steering_phrases(all_text(slide)) == [], slide.id
