"""The workspace files opened lately, for the Berkas menu."""

from __future__ import annotations

from pathlib import Path

from spi_desktop.services.recent_workspaces import MAX_RECENT, recent_workspaces, remember_workspace


def _file(folder: Path, name: str) -> Path:
    path = folder / name
    path.write_bytes(b"x")
    return path


def test_the_newest_comes_first_once_and_the_list_is_capped(tmp_path: Path) -> None:
    files = [_file(tmp_path, f"ruang-{i}.sqlite") for i in range(MAX_RECENT + 2)]
    for path in files:
        remember_workspace(path)
    remember_workspace(files[3])
    listed = recent_workspaces()
    assert listed[0] == files[3].resolve()
    assert len(listed) == MAX_RECENT and len(set(listed)) == MAX_RECENT


def test_a_file_that_is_gone_is_left_out_and_a_damaged_list_is_empty(tmp_path: Path) -> None:
    kept, gone = _file(tmp_path, "a.sqlite"), _file(tmp_path, "b.sqlite")
    remember_workspace(kept)
    remember_workspace(gone)
    gone.unlink()
    assert recent_workspaces() == [kept.resolve()]
    from spi_desktop.services.recent_workspaces import _recent_path

    _recent_path().write_text("{ bukan json", encoding="utf-8")
    assert recent_workspaces() == []
