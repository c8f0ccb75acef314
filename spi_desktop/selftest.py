"""``python -m spi_desktop.selftest [--no-gui]``: check that an installed copy of SPI Desktop works.

In a temporary folder (removed at the end) it creates a workspace, migrates it, names the institution, imports
a small OPD list from CSV, stores one official result, writes that OPD's scorecard PDF and reads the PDF back;
without ``--no-gui`` it also starts Qt and opens the PDF in QPdfDocument. One Indonesian line per step
(OK / GAGAL / LEWAT), exit 0 only when every step passed, else 1.

``--no-gui`` never imports PySide6, numpy or pandas (the installer's Wine check cannot load them): the services
are imported inside the steps, and only those that read CSV, SQLite and write PDFs with reportlab are used.
Like the CLI, this entry point reaches the database, readers and reports only through services.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import sys
import tempfile
import traceback
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TypeVar

from spi_desktop.domain.errors import InputError

if TYPE_CHECKING:
    from spi_desktop.services.database import Database

T = TypeVar("T")
EXIT_OK, EXIT_FAILED = 0, 1
INSTITUTION = ("3201", "Pemerintah Kabupaten Uji Mandiri", "kabupaten")
UNITS_CSV = (
    "Kode,Nama OPD,Nama Kepala,NIP Kepala,No. HP PIC,Email PIC\n"
    "DINKES,Dinas Kesehatan,Budi Santoso,196805121990031002,081234567890,pic.dinkes@contoh.go.id\n"
    "DISDIK,Dinas Pendidikan,Siti Aminah,197203151995032001,081298765432,pic.disdik@contoh.go.id\n"
    "BAPPEDA,Badan Perencanaan Pembangunan Daerah,Agus Wibowo,197511202000121003,085711223344,"
    "pic.bappeda@contoh.go.id\n"
)
UNIT_COUNT = 3
CARD_UNIT = ("DINKES", "Dinas Kesehatan")
_PAGE = re.compile(rb"/Type\s*/Page(?![A-Za-z])")
_STREAM = re.compile(rb"stream\r?\n(.*?)\r?\nendstream", re.DOTALL)
_TITLE = re.compile(rb"/Title\s*(\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]*>)", re.DOTALL)
# PDFDocEncoding where it differs from Latin-1 (0x80-0x9E, 0xA0); reportlab writes an em dash as 0x84
_PDF_DOC = dict(zip(range(0x80, 0x9F), "\u2022\u2020\u2021\u2026\u2014\u2013\u0192\u2044\u2039\u203a\u2212\u2030"
                    "\u201e\u201c\u201d\u2018\u2019\u201a\u2122\ufb01\ufb02\u0141\u0152\u0160\u0178\u017d"
                    "\u0131\u0142\u0153\u0161\u017e", strict=True)) | {0xA0: "\u20ac"}


class StepFailed(Exception):
    """An expected failure: the check did not hold. Its message (Indonesian) is the whole report."""


class Skipped(Exception):
    """The step cannot run because an earlier one failed."""


@dataclass
class Run:
    """What the steps hand on to each other."""

    folder: Path
    database: Database | None = None
    year: int | None = None
    pdf: Path | None = None
    pages: int | None = None
    failed: bool = False  # a step failed: the ones that build on what came before are skipped


Step = Callable[[Run], str]


def step_version(_run: Run) -> str:
    from spi_desktop.services.about import app_version

    return (f"SPI Desktop {app_version()}, Python {platform.python_version()} "
            f"({platform.python_implementation()}), {platform.platform()}")


def step_workspace(run: Run) -> str:
    from spi_desktop.services.database import open_database, schema_revisions
    from spi_desktop.services.workspace import init_workspace

    run.database = open_database(run.folder / "uji-mandiri.sqlite")
    current, head = schema_revisions(run.database)
    if current != head:
        raise StepFailed(f"skema basis data {current or '(kosong)'}, seharusnya {head}")
    code, name, kind = INSTITUTION
    info = init_workspace(run.database, code, name, kind)
    if info.code != code or info.name != name:
        raise StepFailed(f"instansi tersimpan sebagai {info.code} {info.name}, seharusnya {code} {name}")
    return f"basis data baru di folder sementara, skema terbaru {head}, instansi {info.name}"


def step_units(run: Run) -> str:
    from spi_desktop.services.units import import_units, list_units

    database = _needs(run.database, run)
    path = run.folder / "daftar-opd.csv"
    path.write_text(UNITS_CSV, encoding="utf-8")
    summary = import_units(database, path)
    stored = len(list_units(database))
    if summary.added != UNIT_COUNT or stored != UNIT_COUNT or summary.rejected or summary.warnings:
        reasons = [f"{problem.row}: {problem.message}" for problem in (*summary.problems, *summary.warnings)][:3]
        raise StepFailed(f"{summary.added} OPD ditambahkan, {stored} tersimpan, {summary.rejected} baris ditolak, "
                         f"{len(summary.warnings)} peringatan; seharusnya {UNIT_COUNT} OPD tanpa masalah"
                         + (f" ({'; '.join(reasons)})" if reasons else ""))
    return f"{summary.added} OPD diimpor dari {path.name}"


def step_scorecard(run: Run) -> str:
    from spi_desktop.services.results import ResultEntry, save_result
    from spi_desktop.services.scorecard_batch import write_scorecards
    from spi_desktop.services.years import get_year, list_years

    database = _needs(run.database, run)
    years = list_years(database)
    if not years:
        raise StepFailed("ruang kerja tidak punya tahun survei")
    run.year = years[-1]
    elements = {element.code: 70.0 + index for index, element in enumerate(get_year(database, run.year).elements)}
    code, _name = CARD_UNIT
    scores: dict[str, float | None] = {"index": 76.54, "internal": 78.1, "external": 74.2, "expert": None}
    save_result(database, ResultEntry(run.year, code, scores, elements, source="uji mandiri"))
    result = write_scorecards(database, run.year, run.folder / "kartu-skor", [code], workers=1)
    if len(result.files) != 1 or not Path(result.files[0]).is_file():
        raise StepFailed(f"diharapkan 1 berkas kartu skor, tertulis {len(result.files)}")
    run.pdf, run.pages = Path(result.files[0]), result.pages
    return f"hasil SPI {run.year} {code} disimpan, kartu skor {run.pdf.name} ditulis ({result.pages} halaman)"


def step_read_pdf(run: Run) -> str:
    path = _needs(run.pdf, run)
    data = path.read_bytes()
    if not data.startswith(b"%PDF-"):
        raise StepFailed(f"{path.name} tidak diawali %PDF-")
    if not data.rstrip().endswith(b"%%EOF"):
        raise StepFailed(f"{path.name} tidak diakhiri %%EOF (berkas terpotong?)")
    streams = _inflated_streams(data)
    pages = max(len(_PAGE.findall(data)), sum(len(_PAGE.findall(stream)) for stream in streams))
    if pages < 1:
        raise StepFailed(f"{path.name} tidak berisi halaman")
    if run.pages is not None and pages != run.pages:
        raise StepFailed(f"{path.name} berisi {pages} halaman, penulisnya melaporkan {run.pages}")
    _code, name = CARD_UNIT
    title = pdf_title(data)
    if name in title:
        where = f"judulnya \"{_ascii(title)}\""
    elif any(name.encode("latin-1") in stream for stream in (data, *streams)):
        where = "isinya menyebut OPD"
    else:
        raise StepFailed(f"{path.name} tidak menyebut {name} (judul: \"{_ascii(title) or '-'}\")")
    return f"{path.name} ({max(1, len(data) // 1024)} KB): {pages} halaman, {where}"


def step_gui(run: Run) -> str:
    path = _needs(run.pdf, run)
    if sys.platform.startswith("linux") and not any(
            os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    import PySide6
    from PySide6 import QtCharts, QtWidgets
    from PySide6.QtCore import qVersion
    from PySide6.QtPdf import QPdfDocument

    application = QtWidgets.QApplication.instance() or QtWidgets.QApplication([sys.argv[0]])
    chart = QtCharts.QChart()  # the charts module's own library loads, not only its Python wrapper
    document = QPdfDocument()
    try:
        error = document.load(str(path))
        if error != QPdfDocument.Error.None_:
            raise StepFailed(f"QPdfDocument tidak dapat membuka {path.name}: {error.name}")
        pages = document.pageCount()
    finally:
        document.close()
        del chart
    if pages < 1 or (run.pages is not None and pages != run.pages):
        raise StepFailed(f"QPdfDocument membaca {pages} halaman, seharusnya {run.pages}")
    platform_name = application.platformName() if isinstance(application, QtWidgets.QApplication) else "?"
    return f"Qt {qVersion()}, PySide6 {PySide6.__version__}, platform {platform_name}, QPdfDocument: {pages} halaman"


STEPS: tuple[tuple[str, Step], ...] = (
    ("Versi", step_version),
    ("Ruang kerja", step_workspace),
    ("Impor OPD", step_units),
    ("Kartu skor", step_scorecard),
    ("Baca PDF", step_read_pdf),
)
GUI_STEP: tuple[str, Step] = ("Tampilan Qt", step_gui)


def pdf_title(data: bytes) -> str:
    """The document title in a PDF's Info dictionary (a literal or hex string; UTF-16 with its byte-order
    mark, else PDFDocEncoding read as Latin-1), empty when it has none."""
    match = _TITLE.search(data)
    if match is None:
        return ""
    token = match.group(1)
    if token.startswith(b"<"):
        raw = bytes.fromhex(re.sub(rb"\s", b"", token[1:-1]).decode("ascii"))
    else:
        raw = _unescape(token[1:-1])
    if raw.startswith(b"\xfe\xff"):
        return raw[2:].decode("utf-16-be", errors="replace")
    return raw.decode("latin-1").translate(_PDF_DOC)


def _unescape(literal: bytes) -> bytes:
    """A PDF literal string's bytes with its backslash escapes undone."""
    simple = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}

    def one(match: re.Match[bytes]) -> bytes:
        escaped = match.group(1)
        if escaped[:1].isdigit():
            return bytes([int(escaped, 8) & 0xFF])
        if escaped in (b"\n", b"\r", b"\r\n"):
            return b""
        return simple.get(escaped, escaped)

    return re.sub(rb"\\([0-7]{1,3}|\r\n|.)", one, literal, flags=re.DOTALL)


def _inflated_streams(data: bytes) -> list[bytes]:
    """Every stream of the PDF that inflates with zlib (FlateDecode), inflated; others are left out."""
    found = []
    for match in _STREAM.finditer(data):
        try:
            found.append(zlib.decompress(match.group(1)))
        except zlib.error:
            continue
    return found


def _ascii(text: str) -> str:
    """Text safe for any console code page (the em dash of a card's title becomes '-')."""
    return text.replace("\u2014", "-").replace("\u2013", "-").encode("ascii", "replace").decode("ascii")


def _one_line(error: BaseException) -> str:
    """An error's message on one console-safe line (the app's messages may list their reasons on lines)."""
    return _ascii(" ".join(str(error).split()))


def _needs(value: T | None, run: Run) -> T:
    """What an earlier step left for this one; Skipped when it left nothing or a step before failed."""
    if value is None or run.failed:
        raise Skipped
    return value


def run_steps(steps: Sequence[tuple[str, Step]], folder: Path, say: Callable[[str], None] = print) -> bool:
    """Run ``steps`` in order, one line each; True when every one passed."""
    run = Run(folder)
    try:
        for number, (name, step) in enumerate(steps, start=1):
            label = f"[{number}/{len(steps)}] {name}"
            try:
                say(f"{label}: OK - {_ascii(step(run))}")
            except Skipped:
                run.failed = True
                say(f"{label}: LEWAT - langkah sebelumnya gagal")
            except (StepFailed, InputError) as error:
                run.failed = True
                say(f"{label}: GAGAL - {_one_line(error)}")
            except Exception as error:
                run.failed = True
                say(f"{label}: GAGAL - kesalahan tak terduga: {type(error).__name__}: {_one_line(error)}")
                say(_ascii(traceback.format_exc().rstrip()))
    finally:
        if run.database is not None:
            run.database.close()
    return not run.failed


class _Parser(argparse.ArgumentParser):
    """argparse with its error line in Indonesian (exit 2 as usual)."""

    def error(self, message: str) -> NoReturn:
        options = [token for token in message.partition(":")[2].split() if token.startswith("-")]
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: argumen salah: {' '.join(options) or message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="python -m spi_desktop.selftest", add_help=False,
                                     description="Uji mandiri SPI Desktop: periksa bahwa salinan terpasang bekerja.")
    parser.add_argument("-h", "--help", action="help", help="tampilkan bantuan ini lalu keluar")
    parser.add_argument("--no-gui", action="store_true",
                        help="lewati pemeriksaan Qt (tanpa PySide6, numpy dan pandas)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the self-test; returns the exit code (0: every step OK)."""
    args = build_parser().parse_args(argv)
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="replace")  # a console code page must never stop the report
    steps = STEPS if args.no_gui else (*STEPS, GUI_STEP)
    print("Uji mandiri SPI Desktop" + (" (tanpa tampilan)" if args.no_gui else ""))
    with tempfile.TemporaryDirectory(prefix="spi-uji-", ignore_cleanup_errors=True) as folder:
        passed = run_steps(steps, Path(folder))
    print("Hasil: SEMUA LANGKAH OK" if passed else "Hasil: ADA LANGKAH YANG GAGAL")
    return EXIT_OK if passed else EXIT_FAILED


if __name__ == "__main__":  # the guard matters: the scorecard batch's worker processes import this module again
    sys.exit(main())
