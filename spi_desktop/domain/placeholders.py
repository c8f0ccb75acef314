"""Texts with {placeholders} that users edit (reminder templates, slide texts): which ones are used, and
what stops a text from being filled in."""

from __future__ import annotations

import string
from collections.abc import Iterable


def placeholder_fields(text: str) -> list[tuple[str, str | None, str | None]]:
    """(name, format spec, conversion) of every placeholder in ``text``; ValueError when a brace is unpaired."""
    return [(name, spec, conversion) for _, name, spec, conversion in string.Formatter().parse(text)
            if name is not None]


def placeholder_problems(text: str, allowed: Iterable[str], example: str) -> list[str]:
    """Why ``text`` cannot be filled in (broken braces, unknown names, format specs), in Indonesian; ``example``
    shows a bare placeholder next to a decorated one, e.g. '{opd}, bukan {opd:>10}'."""
    try:
        fields = placeholder_fields(text)
    except ValueError as error:
        return [f"Penanda tidak lengkap ({error}); tulis kurung kurawal biasa sebagai {{{{ dan }}}}"]
    names = list(allowed)
    problems = []
    unknown = sorted({name for name, _, _ in fields} - set(names))
    if unknown:
        problems.append("Penanda tidak dikenal: " + ", ".join("{" + name + "}" for name in unknown)
                        + ". Yang dapat dipakai: " + ", ".join("{" + name + "}" for name in names))
    if any(spec or conversion for _, spec, conversion in fields):
        problems.append(f"Penanda ditulis tanpa tambahan, misalnya {example}")
    return problems
