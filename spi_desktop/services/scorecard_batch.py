"""Write the scorecards of a year: one PDF per OPD (named by its code), the institution's, and optionally one
combined PDF; each file appears only once complete, and a cancel stops before the next card."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from spi_desktop.db.session import Database
from spi_desktop.domain.errors import InputError
from spi_desktop.reports.files import write_complete
from spi_desktop.reports.scorecard import draw_scorecard, write_scorecard
from spi_desktop.services.jobs import JobContext, quiet_context
from spi_desktop.services.results_read import results_for_year
from spi_desktop.services.scorecards import ScorecardData, scorecard_data

INSTITUTION_FILE = "INSTANSI"


@dataclass
class BatchResult:
    """The files written and their pages; ``as_dict`` is the CLI's JSON contract."""

    files: list[str] = field(default_factory=list)
    pages: int = 0

    def as_dict(self) -> dict[str, object]:
        return {"files": self.files, "pages": self.pages}


def _file_name(code: str) -> str:
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in code)
    return f"{safe or INSTITUTION_FILE}.pdf"


def write_scorecards(database: Database, year: int, out: Path, codes: list[str] | None = None,
                     institution: bool = False, combined: bool = False,
                     context: JobContext | None = None) -> BatchResult:
    """Cards for ``codes`` (default: every OPD with a result in ``year``), plus the institution's when asked.
    ``InputError`` before anything is written when a requested unit has no result for the year."""
    context = context or quiet_context()
    stored = {r.code for r in results_for_year(database, year)}
    wanted = [c.upper() for c in codes] if codes else sorted(code for code in stored if code)
    missing = [code for code in wanted if code not in stored]
    if missing:
        raise InputError(f"Belum ada hasil SPI {year} untuk {', '.join(missing)}; tidak ada kartu yang ditulis")
    if institution and "" not in stored:
        raise InputError(f"Belum ada hasil SPI {year} untuk instansi; tidak ada kartu yang ditulis")
    targets = ([""] if institution else []) + wanted
    out.mkdir(parents=True, exist_ok=True)
    result = BatchResult()
    cards: list[ScorecardData] = []
    for number, code in enumerate(targets, start=1):
        context.report(number - 1, len(targets), f"Kartu {number} dari {len(targets)}: {code or 'instansi'}")
        data = scorecard_data(database, year, code)
        path = out / _file_name(code)
        result.pages += write_scorecard(data, path)
        result.files.append(str(path))
        cards.append(data)
    if combined and cards:
        context.report(len(targets), len(targets) + 1, "Menggabungkan semua kartu")
        path = out / f"kartu-skor-SPI-{year}.pdf"
        write_complete(path, lambda partial: _write_combined(cards, partial))
        result.files.append(str(path))
    context.report(len(targets), len(targets), "Selesai")
    return result


def _write_combined(cards: list[ScorecardData], path: Path) -> int:
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=(595.2756, 841.8898), invariant=True)
    pages = sum(draw_scorecard(canvas, card) for card in cards)
    canvas.save()
    return pages
