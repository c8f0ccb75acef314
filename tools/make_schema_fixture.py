"""Make one old-schema workspace fixture, ``tests/fixtures/workspaces/<revision>.sqlite``, with an old checkout's
own code.

Each fixture is made once, when its revision is released, and then committed; it is never rebuilt by today's
code (that would hide a migration script edited after its release). How the committed files were made:

    git worktree add --detach /tmp/wt/old-0003 <commit where 0003 is the newest migration>
    python tools/make_schema_fixture.py /tmp/wt/old-0003 tests/fixtures/workspaces/0003.sqlite
    git worktree remove /tmp/wt/old-0003

The commits used: 0001 034d9ee, 0002 9a969cb, 0003 aa98230, 0004 fa1d23b, 0005 1a46ec9, 0006 889c6ca,
0007 0e8b2b1, 0008 a4a804c, 0009 b4fabe6, 0011 594c0f8, 0012 ad67ace (each the last commit before the next
migration was added).

The workspace is built through that checkout's ``spi`` CLI, run in a child process whose ``PYTHONPATH`` is the
checkout: an institution, two OPD active in 2025, and (where the CLI has ``population``) one internal population
batch of three respondents. ``tests/db/test_schema_fixtures.py`` checks exactly this content after the upgrade.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

INSTITUTION = ("3299", "Pemerintah Kabupaten Contoh", "kabupaten")
YEAR = 2025
UNITS_CSV = "Kode,Nama,Nama Singkat\nDINKES,Dinas Kesehatan,Dinkes\nDISDIK,Dinas Pendidikan,Disdik\n"
POPULATION_CSV = (
    "Nama,No. HP,Email,Perangkat Daerah,NIP\n"
    "Siti Rahmawati,081234567801,siti@contoh.go.id,DINKES,198501012010012001\n"
    "Budi Santoso,081234567802,budi@contoh.go.id,DINKES,198602022011011002\n"
    "Dewi Lestari,081234567803,dewi@contoh.go.id,DISDIK,198703032012012003\n"
)


def _spi(checkout: Path, database: Path, *arguments: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    """Run the checkout's own CLI (``spi_desktop.cli:main``) on ``database``."""
    environment = {**os.environ, "PYTHONPATH": str(checkout), "QT_QPA_PLATFORM": "offscreen"}
    environment.pop("SPI_DB", None)
    # Refuse to run any other checkout's code: the fixture must be made by this revision's own.
    code = ("import sys, spi_desktop.cli as cli; from pathlib import Path; "
            f"assert Path(cli.__file__).is_relative_to({str(checkout)!r}), cli.__file__; "
            "sys.exit(cli.main(sys.argv[1:]))")
    # Run from the database's folder: a ``-c`` child puts its working folder first on sys.path.
    result = subprocess.run([sys.executable, "-c", code, *arguments, "--db", str(database)], env=environment,
                            cwd=database.parent, capture_output=True, text=True, check=False)
    if check and result.returncode != 0:
        raise SystemExit(f"spi {' '.join(arguments)} failed:\n{result.stdout}{result.stderr}")
    return result


def _has_command(checkout: Path, database: Path, command: str) -> bool:
    return _spi(checkout, database, command, "--help", check=False).returncode == 0


def make_fixture(checkout: Path, out: Path) -> str:
    """Build the fixture workspace with ``checkout``'s code and write it, compacted, to ``out``; its revision."""
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        database = work / "ruang-kerja.sqlite"
        (work / "opd.csv").write_text(UNITS_CSV, encoding="utf-8")
        (work / "populasi.csv").write_text(POPULATION_CSV, encoding="utf-8")
        code, name, kind = INSTITUTION
        _spi(checkout, database, "init", "--code", code, "--name", name, "--type", kind)
        _spi(checkout, database, "units", "import", str(work / "opd.csv"), "--year", str(YEAR))
        if _has_command(checkout, database, "population"):
            _spi(checkout, database, "population", "import", str(work / "populasi.csv"), "--year", str(YEAR),
                 "--group", "internal")
        connection = sqlite3.connect(database, isolation_level=None)
        try:
            revision = str(connection.execute("SELECT version_num FROM alembic_version").fetchone()[0])
            connection.execute("PRAGMA journal_mode=DELETE")
            # Small pages keep the file small (most tables are empty and take a page each); only storage changes.
            connection.execute("PRAGMA page_size=1024")
            connection.execute("VACUUM")
        finally:
            connection.close()
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(database, out)
    return revision


def main(argv: list[str] | None = None) -> int:
    """``make_schema_fixture.py CHECKOUT OUT``: print the revision of the fixture written."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("checkout", type=Path, help="an old checkout (git worktree) of SPI Desktop")
    parser.add_argument("out", type=Path, help="the fixture file to write, e.g. tests/fixtures/workspaces/0003.sqlite")
    args = parser.parse_args(argv)
    revision = make_fixture(args.checkout.resolve(), args.out)
    print(f"{args.out}: revision {revision}, {args.out.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
