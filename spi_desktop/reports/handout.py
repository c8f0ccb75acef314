"""The training handout: one A4 page that sums up the presentation for the participants to take home.

Drawn from the same slides as the presentation (so a workspace's own texts appear here too) in the embedded
DejaVu font. Every text is wrapped to its width; when the page would overflow, all type shrinks together
until it fits, so the handout always stays one page and nothing is cut off.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from spi_desktop.domain.bands import range_text
from spi_desktop.domain.errors import InputError
from spi_desktop.domain.formatting import format_date
from spi_desktop.domain.slides import Slide
from spi_desktop.reports.files import write_complete
from spi_desktop.reports.fonts import BOLD, FONT, register_fonts
from spi_desktop.reports.scorecard import A4_SIZE, GREY, INK, MARGIN, fit_text
from spi_desktop.reports.watermark import draw_watermark

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

TITLE = "Mengenal Survei Penilaian Integritas"
HEAD, TILE, BOX, BOX_EDGE = "#17324d", "#e3eaf2", "#fff8e1", "#f9a825"
PROMINENT = {"undangan"}  # the invitation channels and confidentiality: boxed and in bold
FOOTER = MARGIN + 14
MIN_SCALE, STEP = 0.55, 0.03


def readable_ink(background: str) -> str:
    """Black or white text, whichever contrasts more with ``background`` (#RRGGBB)."""
    def channel(hex_pair: str) -> float:
        value = int(hex_pair, 16) / 255
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    code = background.lstrip("#")
    luminance = 0.2126 * channel(code[0:2]) + 0.7152 * channel(code[2:4]) + 0.0722 * channel(code[4:6])
    return "#000000" if (luminance + 0.05) / 0.05 > 1.05 / (luminance + 0.05) else "#ffffff"


@dataclass
class _Pen:
    """Writes top-down from ``y``; without a canvas it only measures how far it would go."""

    canvas: Canvas | None
    scale: float
    y: float
    left: float
    width: float

    def gap(self, points: float) -> None:
        self.y -= points * self.scale

    def text(self, text: str, font: str = FONT, size: float = 9.0, colour: str = INK, bullet: str = "") -> None:
        from reportlab.lib.colors import HexColor
        from reportlab.lib.utils import simpleSplit

        size *= self.scale
        hanging = size * 1.2 if bullet else 0.0
        for number, line in enumerate(simpleSplit(text, font, size, self.width - hanging)):
            self.y -= size * 1.3
            if self.canvas is not None:
                self.canvas.setFillColor(HexColor(colour))
                self.canvas.setFont(font, size)
                if bullet and number == 0:
                    self.canvas.drawString(self.left, self.y, bullet)
                self.canvas.drawString(self.left + hanging, self.y, line)

    def boxes(self, items: list[tuple[str, str, str]], top_size: float) -> None:
        """A row of coloured boxes, each with a bold first line and a second line, centred."""
        from reportlab.lib.colors import HexColor

        gap, pad = 6.0, 4 * self.scale
        self.y -= 4 * self.scale  # clear of the descenders of the line above
        width = (self.width - gap * (len(items) - 1)) / max(len(items), 1)
        big, small = top_size * self.scale, 8.0 * self.scale
        height = big * 1.25 + small * 1.3 + 2 * pad
        if self.canvas is not None:
            for number, (top, bottom, colour) in enumerate(items):
                x, ink = self.left + number * (width + gap), readable_ink(colour)
                self.canvas.setFillColor(HexColor(colour))
                self.canvas.roundRect(x, self.y - height, width, height, 4, stroke=0, fill=1)
                self.canvas.setFillColor(HexColor(ink))
                self.canvas.setFont(BOLD, big)
                self.canvas.drawCentredString(x + width / 2, self.y - pad - big, fit_text(top, width - 4, BOLD, big))
                self.canvas.setFont(FONT, small)
                self.canvas.drawCentredString(x + width / 2, self.y - height + pad + small * 0.35,
                                              fit_text(bottom, width - 4, FONT, small))
        self.y -= height + 3 * self.scale


def _elements(pen: _Pen, slide: Slide) -> None:
    from reportlab.lib.colors import HexColor
    from reportlab.lib.utils import simpleSplit

    size = 8.5 * pen.scale
    leading, name_width = size * 1.3, min(150.0, pen.width * 0.3)
    for figure in slide.figures:
        names = simpleSplit(figure.label, BOLD, size, name_width - 6)
        scopes = simpleSplit(figure.value, FONT, size, pen.width - name_width)
        if pen.canvas is not None:
            for font, x, lines, colour in ((BOLD, pen.left, names, HEAD),
                                           (FONT, pen.left + name_width, scopes, INK)):
                pen.canvas.setFillColor(HexColor(colour))
                pen.canvas.setFont(font, size)
                for number, line in enumerate(lines):
                    pen.canvas.drawString(x, pen.y - leading * (number + 1), line)
        pen.y -= leading * max(len(names), len(scopes), 1) + 1.5 * pen.scale


def _body(pen: _Pen, slide: Slide, prominent: bool) -> None:
    if slide.kind == "results":
        pen.boxes([(f.value, f.label, f.colour or TILE) for f in slide.figures], 12)
    for text in slide.paragraphs:
        pen.text(text, BOLD if prominent else FONT, 9.5 if prominent else 9)
    if slide.kind == "actions":
        pen.boxes([(f.value, f.label, f.colour or TILE) for f in slide.figures], 12)
    if slide.kind == "elements":
        _elements(pen, slide)
    if slide.kind == "bands" and slide.bands:
        pen.gap(2)
        pen.boxes([(label, range_text(lower, upper), colour) for label, lower, upper, colour in slide.bands], 10)
    for text in slide.bullets:
        pen.text(text, BOLD if prominent else FONT, 9.5 if prominent else 9, bullet="•")
    for text in slide.closing:
        pen.text(text, FONT, 8.5, INK if prominent else GREY)


def _section(pen: _Pen, slide: Slide) -> None:
    from reportlab.lib.colors import HexColor

    pen.gap(7)
    prominent = slide.id in PROMINENT
    if not prominent:
        pen.text(slide.title, BOLD, 11.5, HEAD)
        _body(pen, slide, False)
        return
    pad = 6 * pen.scale
    inner = _Pen(None, pen.scale, pen.y - pad, pen.left + 10, pen.width - 16)
    inner.text(slide.title, BOLD, 12, HEAD)
    _body(inner, slide, True)
    height = pen.y - inner.y + pad
    if pen.canvas is not None:
        pen.canvas.setFillColor(HexColor(BOX))
        pen.canvas.rect(pen.left, pen.y - height, pen.width, height, stroke=0, fill=1)
        pen.canvas.setFillColor(HexColor(BOX_EDGE))
        pen.canvas.rect(pen.left, pen.y - height, 4, height, stroke=0, fill=1)
        inner = _Pen(pen.canvas, pen.scale, pen.y - pad, pen.left + 10, pen.width - 16)
        inner.text(slide.title, BOLD, 12, HEAD)
        _body(inner, slide, True)
    pen.y -= height


def _content(canvas: Canvas | None, scale: float, slides: list[Slide], institution: str, year: int,
             demo: bool) -> float:
    """Header and every slide's section; returns where the writing ended."""
    width, height = A4_SIZE
    pen = _Pen(canvas, scale, height - MARGIN + 4, MARGIN, width - 2 * MARGIN)
    pen.text(f"{institution} · Survei Penilaian Integritas {year}" if institution else
             f"Survei Penilaian Integritas {year}", FONT, 9, GREY)
    pen.text(f"{TITLE} (SPI) {year}", BOLD, 18, HEAD)
    pen.text("Ringkasan materi sosialisasi untuk peserta", FONT, 10, GREY)
    if demo:
        pen.text("DEMO — data fiktif untuk latihan, bukan data instansi sebenarnya", BOLD, 9, "#e65100")
    for slide in slides:
        _section(pen, slide)
    return pen.y


def draw_handout(canvas: Canvas, slides: list[Slide], institution: str, year: int, demo: bool) -> float:
    """Draw the one-page handout on ``canvas``; returns the type scale used (1.0 = full size).

    ``InputError`` when even the smallest type would not fit (only edited texts can be that long)."""
    from reportlab.lib.colors import HexColor

    register_fonts()
    scale = 1.0
    while scale - STEP >= MIN_SCALE and _content(None, scale, slides, institution, year, demo) < FOOTER + 6:
        scale -= STEP
    if _content(None, scale, slides, institution, year, demo) < FOOTER + 6:
        raise InputError("Teks salindia terlalu panjang untuk handout satu halaman; ringkas teks yang disunting")
    if demo:
        draw_watermark(canvas, "DEMO", *A4_SIZE, font=BOLD)
    _content(canvas, scale, slides, institution, year, demo)
    width = A4_SIZE[0]
    canvas.setStrokeColor(HexColor("#b0bec5"))
    canvas.line(MARGIN, FOOTER, width - MARGIN, FOOTER)
    canvas.setFillColor(HexColor(GREY))
    canvas.setFont(FONT, 7.5)
    canvas.drawString(MARGIN, FOOTER - 11, fit_text(
        f"Dicetak {format_date(dt.date.today())} dengan SPI Desktop · elemen, kategori dan angka dari data tahun "
        f"survei {year} di ruang kerja ini", width - 2 * MARGIN, FONT, 7.5))
    canvas.showPage()
    return scale


def write_handout_file(slides: list[Slide], institution: str, year: int, demo: bool, path: Path) -> int:
    """Write the handout to ``path`` (appears only once complete); returns its pages (1)."""
    from reportlab.pdfgen.canvas import Canvas

    def draw(partial: Path) -> int:
        canvas = Canvas(str(partial), pagesize=A4_SIZE, invariant=True)
        canvas.setTitle(f"{TITLE} {year}")
        draw_handout(canvas, slides, institution, year, demo)
        canvas.save()
        return 1

    return write_complete(path, draw)
