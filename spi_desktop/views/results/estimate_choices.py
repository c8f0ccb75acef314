"""What the estimate wizard's pages choose, handed from page to page."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from spi_desktop.services.estimate import EstimateReport


@dataclass
class EstimateChoices:
    """The answer export, questionnaire map and sheet (files page), the weights and correction (weights page)
    and the estimate the result page computed from them (None until it is done)."""

    export: Path | None = None
    map_path: Path | None = None
    sheet: str | None = None
    weights: dict[str, float] | None = None  # None: the survey year's own weights
    correction: float | None = None
    report: EstimateReport | None = None
