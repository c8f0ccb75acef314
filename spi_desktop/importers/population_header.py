"""Which column of a population sheet is which field, and which columns are not used, said out loud.

The header's words decide first (``columns.assign_columns``); where they do not, the cells do: a column of
phone-shaped values is a phone column, of addresses an e-mail column, of 18-digit numbers a NIP column. The
user's own choice (the wizard, ``--map FIELD=HEADER`` or a preset) overrides both. Every column that holds
anything and is not used is listed, and one that looks like a field is a warning naming it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from spi_desktop.domain.errors import InputError
from spi_desktop.domain.validators import _EMAIL
from spi_desktop.importers.columns import ColumnSpec, HeaderMatch, column_letter, normalise_header, word_score
from spi_desktop.importers.population_columns import CONTACT_FIELDS

SAMPLE = 500  # cells per column that content recognition looks at
_PHONE_SHAPE = re.compile(r"^\+?[\d\s().-]{8,22}$")
_NIP_SHAPE = re.compile(r"^\d{8}\s?\d{6}\s?\d\s?\d{3}$")
CONTENT_WORDS = {"phone": "nomor HP", "email": "alamat email", "nip": "NIP"}


@dataclass(frozen=True)
class UnmappedColumn:
    """A column of the file that holds something and is not read, and which field it looks like (if any)."""

    index: int
    header: str
    filled: int  # non-empty cells below the header
    looks_like: str | None = None  # a field key

    @property
    def letter(self) -> str:
        """The spreadsheet's name for the column."""
        return column_letter(self.index)

    def as_dict(self) -> dict[str, Any]:
        """The JSON shape of one entry of ``"unmapped_columns"``."""
        return {"column": self.letter, "header": self.header, "filled": self.filled, "looks_like": self.looks_like}


def display_headers(cells: Sequence[str]) -> list[str]:
    """Header texts as the wizard and the messages show them: a blank one is '(kolom F)', a repeated one gets
    its column letter ('No. HP (F)'), so every column has a name of its own."""
    counts: dict[str, int] = {}
    for text in cells:
        counts[normalise_header(text)] = counts.get(normalise_header(text), 0) + 1
    shown = []
    for index, text in enumerate(cells):
        if not text:
            shown.append(f"(kolom {column_letter(index)})")
        elif counts[normalise_header(text)] > 1:
            shown.append(f"{text} ({column_letter(index)})")
        else:
            shown.append(text)
    return shown


def content_kind(values: Sequence[str]) -> str | None:
    """'phone', 'email' or 'nip' when nearly all sampled values (at least three), or every one of fewer,
    have that shape: a list of two people is still a list."""
    sample = [value.strip() for value in values if value and value.strip()][:SAMPLE]
    if not sample:
        return None
    needed = 0.8 * len(sample) if len(sample) >= 3 else len(sample)
    phones = sum(1 for v in sample if _PHONE_SHAPE.match(v) and 9 <= sum(c.isdigit() for c in v) <= 15
                 and v.lstrip("+( ")[:1] in ("0", "8", "6"))
    if phones >= needed:
        return "phone"
    if sum(1 for v in sample if _EMAIL.match(v.lower())) >= needed:
        return "email"
    if sum(1 for v in sample if _NIP_SHAPE.match(v)) >= needed:
        return "nip"
    return None


def resolve_choice(choice: str, headers: Sequence[str], raw: Sequence[str]) -> int | None:
    """The column a user's choice names: its shown header, its own header text (any case or punctuation),
    or its letter ('F')."""
    for index, text in enumerate(headers):
        if text == choice:
            return index
    wanted = normalise_header(choice)
    for index, text in enumerate(raw):
        if wanted and normalise_header(text) == wanted:
            return index
    if re.fullmatch(r"[A-Za-z]{1,3}", choice.strip()):
        letters = choice.strip().upper()
        for index in range(len(raw) + 26):
            if column_letter(index) == letters:
                return index
    return None


def is_letter_choice(choice: str, rows: Sequence[Sequence[object]]) -> bool:
    """Whether a user's choice names a column by its letter ('F'), not by a header that happens to be short."""
    text = choice.strip()
    if not re.fullmatch(r"[A-Za-z]{1,3}", text):
        return False
    wanted = normalise_header(text)
    return not any(normalise_header(cell) == wanted for row in rows for cell in row)


def check_fields(specs: Sequence[ColumnSpec], chosen: Mapping[str, str]) -> None:
    """``InputError`` for a chosen field the group does not have, naming the fields it has."""
    known = {spec.key for spec in specs}
    unknown = [key for key in chosen if key not in known]
    if unknown:
        raise InputError(f"Isian '{unknown[0]}' tidak dikenal untuk kelompok ini; isian yang ada: "
                         + ", ".join(f"{spec.key} ({spec.label})" for spec in specs))


def apply_choices(header: HeaderMatch, specs: Sequence[ColumnSpec], chosen: Mapping[str, str],
                  where: str) -> HeaderMatch:
    """The header with the user's choices: field -> header text (or letter); '' leaves the field out."""
    check_fields(specs, chosen)
    raw = header.headers
    shown = display_headers(raw)
    columns = dict(header.columns)
    how = dict(header.how)
    for key, choice in chosen.items():
        columns.pop(key, None)
        how.pop(key, None)
        if not choice:
            continue
        index = resolve_choice(choice, shown, raw)
        if index is None:
            present = ", ".join(text for text in shown) or "(kosong)"
            label = next(spec.label for spec in specs if spec.key == key)
            raise InputError(f"{where}: kolom '{choice}' yang dipilih untuk {label} tidak ada di baris judul "
                             f"{header.row_index + 1}; kolom yang ada: {present}")
        for other, used in list(columns.items()):
            if used == index:
                columns.pop(other)
                how.pop(other, None)
        columns[key] = index
        how[key] = "pilihan"
    for spec in specs:
        if spec.required and spec.key not in columns:
            raise InputError(f"{where}: kolom '{spec.label}' wajib dipetakan ke salah satu kolom berkas")
    return replace(header, columns=columns, how=how)


@dataclass
class ColumnReport:
    """The final mapping of a sheet, what is not used, and the warnings that go with them."""

    header: HeaderMatch
    unmapped: list[UnmappedColumn]
    notes: list[str]


def complete_mapping(header: HeaderMatch, specs: Sequence[ColumnSpec], width: int,
                     sample: Mapping[int, Sequence[str]], filled: Mapping[int, int],
                     chosen: Mapping[str, str] | None = None) -> ColumnReport:
    """Map by content where the header did not, then list every non-empty unused column.

    ``sample`` holds the first cells below the header per column, ``filled`` the non-empty cells per column.
    Fields the user chose (even as '') are never changed by content.
    """
    chosen = chosen or {}
    columns, how = dict(header.columns), dict(header.how)
    shown = display_headers(header.headers + [""] * max(0, width - len(header.headers)))
    labels = {spec.key: spec.label for spec in specs}
    by_content = {spec.content: spec.key for spec in specs if spec.content}
    used = set(columns.values())
    notes: list[str] = []
    looks: dict[int, str] = {}
    for index in range(width):
        if index in used or not filled.get(index) and not _header_at(header, index):
            continue
        kind = content_kind(sample.get(index, ()))
        key = by_content.get(kind) if kind else None
        spec = next((spec for spec in specs if spec.key == key), None)
        title = _header_at(header, index)
        # a header that says whose it is ('No. HP Atasan', 'NIP Kepala') is never the respondent's, and a column
        # whose values mostly repeat (one supervisor for everyone) is not a contact column either
        theirs = spec is not None and bool(title) and word_score(title, spec) == 0 < word_score(
            title, spec, ignore_vetoes=True)
        if key and key not in columns and key not in chosen and not theirs and not _repeats(sample.get(index, ())):
            columns[key], how[key] = index, "isi"
            used.add(index)
            notes.append(f"Kolom {column_letter(index)} ({shown[index]}) dipakai sebagai {labels[key]} karena "
                         f"isinya {CONTENT_WORDS[kind or '']}")
            continue
        header_like = next((spec.key for spec in specs if word_score(_header_at(header, index), spec,
                                                                       ignore_vetoes=True)), None)
        if key or header_like:
            looks[index] = key or header_like or ""
    unmapped = []
    for index in range(width):
        if index in used or not (filled.get(index) or _header_at(header, index)):
            continue
        like = looks.get(index)
        unmapped.append(UnmappedColumn(index, _header_at(header, index), filled.get(index, 0), like))
        if like and filled.get(index):
            taken = columns.get(like)
            where = f"; {labels[like]} diambil dari kolom {column_letter(taken)} ({shown[taken]})" \
                if taken is not None else ""
            notes.append(f"Kolom {column_letter(index)} ({shown[index]}) mirip {labels[like]} tetapi tidak "
                         f"dipakai{where}")
    final = replace(header, columns=columns, how=how, headers=shown[:max(width, len(header.headers))])
    return ColumnReport(final, unmapped, notes)


def _repeats(values: Sequence[str]) -> bool:
    """Whether most of a column's sampled values are repeats (a supervisor's number beside every row)."""
    sample = [value.strip() for value in values if value and value.strip()][:SAMPLE]
    return len(sample) >= 3 and len(set(sample)) <= len(sample) // 2


def _header_at(header: HeaderMatch, index: int) -> str:
    return header.headers[index] if index < len(header.headers) else ""


def is_data_header(header: HeaderMatch | None, specs: Sequence[ColumnSpec]) -> bool:
    """Whether a sheet's header names the required fields and at least one contact column."""
    if header is None:
        return False
    keys = set(header.columns)
    return all(spec.key in keys for spec in specs if spec.required) and bool(keys & set(CONTACT_FIELDS))
