"""Drawing scorecard files in whatever process runs it: the batch's worker processes, or the caller's own.

Work here is told to stop through ``RenderSignals.stop`` (a threading or multiprocessing event) and says after
each file that it finished one. A stop is noticed between cards; a file being written when it comes is
dropped whole (``write_complete``), so no half-written PDF is ever left under its real name.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from spi_desktop.reports.files import write_complete
from spi_desktop.reports.pdf_info import describe_pdf
from spi_desktop.reports.scorecard import A4_SIZE, draw_scorecard, write_scorecard
from spi_desktop.reports.scorecard_summary import draw_summary

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

    from spi_desktop.domain.scorecard import ScorecardData


class StopFlag(Protocol):
    """What ``threading.Event`` and ``multiprocessing.Event`` share and this module uses."""

    def is_set(self) -> bool: ...


class RenderStopped(Exception):
    """Drawing stopped because the user cancelled."""


@dataclass
class RenderSignals:
    """Where to look for a stop, and whom to tell that a file is done."""

    stop: StopFlag
    card_done: Callable[[], None]

    def check(self) -> None:
        """Raise ``RenderStopped`` once a stop was asked."""
        if self.stop.is_set():
            raise RenderStopped


_worker_signals: RenderSignals | None = None


def init_worker(stop: StopFlag, done_queue: object) -> None:
    """Pool initializer: remember the shared stop event and the queue each finished card is reported on."""
    global _worker_signals
    _worker_signals = RenderSignals(stop, lambda: done_queue.put(1))  # type: ignore[attr-defined]


def _signals(given: RenderSignals | None) -> RenderSignals:
    if given is not None:
        return given
    if _worker_signals is None:
        raise RuntimeError("init_worker was not called in this process")
    return _worker_signals


def render_files(jobs: list[tuple[ScorecardData, str]], signals: RenderSignals | None = None) -> int:
    """Write each card to its own file; returns the pages written."""
    signals = _signals(signals)
    pages = 0
    for card, path in jobs:
        signals.check()
        pages += write_scorecard(card, Path(path))
        signals.card_done()
    return pages


def describe_combined(canvas: Canvas, cards: list[ScorecardData]) -> None:
    """The combined file's PDF properties: the year, how many cards, the institution as author."""
    first = cards[0]
    kind = f"{first.label} " if first.label else ""
    units = sum(1 for card in cards if card.code)
    title = f"Kartu skor {kind}SPI {first.year}" + (f" — {first.institution}" if first.institution else "")
    describe_pdf(canvas, title=title,
                 subject=f"Ringkasan dan kartu skor {kind}Survei Penilaian Integritas {first.year} "
                         f"untuk {units} OPD", author=first.institution, creator=first.software,
                 created=first.printed)


def render_combined(cards: list[ScorecardData], path: str, signals: RenderSignals | None = None) -> int:
    """Write the summary and then every card into one PDF at ``path``; returns its pages."""
    signals = _signals(signals)

    def draw(partial: Path) -> int:
        from reportlab.pdfgen.canvas import Canvas

        canvas = Canvas(str(partial), pagesize=A4_SIZE, invariant=True)
        describe_combined(canvas, cards)
        pages = draw_summary(canvas, cards)
        for card in cards:
            signals.check()
            pages += draw_scorecard(canvas, card)
        canvas.save()
        return pages

    pages = write_complete(Path(path), draw)
    signals.card_done()  # the combined file counts as one file, once it is whole
    return pages
