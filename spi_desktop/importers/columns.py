"""Find the header row of a table and map its columns by their (Indonesian or English) names."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace

from spi_desktop.domain.errors import InputError
from spi_desktop.importers.table_reader import RawTable, cell_text

HEADER_SEARCH_ROWS = 30


@dataclass(frozen=True)
class ColumnSpec:
    """A field the importer wants, the names a header may give it, and whether it is required."""

    key: str
    label: str
    synonyms: tuple[str, ...]
    required: bool = False


@dataclass(frozen=True)
class HeaderMatch:
    """Where the header was found (0-based grid index) and the column index of each field found."""

    row_index: int
    columns: dict[str, int]
    headers: list[str]


def normalise_header(text: object) -> str:
    """'No. HP / WA' -> 'no hp wa': lower case, punctuation to spaces, spaces folded."""
    return " ".join(re.sub(r"[^0-9a-z]+", " ", cell_text(text).lower()).split())


def _match_row(row: Sequence[object], specs: Sequence[ColumnSpec]) -> dict[str, int]:
    lookup = {normalise_header(s): spec.key for spec in specs for s in (spec.label, *spec.synonyms)}
    found: dict[str, int] = {}
    for index, cell in enumerate(row):
        key = lookup.get(normalise_header(cell))
        if key is not None and key not in found:
            found[key] = index
    return found


def locate_header(table: RawTable, specs: Sequence[ColumnSpec]) -> HeaderMatch | None:
    """The row (within the first rows) naming the most wanted fields, required or not; None when no row
    names any. The import dialog shows its headers so the user can map what was not recognised."""
    best_index, best = -1, dict[str, int]()
    for index, row in enumerate(table.rows[:HEADER_SEARCH_ROWS]):
        found = _match_row(row, specs)
        if len(found) > len(best):
            best_index, best = index, found
    if best_index < 0:
        return None
    return HeaderMatch(best_index, best, [cell_text(cell) for cell in table.rows[best_index]])


def find_header(table: RawTable, specs: Sequence[ColumnSpec]) -> HeaderMatch:
    """Find the header row below any title rows; ``InputError`` naming a missing required column."""
    header = locate_header(table, specs)
    if header is None:
        expected = ", ".join(spec.label for spec in specs if spec.required)
        raise InputError(
            f"{table.where()}: baris judul kolom tidak ditemukan di {HEADER_SEARCH_ROWS} baris pertama. "
            f"Kolom yang wajib ada: {expected}"
        )
    missing = [spec for spec in specs if spec.required and spec.key not in header.columns]
    if missing:
        spec = missing[0]
        names = ", ".join((spec.label, *spec.synonyms))
        present = ", ".join(h for h in header.headers if h) or "(kosong)"
        raise InputError(
            f"{table.where()}: kolom '{spec.label}' tidak ditemukan (baris judul {header.row_index + 1} berisi: "
            f"{present}). Nama kolom yang dikenali untuk '{spec.label}': {names}"
        )
    return header


def mapped_rows(table: RawTable, header: HeaderMatch) -> Iterator[tuple[int, dict[str, str]]]:
    """(spreadsheet row number, field -> cell text) for every non-blank row below the header."""
    for index in range(header.row_index + 1, len(table.rows)):
        row = table.rows[index]
        values = {key: cell_text(row[col]) if col < len(row) else "" for key, col in header.columns.items()}
        if any(values.values()):
            yield index + 1, values


def column_letter(index: int) -> str:
    """0 -> 'A', 27 -> 'AB': how a spreadsheet names column ``index``."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def with_mapping(specs: Sequence[ColumnSpec], mapping: Mapping[str, str] | None) -> list[ColumnSpec]:
    """The specs with the user's choices: a field mapped to a header matches only that header; a field
    mapped to '' is not read (a required one cannot be left out)."""
    if not mapping:
        return list(specs)
    chosen: list[ColumnSpec] = []
    for spec in specs:
        if spec.key not in mapping:
            chosen.append(spec)
        elif mapping[spec.key]:
            chosen.append(replace(spec, label=mapping[spec.key], synonyms=()))
        elif spec.required:
            raise InputError(f"Kolom '{spec.label}' wajib dipetakan ke salah satu kolom berkas")
    return chosen
