"""The faint diagonal word (DEMO, ESTIMASI) across a PDF page that must never pass for an official one."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas


def draw_watermark(canvas: Canvas, word: str, width: float, height: float, font: str = "Helvetica-Bold") -> None:
    """``word`` in 110 pt, rotated 40°, at 10 % orange, centred on a ``width`` × ``height`` page."""
    from reportlab.lib.colors import Color

    canvas.saveState()
    canvas.setFillColor(Color(0.85, 0.35, 0.0, alpha=0.10))
    canvas.setFont(font, 110)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(40)
    canvas.drawCentredString(0, 0, word)
    canvas.restoreState()
