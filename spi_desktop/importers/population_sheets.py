"""Which sheet of a workbook holds the list, and what the others hold.

Visible sheets come before hidden ones and a hidden sheet is never read unless asked for by name; instruction
and lookup sheets (no header with a name and a contact column) are passed over for the first sheet that holds
a list; the sheets not read are listed with their row counts, and a second sheet that holds a list is a
warning (``--all-sheets`` reads each of them). Merged cells are filled into every cell they cover.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spi_desktop.domain.collection_marker import MARKER_SHEET
from spi_desktop.domain.errors import InputError
from spi_desktop.importers.columns import ColumnSpec, HeaderMatch
from spi_desktop.importers.file_gate import GatedFile
from spi_desktop.importers.population_grid import MappedFrame, SheetInfo, locate, map_grid
from spi_desktop.importers.population_header import is_data_header
from spi_desktop.importers.table_reader import RawTable, cell_text, missing_sheet
from spi_desktop.importers.workbook import Grid, Sheet, workbook_sheets


def _has_gaps(mapped: MappedFrame) -> bool:
    """Whether a row that holds something leaves its name, phone, e-mail or OPD cell empty (the reader's counts
    tell): only then can an Excel error cell, which calamine reads as empty, have hidden something."""
    rows = len(mapped.frame)
    return any(key in mapped.filled and mapped.filled[key] < rows for key in ("name", "phone", "email", "unit"))


def _non_blank(rows: Grid) -> int:
    return sum(1 for row in rows if any(cell_text(cell) for cell in row))


def read_workbook(gated: GatedFile, specs: Sequence[ColumnSpec], sheet: str | None,
                  chosen: Mapping[str, str] | None, all_sheets: bool) -> list[MappedFrame]:
    """The sheet(s) to import, each mapped; every sheet of the workbook is listed in each frame's ``sheets``."""
    path = gated.path
    sheets = workbook_sheets(gated)
    names = [s.name for s in sheets]
    if not sheets:
        raise InputError(f"{path.name} tidak berisi lembar kerja")
    if sheet is not None and sheet not in names:
        raise InputError(missing_sheet(path.name, sheet, names))
    found: dict[str, tuple[HeaderMatch | None, InputError | None]] = {}  # automatic look at every sheet
    frames: dict[str, MappedFrame] = {}  # the sheets that hold a list, mapped automatically

    def examine(candidate: Sheet, choice: Mapping[str, str] | None) -> MappedFrame | InputError | None:
        """The sheet mapped (with the user's ``choice`` if any); None when it holds no list, the error when its
        header cannot be found or does not fit the choice."""
        table = RawTable(path.name, candidate.name, candidate.cells())
        try:
            header = locate(table, specs, choice)
        except InputError as error:
            if not choice:
                found[candidate.name] = (None, error)
            return error
        body = candidate.cells()[header.row_index + 1:]
        mapped = map_grid(path.name, candidate.name, body, header, specs, choice)
        if _has_gaps(mapped) and candidate.errors():  # an empty cell may be an Excel error cell (#N/A): look again
            body = candidate.fill_error_cells()[header.row_index + 1:]
            mapped = map_grid(path.name, candidate.name, body, header, specs, choice)
        if not choice:
            found[candidate.name] = (mapped.header, None)
        if not is_data_header(mapped.header, specs):
            return None
        if not choice:
            frames[candidate.name] = mapped
        return mapped

    def read(candidate: Sheet) -> MappedFrame | None:
        """A sheet to import: with the user's choice; with several sheets, a sheet the choice does not fit is
        mapped on its own, and says so."""
        mapped = examine(candidate, chosen)
        if isinstance(mapped, MappedFrame) and chosen:  # the sheet read need not be looked at a second time
            found[candidate.name] = (mapped.header, None)
            frames[candidate.name] = mapped
        if isinstance(mapped, InputError) and chosen and all_sheets:
            automatic = examine(candidate, None)
            if isinstance(automatic, MappedFrame):
                automatic.add_note(f"Lembar '{candidate.name}' tidak punya kolom yang dipilih; kolomnya dikenali "
                                   "otomatis")
                return automatic
        if isinstance(mapped, InputError):
            if sheet is not None:
                raise mapped
            if chosen:
                misfits[candidate.name] = mapped
            return None
        return mapped

    misfits: dict[str, InputError] = {}  # sheets the user's choice did not fit, and why
    order = [s for s in sheets if s.name == sheet] if sheet is not None else \
        [s for s in sheets if not s.hidden] + [s for s in sheets if s.hidden]
    chosen_frames: list[MappedFrame] = []
    empty: list[MappedFrame] = []  # a list header with nothing under it: taken only when no sheet has rows
    for candidate in order:
        if sheet is None and candidate.hidden:
            continue
        mapped = read(candidate)
        if mapped is None:
            continue
        if sheet is None and mapped.frame.empty:
            empty.append(mapped)
            continue
        chosen_frames.append(mapped)
        if not all_sheets:
            break
    if not chosen_frames and empty:
        chosen_frames = empty[:1]
    for candidate in sheets:  # every sheet is listed as it is, whatever the user chose for the one read
        if candidate.name not in found:
            examine(candidate, None)
    if not chosen_frames:
        # a sheet that holds a list but not the columns the user chose says best what is wrong
        misfit = next((misfits[s.name] for s in sheets if s.name in frames and s.name in misfits), None)
        raise misfit or _no_list(path.name, [s for s in sheets if s.name == sheet] if sheet else sheets, found, frames)
    read_frames = {f.sheet: f for f in chosen_frames}
    infos = [SheetInfo(s.name, len(read_frames[s.name].frame) if s.name in read_frames else _rows_of(s, frames),
                       s.hidden, s.name in read_frames, s.name in frames or s.name in read_frames) for s in sheets]
    notes = _sheet_notes(infos)
    for info in infos:  # a sheet the user's choice does not fit is never passed over in silence
        if info.name in misfits and not info.read and info.rows and not info.data:
            notes.append(f"Lembar '{info.name}' ({info.rows} baris) tidak punya kolom yang dipilih dan tidak "
                         "dibaca; impor lembar itu sendiri")
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
                     "atau impor semua lembar sekaligus (pilihan 'semua lembar')")
    hidden = [i for i in infos if i.hidden and not i.read and i.rows and i.name != MARKER_SHEET]
    if any(i.name == MARKER_SHEET and i.hidden for i in infos):
        notes.append(f"Lembar tersembunyi '{MARKER_SHEET}' adalah penanda format kiriman SPI Desktop (tahun, kelompok, "
                     "OPD), bukan daftar; tidak dibaca sebagai daftar")
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
                          f"daftar. Bila lembar itu memang daftar tahun ini, pilih lembar '{hidden[0].name}' secara "
                          "tegas sebagai lembar yang diimpor, atau tampilkan lembarnya di Excel")
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
