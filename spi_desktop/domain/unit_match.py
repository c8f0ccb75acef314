"""Which OPD a text in a file names: its code, name, short name or one of its aliases, in that order."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Protocol


class NamedUnit(Protocol):
    """What an OPD is known by (``domain.unit_record.UnitRecord`` is one)."""

    @property
    def code(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def short_name(self) -> str | None: ...
    @property
    def aliases(self) -> Sequence[str]: ...


def fold(text: object) -> str:
    """How headers, labels and OPD names are compared: whitespace folded, case ignored."""
    return " ".join(str(text or "").split()).casefold()


# The levels in the order they win: a code over a name, a name over a short name or an alias.
LEVELS: tuple[Callable[[NamedUnit], Sequence[str | None]], ...] = (
    lambda unit: [unit.code], lambda unit: [unit.name], lambda unit: [unit.short_name], lambda unit: unit.aliases)


def name_lookup(records: Iterable[NamedUnit], key: Callable[[str], str] = fold) -> dict[str, str | None]:
    """``key`` of every OPD text -> the unit's code. Codes win over names, names over short names and aliases;
    a text that two OPD share at the same level maps to ``None``, so a row is never filed under a guess."""
    units = list(records)
    lookup: dict[str, str | None] = {}
    for names_of in LEVELS:
        level: dict[str, set[str]] = {}
        for unit in units:
            for name in names_of(unit):
                if name and name.strip():
                    level.setdefault(key(name), set()).add(unit.code)
        for text, codes in level.items():
            lookup.setdefault(text, next(iter(codes)) if len(codes) == 1 else None)
    return lookup
