"""The one gate every imported file passes: it exists, has a sane size, and is what its content says it is.

Offices rename files and web apps call an HTML page "Export to Excel", so the suffix is only a hint: an old
.xls renamed .xlsx is read as .xls, an HTML or tab-separated table saved as .xls as the table it is, and only a
file that really is password-protected is called so. Everything else is refused with what the file really is
and how to save it properly.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from spi_desktop.domain.errors import InputError
from spi_desktop.importers.text_decode import detect_codec

MAX_FILE_BYTES = 150 * 1024 * 1024
TEXT_SUFFIXES = {".csv", ".txt", ".tsv"}
WORKBOOK_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".xlsb", ".ods"}
SUFFIXES = TEXT_SUFFIXES | WORKBOOK_SUFFIXES | {".htm", ".html", ".xml"}
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
SAVE_PROPERLY = "buka di Excel atau LibreOffice lalu simpan sebagai Excel Workbook (.xlsx) atau CSV"


class Format(StrEnum):
    """What a file holds, by content."""

    XLSX = "xlsx"
    XLSB = "xlsb"
    XLS = "xls"
    ODS = "ods"
    TEXT = "text"  # CSV, tab-separated or other delimited text
    HTML = "html"  # a web page holding a <table> (what web apps export as ".xls")
    XML2003 = "xml2003"  # Excel's XML Spreadsheet 2003


NAMES = {Format.XLSX: "Excel (.xlsx)", Format.XLSB: "Excel biner (.xlsb)", Format.XLS: "Excel 97-2003 (.xls)",
         Format.ODS: "LibreOffice (.ods)", Format.TEXT: "teks berpemisah (CSV)", Format.HTML: "tabel HTML",
         Format.XML2003: "XML Spreadsheet 2003"}
USUAL_SUFFIXES = {Format.XLSX: {".xlsx", ".xlsm"}, Format.XLSB: {".xlsb"}, Format.XLS: {".xls"}, Format.ODS: {".ods"},
          Format.TEXT: TEXT_SUFFIXES, Format.HTML: {".htm", ".html"}, Format.XML2003: {".xml"}}


@dataclass(frozen=True)
class GatedFile:
    """A file that passed the gate: its real format and, when the name says otherwise, a note saying so."""

    path: Path
    format: Format
    note: str | None = None

    @property
    def is_workbook(self) -> bool:
        """Read with python-calamine (sheets, merged cells)."""
        return self.format in (Format.XLSX, Format.XLSB, Format.XLS, Format.ODS)


def check_size(path: Path) -> None:
    """``InputError`` when ``path`` is missing, empty or too large to import."""
    if not path.is_file():
        raise InputError(f"Berkas {path} tidak ditemukan")
    size = path.stat().st_size
    if size == 0:
        raise InputError(f"{path.name}: berkas kosong")
    if size > MAX_FILE_BYTES:
        raise InputError(f"{path.name}: berkas {size / 1024 / 1024:.0f} MB terlalu besar (batas "
                         f"{MAX_FILE_BYTES // 1024 // 1024} MB); pecah per OPD lalu impor satu per satu")


def open_gate(path: Path) -> GatedFile:
    """Check ``path`` and tell what it really holds; ``InputError`` with the diagnosis when it cannot be read."""
    check_size(path)
    suffix = path.suffix.lower()
    try:
        with path.open("rb") as handle:
            head = handle.read(64 * 1024)
    except OSError as error:
        raise InputError(f"{path.name} tidak dapat dibaca: {error.strerror} (berkas sedang dibuka program lain?)"
                         ) from error
    kind = _sniff(path, head)
    if suffix not in SUFFIXES and kind not in (Format.XLSX, Format.XLSB, Format.XLS, Format.ODS):
        raise InputError(f"{path.name}: jenis berkas '{suffix or '(tanpa akhiran)'}' tidak didukung; "
                         "gunakan .xlsx, .xls, .ods, .csv atau .txt")
    note = None
    if suffix not in USUAL_SUFFIXES[kind]:
        note = (f"{path.name} sebenarnya berisi {NAMES[kind]}, bukan {suffix or 'berkas tanpa akhiran'}; "
                f"dibaca sebagai {NAMES[kind]}")
    return GatedFile(path, kind, note)


def _sniff(path: Path, head: bytes) -> Format:
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _zip_kind(path)
    if head.startswith(OLE_MAGIC):
        return _ole_kind(path)
    if head.startswith(b"%PDF"):
        raise InputError(f"{path.name} adalah dokumen PDF: tidak didukung karena bukan lembar kerja; minta berkas "
                         "Excel/CSV aslinya dari OPD (tabel di PDF tidak dapat dibaca tanpa salah ketik)")
    text = _leading_text(head)
    if text is None:
        raise InputError(f"{path.name} bukan lembar kerja maupun teks (isi biner yang tidak dikenal); "
                         + SAVE_PROPERLY)
    lowered = text.lstrip().lower()
    if lowered.startswith("<?xml") or lowered.startswith("<workbook"):
        if "urn:schemas-microsoft-com:office:spreadsheet" in lowered:
            return Format.XML2003
        if "<html" in lowered or "<table" in lowered:
            return Format.HTML
        raise InputError(f"{path.name} berisi XML yang bukan lembar kerja; " + SAVE_PROPERLY)
    if lowered.startswith(("<!doctype html", "<html", "<table", "<meta", "<head", "<body", "<style", "<!--")) \
            or ("<table" in lowered and "</t" in lowered):
        return Format.HTML
    return Format.TEXT


def _zip_kind(path: Path) -> Format:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            mimetype = archive.read("mimetype").decode("ascii", "replace") if "mimetype" in names else ""
    except (zipfile.BadZipFile, OSError, KeyError) as error:
        raise InputError(f"{path.name} rusak: arsip Excel/ODS tidak utuh (terpotong saat diunduh atau dikirim?); "
                         "minta OPD mengirim ulang berkasnya") from error
    if "xl/workbook.xml" in names:
        return Format.XLSX
    if "xl/workbook.bin" in names:
        return Format.XLSB
    if "spreadsheet" in mimetype and "content.xml" in names:
        return Format.ODS
    if "word/document.xml" in names or "text" in mimetype:
        raise InputError(f"{path.name} adalah dokumen Word/teks, bukan lembar kerja; salin tabelnya ke Excel lalu "
                         "simpan sebagai .xlsx")
    if "ppt/presentation.xml" in names or "presentation" in mimetype:
        raise InputError(f"{path.name} adalah presentasi, bukan lembar kerja")
    raise InputError(f"{path.name} adalah arsip ZIP, bukan lembar kerja; ekstrak dulu lalu impor berkas di dalamnya")


def _ole_kind(path: Path) -> Format:
    """An OLE compound file: a legacy .xls, or an encrypted .xlsx (Excel wraps those in OLE), or a Word file.

    The stream names sit in the file's directory as UTF-16 text; the whole file is searched (a bytes search of
    even 150 MB takes well under a second, and the directory may sit at the end).
    """
    data = path.read_bytes()
    def has(name: str) -> bool:
        return name.encode("utf-16-le") in data

    if has("EncryptedPackage") or has("EncryptionInfo"):
        raise InputError(f"{path.name} dilindungi kata sandi; buka di Excel, hapus kata sandinya "
                         "(File › Info › Protect Workbook), simpan, lalu impor lagi")
    if has("Workbook") or has("Book"):
        return Format.XLS
    if has("WordDocument"):
        raise InputError(f"{path.name} adalah dokumen Word 97-2003, bukan lembar kerja; salin tabelnya ke Excel "
                         "lalu simpan sebagai .xlsx")
    raise InputError(f"{path.name}: berkas Office lama yang bukan lembar kerja Excel; " + SAVE_PROPERLY)


def _leading_text(head: bytes) -> str | None:
    """The start of a text file decoded well enough to look at, or None for binary content."""
    sample = head[:4000]
    codec = detect_codec(sample)
    if codec is not None:
        return sample.decode(codec, errors="ignore").lstrip("\ufeff")
    controls = sum(sample.count(bytes([byte])) for byte in (*range(9), *range(14, 26), *range(28, 32)))
    if controls > max(8, len(sample) // 20):
        return None  # many control bytes: a binary file (an image, an executable, a damaged workbook)
    return sample.decode("utf-8", errors="replace")  # a stray NUL or backspace in a cell is the reader's business
