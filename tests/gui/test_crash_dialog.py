"""An unexpected error: a sentence, where the masked note was kept, and "Salin detail"."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel

from spi_desktop.services.crash_log import crash_log_path, crash_report
from spi_desktop.views.crash_dialog import CrashDialog


def _report() -> str:
    try:
        raise ValueError("'081234567890' dan budi@contoh.go.id, NIP 198001012005011001, tidak terbaca")
    except ValueError:
        kind, error, trace = sys.exc_info()
        assert kind is not None and error is not None
        return crash_report(kind, error, trace)


def test_salin_detail_copies_the_masked_note_and_says_so(qtbot) -> None:  # type: ignore[no-untyped-def]
    details = _report()
    dialog = CrashDialog("Terjadi kesalahan", "Berkas tidak terbaca", details, crash_log_path())
    qtbot.addWidget(dialog)
    dialog.copy_button.click()
    copied = QApplication.clipboard().text()
    assert copied == details and "ValueError" in copied
    assert "081234567890" not in copied and "budi@contoh.go.id" not in copied
    assert "198001012005011001" not in copied
    assert dialog.copy_button.text() == "Tersalin"


def test_the_dialog_says_where_the_note_is_kept(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    log = tmp_path / "crash.log"
    dialog = CrashDialog("Terjadi kesalahan", "Berkas tidak terbaca", "detail", log)
    qtbot.addWidget(dialog)
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert str(log) in texts and "Berkas tidak terbaca" in texts
