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


def test_a_fault_in_a_job_is_told_plainly_and_its_traceback_kept_once_in_the_crash_log(  # type: ignore[no-untyped-def]
        qtbot, answered_prompts) -> None:
    from spi_desktop.services.crash_log import crash_log_path

    def broken(_context: JobContext) -> None:
        {}["elements"]  # a fault of the program, not of the user's input

    job = run_in_background(broken, error_title="Kartu skor")
    qtbot.waitUntil(lambda: job.done, timeout=5_000)
    ((title, message),) = answered_prompts.errors
    assert title == "Kartu skor" and message.startswith("Terjadi kesalahan tak terduga")
    assert "KeyError" not in message and "elements" not in message  # nothing of the program's insides
    log = crash_log_path().read_text(encoding="utf-8")
    assert log.count("KeyError: 'elements'") == 1 and "in broken" in log


def _visible_progress_dialogs() -> list[object]:
    from PySide6.QtWidgets import QProgressDialog

    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]


def test_a_quick_jobs_progress_never_covers_the_result_box_it_opens(  # type: ignore[no-untyped-def]
        qtbot, monkeypatch) -> None:
    """Issue 19: the result box opened, then "Selesai 100 %" popped up over it (the progress dialog's delayed
    show fired inside the box's event loop)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox, QWidget

    from spi_desktop.views.prompts import Prompts, prompts

    monkeypatch.setattr(prompts, "info", Prompts.info.__get__(prompts))  # the real, modal message box
    seen_over_the_box: list[list[object]] = []

    def close_the_box_later() -> None:
        def look_and_close() -> None:
            seen_over_the_box.append(_visible_progress_dialogs())
            for box in QApplication.topLevelWidgets():
                if isinstance(box, QMessageBox) and box.isVisible():
                    box.button(QMessageBox.StandardButton.Ok).click()

        QTimer.singleShot(700, look_and_close)  # longer than the progress dialog's 400 ms delay

    window = QWidget()
    qtbot.addWidget(window)
    window.show()

    def quick(context: JobContext) -> str:
        context.report(0, 2, "Membaca")  # the first report (the minimum) starts the dialog's delayed show
        context.report(2, 2, "Selesai")
        return "hasil"

    handle = run_in_background(quick, parent=window, title="Impor OPD")
    handle.succeeded.connect(lambda _result: (close_the_box_later(), prompts.info(window, "Impor OPD", "Selesai")))
    qtbot.waitUntil(lambda: bool(seen_over_the_box), timeout=5_000)
    assert seen_over_the_box == [[]], "no progress dialog over the result box"
    qtbot.wait(600)
    assert _visible_progress_dialogs() == [], "nor later, once the job has ended"
    assert handle.dialog is None


def test_a_slow_jobs_progress_shows_and_is_gone_when_the_result_arrives(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWidget

    release = threading.Event()

    def job(context: JobContext) -> str:
        context.report(0, 2, "Membaca")
        release.wait(5)
        context.report(2, 2, "Selesai")
        return "hasil"

    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    handle = run_in_background(job, parent=window, title="Ekspor KPK")
    qtbot.waitUntil(lambda: bool(_visible_progress_dialogs()), timeout=5_000)  # shown after its delay
    at_the_result: list[list[object]] = []
    handle.succeeded.connect(lambda _result: at_the_result.append(_visible_progress_dialogs()))
    release.set()
    qtbot.waitUntil(lambda: handle.done, timeout=5_000)
    assert at_the_result == [[]], "the progress dialog is closed before the result is handed over"
    qtbot.wait(500)
    assert _visible_progress_dialogs() == []




def test_an_ended_job_is_deleted_by_qt_while_python_still_holds_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A page's reload keeps no handle. Freeing an ended handle from Python ran QObject's destructor inside the
    Python object's deallocation, where PySide read the dying object and crashed (seen walking the dialogs under
    load). Qt deletes the C++ side first; Python lets go of the handle afterwards."""
    import weakref

    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent

    from spi_desktop.views import workers

    handle = workers.BackgroundJob(lambda ctx: 1)
    seen = weakref.ref(handle)
    workers._running.add(handle)
    workers._release(handle)  # what the outcome slot does last
    del handle
    assert seen() is not None and shiboken6.isValid(seen())
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert seen() is not None and not shiboken6.isValid(seen())  # C++ gone, the wrapper still held
    other = workers.BackgroundJob(lambda ctx: 2)
    workers._running.add(other)
    workers._release(other)
    assert seen() is None  # let go once its C++ side was gone
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
