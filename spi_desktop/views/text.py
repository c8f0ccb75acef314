"""Filling translated templates: Qt's '%1, %2' placeholders, as QString.arg would."""

from __future__ import annotations


def fill(template: str, *values: object) -> str:
    """fill('%1 dari %2', 3, 40) -> '3 dari 40'; higher numbers first so %10 is not read as %1."""
    for number in range(len(values), 0, -1):
        template = template.replace(f"%{number}", str(values[number - 1]))
    return template
