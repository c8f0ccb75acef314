"""What a PDF says about itself (File › Properties): title, subject, author, creator and creation date.

The files are written in reportlab's invariant mode, so the same cards give the same bytes (its document id is
a digest of the content instead of the clock). That mode also fixes the creation date at 1 January 2000 and
leaves the author 'anonymous'; here the real moment, given by the caller, is written instead, so a test that
passes a fixed moment still gets reproducible files.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas


def pdf_date(moment: dt.datetime) -> str:
    """``moment`` as a PDF date string: D:20261201093000+07'00' (a naive moment is taken as local time)."""
    aware = moment if moment.tzinfo is not None else moment.astimezone()
    offset = aware.utcoffset() or dt.timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"D:{aware:%Y%m%d%H%M%S}{sign}{hours:02d}'{rest:02d}'"


def describe_pdf(canvas: Canvas, *, title: str, subject: str, author: str, creator: str,
                 created: dt.datetime | None) -> None:
    """Set the document information of ``canvas``; ``created`` None means now."""
    stamp = pdf_date(created or dt.datetime.now().astimezone())
    canvas.setTitle(title)
    canvas.setSubject(subject)
    canvas.setAuthor(author or "SPI Desktop")
    canvas.setCreator(creator or "SPI Desktop")
    canvas.setDateFormatter(lambda *_fields: stamp)  # CreationDate and ModDate
