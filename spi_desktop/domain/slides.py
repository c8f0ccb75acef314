"""A training slide as plain data: what the presentation shows and the handout prints.

Kept apart from the service that builds the slides, so the handout report needs nothing from services.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple


class Figure(NamedTuple):
    """A labelled value on a slide: an element with its scope, or a score with its band colour."""

    label: str
    value: str
    colour: str | None = None


@dataclass(frozen=True)
class Slide:
    """One slide, ready to show: texts are filled in, numbers written the Indonesian way.

    ``kind`` tells the view how to lay out the data: 'text', 'elements' (figures = element name and scope),
    'bands' (label, lower, exclusive upper, colour), 'results' or 'actions' (figures = tiles).
    """

    id: str
    kind: str
    title: str
    paragraphs: list[str]
    bullets: list[str]
    closing: list[str] = field(default_factory=list)
    bands: list[tuple[str, float, float, str]] | None = None
    figures: list[Figure] = field(default_factory=list)
