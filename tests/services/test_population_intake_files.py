"""The batch intake's pile: folders and .zip walked, lock and hidden files named, zip slip refused."""

from __future__ import annotations

import zipfile
from pathlib import Path

from spi_desktop.services.population_intake_files import gather_pile, group_from_name


def test_folder_is_walked_and_lock_hidden_and_foreign_files_are_named(tmp_path: Path) -> None:
    pile_dir = tmp_path / "kiriman"
    (pile_dir / "dinkes").mkdir(parents=True)
    (pile_dir / "dinkes" / "DINKES-internal-2026.xlsx").write_bytes(b"x")
    (pile_dir / "~$DINKES-internal-2026.xlsx").write_bytes(b"x")
    (pile_dir / ".DS_Store").write_bytes(b"x")
    (pile_dir / "surat.pdf").write_bytes(b"x")
    pile = gather_pile([pile_dir], tmp_path / "unpack")
    assert [path.name for path in pile.files] == ["DINKES-internal-2026.xlsx"]
    reasons = {skipped.file: skipped.reason for skipped in pile.skipped}
    assert "dibuka di Excel" in reasons["~$DINKES-internal-2026.xlsx"]
    assert "tersembunyi" in reasons[".DS_Store"]
    assert "Bukan lembar kerja" in reasons["surat.pdf"]


def test_zip_with_folders_is_unpacked_and_zip_slip_refused(tmp_path: Path) -> None:
    archive = tmp_path / "kiriman.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("opd/DISDIK-eksternal-2026.xlsx", b"x")
        zipped.writestr("../jahat.xlsx", b"x")
    pile = gather_pile([archive], tmp_path / "unpack")
    assert [path.name for path in pile.files] == ["DISDIK-eksternal-2026.xlsx"]
    assert pile.files[0].is_relative_to(tmp_path / "unpack")
    assert not (tmp_path / "jahat.xlsx").exists()
    assert "keluar dari arsip" in pile.skipped[0].reason


def test_broken_zip_is_named_not_raised(tmp_path: Path) -> None:
    archive = tmp_path / "rusak.zip"
    archive.write_bytes(b"bukan zip")
    pile = gather_pile([archive], tmp_path / "unpack")
    assert pile.files == [] and pile.skipped[0].file == "rusak.zip"


def test_group_from_file_name() -> None:
    assert group_from_name("Daftar Pengguna Layanan FINAL revisi (2).xlsx") == "external"
    assert group_from_name("DINKES-internal-2026.xlsx") == "internal"
    assert group_from_name("data.xlsx") is None
