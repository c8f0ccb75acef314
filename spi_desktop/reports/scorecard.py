"""The scorecard an OPD head receives: one A4 page (a second only when the recommendations need it).

Drawn with reportlab's canvas in the embedded DejaVu font; every text is measured and wrapped or shortened,
so nothing is cut off or drawn over something else.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import TYPE_CHECKING

from spi_desktop.domain.bands import range_text
from spi_desktop.domain.formatting import format_date, format_decimal, format_nip
from spi_desktop.reports.files import write_complete
from spi_desktop.reports.fonts import BOLD, FONT, register_fonts
from spi_desktop.reports.pdf_info import describe_pdf
from spi_desktop.reports.watermark import draw_watermark

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

    from spi_desktop.domain.scorecard import ScorecardData

MARGIN = 40.0
A4_SIZE = (595.2756, 841.8898)  # reportlab.lib.pagesizes.A4, without importing reportlab at start-up
INK, GREY, LIGHT = "#263238", "#607d8b", "#eceff1"


def fit_text(text: str, width: float, font: str, size: float) -> str:
    """``text`` shortened with an ellipsis until it fits ``width`` points."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _wrap(text: str, width: float, font: str, size: float) -> list[str]:
    from reportlab.lib.utils import simpleSplit

    return list(simpleSplit(text, font, size, width))


def _score_text(data: ScorecardData) -> str:
    if data.index.score is None:
        return "Indeks belum diumumkan"
    return f"{format_decimal(data.index.score)} — {data.index.band or ''}".strip(" —")


def watermark(canvas: Canvas, data: ScorecardData, width: float, height: float) -> None:
    """ESTIMASI or DEMO across the page, faint, when the card is one of those."""
    word = data.label or ("DEMO" if data.demo else "")
    if word:
        draw_watermark(canvas, word, width, height, font=BOLD)


def _header(canvas: Canvas, data: ScorecardData, width: float, top: float) -> float:
    from reportlab.lib.colors import HexColor
    from reportlab.lib.utils import ImageReader

    left = MARGIN
    if data.logo:
        try:
            canvas.drawImage(ImageReader(io.BytesIO(data.logo)), MARGIN, top - 48, 48, 48,
                             preserveAspectRatio=True)
            left += 60
        except Exception:  # noqa: BLE001 - a broken logo must never stop the card
            pass
    canvas.setFillColor(HexColor(GREY))
    canvas.setFont(FONT, 9.5)
    canvas.drawString(left, top - 10, fit_text(f"{data.institution} · Survei Penilaian Integritas {data.year}",
                                           width - left - MARGIN, FONT, 9.5))
    canvas.setFillColor(HexColor(INK))
    lines = _wrap(data.unit_name, width - left - MARGIN, BOLD, 17)[:2]
    y = top - 30
    canvas.setFont(BOLD, 17)
    for line in lines:
        canvas.drawString(left, y, line)
        y -= 20
    if data.label:
        canvas.setFillColor(HexColor("#e65100"))
        canvas.setFont(BOLD, 10)
        canvas.drawString(left, y, f"{data.label} — bukan nilai resmi KPK")
        y -= 14
    return min(y, top - 56) - 6


def _score(canvas: Canvas, data: ScorecardData, width: float, top: float) -> float:
    from reportlab.lib.colors import HexColor
    from reportlab.pdfbase.pdfmetrics import stringWidth

    colour = HexColor(data.index.colour or INK)
    canvas.setFillColor(colour)
    canvas.setFont(BOLD, 30)
    canvas.drawString(MARGIN, top - 32, fit_text(_score_text(data), width - 2 * MARGIN, BOLD, 30))
    bar_top, bar_width = top - 52, width - 2 * MARGIN
    legend_x = MARGIN
    for label, lower, upper, band_colour in data.bands:
        x = MARGIN + bar_width * lower / 100
        canvas.setFillColor(HexColor(band_colour))
        canvas.rect(x, bar_top - 12, bar_width * (upper - lower) / 100, 12, stroke=0, fill=1)
        canvas.rect(legend_x, bar_top - 25, 8, 8, stroke=0, fill=1)  # legend: the band's range in words
        canvas.setFillColor(HexColor(GREY))
        canvas.setFont(FONT, 8)
        text = f"{label} {range_text(lower, upper)}"
        canvas.drawString(legend_x + 11, bar_top - 24, text)
        legend_x += 11 + stringWidth(text, FONT, 8) + 14
    if data.index.score is not None:
        x = MARGIN + bar_width * data.index.score / 100
        canvas.setFillColor(HexColor(INK))
        path = canvas.beginPath()
        path.moveTo(x, bar_top)
        path.lineTo(x - 5, bar_top + 8)
        path.lineTo(x + 5, bar_top + 8)
        path.close()
        canvas.drawPath(path, stroke=0, fill=1)
    y = bar_top - 40  # clear of the legend's colour squares
    parts = [f"{name} {format_decimal(value)}" for name, value in (
        ("Internal", data.internal), ("Eksternal", data.external), ("Eksper", data.expert),
        ("Faktor koreksi", data.correction)) if value is not None]  # a part without a value is left out
    canvas.setFont(FONT, 9.5)
    if parts:
        canvas.setFillColor(HexColor(INK))
        canvas.drawString(MARGIN, y, fit_text(" · ".join(parts), width - 2 * MARGIN, FONT, 9.5))
        y -= 14
    comparisons = comparison_parts(data)
    if comparisons:
        canvas.setFillColor(HexColor(GREY))
        canvas.drawString(MARGIN, y, fit_text("Pembanding: " + " · ".join(comparisons), width - 2 * MARGIN,
                                              FONT, 9.5))
        y -= 14
    return y - 4


def comparison_parts(data: ScorecardData) -> list[str]:
    """The comparisons the card has values for: the national index and the average of the institution type."""
    parts = []
    if data.national_index is not None:
        parts.append(f"indeks nasional {format_decimal(data.national_index)}")
    if data.type_average is not None:
        parts.append(f"rata-rata {data.type_name or 'jenis instansi'} {format_decimal(data.type_average)}")
    return parts


def _elements(canvas: Canvas, data: ScorecardData, width: float, top: float) -> float:
    from reportlab.lib.colors import HexColor

    canvas.setFillColor(HexColor(INK))
    canvas.setFont(BOLD, 11)
    canvas.drawString(MARGIN, top, "Nilai per elemen")
    y, name_width, bar_x = top - 18, 190.0, MARGIN + 196
    bar_width = width - MARGIN - bar_x - 150
    for line in data.elements:
        canvas.setFillColor(HexColor(INK))
        canvas.setFont(FONT, 9)
        canvas.drawString(MARGIN, y, fit_text(line.name, name_width, FONT, 9))
        canvas.setFillColor(HexColor(LIGHT))
        canvas.rect(bar_x, y - 2, bar_width, 10, stroke=0, fill=1)
        if line.score.score is not None:
            canvas.setFillColor(HexColor(line.score.colour or GREY))
            canvas.rect(bar_x, y - 2, bar_width * line.score.score / 100, 10, stroke=0, fill=1)
            canvas.setFillColor(HexColor(INK))
            canvas.setFont(BOLD, 9)
            canvas.drawString(bar_x + bar_width + 6, y, format_decimal(line.score.score))
            canvas.setFont(FONT, 8.5)
            canvas.drawString(bar_x + bar_width + 40, y, fit_text(line.score.band or "", 60, FONT, 8.5))
        if line.change is not None:
            arrow = "▲" if line.change > 0 else "▼" if line.change < 0 else "="
            canvas.setFillColor(HexColor("#2e7d32" if line.change > 0 else "#c62828" if line.change < 0 else GREY))
            canvas.drawRightString(width - MARGIN, y, f"{arrow} {format_decimal(abs(line.change))}")
        y -= 15.5
    return y - 6


def source_text(source: str, day: dt.date | None) -> str:
    """'Sumber: Laporan hasil SPI 2025, 9 Desember 2025'; without a date 'Sumber: diketik'; '' with neither."""
    if not source and day is None:
        return ""
    text = f"Sumber: {source or 'tidak disebutkan'}"
    return f"{text}, {format_date(day)}" if day is not None else text


def printed_at(data: ScorecardData) -> dt.datetime:
    """When the card is printed: the batch's moment, else now."""
    return data.printed or dt.datetime.now().astimezone()


SIGNATURE_WIDTH = 220.0


def _footer(canvas: Canvas, data: ScorecardData, width: float, page: int, pages: int) -> None:
    from reportlab.lib.colors import HexColor

    printed = format_date(printed_at(data).date())
    canvas.setStrokeColor(HexColor("#b0bec5"))
    canvas.line(MARGIN, 96, width - MARGIN, 96)
    canvas.setFillColor(HexColor(GREY))
    canvas.setFont(FONT, 7.5)
    left_width = width - 2 * MARGIN - SIGNATURE_WIDTH - 16
    lines = _wrap(source_text(data.source, data.source_date), left_width, FONT, 7.5)[:2]
    lines.append(f"Dicetak {printed} · halaman {page} dari {pages}")
    y = 84.0
    for line in lines:
        canvas.drawString(MARGIN, y, fit_text(line, left_width, FONT, 7.5))
        y -= 10
    if page == pages:
        _signature(canvas, data, width - MARGIN - SIGNATURE_WIDTH, printed)


def _signature(canvas: Canvas, data: ScorecardData, x: float, printed: str) -> None:
    """Place and date, the signer's title (up to two lines), then below the room for the signature the name
    and the NIP in its groups; a line without data is left out."""
    from reportlab.lib.colors import HexColor

    canvas.setFillColor(HexColor(INK))
    canvas.setFont(FONT, 9)
    canvas.drawString(x, 84, fit_text(f"{data.place}, {printed}" if data.place else printed, SIGNATURE_WIDTH,
                                      FONT, 9))
    y = 72.0
    for line in _wrap(data.signer_title or "Inspektur", SIGNATURE_WIDTH, FONT, 9)[:2]:
        canvas.drawString(x, y, line)
        y -= 11
    if data.inspector_name:
        canvas.setFont(BOLD, 9)
        canvas.drawString(x, 32, fit_text(data.inspector_name, SIGNATURE_WIDTH, BOLD, 9))
    if data.inspector_nip:
        canvas.setFont(FONT, 8.5)
        canvas.drawString(x, 21, f"NIP {format_nip(data.inspector_nip)}")


def _recommendation_blocks(data: ScorecardData, width: float) -> list[list[tuple[str, str, float]]]:
    """Each recommendation as lines (text, font, size) wrapped to the page width."""
    blocks = []
    for item in data.recommendations:
        lines = [(f"{item.element} — {item.band or ''}".strip(" —"), BOLD, 9.0)]
        lines += [(text, FONT, 8.5) for text in _wrap(item.text, width - 2 * MARGIN - 10, FONT, 8.5)]
        blocks.append(lines)
    return blocks


def draw_scorecard(canvas: Canvas, data: ScorecardData) -> int:
    """Draw the card on ``canvas``: recommendations fill the first page and only those that do not fit
    continue on a second (never cut inside one); returns the number of pages."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4

    register_fonts()
    width, height = A4
    blocks = _recommendation_blocks(data, width)
    watermark(canvas, data, width, height)
    y = _elements(canvas, data, width, _score(canvas, data, width, _header(canvas, data, width, height - MARGIN)))
    first, rest = _split(blocks, y - HEADING - (ACTIONS if data.actions and len(blocks) else 0) - FOOTER_TOP)
    pages = 2 if rest else 1
    y = _recommendations(canvas, first, y, "Rekomendasi (elemen terlemah lebih dahulu)")
    if rest:
        _footer(canvas, data, width, 1, pages)
        canvas.showPage()
        watermark(canvas, data, width, height)
        canvas.setFillColor(HexColor(GREY))
        canvas.setFont(FONT, 9.5)
        canvas.drawString(MARGIN, height - MARGIN - 10, fit_text(
            f"{data.unit_name} · Survei Penilaian Integritas {data.year}", width - 2 * MARGIN, FONT, 9.5))
        y = _recommendations(canvas, rest, height - MARGIN - 34, "Rekomendasi (lanjutan)")
    _actions(canvas, data, y)
    _footer(canvas, data, width, pages, pages)
    canvas.showPage()
    return pages


FOOTER_TOP, HEADING, ACTIONS = 104.0, 16.0, 30.0
Block = list[tuple[str, str, float]]


TITLE_LEADING, BODY_LEADING, BLOCK_GAP = 12.0, 10.8, 3.0


def _height(block: Block) -> float:
    return TITLE_LEADING + BODY_LEADING * (len(block) - 1) + BLOCK_GAP


def _split(blocks: list[Block], room: float) -> tuple[list[Block], list[Block]]:
    """The blocks that fit in ``room`` points, and the rest (whole blocks only, in order)."""
    used, count = 0.0, 0
    for block in blocks:
        if used + _height(block) > room:
            break
        used += _height(block)
        count += 1
    return blocks[:count], blocks[count:]


def _recommendations(canvas: Canvas, blocks: list[Block], y: float, heading: str) -> float:
    from reportlab.lib.colors import HexColor

    canvas.setFillColor(HexColor(INK))
    canvas.setFont(BOLD, 11)
    canvas.drawString(MARGIN, y, heading)
    y -= HEADING
    for block in blocks:
        for number, (text, font, size) in enumerate(block):
            canvas.setFont(font, size)
            canvas.drawString(MARGIN + (0 if number == 0 else 10), y, text)
            y -= BODY_LEADING if number else TITLE_LEADING
        y -= BLOCK_GAP
    return y


def _actions(canvas: Canvas, data: ScorecardData, y: float) -> None:
    if not data.actions:
        return
    from reportlab.lib.colors import HexColor

    canvas.setFillColor(HexColor(INK))
    canvas.setFont(BOLD, 10)
    canvas.drawString(MARGIN, y - 6, "Rencana aksi")
    canvas.setFont(FONT, 9)
    canvas.drawString(MARGIN, y - 20, f"{data.actions.get('open', 0)} berjalan/belum · "
                                      f"{data.actions.get('overdue', 0)} terlambat · "
                                      f"{data.actions.get('done', 0)} selesai")


def describe_card(canvas: Canvas, data: ScorecardData) -> None:
    """The card's PDF properties: its unit and year, the institution as author, the app as creator."""
    kind = f"{data.label} " if data.label else ""
    describe_pdf(canvas, title=f"Kartu skor {kind}SPI {data.year} — {data.unit_name}",
                 subject=f"Hasil {kind}Survei Penilaian Integritas {data.year}: {data.unit_name}"
                         f" ({_score_text(data)})",
                 author=data.institution, creator=data.software, created=data.printed)


def write_scorecard(data: ScorecardData, path: Path) -> int:
    """Write one card to ``path`` (appears only once complete); returns its number of pages."""
    from reportlab.pdfgen.canvas import Canvas

    def draw(partial: Path) -> int:
        canvas = Canvas(str(partial), pagesize=A4_SIZE, invariant=True)
        describe_card(canvas, data)
        pages = draw_scorecard(canvas, data)
        canvas.save()
        return pages

    return write_complete(path, draw)
