"""A mapped population frame, cleaned column by column, and turned into the rows to store.

Pure pandas: no database. The service decides which OPD and stored keys apply; this module does the
per-column work fast (work per distinct value, nothing for empty columns, rows streamed lazily).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any

import numpy as np
import pandas as pd

from spi_desktop.domain.visible import visible_text
from spi_desktop.importers.cleaning import (
    CleanedColumn,
    check_nips,
    clean_emails,
    clean_names,
    clean_phones,
    parse_dates,
)
from spi_desktop.importers.columns import column_letter
from spi_desktop.importers.population_columns import GROUP_COLUMNS
from spi_desktop.importers.population_grid import MappedFrame
from spi_desktop.importers.row_skips import CONTROL_ONLY, HEADING_START, MARKER_START, UNUSED_ONLY, skip_reasons

TEXT_FIELDS = ("position", "work_unit", "employment_status", "service_type", "organisation", "category")
DATE_FIELDS = ("tmt_institution", "tmt_unit", "service_date")


def _filled(frame: pd.DataFrame, column: str, counts: Mapping[str, int] | None = None) -> bool:
    """True when the file has ``column`` and at least one cell in it (from the reader's counts when known)."""
    if counts is not None:
        return column in frame and counts.get(column, 0) > 0
    return column in frame and bool((frame[column] != "").any())


def per_unique(series: pd.Series, convert: Callable[[pd.Series], pd.Series]) -> pd.Series:
    """Apply ``convert`` once per distinct value: positions, OPD names and dates repeat a lot."""
    codes, uniques = pd.factorize(series)
    converted = convert(pd.Series(uniques, dtype=object)).to_numpy()
    return pd.Series(np.append(converted, np.array([None], dtype=object))[codes], index=series.index,
                     dtype="object")


FIELD_LABELS = {spec.key: spec.label for specs in GROUP_COLUMNS.values() for spec in specs}
KEY_CHECKED = ("phone", "email", "nip")  # an error text there is the value's problem; elsewhere it is emptied


def excel_errors(mapped: MappedFrame, column: str) -> pd.Series:
    """Which cells of a mapped column hold a spreadsheet's error text (found by the reader)."""
    found = mapped.errors.get(column)
    index = mapped.frame.index
    return pd.Series(found if found is not None else False, index=index)


def _add_note(notes: pd.Series, mask: pd.Series, text: pd.Series | str) -> pd.Series:
    joined = notes.where(notes == "", notes + "; ") + text
    return notes.mask(mask, joined)


def clean_frame(mapped: MappedFrame, group: str, unit_id: int | None,
                resolve_unit: Callable[[str], int | None]) -> pd.DataFrame:
    """Cleaned values, problems and raw text per row; columns the file leaves empty cost nothing.

    ``unit_id`` puts every row in one OPD; otherwise ``resolve_unit`` turns each row's OPD text into an id. An
    optional field holding a spreadsheet error text is left empty with a note; a name holding one is kept for
    the rules to reject.
    """
    frame = mapped.frame.copy() if mapped.errors else mapped.frame  # copied only to blank error texts
    blank = pd.Series("", index=frame.index, dtype=object)
    missing = pd.Series(None, index=frame.index, dtype=object)
    notes = frame.get("_note", blank.copy())
    counts = mapped.filled or None
    for column in [c for c in mapped.errors if c in FIELD_LABELS and c not in ("name", "unit", *KEY_CHECKED)]:
        error = excel_errors(mapped, column)
        if error.any():
            notes = _add_note(notes, error, f"{FIELD_LABELS[column]}: galat rumus Excel '"
                              + frame[column].astype(str).str.strip() + "' dikosongkan")
            frame[column] = frame[column].mask(error, "")
    cleaned = pd.DataFrame({"source_row": frame["source_row"], "name": clean_names(frame["name"], visible=True)})
    cleaned["name_error"] = excel_errors(mapped, "name")
    checks: list[tuple[str, Callable[[pd.Series], CleanedColumn]]] = [
        ("phone", clean_phones), ("email", lambda raw: clean_emails(raw, visible=True))]
    if group == "internal":
        checks.append(("nip", lambda raw: check_nips(raw, visible=True)))
    for column, check in checks:
        if _filled(frame, column, counts):
            result = check(frame[column])
            problems = result.problems
            error = excel_errors(mapped, column)
            if error.any():  # '#N/A' is a formula that found nothing, not a value that is written wrong
                problems = problems.mask(error, f"{FIELD_LABELS[column]} berisi galat rumus Excel '"
                                         + frame[column].astype(str).str.strip() + "' (rumus yang tidak menemukan "
                                         "data), bukan nilai")
            cleaned[column], cleaned[f"{column}_problem"] = result.values, problems
            cleaned[f"{column}_raw"] = frame[column]
        else:
            cleaned[column], cleaned[f"{column}_problem"], cleaned[f"{column}_raw"] = missing, missing, blank
    for column in (*TEXT_FIELDS, "eselon"):
        cleaned[column] = per_unique(frame[column], lambda names: clean_names(names, visible=True)) \
            if _filled(frame, column, counts) else blank
    for column in DATE_FIELDS:
        if _filled(frame, column, counts):
            codes, uniques = pd.factorize(frame[column])
            dates = parse_dates(pd.Series(uniques, dtype=object))
            cleaned[column] = pd.Series(dates.values.to_numpy()[codes], index=frame.index, dtype=object)
            cleaned[f"{column}_problem"] = pd.Series(dates.problems.to_numpy()[codes], index=frame.index,
                                                     dtype=object)
            cleaned[f"{column}_raw"] = frame[column]
    cleaned["unit_raw"] = frame.get("unit", blank)
    if unit_id is not None:
        cleaned["unit_id"] = unit_id
    elif group == "expert":
        cleaned["unit_id"] = None
    else:
        cleaned["unit_id"] = per_unique(
            cleaned["unit_raw"], lambda names: names.map(lambda raw: resolve_unit(str(raw))))
    cleaned["reader_note"] = notes
    cleaned["control_only"] = frame.get("_control_only", False)
    return cleaned


def skipped_rows(cleaned: pd.DataFrame, mapped: MappedFrame) -> pd.Series:
    """Why a row is skipped, not read ('' for the rows that are read): total lines, the signature block, rows
    of control characters only, rows that hold something only in columns that are not used."""
    reasons = pd.Series("", index=cleaned.index, dtype=object)
    no_contact = cleaned["phone"].isna() & cleaned["email"].isna()
    if not no_contact.any():
        return reasons
    # Only rows that could be a total or a signature line need their cells looked at: those whose name is empty
    # or opens like one, and the trailing rows after the last one with a contact.
    names = cleaned.loc[no_contact, "name"].astype(str)
    looks = (names == "") | names.str.match(MARKER_START) | names.str.fullmatch(r"[\d.,\s()]+") | \
        names.str.match(HEADING_START) | (names.str.upper() == names) | (names == mapped.header.headers[
            mapped.header.columns["name"]] if "name" in mapped.header.columns else False)
    contact = np.flatnonzero(~no_contact.to_numpy())
    last_contact = int(contact[-1]) if len(contact) else -1
    at = np.flatnonzero(no_contact.to_numpy())
    wanted = at[looks.to_numpy() | (at > last_contact)]
    cells = row_cells(mapped, list(cleaned.index[wanted])).astype(str).to_numpy().tolist() if len(wanted) else []
    candidates = dict(zip(wanted.tolist(), cells, strict=True))
    for position, reason in skip_reasons(candidates, len(cleaned), mapped.header.headers).items():
        reasons.iloc[position] = reason
    reasons = reasons.mask(cleaned["control_only"].astype(bool) & (reasons == ""), CONTROL_ONLY)
    fields = [c for c in mapped.frame.columns if c in FIELD_LABELS]
    nameless = no_contact & (cleaned["name"] == "") & (reasons == "") & ~cleaned["control_only"].astype(bool)
    if nameless.any() and len(mapped.others.columns):
        labels = list(cleaned.index[nameless])
        mapped_blank = mapped.frame.loc[labels, fields].apply(lambda c: c.astype(str).str.strip() == "").all(axis=1)
        others = mapped.others.loc[labels].map(lambda cell: visible_text(str(cell)).strip())
        other_filled = (others != "").any(axis=1)
        reasons[mapped_blank[mapped_blank & other_filled].index] = UNUSED_ONLY
        reasons[mapped_blank[mapped_blank & ~other_filled].index] = CONTROL_ONLY  # e.g. Ctrl-Z in an unused column
    return reasons


def row_cells(mapped: MappedFrame, labels: list[object]) -> pd.DataFrame:
    """The rows as they stand in the file (after invisible characters were removed from the columns read):
    every column, used or not, in file order, under its header; indexed by spreadsheet row number."""
    if not labels:
        return pd.DataFrame()
    rows = pd.Index(labels)
    by_index: dict[int, object] = {}
    for key, index in mapped.header.columns.items():
        if key in mapped.frame.columns:
            by_index[index] = mapped.frame[key].loc[rows].to_numpy(dtype=object)
    if len(mapped.others.columns):
        others = mapped.others.loc[rows]
        for column in others.columns:
            by_index[int(column)] = others[column].to_numpy(dtype=object)
    headers = mapped.header.headers
    shown = {index: headers[index] if index < len(headers) else f"(kolom {column_letter(index)})"
             for index in by_index}
    table = pd.DataFrame({shown[index]: by_index[index] for index in sorted(by_index)})
    table.index = pd.Index(mapped.frame["source_row"].loc[rows].to_numpy())
    return table


def drop_white_space_rows(cleaned: pd.DataFrame, mapped: MappedFrame) -> pd.DataFrame:
    """Rows whose every cell (used columns or not) is white space count as blank (not read); only nameless rows
    need a look. A row that held only control characters stays, to be skipped with its reason."""
    nameless = cleaned.index[(cleaned["name"] == "") & ~cleaned["control_only"].astype(bool)]
    if nameless.empty:
        return cleaned
    fields = [c for c in mapped.frame.columns if c in FIELD_LABELS]
    parts = [mapped.frame.loc[nameless, fields], mapped.others.loc[nameless]]
    cells = pd.concat(parts, axis=1) if len(mapped.others.columns) else parts[0]
    blank = cells.apply(lambda column: column.astype(str).str.strip() == "").all(axis=1)
    without_blank: pd.DataFrame = cleaned.drop(index=blank[blank].index)
    return without_blank


def record_rows(kept: pd.DataFrame, warnings: pd.Series,
                 flags: pd.Series) -> tuple[list[str], Iterator[tuple[object, ...]]]:
    """The columns this file fills (all-empty ones left to their default) and, lazily, one tuple per kept row."""
    def nullable(series: pd.Series) -> pd.Series:
        return series.astype(object).where(series.notna() & (series != ""), None)

    def filled(series: pd.Series) -> bool:
        return bool((series.notna() & (series != "")).any())

    columns: dict[str, Any] = {}
    columns["unit_id"] = kept["unit_id"].astype(object).where(kept["unit_id"].notna(), None)
    columns["source_row"] = kept["source_row"].astype(int)
    columns["name"] = kept["name"]
    for field in ("phone", "email"):  # already a value or None
        if kept[field].notna().any():
            columns[field] = kept[field]
    for field in ("nip", *TEXT_FIELDS):
        if field in kept and filled(kept[field]):
            columns[field] = nullable(kept[field])
    for field in DATE_FIELDS:
        if field in kept and kept[field].notna().any():
            iso = kept[field].map(lambda d: d.isoformat() if d is not None and d == d else None).astype(object)
            columns[field] = iso.where(iso.notna(), None)  # pandas turns None into NaN; databases want NULL
    unread = kept["phone"].isna() & (kept["phone_raw"] != "")
    raw_phone = kept["phone_raw"].where(unread, None)  # kept as written (white space folded), never rebuilt
    if unread.any():
        raw_phone[unread] = [" ".join(text.split()) for text in kept.loc[unread, "phone_raw"].astype(str)]
    for field, series in (("raw_phone", raw_phone), ("warnings", warnings), ("flag_reason", flags)):
        if filled(series):
            columns[field] = nullable(series)
    if (flags != "").any():
        columns["flagged"] = flags != ""
    used = list(columns)
    return used, zip(*(columns[name].tolist() for name in used), strict=True)
