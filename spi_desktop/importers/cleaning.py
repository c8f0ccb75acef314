"""Clean whole population-list columns at once: phones, emails, NIPs, dates and names.

The scalar rules in ``spi_desktop.domain.validators`` are authoritative. The functions here give, for
every non-empty cell, the same value and the same first problem, but work on a whole column with numpy
so that a million rows take about a second. Phone numbers are checked against libphonenumber's own
metadata for Indonesia (the patterns ``is_valid_number`` and ``number_type`` use); each pattern is
evaluated once per distinct (leading digits, length) key rather than once per row. The rare cells the
fast path cannot decide with certainty (non-ASCII or control characters, letters, words or any mark other than
the grouping ones, over-long cells, '+62 0…', '+0…', very long foreign numbers) are passed to the scalar function.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np
import pandas as pd
import phonenumbers
from phonenumbers import PhoneMetadata

from spi_desktop.domain.validators import _EMAIL, _SCIENTIFIC, normalise_phone
from spi_desktop.importers.cell_scan import CleanedColumn, cleaned_column, column_texts, visible_texts
from spi_desktop.importers.dates_names import clean_names, parse_dates

__all__ = ["CleanedColumn", "check_nips", "clean_emails", "clean_names", "clean_phones", "parse_dates"]


def _ascii_matrix(texts: list[str], lens: np.ndarray, limit: int, width: int = 1) -> tuple[np.ndarray, np.ndarray]:
    """Printable-ASCII texts of at most ``limit`` characters as an (n, >= width) uint8 matrix, 0-padded.

    Also returns the rows left out (all 0 in the matrix): longer texts and those with other characters,
    where Python's \\s and \\d would mean more than ' ' and 0-9.
    """
    n = len(texts)
    kept = ((lens <= limit) & np.fromiter(map(str.isascii, texts), bool, n)
            & np.fromiter(map(str.isprintable, texts), bool, n))
    array = np.array(texts if kept.all() else [t if k else "" for t, k in zip(texts, kept.tolist(), strict=True)],
                     dtype=f"S{width}" if n == 0 else "S")
    if array.itemsize < width:
        array = array.astype(f"S{width}")
    return array.view(np.uint8).reshape(n, array.itemsize), ~kept


# --- phones -------------------------------------------------------------------------------------------

_METADATA = PhoneMetadata.metadata_for_region("ID")
if _METADATA is None:  # pragma: no cover - phonenumbers always ships Indonesia
    raise ImportError("phonenumbers has no metadata for Indonesia")
_ID: PhoneMetadata = _METADATA
_OTHER_TYPES = (_ID.premium_rate, _ID.toll_free, _ID.shared_cost, _ID.voip, _ID.personal_number, _ID.pager,
                _ID.uan, _ID.voicemail)  # number_type tries these before fixed line and mobile
_COUNTRY_CODES = np.array(sorted(phonenumbers.COUNTRY_CODE_TO_REGION_CODE))
_FAST_PHONES = _ID.national_prefix_for_parsing == "0" and not _ID.national_prefix_transform_rule
_MAX_FAST_LEN = 32  # longer cells take the scalar path
_MAX_FOREIGN_NSN = 14  # beyond this a foreign prefix transform might change the parse outcome
_POW17 = 10 ** np.arange(16, -1, -1, dtype=np.int64)
_OK, _SCI, _NO_DIGITS, _UNREADABLE, _NOT_ID, _NOT_MOBILE = range(6)
_PHONE_MESSAGES = {
    _SCI: "Nomor HP '{}' tertulis dalam notasi ilmiah; digit aslinya hilang",
    _NO_DIGITS: "Nomor HP '{}' tidak berisi angka",
    _UNREADABLE: "Nomor HP '{}' tidak dapat dibaca",
    _NOT_ID: "Nomor HP '{}' bukan nomor Indonesia yang sah",
    _NOT_MOBILE: "Nomor HP '{}' bukan nomor seluler (WhatsApp)",
}
_TOKEN = re.compile(r"\\d|\[[0-9-]+\]|[0-9]|\(\?:|[()|?]|\{\d+(?:,\d+)?\}")
_AS_WRITTEN = np.zeros(256, bool)  # what a number written as one number may hold, besides a leading '+'
_AS_WRITTEN[[0, *b"0123456789 -."]] = True  # brackets too are for the scalar rule: only a leading group is one
_Node = tuple[list[int], int]  # (per first digit: head, or -1 when no match starts with it; maximum width)


def _heads(pattern: str) -> list[int] | None:
    """Per first digit, how many leading digits (with the length) decide whether a digit string matches.

    Understands the regex subset libphonenumber uses (digits, \\d, [..], groups, |, ?, {m}, {m,n}): a
    trailing run of \\d atoms only counts digits, so for '8[1-35-9]\\d{7,10}' two digits and the length
    decide. -1: nothing starting with that digit matches. None for anything else (the whole number decides).
    """
    tokens, pos = _TOKEN.findall(pattern), 0

    def alternation() -> _Node:
        nonlocal pos
        branches = [sequence()]
        while tokens[pos:pos + 1] == ["|"]:
            pos += 1
            branches.append(sequence())
        return [max(b[0][d] for b in branches) for d in range(10)], max(b[1] for b in branches)

    def sequence() -> _Node:
        nonlocal pos
        atoms: list[tuple[list[int], int, bool]] = []  # (heads, width, matches any digit)
        while pos < len(tokens) and tokens[pos] not in ("|", ")"):
            token, pos = tokens[pos], pos + 1
            if token in ("(", "(?:"):
                (heads, width), pure = alternation(), False
                if tokens[pos:pos + 1] != [")"]:
                    raise ValueError(pattern)
                pos += 1
            elif token == "?" or token.startswith("{"):
                raise ValueError(pattern)
            else:
                ranges = re.findall(r"(\d)(?:-(\d))?", token) if token != r"\d" else [("0", "9")]
                digits = {d for lo, hi in ranges for d in range(int(lo), int(hi or lo) + 1)}
                heads, width, pure = [1 if d in digits else -1 for d in range(10)], 1, len(digits) == 10
            if tokens[pos:pos + 1] == ["?"] or tokens[pos:pos + 1] and tokens[pos].startswith("{"):
                width *= 1 if tokens[pos] == "?" else int(tokens[pos].strip("{}").split(",")[-1])
                heads, pos = [width] * 10, pos + 1  # may be empty or repeated: any first digit, all of it
            atoms.append((heads, width, pure))
        if not atoms:
            raise ValueError(pattern)
        widths = [atom[1] for atom in atoms]
        last = max((i for i, atom in enumerate(atoms) if not atom[2]), default=None)
        if last is None:
            return [0] * 10, sum(widths)
        if last == 0:
            return atoms[0][0], sum(widths)
        bound = sum(widths[:last]) + max(0, *atoms[last][0])
        return [bound if head >= 0 else -1 for head in atoms[0][0]], sum(widths)

    try:
        heads = alternation()[0]
    except ValueError:
        return None
    return heads if pos == len(tokens) and "".join(tokens) == pattern else None


_DESCS = [d for d in (_ID.general_desc, _ID.fixed_line, _ID.mobile, *_OTHER_TYPES) if d and d.national_number_pattern]
_DESC_HEADS = [_heads(d.national_number_pattern or "") for d in _DESCS]
# leading digits of the national number that decide its type, per first digit (at least that digit)
_KEY_DIGITS = np.array([17 if None in _DESC_HEADS else min(17, max(1, *(h[d] for h in _DESC_HEADS if h)))
                        for d in range(10)])


def _matches(desc: phonenumbers.PhoneNumberDesc | None, numbers: list[str]) -> np.ndarray:
    """phonenumbers' ``_is_number_matching_desc``: a possible length and a full match of the pattern."""
    if desc is None or not desc.national_number_pattern:
        return np.zeros(len(numbers), bool)
    rx, lengths = re.compile(desc.national_number_pattern), set(desc.possible_length)
    return np.array([(not lengths or len(n) in lengths) and rx.fullmatch(n) is not None for n in numbers], bool)


def _indonesian_status(nsn: np.ndarray, nlen: np.ndarray) -> np.ndarray:
    """_OK, _NOT_ID or _NOT_MOBILE per national number (digit rows), as is_valid_number and number_type decide.

    Only the deciding leading digits and the length matter, so each distinct (digits, length) is tested once.
    """
    scale = 10 ** (17 - _KEY_DIGITS[nsn[:, 0]])
    codes, keys = pd.factorize(nlen * 10**17 + (nsn.astype(np.int64) @ _POW17) // scale * scale)
    numbers = [str(key % 10**17).zfill(17)[: key // 10**17] for key in keys.tolist()]
    general = _matches(_ID.general_desc, numbers)
    other = np.logical_or.reduce([_matches(d, numbers) for d in _OTHER_TYPES])
    fixed, mobile = _matches(_ID.fixed_line, numbers), _matches(_ID.mobile, numbers)
    same = _ID.same_mobile_and_fixed_line_pattern
    mobile_ok = general & ~other & (fixed if same else mobile)
    valid = general & (other | fixed | (mobile & (not same)))
    return np.where(mobile_ok, _OK, np.where(valid, _NOT_MOBILE, _NOT_ID))[codes]


def _whole_float_points(chars: np.ndarray, lens: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """Per row, where the text stops counting: at the point of a whole float ('+628….0'), else its length.

    The same test as validators._WHOLE_FLOAT on stripped printable-ASCII text, for the given rows.
    """
    cut = lens.copy()
    dotted = np.flatnonzero(rows & (chars == ord(".")).any(axis=1))
    sub, cols = chars[dotted], np.arange(chars.shape[1])
    point, start = (sub == ord(".")).argmax(axis=1), (sub[:, 0] == ord("+")).astype(np.int64)
    before = (cols >= start[:, None]) & (cols < point[:, None])
    after = (cols > point[:, None]) & (cols < lens[dotted, None])
    whole = ((point > start) & (lens[dotted] > point + 1) & (((sub >= ord("0")) & (sub <= ord("9"))) | ~before).all(1)
             & ((sub == ord("0")) | ~after).all(axis=1))
    cut[dotted[whole]] = point[whole]
    return cut


def clean_phones(raw: pd.Series) -> CleanedColumn:
    """Vectorised ``normalise_phone``: E.164 value or None, and its first problem; '' gives no problem."""
    texts = column_texts(raw)
    stripped = [text.strip() for text in texts]
    n = len(stripped)
    lens = np.fromiter(map(len, stripped), np.int64, n)
    chars, slow = _ascii_matrix(stripped, lens, _MAX_FAST_LEN if _FAST_PHONES else -1)
    status = np.full(n, -1, np.int8)
    for i in np.flatnonzero(~slow & ((chars | 32) == ord("e")).any(axis=1)).tolist():
        if _SCIENTIFIC.match(stripped[i]):
            status[i] = _SCI
    # Only digits, grouping marks and a leading '+' are read on the fast path; a letter, a word or a second
    # number is for the scalar rule to recover (a label such as '(WA)') or refuse, never to drop.
    as_written = _AS_WRITTEN[chars]
    as_written[:, 0] |= chars[:, 0] == ord("+")
    slow |= ~as_written.all(axis=1) & (status < 0)
    live = ~slow & (lens > 0) & (status < 0)
    cut = _whole_float_points(chars, lens, live)
    # A group of one or two digits after the last space or dot may be no part of the number ('0812 3456 7890 1',
    # '81861600004.5'): the scalar rule decides. A whole-number '.0' was cut off above and is read here.
    marks = (chars == ord(" ")) | (chars == ord("."))
    has_mark = marks.any(axis=1)
    last_mark = chars.shape[1] - 1 - marks[:, ::-1].argmax(axis=1)
    short_tail = live & has_mark & (cut == lens) & (lens - last_mark - 1 <= 2)
    slow |= short_tail
    live &= ~short_tail
    is_digit = (chars - ord("0") < 10) & (np.arange(chars.shape[1]) < np.where(live, cut, 0)[:, None])
    ndig = is_digit.sum(axis=1)
    flat = np.append(chars[is_digit] - ord("0"), np.uint8(10))  # all digits, row after row
    first = (np.cumsum(ndig) - ndig).astype(np.int32)  # where each row's digits start in ``flat``

    def digit(t: np.ndarray | int) -> np.ndarray:  # the t-th digit of each row, 10 past the end
        return np.where(t < ndig, flat[np.minimum(first + t, len(flat) - 1)], 10).astype(np.int16)

    status[live & (ndig == 0)] = _NO_DIGITS
    live &= ndig > 0
    plus, d0, d1, d2 = chars[:, 0] == ord("+"), digit(0), digit(1), digit(2)
    starts62 = (d0 == 6) & (d1 == 2)
    # the scalar parses '+62' + digits[off:] for '+62…'/'62…', '0…' and '8…'; otherwise '+' + digits
    off = np.select([starts62, ~plus & (d0 == 0), ~plus & (d0 == 8)], [2, 1, 0], -1)
    rest = ndig - off
    home, abroad = live & (off >= 0), live & (off < 0)
    status[home & (rest < 2)] = _UNREADABLE
    home &= rest >= 2
    slow |= home & (digit(off) == 0)  # '+62 0…': libphonenumber may strip the 0 as a national prefix
    home &= digit(off) != 0
    status[home & (rest > 17)] = _UNREADABLE
    home &= rest <= 17
    cc_len = np.select([np.isin(d0, _COUNTRY_CODES), np.isin(d0 * 10 + d1, _COUNTRY_CODES),
                        np.isin(d0 * 100 + d1 * 10 + d2, _COUNTRY_CODES)], [1, 2, 3], 0)
    status[abroad & (ndig <= 2)] = _UNREADABLE
    abroad &= ndig > 2
    slow |= abroad & (d0 == 0)  # '+0…': libphonenumber retries it as an international (IDD) prefix
    abroad &= d0 != 0
    status[abroad & ((cc_len == 0) | (ndig - cc_len < 2))] = _UNREADABLE
    abroad &= status < 0
    slow |= abroad & (ndig - cc_len > _MAX_FOREIGN_NSN)
    status[abroad & ~slow] = _NOT_ID

    values, problems = np.full(n, None, dtype=object), np.full(n, None, dtype=object)
    idx = np.flatnonzero(home)
    nlen, span, start = rest[idx], np.arange(17), (first[idx] + off[idx]).astype(np.int32)
    nsn = np.zeros((len(idx), 17), np.uint8)  # the national numbers, 0-padded
    for j in range(17):
        nsn[:, j] = np.where(j < nlen, flat[np.minimum(start + j, len(flat) - 1)], 0)
    status[idx] = _indonesian_status(nsn, nlen)
    good = status[idx] == _OK
    e164 = np.zeros((int(good.sum()), 20), np.uint32)
    e164[:, :3] = [ord("+"), ord("6"), ord("2")]
    e164[:, 3:] = np.where(span < nlen[good, None], nsn[good] + ord("0"), 0)
    values[idx[good]] = e164.view("U20").ravel().astype(object)
    bad = np.flatnonzero(status > 0)
    problems[bad] = [_PHONE_MESSAGES[code].format(stripped[i][:end])
                     for i, code, end in zip(bad.tolist(), status[bad].tolist(), cut[bad].tolist(), strict=True)]
    for i in np.flatnonzero(slow & (lens > 0)).tolist():
        result = normalise_phone(texts[i])
        values[i], problems[i] = result.value, result.problems[0] if result.problems else None
    return cleaned_column(raw, values, problems)


# --- emails and NIPs ----------------------------------------------------------------------------------

def clean_emails(raw: pd.Series, visible: bool = False) -> CleanedColumn:
    """Vectorised ``normalise_email``: trimmed lower-case address or None, and its first problem.

    A list comprehension with the scalar's own regex: pandas' .str methods do the same per-row calls, slower.
    """
    # str.strip() returns the same object when there is nothing to strip; keep that for lower case too,
    # so a million already-clean addresses cost no new strings.
    lowered = [stripped if stripped.islower() or not stripped else stripped.lower()
               for stripped in (text.strip() for text in visible_texts(raw, visible))]
    match = _EMAIL.match
    values = [text if match(text) else None for text in lowered]
    problems = [None if value is not None or not text else f"Email '{text}' tidak berbentuk nama@domain.tld"
                for text, value in zip(lowered, values, strict=True)]
    return cleaned_column(raw, values, problems)


_DAYS_IN_MONTH = np.array([0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])
_NIP_MESSAGES: dict[int, Callable[[str], str]] = {
    1: lambda d: (f"NIP '{d}' tersimpan sebagai angka di Excel sehingga digit terakhirnya hilang; "
                  "format kolom NIP sebagai Teks lalu ketik ulang"),
    2: lambda d: f"NIP '{d}' harus 18 angka (ada {len(d)} karakter)",
    3: lambda d: f"NIP '{d}': 8 angka pertama ({d[:8]}) bukan tanggal lahir yang sah",
    4: lambda d: f"NIP '{d}': bulan pengangkatan ({d[12:14]}) harus 01–12",
    5: lambda d: f"NIP '{d}': angka ke-15 (jenis kelamin) harus 1 atau 2",
}


def check_nips(raw: pd.Series, visible: bool = False) -> CleanedColumn:
    """Vectorised ``check_nip``: the NIP without whitespace (kept even when wrong) and its first problem."""
    nips = ["".join(text.split()) for text in visible_texts(raw, visible)]  # str.split() splits on exactly re's \\s
    lens = np.fromiter(map(len, nips), np.int64, len(nips))
    status = np.where(lens == 0, 0, 2)
    idx = np.flatnonzero(lens == 18)
    wide = _ascii_matrix([nips[i] for i in idx], lens[idx], 18, 18)[0]
    digits = ((wide >= ord("0")) & (wide <= ord("9"))).all(axis=1)
    idx, d = idx[digits], (wide[digits] - ord("0")).astype(np.int64)
    year, month, day = d[:, :4] @ [1000, 100, 10, 1], d[:, 4] * 10 + d[:, 5], d[:, 6] * 10 + d[:, 7]
    leap = (year % 4 == 0) & ((year % 100 != 0) | (year % 400 == 0))
    month_days = _DAYS_IN_MONTH[np.clip(month, 0, 12)] + (leap & (month == 2))
    date_ok = (year >= 1) & (month >= 1) & (month <= 12) & (day >= 1) & (day <= month_days)
    appointed = d[:, 12] * 10 + d[:, 13]
    status[idx] = np.select([~date_ok, (appointed < 1) | (appointed > 12), (d[:, 14] != 1) & (d[:, 14] != 2)],
                            [3, 4, 5], 0)
    for i in np.flatnonzero(status == 2).tolist():
        if ("e" in nips[i] or "E" in nips[i]) and _SCIENTIFIC.match(nips[i]):
            status[i] = 1
    values = np.array(nips, dtype=object)
    values[lens == 0] = None
    problems = np.full(len(nips), None, dtype=object)
    bad = np.flatnonzero(status > 0)
    problems[bad] = [_NIP_MESSAGES[code](nips[i]) for i, code in zip(bad.tolist(), status[bad].tolist(), strict=True)]
    return cleaned_column(raw, values, problems)
