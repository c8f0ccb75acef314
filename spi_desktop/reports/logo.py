"""The institution's logo made ready for a batch of cards: once, not once per card.

A logo may be a 2 MB photo with transparency; drawn as it is, every card would decode it, compress it again
and add a soft mask. Here it becomes a small JPEG on white (200 px covers the 48 pt box at 300 dpi), which
reportlab embeds as it is.
"""

from __future__ import annotations

import io

LOGO_PIXELS = 200


def prepare_logo(data: bytes | None) -> bytes | None:
    """``data`` (any image Pillow reads) as a JPEG of at most 200×200 px on white; ``None`` when it is no
    image, so a broken logo leaves the card without one instead of stopping it."""
    if not data:
        return None
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            image.thumbnail((LOGO_PIXELS, LOGO_PIXELS))
            rgba = image.convert("RGBA")
    except (UnidentifiedImageError, OSError, ValueError):
        return None
    flat = Image.new("RGB", rgba.size, "white")
    flat.paste(rgba, mask=rgba.getchannel("A"))
    out = io.BytesIO()
    flat.save(out, "JPEG", quality=95)
    return out.getvalue()
