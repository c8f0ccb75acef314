"""Speed of importing an OPD list, against a raw sqlite3 baseline measured in the same run.

    .venv/bin/python bench/bench_units_import.py [ROWS]

Prints rows/s for ``import_units`` (read, validate every field, upsert in one transaction) and for the
baseline (csv module + sqlite3.executemany of the same rows, no checks), and their ratio.
"""

from __future__ import annotations

import csv
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from spi_desktop.services.database import open_database
from spi_desktop.services.units import import_units

TARGET_RATIO = 60  # import_units may be at most this many times slower than the bare baseline


def write_units(path: Path, rows: int) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Kode", "Nama OPD", "Nama Kepala", "NIP Kepala", "No. HP PIC", "Email PIC"])
        for i in range(rows):
            writer.writerow([f"U{i:05d}", f"Unit Kerja {i}", f"Kepala {i}", f"19700101199003{1 + i % 2}{i % 1000:03d}",
                             f"0812{i:08d}"[:13], f"unit{i}@contoh.go.id"])


def baseline(path: Path, db_file: Path) -> float:
    start = time.perf_counter()
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle))[1:]
    connection = sqlite3.connect(db_file)
    connection.execute("CREATE TABLE unit (code TEXT UNIQUE, name TEXT, head TEXT, nip TEXT, phone TEXT, email TEXT)")
    connection.executemany("INSERT INTO unit VALUES (?, ?, ?, ?, ?, ?)", rows)
    connection.commit()
    connection.close()
    return time.perf_counter() - start


def main() -> int:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "units.csv"
        write_units(source, rows)
        base = baseline(source, Path(folder) / "baseline.sqlite")
        database = open_database(Path(folder) / "workspace.sqlite")
        start = time.perf_counter()
        first = import_units(database, source)
        first_time = time.perf_counter() - start
        start = time.perf_counter()
        again = import_units(database, source)
        again_time = time.perf_counter() - start
        database.close()
    assert first.added == rows and again.added == 0, (first, again)
    ratio = first_time / base
    print(f"rows: {rows}")
    print(f"baseline csv+sqlite3.executemany: {base:.3f} s ({rows / base:,.0f} rows/s)")
    print(f"import_units, new file:           {first_time:.3f} s ({rows / first_time:,.0f} rows/s)")
    print(f"import_units, same file again:    {again_time:.3f} s ({rows / again_time:,.0f} rows/s)")
    print(f"ratio to baseline: {ratio:.1f}x (target <= {TARGET_RATIO}x): {'OK' if ratio <= TARGET_RATIO else 'SLOW'}")
    return 0 if ratio <= TARGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
