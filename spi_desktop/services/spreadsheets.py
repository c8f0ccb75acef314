"""Which files the imports read, so a file picker offers exactly those."""

from __future__ import annotations

from spi_desktop.importers.file_gate import TEXT_SUFFIXES, WORKBOOK_SUFFIXES

_USUAL_FIRST = (".xlsx", ".xls", ".ods", ".csv", ".txt")  # what offices save most, in the order they expect


def spreadsheet_suffixes() -> tuple[str, ...]:
    """The suffixes (".xlsx", …) of every workbook and text table the OPD, results, progress, target and
    population imports read: the usual ones first, then the rest alphabetically."""
    suffixes = WORKBOOK_SUFFIXES | TEXT_SUFFIXES

    def rank(suffix: str) -> tuple[int, str]:
        return (_USUAL_FIRST.index(suffix) if suffix in _USUAL_FIRST else len(_USUAL_FIRST), suffix)

    return tuple(sorted(suffixes, key=rank))
