"""The population rules, applied to a whole frame at once: reject, de-duplicate, warn, flag.

Input is a frame of cleaned columns (see ``clean_frame``); nothing here touches the database.
Stored keys of the same year (per group) come in as sets.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import pandas as pd

KEY_FIELDS = ("phone", "email", "nip")
KEY_LABELS = {"phone": "No. HP", "email": "email", "nip": "NIP"}


@dataclass
class StoredKeys:
    """Phones, emails and NIPs already stored for one year: this group's and the other groups'."""

    same_group: dict[str, set[str]] = field(default_factory=lambda: {k: set() for k in KEY_FIELDS})
    other_groups: dict[str, dict[str, str]] = field(default_factory=lambda: {"phone": {}, "email": {}})
    earlier: dict[str, dict[str, str]] = field(default_factory=dict)  # earlier sheets of this file: key -> where

    def with_earlier(self, found: Mapping[str, Mapping[str, str]]) -> StoredKeys:
        """These keys plus those a sheet read before this one keeps (the first place a key was seen wins)."""
        earlier = {key: dict(values) for key, values in self.earlier.items()}
        for key, values in found.items():
            target = earlier.setdefault(key, {})
            for value, where in values.items():
                target.setdefault(value, where)
        return StoredKeys(self.same_group, self.other_groups, earlier)


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
                    source_rows: pd.Series, earlier: Mapping[str, Mapping[str, str]] | None = None
                    ) -> tuple[pd.Series, pd.Series]:
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
        if earlier and earlier.get(key):
            clash |= values.isin(list(earlier[key]))
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
            elif earlier and value in earlier.get(key, {}):
                clash = f"{KEY_LABELS[key]} {value} sama dengan {earlier[key][value]}"
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


def join_texts(parts: Iterable[pd.Series], index: pd.Index) -> pd.Series:
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
    name_error = cleaned["name_error"].astype(bool) if "name_error" in cleaned else pd.Series(False, index=index)
    no_name = (cleaned["name"] == "") | name_error
    no_contact = cleaned["phone"].isna() & cleaned["email"].isna()
    no_unit = cleaned["unit_id"].isna() if unit_required else pd.Series(False, index=index)
    rejected = no_name | no_contact | no_unit
    # Reasons are written only for the rows they concern: most rows of a real list have none.
    contact_rows = cleaned[no_contact & ~no_name]
    contact_reason = _contact_reason(contact_rows, pd.Series(True, index=contact_rows.index))
    unit_raw = cleaned.loc[no_unit & ~no_name & ~no_contact, "unit_raw"].astype(str)
    unit_reason = ("OPD '" + unit_raw + "' tidak cocok dengan OPD terdaftar").mask(unit_raw == "", "OPD kosong")
    nameless = cleaned.loc[no_name, "name"].astype(str)
    name_reason = ("Nama berisi galat rumus Excel '" + nameless + "', bukan nama orang").where(
        name_error[no_name], "Nama kosong")
    reasons = [
        _problems(no_name, "Nama", cleaned["name"], name_reason, "ditolak"),
        _problems(no_contact & ~no_name, "No. HP / Email", cleaned["phone_raw"], contact_reason, "ditolak"),
        _problems(no_unit & ~no_name & ~no_contact, "Perangkat Daerah", cleaned["unit_raw"], unit_reason,
                  "ditolak"),
    ]
    keys = cleaned[[k for k in KEY_FIELDS if k in cleaned]].copy()
    if "nip" in keys:
        keys["nip"] = keys["nip"].where(cleaned["nip_problem"].isna())
    duplicate, duplicate_reason = find_duplicates(keys, ~rejected, stored.same_group, cleaned["source_row"],
                                                  stored.earlier)
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
    if "reader_note" in cleaned:
        notes = cleaned["reader_note"].where(kept, "")
        has = notes != ""
        if has.any():
            reasons.append(_problems(has, "Isi sel", cleaned["name"], notes, "peringatan"))
            warning_parts.append(notes)
    flags = eligibility.where(kept, "")
    reasons.append(_problems(flags != "", "Syarat responden", cleaned["name"], flags, "peringatan"))
    warning_parts.append(flags)
    problems = pd.concat(reasons, ignore_index=True)
    return RuleOutcome(rejected, duplicate, problems, join_texts(warning_parts, index), flags)


def _contact_reason(cleaned: pd.DataFrame, rows: pd.Series) -> pd.Series:
    """'Tidak ada No. HP atau email yang sah; <phone problem>; <email problem>' for the rows asked about."""
    reason = pd.Series("Tidak ada No. HP atau email yang sah", index=cleaned.index, dtype=object)
    for column in ("phone_problem", "email_problem"):
        if column in cleaned:
            detail = cleaned[column].where(rows & cleaned[column].notna())
            reason = reason.mask(detail.notna(), reason + "; " + detail.astype(str))
    return reason
