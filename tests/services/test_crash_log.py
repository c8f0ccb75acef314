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


def test_command_line_problem_lines_mask_phones_emails_and_nips(demo_database, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    from spi_desktop.cli import main
    from tests.support.population_files import internal_xlsx

    file, _expected = internal_xlsx(tmp_path)
    url = str(demo_database.url)
    assert main(["--db", url, "population", "import", str(file), "--year", "2025", "--group", "internal"]) == 0
    err = capsys.readouterr().err
    assert "[duplikat] No. HP 0812****7890 sama dengan baris 4" in err
    assert "NIP 1985************** sama dengan baris 4" in err
    assert "nama@domain.tld" in err  # the example in the message is no address
    for secret in ("081234567890", "6281234567890", "198503152010012003"):
        assert secret not in err


def test_database_errors_never_quote_the_values_of_a_statement(database) -> None:  # type: ignore[no-untyped-def]
    import pytest
    from sqlalchemy.exc import IntegrityError

    from spi_desktop.db.models import PopulationRecord
    from spi_desktop.services.errors import user_message

    with pytest.raises(IntegrityError) as caught, database.Session.begin() as session:
        session.add(PopulationRecord(batch_id=424242, year=2025, group="internal", source_row=1,
                                     name="Sri Rahayu", phone="+6281234567890", email="sri@contoh.go.id"))
    text = str(caught.value) + user_message(caught.value)
    assert "FOREIGN KEY" in text.upper()  # SQLite: "FOREIGN KEY constraint failed"; PostgreSQL: "violates foreign key"
    for secret in ("Sri Rahayu", "6281234567890", "sri@contoh.go.id"):
        assert secret not in text
