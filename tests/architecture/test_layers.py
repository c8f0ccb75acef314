"""The non-GUI layers never import PySide6, so the CLI and services run without Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import spi_desktop

PACKAGE = Path(spi_desktop.__file__).parent
HEADLESS = ("domain", "db", "importers", "reports", "services")


def test_headless_packages_have_no_qt_import_statements() -> None:
    offenders = []
    for layer in HEADLESS:
        for path in (PACKAGE / layer).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                names = []
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.module:
                    names = [node.module]
                offenders += [f"{path.relative_to(PACKAGE)}: {n}" for n in names if n.split(".")[0] == "PySide6"]
    assert offenders == []


def test_cli_and_services_load_without_qt() -> None:
    code = (
        "import sys, importlib, pkgutil, spi_desktop\n"
        f"for layer in {HEADLESS!r}:\n"
        "    package = importlib.import_module('spi_desktop.' + layer)\n"
        "    for info in pkgutil.walk_packages(package.__path__, package.__name__ + '.'):\n"
        "        if '.migrations' not in info.name: importlib.import_module(info.name)\n"
        "import spi_desktop.cli\n"
        "print('PySide6' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
