"""The summary that opens the combined scorecard PDF: the institution's index, how its OPD spread over the
year's bands, the elements weakest on average, then one table row per OPD (score, band, change), ranked.

The table continues on as many pages as it needs, its header repeated on each.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from spi_desktop.domain.formatting import format_date, format_decimal
from spi_desktop.reports.fonts import BOLD, FONT, register_fonts
from spi_desktop.reports.scorecard import GREY, INK, LIGHT, MARGIN, fit_text, watermark

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

    from spi_desktop.domain.scorecard import ScorecardData

ROW = 15.0
BOTTOM = 60.0
# x offset of each column from the margin: No, Kode, OPD, Indeks, Kategori, Perubahan
COLUMNS = (0.0, 26.0, 96.0, 330.0, 380.0, 470.0)


def ranked(cards: list[ScorecardData]) -> list[ScorecardData]:
    """The OPD cards, highest index first (unpublished indices last, then by code)."""
    units = [card for card in cards if card.code]
    return sorted(units, key=lambda c: (c.index.score is None, -(c.index.score or 0.0), c.code))


def draw_summary(canvas: Canvas, cards: list[ScorecardData], printed: dt.date | None = None) -> int:
    """Draw the summary pages for ``cards`` (the institution's, if present, plus OPD); returns the pages."""
    from reportlab.lib.pagesizes import A4

    register_fonts()
    width, height = A4
    first = cards[0]
    institution = next((card for card in cards if not card.code), None)
    units = ranked(cards)
    watermark(canvas, first, width, height)
    y = _title(canvas, first, width, height - MARGIN)
    if institution is not None:
        y = _institution(canvas, institution, y)
    if units:
        y = _spread(canvas, first, units, width, y)
        y = _weakest(canvas, units, width, y)
    pages = 1
    for number, card in enumerate(units, start=1):
        if number == 1 or y < BOTTOM + ROW:
            if number > 1:
                _page_footer(canvas, first, width, pages, printed)
                canvas.showPage()
                watermark(canvas, first, width, height)
                pages += 1
                y = height - MARGIN
            y = _table_head(canvas, width, y, continued=number > 1)
        _table_row(canvas, number, card, y)
        y -= ROW
    _page_footer(canvas, first, width, pages, printed)
    canvas.showPage()
    return pages


def _title(canvas: Canvas, card: ScorecardData, width: float, top: float) -> float:
    from reportlab.lib.colors import HexColor

    canvas.setFillColor(HexColor(GREY))
    canvas.setFont(FONT, 9.5)
    canvas.drawString(MARGIN, top - 10, fit_text(f"{card.institution} · Survei Penilaian Integritas {card.year}",
                                                 width - 2 * MARGIN, FONT, 9.5))
    canvas.setFillColor(HexColor(INK))
    canvas.setFont(BOLD, 17)
    canvas.drawString(MARGIN, top - 32, f"Ringkasan hasil SPI {card.year}")
    y = top - 46
    if card.label:
        canvas.setFillColor(HexColor("#e65100"))
        canvas.setFont(BOLD, 10)
        canvas.drawString(MARGIN, y, f"{card.label} — bukan nilai resmi KPK")
        y -= 14
    return y - 8


def _institution(canvas: Canvas, card: ScorecardData, top: float) -> float:
    from reportlab.lib.colors import HexColor

    canvas.setFillColor(HexColor(INK))
    canvas.setFont(FONT, 10)
    canvas.drawString(MARGIN, top - 10, "Indeks instansi")
    canvas.setFillColor(HexColor(card.index.colour or INK))
    canvas.setFont(BOLD, 24)
    score = format_decimal(card.index.score) if card.index.score is not None else "belum diumumkan"
    text = f"{score} — {card.index.band}" if card.index.band else score
    canvas.drawString(MARGIN, top - 36, text)
    canvas.setFillColor(HexColor(GREY))
    canvas.setFont(FONT, 9.5)
    change = "belum ada hasil tahun sebelumnya" if card.change is None else \
        f"{_change_text(card.change)} dari tahun sebelumnya"
    canvas.drawString(MARGIN, top - 52, f"{change} · indeks nasional {format_decimal(card.national_index)}")
    return top - 72


def _spread(canvas: Canvas, card: ScorecardData, units: list[ScorecardData], width: float, top: float) -> float:
    """A bar split by how many OPD fall in each band, with the counts written beneath."""
    from reportlab.lib.colors import HexColor
    from reportlab.pdfbase.pdfmetrics import stringWidth

    canvas.setFillColor(HexColor(INK))
    canvas.setFont(BOLD, 11)
    canvas.drawString(MARGIN, top - 4, f"Sebaran {len(units)} OPD per kategori")
    counts = [(label, colour, sum(1 for u in units if u.index.band == label)) for label, _lo, _up, colour in card.bands]
    bar_width, x, legend_x = width - 2 * MARGIN, MARGIN, MARGIN
    for label, colour, count in counts:
        canvas.setFillColor(HexColor(colour))
        share = bar_width * count / len(units)
        canvas.rect(x, top - 30, share, 14, stroke=0, fill=1)
        x += share
        canvas.rect(legend_x, top - 46, 8, 8, stroke=0, fill=1)
        canvas.setFillColor(HexColor(INK))
        canvas.setFont(FONT, 9)
        text = f"{label}: {count} OPD"
        canvas.drawString(legend_x + 11, top - 45, text)
        legend_x += 11 + stringWidth(text, FONT, 9) + 16
    return top - 66


def _weakest(canvas: Canvas, units: list[ScorecardData], width: float, top: float) -> float:
    """The elements by their mean over the OPD, weakest first."""
    from reportlab.lib.colors import HexColor

    means = []
    for number, line in enumerate(units[0].elements):
        scores = [u.elements[number].score.score for u in units
                  if number < len(u.elements) and u.elements[number].score.score is not None]
        if scores:
            means.append((sum(s for s in scores if s is not None) / len(scores), line.name))
    if not means:
        return top
    canvas.setFillColor(HexColor(INK))
    canvas.setFont(BOLD, 11)
    canvas.drawString(MARGIN, top - 4, "Rata-rata elemen di semua OPD (terlemah lebih dahulu)")
    y = top - 20
    canvas.setFont(FONT, 9)
    column = (width - 2 * MARGIN) / 2
    for number, (mean, name) in enumerate(sorted(means)):
        x = MARGIN + column * (number % 2)
        canvas.drawString(x, y, fit_text(name, column - 50, FONT, 9))
        canvas.drawRightString(x + column - 12, y, format_decimal(mean))
        if number % 2:
            y -= 13
    return y - (13 if len(means) % 2 else 0) - 12


def _table_head(canvas: Canvas, width: float, top: float, continued: bool) -> float:
    from reportlab.lib.colors import HexColor

    canvas.setFillColor(HexColor(INK))
    canvas.setFont(BOLD, 11)
    canvas.drawString(MARGIN, top - 4, "Semua OPD menurut indeks" + (" (lanjutan)" if continued else ""))
    canvas.setFillColor(HexColor(LIGHT))
    canvas.rect(MARGIN, top - 26, width - 2 * MARGIN, 16, stroke=0, fill=1)
    canvas.setFillColor(HexColor(INK))
    canvas.setFont(BOLD, 8.5)
    for x, title in zip(COLUMNS, ("No", "Kode", "OPD", "Indeks", "Kategori", "Perubahan"), strict=True):
        canvas.drawString(MARGIN + x + 2, top - 21, title)
    return top - 40


def _table_row(canvas: Canvas, number: int, card: ScorecardData, y: float) -> None:
    from reportlab.lib.colors import HexColor

    canvas.setFillColor(HexColor(INK))
    canvas.setFont(FONT, 8.5)
    canvas.drawString(MARGIN + COLUMNS[0] + 2, y, str(number))
    canvas.drawString(MARGIN + COLUMNS[1] + 2, y, fit_text(card.code, COLUMNS[2] - COLUMNS[1] - 6, FONT, 8.5))
    canvas.drawString(MARGIN + COLUMNS[2] + 2, y, fit_text(card.unit_name, COLUMNS[3] - COLUMNS[2] - 8, FONT, 8.5))
    canvas.setFont(BOLD, 8.5)
    canvas.drawString(MARGIN + COLUMNS[3] + 2, y, format_decimal(card.index.score))
    if card.index.band:
        canvas.setFillColor(HexColor(card.index.colour or GREY))
        canvas.rect(MARGIN + COLUMNS[4] + 2, y - 1, 8, 8, stroke=0, fill=1)
        canvas.setFillColor(HexColor(INK))
        canvas.setFont(FONT, 8.5)
        canvas.drawString(MARGIN + COLUMNS[4] + 14, y, fit_text(card.index.band, COLUMNS[5] - COLUMNS[4] - 18,
                                                                FONT, 8.5))
    change = card.change
    canvas.setFillColor(HexColor("#2e7d32" if (change or 0) > 0 else "#c62828" if (change or 0) < 0 else GREY))
    canvas.setFont(FONT, 8.5)
    canvas.drawString(MARGIN + COLUMNS[5] + 2, y, _change_text(change))


def _change_text(change: float | None) -> str:
    if change is None:
        return "–"
    arrow = "▲" if change > 0 else "▼" if change < 0 else "="
    return f"{arrow} {format_decimal(abs(change))}"


def _page_footer(canvas: Canvas, card: ScorecardData, width: float, page: int, printed: dt.date | None) -> None:
    from reportlab.lib.colors import HexColor

    canvas.setStrokeColor(HexColor("#b0bec5"))
    canvas.line(MARGIN, 44, width - MARGIN, 44)
    canvas.setFillColor(HexColor(GREY))
    canvas.setFont(FONT, 7.5)
    canvas.drawString(MARGIN, 32, fit_text(f"Sumber: {card.source or '–'} ({format_date(card.source_date)}) · "
                                           f"dicetak {format_date(printed or dt.date.today())}",
                                           width - 2 * MARGIN - 80, FONT, 7.5))
    canvas.drawRightString(width - MARGIN, 32, f"ringkasan hal. {page}")
