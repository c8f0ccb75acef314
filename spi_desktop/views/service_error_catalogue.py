"""What the services refuse outside the imports (backups, accounts, years, exports, …), with its templates.

Each entry is the Indonesian text as the code builds it, with ``%1``, ``%2`` … where its values go (in the order
they appear), marked with ``QT_TRANSLATE_NOOP`` so that lupdate finds it in the "ServiceErrors" context, and one
letter per value: the letters of ``reason_catalogue`` (v as written, r a reason translated in turn, d a date),
plus a: as written, and it may hold "; "; i: one word (a code, a number); l: a comma-separated list of choices;
o: an OPD code (or Instansi) and a group, as a target names them.
The pattern is built from the text itself, so a source string and its pattern cannot drift apart. Compound
messages are catalogued clause by clause ("…; …", "…. …"): ``reason_texts`` translates each on its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QCoreApplication

from spi_desktop.views.reason_catalogue import Pattern
from spi_desktop.views.service_errors_admin import ADMIN_ERRORS
from spi_desktop.views.service_errors_work import WORK_ERRORS

CONTEXT = "ServiceErrors"
_PLACE = re.compile(r"%(\d)")
# each value as short as the rest of the text lets it be, on one line; a: anything there, r: a reason (no "; ")
_GROUPS = {"a": r"([^\n]+?)", "i": r"(\S+)", "l": r"((?:[^,;:\n]+, )+[^,;:\n]+)", "r": r"((?:(?!; )[^\n])+?)",
           "o": r"(\S+ (?:internal|external|expert))"}
_ONE_SENTENCE = r"((?:(?!; |\. )[^\n])+?)"  # a value (v, d): not even the ". " between sentences
_SHOWN_AS = {"a": "v", "i": "v", "l": "v", "o": "v"}  # how reason_texts shows the letters only this catalogue has


def _entries() -> list[tuple[str, str]]:
    return [(str(text), kinds) for text, kinds in (*ADMIN_ERRORS, *WORK_ERRORS)]


def service_fixed() -> dict[str, str]:
    """The texts without any value in them, translated."""
    return {text: QCoreApplication.translate(CONTEXT, text) for text, kinds in _entries() if not kinds}


def service_patterns() -> list[Pattern]:
    """The texts with values in them: their patterns, their templates and how each value is shown."""
    return [(_compiled(text, kinds), _template(text), "".join(_SHOWN_AS.get(k, k) for k in kinds))
            for text, kinds in _entries() if kinds]


@cache
def _compiled(text: str, kinds: str) -> re.Pattern[str]:
    pieces = _PLACE.split(text)
    numbers = [int(number) for number in pieces[1::2]]
    if numbers != list(range(1, len(kinds) + 1)):
        raise ValueError(f"{text!r}: the values must be %1…%{len(kinds)} in order, one letter each")
    pattern = "".join(re.escape(piece) if index % 2 == 0 else _GROUPS.get(kinds[int(piece) - 1], _ONE_SENTENCE)
                      for index, piece in enumerate(pieces))
    return re.compile(pattern, re.DOTALL)


def _template(text: str) -> Callable[[], str]:  # looked up when used: a language installed later is followed
    return lambda: QCoreApplication.translate(CONTEXT, text)
