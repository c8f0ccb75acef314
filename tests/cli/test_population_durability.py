"""A killed import leaves the workspace exactly as it was before the import started."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from sqlalchemy import text

from spi_desktop.cli import main
from spi_desktop.db.session import Database, resolve_database_url


def write_big_list(path: Path, rows: int) -> None:
    with path.open("w", encoding="utf-8") as handle:
        handle.write("Nama;Perangkat Daerah;No. HP;Email\n")
        for i in range(rows):
            handle.write(f"Pegawai {i};DINKES;08{i % 7 + 1}1{i:08d};p{i}@contoh.go.id\n")


def test_killing_a_large_import_midway_changes_nothing(db_arg: str, tmp_path: Path) -> None:
    assert main(["--db", db_arg, "demo"]) == 0
    small = tmp_path / "awal.csv"
    write_big_list(small, 10)
    assert main(["--db", db_arg, "population", "import", str(small), "--year", "2024", "--group",
                 "internal"]) == 0
    big = tmp_path / "besar.csv"
    write_big_list(big, 300_000)
    process = subprocess.Popen(
        [sys.executable, "-m", "spi_desktop.cli", "--db", db_arg, "population", "import", str(big),
         "--year", "2024", "--group", "internal", "--progress"],
        stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    assert process.stderr is not None
    seen = []
    for line in process.stderr:
        seen.append(line)
        if line.startswith("[") and "Menyimpan" in line:  # rows are being written inside the transaction
            process.send_signal(signal.SIGKILL)
            break
    process.wait(timeout=60)
    assert process.returncode == -signal.SIGKILL, seen
    check = Database(resolve_database_url(db_arg))
    try:
        with check.engine.connect() as connection:
            if check.path is not None:
                assert connection.exec_driver_sql("PRAGMA integrity_check").one() == ("ok",)
            # 2024 holds only the small list: the demo's own respondents are of 2025
            assert connection.execute(text("SELECT COUNT(*) FROM population_record WHERE year = 2024")).one() == (10,)
            assert connection.execute(text("SELECT COUNT(*) FROM population_batch WHERE year = 2024")).one() == (1,)
    finally:
        check.close()


def test_password_protected_and_oversized_files_get_a_clear_refusal(
    db_arg: str, tmp_path: Path, capsys, monkeypatch  # type: ignore[no-untyped-def]
) -> None:
    from spi_desktop.importers import file_gate as reader

    assert main(["--db", db_arg, "demo"]) == 0
    locked = tmp_path / "terkunci.xlsx"  # Excel keeps an encrypted workbook in an OLE file with these streams
    locked.write_bytes(reader.OLE_MAGIC + b"\x00" * 600 + "EncryptionInfo".encode("utf-16-le") + b"\x00" * 64
                       + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 600)
    assert main(["--db", db_arg, "population", "import", str(locked), "--year", "2024", "--group",
                 "internal"]) == 2
    assert "terkunci.xlsx dilindungi kata sandi" in capsys.readouterr().err
    big = tmp_path / "besar.csv"
    write_big_list(big, 50)
    monkeypatch.setattr(reader, "MAX_FILE_BYTES", 100)
    assert main(["--db", db_arg, "population", "import", str(big), "--year", "2024", "--group",
                 "internal"]) == 2
    assert "terlalu besar" in capsys.readouterr().err
    assert main(["--db", db_arg, "population", "summary", "--year", "2024", "--json"]) == 0
    assert '"internal": 0' in capsys.readouterr().out
