"""Which sheet of a workbook holds the list, and what the others hold.

Visible sheets come before hidden ones and a hidden sheet is never read unless asked for by name; instruction
and lookup sheets (no header with a name and a contact column) are passed over for the first sheet that holds
a list; the sheets not read are listed with their row counts, and a second sheet that holds a list is a
warning (``--all-sheets`` reads each of them). Merged cells are filled into every cell they cover.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spi_desktop.domain.errors import InputError
from spi_desktop.importers.columns import ColumnSpec, HeaderMatch
from spi_desktop.importers.file_gate import GatedFile
from spi_desktop.importers.population import MappedFrame, SheetInfo, locate, map_grid
from spi_desktop.importers.population_header import is_data_header
from spi_desktop.importers.table_reader import RawTable, cell_text
from spi_desktop.importers.workbook import Grid, Sheet, workbook_sheets


def _has_gaps(mapped: MappedFrame) -> bool:
    """Whether a row that holds something leaves its name or OPD cell empty (the reader's counts tell)."""
    rows = len(mapped.frame)
    return any(key in mapped.filled and mapped.filled[key] < rows for key in ("name", "unit"))


def _non_blank(rows: Grid) -> int:
    return sum(1 for row in rows if any(cell_text(cell) for cell in row))


def read_workbook(gated: GatedFile, specs: Sequence[ColumnSpec], sheet: str | None, head_only: bool,
                  chosen: Mapping[str, str] | None, all_sheets: bool) -> list[MappedFrame]:
    """The sheet(s) to import, each mapped; every sheet of the workbook is listed in each frame's ``sheets``."""
    path = gated.path
    sheets = workbook_sheets(gated)
    names = [s.name for s in sheets]
    if not sheets:
        raise InputError(f"{path.name} tidak berisi lembar kerja")
    if sheet is not None and sheet not in names:
        raise InputError(f"{path.name}: lembar '{sheet}' tidak ada; lembar yang ada: {', '.join(names)}")
    found: dict[str, tuple[HeaderMatch | None, InputError | None]] = {}
    frames: dict[str, MappedFrame] = {}

    def examine(candidate: Sheet) -> MappedFrame | None:
        table = RawTable(path.name, candidate.name, candidate.cells())
        try:
            header = locate(table, specs, chosen)
        except InputError as error:
            found[candidate.name] = (None, error)
            return None
        body = candidate.cells()[header.row_index + 1:]
        mapped = map_grid(path.name, candidate.name, body, header, specs, chosen, head_only)
        if _has_gaps(mapped) and candidate.errors():  # an empty name or OPD may be an Excel error cell (#N/A)
            body = candidate.fill_error_cells()[header.row_index + 1:]
            mapped = map_grid(path.name, candidate.name, body, header, specs, chosen, head_only)
        found[candidate.name] = (mapped.header, None)
        if is_data_header(mapped.header, specs):
            frames[candidate.name] = mapped
            return mapped
        return None

    order = [s for s in sheets if s.name == sheet] if sheet is not None else \
        [s for s in sheets if not s.hidden] + [s for s in sheets if s.hidden]
    chosen_frames: list[MappedFrame] = []
    for candidate in order:
        mapped = examine(candidate)
        if mapped is not None and (sheet is not None or not candidate.hidden):
            chosen_frames.append(mapped)
            if not all_sheets:
                break
    for candidate in sheets:  # every sheet is listed: look at the ones not looked at yet
        if candidate.name not in found:
            examine(candidate)
    if not chosen_frames:
        raise _no_list(path.name, [s for s in sheets if s.name == sheet] if sheet else sheets, found, frames)
    infos = [SheetInfo(s.name, _rows_of(s, frames), s.hidden, any(f.sheet == s.name for f in chosen_frames),
                       s.name in frames) for s in sheets]
    notes = _sheet_notes(infos)
    for mapped in chosen_frames:
        mapped.sheets = infos
        mapped.notes = notes + mapped.notes
    return chosen_frames


def _rows_of(sheet: Sheet, frames: Mapping[str, MappedFrame]) -> int:
    mapped = frames.get(sheet.name)
    return len(mapped.frame) if mapped is not None else _non_blank(sheet.cells())


def _sheet_notes(infos: Sequence[SheetInfo]) -> list[str]:
    notes = []
    other_lists = [i for i in infos if i.data and not i.read and not i.hidden]
    if other_lists:
        listed = ", ".join(f"'{i.name}' ({i.rows} baris)" for i in other_lists)
        notes.append(f"Lembar lain yang juga berisi daftar tidak dibaca: {listed}; impor lembar itu dengan memilihnya, "
                     "atau impor semua lembar sekaligus (--all-sheets)")
    hidden = [i for i in infos if i.hidden and not i.read and i.rows]
    if hidden:
        listed = ", ".join(f"'{i.name}' ({i.rows} baris)" for i in hidden)
        notes.append(f"Lembar tersembunyi tidak dibaca: {listed}")
    return notes


def _no_list(name: str, sheets: Sequence[Sheet], found: Mapping[str, tuple[HeaderMatch | None, InputError | None]],
             frames: Mapping[str, MappedFrame]) -> InputError:
    """Why no sheet could be read: the list sits only in a hidden sheet, or the best sheet's own problem."""
    hidden = [s for s in sheets if s.hidden and s.name in frames]
    if hidden:
        listed = ", ".join(f"'{s.name}' ({len(frames[s.name].frame)} baris)" for s in hidden)
        return InputError(f"{name}: daftar hanya ada di lembar tersembunyi {listed}; lembar yang tampak tidak berisi "
                          f"daftar. Bila lembar itu memang daftar tahun ini, pilih lembarnya (--sheet "
                          f"\"{hidden[0].name}\") atau tampilkan lembarnya di Excel")
    visible = [s for s in sheets if not s.hidden] or list(sheets)
    # The sheet whose header names the most fields says best what is missing.
    def named(candidate: Sheet) -> int:
        header = found.get(candidate.name, (None, None))[0]
        return len(header.columns) if header is not None else -1

    best = max(visible, key=named)
    header, error = found.get(best.name, (None, None))
    if error is not None and all(found.get(s.name, (None,))[0] is None for s in visible):
        return error
    if header is not None:
        missing = "No. HP maupun Email" if not set(header.columns) & {"phone", "email"} else "Nama"
        present = ", ".join(h for h in header.headers if h and not h.startswith("(kolom")) or "(kosong)"
        return InputError(f"{name} (lembar '{best.name}'): kolom {missing} tidak ditemukan (baris judul "
                          f"{header.row_index + 1} berisi: {present}); minimal kolom Nama dan salah satu dari "
                          "No. HP atau Email wajib ada")
    return error or InputError(f"{name} tidak berisi lembar kerja")
