"""The embedded Unicode font (DejaVu Sans, shipped in resources/fonts), so every PC prints the same PDF and
names such as Nur’aini or a ▲ never fall back to a missing glyph."""

from __future__ import annotations

from functools import cache

from spi_desktop.resources import resource_path

FONT, BOLD = "SPI-Sans", "SPI-Sans-Bold"


@cache
def register_fonts() -> tuple[str, str]:
    """Register the regular and bold faces with reportlab once; returns their names."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(FONT, str(resource_path("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(BOLD, str(resource_path("fonts", "DejaVuSans-Bold.ttf"))))
    return FONT, BOLD
