"""Every import opens its file through the one gate (``importers.file_gate``): a file too large, protected by a
password or disguised as another format is refused the same way, in Indonesian, naming the file, whichever
list it was meant to be."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from spi_desktop.domain.errors import InputError
from spi_desktop.importers import file_gate
from spi_desktop.importers.file_gate import OLE_MAGIC
from spi_desktop.importers.population import read_population_file, read_population_sheets
from spi_desktop.importers.population_columns import GROUP_COLUMNS
from spi_desktop.importers.progress import inspect_progress_file, parse_progress_file
from spi_desktop.importers.results import parse_results_file
from spi_desktop.importers.survey_answers import read_answers
from spi_desktop.importers.targets import parse_target_file
from spi_desktop.importers.units import parse_unit_file

READERS: dict[str, Callable[[Path], Any]] = {
    "units": parse_unit_file,
    "results": parse_results_file,
    "progress": parse_progress_file,
    "progress-inspect": inspect_progress_file,
    "targets": parse_target_file,
    "survey-answers": lambda path: read_answers(path, None, {}),  # type: ignore[arg-type]  # refused before use
    "population": lambda path: read_population_file(path, GROUP_COLUMNS["internal"]),
    "population-sheets": lambda path: read_population_sheets(path, GROUP_COLUMNS["internal"]),
}


def _protected(folder: Path) -> Path:
    path = folder / "terkunci.xlsx"
    path.write_bytes(OLE_MAGIC + b"\0" * 512 + "EncryptedPackage".encode("utf-16-le") + b"\0" * 600)
    return path


def _pdf(folder: Path) -> Path:
    path = folder / "laporan.xlsx"
    path.write_bytes(b"%PDF-1.7\n" + b"\0" * 200)
    return path


def _large(folder: Path) -> Path:
    path = folder / "besar.csv"
    path.write_text("Kode,Nama\n" + "A,B\n" * 500, encoding="utf-8")
    return path


def _missing(folder: Path) -> Path:
    return folder / "tidak-ada.csv"


CASES = {"password": (_protected, "terkunci.xlsx dilindungi kata sandi"),
         "disguised": (_pdf, "laporan.xlsx adalah dokumen PDF"),
         "size": (_large, "besar.csv: berkas 0 MB terlalu besar"),
         "missing": (_missing, "tidak-ada.csv tidak ditemukan")}


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize("case", CASES)
def test_every_import_is_refused_at_the_same_gate(reader: str, case: str, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(file_gate, "MAX_FILE_BYTES", 1500)
    make, message = CASES[case]
    with pytest.raises(InputError, match=message):
        READERS[reader](make(tmp_path))
