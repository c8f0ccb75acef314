"""Training walkthrough data: example questions per element of the survey year, per respondent group."""

from __future__ import annotations

import dataclasses

import pytest

from spi_desktop.db.session import Database
from spi_desktop.domain.errors import InputError, NotFoundError
from spi_desktop.domain.survey_year import GROUPS, Element
from spi_desktop.resources import load_json
from spi_desktop.services.training_questions import InfoScreen, QuestionScreen, walkthrough
from spi_desktop.services.years import get_year, list_years, save_year

NOT_OFFICIAL = "contoh untuk pelatihan, bukan kuesioner resmi KPK"


def test_questions_follow_the_elements_of_every_year(database: Database) -> None:
    for year in list_years(database):
        elements = get_year(database, year).elements
        questions = walkthrough(database, year, "internal").questions
        names = {e.code: e.name for e in elements}
        asked = [q.element_code for q in questions]
        assert set(asked) == set(names), "every element of the year has an example question"
        assert asked == sorted(asked, key=[e.code for e in elements].index), "in the year's element order"
        assert all(1 <= asked.count(code) <= 2 for code in names)
        assert all(q.element_name == names[q.element_code] for q in questions)
        assert [q.number for q in questions] == list(range(1, len(questions) + 1))
        assert all(q.total == len(questions) for q in questions)


def test_element_names_come_from_the_year_and_elements_without_examples_are_skipped(database: Database) -> None:
    year = get_year(database, 2024)
    renamed = [Element(e.code, "Keterbukaan Informasi") if e.code == "transparansi" else e for e in year.elements]
    save_year(database, dataclasses.replace(year, elements=[*renamed, Element("elemen_baru", "Elemen Baru")]))
    questions = walkthrough(database, 2024, "internal").questions
    assert {q.element_name for q in questions if q.element_code == "transparansi"} == {"Keterbukaan Informasi"}
    assert "elemen_baru" not in {q.element_code for q in questions}
    assert walkthrough(database, 2023, "internal").questions[0].element_name == "Transparansi"


def test_unknown_group_or_year_is_refused(database: Database) -> None:
    with pytest.raises(InputError, match="Kelompok responden tidak dikenal"):
        walkthrough(database, 2024, "pegawai")
    with pytest.raises(NotFoundError):
        walkthrough(database, 1999, "internal")


def test_external_wording_differs_from_internal(database: Database) -> None:
    internal = {q.key: q for q in walkthrough(database, 2024, "internal").questions}
    external = {q.key: q for q in walkthrough(database, 2024, "external").questions}
    shared = internal.keys() & external.keys()
    assert len(shared) >= 5 and len(external) >= 7
    assert all(internal[key].text != external[key].text for key in shared)
    expert = walkthrough(database, 2024, "expert").questions
    assert any(len(q.options) == 7 and q.options[-2].startswith("6") for q in expert), "a 1–6 scale plus Tidak tahu"


def test_every_question_has_a_scale_and_the_screens_carry_the_intro_and_the_confidentiality_note(
        database: Database) -> None:
    for group in GROUPS:
        guide = walkthrough(database, 2025, group)
        assert guide.group == group and NOT_OFFICIAL in guide.note
        screens = guide.screens
        assert isinstance(screens[0], InfoScreen) and NOT_OFFICIAL in screens[0].text
        assert screens[-1] == guide.closing and screens[:len(guide.intro)] == guide.intro
        assert all(isinstance(s, QuestionScreen) for s in screens[len(guide.intro):-1])
        invitation = " ".join(s.text for s in guide.intro)
        for fact in ("WhatsApp", "terverifikasi", "kpk.go.id", "tautan pribadi", "5–15 menit"):
            assert fact in invitation, fact
        assert "rahasia" in guide.closing.text and "mengarahkan jawaban" in guide.closing.text
        for question in guide.questions:
            assert len(question.options) >= 3 and len(set(question.options)) == len(question.options)
            assert question.text.strip()
    assert walkthrough(database, 2025, "internal").intro != walkthrough(database, 2025, "external").intro


def test_example_data_is_complete() -> None:
    data = load_json("training", "contoh_pertanyaan.json")
    keys = [item["key"] for items in data["elements"].values() for item in items]
    assert len(keys) == len(set(keys))
    for items in data["elements"].values():
        for item in items:
            assert {"internal", "external"} & item["groups"].keys() and item["groups"].keys() <= set(GROUPS)
            assert all(texts.get("scale", item["scale"]) in data["scales"] for texts in item["groups"].values())
