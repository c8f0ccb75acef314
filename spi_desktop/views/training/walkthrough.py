"""Training mode: a phone-sized window that walks through example questions the way a respondent sees them.

Answers live only in ``answers`` on the widget: nothing is written to the workspace, a file or QSettings,
and closing the window forgets them.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from spi_desktop.domain.survey_year import GROUPS
from spi_desktop.services.training_questions import (
    InfoScreen,
    QuestionScreen,
    Screen,
    Walkthrough,
    walkthrough,
)
from spi_desktop.views.context import AppContext
from spi_desktop.views.screen_fit import FittedDialog
from spi_desktop.views.text import fill
from spi_desktop.views.workers import run_in_background

PHONE_SIZE = (390, 760)
TITLE_BAR_ALLOWANCE = 40  # 1366×768 laptops and 1024×768 projectors: keep Lanjut on screen
NAVY, BLUE = "#17324d", "#2b5a86"
W = TypeVar("W", bound=QWidget)
PHONE_STYLE = f"""
QDialog {{ background: #f2f4f7; }}
QFrame#topBar {{ background: {NAVY}; }}
QLabel#surveyTitle {{ color: white; font-size: 13pt; font-weight: 700; }}
QLabel#progressText {{ color: #dfe7f0; font-size: 10pt; }}
QProgressBar#progress {{ background: #2f4d6b; border: none; border-radius: 3px; }}
QProgressBar#progress::chunk {{ background: #f9a825; border-radius: 3px; }}
QLabel#trainingStrip {{ background: #fff3cd; color: #5d4300; font-size: 9pt; padding: 4px 12px; }}
QScrollArea, QWidget#page {{ background: #f2f4f7; border: none; }}
QLabel#screenTitle {{ color: {NAVY}; font-size: 16pt; font-weight: 700; }}
QLabel#screenText {{ color: #23303d; font-size: 12.5pt; }}
QLabel#elementName {{ color: #5b6b7b; font-size: 10pt; font-weight: 600; }}
QLabel#questionText {{ color: #17202a; font-size: 15pt; font-weight: 600; }}
QLabel#chooserCaption {{ color: #23303d; font-size: 11pt; font-weight: 600; }}
QRadioButton#answer, QRadioButton#groupChoice {{ background: white; color: #17202a; font-size: 13pt;
    border: 1px solid #c9d3de; border-radius: 10px; padding: 11px 12px; }}
QRadioButton#groupChoice {{ font-size: 11.5pt; padding: 8px 12px; }}
QRadioButton#answer:checked, QRadioButton#groupChoice:checked {{ background: #e6eef7; border: 2px solid {BLUE}; }}
QRadioButton::indicator {{ width: 20px; height: 20px; }}
QFrame#bottomBar {{ background: white; border-top: 1px solid #d5dde6; }}
QFrame#bottomBar QPushButton {{ font-size: 12pt; padding: 9px 14px; border-radius: 8px;
    border: 1px solid #c9d3de; background: white; color: {NAVY}; }}
QFrame#bottomBar QPushButton#primary {{ background: {BLUE}; color: white; border: none; font-weight: 700; }}
QFrame#bottomBar QPushButton#primary:disabled {{ background: #b8c4d0; color: #eef2f6; }}
QFrame#bottomBar QPushButton:disabled {{ color: #a0acb8; border-color: #dde3ea; }}
"""


class RespondentWalkthrough(FittedDialog):
    """A mobile survey page: intro screens, one example question per screen, the confidentiality note.

    ``screens`` come from ``services.training_questions.walkthrough``; ``index`` is the screen shown;
    ``answers`` maps a question's key to the chosen option (0-based) and is never saved anywhere.
    """

    def __init__(self, context: AppContext, group: str = "internal", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.group = group
        self.screens: list[Screen] = []
        self.index = 0
        self.answers: dict[str, int] = {}
        self.option_buttons: list[QRadioButton] = []
        self.group_buttons: dict[str, QRadioButton] = {}
        self.setWindowTitle(self.tr("Pelatihan: tampilan responden"))
        self.setStyleSheet(PHONE_STYLE)
        width, height = PHONE_SIZE
        self.setFixedSize(width, min(height, self.screen().availableGeometry().height() - TITLE_BAR_ALLOWANCE))

        self.progress_text = named(QLabel(), "progressText")
        self.progress = named(QProgressBar(), "progress")
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(6)
        top = named(QFrame(), "topBar")
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(16, 12, 16, 12)
        top_layout.setSpacing(6)
        top_layout.addWidget(named(QLabel(self.tr("Survei Penilaian Integritas")), "surveyTitle"))
        top_layout.addWidget(self.progress_text)
        top_layout.addWidget(self.progress)
        strip = named(QLabel(self.tr("Mode pelatihan: jawaban tidak disimpan")), "trainingStrip")

        self.page_area = QScrollArea()
        self.page_area.setWidgetResizable(True)
        self.page_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.page_area.setAccessibleName(self.tr("Layar kuesioner"))

        self.back_button = QPushButton(self.tr("&Kembali"))
        self.back_button.clicked.connect(self.previous_screen)
        self.skip_button = QPushButton(self.tr("Le&wati"))
        self.skip_button.clicked.connect(self.skip_screen)
        self.next_button = named(QPushButton(self.tr("&Lanjut")), "primary")
        self.next_button.clicked.connect(self.next_screen)
        self.finish_button = named(QPushButton(self.tr("&Selesai")), "primary")
        self.finish_button.clicked.connect(self.accept)
        bottom = named(QFrame(), "bottomBar")
        bottom_layout = QHBoxLayout(bottom)
        bottom_layout.setContentsMargins(12, 10, 12, 10)
        bottom_layout.addWidget(self.back_button)
        bottom_layout.addStretch(1)
        for button in (self.skip_button, self.next_button, self.finish_button):
            bottom_layout.addWidget(button)
        for button in (self.back_button, self.skip_button, self.next_button, self.finish_button):
            button.setAutoDefault(False)
            button.setCursor(Qt.CursorShape.PointingHandCursor)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(top)
        layout.addWidget(strip)
        layout.addWidget(self.page_area, 1)
        layout.addWidget(bottom)
        self._walkthroughs: dict[str, Walkthrough] = {}
        self._show_loading()
        database, year = context.database, context.year
        # Every group's screens in one read off the GUI thread: the group chooser then switches at once.
        self.last_job = run_in_background(lambda _ctx: {key: walkthrough(database, year, key) for key in GROUPS},
                                          owner=self)
        self.last_job.succeeded.connect(self._read)

    def _show_loading(self) -> None:
        self.page_area.setWidget(wrapped(self.tr("Memuat…"), "screenText"))
        self.back_button.setEnabled(False)
        self.next_button.setEnabled(False)
        self.skip_button.hide()
        self.finish_button.hide()

    def _read(self, walkthroughs: dict[str, Walkthrough]) -> None:
        self._walkthroughs = walkthroughs
        self.set_group(self.group)

    def set_group(self, group: str) -> None:
        """Show the survey as respondents of ``group`` see it; earlier answers are forgotten."""
        self.group = group
        if group not in self._walkthroughs:  # still being read: shown when it is there
            return
        self.screens = list(self._walkthroughs[group].screens)
        self.answers.clear()
        self.index = min(self.index, len(self.screens) - 1)
        self._show()

    def current(self) -> Screen:
        """The screen shown now."""
        return self.screens[self.index]

    def choose(self, option_index: int) -> None:
        """Pick answer ``option_index`` (0-based) on the question shown; only kept in ``answers``."""
        screen = self.current()
        if not isinstance(screen, QuestionScreen) or not 0 <= option_index < len(screen.options):
            return
        self.answers[screen.key] = option_index
        self.option_buttons[option_index].setChecked(True)
        self._update_buttons()

    def next_screen(self) -> bool:
        """Go on, once the question shown has an answer; False when it has none or this is the last screen."""
        screen = self.current()
        if isinstance(screen, QuestionScreen) and screen.key not in self.answers:
            return False
        return self._go(self.index + 1)

    def skip_screen(self) -> bool:
        """Go on without answering (the trainer's *Lewati*)."""
        return self._go(self.index + 1)

    def previous_screen(self) -> bool:
        """Go back one screen; its answer is still chosen."""
        return self._go(self.index - 1)

    def done(self, result: int) -> None:
        """Close and forget every answer."""
        self.answers.clear()
        super().done(result)

    def _go(self, index: int) -> bool:
        if not 0 <= index < len(self.screens):
            return False
        self.index = index
        self._show()
        return True

    def _show(self) -> None:
        screen = self.current()
        page = named(QWidget(), "page")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(18, 18, 18, 18)
        layout.setSpacing(12)
        self.option_buttons = []
        self.group_buttons = {}
        if isinstance(screen, QuestionScreen):
            self._fill_question(layout, screen)
        else:
            self._fill_info(layout, screen)
        layout.addStretch(1)
        old = self.page_area.takeWidget()
        if old is not None:
            old.deleteLater()  # later: the group chooser that was clicked lives on it
        self.page_area.setWidget(page)
        self._update_progress(screen)
        self._update_buttons()

    def _fill_info(self, layout: QVBoxLayout, screen: InfoScreen) -> None:
        layout.addWidget(wrapped(screen.title, "screenTitle"))
        layout.addWidget(wrapped(screen.text, "screenText"))
        if self.index == 0:
            self._add_group_chooser(layout)

    def _add_group_chooser(self, layout: QVBoxLayout) -> None:
        layout.addSpacing(6)
        layout.addWidget(wrapped(self.tr("Tampilkan survei sebagai:"), "chooserCaption"))
        labels = {"internal": self.tr("Pegawai"), "external": self.tr("Pengguna layanan"), "expert": self.tr("Eksper")}
        chooser = QButtonGroup(layout.parentWidget())
        for group, label in labels.items():
            button = named(QRadioButton(label), "groupChoice")
            button.setChecked(group == self.group)
            chooser.addButton(button)
            button.clicked.connect(lambda _checked=False, chosen=group: self._choose_group(chosen))
            self.group_buttons[group] = button
            layout.addWidget(button)

    def _choose_group(self, group: str) -> None:
        if group != self.group:
            self.set_group(group)

    def _fill_question(self, layout: QVBoxLayout, screen: QuestionScreen) -> None:
        layout.addWidget(wrapped(screen.element_name.upper(), "elementName"))
        layout.addWidget(wrapped(screen.text, "questionText"))
        layout.addSpacing(4)
        options = QButtonGroup(layout.parentWidget())
        chosen = self.answers.get(screen.key)
        for number, label in enumerate(screen.options):
            button = named(QRadioButton(label), "answer")
            button.setChecked(number == chosen)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            options.addButton(button, number)
            self.option_buttons.append(button)
            layout.addWidget(button)
        options.idClicked.connect(self.choose)

    def _update_progress(self, screen: Screen) -> None:
        questions = [s for s in self.screens if isinstance(s, QuestionScreen)]
        self.progress.setRange(0, max(len(questions), 1))
        if isinstance(screen, QuestionScreen):
            self.progress_text.setText(fill(self.tr("Pertanyaan %1 dari %2"), screen.number, screen.total))
            self.progress.setValue(screen.number)
        elif self.index == len(self.screens) - 1:
            self.progress_text.setText(self.tr("Selesai"))
            self.progress.setValue(self.progress.maximum())
        else:
            self.progress_text.setText(fill(self.tr("Pengantar: %1 pertanyaan"), len(questions)))
            self.progress.setValue(0)

    def _update_buttons(self) -> None:
        screen = self.current()
        last = self.index == len(self.screens) - 1
        question = isinstance(screen, QuestionScreen)
        self.back_button.setEnabled(self.index > 0)
        self.skip_button.setVisible(question)
        self.next_button.setVisible(not last)
        self.next_button.setEnabled(not question or screen.key in self.answers)
        self.finish_button.setVisible(last)


def named(widget: W, name: str) -> W:
    """``widget`` with object name ``name``, which PHONE_STYLE styles it by."""
    widget.setObjectName(name)
    return widget


def wrapped(text: str, name: str) -> QLabel:
    """A word-wrapped plain-text label styled by ``name``."""
    label = named(QLabel(text), name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
