"""Refresh the translation sources from the code and compile them.

    python tools/update_translations.py          # lupdate the .ts files, then lrelease to .qm
    python tools/update_translations.py --check  # fail if the code has strings the .ts lacks

Source strings are Indonesian (the default language); spi_en.ts holds the English text.

Qt's own strings (standard buttons, the line-edit menu, the file, print and wizard dialogs) are English in Qt, and
PySide6 ships no Indonesian translation of them: qtbase_id.ts is ours, edited by hand (its contexts and source
strings are Qt's; lupdate does not touch it) and compiled to qtbase_id.qm here as well.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "spi_desktop" / "resources" / "translations"
LANGUAGES = ("en",)
QT_TRANSLATIONS = ("qtbase_id",)  # Qt's own strings, installed in Indonesian mode (views/language.py)


def qt_tool(name: str) -> str:
    """Path of pyside6-lupdate / pyside6-lrelease next to the running Python."""
    candidate = Path(sys.executable).with_name(f"pyside6-{name}")
    return str(candidate) if candidate.exists() else shutil.which(f"pyside6-{name}") or f"pyside6-{name}"


def sources() -> list[str]:
    """Every Python file that may hold user-visible strings."""
    package = ROOT / "spi_desktop"
    files = sorted((package / "views").rglob("*.py")) + [package / "app.py"]
    return [str(path) for path in files]


def messages(ts_file: Path) -> set[tuple[str, str]]:
    """(context, source) pairs in a .ts file, leaving out obsolete ones."""
    tree = ET.parse(ts_file)
    found = set()
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in {"obsolete", "vanished"}:
                continue
            found.add((name, message.findtext("source") or ""))
    return found


def unfinished(ts_file: Path) -> list[str]:
    """Source strings still without a finished translation."""
    tree = ET.parse(ts_file)
    return [m.findtext("source") or "" for m in tree.getroot().iter("message")
            if (t := m.find("translation")) is not None and t.get("type") == "unfinished"]


def update() -> None:
    """lupdate every language's .ts from the code (dropping vanished strings), then lrelease."""
    for language in LANGUAGES:
        ts_file = TRANSLATIONS / f"spi_{language}.ts"
        subprocess.run([qt_tool("lupdate"), "-no-obsolete", "-locations", "none", *sources(), "-ts",
                        str(ts_file)], check=True)
        subprocess.run([qt_tool("lrelease"), str(ts_file), "-qm", str(ts_file.with_suffix(".qm"))], check=True)
    for name in QT_TRANSLATIONS:
        ts_file = TRANSLATIONS / f"{name}.ts"
        subprocess.run([qt_tool("lrelease"), str(ts_file), "-qm", str(ts_file.with_suffix(".qm"))], check=True)


def check_qt_translations() -> int:
    """Return 1 (and say what) when a Qt translation has unfinished entries or its .qm is not its .ts compiled."""
    status = 0
    for name in QT_TRANSLATIONS:
        ts_file = TRANSLATIONS / f"{name}.ts"
        for source in unfinished(ts_file):
            print(f"{ts_file.name}: untranslated: {source!r}")
            status = 1
        with tempfile.TemporaryDirectory() as folder:
            fresh = Path(folder) / f"{name}.qm"
            subprocess.run([qt_tool("lrelease"), "-silent", str(ts_file), "-qm", str(fresh)], check=True,
                           capture_output=True)
            compiled = ts_file.with_suffix(".qm")
            if not compiled.exists() or compiled.read_bytes() != fresh.read_bytes():
                print(f"{compiled.name}: not compiled from {ts_file.name}; run tools/update_translations.py")
                status = 1
    return status


def check() -> int:
    """Return 1 (and say what) when the code's strings and the .ts files disagree."""
    status = 0
    for language in LANGUAGES:
        ts_file = TRANSLATIONS / f"spi_{language}.ts"
        with tempfile.TemporaryDirectory() as folder:
            fresh = Path(folder) / ts_file.name
            subprocess.run([qt_tool("lupdate"), "-silent", "-locations", "none", *sources(), "-ts", str(fresh)],
                           check=True, capture_output=True)
            missing = messages(fresh) - messages(ts_file)
        for context, source in sorted(missing):
            print(f"{ts_file.name}: missing {context}: {source!r}")
        for source in unfinished(ts_file):
            print(f"{ts_file.name}: untranslated: {source!r}")
        status |= bool(missing) or bool(unfinished(ts_file))
    return int(status) | check_qt_translations()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true")
    return check() if parser.parse_args().check else (update() or 0)


if __name__ == "__main__":
    sys.exit(main())
