"""Find the header row of a table and map its columns by their (Indonesian or English) names.

A header is recognised by its words, the way people write it: case, spaces, punctuation, brackets and
slashes do not matter ('No. HP (WhatsApp)', 'Telp/HP', 'Nomor HP/WA' are all the phone column). A field
names its exact synonyms and, optionally, word patterns ('hp|wa|whatsapp': any one of these words) and the
words that rule a header out ('NIP Kepala' is not the respondent's NIP). A header may span two rows (a merged
'Kontak' over 'No. HP' and 'Email'); then each column is named by its lower cell, or its upper one where the
lower is empty.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace

from spi_desktop.domain.errors import InputError
from spi_desktop.importers.table_reader import RawTable, cell_text

HEADER_SEARCH_ROWS = 30
MAX_HEADER_WORDS = 8  # a longer cell is a sentence (an instruction), not a column title
EXACT, WORDS = 100, 60  # how well a header names a field: its exact name, or its words
SECOND = 10  # less for a header that says it is the second of its kind
_SECOND_WORDS = {"lain", "lainnya", "alternatif", "cadangan", "kedua", "ii", "tambahan"}


@dataclass(frozen=True)
class ColumnSpec:
    """A field the importer wants: the names a header may give it, whether it is required, and optionally
    word patterns (each 'a|b c': one of a or b, and c), words that rule a header out, and what its cells look
    like when the header does not say (``content``: 'phone', 'email' or 'nip')."""

    key: str
    label: str
    synonyms: tuple[str, ...]
    required: bool = False
    words: tuple[str, ...] = ()
    vetoes: tuple[str, ...] = ()
    content: str | None = None


@dataclass(frozen=True)
class HeaderMatch:
    """Where the header was found (0-based grid index of its last row) and the column index of each field."""

    row_index: int
    columns: dict[str, int]
    headers: list[str]
    first_row: int | None = None  # the upper row of a two-row header
    how: dict[str, str] = field(default_factory=dict)  # field -> 'judul' (header), 'isi' (content), 'pilihan'


_COMPOUND = re.compile(r"^(no|nomor|nmr)(hp|wa|telp|tlp|telepon|handphone|whatsapp|ponsel|induk)$")


@functools.lru_cache(maxsize=4096)
def _normalised(text: str) -> str:
    words = re.sub(r"[^0-9a-z]+", " ", text.lower()).split()
    return re.sub(r"\be mail\b", "email", " ".join(words))


def normalise_header(text: object) -> str:
    """'No. HP / WA' -> 'no hp wa': lower case, punctuation to spaces, spaces folded; 'e-mail' -> 'email'."""
    return _normalised(cell_text(text)[:200])


def header_words(text: object) -> tuple[str, ...]:
    """The words of a header, with run-together ones ('NoHP') split."""
    return _words(normalise_header(text))


@functools.lru_cache(maxsize=4096)
def _words(normal: str) -> tuple[str, ...]:
    words: list[str] = []
    for word in normal.split():
        match = _COMPOUND.match(word)
        words.extend(match.groups() if match else (word,))
    return tuple(words)


def _pattern_matches(pattern: str, words: set[str]) -> bool:
    return all(any(choice in words for choice in group.split("|")) for group in pattern.split())


def word_score(header: object, spec: ColumnSpec, ignore_vetoes: bool = False) -> int:
    """How well ``header`` names ``spec``: EXACT for one of its names, WORDS minus the pattern's rank for a
    word pattern, 0 for none (or when a veto word rules it out, unless ``ignore_vetoes``)."""
    normal = normalise_header(header)
    return _score(normal, spec, ignore_vetoes) if normal else 0


@functools.lru_cache(maxsize=16384)
def _score(normal: str, spec: ColumnSpec, ignore_vetoes: bool) -> int:
    if normal in _names(spec):
        return EXACT
    words = _words(normal)
    if len(words) > MAX_HEADER_WORDS or not spec.words:
        return 0
    present = set(words)
    if not ignore_vetoes and present & set(spec.vetoes):
        return 0
    for rank, pattern in enumerate(spec.words):
        if _pattern_matches(pattern, present):
            return WORDS - rank - (SECOND if _is_second(words) else 0)
    return 0


def _is_second(words: Sequence[str]) -> bool:
    """'HP 2', 'Email lain', 'No. HP alternatif': a header that marks itself as the second of its kind."""
    return bool(set(words) & _SECOND_WORDS) or (words[-1].isdigit() and words[-1] != "1" and len(words) > 1)


@functools.lru_cache(maxsize=512)
def _names(spec: ColumnSpec) -> frozenset[str]:
    return frozenset(normalise_header(name) for name in (spec.label, *spec.synonyms))


def assign_columns(row: Sequence[object], specs: Sequence[ColumnSpec]) -> dict[str, int]:
    """Field -> column index for one header row: the best-named column per field, each column used once
    (ties go to the leftmost column, then to the field listed first)."""
    scored: list[tuple[int, int, int, str]] = []
    for index, cell in enumerate(row):
        if not cell_text(cell):
            continue
        for order, spec in enumerate(specs):
            score = word_score(cell, spec)
            if score:
                scored.append((-score, index, order, spec.key))
    found: dict[str, int] = {}
    used: set[int] = set()
    for _score, index, _order, key in sorted(scored):
        if key not in found and index not in used:
            found[key] = index
            used.add(index)
    return found


def combined_row(upper: Sequence[object], lower: Sequence[object], joined: bool = False) -> list[object]:
    """A two-row header as one row: each column named by its lower cell, or its upper one where that is empty.
    With ``joined`` a column with both is named by the two together: a merged 'TMT' over 'CPNS' and 'Jabatan'
    names 'TMT CPNS' and 'TMT Jabatan', where 'Kontak' over 'No. HP' only groups them."""
    width = max(len(upper), len(lower))
    cells: list[object] = []
    for i in range(width):
        top = cell_text(upper[i]) if i < len(upper) else ""
        bottom = cell_text(lower[i]) if i < len(lower) else ""
        cells.append(f"{top} {bottom}" if joined and top and bottom and top != bottom else bottom or top)
    return cells


def two_row_shape(upper: Sequence[object], lower: Sequence[object]) -> bool:
    """Whether two rows are shaped like one header: some column is named in one row only (a title spanning both
    rows, or a group cell over sub-titles), or a merged group cell repeats over two sub-titles. Two full rows of
    the same shape (an instructions table: 'Nama | nama lengkap', 'No. HP | nomor WhatsApp') are not."""
    width = max(len(upper), len(lower))
    top = [cell_text(upper[i]) if i < len(upper) else "" for i in range(width)]
    bottom = [cell_text(lower[i]) if i < len(lower) else "" for i in range(width)]
    if not any(bottom):
        return False
    for i in range(width):
        if bool(top[i]) != bool(bottom[i]) and (top[i] or bottom[i]):
            return True
        if i + 1 < width and top[i] and top[i] == top[i + 1] and bottom[i] and bottom[i + 1]:
            return True
    return False


def locate_header(table: RawTable, specs: Sequence[ColumnSpec], two_rows: bool = False) -> HeaderMatch | None:
    """The row (within the first rows) naming the most wanted fields, required or not; None when no row
    names any. With ``two_rows`` a header spread over two rows is found too. The import dialog shows its
    headers so the user can map what was not recognised."""
    rows = table.rows[:HEADER_SEARCH_ROWS + 1]
    singles = [assign_columns(row, specs) for row in rows]
    best: tuple[int, int, int | None, dict[str, int], list[object]] = (0, 0, None, {}, [])
    for index, found in enumerate(singles[:HEADER_SEARCH_ROWS]):
        if len(found) > best[0]:
            best = (len(found), index, None, found, list(rows[index]))
        if two_rows and index + 1 < len(rows) and two_row_shape(rows[index], rows[index + 1]):
            for joined in (False, True):  # 'Kontak' over 'No. HP' groups; 'TMT' over 'CPNS' is part of the name
                merged = combined_row(rows[index], rows[index + 1], joined)
                both = assign_columns(merged, specs)
                # The lower row must name fields the upper one does not: a data row below a header adds none.
                if len(both) > max(len(found), len(singles[index + 1])) and len(both) > best[0] \
                        and set(both) - set(found):
                    best = (len(both), index + 1, index, both, merged)
    count, row_index, first_row, found, cells = best
    if not count:
        return None
    return HeaderMatch(row_index, found, [cell_text(cell) for cell in cells], first_row,
                       {key: "judul" for key in found})


def find_header(table: RawTable, specs: Sequence[ColumnSpec], two_rows: bool = False) -> HeaderMatch:
    """Find the header row below any title rows; ``InputError`` naming a missing required column."""
    header = locate_header(table, specs, two_rows)
    if header is None:
        expected = ", ".join(spec.label for spec in specs if spec.required)
        raise InputError(
            (f"{table.note}. " if table.note else "")
            + f"{table.where()}: baris judul kolom tidak ditemukan di {HEADER_SEARCH_ROWS} baris pertama. "
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
            chosen.append(replace(spec, label=mapping[spec.key], synonyms=(), words=(), vetoes=()))
        elif spec.required:
            raise InputError(f"Kolom '{spec.label}' wajib dipetakan ke salah satu kolom berkas")
    return chosen
