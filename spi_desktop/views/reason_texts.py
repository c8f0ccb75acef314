"""The reasons, notes and error messages of imports, translated when they are shown.

The importers and services write them in Indonesian, and that text is a contract: the CLI's JSON, the problems
report (.xlsx), the audit trail and tests compare it byte for byte. A view shows them through ``reason_text``:
in Indonesian the text comes back unchanged; in English a known fixed text, or a known pattern whose values
(numbers, names, column letters, phone numbers as written) are its groups, becomes its translated template
filled with the same values. A compound reason ("…; …", or sentences "…. …") is translated part by part, and
any part that is not known is shown as written, so nothing the user must read is ever lost.

The catalogue lives in ``reason_catalogue`` (rows, notes), ``error_catalogue`` (files, messages),
``note_catalogue`` (the estimate's and the official results' notes) and ``service_error_catalogue`` (what the
services refuse outside the imports).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from PySide6.QtCore import QCoreApplication

from spi_desktop.domain.formatting import MONTHS_EN, MONTHS_ID
from spi_desktop.domain.problems import RowProblem
from spi_desktop.views.error_catalogue import error_fixed, error_patterns, located_patterns
from spi_desktop.views.import_words import content_words, field_labels, file_formats, group_names, rows_count
from spi_desktop.views.language import current_language
from spi_desktop.views.note_catalogue import group_list, note_fixed, note_patterns
from spi_desktop.views.numbers import english_separators
from spi_desktop.views.reason_catalogue import Pattern, reason_fixed, reason_patterns
from spi_desktop.views.service_error_catalogue import service_fixed, service_patterns
from spi_desktop.views.text import fill

SEPARATORS = ("; ", ". ")  # coarsest first: the clauses of a reason, then its sentences
_MONTHS = dict(zip(MONTHS_ID, MONTHS_EN, strict=True))
_MONTH_WORD = re.compile(r"\b(" + "|".join(MONTHS_ID) + r")\b")
_ROWS_IN_BRACKETS = re.compile(r"\((\d[\d.]*) baris\)")
_FILE_WHERE = re.compile(r"(.+?\.[A-Za-z0-9]{2,5}) \(lembar '(.*)'\)")
_QUOTED = re.compile(r"'[^']*'")
_LINE_MARK = re.compile(r"^(\s*(?:[-•⚠]\s+)?)(.*)$", re.DOTALL)


def reason_text(text: str) -> str:
    """``text`` as an importer or service wrote it, in the display language (unchanged in Indonesian)."""
    if current_language() == "id" or not text:
        return text
    return _translated(current_language(), text)


@lru_cache(maxsize=8192)  # a table asks again for every row it paints
def _translated(_language: str, text: str) -> str:
    # A value quoted on two lines (a cell with a line break: "Nomor HP '0812…\n0813…' tidak dapat dibaca") is
    # one reason, matched whole. Other lines are translated one by one: a pattern's value could otherwise
    # swallow the lines before it ("Hasil tidak disimpan:\n- …\n- Indeks SPI 120 di luar 0–100" read as
    # "%1 di luar 0–100") and leave them Indonesian; only a pattern written on several lines spans them.
    whole = _one(text, spanning="\n" in _QUOTED.sub("", text))
    return whole if whole is not None else "\n".join(_line(line) for line in text.split("\n"))


def column_text(column: str) -> str:
    """A problem's column (a field's label, "No. HP / Email", "(kolom C)") in the display language."""
    if current_language() == "id":
        return column
    return _field(column) or _column_letter(column) or column


def problem_text(problem: RowProblem) -> str:
    """'file, baris 3, kolom Kode: reason' (the form ``str(problem)`` gives) in the display language."""
    if current_language() == "id":
        return str(problem)
    if problem.column:
        return fill(_where_row_column(), _where(problem.file), problem.row, column_text(problem.column),
                    reason_text(problem.message))
    return fill(_where_row(), _where(problem.file), problem.row, reason_text(problem.message))


def _where_row_column() -> str:
    return QCoreApplication.translate("ImportReasons", "%1, baris %2, kolom %3: %4")


def _where_row() -> str:
    return QCoreApplication.translate("ImportReasons", "%1, baris %2: %3")


def _line(line: str) -> str:
    match = _LINE_MARK.match(line)
    assert match is not None  # the pattern matches every string
    mark, body = match.groups()
    return mark + (_compose(body, SEPARATORS) or body) if body else line


def _compose(text: str, separators: tuple[str, ...]) -> str | None:
    """The translation of ``text``: whole when it is known, else its parts, the longest known run of parts
    first; None when no part of it is known."""
    whole = _one(text)
    if whole is not None:
        return whole
    if not separators:
        return None
    separator, finer = separators[0], separators[1:]
    parts = text.split(separator)
    if len(parts) == 1:
        return _compose(text, finer)
    shown, known, start = [], False, 0
    while start < len(parts):
        for end in range(len(parts), start, -1):
            piece = separator.join(parts[start:end])
            translated = _one(piece) if end - start > 1 else _compose(piece, finer)
            if translated is not None:
                shown.append(translated)
                known, start = True, end
                break
        else:
            shown.append(parts[start])
            start += 1
    return separator.join(shown) if known else None


def _one(text: str, spanning: bool = False) -> str | None:
    """A fixed text or one pattern matching the whole of ``text``, translated; None when none does.
    ``spanning``: only the patterns whose own text has a line break (the lines of ``text`` are otherwise
    translated one by one)."""
    fixed = _fixed().get(text)
    if fixed is not None:
        return fixed
    for pattern, template, kinds in _patterns():
        if spanning and "\n" not in pattern.pattern:
            continue
        match = pattern.fullmatch(text)
        if match is None:
            continue
        values = [_CONVERTERS[kind](value or "") for kind, value in zip(kinds, match.groups(), strict=True)]
        if all(value is not None for value in values):
            return fill(template(), *values)
    return None


_cache: dict[str, tuple[dict[str, str], list[Pattern]]] = {}


def _catalogue() -> tuple[dict[str, str], list[Pattern]]:
    """The fixed texts and compiled patterns, built once per language (their templates are looked up when
    used, so a language installed later is followed)."""
    language = current_language()
    if language not in _cache:
        # the services' refusals and notes first (whole sentences, which may hold a path with a dot before ': ');
        # the general ones last
        patterns = [*service_patterns(), *note_patterns(), *located_patterns(), *reason_patterns(),
                    *error_patterns()]
        _cache[language] = ({**reason_fixed(), **error_fixed(), **service_fixed(), **note_fixed()}, patterns)
    return _cache[language]


def _fixed() -> dict[str, str]:
    return _catalogue()[0]


def _patterns() -> list[Pattern]:
    return _catalogue()[1]


# What each group of a pattern is: how it is shown in the display language (None: the pattern does not apply).
def _value(text: str) -> str | None:
    return text


def _field(text: str) -> str | None:
    return field_labels().get(text)


def _field_or_value(text: str) -> str | None:
    return field_labels().get(text, text)


def _reason(text: str) -> str | None:
    return _compose(text, SEPARATORS) or text


def _date(text: str) -> str | None:
    return _MONTH_WORD.sub(lambda m: _MONTHS[m.group(1)], text).replace(" pukul ", " at ")


def _group(text: str) -> str | None:
    return group_names().get(text, text)


def _content(text: str) -> str | None:
    return content_words().get(text)


def _format(text: str) -> str | None:
    return file_formats().get(text, text)


def _sheets(text: str) -> str | None:
    """"'DISDIK' (3 baris), 'DINSOS' (2 baris)": the sheet names as written, the counts in words."""
    return _ROWS_IN_BRACKETS.sub(lambda m: f"({rows_count(m.group(1))})", text)


def _rows(text: str) -> str | None:
    return rows_count(text)


def _where(text: str) -> str:
    """'file.xlsx (lembar 'X')' -> 'file.xlsx (sheet 'X')'."""
    match = _FILE_WHERE.fullmatch(text)
    if match is None:
        return text
    return fill(QCoreApplication.translate("ImportReasons", "%1 (lembar '%2')"), *match.groups())


def _file(text: str) -> str | None:
    """A file name, or a file and its sheet, as the readers name them at the start of a message."""
    if _FILE_WHERE.fullmatch(text) or re.fullmatch(r"[^:;]+\.[A-Za-z0-9]{2,5}", text):
        return _where(text)
    return None


def _column_letter(text: str) -> str | None:
    match = re.fullmatch(r"\(kolom ([A-Z]{1,3})\)", text)
    if match is None:
        return None
    return fill(QCoreApplication.translate("ImportReasons", "(kolom %1)"), match.group(1))


_CONVERTERS: dict[str, Callable[[str], str | None]] = {
    "v": _value, "f": _field, "F": _field_or_value, "r": _reason, "d": _date, "g": _group, "c": _content,
    "k": _format, "s": _sheets, "n": _rows, "w": _file, "G": group_list,
    "N": english_separators,
}
