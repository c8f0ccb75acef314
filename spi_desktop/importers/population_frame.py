"""A mapped population frame, cleaned column by column, and turned into the rows to store.

Pure pandas: no database. The service decides which OPD and stored keys apply; this module does the
per-column work fast (work per distinct value, nothing for empty columns, rows streamed lazily).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pandas as pd

from spi_desktop.importers.cleaning import (
    CleanedColumn,
    check_nips,
    clean_emails,
    clean_names,
    clean_phones,
    parse_dates,
)
from spi_desktop.importers.population import MappedFrame

TEXT_FIELDS = ("position", "work_unit", "employment_status", "service_type", "organisation", "category")
DATE_FIELDS = ("tmt_institution", "tmt_unit", "service_date")


def _filled(frame: pd.DataFrame, column: str) -> bool:
    """True when the file has ``column`` and at least one cell in it."""
    return column in frame and bool((frame[column] != "").any())


def _per_unique(series: pd.Series, convert: Callable[[pd.Series], pd.Series]) -> pd.Series:
    """Apply ``convert`` once per distinct value: positions, OPD names and dates repeat a lot."""
    codes, uniques = pd.factorize(series)
    converted = convert(pd.Series(uniques, dtype=object)).to_numpy()
    return pd.Series(converted[codes], index=series.index, dtype=object)


def clean_frame(mapped: MappedFrame, group: str, unit_id: int | None,
                resolve_unit: Callable[[str], int | None]) -> pd.DataFrame:
    """Cleaned values, problems and raw text per row; columns the file leaves empty cost nothing.

    ``unit_id`` puts every row in one OPD; otherwise ``resolve_unit`` turns each row's OPD text into an id.
    """
    frame = mapped.frame
    blank = pd.Series("", index=frame.index, dtype=object)
    missing = pd.Series(None, index=frame.index, dtype=object)
    cleaned = pd.DataFrame({"source_row": frame["source_row"], "name": clean_names(frame["name"])})
    checks: list[tuple[str, Callable[[pd.Series], CleanedColumn]]] = [
        ("phone", clean_phones), ("email", clean_emails)]
    if group == "internal":
        checks.append(("nip", check_nips))
    for column, check in checks:
        if _filled(frame, column):
            result = check(frame[column])
            cleaned[column], cleaned[f"{column}_problem"] = result.values, result.problems
            cleaned[f"{column}_raw"] = frame[column]
        else:
            cleaned[column], cleaned[f"{column}_problem"], cleaned[f"{column}_raw"] = missing, missing, blank
    for column in TEXT_FIELDS:
        cleaned[column] = _per_unique(frame[column], clean_names) if _filled(frame, column) else blank
    for column in DATE_FIELDS:
        if _filled(frame, column):
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
        cleaned["unit_id"] = _per_unique(
            cleaned["unit_raw"], lambda names: names.map(lambda raw: resolve_unit(str(raw))))
    return cleaned


def drop_white_space_rows(cleaned: pd.DataFrame, raw: pd.DataFrame) -> pd.DataFrame:
    """Rows whose every cell is white space count as blank (not read); only nameless rows need a look."""
    nameless = cleaned.index[cleaned["name"] == ""]
    if nameless.empty:
        return cleaned
    fields = [c for c in raw.columns if c != "source_row"]
    blank = raw.loc[nameless, fields].apply(lambda column: column.astype(str).str.strip() == "").all(axis=1)
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
    raw_phone = kept["phone_raw"].where(kept["phone"].isna() & (kept["phone_raw"] != ""), None)
    for field, series in (("raw_phone", raw_phone), ("warnings", warnings), ("flag_reason", flags)):
        if filled(series):
            columns[field] = nullable(series)
    if (flags != "").any():
        columns["flagged"] = flags != ""
    used = list(columns)
    return used, zip(*(columns[name].tolist() for name in used), strict=True)
