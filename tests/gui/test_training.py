"""Mode Pelatihan in the main window: the banner on every screen of a demo workspace, the trainer's tools on it,
the training workspace opened from a real one in a window of its own, and a reset that starts afresh."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import shiboken6
from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget
from sqlalchemy import func, select

from spi_desktop.db.models import Unit
from spi_desktop.db.session import Database
from spi_desktop.services import training_data
from spi_desktop.services.database import open_database
from spi_desktop.services.training import training_database_path
from spi_desktop.services.workspace import WorkspaceInfo, save_workspace
from tests.conftest import AnsweredPrompts

WAIT = 60_000


@pytest.fixture(autouse=True)
def small_lists(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(training_data, "EMPLOYEES", 1_000)
    monkeypatch.setattr(training_data, "SERVICE_USERS", 500)


def units(database: Database) -> int:
    with database.Session() as session:
        return int(session.scalar(select(func.count()).select_from(Unit)) or 0)


def test_a_demo_workspace_shows_the_banner_on_every_area(main_window) -> None:  # type: ignore[no-untyped-def]
    banner = main_window.training_banner
    assert banner is not None and banner.isVisible() and "MODE PELATIHAN" in banner.label.text()
    for area in range(main_window.navigation.count()):
        main_window.show_area(area)
        assert banner.isVisible()
    assert main_window.training_button is None


def test_the_banner_style_stays_on_the_banner(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    banner = main_window.training_banner
    banner.label.ensurePolished()
    assert banner.label.font().bold(), "the banner's own text is bold"
    box = QMessageBox(QMessageBox.Icon.Question, "Reset data pelatihan", "Kembalikan?", parent=banner)
    qtbot.addWidget(box)
    box.show()
    labels = box.findChildren(QLabel)
    assert labels and not any(label.font().bold() for label in labels), "a message box opened from it looks normal"
    assert all(button.styleSheet() == "" and "ff8f00" not in button.palette().button().color().name()
               for button in box.buttons())
    walkthrough = banner.open_walkthrough()
    shot = Path(os.environ["SPI_SHOTS"]) / "respondent-view.png" if os.environ.get("SPI_SHOTS") else None
    walkthrough.grab().save(str(shot)) if shot else None
    from spi_desktop.views.training.walkthrough import RespondentWalkthrough

    alone = RespondentWalkthrough(main_window.context)  # the same view opened from nowhere: how it should look
    qtbot.addWidget(alone)
    alone.show()
    qtbot.waitUntil(lambda: bool(walkthrough.screens) and bool(alone.screens), timeout=10_000)

    def looks(view: QWidget) -> list[tuple[str, bool, str]]:
        return [(label.text(), label.font().bold(), label.palette().windowText().color().name())
                for label in view.findChildren(QLabel)]

    assert looks(walkthrough) and looks(walkthrough) == looks(alone), "the respondent view is not in banner style"
    alone.close()
    walkthrough.close()
    box.close()


def test_the_banner_opens_the_presentation_the_walkthrough_and_writes_the_handout(
        qtbot, main_window, tmp_path: Path, answered_prompts: AnsweredPrompts,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    banner = main_window.training_banner
    presentation = banner.open_presentation()
    qtbot.addWidget(presentation)
    qtbot.waitUntil(lambda: len(presentation.slides) >= 6, timeout=10_000)  # read in the background
    assert presentation.isVisible()
    presentation.close()
    walkthrough = banner.open_walkthrough()
    assert walkthrough.isVisible()
    walkthrough.close()
    opened: list[str] = []
    monkeypatch.setattr("spi_desktop.views.training.training_bar.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toLocalFile()))
    answered_prompts.save_file_answer = str(tmp_path / "handout.pdf")
    job = banner.choose_handout()
    assert job is not None
    qtbot.waitUntil(lambda: job.done, timeout=WAIT)
    assert len(PdfReader(tmp_path / "handout.pdf").pages) == 1 and opened == [str(tmp_path / "handout.pdf")]
    answered_prompts.folder_answer = str(tmp_path / "latihan")
    job = banner.choose_practice_folder()
    assert job is not None
    qtbot.waitUntil(lambda: job.done, timeout=WAIT)
    assert sorted(p.name for p in (tmp_path / "latihan").iterdir()) == ["latihan-pegawai-DINKES.csv",
                                                                        "latihan-pengguna-layanan-RSUD.csv"]


def test_a_real_workspace_opens_training_in_its_own_window_and_reset_starts_afresh(
        qtbot, shell, tmp_path: Path, answered_prompts: AnsweredPrompts) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import open_window

    real = open_database(tmp_path / "nyata.sqlite")
    save_workspace(real, WorkspaceInfo(code="KOTA", name="Pemerintah Kota Nyata", type="kota"))
    window = open_window(qtbot, shell, real)
    assert window.training_banner is None and window.training_button is not None
    job = window.open_training()
    qtbot.waitUntil(lambda: job.done, timeout=WAIT)
    training = window.training_window
    assert training is not None and training.isVisible() and training.training_banner is not None
    database = training.context.database
    assert database.path is not None and database.path.resolve() == training_database_path().resolve()
    assert units(database) == 40 and units(real) == 0
    with database.Session() as session, session.begin():
        session.add(Unit(code="COBA", name="OPD buatan peserta"))
    assert units(database) == 41

    answered_prompts.confirm_answer = True
    last_reset = shell.last_reset
    before = last_reset()
    on_screen: list[bool] = []  # sampled while the reset runs: is any window visible?
    sampler = QTimer()
    sampler.timeout.connect(lambda: on_screen.append(any(w.isVisible() for w in QApplication.topLevelWidgets())))
    sampler.start(20)
    assert training.training_banner.ask_reset()
    assert shell.reset_dialog is not None and shell.reset_dialog.isVisible(), "progress shows at once"
    qtbot.waitUntil(lambda: not shiboken6.isValid(training), timeout=WAIT)  # the old window goes first
    qtbot.waitUntil(lambda: last_reset() is not before and last_reset().done, timeout=WAIT)  # type: ignore[union-attr]
    sampler.stop()
    assert on_screen and all(on_screen), "the reset never leaves the screen without a window"
    with pytest.raises(Exception, match="sudah ditutup"):  # its database refuses any late reader
        units(database)
    fresh = shell.windows[-1]
    assert fresh.isVisible() and units(fresh.context.database) == 40 and units(real) == 0
    fresh.close()
    window.close()
    real.close()


def test_a_language_switch_rebuilds_the_training_window_in_the_new_language_on_its_own_workspace(
        qtbot, shell, tmp_path: Path, answered_prompts: AnsweredPrompts) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QPushButton

    from spi_desktop.views.language import current_language, save_language
    from spi_desktop.views.shell import areas
    from tests.conftest import open_window

    real = open_database(tmp_path / "nyata.sqlite")
    save_workspace(real, WorkspaceInfo(code="KOTA", name="Pemerintah Kota Nyata", type="kota"))
    window = open_window(qtbot, shell, real)
    job = window.open_training()
    qtbot.waitUntil(lambda: job.done, timeout=WAIT)
    training = window.training_window
    assert training is not None
    training.show_area(areas.MONITORING)
    database = training.context.database
    job = shell.change_language(window, "en")
    save_language("id")  # this PC's choice (QSettings keeps one file per run) stays as later tests expect it
    qtbot.waitUntil(lambda: job.done and not shiboken6.isValid(training), timeout=WAIT)
    assert current_language() == "en"
    rebuilt = [each for each in shell.windows if each.isVisible() and each.context.demo]
    assert len(rebuilt) == 1, "one training window, in the old one's place"
    fresh = rebuilt[0]
    assert fresh.navigation.item(0).text() == "Home" and fresh.navigation.currentRow() == areas.MONITORING
    banner = {button.text() for button in fresh.training_banner.findChildren(QPushButton)}
    assert "&Presentation" in banner and "&Presentasi" not in banner
    assert fresh.context.database is database and units(database) == 40, "its workspace stays open for it"
    replacement = next(each for each in shell.windows if each.isVisible() and not each.context.demo)
    assert replacement.navigation.item(0).text() == "Home" and replacement.training_window is fresh
    assert shell.training_windows == [fresh], "the new window closes the training database when it goes"
    replacement.close()
    fresh.close()
    qtbot.waitUntil(lambda: not shiboken6.isValid(fresh), timeout=WAIT)
    assert shell.training_windows == []
    real.close()
