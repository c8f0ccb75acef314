"""The file pickers open where the user last worked, else in Documents, never in the program's own folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from spi_desktop.views.file_places import remember_folder, start_folder, start_path


def test_pickers_start_in_documents_then_where_the_user_last_picked(
        qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    program = tmp_path / "Program Files" / "SPI Desktop"
    program.mkdir(parents=True)
    monkeypatch.chdir(program)  # a shortcut starts the app in its own folder
    first = start_folder()
    assert first != program and first.is_dir()
    kiriman = tmp_path / "Kiriman OPD"
    kiriman.mkdir()
    remember_folder(str(kiriman / "dinkes.xlsx"))
    assert start_folder() == kiriman
    assert start_path("masalah-dinkes.xlsx") == str(kiriman / "masalah-dinkes.xlsx")
    assert start_path(str(tmp_path / "lain" / "x.pdf")) == str(tmp_path / "lain" / "x.pdf")  # a full path stays
    remember_folder(str(tmp_path), is_folder=True)
    assert start_folder() == tmp_path
    remember_folder(None)  # a cancelled picker changes nothing
    assert start_folder() == tmp_path
