"""Judge every row of one mapped sheet: skipped, rejected, duplicate, warned, flagged; and the rows to store.

Pure checks on a frame (no session): the caller hands in what the database knows (OPD names, the OPD heads,
the keys already stored) so the same code serves the preview and the import.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

import pandas as pd

from spi_desktop.domain.errors import InputError
from spi_desktop.domain.survey_year import SurveyYear
from spi_desktop.importers.columns import column_letter
from spi_desktop.importers.eligibility import UnitHead, eligibility_flags
from spi_desktop.importers.population import MappedFrame
from spi_desktop.importers.population_frame import (
    clean_frame,
    drop_white_space_rows,
    record_rows,
    row_cells,
    skipped_rows,
)
from spi_desktop.importers.population_rules import KEY_FIELDS, StoredKeys, apply_rules
from spi_desktop.services.population_result import PROBLEM_COLUMNS, PopulationImportResult

ORIGINALS_LIMIT = 20_000  # problem rows whose original cells the report repeats (beyond this: row numbers only)


@dataclass
class CheckedSheet:
    """One sheet's verdicts, and its rows to store (streamed: a million rows never sit in a list)."""

    result: PopulationImportResult
    unit_id: int | None
    columns: list[str]
    rows: Iterator[tuple[object, ...]]
    keys: dict[str, dict[str, str]]  # with several sheets: the kept rows' phones, e-mails, NIPs -> where they are


def require_columns(mapped: MappedFrame, group: str, unit_known: bool) -> None:
    """``InputError`` when the sheet has no contact column, or no OPD column and no OPD given for all rows."""
    columns = mapped.header.columns
    if "phone" not in columns and "email" not in columns:
        raise InputError(f"{mapped.where()}: kolom No. HP maupun Email tidak ditemukan (baris judul "
                         f"{mapped.header.row_index + 1}); minimal salah satu wajib ada")
    if group != "expert" and not unit_known and "unit" not in columns:
        raise InputError(f"{mapped.where()}: kolom 'Perangkat Daerah' (atau OPD) tidak ditemukan; tambahkan "
                         "kolom itu atau pilih satu OPD untuk seluruh berkas")


def check_sheet(mapped: MappedFrame, settings: SurveyYear, group: str, unit_id: int | None,
                resolve_unit: Callable[[str], int | None], stored: StoredKeys, heads: Mapping[int, UnitHead],
                file_hash: str, collect_keys: bool = False) -> CheckedSheet:
    """Read and judge every row of ``mapped``; ``InputError`` when it holds no data row at all."""
    year = settings.year
    if "eselon" in mapped.header.columns:
        mapped.add_note("Kolom Eselon dibaca untuk syarat responden saja (eselon I/II ditandai); nilainya tidak "
                        "disimpan dan tidak dikirim ke KPK")
    cleaned = drop_white_space_rows(clean_frame(mapped, group, unit_id, resolve_unit), mapped)
    skip = skipped_rows(cleaned, mapped)
    skipping = skip != ""
    read = cleaned[~skipping] if skipping.any() else cleaned
    if read.empty:
        told = f"; {int(skipping.sum())} baris dilewati karena bukan responden (baris jumlah, tanda tangan)" \
            if skipping.any() else ""
        raise InputError(f"{mapped.where()}: tidak ada baris data di bawah judul kolom (baris "
                         f"{mapped.header.row_index + 1}){told}; tidak ada yang disimpan")
    window_start = settings.window_start or dt.date(year, 7, 1)
    flags = eligibility_flags(read, group, settings.eligibility.get(group, {}), window_start, settings.window_end,
                              heads)
    outcome = apply_rules(read, group, unit_id is None and group != "expert", stored, flags)
    reasons = outcome.reasons.assign(row=read["source_row"].reindex(outcome.reasons["row_index"]).to_numpy(),
                                     name=read["name"].reindex(outcome.reasons["row_index"]).to_numpy())
    skipped = _skipped_problems(cleaned, mapped, skip)
    problems = pd.concat([reasons[PROBLEM_COLUMNS], skipped], ignore_index=True) if len(skipped) else \
        reasons[PROBLEM_COLUMNS]
    problems = problems.sort_values(["row", "kind"], kind="stable").reset_index(drop=True)
    kept = outcome.kept
    labels = list(dict.fromkeys([*outcome.reasons["row_index"].tolist(), *cleaned.index[skipping].tolist()]))
    result = PopulationImportResult(
        file_name=mapped.file_name, sheet=mapped.sheet, year=year, group=group, batch=None, read=len(read),
        imported=int(kept.sum()), duplicates=int(outcome.duplicate.sum()), rejected=int(outcome.rejected.sum()),
        warnings=int((kept & (outcome.warnings != "")).sum()), flagged=int((kept & (outcome.flag_reason != "")).sum()),
        _problems=problems, file_hash=file_hash, skipped=int(skipping.sum()), sheets=list(mapped.sheets),
        unmapped=list(mapped.unmapped), notes=list(mapped.notes), mapping=mapped.mapping,
        mapped_columns={key: column_letter(index) for key, index in sorted(mapped.header.columns.items(),
                                                                            key=lambda item: item[1])},
        _originals=row_cells(mapped, labels[:ORIGINALS_LIMIT]),
    )
    columns, rows = record_rows(read[kept], outcome.warnings[kept], outcome.flag_reason[kept])
    return CheckedSheet(result, unit_id, columns, rows, _keys(read[kept], mapped) if collect_keys else {})


def _keys(kept: pd.DataFrame, mapped: MappedFrame) -> dict[str, dict[str, str]]:
    """The kept rows' valid phones, e-mails and NIPs, each with the sheet and row it stands on."""
    found: dict[str, dict[str, str]] = {}
    for key in KEY_FIELDS:
        if key not in kept:
            continue
        values = kept[key].where(kept[f"{key}_problem"].isna()) if key == "nip" else kept[key]
        present = values.notna()
        sheet = f"lembar '{mapped.sheet}' " if mapped.sheet else ""
        found[key] = {str(value): f"{sheet}baris {row}"
                      for value, row in zip(values[present], kept.loc[present, "source_row"], strict=True)}
    return found


def _skipped_problems(cleaned: pd.DataFrame, mapped: MappedFrame, skip: pd.Series) -> pd.DataFrame:
    """A 'dilewati' line per skipped row, its first filled cell as the value."""
    rows = skip[skip != ""]
    if rows.empty:
        return pd.DataFrame(columns=PROBLEM_COLUMNS)
    cells = row_cells(mapped, list(rows.index)).astype(str).to_numpy().tolist()
    first = [next((cell for cell in row if cell.strip()), "") for row in cells]
    return pd.DataFrame({"row": cleaned.loc[rows.index, "source_row"].to_numpy(), "column": "(baris)",
                         "value": first, "reason": rows.to_numpy(), "kind": "dilewati",
                         "name": cleaned.loc[rows.index, "name"].to_numpy()})
