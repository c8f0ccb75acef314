"""Every visible string has English text, and the compiled .qm matches the .ts."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_visible_string_has_an_english_translation() -> None:
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "update_translations.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_compiled_translation_holds_every_message() -> None:
    from PySide6.QtCore import QTranslator

    folder = ROOT / "spi_desktop" / "resources" / "translations"
    translator = QTranslator()
    assert translator.load(str(folder / "spi_en.qm"))
    assert translator.translate("MainWindow", "Beranda") == "Home"
    assert translator.translate("app", "Terjadi kesalahan") == "Something went wrong"
