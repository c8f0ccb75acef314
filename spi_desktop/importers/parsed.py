"""What every list importer hands back: the rows it could read and the problems it found, by file, row and
column; and the reading of a row's counts."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from spi_desktop.domain.formatting import parse_count
from spi_desktop.domain.problems import RowProblem

T = TypeVar("T")


@dataclass
class Parsed(Generic[T]):
    """The rows of one file that can be stored, how many were read, and every row refused with its reason."""

    file_name: str
    read: int = 0
    rows: list[T] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)


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
