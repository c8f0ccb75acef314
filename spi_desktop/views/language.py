"""The display language, shared by the start-up and the Pengaturan tab: chosen at start, saved per PC,
Indonesian number formats always."""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from spi_desktop.resources import resource_path

ORGANISATION, APPLICATION = "SPI Desktop", "SPI Desktop"
LANGUAGES = {"id": "Bahasa Indonesia", "en": "English"}


def chosen_language(explicit: str | None) -> str:
    """--lang, else $SPI_LANG, else the saved preference, else Indonesian."""
    saved = QSettings(ORGANISATION, APPLICATION).value("language", "id")
    language = explicit or os.environ.get("SPI_LANG") or str(saved)
    return language if language in LANGUAGES else "id"


def install_language(app: QCoreApplication, language: str) -> QTranslator | None:
    """Use Indonesian number formats everywhere; load the English translation when asked for."""
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
    if language == "id":
        return None
    translator = QTranslator(app)
    if translator.load(str(resource_path("translations", f"spi_{language}.qm"))):
        app.installTranslator(translator)
        return translator
    return None
