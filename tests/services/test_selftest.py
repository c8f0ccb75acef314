"""``python -m spi_desktop.selftest``: the installed-copy check passes on a good install, says which step failed
(without a traceback when the failure is expected), and its ``--no-gui`` path loads no Qt, numpy or pandas, which
the Windows installation under Wine cannot load."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from spi_desktop.domain.errors import InputError
from spi_desktop.selftest import Run, StepFailed, pdf_title, run_steps

pytestmark = pytest.mark.sqlite_only("the self-test makes its own SQLite workspace whatever the test database is")

ROOT = Path(__file__).resolve().parents[2]
STEP_NAMES = ["Versi", "Ruang kerja", "Impor OPD", "Kartu skor", "Baca PDF"]
UNLOADABLE_UNDER_WINE = ("PySide6", "shiboken6", "numpy", "pandas")


def _run(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, (str(ROOT), os.environ.get("PYTHONPATH")))),
               **env}
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, env=environ, cwd=ROOT,
                          timeout=120)


def _step_lines(stdout: str) -> list[str]:
    return [line for line in stdout.splitlines() if line.startswith("[")]


def test_no_gui_self_test_passes_every_step_and_reports_each() -> None:
    result = _run("-m", "spi_desktop.selftest", "--no-gui")
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Uji mandiri SPI Desktop (tanpa tampilan)"
    steps = _step_lines(result.stdout)
    assert [line.split("] ", 1)[1].split(":", 1)[0] for line in steps] == STEP_NAMES
    assert all(": OK - " in line for line in steps), steps
    assert f"Python {sys.version_info.major}.{sys.version_info.minor}" in steps[0]
    assert "3 OPD diimpor" in steps[2]
    assert "DINKES.pdf" in steps[3] and "Dinas Kesehatan" in steps[4]
    assert lines[-1] == "Hasil: SEMUA LANGKAH OK"
    assert "Traceback" not in result.stdout + result.stderr


def test_no_gui_self_test_loads_no_qt_numpy_or_pandas() -> None:
    code = ("import json, sys\n"
            "from spi_desktop.selftest import main\n"
            "status = main(['--no-gui'])\n"
            "print(json.dumps(sorted(sys.modules)))\n"
            "sys.exit(status)\n")
    result = _run("-c", code)
    assert result.returncode == 0, result.stdout + result.stderr
    modules = json.loads(result.stdout.splitlines()[-1])
    assert "spi_desktop.services.scorecard_batch" in modules  # it did run the steps
    assert [name for name in modules if name.split(".")[0] in UNLOADABLE_UNDER_WINE] == []


def test_the_full_self_test_opens_the_card_in_qt() -> None:
    pytest.importorskip("PySide6.QtPdf")
    result = _run("-m", "spi_desktop.selftest", QT_QPA_PLATFORM="offscreen")
    assert result.returncode == 0, result.stdout + result.stderr
    last = _step_lines(result.stdout)[-1]
    assert last.startswith("[6/6] Tampilan Qt: OK - Qt 6.") and "QPdfDocument: 1 halaman" in last


def test_a_failed_step_is_one_line_and_the_steps_after_it_are_skipped(tmp_path: Path) -> None:
    def fine(_run: Run) -> str:
        return "baik"

    def refused(_run: Run) -> str:
        raise InputError("Hasil tidak disimpan:\n- Kode 'DINKES' tidak terdaftar")

    def needs_pdf(run: Run) -> str:
        from spi_desktop.selftest import _needs

        run.pdf = tmp_path / "DINKES.pdf"  # even with what it needs, a step after a failure is skipped
        return str(_needs(run.pdf, run))

    lines: list[str] = []
    assert not run_steps([("Satu", fine), ("Dua", refused), ("Tiga", needs_pdf)], tmp_path, lines.append)
    assert lines == ["[1/3] Satu: OK - baik",
                     "[2/3] Dua: GAGAL - Hasil tidak disimpan: - Kode 'DINKES' tidak terdaftar",
                     "[3/3] Tiga: LEWAT - langkah sebelumnya gagal"]


def test_an_unexpected_error_is_shown_with_its_traceback_for_it_staff(tmp_path: Path) -> None:
    def broken(_run: Run) -> str:
        raise KeyError("elements")

    def checked(_run: Run) -> str:
        raise StepFailed("kartu skor tidak ditulis")

    lines: list[str] = []
    assert not run_steps([("Rusak", broken), ("Cek", checked)], tmp_path, lines.append)
    assert lines[0] == "[1/2] Rusak: GAGAL - kesalahan tak terduga: KeyError: 'elements'"
    assert lines[1].startswith("Traceback (most recent call last):") and "in broken" in lines[1]
    assert lines[2] == "[2/2] Cek: GAGAL - kartu skor tidak ditulis"


def test_the_self_test_exits_1_when_a_step_fails(monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    from spi_desktop import selftest

    def refused(_run: Run) -> str:
        raise StepFailed("tidak ada")

    monkeypatch.setattr(selftest, "STEPS", (("Versi", selftest.step_version), ("Ruang kerja", refused)))
    assert selftest.main(["--no-gui"]) == 1
    out = capsys.readouterr().out
    assert "[2/2] Ruang kerja: GAGAL - tidak ada" in out and out.rstrip().endswith("Hasil: ADA LANGKAH YANG GAGAL")


@pytest.mark.parametrize(("pdf", "title"), [
    (b"<< /Title (Kartu skor SPI 2025 \\204 Dinas \\(Uji\\)) >>", "Kartu skor SPI 2025 \u2014 Dinas (Uji)"),
    (b"<< /Title <FEFF004F00500044002000E9> >>", "OPD \u00e9"),
    (b"<< /Producer (ReportLab) >>", ""),
])
def test_the_pdf_title_is_read_from_literal_and_hex_strings(pdf: bytes, title: str) -> None:
    assert pdf_title(pdf) == title


def test_an_unknown_option_is_refused_in_indonesian(capsys: pytest.CaptureFixture[str]) -> None:
    from spi_desktop.selftest import main

    with pytest.raises(SystemExit) as stop:
        main(["--tanpa-layar"])
    assert stop.value.code == 2
    assert capsys.readouterr().err.rstrip().endswith("argumen salah: --tanpa-layar")
