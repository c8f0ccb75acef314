"""The monitoring charts (QtCharts) built from plain data, and their export to PNG at a fixed size.

Fonts are large (trainers project these) and sized in pixels, so an export looks the same on every
machine. Each builder returns a new QChart; a page shows one and exports another built the same way.
"""

from __future__ import annotations

import datetime as dt
import html
import math
from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCharts import (
    QAreaSeries,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QDateTimeAxis,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QMargins, QPointF, QRectF, QSize, Qt, QTime
from PySide6.QtGui import QColor, QFont, QImage, QImageWriter, QPainter, QPen
from PySide6.QtWidgets import QGraphicsScene

from spi_desktop.domain.progress import DEFAULT_THRESHOLDS, GREEN, RED, YELLOW, Thresholds
from spi_desktop.services.progress_charts import OpdAttainment
from spi_desktop.views.dates import shown_date
from spi_desktop.views.labels import short_group_labels
from spi_desktop.views.numbers import format_int, format_percent, qt_locale
from spi_desktop.views.text import fill

GROUP_COLOURS = {"internal": "#1565c0", "external": "#e65100", "expert": "#7b1fa2"}
LIGHT_COLOURS = {RED: "#e57373", YELLOW: "#f2a900", GREEN: "#66bb6a"}  # light enough for dark value labels
EXPORT_SIZE = QSize(1200, 700)
MAX_BARS = 20
INK = QColor("#17324d")


def _font(pixels: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


def _new_chart(title: str, subtitle: str) -> QChart:
    chart = QChart()
    chart.setTitle(f"<div style='font-size:24px; font-weight:600'>{html.escape(title)}</div>"
                   f"<div style='font-size:16px; color:#5b6b7b'>{html.escape(subtitle)}</div>")
    chart.setTitleBrush(INK)
    chart.setTitleFont(_font(24, bold=True))
    chart.setLocale(qt_locale())
    chart.setLocalizeNumbers(True)
    chart.setMargins(QMargins(12, 6, 18, 6))
    chart.setBackgroundRoundness(0)
    layout = chart.layout()
    if layout is not None:
        layout.setContentsMargins(0, 0, 0, 0)
    chart.legend().setFont(_font(15))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def _style_axis(axis: QValueAxis | QBarCategoryAxis | QDateTimeAxis, title: str = "") -> None:
    axis.setLabelsFont(_font(15))
    axis.setLabelsColor(INK)
    axis.setGridLineColor(QColor("#dde3ea"))
    if title:
        axis.setTitleText(title)
        axis.setTitleFont(_font(15, bold=True))
        axis.setTitleBrush(INK)


def _pen(colour: str, width: float, dashed: bool = False) -> QPen:
    pen = QPen(QColor(colour), width)
    pen.setStyle(Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine)
    return pen


def _percent(fraction: float) -> str:
    value = fraction * 100
    return format_percent(value, 0 if value == int(value) else 1)


def attainment_chart(rows: Sequence[OpdAttainment], as_of: dt.date | None,
                     thresholds: Thresholds = DEFAULT_THRESHOLDS, limit: int = MAX_BARS) -> QChart:
    """Horizontal bars of attainment % per OPD, lowest on top, coloured by traffic light, with a 100 % line;
    with more than ``limit`` OPD only the lowest are drawn and the title says so."""
    shown = sorted(rows, key=lambda r: (r.attainment, r.label))[:limit]
    if len(rows) > len(shown):
        heading = fill(QCoreApplication.translate("Charts", "Capaian target: %1 OPD terendah dari %2"),
                       len(shown), format_int(len(rows)))
    else:
        heading = fill(QCoreApplication.translate("Charts", "Capaian target per OPD (%1 OPD)"), len(rows))
    chart = _new_chart(heading, fill(QCoreApplication.translate(
        "Charts", "Selesai ÷ target, internal dan eksternal digabung (tiap kelompok dihitung paling banyak sebesar "
        "targetnya) · data per %1"), shown_date(as_of)))
    ordered = list(reversed(shown))  # a horizontal bar axis runs bottom-up: the lowest ends on top
    low, high = _percent(thresholds.red_below), _percent(thresholds.green_from)
    names = {RED: fill(QCoreApplication.translate("Charts", "Merah: di bawah %1"), low),
             YELLOW: fill(QCoreApplication.translate("Charts", "Kuning: %1 sampai di bawah %2"), low, high),
             GREEN: fill(QCoreApplication.translate("Charts", "Hijau: %1 ke atas"), high)}
    series = QHorizontalStackedBarSeries()
    for light in (RED, YELLOW, GREEN):  # one set per light, so each bar takes its light's colour
        bars = QBarSet(names[light])
        bars.setColor(QColor(LIGHT_COLOURS[light]))
        bars.setBorderColor(QColor(LIGHT_COLOURS[light]))
        bars.setLabelFont(_font(14, bold=True))
        bars.setLabelColor(INK)
        bars.append([math.floor(r.attainment * 100) if r.light == light else 0 for r in ordered])  # 99.6 is not 100
        series.append(bars)
    series.setBarWidth(0.75)
    series.setLabelsVisible(True)
    series.setLabelsFormat("@value %")
    series.setLabelsPosition(QHorizontalStackedBarSeries.LabelsPosition.LabelsInsideEnd)
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append([r.label for r in ordered])
    _style_axis(categories)
    categories.setTruncateLabels(False)
    categories.setGridLineVisible(False)
    values = QValueAxis()
    top = max([100.0, *(r.attainment * 100 for r in shown)])
    values.setRange(0, (int(top) // 20 + 1) * 20)
    values.setTickType(QValueAxis.TickType.TicksDynamic)
    values.setTickInterval(20)
    values.setLabelFormat("%.0f")
    _style_axis(values, QCoreApplication.translate("Charts", "Capaian (%)"))
    chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(categories)
    series.attachAxis(values)
    reference = QLineSeries()
    reference.setName(QCoreApplication.translate("Charts", "Target 100 %"))
    reference.setPen(_pen("#17324d", 2.5, dashed=True))
    reference.append([QPointF(100, -0.5), QPointF(100, len(ordered) - 0.5)])
    chart.addSeries(reference)
    reference.attachAxis(values)
    reference.attachAxis(categories)
    return chart


def _noon(day: dt.date) -> QDateTime:
    return QDateTime(QDate(day.year, day.month, day.day), QTime(12, 0))


def _msecs(day: dt.date) -> float:
    return float(_noon(day).toMSecsSinceEpoch())


def over_time_chart(title: str, subtitle: str, targets: Mapping[str, int],
                    series: Mapping[str, Sequence[tuple[dt.date, int]]], show_gap: bool = False) -> QChart:
    """Completed answers per group over time, each with its target as a dashed line in the same colour.
    With ``show_gap`` the shortfall between the two is shaded. The expert group, far smaller than the OPD
    groups, gets its own axis on the right when it is drawn with them."""
    chart = _new_chart(title, subtitle)
    labels = short_group_labels()
    groups = [g for g in GROUP_COLOURS if series.get(g)]
    if not groups:
        return chart
    days = sorted({day for g in groups for day, _ in series[g]})
    first, last_day = days[0], days[-1]
    if first == last_day:
        first, last_day = first - dt.timedelta(days=1), last_day + dt.timedelta(days=1)
    dates = QDateTimeAxis()
    dates.setFormat("dd MMM")
    dates.setTickCount(min(10, max(3, (last_day - first).days + 1)))
    dates.setRange(_noon(first), _noon(last_day))
    _style_axis(dates)
    chart.addAxis(dates, Qt.AlignmentFlag.AlignBottom)
    right_side = {"expert"} if len(groups) > 1 and "expert" in groups else set()
    axes: dict[bool, QValueAxis] = {}
    for side in (False, True):
        members = [g for g in groups if (g in right_side) == side]
        if not members:
            continue
        axis = QValueAxis()
        top = max(max(targets.get(g, 0), *(c for _, c in series[g])) for g in members)
        axis.setRange(0, max(top * 1.08, 5))
        axis.setLabelFormat("%.0f")
        axis.setTickCount(6)
        axis.applyNiceNumbers()
        if side:
            _style_axis(axis, fill(QCoreApplication.translate("Charts", "%1 (sumbu kanan)"), labels["expert"]))
            axis.setLabelsColor(QColor(GROUP_COLOURS["expert"]))
            axis.setTitleBrush(QColor(GROUP_COLOURS["expert"]))
            axis.setGridLineVisible(False)
        else:
            _style_axis(axis, QCoreApplication.translate("Charts", "Jawaban selesai"))
        chart.addAxis(axis, Qt.AlignmentFlag.AlignRight if side else Qt.AlignmentFlag.AlignLeft)
        axes[side] = axis
    drawn: list[tuple[QLineSeries | QAreaSeries, QValueAxis, bool]] = []  # shading first: lines stay on top
    for group in groups:
        colour, axis, target = GROUP_COLOURS[group], axes[group in right_side], targets.get(group)
        points = [QPointF(_msecs(day), completed) for day, completed in series[group]]
        last = int(points[-1].y())
        if target and show_gap and last < target:
            area = QAreaSeries()
            area.setName(fill(QCoreApplication.translate("Charts", "Kekurangan %1: %2"), labels[group],
                              format_int(target - last)))
            upper, lower = QLineSeries(area), QLineSeries(area)
            upper.append([QPointF(p.x(), max(float(target), p.y())) for p in points])
            lower.append(points)
            area.setUpperSeries(upper)
            area.setLowerSeries(lower)
            shade = QColor(colour)
            shade.setAlpha(60)
            area.setBrush(shade)
            area.setPen(QPen(Qt.PenStyle.NoPen))
            drawn.insert(0, (area, axis, True))
        line = QLineSeries()
        line.setPen(_pen(colour, 3.5))
        line.setPointsVisible(len(points) < 15)  # one or two snapshots would otherwise draw (almost) nothing
        line.append(points)
        drawn.append((line, axis, True))
        if target:
            line.setName(fill(QCoreApplication.translate("Charts", "%1: %2 dari target %3"), labels[group],
                              format_int(last), format_int(target)))
            goal = QLineSeries()
            goal.setPen(_pen(colour, 2.5, dashed=True))
            goal.append([QPointF(_msecs(first), target), QPointF(_msecs(last_day), target)])
            drawn.append((goal, axis, False))
        else:
            line.setName(fill(QCoreApplication.translate("Charts", "%1: %2 selesai"), labels[group], format_int(last)))
    for item, axis, in_legend in drawn:
        chart.addSeries(item)
        item.attachAxis(dates)
        item.attachAxis(axis)
        for marker in chart.legend().markers(item):
            marker.setVisible(in_legend)
    return chart


def message_chart(title: str, text: str) -> QChart:
    """A chart with nothing to draw: the title and why (no target, every OPD on target)."""
    return _new_chart(title, text)


def render_png(chart: QChart, path: Path, size: QSize = EXPORT_SIZE) -> None:
    """Draw ``chart`` at ``size`` pixels, whatever the window's size, and save it as PNG; the chart is
    used up (deleted with the scene it is drawn in). Raises OSError with the reason when the file cannot
    be written."""
    scene = QGraphicsScene()
    scene.addItem(chart)
    layout = chart.layout()
    if layout is not None:
        layout.setContentsMargins(16, 14, 16, 10)  # a picture on a slide needs a white border
    chart.setGeometry(QRectF(0, 0, size.width(), size.height()))
    if layout is not None:
        layout.activate()
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(image.rect()), QRectF(0, 0, size.width(), size.height()))
    painter.end()
    writer = QImageWriter(str(path), b"png")
    if not writer.write(image):
        raise OSError(writer.errorString())
