"""The population rules, applied to a whole frame at once: reject, de-duplicate, warn, flag.

Input is a frame of cleaned columns (see ``clean_frame``); nothing here touches the database.
Stored keys of the same year (per group) come in as sets.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

KEY_FIELDS = ("phone", "email", "nip")
KEY_LABELS = {"phone": "No. HP", "email": "email", "nip": "NIP"}


@dataclass
class StoredKeys:
    """Phones, emails and NIPs already stored for one year: this group's and the other groups'."""

    same_group: dict[str, set[str]] = field(default_factory=lambda: {k: set() for k in KEY_FIELDS})
    other_groups: dict[str, dict[str, str]] = field(default_factory=lambda: {"phone": {}, "email": {}})


@dataclass
class RuleOutcome:
    """Per-row verdicts: rejected/duplicate masks, reasons, warnings and eligibility flags."""

    rejected: pd.Series
    duplicate: pd.Series
    reasons: pd.DataFrame  # columns: row_index, column, value, reason, kind
    warnings: pd.Series  # "; "-joined warning text per row ("" when none)
    flag_reason: pd.Series  # eligibility failures per row ("" when none)

    @property
    def kept(self) -> pd.Series:
        """Rows to import."""
        return ~(self.rejected | self.duplicate)


def _problems(mask: pd.Series, column: str, values: pd.Series, reasons: pd.Series | str, kind: str) -> pd.DataFrame:
    picked = mask[mask].index
    reason = reasons[picked] if isinstance(reasons, pd.Series) else pd.Series(reasons, index=picked)
    return pd.DataFrame({"row_index": picked, "column": column, "value": values[picked].astype(str),
                         "reason": reason.astype(str), "kind": kind})


def find_duplicates(keys: pd.DataFrame, candidates: pd.Series, stored: Mapping[str, set[str]],
                    source_rows: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Mark rows whose phone, email or NIP equals an earlier kept row's or a stored one; return (mask, reason).

    Rows whose keys are unique in the file and not stored are kept without a Python loop; only the rows
    involved in some collision are walked in file order, so 'earlier kept row' is exact.
    """
    keys = keys[[key for key in keys.columns if keys[key].notna().any()]]
    involved = pd.Series(False, index=keys.index)
    for key in keys.columns:
        values = keys.loc[candidates, key]
        values = values[values.notna()]
        clash = values.duplicated(keep=False)
        if stored.get(key):
            clash |= values.isin(stored[key])
        involved[clash[clash].index] = True
    duplicate = pd.Series(False, index=keys.index)
    reason = pd.Series("", index=keys.index, dtype=object)
    seen: dict[str, dict[str, int]] = {key: {} for key in keys.columns}
    subset = keys[involved]
    rows = source_rows[involved]
    for index, row_number, *row_keys in zip(subset.index, rows, *(subset[k] for k in keys.columns), strict=True):
        clash = None
        for key, value in zip(keys.columns, row_keys, strict=True):
            if value is None or value != value:
                continue
            if value in stored.get(key, ()):
                clash = f"{KEY_LABELS[key]} {value} sudah tersimpan untuk tahun dan kelompok ini"
            elif value in seen[key]:
                clash = f"{KEY_LABELS[key]} {value} sama dengan baris {seen[key][value]}"
            if clash:
                break
        if clash:
            duplicate[index] = True
            reason[index] = clash
            continue
        for key, value in zip(keys.columns, row_keys, strict=True):
            if value is not None and value == value:
                seen[key][value] = row_number
    return duplicate, reason


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


def eligibility_flags(frame: pd.DataFrame, group: str, rules: Mapping[str, Any], window_start: dt.date,
                      window_end: dt.date | None) -> pd.Series:
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
                                          f"{cutoff.isoformat()})"))
        excluded = [p for p in rules.get("excluded_positions", []) if p]
        if excluded and "position" in frame:
            # 'eselon ii' must match 'Eselon II', 'II.b' and 'IIa' but not 'III' or 'IV'.
            pattern = "|".join(r"\b" + r"\s+".join(map(re.escape, p.split())) + r"(?![ivx0-9])" for p in excluded)
            codes, uniques = pd.factorize(frame["position"])
            hit_unique = pd.Series(uniques, dtype=object).str.contains(pattern, case=False, regex=True, na=False)
            hit = pd.Series(hit_unique.to_numpy()[codes], index=frame.index).astype(bool)
            flags.append(empty.mask(hit, "Jabatan " + frame["position"].astype(str) + " dikecualikan"))
    if group == "external" and rules.get("service_within_months") and "service_date" in frame:
        earliest = _months_before(window_start, int(rules["service_within_months"]))
        latest = window_end or dt.date.max

        def outside(day: Any) -> bool:
            return day is not None and day == day and not earliest <= day <= latest

        hit = frame["service_date"].map(outside)
        flags.append(empty.mask(hit, f"Tanggal layanan di luar {earliest.isoformat()} s.d. {latest.isoformat()}"))
    return _join(flags, frame.index)


def _join(parts: Iterable[pd.Series], index: pd.Index) -> pd.Series:
    result = pd.Series("", index=index, dtype=object)
    for part in parts:
        has = part != ""
        if not has.any():
            continue
        result = result.mask(has & (result != ""), result + "; " + part).mask(has & (result == ""), part)
    return result


def apply_rules(cleaned: pd.DataFrame, group: str, unit_required: bool, stored: StoredKeys,
                eligibility: pd.Series) -> RuleOutcome:
    """Reject, de-duplicate and warn, following the rules in docs/user-guide.md.

    ``cleaned`` holds, per row: source_row, name, phone/phone_raw/phone_problem, email/email_raw/email_problem,
    optional nip/nip_problem (internal), unit_id/unit_raw, and date columns with *_problem companions.
    """
    index = cleaned.index
    no_name = cleaned["name"] == ""
    no_contact = cleaned["phone"].isna() & cleaned["email"].isna()
    no_unit = cleaned["unit_id"].isna() if unit_required else pd.Series(False, index=index)
    rejected = no_name | no_contact | no_unit
    # Reasons are written only for the rows they concern: most rows of a real list have none.
    contact_rows = cleaned[no_contact & ~no_name]
    contact_reason = _contact_reason(contact_rows, pd.Series(True, index=contact_rows.index))
    unit_raw = cleaned.loc[no_unit & ~no_name & ~no_contact, "unit_raw"].astype(str)
    unit_reason = ("OPD '" + unit_raw + "' tidak cocok dengan OPD terdaftar").mask(unit_raw == "", "OPD kosong")
    reasons = [
        _problems(no_name, "Nama", cleaned["name"], "Nama kosong", "ditolak"),
        _problems(no_contact & ~no_name, "No. HP / Email", cleaned["phone_raw"], contact_reason, "ditolak"),
        _problems(no_unit & ~no_name & ~no_contact, "Perangkat Daerah", cleaned["unit_raw"], unit_reason,
                  "ditolak"),
    ]
    keys = cleaned[[k for k in KEY_FIELDS if k in cleaned]].copy()
    if "nip" in keys:
        keys["nip"] = keys["nip"].where(cleaned["nip_problem"].isna())
    duplicate, duplicate_reason = find_duplicates(keys, ~rejected, stored.same_group, cleaned["source_row"])
    reasons.append(_problems(duplicate, "No. HP / Email / NIP", cleaned["phone_raw"], duplicate_reason, "duplikat"))
    kept = ~(rejected | duplicate)
    warning_parts = []
    for column, label in (("phone", "No. HP"), ("email", "Email"), ("nip", "NIP"), ("tmt_institution", "TMT"),
                          ("tmt_unit", "TMT Unit"), ("service_date", "Tanggal Layanan")):
        problem = f"{column}_problem"
        if problem in cleaned:
            has = kept & cleaned[problem].notna()
            if not has.any():
                continue
            reasons.append(_problems(has, label, cleaned[f"{column}_raw"] if f"{column}_raw" in cleaned
                                     else cleaned[problem], cleaned[problem], "peringatan"))
            warning_parts.append(pd.Series("", index=index, dtype=object).mask(has, label + ": " + cleaned[problem]))
    for key in ("phone", "email"):
        owners = stored.other_groups.get(key, {})
        if owners and key in cleaned:
            other = cleaned[key].map(owners)
            has = kept & other.notna()
            if not has.any():
                continue
            text = f"{KEY_LABELS[key]} yang sama sudah ada di kelompok " + other.astype(str)
            reasons.append(_problems(has, KEY_LABELS[key], cleaned[key], text, "peringatan"))
            warning_parts.append(pd.Series("", index=index, dtype=object).mask(has, text))
    flags = eligibility.where(kept, "")
    reasons.append(_problems(flags != "", "Syarat responden", cleaned["name"], flags, "peringatan"))
    warning_parts.append(flags)
    problems = pd.concat(reasons, ignore_index=True)
    return RuleOutcome(rejected, duplicate, problems, _join(warning_parts, index), flags)


def _contact_reason(cleaned: pd.DataFrame, rows: pd.Series) -> pd.Series:
    """'Tidak ada No. HP atau email yang sah; <phone problem>; <email problem>' for the rows asked about."""
    reason = pd.Series("Tidak ada No. HP atau email yang sah", index=cleaned.index, dtype=object)
    for column in ("phone_problem", "email_problem"):
        if column in cleaned:
            detail = cleaned[column].where(rows & cleaned[column].notna())
            reason = reason.mask(detail.notna(), reason + "; " + detail.astype(str))
    return reason
