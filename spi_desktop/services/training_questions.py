"""Example survey questions for training: what a respondent sees, screen by screen, for one group.

The questions are written for this project (``resources/training/contoh_pertanyaan.json``), not KPK's
questionnaire. Element names come from the survey year, so a renamed element shows its new name; elements
of the year without example questions are left out. Nothing here writes anything: trainers' answers are
never stored.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spi_desktop.db.session import Database
from spi_desktop.domain.errors import InputError
from spi_desktop.domain.survey_year import GROUPS
from spi_desktop.resources import load_json
from spi_desktop.services.years import get_year

EXAMPLES_FILE = ("training", "contoh_pertanyaan.json")


@dataclass(frozen=True)
class InfoScreen:
    """A screen of text only: the introduction or the closing confidentiality note."""

    key: str
    title: str
    text: str


@dataclass(frozen=True)
class QuestionScreen:
    """One example question as the respondent sees it, with the answers to choose from."""

    key: str
    element_code: str
    element_name: str
    number: int  # 1-based position among the walkthrough's questions
    total: int
    text: str
    options: tuple[str, ...]


Screen = InfoScreen | QuestionScreen


@dataclass(frozen=True)
class Walkthrough:
    """Every screen a respondent of ``group`` goes through in survey year ``year``."""

    year: int
    group: str
    note: str  # where the questions come from: examples for training, not KPK's questionnaire
    intro: tuple[InfoScreen, ...]
    questions: tuple[QuestionScreen, ...]
    closing: InfoScreen

    @property
    def screens(self) -> tuple[Screen, ...]:
        """Introduction, questions and the closing note, in the order they are shown."""
        return (*self.intro, *self.questions, self.closing)


def walkthrough(database: Database, year: int, group: str) -> Walkthrough:
    """The walkthrough of ``year`` for respondent ``group``; ``InputError`` for an unknown group."""
    if group not in GROUPS:
        raise InputError(f"Kelompok responden tidak dikenal: {group!r} (pilih internal, external atau expert)")
    elements = get_year(database, year).elements
    data = load_json(*EXAMPLES_FILE)
    found = [(element.code, element.name, item)
             for element in elements
             for item in data["elements"].get(element.code, [])
             if group in item["groups"]]
    questions = tuple(
        QuestionScreen(
            key=item["key"],
            element_code=code,
            element_name=name,
            number=number,
            total=len(found),
            text=item["groups"][group]["text"],
            options=_options(data, item, group),
        )
        for number, (code, name, item) in enumerate(found, start=1)
    )
    return Walkthrough(
        year=year,
        group=group,
        note=data["note"],
        intro=tuple(_info(screen, group) for screen in data["intro"]),
        questions=questions,
        closing=_info(data["closing"], group),
    )


def _options(data: dict[str, Any], item: dict[str, Any], group: str) -> tuple[str, ...]:
    scale = item["groups"][group].get("scale", item["scale"])
    options = [str(label) for label in data["scales"][scale]]
    if item.get("unknown", False):
        options.append(str(data["unknown_label"]))
    return tuple(options)


def _info(screen: dict[str, Any], group: str) -> InfoScreen:
    extra = screen.get("per_group", {}).get(group)
    text = f"{screen['text']}\n\n{extra}" if extra else screen["text"]
    return InfoScreen(key=screen["key"], title=screen["title"], text=text)
