"""Rows below a header that are not people: total lines, the signature block, end-of-file marks.

They are skipped and counted apart (``skipped``), never read as respondents: a 'Jumlah' line with a count in
it, the 'Mengetahui, Kepala Dinas …, NIP …' block under the list, a DOS end-of-file mark (Ctrl-Z) or a row
of control characters only. A row that holds something only in columns that are not used is skipped too,
and says which. Only rows without a phone or e-mail can be skipped.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

TOTAL = "Baris jumlah/total, bukan responden"
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


def is_total(cells: Sequence[str]) -> bool:
    """A 'Jumlah …' / 'Total …' line: its first filled cell starts with such a word."""
    first = next((cell for cell in cells if cell.strip()), "")
    return bool(_TOTAL.match(first.strip()))


def is_signature_line(cells: Sequence[str]) -> bool:
    """A sparse line (at most two filled cells) that opens a signature block or a note."""
    filled = [cell.strip() for cell in cells if cell.strip()]
    return 0 < len(filled) <= 2 and any(_SIGNATURE.match(cell) or _PLACE_DATE.match(cell) for cell in filled)


def skip_reasons(candidates: Mapping[int, Sequence[str]], count: int) -> dict[int, str]:
    """Position -> reason for the rows to skip among ``count`` data rows in file order.

    ``candidates`` holds the cells (as text) of the rows without a phone or e-mail, by position; every other
    row has one. A total line may stand anywhere; a signature block only at the end: from its first line to the
    last row, every row without a contact and with at most two filled cells.
    """
    reasons = {position: TOTAL for position, cells in candidates.items() if is_total(cells)}
    tail = count
    while tail - 1 in candidates and sum(1 for cell in candidates[tail - 1] if cell.strip()) <= 2:
        tail -= 1
    start = next((p for p in range(tail, count) if is_signature_line(candidates[p])), None)
    if start is not None:
        for position in range(start, count):
            reasons.setdefault(position, SIGNATURE)
    return reasons
