"""The background-work helper: results, errors and a Cancel that really stops the job."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QPushButton

from spi_desktop.services.jobs import JobContext
from spi_desktop.views.workers import run_in_background, shutdown_workers


def test_result_and_progress_arrive_on_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    seen_threads: list[object] = []
    progress: list[tuple[int, int, str]] = []

    def job(context: JobContext) -> str:
        for step in range(3):
            context.report(step + 1, 3, f"langkah {step + 1}")
        return threading.current_thread().name

    handle = run_in_background(job)
    handle.progress.connect(lambda *args: (progress.append(args), seen_threads.append(QThread.currentThread())))
    with qtbot.waitSignal(handle.succeeded, timeout=5000) as blocker:
        pass
    assert blocker.args[0] != threading.main_thread().name, "the job ran off the GUI thread"
    gui_thread = QApplication.instance().thread()
    assert all(thread is gui_thread for thread in seen_threads)


def test_errors_are_delivered_not_swallowed(qtbot) -> None:  # type: ignore[no-untyped-def]
    def job(_context: JobContext) -> None:
        raise ValueError("berkas rusak")

    handle = run_in_background(job)
    with qtbot.waitSignal(handle.failed, timeout=5000) as blocker:
        pass
    assert str(blocker.args[0]) == "berkas rusak"


def test_cancel_really_stops_the_job(qtbot) -> None:  # type: ignore[no-untyped-def]
    steps: list[int] = []
    started = threading.Event()

    def job(context: JobContext) -> None:
        for step in range(10_000):
            started.set()
            steps.append(step)
            context.report(step, 10_000)
            time.sleep(0.001)

    handle = run_in_background(job, title="Uji batal")
    assert started.wait(5)
    cancel_button = handle.dialog.findChild(QPushButton)
    assert cancel_button.text() == "Batal"
    cancel_button.click()
    with qtbot.waitSignal(handle.cancelled, timeout=5000):
        pass
    stopped_at = len(steps)
    time.sleep(0.05)
    assert len(steps) == stopped_at < 10_000, "no work happens after the cancel is honoured"


def test_a_result_for_a_closed_widget_is_dropped_not_crashed_on(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    release = threading.Event()
    label = QLabel()
    handle = run_in_background(lambda _context: release.wait(5) and "hasil", owner=label)
    handle.succeeded.connect(label.setText)
    label.deleteLater()
    qtbot.wait(50)  # the label is gone before the job ends
    release.set()
    assert shutdown_workers()
    qtbot.wait(50)
    assert handle.done and handle.orphaned()


def test_a_failure_nobody_handles_is_shown_and_a_handled_one_only_once(  # type: ignore[no-untyped-def]
        qtbot, answered_prompts) -> None:
    from spi_desktop.domain.errors import InputError

    def fail(_context: JobContext) -> None:
        raise InputError("Berkas contoh.xlsx tidak dapat dibaca")

    unhandled = run_in_background(fail)
    qtbot.waitUntil(lambda: unhandled.done, timeout=5_000)
    assert answered_prompts.errors == [("Terjadi kesalahan", "Berkas contoh.xlsx tidak dapat dibaca")]

    seen: list[object] = []
    handled = run_in_background(fail)
    handled.failed.connect(seen.append)
    qtbot.waitUntil(lambda: handled.done, timeout=5_000)
    assert len(seen) == 1 and len(answered_prompts.errors) == 1, "a handled failure is the handler's to show"

    titled = run_in_background(fail, error_title="Impor gagal")
    qtbot.waitUntil(lambda: titled.done, timeout=5_000)
    assert answered_prompts.errors[-1] == ("Impor gagal", "Berkas contoh.xlsx tidak dapat dibaca")
    assert len(answered_prompts.errors) == 2
