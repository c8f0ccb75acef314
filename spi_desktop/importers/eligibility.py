"""Who may not be a respondent in a survey year, judged on a whole frame: flagged with the reason, never dropped.

Internal: too short a tenure (TMT), an eselon I or II post (written as 'Eselon II' or by its title: 'Kepala
Dinas Kesehatan', 'Sekretaris Daerah', 'Asisten …', 'Staf Ahli Bupati …', 'Inspektur Daerah'), and the head
of the row's own OPD (by NIP, by the head's post, or by name where the row gives neither NIP nor another
post). External: a service date outside the year's window. The titles are per-year data (``excluded_titles``
and ``title_exceptions``, edited under Pengaturan › Tahun survei), matched at the start of the post as written.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from spi_desktop.domain.formatting import format_date
from spi_desktop.importers.population_frame import per_unique
from spi_desktop.importers.population_rules import join_texts

_BARE_HEAD = {"kepala", "kepala opd", "pimpinan", "pimpinan opd", "kepala kantor", "kepala unit", "kepala skpd",
              "kepala perangkat daerah", "kepala satuan kerja"}
_LEVELS = {"i": 1, "1": 1, "ii": 2, "2": 2, "iii": 3, "3": 3, "iv": 4, "4": 4}
_ESELON_VALUE = re.compile(r"^(eselon\s*)?(iv|i{1,3}|[1-4])([\s./-]*[ab])?$", re.IGNORECASE)
_DEGREE_PREFIX = re.compile(r"^((dr|drs|dra|ir|h|hj|prof|kh|ust|ustadz|r|rr|raden|tgk|teuku|hc)\.?\s+)+")


@dataclass(frozen=True)
class UnitHead:
    """What the OPD registry says about a unit's head, to recognise the head in the unit's own list."""

    name: str
    short_name: str | None = None
    head_name: str | None = None
    head_nip: str | None = None
    head_position: str | None = None


def title_key(text: object) -> str:
    """A post or title as compared: lower case, punctuation to spaces, spaces folded."""
    return " ".join(re.sub(r"[^0-9a-z]+", " ", str(text or "").lower()).split())


_ACTING = re.compile(r"^(plt|plh|pj|pjs|pelaksana tugas|pelaksana harian|penjabat)\s+")


def post_key(text: object) -> str:
    """A post as compared with the titles: an acting head ('Plt. Kepala Dinas …') holds the office he acts in."""
    return _ACTING.sub("", title_key(text))


def _title_matches(key: str, title: str) -> bool:
    """``title`` as the start of ``key``, word by word; a final '*' matches the start of a word ('kadis*' is
    'Kadisdik', 'Kadinkes')."""
    if title.endswith("*"):
        stem = title[:-1].strip()
        return bool(stem) and (key.startswith(stem))
    return _starts(key, title)


def person_key(text: object) -> str:
    """A name as compared with the registry's head: degrees after the comma and titles before it set aside."""
    core = str(text or "").split(",", 1)[0].lower()
    return title_key(_DEGREE_PREFIX.sub("", " ".join(core.split())))


def _starts(text: str, prefix: str) -> bool:
    return bool(prefix) and (text == prefix or text.startswith(prefix + " "))


def _years_before(day: dt.date, years: float) -> dt.date:
    whole = int(years)
    try:
        shifted = day.replace(year=day.year - whole)
    except ValueError:  # 29 February
        shifted = day.replace(year=day.year - whole, day=28)
    return shifted - dt.timedelta(days=round((years - whole) * 365))


def _months_before(day: dt.date, months: int) -> dt.date:
    total = day.year * 12 + day.month - 1 - months
    year, month = total // 12, total % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _per_unique(series: pd.Series, judge: Any) -> pd.Series:
    return per_unique(series, lambda uniques: uniques.map(judge))


def post_flags(positions: pd.Series, words: Sequence[str], titles: Sequence[str],
               exceptions: Sequence[str]) -> pd.Series:
    """Why each post is excluded, judged once per distinct post: a word of the year's list ('eselon ii' matches
    'Eselon II', 'II.b' and 'IIa' but not 'III' or 'IV'), else its title."""
    wanted = [title_key(t) + ("*" if str(t).strip().endswith("*") else "") for t in titles if title_key(t)]
    spared = [title_key(t) for t in exceptions if title_key(t)]
    pattern = _word_pattern(words)
    if not wanted and pattern is None:
        return pd.Series("", index=positions.index, dtype=object)

    def judge(position: object) -> str:
        if pattern is not None and pattern.search(str(position)):
            return f"Jabatan {position} dikecualikan"
        key = post_key(position)
        if not key or any(_starts(key, s) for s in spared) or not any(_title_matches(key, t) for t in wanted):
            return ""
        return f"Jabatan '{position}' setingkat eselon I/II (pimpinan tinggi) tidak termasuk responden"

    return _per_unique(positions, judge)


def head_flags(frame: pd.DataFrame, heads: Mapping[int, UnitHead]) -> pd.Series:
    """Why each row is the head of its own OPD ('' when it is not or the registry does not say)."""
    flags = pd.Series("", index=frame.index, dtype=object)
    if not heads or "unit_id" not in frame:
        return flags
    units = frame["unit_id"]
    named = units.map({unit: head.name for unit, head in heads.items()})
    if named.isna().all():
        return flags
    hit = pd.Series(False, index=frame.index)
    nips = frame["nip"] if "nip" in frame else pd.Series(None, index=frame.index, dtype=object)
    head_nips = units.map({unit: head.head_nip for unit, head in heads.items() if head.head_nip})
    hit |= nips.notna() & head_nips.notna() & (nips == head_nips)
    posts = pd.factorize(frame["position"]) if "position" in frame else None
    if posts is not None:
        # each distinct (OPD, post) once: a million rows hold a few thousand pairs
        unit_codes, unit_values = pd.factorize(units)
        post_codes, post_values = posts
        pair_codes, pairs = pd.factorize(unit_codes.astype(np.int64) * (len(post_values) + 1) + post_codes)
        verdicts = []
        for code in pairs.tolist():
            unit_code, post_code = divmod(int(code), len(post_values) + 1)
            unit = unit_values[unit_code] if unit_code >= 0 else None
            position = post_values[post_code] if 0 <= post_code < len(post_values) else ""
            verdicts.append(_is_head_post(heads.get(unit) if unit is not None else None, position))
        hit |= pd.Series(np.array(verdicts + [False], dtype=bool)[pair_codes], index=frame.index)
    hit |= _same_name(frame, heads, nips, posts)
    hit &= named.notna()
    if not hit.any():
        return flags
    return flags.mask(hit, "Kepala OPD yang disurvei (" + named.astype(str) + ") tidak termasuk responden")


def _is_head_post(head: UnitHead | None, position: object) -> bool:
    """Whether ``position`` is the post of the OPD's own head: the registry's post, 'Kepala <OPD>', or the
    head of a kecamatan, kelurahan or desa by that seat's own title."""
    key = post_key(position)
    if head is None or not key:
        return False
    if key in _BARE_HEAD:  # 'Kepala' alone in an OPD's own list is that OPD's head
        return True
    posts = [post_key(head.head_position)] + [f"kepala {title_key(n)}" for n in (head.name, head.short_name)
                                                 if title_key(n)]
    name = title_key(head.name)
    for seat, word in (("kecamatan", "camat"), ("kelurahan", "lurah"), ("desa", "kepala desa")):
        if name.startswith(seat + " "):
            posts.append(f"{word} {name[len(seat) + 1:]}")
    return any(post and (key == post or _starts(key, post) and key.startswith("kepala")) for post in posts)


def _same_name(frame: pd.DataFrame, heads: Mapping[int, UnitHead], nips: pd.Series,
               posts: tuple[np.ndarray, Any] | None) -> pd.Series:
    """Rows named as their OPD's head that give no NIP and no other post (a NIP or a post decides otherwise).
    ``posts`` is the factorized position column (codes, distinct posts) when there is one."""
    keys = {unit: person_key(head.head_name) for unit, head in heads.items() if person_key(head.head_name)}
    hit = pd.Series(False, index=frame.index)
    if not keys:
        return hit
    open_post = pd.Series(True, index=frame.index)
    if posts is not None:
        codes, distinct = posts
        open_kinds = np.array([not title_key(p) or title_key(p).startswith(("kepala", "plt", "plh", "pj"))
                               for p in distinct] + [True])
        open_post = pd.Series(open_kinds[codes], index=frame.index)
    allowed = open_post & nips.isna() & frame["unit_id"].isin(list(keys))
    if not allowed.any():
        return hit
    # A cheap first look: only names holding one of the heads' last words are compared in full.
    surnames = sorted({key.rsplit(" ", 1)[-1] for key in keys.values()})
    pattern = r"(?<![a-z])(?:" + "|".join(map(re.escape, surnames)) + r")(?![a-z])"
    names = frame.loc[allowed, "name"].astype(str)
    near = names[names.str.contains(pattern, case=False, regex=True)]
    if near.empty:
        return hit
    units = frame.loc[near.index, "unit_id"].map(keys)
    same = near.map(person_key) == units
    hit[same[same].index] = True
    return hit


def eselon_flags(values: pd.Series, words: Sequence[str]) -> pd.Series:
    """An 'Eselon' column naming a level the year excludes ('eselon ii' in the year's words: II, II.a, IIb, 2),
    or another word of the year's list ('JPT Pratama')."""
    levels = {_LEVELS[w.split()[1]] for w in words if len(w.split()) == 2 and w.split()[0] == "eselon"
              and w.split()[1] in _LEVELS}
    pattern = _word_pattern([w for w in words if not w.startswith("eselon ")])

    def judge(value: object) -> str:
        text = str(value).strip()
        match = _ESELON_VALUE.match(text)
        level = _LEVELS.get(match.group(2).lower()) if match else None
        if (level is not None and level in levels) or (pattern is not None and pattern.search(text)):
            shown = text if text.lower().startswith("eselon") else f"Eselon {text}"
            return f"{shown} (eselon I/II, pimpinan tinggi) tidak termasuk responden"
        return ""

    return _per_unique(values, judge)


def _word_pattern(words: Sequence[str]) -> re.Pattern[str] | None:
    """The year's excluded words as one pattern: 'eselon ii' matches 'Eselon II', 'II.b' and 'IIa' but not
    'III' or 'IV'."""
    words = [w for w in words if w]
    if not words:
        return None
    return re.compile("|".join(r"\b" + r"\s+".join(map(re.escape, w.split())) + r"(?![ivx0-9])" for w in words),
                      re.IGNORECASE)


def eligibility_flags(frame: pd.DataFrame, group: str, rules: Mapping[str, Any], window_start: dt.date,
                      window_end: dt.date | None, heads: Mapping[int, UnitHead] | None = None) -> pd.Series:
    """Why each row fails the year's eligibility rules ("" when it passes or cannot be judged)."""
    flags: list[pd.Series] = []
    empty = pd.Series("", index=frame.index, dtype=object)
    if group == "internal":
        for column, key, label in (("tmt_institution", "min_years_institution", "di instansi"),
                                   ("tmt_unit", "min_years_unit", "di unit")):
            years = rules.get(key)
            if years is None or column not in frame:
                continue
            cutoff = _years_before(window_start, float(years))
            late = frame[column].notna() & frame[column].map(lambda d, c=cutoff: d is not None and d == d and d > c)
            flags.append(empty.mask(late, f"Masa kerja {label} kurang dari {years:g} tahun (TMT sesudah "
                                          f"{format_date(cutoff)})"))
        if "position" in frame:
            flags.append(post_flags(frame["position"], rules.get("excluded_positions", []),
                                    rules.get("excluded_titles", []), rules.get("title_exceptions", [])))
        if "eselon" in frame:
            flags.append(eselon_flags(frame["eselon"], rules.get("excluded_positions", [])))
        if rules.get("exclude_unit_head", True):
            flags.append(head_flags(frame, heads or {}))
    if group == "external" and rules.get("service_within_months") and "service_date" in frame:
        earliest = _months_before(window_start, int(rules["service_within_months"]))
        latest = window_end or dt.date.max

        def outside(day: Any) -> bool:
            return day is not None and day == day and not earliest <= day <= latest

        hit = frame["service_date"].map(outside)
        flags.append(empty.mask(hit, f"Tanggal layanan di luar {format_date(earliest)} s.d. "
                                     f"{format_date(latest) if window_end else 'akhir masa survei'}"))
    return join_texts(flags, frame.index)
