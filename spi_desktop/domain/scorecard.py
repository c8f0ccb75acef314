"""What one scorecard shows, as plain data: the card's drawing needs nothing else.

Kept apart from the services that gather it, so the batch's worker processes load only this and reportlab.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from spi_desktop.domain.bands import Banded


@dataclass(frozen=True)
class ElementLine:
    """One element on the card: score with band, and the change from the previous result."""

    code: str
    name: str
    score: Banded
    change: float | None


@dataclass(frozen=True)
class CardRecommendation:
    """The catalogue's text for one element, chosen by its band (weakest elements come first)."""

    element: str
    band: str | None
    text: str


@dataclass
class ScorecardData:
    """Everything one scorecard page needs; ``label`` is 'ESTIMASI' for estimates, else ''."""

    year: int
    code: str  # '' for the institution
    unit_name: str
    institution: str
    logo: bytes | None
    index: Banded
    bands: list[tuple[str, float, float, str]]  # label, lower, upper, colour
    internal: float | None
    external: float | None
    expert: float | None
    correction: float | None
    elements: list[ElementLine]
    national_index: float | None
    type_average: float | None
    type_name: str
    recommendations: list[CardRecommendation] = field(default_factory=list)
    actions: dict[str, int] = field(default_factory=dict)  # open / overdue / done for this unit
    source: str = ""
    source_date: dt.date | None = None
    inspector_name: str = ""  # the signer
    inspector_nip: str = ""
    place: str = ""  # where the card is signed, e.g. 'Sukamaju'
    signer_title: str = "Inspektur"  # e.g. 'Inspektur Kabupaten Sukamaju'
    label: str = ""
    demo: bool = False
    change: float | None = None  # index minus the previous year's
    printed: dt.datetime | None = None  # when the batch was made: the card's date and the PDF's; None = now
    software: str = ""  # 'SPI Desktop 0.1.0', the PDF's creator
