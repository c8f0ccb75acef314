"""``spi --help`` and ``spi --version`` answer at once: building the parser loads none of the heavy libraries,
and ``spi-desktop --version`` answers without starting Qt."""

from __future__ import annotations

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
