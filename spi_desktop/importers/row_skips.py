"""Rows below a header that are not people: total lines, the signature block, end-of-file marks.

They are skipped and counted apart (``skipped``), never read as respondents: a 'Jumlah' line with a count in
it, the 'Mengetahui, Kepala Dinas …, NIP …' block under the list, a DOS end-of-file mark (Ctrl-Z) or a row
of control characters only. A header repeated on every printed page, a row numbering the columns and a
section heading inside the list are skipped too, and so is a row that holds something only in columns that are
not used. Only rows without a phone or e-mail can be skipped.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

TOTAL = "Baris jumlah/total, bukan responden"
HEADER_AGAIN = "Judul kolom yang diulang (mis. di setiap halaman cetak), bukan responden"
COLUMN_NUMBERS = "Baris nomor kolom (1, 2, 3 …), bukan responden"
HEADING = "Judul bagian di dalam daftar, bukan responden"
SIGNATURE = "Blok tanda tangan atau catatan di bawah daftar, bukan responden"
CONTROL_ONLY = "Baris hanya berisi karakter kontrol (mis. tanda akhir berkas Ctrl-Z)"
UNUSED_ONLY = "Baris hanya berisi kolom yang tidak dipakai"

_TOTAL = re.compile(r"^(jumlah|total|sub\s*-?\s*total|grand\s*total|jml\.?|sum)\b", re.IGNORECASE)
_SIGNATURE = re.compile(
    r"^(mengetahui|menyetujui|disetujui|disahkan|diketahui|dibuat|yang\s+membuat|pembuat|ttd\b|t\.t\.d|"
    r"tanda\s+tangan|a\.?\s?n\.?\s|an\.|plt\.?\s|plh\.?\s|pj\.?\s|kepala\b|sekretaris\b|camat\b|direktur\b|"
    r"lurah\b|inspektur\b|bupati\b|wali\s?kota\b|gubernur\b|nip\.?\s*[:.]?\s*\d|nip\s*[:.]|pangkat|pembina|"
    r"penata|keterangan\b|ket\s*[:.]|catatan\b|note\b|\*\)|sumber\s*:|dicetak|printed)", re.IGNORECASE)
# a name cell that may open a total line or a signature block (a cheap first look over many rows)
MARKER_START = re.compile(_TOTAL.pattern + "|" + _SIGNATURE.pattern + r"|^[A-Za-z .'-]{3,40},", re.IGNORECASE)
_PLACE_DATE = re.compile(r"^[A-Za-z .'-]{3,40},\s*\d{1,2}\s+[A-Za-z]+\s+\d{4}$")


_HEADING = re.compile(r"^(?:[A-Z]|[IVXL]{1,5}|\d{1,2})[.)]\s+\S")
_UNIT_WORDS = re.compile(r"\b(BIDANG|BAGIAN|SUB ?BAGIAN|SEKSI|SUB ?BIDANG|UPT|UPTD|PUSKESMAS|SEKRETARIAT|KECAMATAN|"
                         r"KELURAHAN|UNIT|INSTALASI|DINAS|BADAN|KANTOR)\b")
HEADING_START = re.compile(r"^(?:[A-Z]|[IVXL]{1,5})[.)]\s+\S")  # a name cell that may open a section heading
_NUMBERED = re.compile(r"^\(?(\d{1,3})\)?$")


def _key(text: str) -> str:
    return " ".join(re.sub(r"[^0-9a-z]+", " ", text.lower()).split())


def is_header_again(cells: Sequence[str], header: Sequence[str]) -> bool:
    """A row that repeats the header: most of its filled cells are the header's own words in that column."""
    pairs = [(_key(cell), _key(header[i]) if i < len(header) else "") for i, cell in enumerate(cells) if cell.strip()]
    same = sum(1 for cell, title in pairs if cell and cell == title)
    return same >= 2 and same * 2 > len(pairs)


def is_column_numbers(cells: Sequence[str]) -> bool:
    """A row numbering the columns: 1, 2, 3 … (or (1), (2) …) across its filled cells."""
    numbers = [_NUMBERED.match(cell.strip()) for cell in cells if cell.strip()]
    if len(numbers) < 3 or not all(numbers):
        return False
    values = [int(match.group(1)) for match in numbers if match]
    return values == list(range(values[0], values[0] + len(values)))


def is_heading(cells: Sequence[str]) -> bool:
    """A section heading inside the list: one filled cell, a list mark ('A. Bidang Pelayanan', 'II. UPT …') or a
    unit's name in capitals ('BIDANG PELAYANAN')."""
    filled = list(dict.fromkeys(cell.strip() for cell in cells if cell.strip()))  # a merged heading fills every cell
    if len(filled) != 1:
        return False
    text = filled[0]
    unit = bool(_UNIT_WORDS.search(text.upper()))
    marked = bool(_HEADING.match(text))
    # '1. Budi' may be a person without a contact: a numbered line is a heading only when it names a unit
    return (marked and not text[:1].isdigit()) or (unit and (text.isupper() or marked))


def is_total(cells: Sequence[str]) -> bool:
    """A 'Jumlah …' / 'Total …' line: its first filled cell starts with such a word."""
    first = next((cell for cell in cells if cell.strip()), "")
    return bool(_TOTAL.match(first.strip()))


def is_signature_line(cells: Sequence[str]) -> bool:
    """A sparse line (at most two filled cells) that opens a signature block or a note."""
    filled = [cell.strip() for cell in cells if cell.strip()]
    return 0 < len(filled) <= 2 and any(_SIGNATURE.match(cell) or _PLACE_DATE.match(cell) for cell in filled)


def skip_reasons(candidates: Mapping[int, Sequence[str]], count: int,
                 header: Sequence[str] = ()) -> dict[int, str]:
    """Position -> reason for the rows to skip among ``count`` data rows in file order.

    ``candidates`` holds the cells (as text, in column order) of the rows without a phone or e-mail, by
    position; every other row has one. ``header`` holds the header's texts by column. A total line, a repeated
    header, a column-number row or a section heading may stand anywhere; a signature block only at the end: from
    its first line to the last row, every row without a contact and with at most two filled cells.
    """
    reasons: dict[int, str] = {}
    for position, cells in candidates.items():
        if is_total(cells):
            reasons[position] = TOTAL
        elif header and is_header_again(cells, header):
            reasons[position] = HEADER_AGAIN
        elif is_column_numbers(cells):
            reasons[position] = COLUMN_NUMBERS
        elif is_heading(cells):
            reasons[position] = HEADING
    tail = count
    while tail - 1 in candidates and sum(1 for cell in candidates[tail - 1] if cell.strip()) <= 2:
        tail -= 1
    start = next((p for p in range(tail, count) if is_signature_line(candidates[p])), None)
    if start is not None:
        for position in range(start, count):
            reasons.setdefault(position, SIGNATURE)
    return reasons
