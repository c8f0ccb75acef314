"""Batch intake speed: 40 returned templates × 500 rows, against importing the same rows as one file.

    .venv/bin/python bench/population_intake.py [--files 40] [--rows 500]

(a) the combined preview of the pile (`preview_pile`: markers, readers, checks, duplicates across files);
(b) importing the pile (`import_pile`: each file its own batch and transaction, after the preview);
(c) the baseline, in the same run on a fresh copy of the same workspace: the same rows in one .xlsx with an
    OPD column through `import_population` (read, check and store once).
Targets: (a) <= 3 s, (b) <= 5 s on this machine; both printed with their ratio to (c).
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import tempfile
import time
from pathlib import Path

from openpyxl import Workbook, load_workbook

from spi_desktop.reports.collection_template import DATA_SHEET, HEADER_ROW
from spi_desktop.services.collection_kit import write_templates
from spi_desktop.services.database import open_database
from spi_desktop.services.demo import build_demo
from spi_desktop.services.population import import_population
from spi_desktop.services.population_intake import preview_pile
from spi_desktop.services.population_intake_import import import_pile

YEAR = 2024


def person(unit: int, number: int) -> list[object]:
    """A template's internal row with a phone unique across the pile."""
    return [f"Pegawai {unit}-{number}", f"0812{unit:03d}{number:05d}", "", "", "Staf", "", "Sekretariat", "ASN",
            dt.date(2015, 1, 1), dt.date(2016, 1, 1)]


def build(folder: Path, files: int, rows: int) -> tuple[Path, Path]:
    """The pile (filled templates, renamed) and the same rows as one plain file with an OPD column."""
    workspace = folder / "ws.sqlite"
    database = open_database(workspace)
    build_demo(database)
    pile = folder / "pile"
    written = write_templates(database, YEAR, ["internal"], folder / "format")[:files]
    single = Workbook()
    sheet = single.active
    sheet.append(["Nama", "No. HP", "Email", "NIP", "Jabatan", "Eselon", "Unit Kerja", "Status", "TMT", "TMT Unit",
                  "Perangkat Daerah"])
    pile.mkdir()
    for unit, item in enumerate(written):
        workbook = load_workbook(item.file)
        data = workbook[DATA_SHEET]
        for number in range(rows):
            values = person(unit, number)
            data.append(values)  # appended below the header row (row HEADER_ROW + 1 onwards)
            sheet.append([*values, item.unit])
        assert data.max_row == HEADER_ROW + rows
        workbook.save(pile / f"daftar {unit} final.xlsx")
    single.save(folder / "semua.xlsx")
    database.engine.dispose()
    return workspace, folder / "semua.xlsx"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=40)
    parser.add_argument("--rows", type=int, default=500)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        workspace, single = build(folder, args.files, args.rows)
        baseline_copy = folder / "baseline.sqlite"
        shutil.copy(workspace, baseline_copy)

        database = open_database(workspace)
        start = time.perf_counter()
        preview = preview_pile(database, [folder / "pile"], YEAR)
        preview_s = time.perf_counter() - start
        assert len(preview.ready) == args.files, [f.refused or f.questions for f in preview.files][:3]
        start = time.perf_counter()
        outcome = import_pile(database, preview)
        import_s = time.perf_counter() - start
        preview.close()
        stored = sum(result.imported for result in outcome.stored.values())

        baseline = open_database(baseline_copy)
        start = time.perf_counter()
        result = import_population(baseline, single, YEAR, "internal")
        single_s = time.perf_counter() - start
    total = args.files * args.rows
    assert stored == result.imported == total, (stored, result.imported, total)
    print(f"{args.files} files x {args.rows} rows = {total} rows")
    print(f"(c) one file of the same rows, import_population: {single_s:.2f} s")
    print(f"(a) preview of the pile:  {preview_s:.2f} s  ({preview_s / single_s:.1f}x c)  target <= 3 s")
    print(f"(b) import of the pile:   {import_s:.2f} s  ({import_s / single_s:.1f}x c)  target <= 5 s")


if __name__ == "__main__":
    main()
