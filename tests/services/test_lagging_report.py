"""The lagging list export for the Sekda meeting: one A4 PDF page, a full XLSX, safe writing."""

from __future__ import annotations

import base64
import datetime as dt
import re
import zlib
from pathlib import Path

import pytest
from openpyxl import load_workbook

from spi_desktop.db.session import Database
from spi_desktop.domain.errors import InputError
from spi_desktop.domain.lagging import GroupProgress, LaggingReport, LaggingRow
from spi_desktop.domain.progress import Thresholds
from spi_desktop.reports import lagging
from spi_desktop.reports.lagging import write_lagging
from spi_desktop.services.progress_chasing import lagging_report

TITLE = "Daftar OPD yang Tertinggal dari Target Sampel — SPI 2025"


def pdf_pages(data: bytes) -> int:
    """Page objects in a PDF (``/Type /Page``, not the ``/Pages`` tree)."""
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data))


def pdf_strings(data: bytes) -> list[str]:
    """Every string drawn with ``Tj`` on the page, decoded from reportlab's (ASCII85 +) Flate streams."""
    shown = []
    for match in re.finditer(rb"stream\r?\n(.*?)endstream", data, re.S):
        raw = match.group(1).strip()
        if raw.endswith(b"~>"):
            raw = base64.a85decode(raw.removesuffix(b"~>"))
        try:
            content = zlib.decompress(raw)
        except zlib.error:
            content = raw
        for literal in re.findall(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", content, re.S):
            def unescape(found: re.Match[bytes]) -> bytes:
                code = found.group(1)
                return bytes([int(code, 8)]) if code[:1].isdigit() else {b"n": b"\n"}.get(code, code)
            shown.append(re.sub(rb"\\([0-7]{1,3}|.)", unescape, literal, flags=re.S).decode("cp1252"))
    return shown


def hand_report(rows: list[LaggingRow], expert: GroupProgress | None = None) -> LaggingReport:
    return LaggingReport("Pemerintah Kota Contoh", 2025, dt.date(2025, 10, 20), dt.date(2025, 10, 31), 12, rows,
                         80, 4000, 6000, expert, Thresholds())


def hand_row(rank: int) -> LaggingRow:
    internal = GroupProgress(rank, 100, rank / 100, None)
    external = GroupProgress(50, 50, 1.0, None)
    name = (f"Unit Pelaksana Teknis Daerah Pusat Kesehatan Masyarakat dan Rumah Sakit Pratama Kecamatan Nomor {rank}"
            if rank % 5 == 0 else f"Dinas Nomor {rank}")
    return LaggingRow(rank, f"OPD-{rank:03d}", name, None, None, {"internal": internal, "external": external},
                      (rank + 50) / 150, "merah" if rank < 30 else "kuning")


@pytest.fixture
def report(demo_database: Database) -> LaggingReport:
    found = lagging_report(demo_database, 2025, today=dt.date(2025, 10, 29))
    assert found.rows, "the demo kabupaten has OPD short of their sample"
    return found


def test_pdf_is_one_a4_page_with_title_window_and_worst_opd(report: LaggingReport, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    write_lagging(report, out / "tertinggal.pdf")

    assert [p.name for p in out.iterdir()] == ["tertinggal.pdf"]  # no partial file left behind
    data = (out / "tertinggal.pdf").read_bytes()
    assert pdf_pages(data) == 1
    assert b"/MediaBox [ 0 0 595.2756 841.8898 ]" in data  # A4
    text = "\n".join(pdf_strings(data))
    assert TITLE in text
    assert report.institution in text
    assert "Masa survei berakhir 31 Oktober 2025 · sisa 3 hari" in text
    assert report.rows[0].name in text
    assert "Capaian = selesai ÷ target; untuk OPD, kelompok yang melampaui target dihitung sebesar targetnya." in text
    assert "lainnya" not in text  # the demo's 40 OPD all fit on the page


def test_xlsx_has_every_lagging_row_in_gap_order_with_numbers(report: LaggingReport, tmp_path: Path) -> None:
    path = tmp_path / "tertinggal.xlsx"
    write_lagging(report, path)

    sheet = load_workbook(path).active
    assert sheet is not None
    assert sheet["A1"].value.startswith("DATA DEMO PELATIHAN") and sheet["A2"].value == TITLE  # demo workspace
    head = next(row[0].row for row in sheet.iter_rows() if row[0].value == "No")
    assert [c.value for c in sheet[head]] == ["No", "Kode", "OPD", "PIC", "HP PIC", "Internal selesai",
                                              "Internal target", "Eksternal selesai", "Eksternal target",
                                              "Kekurangan", "Capaian", "Lampu"]
    assert sheet.freeze_panes == f"A{head + 1}"
    assert sheet.auto_filter.ref == f"A{head}:L{head + len(report.rows)}"
    rows = list(sheet.iter_rows(min_row=head + 1, values_only=True))
    assert len(rows) == len(report.rows)
    assert [r[1] for r in rows] == [r.code for r in report.rows]
    gaps = [r[9] for r in rows]
    assert gaps == sorted(gaps, reverse=True)
    first, row = rows[0], report.rows[0]
    assert first[:3] == (1, row.code, row.name)
    assert first[5:9] == (row.groups["internal"].completed, row.groups["internal"].target,
                          row.groups["external"].completed, row.groups["external"].target)
    assert all(isinstance(value, int) for r in rows for value in r[5:10])
    assert first[10] == pytest.approx(row.attainment)
    assert "%" in sheet.cell(head + 1, 11).number_format
    assert first[11] == row.light


def test_unknown_suffix_is_refused_and_writes_nothing(report: LaggingReport, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(InputError, match=r"Jenis berkas '\.doc' tidak didukung; pilih \.pdf atau \.xlsx"):
        write_lagging(report, out / "tertinggal.doc")
    assert list(out.iterdir()) == []


def test_failed_write_keeps_the_old_file(report: LaggingReport, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "tertinggal.pdf"
    path.write_bytes(b"versi lama")

    def broken(_report: LaggingReport, partial: Path) -> None:
        partial.write_bytes(b"setengah")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(lagging, "write_lagging_pdf", broken)
    with pytest.raises(InputError, match="tidak dapat ditulis"):
        write_lagging(report, path)
    assert path.read_bytes() == b"versi lama"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("tertinggal")] == ["tertinggal.pdf"]


def test_more_rows_than_a_page_holds_still_give_one_page(tmp_path: Path) -> None:
    many = hand_report([hand_row(rank) for rank in range(1, 76)])
    path = tmp_path / "banyak.pdf"
    write_lagging(many, path)

    data = path.read_bytes()
    assert pdf_pages(data) == 1
    shown = pdf_strings(data)
    codes = [text for text in shown if re.fullmatch(r"OPD-\d{3}", text)]
    assert codes[0] == "OPD-001" and "OPD-075" not in codes
    assert codes == [f"OPD-{rank:03d}" for rank in range(1, len(codes) + 1)]  # the top of the list, in order
    more = [text for text in shown if "OPD lainnya" in text]
    assert more == [f"… dan {75 - len(codes)} OPD lainnya; daftar lengkap ada di berkas .xlsx"]
    assert len(codes) > 30


def test_long_names_wrap_or_shorten_inside_their_column(tmp_path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth

    long_name = "Unit Pelaksana Teknis Daerah " * 8 + "Nur’aini ≥ Şişli"
    row = hand_row(1)
    path = tmp_path / "panjang.pdf"
    write_lagging(hand_report([LaggingRow(1, row.code, long_name, None, None, row.groups, 0.5, "kuning")]), path)

    shown = pdf_strings(path.read_bytes())
    start = shown.index(row.code) + 1
    lines = shown[start:start + next(i for i, text in enumerate(shown[start:]) if " / " in text)]
    opd_column = A4[0] - 2 * lagging.MARGIN - sum(width for _, width in lagging.COLUMNS)
    assert 1 <= len(lines) <= 2
    assert all(stringWidth(line, "Helvetica", 8) <= opd_column - 8 for line in lines)
    assert lines[0].startswith("Unit Pelaksana Teknis Daerah") and lines[-1].endswith("…")


def test_characters_outside_helvetica_fall_back_to_readable_ones(tmp_path: Path) -> None:
    row = hand_row(1)
    path = tmp_path / "huruf.pdf"
    write_lagging(hand_report([LaggingRow(1, row.code, "Dinas Nur’aini ≥ Şişli", None, None, row.groups, 0.5,
                                          "kuning")]), path)
    assert "Dinas Nur’aini >= Sisli" in pdf_strings(path.read_bytes())


def test_an_empty_list_says_every_opd_reached_target(tmp_path: Path) -> None:
    empty = hand_report([], expert=GroupProgress(40, 40, 1.0, 1.0))
    write_lagging(empty, tmp_path / "kosong.pdf")
    write_lagging(empty, tmp_path / "kosong.xlsx")

    data = (tmp_path / "kosong.pdf").read_bytes()
    assert pdf_pages(data) == 1
    assert "Semua OPD sudah mencapai target sampel." in pdf_strings(data)
    sheet = load_workbook(tmp_path / "kosong.xlsx").active
    assert sheet is not None
    assert "Semua OPD sudah mencapai target sampel." in [c for row in sheet.iter_rows(values_only=True) for c in row]


@pytest.mark.parametrize(("phase", "days_left", "expected"), [
    ("before", 140, "Masa survei mulai 1 Juni 2025"),
    ("open", 11, "Masa survei berakhir 31 Oktober 2025 · sisa 11 hari"),
    ("last_day", 0, "Masa survei berakhir 31 Oktober 2025 · hari terakhir"),
    ("closed", 0, "Masa survei sudah ditutup 31 Oktober 2025"),
])
def test_pdf_header_follows_the_windows_phase(phase: str, days_left: int, expected: str) -> None:
    from dataclasses import replace

    report = replace(hand_report([hand_row(1)]), window_start=dt.date(2025, 6, 1), phase=phase, days_left=days_left)
    text = lagging._window(report)
    assert expected in text
    assert ("sisa" in text) == (phase == "open")
