"""A pile of returned population lists the way an inspectorate receives them: filled templates (renamed,
widened), plain files of other shapes, and the odd file that is not a list at all."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

from openpyxl import load_workbook

from spi_desktop.db.session import Database
from spi_desktop.domain.collection_marker import MARKER_SHEET
from spi_desktop.services.collection_kit import write_templates
from tests.support.collection_files import fill_template
from tests.support.population_files import write_xlsx

YEAR = 2024
D = dt.date


def internal_row(name: str, phone: str, nip: str = "", status: str = "ASN") -> list[object]:
    """A template's internal row: Nama, No. HP, Email, NIP, Jabatan, Eselon, Unit Kerja, Status, TMT, TMT Unit."""
    return [name, phone, "", nip, "Staf", "", "Sekretariat", status, D(2015, 1, 1), D(2016, 1, 1)]


def external_row(name: str, phone: str) -> list[object]:
    """A template's external row: Nama, No. HP, Email, Jenis Layanan, Tanggal Layanan, Unit Kerja."""
    return [name, phone, "", "Perizinan", D(YEAR, 3, 1), "Loket"]


def template(database: Database, folder: Path, unit: str, group: str, rows: list[list[object]],
             rename: str | None = None) -> Path:
    """``unit``'s template for ``group``, filled with ``rows`` and saved as ``rename`` (default: its own name)."""
    scratch = folder / f".kosong-{unit}-{group}"
    [item] = write_templates(database, YEAR, [group], scratch, [unit] if group != "expert" else None)
    target = fill_template(item.file, rows)
    final = folder / (rename or target.name)
    target.replace(final)
    scratch.rmdir()
    return final


def without_marker(path: Path) -> Path:
    """The same file after a clerk deleted the (hidden) marker sheet."""
    workbook = load_workbook(path)
    del workbook[MARKER_SHEET]
    workbook.save(path)
    return path


def plain_list(path: Path, rows: list[list[object]], with_unit: bool) -> Path:
    """An OPD's own spreadsheet: a title, then Nama, No. HP (and Perangkat Daerah) from row 3."""
    header = ["Nama", "No. HP", *(["Perangkat Daerah"] if with_unit else [])]
    return write_xlsx(path, "Daftar pegawai", header, rows)


def zipped(archive: Path, files: dict[str, Path]) -> Path:
    """A .zip holding ``files`` under the given inner paths (folders inside included)."""
    with zipfile.ZipFile(archive, "w") as out:
        for inner, source in files.items():
            out.write(source, inner)
    return archive
