"""Numbers in the display language (issue 19): an Indonesian window writes '1.500' and '65,3', an English one
'1,500' and '65.3'; what a user types is read both ways, and the CLI's and reports' Indonesian stays."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from spi_desktop.db.session import Database
from spi_desktop.services.population import import_population
from tests.conftest import open_window

ROWS = 1_500
#: (language, the Populasi position line, numbers written, a weight, a percentage)
EXPECTED = {
    "id": ("1–200 dari 1.500 baris", "18.841", "1.234,50", "0,45", "65,3 %"),
    "en": ("Rows 1–200 of 1,500", "18,841", "1,234.50", "0.45", "65.3 %"),
}


@pytest.fixture(params=["id", "en"])
def language(request: pytest.FixtureRequest, qtbot) -> str:  # type: ignore[no-untyped-def]
    """The window language for the test (conftest's language_restored puts Indonesian back afterwards)."""
    from spi_desktop.views.language import install_language

    install_language(QApplication.instance(), request.param)
    return str(request.param)


def test_the_numbers_module_writes_the_display_language(language: str) -> None:
    from spi_desktop.domain import formatting
    from spi_desktop.views import numbers

    _, count, decimal, weight, percent = EXPECTED[language]
    assert numbers.format_int(18_841) == count and numbers.format_decimal(1234.5) == decimal
    assert numbers.weight_text(0.45) == weight and numbers.format_percent(65.3, 1) == percent
    assert numbers.format_int(None) == "–" and numbers.weight_text(None) == ""
    assert formatting.format_int(18_841) == "18.841", "the CLI's and the reports' numbers stay Indonesian"
    assert QLocale().toString(18_841) == count, "Qt's '%Ln' and chart axes count in the window's language"
    assert QCoreApplication.translate("Numbers", "%Ln baris", "", 18_841) == f"{count} baris"


def test_typed_numbers_are_read_in_the_display_language_and_the_indonesian_way(language: str, qtbot) -> None:  # type: ignore[no-untyped-def]
    from spi_desktop.views import numbers
    from spi_desktop.views.fields import DecimalEdit

    for typed in ("71,53", "71.53"):
        assert numbers.parse_decimal(typed) == pytest.approx(71.53)
    assert numbers.parse_decimal("1.234,5") == pytest.approx(1234.5)
    assert numbers.parse_decimal("1,234.5" if language == "en" else "1234,5") == pytest.approx(1234.5)
    assert numbers.parse_count("1.234") == numbers.parse_count("1,234") == 1234
    with pytest.raises(ValueError):
        numbers.parse_decimal("12a")
    edit = DecimalEdit(2)
    qtbot.addWidget(edit)
    edit.set_value(1234.5)
    assert edit.text() == ("1234.50" if language == "en" else "1234,50") and edit.value() == pytest.approx(1234.5)
    # an official figure shown in full to edit, and read back as the same figure
    shown = numbers.exact_decimal(66.666)
    assert shown == ("66.666" if language == "en" else "66,666") and numbers.parse_decimal(shown) == 66.666


def test_a_change_keeps_its_sign_in_the_display_language(language: str) -> None:
    from spi_desktop.views import numbers

    expected = {"en": ("+1.31", "-13.00"), "id": ("+1,31", "-13,00")}[language]
    assert (numbers.signed_decimal(1.31), numbers.signed_decimal(-13)) == expected
    assert numbers.signed_decimal(None) == "–"


def test_populasi_counts_its_rows_in_the_window_language(  # type: ignore[no-untyped-def]
        qtbot, shell, demo_database: Database, answered_prompts, tmp_path: Path, language: str) -> None:
    path = tmp_path / "daftar.csv"
    lines = ["Nama;Perangkat Daerah;No. HP"] + [f"Pegawai {i:04d};DINKES;0812{i:08d}" for i in range(ROWS)]
    path.write_text("\n".join(lines), encoding="utf-8")
    import_population(demo_database, path, 2024, "internal")
    window = open_window(qtbot, shell, demo_database)
    window.year_box.setCurrentIndex(window.year_box.findData(2024))
    page = window.population
    job = page.go(0)
    qtbot.waitUntil(lambda: job.done, timeout=30_000)
    assert page.total == ROWS and page.position.text() == EXPECTED[language][0]
