"""The lagging list for the meeting with the Sekda: one A4 page (PDF) or every row (XLSX), in Bahasa Indonesia."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spi_desktop.domain.demo_mark import DEMO_MARK
from spi_desktop.domain.errors import InputError
from spi_desktop.domain.formatting import format_date, format_decimal, format_int
from spi_desktop.domain.inert import inert_cell
from spi_desktop.domain.lagging import GroupProgress, LaggingReport
from spi_desktop.domain.progress import BEFORE, CLOSED, GREEN, LAST_DAY, RED, YELLOW
from spi_desktop.reports.files import write_complete
from spi_desktop.reports.sheets import finish_list_sheet, start_list_sheet
from spi_desktop.reports.watermark import draw_watermark

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

LIGHTS = {RED: ("#c62828", "#fdecea"), YELLOW: ("#b26a00", "#fff3df"), GREEN: ("#2e7d32", "#e8f5e9")}
DEFINITION = ("Capaian = selesai ÷ target; untuk OPD, kelompok yang melampaui target dihitung sebesar targetnya. "
              "Jawaban sebagian tidak dihitung selesai.")
SPELLED = {"≥": ">=", "≤": "<=", "≠": "!=", "→": "->", "•": "·", "−": "-"}
ALL_ON_TARGET = "Semua OPD sudah mencapai target sampel."
NO_DATA = "Belum ada data kemajuan untuk tahun ini."
# No, Kode, OPD, Internal, Eksternal, Kekurangan, Capaian: widths in points (OPD takes what is left)
COLUMNS = (("No", 20), ("Kode", 66), ("OPD", 0), ("Internal", 58), ("Eksternal", 58), ("Kekurangan", 56),
           ("Capaian", 50))
MARGIN, FONT, BOLD, SIZE, LINE, PAD = 36.0, "Helvetica", "Helvetica-Bold", 8.0, 9.5, 4.0


def title(report: LaggingReport) -> str:
    """The document title, e.g. 'Daftar OPD yang Tertinggal dari Target Sampel — SPI 2025'."""
    return f"Daftar OPD yang Tertinggal dari Target Sampel — SPI {report.year}"


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{format_decimal(value * 100, 1)} %"


def _pair(group: GroupProgress | None) -> str:
    return "–" if group is None else f"{format_int(group.completed)} / {format_int(group.target)}"


def _window(report: LaggingReport) -> str:
    parts = [f"Data per {format_date(report.as_of)}" if report.as_of else "Belum ada data kemajuan"]
    # Same day logic as the reminders' {waktu}: a countdown only while the window is open.
    if report.phase == BEFORE and report.window_start is not None:
        parts.append(f"Masa survei mulai {format_date(report.window_start)}")
    elif report.window_end and report.phase == CLOSED:
        parts.append(f"Masa survei sudah ditutup {format_date(report.window_end)}")
    elif report.window_end:
        left = "" if report.days_left is None else f" · sisa {format_int(report.days_left)} hari"
        left = " · hari terakhir" if report.phase == LAST_DAY else left
        parts.append(f"Masa survei berakhir {format_date(report.window_end)}{left}")
    return " · ".join(parts)


def _expert(report: LaggingReport) -> str:
    expert = report.expert
    missing = (f" · {format_int(len(report.without_target))} baris OPD belum punya target"
               if report.without_target else "")
    if expert is None:
        return "Kelompok eksper (tingkat instansi): belum ada data" + missing
    return (f"Kelompok eksper (tingkat instansi): {_pair(expert)} selesai · capaian {_percent(expert.attainment)}"
            f" · kurang {format_int(expert.gap)}" + missing)


def _nothing_listed(report: LaggingReport) -> str:
    """Why the list is empty: no progress data yet, or every OPD reached its target."""
    return NO_DATA if report.as_of is None else ALL_ON_TARGET


def _total(report: LaggingReport) -> str:
    return (f"Total instansi: {format_int(report.completed)} / {format_int(report.target)} selesai · capaian "
            f"{_percent(report.attainment)} · {format_int(len(report.rows))} dari {format_int(report.units_total)} "
            "OPD belum mencapai target")


def _legend(report: LaggingReport) -> str:
    red, green = (format_decimal(value * 100, 0 if round(value * 100, 1).is_integer() else 1) + " %"
                  for value in (report.thresholds.red_below, report.thresholds.green_from))
    return (f"Warna capaian: merah di bawah {red}, kuning {red} sampai di bawah {green}, hijau mulai {green}. "
            "Angka abu-abu: kelompok itu sudah mencapai targetnya.")


def _latin(text: str) -> str:
    """Text that the built-in Helvetica (WinAnsi) can draw: other characters fall back to their base letter."""
    def safe(char: str) -> str:
        if char.encode("cp1252", "replace") != b"?" or char == "?":
            return char
        return SPELLED.get(char) or unicodedata.normalize("NFKD", char).encode("ascii", "ignore").decode() or "?"
    return "".join(map(safe, text))


def _fit(text: str, width: float, font: str = FONT, size: float = SIZE, lines: int = 1) -> list[str]:
    """``text`` wrapped into at most ``lines`` lines of ``width``; a line too long ends in '…'."""
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase.pdfmetrics import stringWidth

    def shorten(line: str, cut: bool) -> str:
        if not cut and stringWidth(line, font, size) <= width:
            return line
        while line and stringWidth(line + "…", font, size) > width:
            line = line[:-1]
        return line.rstrip() + "…"

    wrapped = simpleSplit(_latin(text), font, size, width) or [""]
    return [shorten(line, i == lines - 1 and len(wrapped) > lines) for i, line in enumerate(wrapped[:lines])]


def _layout(report: LaggingReport, name_width: float, room: float) -> tuple[list[list[str]], int]:
    """OPD names as lines and how many rows fit in ``room`` points: wrapped if all fit, else one line each."""
    for lines in (2, 1):
        names = [_fit(row.name, name_width, lines=lines) for row in report.rows]
        if sum(len(name) * LINE + PAD for name in names) <= room:
            return names, len(names)
    return names, max(int((room - LINE - PAD) // (LINE + PAD)), 0)  # a line left for '… dan X OPD lainnya'


def _draw_table(canvas: Canvas, report: LaggingReport, width: float, top: float, bottom: float) -> None:
    from reportlab.lib.colors import HexColor

    if not report.rows:
        ink, tint = LIGHTS[GREEN] if report.as_of is not None else ("#455a64", "#eceff1")
        canvas.setFillColor(HexColor(tint))
        canvas.roundRect(MARGIN, top - 34, width, 34, 3, stroke=0, fill=1)
        canvas.setFillColor(HexColor(ink))
        canvas.setFont(BOLD, 11)
        canvas.drawString(MARGIN + 10, top - 21, _nothing_listed(report))
        return
    widths = [w or width - sum(w for _, w in COLUMNS) for _, w in COLUMNS]
    starts = [MARGIN + sum(widths[:i]) for i in range(len(widths))]
    header = 22.0
    canvas.setFillColor(HexColor("#e4e9ed"))
    canvas.rect(MARGIN, top - header, width, header, stroke=0, fill=1)
    canvas.setFillColor(HexColor("#263238"))
    subtitles = {"Internal": "selesai / target", "Eksternal": "selesai / target", "Kekurangan": "jawaban"}
    for (label, _), x, w in zip(COLUMNS, starts, widths, strict=True):
        right = label not in {"No", "Kode", "OPD"}
        for text, font, y in ((label, BOLD, top - 9.5), (subtitles.get(label, ""), FONT, top - 18.5)):
            canvas.setFont(font, SIZE if font == BOLD else 6.5)
            (canvas.drawRightString(x + w - 4, y, text) if right else canvas.drawString(x + 4, y, text))
    y = top - header
    names, shown = _layout(report, widths[2] - 8, y - bottom)
    for index, (row, name) in enumerate(zip(report.rows[:shown], names, strict=False)):
        height = len(name) * LINE + PAD
        if index % 2:
            canvas.setFillColor(HexColor("#f5f7f8"))
            canvas.rect(MARGIN, y - height, width, height, stroke=0, fill=1)
        ink, tint = LIGHTS.get(row.light or "", ("#263238", "#ffffff"))
        canvas.setFillColor(HexColor(tint))
        canvas.rect(starts[6] + 1, y - height + 1, widths[6] - 2, height - 2, stroke=0, fill=1)
        base = y - 2 - SIZE
        met = {3 + i for i, key in enumerate(("internal", "external")) if key in row.groups and not row.groups[key].gap}
        cells = [str(row.rank), row.code, "", _pair(row.groups.get("internal")), _pair(row.groups.get("external")),
                 format_int(row.gap), _percent(row.attainment)]
        for column, (text, x, w) in enumerate(zip(cells, starts, widths, strict=True)):
            canvas.setFillColor(HexColor(ink if column == 6 else "#78909c" if column in met else "#263238"))
            canvas.setFont(BOLD if column == 6 else FONT, SIZE)
            if column == 2:
                for number, line in enumerate(name):
                    canvas.drawString(x + 4, base - number * LINE, line)
            elif column < 2:
                canvas.drawString(x + 4, base, _fit(text, w - 8)[0])
            else:
                canvas.drawRightString(x + w - 4, base, text)
        y -= height
    canvas.setStrokeColor(HexColor("#b0bec5"))
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN, y, MARGIN + width, y)
    canvas.setFillColor(HexColor("#263238"))
    canvas.setFont(FONT, 9)
    if shown < len(report.rows):
        rest = format_int(len(report.rows) - shown)
        canvas.drawString(MARGIN + 4, y - 13, f"… dan {rest} OPD lainnya; daftar lengkap ada di berkas .xlsx")


def write_lagging_pdf(report: LaggingReport, path: Path) -> None:
    """Draw the lagging list on exactly one A4 page: heading, institution totals, the OPD table, definitions."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=A4, invariant=True)
    canvas.setTitle(_latin(title(report)))
    width, height = A4
    if report.demo:
        draw_watermark(canvas, "DEMO", width, height)
    ink, grey = HexColor("#263238"), HexColor("#546e7a")
    y = height - MARGIN - 12
    heading = ((title(report), BOLD, 14, ink, 17), (report.institution, BOLD, 10.5, grey, 15),
               (_window(report), FONT, 9, grey, 19))
    for text, font, size, colour, step in heading:
        canvas.setFillColor(colour)
        canvas.setFont(font, size)
        canvas.drawString(MARGIN, y, _fit(text, width - 2 * MARGIN, font, size)[0])
        y -= step
    canvas.setFillColor(HexColor("#f1f4f6"))
    canvas.roundRect(MARGIN, y - 24, width - 2 * MARGIN, 34, 3, stroke=0, fill=1)
    canvas.setFillColor(ink)
    for text, font in ((_total(report), BOLD), (_expert(report), FONT)):
        canvas.setFont(font, 9)
        canvas.drawString(MARGIN + 8, y, _fit(text, width - 2 * MARGIN - 16, font, 9)[0])
        y -= 13
    footer = MARGIN + 44
    _draw_table(canvas, report, width - 2 * MARGIN, y - 12, footer + 8)
    canvas.setStrokeColor(HexColor("#b0bec5"))
    canvas.line(MARGIN, footer, width - MARGIN, footer)
    canvas.setFillColor(grey)
    canvas.setFont(FONT, 7.5)
    notes = (DEFINITION, "Kekurangan = jawaban selesai yang masih kurang, dijumlah dari tiap kelompok.",
             _legend(report))
    for number, text in enumerate(notes):
        canvas.drawString(MARGIN, footer - 11 - 9 * number, _fit(text, width - 2 * MARGIN, FONT, 7.5)[0])
    canvas.drawRightString(width - MARGIN, footer - 38, f"Dicetak {format_date(dt.date.today())} · SPI Desktop")
    canvas.showPage()
    canvas.save()


HEADERS = ("No", "Kode", "OPD", "PIC", "HP PIC", "Internal selesai", "Internal target", "Eksternal selesai",
           "Eksternal target", "Kekurangan", "Capaian", "Lampu")
WIDTHS = (5, 14, 52, 28, 17, 10, 10, 11, 11, 12, 10, 9)


def write_lagging_xlsx(report: LaggingReport, path: Path) -> None:
    """Every lagging OPD on one sheet under a title block: numbers as numbers, filter on, header frozen."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "OPD tertinggal"
    intro = [title(report), report.institution, _window(report), _total(report), _expert(report), DEFINITION]
    if report.demo:
        intro.insert(0, DEMO_MARK)
    if report.without_target:
        intro.append("Belum punya target: " + ", ".join(report.without_target))
    head = start_list_sheet(sheet, intro, HEADERS, WIDTHS, right_from=6)
    for number, row in enumerate(report.rows, start=head + 1):
        internal, external = row.groups.get("internal"), row.groups.get("external")
        values: list[Any] = [row.rank, row.code, row.name, row.pic_name, row.pic_phone,
                             internal.completed if internal else None, internal.target if internal else None,
                             external.completed if external else None, external.target if external else None,
                             row.gap, row.attainment, row.light]
        for column, value in enumerate(values, start=1):
            sheet.cell(number, column, inert_cell(value))  # a name such as '=HYPERLINK(…)' stays text
        sheet.cell(number, 11).number_format = "0.0%"
        if row.light in LIGHTS:
            ink, tint = LIGHTS[row.light]
            for column in (11, 12):
                sheet.cell(number, column).fill = PatternFill("solid", fgColor=tint.lstrip("#").upper())
                sheet.cell(number, column).font = Font(bold=True, color=ink.lstrip("#").upper())
    if not report.rows:
        sheet.cell(head + 1, 3, _nothing_listed(report))
    finish_list_sheet(sheet, head, len(HEADERS), len(report.rows))
    workbook.save(path)


def write_lagging(report: LaggingReport, path: Path) -> None:
    """Write ``report`` as .pdf or .xlsx (by suffix); the file appears only once it is complete.

    Raises ``InputError`` for any other suffix or when the file cannot be written.
    """
    writers = {".pdf": write_lagging_pdf, ".xlsx": write_lagging_xlsx}
    suffix = path.suffix.lower()
    if suffix not in writers:
        raise InputError(f"Jenis berkas '{suffix or path.name}' tidak didukung; pilih .pdf atau .xlsx")
    write_complete(path, lambda partial: writers[suffix](report, partial))
