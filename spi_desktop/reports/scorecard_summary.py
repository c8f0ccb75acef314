"""The summary that opens the combined scorecard PDF: the institution's index, how its OPD spread over the
year's bands, the elements weakest on average, then one table row per OPD (score, band, change), ranked.

The table continues on as many pages as it needs, its header repeated on each.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from spi_desktop.domain.formatting import format_date, format_decimal
from spi_desktop.reports.fonts import BOLD, FONT, register_fonts
from spi_desktop.reports.scorecard import GREY, INK, LIGHT, MARGIN, fit_text, printed_at, source_text, watermark

if TYPE_CHECKING:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Table

    from spi_desktop.domain.scorecard import ScorecardData

BOTTOM = 60.0
# width of each column: No, Kode, OPD, Indeks, Kategori, Perubahan (together the page between the margins)
WIDTHS = (24.0, 66.0, 244.0, 46.0, 70.0, 65.2)
NO_VALUE = "–"


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
    printed = printed or printed_at(first).date()
    institution = next((card for card in cards if not card.code), None)
    units = ranked(cards)
    watermark(canvas, first, width, height)
    y = _title(canvas, first, width, height - MARGIN)
    if institution is not None:
        y = _institution(canvas, institution, width, y)
    if units:
        y = _spread(canvas, first, units, width, y)
        y = _weakest(canvas, units, width, y)
    pages = 1
    table = _ranking_table(units) if units else None
    continued = False
    while table is not None:
        room = y - TITLE - BOTTOM - NOTE
        parts = table.split(width - 2 * MARGIN, room) if room > 0 else []
        if parts:
            top = _table_title(canvas, y, continued)
            _width, used = parts[0].wrapOn(canvas, width - 2 * MARGIN, room)
            parts[0].drawOn(canvas, MARGIN, top - used)
            y = top - used
            if len(parts) == 1:
                _table_note(canvas, units, y)
                break
            table, continued = parts[1], True
        _page_footer(canvas, first, width, pages, printed)  # the rest of the table goes on the next page
        canvas.showPage()
        watermark(canvas, first, width, height)
        pages += 1
        y = height - MARGIN
    _page_footer(canvas, first, width, pages, printed)
    canvas.showPage()
    return pages


NOTE, TITLE = 14.0, 12.0


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


def _institution(canvas: Canvas, card: ScorecardData, width: float, top: float) -> float:
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
    parts = ["belum ada hasil tahun sebelumnya" if card.change is None else
             f"{_change_text(card.change)} dari tahun sebelumnya"]
    if card.national_index is not None:
        parts.append(f"indeks nasional {format_decimal(card.national_index)}")
    canvas.drawString(MARGIN, top - 52, fit_text(" · ".join(parts), width - 2 * MARGIN, FONT, 9.5))
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


def _table_title(canvas: Canvas, top: float, continued: bool) -> float:
    from reportlab.lib.colors import HexColor

    canvas.setFillColor(HexColor(INK))
    canvas.setFont(BOLD, 11)
    canvas.drawString(MARGIN, top - 4, "Semua OPD menurut indeks" + (" (lanjutan)" if continued else ""))
    return top - TITLE


def _styles() -> dict[str, ParagraphStyle]:
    from reportlab.lib.colors import HexColor
    from reportlab.lib.styles import ParagraphStyle

    base = ParagraphStyle("sel", fontName=FONT, fontSize=8.5, leading=10.2, textColor=HexColor(INK))
    return {"cell": base, "bold": ParagraphStyle("tebal", parent=base, fontName=BOLD),
            "head": ParagraphStyle("kepala", parent=base, fontName=BOLD)}


def _ranking_table(units: list[ScorecardData]) -> Table:
    """Every OPD in rank order; long names and codes wrap inside their cells, never cut. A dash marks an index
    not yet announced or a change without an earlier result (the note under the table says so)."""
    from xml.sax.saxutils import escape

    from reportlab.lib.colors import HexColor
    from reportlab.platypus import Paragraph, Table, TableStyle

    styles = _styles()
    head = [Paragraph(title, styles["head"]) for title in ("No", "Kode", "OPD", "Indeks", "Kategori",
                                                             "Perubahan")]
    rows: list[list[object]] = [head]
    for number, card in enumerate(units, start=1):
        band = ""
        if card.index.band:
            band = f'<font color="{card.index.colour or GREY}">■</font> {escape(card.index.band)}'
        change = card.change
        colour = "#2e7d32" if (change or 0) > 0 else "#c62828" if (change or 0) < 0 else GREY
        rows.append([Paragraph(str(number), styles["cell"]), Paragraph(escape(card.code), styles["cell"]),
                     Paragraph(escape(card.unit_name), styles["cell"]),
                     Paragraph(format_decimal(card.index.score, empty=NO_VALUE), styles["bold"]),
                     Paragraph(band or NO_VALUE, styles["cell"]),
                     Paragraph(f'<font color="{colour}">{_change_text(change)}</font>', styles["cell"])])
    table = Table(rows, colWidths=WIDTHS, repeatRows=1)
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), HexColor(LIGHT)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("TOPPADDING", (0, 0), (-1, 0), 4), ("BOTTOMPADDING", (0, 0), (-1, 0), 4),
    ]))
    return table


def _table_note(canvas: Canvas, units: list[ScorecardData], y: float) -> None:
    """Under the table, what a dash in it means (only when one is shown)."""
    from reportlab.lib.colors import HexColor

    notes = []
    if any(card.index.score is None for card in units):
        notes.append("indeks belum diumumkan")
    if any(card.change is None for card in units):
        notes.append("perubahan: belum ada hasil tahun sebelumnya")
    if notes:
        canvas.setFillColor(HexColor(GREY))
        canvas.setFont(FONT, 7.5)
        canvas.drawString(MARGIN, y - 10, f"{NO_VALUE} = " + "; ".join(notes))


def _change_text(change: float | None) -> str:
    if change is None:
        return NO_VALUE
    arrow = "▲" if change > 0 else "▼" if change < 0 else "="
    return f"{arrow} {format_decimal(abs(change))}"


def _page_footer(canvas: Canvas, card: ScorecardData, width: float, page: int, printed: dt.date | None) -> None:
    from reportlab.lib.colors import HexColor

    canvas.setStrokeColor(HexColor("#b0bec5"))
    canvas.line(MARGIN, 44, width - MARGIN, 44)
    canvas.setFillColor(HexColor(GREY))
    canvas.setFont(FONT, 7.5)
    source = source_text(card.source, card.source_date)
    printed_text = f"dicetak {format_date(printed or printed_at(card).date())}"
    canvas.drawString(MARGIN, 32, fit_text(f"{source} · {printed_text}" if source else printed_text.capitalize(),
                                           width - 2 * MARGIN - 80, FONT, 7.5))
    canvas.drawRightString(width - MARGIN, 32, f"ringkasan hal. {page}")
