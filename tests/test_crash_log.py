"""Crash reports never carry a respondent's phone number or e-mail address."""

from __future__ import annotations

import sys

from spi_desktop.services.crash_log import crash_log_path, write_crash_report


def _fail_with_personal_data(phone: str, email: str) -> None:
    raise ValueError(f"Nomor {phone} milik {email} tidak dapat diproses")


def test_crash_report_masks_phones_and_emails_and_keeps_the_traceback() -> None:
    try:
        _fail_with_personal_data("0812-3456-7890", "sri.rahayu@contoh.go.id")
    except ValueError:
        kind, error, trace = sys.exc_info()
        assert kind is not None and error is not None
        path = write_crash_report(kind, error, trace)
    assert path == crash_log_path() and path.exists()
    text = path.read_text(encoding="utf-8")
    assert "_fail_with_personal_data" in text and "ValueError" in text  # still useful to a developer
    assert "0812****7890" in text and "s*****@contoh.go.id" in text
    for secret in ("3456-7890", "081234567890", "sri.rahayu"):
        assert secret not in text
