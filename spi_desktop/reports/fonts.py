"""The embedded Unicode font (DejaVu Sans, shipped in resources/fonts), so every PC prints the same PDF and
names such as Nur’aini or a ▲ never fall back to a missing glyph."""

from __future__ import annotations

from functools import cache

from spi_desktop.resources import resource_path

FONT, BOLD = "SPI-Sans", "SPI-Sans-Bold"


@cache
def register_fonts() -> tuple[str, str]:
    """Register the regular and bold faces with reportlab once (and set how it writes streams); returns their
    names."""
    from reportlab import rl_config
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    # Binary streams instead of ASCII85 text: smaller files, and reportlab's pure-Python encoder was a fifth
    # of a card's drawing time.
    rl_config.useA85 = 0
    pdfmetrics.registerFont(TTFont(FONT, str(resource_path("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(BOLD, str(resource_path("fonts", "DejaVuSans-Bold.ttf"))))
    return FONT, BOLD
