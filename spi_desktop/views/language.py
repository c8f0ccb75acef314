"""The display language, shared by the start-up and the Pengaturan tab: chosen at start, saved per PC; numbers
are written in it too (views/numbers.py; Qt's default locale, which '%Ln' and the chart axes use, follows it).

The app's own strings are written in Indonesian; English comes from ``spi_en.qm``. Qt's own strings (standard
buttons, the line-edit menu, the file and print dialogs, the wizard's buttons) are English in Qt, and PySide6
ships no Indonesian translation of them: ``qtbase_id.qm`` (from ``qtbase_id.ts``, see
tools/update_translations.py) is that translation, installed in Indonesian mode.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from spi_desktop.resources import resource_path

ORGANISATION, APPLICATION = "SPI Desktop", "SPI Desktop"
LANGUAGES = {"id": "Bahasa Indonesia", "en": "English"}
# What each language loads, in install order (a translator installed later is asked first).
TRANSLATION_FILES = {"id": ("qtbase_id.qm",), "en": ("spi_en.qm",)}
# Qt's locale per language: British English writes the day first, as the app's English dates do.
LOCALES = {"id": (QLocale.Language.Indonesian, QLocale.Country.Indonesia),
           "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom)}

_installed: list[QTranslator] = []
_current = ["id"]


def chosen_language(explicit: str | None) -> str:
    """--lang, else $SPI_LANG, else the saved preference, else Indonesian."""
    language = explicit or os.environ.get("SPI_LANG") or saved_language()
    return language if language in LANGUAGES else "id"


def saved_language() -> str:
    """The language saved on this PC (Pengaturan › Bahasa), Indonesian when none or an unknown one."""
    saved = str(QSettings(ORGANISATION, APPLICATION).value("language", "id"))
    return saved if saved in LANGUAGES else "id"


def save_language(language: str) -> None:
    """Remember ``language`` for the next start on this PC."""
    QSettings(ORGANISATION, APPLICATION).setValue("language", language)


def current_language() -> str:
    """The language the running app's windows were built in."""
    return _current[0]


def display_locale(language: str | None = None) -> QLocale:
    """Qt's locale for ``language`` (by default the current one)."""
    return QLocale(*LOCALES.get(language or current_language(), LOCALES["id"]))


def install_language(app: QCoreApplication, language: str) -> QTranslator | None:
    """Load ``language``'s translations and make it Qt's default locale, replacing any installed here before (so
    the language can change while the app runs: windows built afterwards speak and count in it).

    Returns the translator installed last (English: the app's; Indonesian: Qt's own strings), None when its file
    could not be loaded."""
    remove_language(app)
    language = language if language in LANGUAGES else "id"
    _current[0] = language
    QLocale.setDefault(display_locale(language))
    last = None
    for name in TRANSLATION_FILES[language]:
        translator = QTranslator(app)
        if translator.load(str(resource_path("translations", name))):
            app.installTranslator(translator)
            _installed.append(translator)
            last = translator
    return last


def remove_language(app: QCoreApplication) -> None:
    """Remove the translators ``install_language`` installed: every text falls back to its source, and numbers
    to Indonesian."""
    while _installed:
        translator = _installed.pop()
        app.removeTranslator(translator)
        translator.deleteLater()
    _current[0] = "id"
    QLocale.setDefault(display_locale("id"))
