"""Presentation mode for socialisation events: the training slides full screen, in large type on a dark
background, driven by the keyboard or a presenter's clicker (which sends PageUp / PageDown)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from spi_desktop.domain.bands import range_text
from spi_desktop.domain.slides import Figure, Slide
from spi_desktop.services.training_slides import presentation_slides
from spi_desktop.views.context import AppContext
from spi_desktop.views.numbers import format_decimal
from spi_desktop.views.workers import run_in_background

BACKGROUND, INK, MUTED, ACCENT, TILE = "#0d2137", "#ffffff", "#bfcddb", "#ffd54f", "#1f4468"
BASE_HEIGHT, BODY_PX = 768, 30  # body 30 px (title 46 px) on a 768 px high screen, in proportion elsewhere
TITLE, SMALL, TILE_VALUE, BAND_LABEL = 46 / 30, 0.9, 1.9, 1.6
SHRINK_STEP, MIN_FACTOR = 0.04, 0.5
NEXT_KEYS = {Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Space}
PREVIOUS_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace}


def text_colour(background: str) -> str:
    """Black or white, whichever contrasts more with ``background`` (WCAG relative luminance)."""
    colour = QColor(background)

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    luminance = (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
                 + 0.0722 * channel(colour.blueF()))
    return "#000000" if (luminance + 0.05) / 0.05 > 1.05 / (luminance + 0.05) else "#ffffff"


class BandScale(QWidget):
    """The bands as one bar from 0 to 100, each part as wide as its range, with the bounds written below
    (a bound too close to the previous one goes on a second line)."""

    def __init__(self, bands: list[tuple[str, float, float, str]]) -> None:
        super().__init__()
        self.bands = bands
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(400, round(self.fontMetrics().height() * 3.4))

    def minimumSizeHint(self) -> QSize:
        return QSize(100, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        metrics = painter.fontMetrics()
        bar, line = metrics.height() * 1.2, metrics.height()
        margin = metrics.horizontalAdvance("100") / 2 + 8
        width = self.width() - 2 * margin
        for _label, lower, upper, colour in self.bands:
            part = QRectF(margin + width * lower / 100, 0, width * (upper - lower) / 100, bar)
            painter.fillRect(part, QColor(colour))
        painter.setPen(QColor(INK))
        right_edge = [-1e9, -1e9]  # where the text on each line ends
        for value in sorted({0.0, 100.0, *(band[1] for band in self.bands)}):
            x, text = margin + width * value / 100, format_decimal(value, 0 if value.is_integer() else 1)
            half = metrics.horizontalAdvance(text) / 2 + 6
            row = 0 if x - half > right_edge[0] else 1
            right_edge[row] = x + half
            painter.drawLine(round(x), round(bar), round(x), round(bar + 4 + row * line))
            painter.drawText(QRectF(x - half, bar + 6 + row * line, 2 * half, line), Qt.AlignmentFlag.AlignCenter, text)


class PresentationWindow(QWidget):
    """The slides of the context's survey year, one at a time; ``start()`` shows them full screen.

    Keys: → ↓ PageDown Space next, ← ↑ PageUp Backspace previous, Home / End, Esc closes. A slide whose
    text does not fit is shown in smaller type until it does, so nothing is ever cut off.
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.context = context
        self.slides: list[Slide] = []  # read off the GUI thread; "Memuat…" until they are there
        self.index = 0
        self.factor = 1.0  # how much the current slide's type was shrunk to fit
        self._fonts: list[tuple[QWidget, float, bool]] = []  # label, size relative to the body, bold
        self._name_labels: list[QLabel] = []
        self.setObjectName("presentation")
        self.setWindowTitle(self.tr("Presentasi SPI"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(f"#presentation {{ background: {BACKGROUND}; }} QLabel {{ color: {INK}; }}")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.title_label = self._label("", TITLE, bold=True)
        self.demo_label = QLabel(self.tr("DEMO"))
        self.demo_label.setStyleSheet("background: #e65100; color: white; font-weight: 700; padding: 4px 12px;"
                                      " border-radius: 6px;")
        self.demo_label.setVisible(context.demo)
        self.hint_label = QLabel(self.tr("← → pindah · Esc keluar"))
        self.counter_label = QLabel()
        for label in (self.hint_label, self.counter_label):
            label.setStyleSheet(f"color: {MUTED};")
        head = QHBoxLayout()
        head.addWidget(self.title_label, 1)
        head.addWidget(self.demo_label, 0, Qt.AlignmentFlag.AlignTop)
        footer = QHBoxLayout()
        footer.addWidget(self.hint_label, 1)
        footer.addWidget(self.counter_label)
        self.content = QWidget()
        self._layout = QVBoxLayout(self)
        self._layout.addLayout(head)
        self._layout.addWidget(self.content)
        self._layout.addStretch(1)
        self._layout.addLayout(footer)
        self._permanent = list(self._fonts)
        self.title_label.setText(self.tr("Memuat…"))
        database, year = context.database, context.year
        self.last_job = run_in_background(lambda _ctx: presentation_slides(database, year), owner=self)
        self.last_job.succeeded.connect(self._read)

    def _read(self, slides: list[Slide]) -> None:
        self.slides = slides
        if slides:
            self.show_slide(self.index)  # a key pressed meanwhile moved nothing: the first slide

    def start(self) -> None:
        """Show the presentation full screen with the keyboard focus."""
        # The screen's size first: without a window manager (a kiosk PC, a projector session) full screen
        # alone leaves the window at its default size.
        self.setGeometry(self.screen().geometry())
        self.showFullScreen()
        self.raise_()
        self.activateWindow()
        self.setFocus()

    def next_slide(self) -> None:
        """Go to the next slide (stays on the last)."""
        self.show_slide(self.index + 1)

    def previous_slide(self) -> None:
        """Go to the previous slide (stays on the first)."""
        self.show_slide(self.index - 1)

    def show_slide(self, index: int) -> None:
        """Show slide ``index`` (clamped to the first and last); nothing while the slides are being read."""
        if not self.slides:
            return
        self.index = max(0, min(index, len(self.slides) - 1))
        slide = self.slides[self.index]
        self._fonts = list(self._permanent)
        self._name_labels = []
        old, self.content = self.content, self._build(slide)
        self._layout.replaceWidget(old, self.content)
        self.content.show()  # a hidden widget counts as empty, so the fit below would not see the slide
        old.setParent(None)
        old.deleteLater()
        self.title_label.setText(slide.title)
        self.counter_label.setText(f"{self.index + 1} / {len(self.slides)}")
        self._fit()

    def body_px(self) -> int:
        """The body text size of the current slide, in pixels."""
        return self._px(1.0)

    def title_px(self) -> int:
        """The title size of the current slide, in pixels."""
        return self._px(TITLE)

    def _label(self, text: str, size: float = 1.0, bold: bool = False, colour: str | None = None) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        if colour:
            label.setStyleSheet(f"color: {colour}; background: transparent;")
        self._fonts.append((label, size, bold))
        return label

    def _build(self, slide: Slide) -> QWidget:
        widget = QWidget()
        layout = QVBoxLayout(widget)
        layout.setContentsMargins(0, 0, 0, 0)
        if slide.kind == "results":  # the scores first; the paragraph introduces the weakest elements
            self._tiles(layout, slide.figures)
        for text in slide.paragraphs:
            layout.addWidget(self._label(text))
        if slide.kind == "actions":
            self._tiles(layout, slide.figures)
        if slide.kind == "elements":
            self._elements(layout, slide.figures)
        if slide.kind == "bands" and slide.bands:
            self._bands(layout, slide.bands)
        for text in slide.bullets:
            row = QHBoxLayout()
            row.addWidget(self._label("•", bold=True, colour=ACCENT), 0, Qt.AlignmentFlag.AlignTop)
            row.addWidget(self._label(text), 1)
            layout.addLayout(row)
        for text in slide.closing:
            layout.addWidget(self._label(text, SMALL, colour=MUTED))
        return widget

    def _elements(self, layout: QVBoxLayout, figures: list[Figure]) -> None:
        for figure in figures:
            row = QHBoxLayout()
            name = self._label(figure.label, bold=True, colour=ACCENT)
            self._name_labels.append(name)
            row.addWidget(name, 0, Qt.AlignmentFlag.AlignTop)
            row.addWidget(self._label(figure.value, SMALL), 1, Qt.AlignmentFlag.AlignTop)
            layout.addLayout(row)

    def _block(self, name: str, background: str, row: QHBoxLayout) -> QVBoxLayout:
        """A rounded coloured frame in ``row``; returns the layout for its texts."""
        block = QFrame()
        block.setObjectName(name)
        block.setStyleSheet(f"#{name} {{ background: {background}; border-radius: 12px; }}")
        row.addWidget(block, 1)
        return QVBoxLayout(block)

    def _bands(self, layout: QVBoxLayout, bands: list[tuple[str, float, float, str]]) -> None:
        row = QHBoxLayout()
        for label, lower, upper, colour in bands:
            ink, inner = text_colour(colour), self._block("bandBlock", colour, row)
            # a range wraps only after its dash: "68,00 –" / "< 73,70", never between "<" and the number
            bounds = range_text(lower, upper, format_decimal).replace(" ", "\u00a0").replace("–\u00a0", "– ")
            for text in (self._label(label, BAND_LABEL, bold=True, colour=ink), self._label(bounds, 1.2, colour=ink)):
                text.setAlignment(Qt.AlignmentFlag.AlignCenter)
                inner.addWidget(text)
            inner.addStretch(1)
        layout.addLayout(row)
        scale = BandScale(bands)
        self._fonts.append((scale, SMALL, False))
        layout.addWidget(scale)

    def _tiles(self, layout: QVBoxLayout, figures: list[Figure]) -> None:
        row = QHBoxLayout()
        for figure in figures:
            ink = text_colour(figure.colour) if figure.colour else INK
            inner = self._block("figureTile", figure.colour or TILE, row)
            inner.addWidget(self._label(figure.value, TILE_VALUE, bold=True, colour=ink))
            inner.addWidget(self._label(figure.label, SMALL, colour=ink))
            inner.addStretch(1)
        layout.addLayout(row)

    def _px(self, size: float, factor: float | None = None) -> int:
        unit = max(self.height(), 200) / BASE_HEIGHT
        return max(8, round(BODY_PX * size * unit * (self.factor if factor is None else factor)))

    def _apply_fonts(self) -> None:
        for widget, size, bold in self._fonts:
            font = QFont(self.font())
            font.setPixelSize(self._px(size))
            font.setBold(bold)
            widget.setFont(font)
        chrome = QFont(self.font())
        chrome.setPixelSize(self._px(0.7, 1.0))  # the hint and counter keep their size on every slide
        for label in (self.hint_label, self.counter_label, self.demo_label):
            label.setFont(chrome)
        outer = self._px(1.4, 1.0)
        self._layout.setContentsMargins(round(outer * 1.4), outer, round(outer * 1.4), round(outer * 0.5))
        self._layout.setSpacing(self._px(0.8))
        self._column_widths()
        for box in self.content.findChildren(QBoxLayout):
            box.setSpacing(self._px(0.4))
        padding = self._px(0.6)
        for frame in self.content.findChildren(QFrame):
            inner = frame.layout() if frame.objectName() in {"bandBlock", "figureTile"} else None
            if inner is not None:
                inner.setContentsMargins(padding, padding, padding, padding)

    def _column_widths(self) -> None:
        """Element names in one column: as wide as the longest name, at most 38 % of the slide."""
        if not self._name_labels:
            return
        margins = self._layout.contentsMargins()
        room = self.width() - margins.left() - margins.right()
        widest = max(label.fontMetrics().horizontalAdvance(label.text()) for label in self._name_labels)
        for label in self._name_labels:
            label.setFixedWidth(min(widest + 8, round(room * 0.38)))

    def _needed_height(self) -> int:
        self._layout.invalidate()
        return self._layout.totalHeightForWidth(self.width())

    def _fit(self) -> None:
        self.factor = 1.0
        self._apply_fonts()
        while self.factor - SHRINK_STEP >= MIN_FACTOR and self._needed_height() > self.height():
            self.factor -= SHRINK_STEP
            self._apply_fonts()
        self._layout.activate()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.slides:
            self._fit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key in NEXT_KEYS:
            self.next_slide()
        elif key in PREVIOUS_KEYS:
            self.previous_slide()
        elif key == Qt.Key.Key_Home:
            self.show_slide(0)
        elif key == Qt.Key.Key_End:
            self.show_slide(len(self.slides) - 1)
        elif key == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.next_slide()
        else:
            super().mousePressEvent(event)
