"""The seven element scores as horizontal bars, each in its band's colour, with the index as a line."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from spi_desktop.domain.bands import Banded
from spi_desktop.views.numbers import format_decimal

ROW = 46  # a label line above each bar, so long element names never squeeze the bars


class ElementBars(QWidget):
    """Paints one bar per element (0–100 scale) and a dashed line at the official index."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, Banded]] = []
        self.index: float | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_scores(self, rows: list[tuple[str, Banded]], index: float | None) -> None:
        """Show ``rows`` (element name, score with band) and the index line."""
        self.rows, self.index = rows, index
        self.setFixedHeight(max(ROW * len(rows) + 30, 60))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(640, ROW * max(len(self.rows), 1) + 30)

    def minimumSizeHint(self) -> QSize:
        return QSize(420, ROW * max(len(self.rows), 1) + 30)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.1)
        painter.setFont(font)
        if not self.rows:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Nilai elemen belum ada"))
            return
        metrics = painter.fontMetrics()
        value_width = 16 + max(metrics.horizontalAdvance(f"{format_decimal(b.score)} · {b.band or ''}")
                               for _, b in self.rows)
        left, text_height = 4, metrics.height()
        width = max(self.width() - left - value_width, 50)
        for number, (name, banded) in enumerate(self.rows):
            top = number * ROW + 2
            painter.setPen(QColor("#263238"))
            painter.drawText(QRectF(left, top, self.width() - left, text_height), Qt.AlignmentFlag.AlignVCenter
                             | Qt.AlignmentFlag.AlignLeft, metrics.elidedText(name, Qt.TextElideMode.ElideRight,
                                                                             self.width() - left))
            bar = QRectF(left, top + text_height + 2, width, ROW - text_height - 10)
            painter.fillRect(bar, QColor("#eceff1"))
            if banded.score is not None:
                painter.fillRect(QRectF(bar.left(), bar.top(), width * banded.score / 100, bar.height()),
                                 QColor(banded.colour or "#607d8b"))
                painter.drawText(QRectF(left + width + 8, bar.top() - 4, value_width - 8, bar.height() + 8),
                                 Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                                 f"{format_decimal(banded.score)} · {banded.band or ''}")
        if self.index is not None:
            x = left + width * self.index / 100
            pen = QPen(QColor("#1a237e"), 2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            bottom = len(self.rows) * ROW + 2
            painter.drawLine(int(x), 0, int(x), bottom)
            painter.drawText(QRectF(x - 80, bottom + 2, 160, 22), Qt.AlignmentFlag.AlignCenter,
                             self.tr("Indeks %1").replace("%1", format_decimal(self.index)))
