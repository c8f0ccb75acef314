"""The command line speaks Indonesian throughout: argparse's own usage, help and error texts, and numbers."""

from __future__ import annotations

import argparse
import json

import pytest

from spi_desktop.cli import main
from spi_desktop.cli.main import build_parser


def test_a_missing_required_argument_is_told_in_indonesian_with_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["units", "import"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("pemakaian: spi units import")
    assert "spi units import: argumen salah: argumen berikut wajib diisi: file" in err
    assert "the following arguments" not in err and "usage:" not in err


@pytest.mark.parametrize(("argv", "expected"), [
    (["units", "frob"], "argumen action: pilihan tidak sah: 'frob' (pilih dari 'import', 'list')"),
    (["units", "import", "x.csv", "--year"], "argumen --year: perlu satu nilai"),
    (["units", "list", "--year", "abc"], "argumen --year: bukan bilangan bulat: 'abc'"),
    (["years", "list", "--pasword-file", "rahasia"], "argumen salah: opsi tidak dikenal: --pasword-file"),
    ([], "argumen berikut wajib diisi: command"),
])
def test_argparse_errors_are_indonesian(capsys: pytest.CaptureFixture[str], argv: list[str], expected: str) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert expected in err and "rahasia" not in err


def test_help_titles_are_indonesian(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["units", "import", "--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("pemakaian: ") and "\nargumen posisi:\n" in out and "\nopsi:\n" in out
    assert "tampilkan bantuan ini lalu keluar" in out and "show this help" not in out


def test_the_window_programs_own_options_are_indonesian_too(capsys: pytest.CaptureFixture[str]) -> None:
    from spi_desktop.app import parse_args

    with pytest.raises(SystemExit) as ended:
        parse_args(["--help"])
    out = capsys.readouterr().out
    assert ended.value.code == 0 and out.startswith("pemakaian: spi-desktop") and "\nopsi:\n" in out
    assert "show this help" not in out
    with pytest.raises(SystemExit) as ended:
        parse_args(["--lang", "fr"])
    assert ended.value.code == 2 and "pilihan tidak sah: 'fr'" in capsys.readouterr().err


def test_other_parsers_in_the_process_keep_argparse_english(capsys: pytest.CaptureFixture[str]) -> None:
    build_parser()
    assert main(["units"]) == 2
    plain = argparse.ArgumentParser(prog="lain")
    plain.add_argument("file")
    with pytest.raises(SystemExit):
        plain.parse_args([])
    err = capsys.readouterr().err
    assert "lain: error: the following arguments are required: file" in err and "usage: lain" in err


def test_counts_use_indonesian_grouping_in_text_and_stay_numbers_in_json(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, db_arg: str
) -> None:
    from types import SimpleNamespace

    from spi_desktop.services import demo, training_data

    monkeypatch.setattr(demo, "build_demo", lambda _db: SimpleNamespace(institution="Kabupaten Uji", units=1040))
    monkeypatch.setattr(training_data, "add_training_population", lambda _db: 28551)
    assert main(["--db", db_arg, "demo"]) == 0
    out = capsys.readouterr().out
    assert "1.040 OPD, 28.551 responden populasi" in out
    assert main(["--db", db_arg, "demo", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["respondents"] == 28551 and data["units"] == 1040
