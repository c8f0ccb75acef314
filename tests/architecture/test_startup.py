"""``spi --help`` and ``spi --version`` answer at once: building the parser loads none of the heavy libraries,
and ``spi-desktop --version`` answers without starting Qt."""

from __future__ import annotations

import os
import subprocess
import sys
from importlib import metadata

HEAVY = ("pandas", "sqlalchemy", "reportlab", "PySide6")
REPORT_HEAVY = f"print(sorted(m for m in {HEAVY!r} if m in sys.modules))"


def _run(code: str) -> list[str]:
    """The lines a fresh interpreter prints running ``code`` (a fresh one: this one has loaded everything)."""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return result.stdout.splitlines()


def test_building_the_cli_parser_imports_no_heavy_library() -> None:
    lines = _run(f"import sys; from spi_desktop.cli.main import build_parser; build_parser(); {REPORT_HEAVY}")
    assert lines == ["[]"]


def test_spi_desktop_version_answers_without_qt() -> None:
    lines = _run("import sys\n"
                 "from spi_desktop.app import main\n"
                 "try:\n    main(['--version'])\n"
                 "except SystemExit as stop:\n    assert stop.code == 0\n"
                 + REPORT_HEAVY)
    assert lines[0] == f"SPI Desktop {metadata.version('spi-desktop')}"
    assert "PySide6" not in lines[1]


SHOWN_BEFORE = ("sqlalchemy", "pandas", "python_calamine", "phonenumbers", "reportlab", "spi_desktop.services",
                "spi_desktop.db", "spi_desktop.importers", "spi_desktop.reports")


def test_the_main_window_is_on_screen_before_anything_of_the_database_is_imported(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # The first start's FirstStart.begin runs right after the frame's show(): what is loaded then is what the
    # window waited for.
    code = ("import sys\n"
            "from PySide6.QtCore import QTimer\n"
            "from PySide6.QtWidgets import QApplication\n"
            "from spi_desktop.views.shell import startup\n"
            "def begin(self):\n"
            f"    loaded = sorted(m for m in {SHOWN_BEFORE!r} if m in sys.modules)\n"
            "    print(self.window.isVisible(), self.window.pages.currentWidget().text(), loaded, flush=True)\n"
            "    QTimer.singleShot(0, lambda: QApplication.exit(0))\n"
            "startup.FirstStart.begin = begin\n"
            "from spi_desktop.views.shell.application import run_application\n"
            f"sys.exit(run_application({str(tmp_path / 'kerja.sqlite')!r}, 'id'))\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    assert result.stdout.splitlines() == ["True Memuat… []"]
