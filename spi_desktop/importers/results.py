"""Read a file of official SPI results: per year and code, the index, sub-indices, correction and elements.

Numbers may use a decimal comma or point and must lie in 0–100 (the correction too). Columns the reader
does not know are refused rather than ignored, so an element name with a typo never silently drops a score.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from spi_desktop.domain.errors import InputError
from spi_desktop.domain.formatting import parse_decimal
from spi_desktop.domain.problems import RowProblem
from spi_desktop.importers.columns import ColumnSpec, column_letter, find_header, mapped_rows, normalise_header
from spi_desktop.importers.parsed import Parsed
from spi_desktop.importers.table_reader import read_table

SCORE_COLUMNS = (
    ColumnSpec("year", "Tahun", ("Tahun Survei", "Year"), required=True),
    ColumnSpec("code", "Kode", ("Kode OPD", "Kode Instansi", "Kode Unit", "Code"), required=True),
    ColumnSpec("name", "Nama", ("Nama OPD", "Nama Instansi", "Instansi", "OPD", "Name")),
    ColumnSpec("index", "Indeks SPI", ("Nilai SPI", "Skor", "Indeks", "Skor SPI", "Nilai", "Index")),
    ColumnSpec("internal", "Internal", ("Sub Indeks Internal", "Subindeks Internal", "Nilai Internal")),
    ColumnSpec("external", "Eksternal", ("External", "Sub Indeks Eksternal", "Subindeks Eksternal")),
    ColumnSpec("expert", "Eksper", ("Expert", "Ahli", "Sub Indeks Eksper", "Subindeks Eksper")),
    ColumnSpec("correction", "Faktor Koreksi", ("Koreksi", "Correction")),
    ColumnSpec("source", "Sumber", ("Source", "Keterangan Sumber")),
    ColumnSpec("source_date", "Tanggal", ("Tanggal Rilis", "Tanggal Terbit", "Date")),
)
ELEMENT_NAMES = {
    "transparansi": ("Transparansi",),
    "pengelolaan_sdm": ("Pengelolaan SDM", "SDM", "Pengelolaan Sumber Daya Manusia"),
    "pengelolaan_anggaran": ("Pengelolaan Anggaran", "Anggaran"),
    "integritas_tugas": ("Integritas dalam Pelaksanaan Tugas", "Integritas Pelaksanaan Tugas",
                         "Integritas dalam Pelaksanaan Tugas Pegawai"),
    "perdagangan_pengaruh": ("Perdagangan Pengaruh", "Trading in Influence", "Perdagangan Pengaruh (Trading in "
                             "Influence)"),
    "pengelolaan_pbj": ("Pengelolaan PBJ", "PBJ", "Pengadaan Barang dan Jasa", "Pengelolaan Pengadaan Barang dan Jasa"),
    "sosialisasi_antikorupsi": ("Sosialisasi Antikorupsi", "Sosialisasi Anti Korupsi"),
}
ELEMENT_COLUMNS = tuple(ColumnSpec(code, names[0], names[1:]) for code, names in ELEMENT_NAMES.items())
# Headers that carry nothing to store but are common in KPK's and regions' tables.
HARMLESS = {"no", "nomor", "peringkat", "rank", "kategori", "predikat", "jenis", "jenis instansi", "provinsi",
            "keterangan", "catatan", "warna", "kategori nilai", "kabupaten kota"}
NUMBER_FIELDS = ("index", "internal", "external", "expert", "correction")


@dataclass(frozen=True)
class ResultLine:
    """One row of a results file: a year, a code ('' or INSTANSI: the institution) and its figures."""

    row: int
    year: int
    code: str
    name: str
    scores: dict[str, float | None]  # index, internal, external, expert, correction
    elements: dict[str, float]
    source: str
    source_date: dt.date | None


ParsedResults = Parsed[ResultLine]


def parse_score(text: str) -> float:
    """A score as written: '71,53', '71.53' or '70.125' (one point and no comma is a decimal point, never
    thousands: scores of 0–100 need no grouping). ``ValueError`` with an Indonesian message otherwise."""
    cleaned = text.strip()
    if cleaned.count(".") == 1 and "," not in cleaned:
        try:
            return float(cleaned)
        except ValueError:
            raise ValueError(f"'{text}' bukan angka") from None
    return parse_decimal(cleaned)


def check_score(value: float, label: str) -> str | None:
    """Why ``value`` cannot be a score (0–100), or None."""
    return None if 0 <= value <= 100 else f"{label} {value:g} di luar 0–100"


def _date(text: str) -> dt.date | None:
    if not text:
        return None
    for pattern in ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y", "%Y-%m-%d %H:%M:%S"):
        try:
            return dt.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise ValueError(f"'{text}' bukan tanggal (tulis 2025-12-09 atau 09-12-2025)")


def parse_results_file(path: Path, sheet: str | None = None) -> ParsedResults:
    """Read every row; whole-file refusal (``InputError``) for a column that matches nothing."""
    table = read_table(path, sheet)
    specs = (*SCORE_COLUMNS, *ELEMENT_COLUMNS)
    header = find_header(table, specs)
    used = set(header.columns.values())
    unknown = [(index, text) for index, text in enumerate(header.headers)
               if text and index not in used and normalise_header(text) not in HARMLESS]
    if unknown:
        names = ", ".join(f"{column_letter(i)} '{text}'" for i, text in unknown)
        known = ", ".join(names[0] for names in ELEMENT_NAMES.values())
        raise InputError(f"{table.where()}, baris {header.row_index + 1}: kolom {names} tidak cocok dengan isian mana "
                         f"pun. Nama elemen yang dikenali: {known}. Tidak ada yang disimpan.")
    parsed = ParsedResults(table.where())
    labels = {spec.key: spec.label for spec in specs}
    for row_number, values in mapped_rows(table, header):
        parsed.read += 1
        problems: list[tuple[str, str]] = []
        numbers: dict[str, float | None] = {}
        for key in (*NUMBER_FIELDS, *ELEMENT_NAMES):
            text = values.get(key, "")
            if not text or text in {"-", "–"}:
                numbers[key] = None
                continue
            try:
                numbers[key] = parse_score(text)
            except ValueError as error:
                problems.append((key, str(error)))
                continue
            reason = check_score(numbers[key] or 0, labels[key])
            if reason:
                problems.append((key, reason))
        year = None
        try:
            year = int(values["year"])
        except ValueError:
            problems.append(("year", f"Tahun '{values['year']}' bukan angka tahun"))
        source_date = None
        try:
            source_date = _date(values.get("source_date", ""))
        except ValueError as error:
            problems.append(("source_date", str(error)))
        if not values["code"].strip():
            problems.append(("code", "Kode kosong; tulis kode OPD atau INSTANSI"))
        if problems or year is None:
            parsed.problems.extend(RowProblem(parsed.file_name, row_number, _place(header.columns, header.headers, k),
                                              message) for k, message in problems)
            continue
        parsed.rows.append(ResultLine(
            row_number, year, values["code"].strip().upper(), values.get("name", ""),
            {key: numbers[key] for key in NUMBER_FIELDS},
            {code: value for code in ELEMENT_NAMES if (value := numbers[code]) is not None},
            values.get("source", ""), source_date))
    return parsed


def _place(columns: dict[str, int], headers: list[str], key: str) -> str:
    index = columns.get(key)
    return key if index is None else f"{column_letter(index)} ({headers[index] or key})"
