"""What every list importer hands back: the rows it could read and the problems it found, by file, row and
column; and the reading of a row's counts."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from spi_desktop.domain.problems import RowProblem

T = TypeVar("T")

_THOUSANDS = re.compile(r"^\d{1,3}([.,]\d{3})+$")


@dataclass
class Parsed(Generic[T]):
    """The rows of one file that can be stored, how many were read, and every row refused with its reason."""

    file_name: str
    read: int = 0
    rows: list[T] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)


def parse_count(text: str) -> int | None:
    """A whole non-negative number ('1.234' and '1,234' are thousands), None when empty; ValueError otherwise."""
    cleaned = text.replace(" ", "")
    if not cleaned:
        return None
    if _THOUSANDS.match(cleaned):
        cleaned = cleaned.replace(".", "").replace(",", "")
    if not cleaned.isascii() or not cleaned.isdigit():
        raise ValueError(f"'{text}' bukan bilangan bulat tidak negatif")
    return int(cleaned)


def parse_counts(values: Mapping[str, str], keys: Iterable[str],
                 problems: list[tuple[str, str]]) -> dict[str, int | None]:
    """The whole, non-negative counts in ``values`` under ``keys`` (None when empty); a text that is not one
    adds ``(key, reason)`` to ``problems`` and leaves the key out."""
    counts: dict[str, int | None] = {}
    for key in keys:
        try:
            counts[key] = parse_count(values.get(key, ""))
        except ValueError as error:
            problems.append((key, str(error)))
    return counts
