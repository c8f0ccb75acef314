"""A second round of the adversarial population corpus: the same families as tests/support/population_corpus.py, in
surface forms the first round did not try.

The builders, the expectations and the rules are those of the first corpus (its module docstring states them;
``lay``/``expect`` check every hand count against the row codes I, W, F, D, R, S, B). Everything here was counted
by hand from those rules and the principle behind them: nothing in a user's file is silently ignored, rebuilt
into something else, or lost; every column is used or named as unused, every value kept as written or refused
with a reason, every job finishes whole or changes nothing. Where the rules are silent, the principle decides,
and the builder's docstring says how:

- a phone is the number as written: typographic dashes (– — ‑ ‐ −), fullwidth digits, a no-break or thin
  space, a leading apostrophe (Excel's text prefix, as web exports write it) only group or mark the digits;
  a second number in any form (';', '&', 'dan', '|', ' - ', two spaces, '(3)' after a complete number),
  an extension, a word or a look-alike letter refuses it, and so do 'sda'/'idem' (never copied from above).
- a row that is not a person (a header repeated on each printed page, the row of column numbers under the
  header, an OPD section heading, a sub-total) is skipped with its reason, like a Jumlah line.
- an Excel error cell (#N/A …) in an optional column is a value that was refused: a warning, whether or not
  the name or OPD column also has one; '#N/A N/A' (Bloomberg) and '#ERROR!' (Google Sheets) are error texts.
- an acting head (Plt./Plh./Pj.) of an eselon I/II office or of the row's own OPD holds that office; 'JPT
  Pratama' is eselon II by its current name.
- the row numbers of a CSV are the spreadsheet rows Excel shows (one per record, however many lines a quoted
  cell spans).

OPD registry files
(``UNIT_CASES``) are imported with ``spi units import``.
"""

from __future__ import annotations

import codecs
import datetime as dt
import struct
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from tests.support.population_corpus import (
    OLD,
    OLD_UNIT,
    PETUNJUK,
    Built,
    Case,
    Laid,
    Sheet,
    expect,
    lay,
    raw_lines,
    text_lines,
    write_book,
    write_ods_spans,
)

D = dt.date


def write_csv(path: Path, laid: Laid, separator: str = ";", encoding: str = "utf-8") -> Path:
    path.write_bytes("".join(text_lines(laid.rows, separator)).encode(encoding))
    return path


def patch_sheet_xml(path: Path, replacements: dict[str, str], sheet: int = 1) -> Path:
    """Rewrite text in one worksheet's XML of an .xlsx (each old text must occur exactly once)."""
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    name = f"xl/worksheets/sheet{sheet}.xml"
    xml = parts[name].decode("utf-8")
    for old, new in replacements.items():
        assert xml.count(old) == 1, (old, xml.count(old))
        xml = xml.replace(old, new)
    parts[name] = xml.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for part, data in parts.items():
            archive.writestr(part, data)
    return path


# ==========================================================================================================
# Family 1: headers (numbered with colons, English, ALL CAPS, split over two rows, line breaks in a CSV,
# duplicate names, other status/TMT words)
# ==========================================================================================================

def hdr_numbered_colon_xlsx(folder: Path) -> Built:
    """Template headers numbered and ending in a colon ('1. Nama Lengkap :', '5. No HP :'); 'No.' is the row
    number, not the phone."""
    header = ["No.", "1. Nama Lengkap :", "2. NIP :", "3. Jabatan :", "4. Unit Kerja/OPD :", "5. No HP :",
              "6. Email :"]
    laid = lay([["FORMAT DAFTAR POPULASI SPI 2024"], [], header], [
        ("I", "0812 7101 0001", [1, "Rina Oktaviani, S.E.", "198905122015032002", "Analis Keuangan", "BPKAD",
                                 "0812 7101 0001", "rina.okta@gmail.com"]),
        ("I", "0812-7101-0002", [2, "Bambang Sugiarto", None, "Pengadministrasi Umum",
                                 "Badan Pengelolaan Keuangan dan Aset Daerah", "0812-7101-0002", None]),
        # row 4's NIP
        ("D", None, [3, "Rina O.", "198905122015032002", "Analis", "BPKAD", "0812 7101 0003", None]),
        ("W", "0812 7101 0004", [4, "Sutrisno", "1989051220150", "Staf", "BPKAD", "0812 7101 0004", None]),
        ("R", None, [5, "Yuyun Yuniar", None, "Staf", "Badan Keuangan", "0812 7101 0005", None]),
        ("I", "+62 812 7101 0006", [6, "Harun Al Rasyid", None, "Bendahara", "bpkad", "+62 812 7101 0006", None]),
    ])
    path = write_book(folder / "format_populasi.xlsx", [Sheet("Data", laid.rows, merges=["A1:G1"])])
    return path, expect(laid, read=6, imported=4, duplicates=1, rejected=1, warnings=1,
                        mapping={"name": "1. Nama Lengkap :", "nip": "2. NIP :", "position": "3. Jabatan :",
                                 "unit": "4. Unit Kerja/OPD :", "phone": "5. No HP :", "email": "6. Email :"},
                        unmapped=[{"column": "A", "header": "No.", "filled": 6, "looks_like": None}])


def hdr_english_internal_csv(folder: Path) -> Built:
    """An HR system's export with English headers: 'Full Name', 'Position', 'Department' (the OPD), 'Mobile
    Phone', 'E-mail Address', 'Employment Status'; no --unit, so the OPD column must be recognised."""
    laid = lay([["No", "Full Name", "NIP", "Position", "Department", "Mobile Phone", "E-mail Address",
                 "Employment Status"]], [
        ("I", "0813 7202 0001", ["1", "Dewi Kartika Sari", "", "Staff", "DINSOS", "0813 7202 0001",
                                 "dewi.ks@gmail.com", "PNS"]),
        ("I", "0813-7202-0002", ["2", "Agus Salim Harahap", "", "Social Worker", "Dinas Sosial", "0813-7202-0002",
                                 "", "PPPK"]),
        ("D", None, ["3", "Dewi K. S.", "", "Staff", "DINSOS", "", "DEWI.KS@gmail.com", "PNS"]),
        # an office landline next to a valid e-mail
        ("W", None, ["4", "Tono Sutono", "", "Driver", "DINSOS", "0274 512 345", "tono.s@gmail.com", "Non ASN"]),
        ("R", None, ["5", "Lina Marlina", "", "Staff", "Social Affairs Office", "0813 7202 0005", "", "PNS"]),
    ])
    path = write_csv(folder / "hr_export.csv", laid, ",")
    return path, expect(laid, read=5, imported=3, duplicates=1, rejected=1, warnings=1,
                        mapping={"name": "Full Name", "unit": "Department", "phone": "Mobile Phone",
                                 "email": "E-mail Address", "position": "Position",
                                 "employment_status": "Employment Status"},
                        unmapped=[{"column": "A", "header": "No", "filled": 5, "looks_like": None}])


def hdr_english_expert_xlsx(folder: Path) -> Built:
    """Experts with English headers: 'Name', 'Institution', 'Expertise', 'Mobile No.', 'Email Address', and a
    'Remarks' column nobody asked for."""
    laid = lay([["No.", "Name", "Institution", "Expertise", "Mobile No.", "Email Address", "Remarks"]], [
        ("I", "0857 7303 0001", [1, "Prof. Hendra Gunawan", "Universitas Sukamaju", "Public Policy",
                                 "0857 7303 0001", "hendra.g@unsuk.ac.id", None]),
        ("I", "085773030002", [2, "Maria Ulfah", "Sukamaju Corruption Watch", "Anti-corruption", 85773030002,
                               None, "NGO"]),
        ("W", None, [3, "Kevin Aprilio", "Radar Sukamaju", "Journalism", "0857 7303", "kevin.a@radar.co.id",
                     None]),
        ("D", None, [4, "H. Gunawan", "Universitas Sukamaju", "Public Policy", "+62 857-7303-0001", None, None]),
        ("R", None, [5, "Siska Amelia", "KADIN", "Business", None, "siska@", None]),
    ])
    path = write_book(folder / "experts.xlsx", [Sheet("Experts", laid.rows)])
    return path, expect(laid, read=5, imported=3, duplicates=1, rejected=1, warnings=1,
                        mapping={"name": "Name", "organisation": "Institution", "category": "Expertise",
                                 "phone": "Mobile No.", "email": "Email Address"},
                        unmapped=[{"column": "A", "header": "No.", "filled": 5, "looks_like": None},
                                  {"column": "G", "header": "Remarks", "filled": 1, "looks_like": None}])


def hdr_caps_xlsx(folder: Path) -> Built:
    """Every header and most values in capitals: 'NOMOR INDUK PEGAWAI', 'NOMOR HANDPHONE/WA', 'ALAMAT E-MAIL',
    'TMT CPNS', 'TMT JABATAN'; names are stored as written (capitals)."""
    header = ["NO", "NAMA LENGKAP", "NOMOR INDUK PEGAWAI", "JABATAN", "PERANGKAT DAERAH", "NOMOR HANDPHONE/WA",
              "ALAMAT E-MAIL", "STATUS KEPEGAWAIAN", "TMT CPNS", "TMT JABATAN"]
    laid = lay([["DAFTAR PEGAWAI BAPPERIDA"], [], header], [
        ("I", "0878 7404 0001", [1, "IR. SUPRIYADI, M.T.", "197506152000031004", "PERENCANA AHLI MADYA", "BAPPEDA",
                                 "0878 7404 0001", None, "PNS", D(2000, 3, 1), D(2015, 1, 2)]),
        ("F", "0878-7404-0002", [2, "ANISA RAHMAWATI", None, "PERENCANA AHLI PERTAMA", "BAPPEDA", "0878-7404-0002",
                                 "ANISA.R@GMAIL.COM", "PNS", D(2023, 2, 1), D(2023, 2, 1)]),
        # row 4's NIP written with spaces
        ("D", None, [3, "SUPRIYADI", "19750615 200003 1 004", "PERENCANA", "BAPPEDA", "0878 7404 0003", None,
                     "PNS", None, None]),
        ("I", "+62 878 7404 0004", [4, "DODI KURNIAWAN", None, "PENGADMINISTRASI", "BAPPERIDA",
                                    "+62 878 7404 0004", None, "NON ASN", None, None]),
        ("W", "0878 7404 0005", [5, "EVI SUSANTI", None, "STAF", "BAPPEDA", "0878 7404 0005", "evi.susanti@",
                                 "PPPK", D(2014, 1, 1), D(2016, 1, 1)]),
    ])
    path = write_book(folder / "PEGAWAI BAPPERIDA.xlsx", [Sheet("SHEET1", laid.rows, merges=["A1:J1"])])
    return path, expect(laid, read=5, imported=4, duplicates=1, rejected=0, warnings=2, flagged=1,
                        mapping={"name": "NAMA LENGKAP", "nip": "NOMOR INDUK PEGAWAI", "position": "JABATAN",
                                 "unit": "PERANGKAT DAERAH", "phone": "NOMOR HANDPHONE/WA", "email": "ALAMAT E-MAIL",
                                 "employment_status": "STATUS KEPEGAWAIAN", "tmt_institution": "TMT CPNS",
                                 "tmt_unit": "TMT JABATAN"},
                        names=["ANISA RAHMAWATI", "DODI KURNIAWAN", "EVI SUSANTI", "IR. SUPRIYADI, M.T."])


def hdr_two_row_split_csv(folder: Path) -> Built:
    """External ';' CSV (--unit DISDUKCAPIL): each header written over two lines with no merge ('Nama' over
    'Pemohon', 'No.' over 'HP/WA', 'Alamat' over 'E-mail', 'Jenis'/'Tanggal' over 'Layanan')."""
    top: list[list[object]] = [["No", "Nama", "No.", "Alamat", "Jenis", "Tanggal"],
                               ["", "Pemohon", "HP/WA", "E-mail", "Layanan", "Layanan"]]
    laid = lay(top, [
        ("I", "0852 7505 0001", ["1", "Yohana Tanjung", "0852 7505 0001", "", "KTP-el", "2024-05-02"]),
        ("I", None, ["2", "Rahmat Hidayat", "", "rahmat.h@gmail.com", "Akta Kelahiran", "2024-05-03"]),
        # served before 2023-07-01
        ("F", "0852-7505-0003", ["3", "Sumiati", "0852-7505-0003", "", "Kartu Keluarga", "2023-05-30"]),
        ("D", None, ["4", "Yohana T.", "+62 852 7505 0001", "", "KIA", "2024-05-04"]),
        ("R", None, ["5", "Purwanto", "0852 7505", "", "KTP-el", "2024-05-05"]),
    ])
    path = write_csv(folder / "pemohon_dua_baris.csv", laid)
    return path, expect(laid, read=5, imported=3, duplicates=1, rejected=1, warnings=1, flagged=1,
                        columns={"name": "B", "phone": "C", "email": "D", "service_type": "E", "service_date": "F"},
                        unmapped=[{"column": "A", "filled": 5}])


def hdr_linebreak_csv(folder: Path) -> Built:
    """--unit DISKOMINFO: a ',' CSV saved by Excel from headers typed with Alt+Enter, so the header cells are
    quoted and hold line breaks ("Nama\\nLengkap", "No.\\nHP/WA", "Alamat\\nEmail", "TMT\\nUnit Kerja"). The
    header is one spreadsheet row (row 1) however many text lines it spans; the data are rows 2 onwards."""
    laid = lay([["Nama\nLengkap", "NIP", "Jabatan", "No.\nHP/WA", "Alamat\nEmail", "TMT\nUnit Kerja"]], [
        ("I", "0838 7606 0001", ["Bayu Anggara", "", "Pranata Komputer", "0838 7606 0001", "", "2019-01-02"]),
        ("I", "0838-7606-0002", ["Citra Ayu", "", "Pengelola Data", "0838-7606-0002", "citra.ayu@gmail.com",
                                 "2018-01-02"]),
        # TMT Unit 2023-09-01: after 2023-07-01
        ("F", "0838 7606 0003", ["Dimas Prakoso", "", "Staf", "0838 7606 0003", "", "2023-09-01"]),
        ("D", None, ["Bayu A.", "", "Staf", "083876060001", "", ""]),
        ("W", "0838 7606 0005", ["Eka Putri", "1990", "Staf", "0838 7606 0005", "", "2015-01-01"]),
    ])
    path = write_csv(folder / "pegawai_kominfo_enter.csv", laid, ",")
    assert path.read_bytes().count(b"\n") == 10  # 4 line breaks inside the header, 6 line ends
    return path, expect(laid, read=5, imported=4, duplicates=1, rejected=0, warnings=2, flagged=1,
                        columns={"name": "A", "nip": "B", "position": "C", "phone": "D", "email": "E", "tmt_unit": "F"},
                        unmapped=[])


def hdr_duplicate_names_xlsx(folder: Path) -> Built:
    """--unit DLH: 'No. HP' twice and 'Email' twice. The first of each is used, the second named as unused
    (looking like a phone / an e-mail); a value in an unused column is no key, so a later row holding row 2's
    second number or second address is no duplicate."""
    laid = lay([["No", "Nama", "Jabatan", "No. HP", "No. HP", "Email", "Email"]], [
        ("I", "0815 7707 0001", [1, "Agung Prasetyo", "Staf", "0815 7707 0001", "0815 7707 0091",
                                 "agung.p@gmail.com", "agung.kantor@dlh.go.id"]),
        ("I", "0815 7707 0002", [2, "Bella Safitri", "Staf", "0815 7707 0002", None, None, None]),
        ("I", "0815 7707 0091", [3, "Candra Gunawan", "Staf", "0815 7707 0091", None, None, None]),
        ("I", None, [4, "Dian Pertiwi", "Staf", None, None, "agung.kantor@dlh.go.id", None]),
        ("D", None, [5, "Agung P.", "Staf", "+62 815-7707-0001", None, None, None]),
    ])
    path = write_book(folder / "pegawai_dlh_ganda.xlsx", [Sheet("DLH", laid.rows)])
    return path, expect(laid, read=5, imported=4, duplicates=1, rejected=0, warnings=0,
                        columns={"name": "B", "position": "C", "phone": "D", "email": "F"},
                        unmapped=[{"column": "A", "header": "No", "filled": 5, "looks_like": None},
                                  {"column": "E", "header": "No. HP", "filled": 1, "looks_like": "phone"},
                                  {"column": "G", "header": "Email", "filled": 1, "looks_like": "email"}])


def hdr_status_tmt_words_xlsx(folder: Path) -> Built:
    """--unit DISPERINDAG: 'Nama Pegawai', 'Status Pegawai (PNS/PPPK/Honorer)', 'Tgl. Mulai Kerja' (the TMT),
    'TMT di OPD' (the unit's TMT), 'HP (WA aktif)', 'E-mail dinas' (which also holds the word 'dinas')."""
    header = ["No", "Nama Pegawai", "Status Pegawai (PNS/PPPK/Honorer)", "Tgl. Mulai Kerja", "TMT di OPD",
              "HP (WA aktif)", "E-mail dinas"]
    laid = lay([header], [
        ("I", "0819 7808 0001", [1, "Fajar Nugroho", "PNS", "01/03/2010", "02/01/2018", "0819 7808 0001", None]),
        # started 2022-08-01: under two years
        ("F", "0819 7808 0002", [2, "Gita Permatasari", "PPPK", "01/08/2022", "01/08/2022", "0819 7808 0002",
                                 None]),
        # in this OPD since 2023-09-01: under one year
        ("F", "0819-7808-0003", [3, "Heri Setiawan", "PNS", "01/03/2012", "01/09/2023", "0819-7808-0003",
                                 "heri.s@disperindag.go.id"]),
        ("I", "0819 7808 0004", [4, "Indah Lestari", "Honorer", None, None, "0819 7808 0004", None]),
        ("D", None, [5, "Fajar N.", "PNS", None, None, "+62 819 7808 0001", None]),
        # 31 June does not exist
        ("W", "0819 7808 0006", [6, "Joko Susilo", "PNS", "31/06/2015", "01/01/2016", "0819 7808 0006", None]),
    ])
    path = write_book(folder / "pegawai_disperindag_tmt.xlsx", [Sheet("Pegawai", laid.rows)])
    return path, expect(laid, read=6, imported=5, duplicates=1, rejected=0, warnings=3, flagged=2,
                        mapping={"name": "Nama Pegawai", "employment_status": "Status Pegawai (PNS/PPPK/Honorer)",
                                 "tmt_institution": "Tgl. Mulai Kerja", "tmt_unit": "TMT di OPD",
                                 "phone": "HP (WA aktif)", "email": "E-mail dinas"},
                        unmapped=[{"column": "A", "header": "No", "filled": 6, "looks_like": None}])


# ==========================================================================================================
# Family 2: sheets (reference and lookup sheets, a chart sheet, an empty first sheet, per-OPD with a hidden one)
# ==========================================================================================================

LIST_HEADER: list[object] = ["Nama", "NIP", "Jabatan", "OPD", "No. HP", "Email"]


def sheet_referensi_first_xlsx(folder: Path) -> Built:
    """A visible 'Referensi' (OPD codes, names and office phones) and 'Kontak PIC' (the PICs' names and mobile
    numbers: a list of someone else) before 'Data', and a very hidden 'Status' list behind the drop-downs."""
    referensi = [["Kode OPD", "Nama OPD", "Telp. Kantor"], ["DINKES", "Dinas Kesehatan", "(0265) 331001"],
                 ["DISDIK", "Dinas Pendidikan", "(0265) 331002"], ["DINSOS", "Dinas Sosial", "(0265) 331003"]]
    kontak = [["Nama PIC", "OPD", "No. HP PIC"], ["Yusuf Hidayat", "DINSOS", "0811 4000 0001"],
              ["Zainal Permana", "DINKES", "0811 4000 0002"], ["Joko Suryadi", "DISDIK", "0811 4000 0003"]]
    status = [["Status"], ["PNS"], ["PPPK"], ["Non ASN"]]
    laid = lay([LIST_HEADER], [
        ("I", "0821 7909 0001", ["Lilis Suryani", None, "Perawat", "DINKES", "0821 7909 0001", None]),
        ("I", "0821 7909 0002", ["Mulyadi", None, "Guru", "DISDIK", "0821 7909 0002", "mulyadi@gmail.com"]),
        ("D", None, ["Lilis S.", None, "Perawat", "DINKES", "082179090001", None]),
        ("R", None, ["Nanda Putri", None, "Staf", "Dinas Sosial dan PMD", "0821 7909 0004", None]),
        ("I", "0821-7909-0005", ["Oman Abdurahman", None, "Staf", "Dinsos", "0821-7909-0005", None]),
    ])
    path = write_book(folder / "populasi_referensi.xlsx", [
        Sheet("Referensi", referensi), Sheet("Kontak PIC", kontak), Sheet("Data", laid.rows),
        Sheet("Status", status, state="veryHidden")])
    return path, expect(laid, read=5, imported=3, duplicates=1, rejected=1, warnings=0, sheet="Data",
                        sheets=[{"name": "Referensi", "rows": 4, "hidden": False, "read": False, "data": False},
                                {"name": "Kontak PIC", "rows": 4, "hidden": False, "read": False, "data": False},
                                {"name": "Data", "rows": 5, "hidden": False, "read": True, "data": True},
                                {"name": "Status", "rows": 4, "hidden": True, "read": False, "data": False}])


def sheet_chart_first_xlsx(folder: Path) -> Built:
    """Experts: a chart sheet 'Grafik' (a bar chart of the 'Rekap' counts) is the first tab; the list is on
    'Eksper'. The chart holds no cells: the worksheets are listed as usual."""
    from openpyxl.chart import BarChart, Reference

    laid = lay([["Nama", "Instansi", "Kategori", "No. HP", "Email"]], [
        ("I", "0896 8010 0001", ["Dr. Yusuf Maulana", "Universitas Sukamaju", "Akademisi", "0896 8010 0001", None]),
        ("I", None, ["Zahra Amalia", "LSM Bersih", "LSM", None, "zahra@lsmbersih.or.id"]),
        ("D", None, ["Y. Maulana", "Universitas Sukamaju", "Akademisi", "089680100001", None]),
        ("W", None, ["Aldi Firmansyah", "Radar Sukamaju", "Media", "0896-8010", "aldi@radar.co.id"]),
    ])
    workbook = Workbook()
    eksper = workbook.active
    eksper.title = "Eksper"
    for values in laid.rows:
        eksper.append(values)
    rekap = workbook.create_sheet("Rekap")
    counts: list[list[object]] = [["Kategori", "Jumlah"], ["Akademisi", 2], ["LSM", 1], ["Media", 1]]
    for values in counts:
        rekap.append(values)
    chart = BarChart()
    chart.add_data(Reference(rekap, min_col=2, min_row=1, max_row=4), titles_from_data=True)
    chart.set_categories(Reference(rekap, min_col=1, min_row=2, max_row=4))
    workbook.create_chartsheet("Grafik", 0).add_chart(chart)
    workbook.active = 1
    path = folder / "eksper_grafik.xlsx"
    workbook.save(path)
    return path, expect(laid, read=4, imported=3, duplicates=1, rejected=0, warnings=1, sheet="Eksper",
                        sheets_include=[
                            {"name": "Eksper", "rows": 4, "hidden": False, "read": True, "data": True},
                            {"name": "Rekap", "rows": 4, "hidden": False, "read": False, "data": False}])


def sheet_empty_first_xlsx(folder: Path) -> Built:
    """--unit DISHUB: the visible first 'Sheet1' is empty, the list is on 'Sheet2', 'Sheet3' is empty too."""
    laid = lay([["Nama", "Jabatan", "No. HP", "Email"]], [
        ("I", "0817 8111 0001", ["Pardi", "Staf", "0817 8111 0001", None]),
        ("I", "0817 8111 0002", ["Qori Amelia", "Staf", "0817 8111 0002", None]),
        ("R", None, ["Rudi", "Staf", None, None]),
        ("D", None, ["Pardi P.", "Staf", "+62 817 8111 0001", None]),
    ])
    path = write_book(folder / "pegawai_dishub_sheet2.xlsx", [Sheet("Sheet1", []), Sheet("Sheet2", laid.rows),
                                                             Sheet("Sheet3", [])])
    return path, expect(laid, read=4, imported=2, duplicates=1, rejected=1, warnings=0, sheet="Sheet2",
                        sheets=[{"name": "Sheet1", "rows": 0, "hidden": False, "read": False, "data": False},
                                {"name": "Sheet2", "rows": 4, "hidden": False, "read": True, "data": True},
                                {"name": "Sheet3", "rows": 0, "hidden": False, "read": False, "data": False}])


def sheet_per_opd_hidden_xlsx(folder: Path) -> Built:
    """--all-sheets over one sheet per OPD where last year's 'DINSOS 2023' is hidden: only the visible lists are
    read (a hidden sheet is read only when named), the hidden one is listed and named in the notes; DISDIK's
    Sarah repeats DINKES's phone (the same file: a duplicate)."""
    header = ["No", "Nama", "Jabatan", "OPD", "No. HP", "Email"]
    dinkes = lay([header], [
        ("I", "0812 8212 0001", [1, "Sarah Azhari", "Bidan", "DINKES", "0812 8212 0001", None]),
        ("W", None, [2, "Taufik Hidayat", "Perawat", "DINKES", "0812 8212", "taufik.h@gmail.com"]),
    ], sheet="DINKES")
    disdik = lay([header], [
        ("I", "0812 8212 0011", [1, "Umar Bakri", "Guru", "DISDIK", "0812 8212 0011", None]),
        ("D", None, [2, "Sarah A.", "Guru", "DISDIK", "081282120001", None]),
        ("I", "0812 8212 0013", [3, "Vina Panduwinata", "Guru", "Disdik", "0812 8212 0013", None]),
    ], sheet="DISDIK")
    dinsos_old: list[list[object]] = [list(header), [1, "Wawan Setiawan", "Staf", "DINSOS", "0812 8212 0021", None],
                                      [2, "Xena Purnama", "Staf", "DINSOS", "0812 8212 0022", None]]
    rekap: list[list[object]] = [["OPD", "Jumlah"], ["DINKES", 2], ["DISDIK", 3]]
    path = write_book(folder / "populasi_opd_lama.xlsx", [
        Sheet("DINKES", dinkes.rows), Sheet("DISDIK", disdik.rows), Sheet("DINSOS 2023", dinsos_old, state="hidden"),
        Sheet("Rekap", rekap)])
    return path, expect([dinkes, disdik], read=5, imported=4, duplicates=1, rejected=0, warnings=1, batches=2,
                        notes=["DINSOS 2023"],
                        sheets=[{"name": "DINKES", "rows": 2, "hidden": False, "read": True, "data": True},
                                {"name": "DISDIK", "rows": 3, "hidden": False, "read": True, "data": True},
                                {"name": "DINSOS 2023", "rows": 2, "hidden": True, "read": False, "data": True},
                                {"name": "Rekap", "rows": 3, "hidden": False, "read": False, "data": False}])


def sheet_referensi_ods(folder: Path) -> Built:
    """External .ods (--unit DISDUKCAPIL): a 'Referensi' sheet of service types (its header is a field's name)
    before 'Pemohon'."""
    referensi: list[list[object]] = [["Jenis Layanan"], ["KTP-el"], ["Kartu Keluarga"], ["Akta Kelahiran"]]
    laid = lay([["Nama", "No. HP", "Email", "Jenis Layanan", "Tanggal Layanan"]], [
        ("I", "0857 8313 0001", ["Asep Saepudin", "0857 8313 0001", None, "KTP-el", "2024-06-01"]),
        ("I", None, ["Butet Manurung", None, "butet.m@gmail.com", "Kartu Keluarga", "2024-06-02"]),
        # served after 2024-10-31
        ("F", "0857 8313 0003", ["Cahyadi", "0857 8313 0003", None, "Akta Kelahiran", "2024-11-05"]),
        ("R", None, ["Dudung", None, None, "KTP-el", "2024-06-03"]),
    ])
    path = write_ods_spans(folder / "pemohon_referensi.ods", [("Referensi", referensi), ("Pemohon", laid.rows)])
    return path, expect(laid, read=4, imported=3, duplicates=0, rejected=1, warnings=1, flagged=1, sheet="Pemohon",
                        sheets=[{"name": "Referensi", "rows": 4, "hidden": False, "read": False, "data": False},
                                {"name": "Pemohon", "rows": 4, "hidden": False, "read": True, "data": True}])


def sheet_petunjuk_between_xlsx(folder: Path) -> Built:
    """--unit DISPORA: 'Petunjuk' between a hidden 'Master' (last year's list) and the list 'Isian'."""
    master = [["Nama", "No. HP"], ["Galang Rambu", "0852 8919 0001"], ["Hana Pertiwi", "0852 8919 0099"]]
    laid = lay([["No", "Nama", "Jabatan", "No. HP", "Email"]], [
        ("I", "0852 8919 0001", [1, "Galang Rambu", "Pelatih", "0852 8919 0001", None]),
        ("I", "0852 8919 0002", [2, "Hana Pertiwi", "Staf", "0852 8919 0002", None]),
        ("D", None, [3, "Galang R.", "Pelatih", "085289190001", None]),
    ])
    path = write_book(folder / "pegawai_dispora_isian.xlsx", [
        Sheet("Master", master, state="hidden"), Sheet("Petunjuk", PETUNJUK), Sheet("Isian", laid.rows)])
    return path, expect(laid, read=3, imported=2, duplicates=1, rejected=0, warnings=0, sheet="Isian",
                        notes=["Master"],
                        sheets=[{"name": "Master", "rows": 2, "hidden": True, "read": False, "data": True},
                                {"name": "Petunjuk", "rows": 5, "hidden": False, "read": False, "data": False},
                                {"name": "Isian", "rows": 3, "hidden": False, "read": True, "data": True}])


# ==========================================================================================================
# Family 3: phones (typographic dashes, fullwidth digits, numbers as Excel numbers, apostrophes, second
# numbers in new forms, words, look-alike letters and extensions)
# ==========================================================================================================

def phone_unicode_dashes_csv(folder: Path) -> Built:
    """--unit PUPR: digit groups joined by typographic dashes (en dash, non-breaking hyphen, em dash, minus
    sign, Unicode hyphen; what Word's autocorrect and copied web pages put in): one number each, read as
    written. ' – ' between two whole numbers is a second number and refuses the cell."""
    laid = lay([["Nama", "Jabatan", "No. HP", "Email"]], [
        ("I", "0812 8414 0001", ["Ahmad Dhani", "Staf", "0812\u20138414\u20130001", ""]),
        ("I", "0812 8414 0002", ["Bimo Setiaji", "Staf", "0812\u20118414\u20110002", ""]),
        ("I", "0812 8414 0003", ["Cinta Kuya", "Staf", "0812\u20148414\u20140003", ""]),
        ("I", "0812 8414 0004", ["Dede Yusuf", "Staf", "0812\u22128414\u22120004", ""]),
        ("I", "0812 8414 0005", ["Evan Dimas", "Staf", "0812\u20108414\u20100005", ""]),
        ("W", None, ["Fajar Sadboy", "Staf", "0812 8414 0006 \u2013 0813 8414 0007", "fajar.s@gmail.com"]),
        ("D", None, ["Ahmad D.", "Staf", "081284140001", ""]),
        # the second number of line 7, which stored none: no duplicate
        ("I", "0813 8414 0007", ["Gading Marten", "Staf", "0813 8414 0007", ""]),
    ])
    path = write_csv(folder / "pegawai_pupr_strip.csv", laid)
    return path, expect(laid, read=8, imported=7, duplicates=1, rejected=0, warnings=1)


def phone_fullwidth_xlsx(folder: Path) -> Built:
    """Experts: digits typed with an East Asian keyboard layout (fullwidth ０-９, '＋', '－') and groups split by a
    no-break or thin space: the same digits, read as written."""
    laid = lay([["Nama", "Instansi", "No. HP", "Email"]], [
        ("I", "0812 8515 0001", ["Liem Swie King", "Universitas Sukamaju", "０８１２８５１５０００１", None]),
        ("I", "+62 812 8515 0002", ["Tan Joe Hok", "LSM Bersih", "＋６２ ８１２ ８５１５ ０００２", None]),
        ("I", "0812 8515 0003", ["Ong Hok Liong", "Radar Sukamaju", "０８１２－８５１５－０００３", None]),
        ("I", "0812 8515 0004", ["Ratna Sari", "KADIN", "0812\u00a08515\u00a00004", None]),
        ("I", "0812 8515 0005", ["Sinta Nuriyah", "Akademisi", "0812\u20098515\u20090005", None]),
        ("D", None, ["S. K. Liem", "Universitas Sukamaju", "081285150001", None]),
    ])
    path = write_book(folder / "eksper_lebar.xlsx", [Sheet("Eksper", laid.rows)])
    return path, expect(laid, read=6, imported=5, duplicates=1, rejected=0, warnings=0)


def phone_numeric_cells_xlsx(folder: Path) -> Built:
    """--unit BKPSDM: phones as Excel number cells. Excel writes a large number in the file as
    '6.281861600002E+12' or '6.28186160005E+11' (exact: every digit is there); a whole number is a phone, a
    fraction is not, and a number typed as text in scientific notation lost its digits."""
    laid = lay([["No", "Nama", "Jabatan", "No. HP", "Email"]], [
        ("I", "+6281861600001", [1, "Kamal Hamzah", "Analis SDM", 6281861600001, None]),
        ("I", "+6281861600002", [2, "Laila Sari", "Staf", 6281861600002.0, None]),
        ("I", "081861600003", [3, "Markus Horison", "Staf", 81861600003.0, None]),
        ("W", None, [4, "Nadine Chandra", "Staf", 81861600004.5, "nadine.c@gmail.com"]),
        ("I", "+628186160005", [5, "Olla Ramlan", "Staf", 628186160005.0, None]),
        ("D", None, [6, "Kamal H.", "Staf", "0818-6160-0001", None]),
        ("W", None, [7, "Pandji Pragiwaksono", "Staf", "6.28186E+11", "pandji.p@gmail.com"]),
    ])
    path = write_book(folder / "pegawai_bkpsdm_angka.xlsx", [Sheet("Pegawai", laid.rows)])
    patch_sheet_xml(path, {"<v>6281861600002</v>": "<v>6.281861600002E+12</v>",
                           "<v>628186160005</v>": "<v>6.28186160005E+11</v>"})
    return path, expect(laid, read=7, imported=6, duplicates=1, rejected=0, warnings=2)


def phone_apostrophe_csv(folder: Path) -> Built:
    """External ';' CSV (--unit DISHUB) from a web app that writes Excel's text prefix into the file: an
    apostrophe before each number ("'0812…") only says 'this is text'; the number is read as written."""
    laid = lay([["Nama", "No. HP", "Email", "Jenis Layanan", "Tanggal Layanan"]], [
        ("I", "0812 8717 0001", ["Qomarudin", "'081287170001", "", "Uji KIR", "2024-04-01"]),
        ("I", "0812-8717-0002", ["Rosa Linda", "'0812-8717-0002", "", "Uji KIR", "2024-04-02"]),
        ("I", "+62 812 8717 0003", ["Sule Prikitiw", "'+62 812 8717 0003", "", "Izin Trayek", "2024-04-03"]),
        ("D", None, ["Qomarudin Q.", "081287170001", "", "Uji KIR", "2024-04-04"]),
        ("I", "+6281287170006", ["Tukul Arwana", "'6281287170006", "", "Uji KIR", "2024-04-05"]),
    ])
    path = write_csv(folder / "pengguna_dishub_kutip.csv", laid)
    return path, expect(laid, read=5, imported=4, duplicates=1, rejected=0, warnings=0)


def phone_two_numbers_more_xlsx(folder: Path) -> Built:
    """Experts: two numbers in one cell joined in ways not tried before (';', '&', 'dan', '|', ' - ', two
    spaces), a complete number followed by '(3)' (which read together is 0812-8818-0013, another valid number),
    numbers sharing a prefix ('…014/15'), extensions ('ext.', 'pes.', '#'): all refused, none rebuilt. The
    number row 8 would have been rebuilt into and row 2's second number appear later: no duplicates."""
    laid = lay([["Nama", "Instansi", "No. HP", "Email"]], [
        ("W", None, ["Agus Ringgo", "Universitas Sukamaju", "0812 8818 0001; 0813 8818 0002", "agus.r@unsuk.ac.id"]),
        ("W", None, ["Bunga Zainal", "LSM Bersih", "0812 8818 0003 & 0813 8818 0004", "bunga.z@lsm.or.id"]),
        ("W", None, ["Cut Tari", "Radar Sukamaju", "0812 8818 0005 dan 0813 8818 0006", "cut.tari@radar.co.id"]),
        ("W", None, ["Darius Sinathrya", "KADIN", "0812 8818 0007 | 0813 8818 0008", "darius@kadin.or.id"]),
        ("W", None, ["Eko Patrio", "Akademisi", "0812 8818 0009 - 0813 8818 0010", "eko.p@unsuk.ac.id"]),
        ("W", None, ["Fitri Tropica", "LSM Bersih", "0812 8818 0011  0813 8818 0012", "fitri.t@lsm.or.id"]),
        ("W", None, ["Gilang Dirga", "Radar Sukamaju", "0812-8818-001 (3)", "gilang.d@radar.co.id"]),
        ("W", None, ["Happy Salma", "KADIN", "0812 8818 014/15", "happy.s@kadin.or.id"]),
        ("W", None, ["Indra Bekti", "Akademisi", "0812 8818 0016 ext. 21", "indra.b@unsuk.ac.id"]),
        ("W", None, ["Jessica Iskandar", "LSM Bersih", "0812-8818-0017 pes. 22", "jessica.i@lsm.or.id"]),
        ("W", None, ["Kimberly Ryder", "Radar Sukamaju", "0812 8818 0018 #23", "kimberly@radar.co.id"]),
        ("R", None, ["Luna Maya", "KADIN", "0812 8818 0019 atau", None]),
        ("I", "0812 8818 0013", ["Marcella Zalianty", "Akademisi", "0812 8818 0013", None]),
        ("I", "0813 8818 0002", ["Nirina Zubir", "LSM Bersih", "0813 8818 0002", None]),
    ])
    path = write_book(folder / "eksper_dua_nomor_lagi.xlsx", [Sheet("Eksper", laid.rows)])
    return path, expect(laid, read=14, imported=13, duplicates=0, rejected=1, warnings=11)


def phone_words_more_xlsx(folder: Path) -> Built:
    """--unit DISPORA: 'sda' (sama dengan atas), 'idem', a ditto mark, '-', 'tidak ada', 'belum punya HP', '0',
    'n/a' in the phone column: no phone, and never the number of the row above."""
    laid = lay([["No", "Nama", "Jabatan", "No. HP", "Email"]], [
        ("I", "0852 8919 0001", [1, "Galang Rambu Anarki", "Staf", "0852 8919 0001", None]),
        ("W", None, [2, "Hana Pertiwi Saraswati", "Staf", "sda", "hana.ps@gmail.com"]),
        ("R", None, [3, "Iwan Fals", "Staf", "idem", None]),
        ("R", None, [4, "Jojo Suharjo", "Staf", '"', None]),
        ("R", None, [5, "Kiki Saputri", "Staf", "-", None]),
        ("R", None, [6, "Lala Karmela", "Staf", "tidak ada", None]),
        ("W", None, [7, "Mamat Alkatiri", "Staf", "belum punya HP", "mamat.a@gmail.com"]),
        ("R", None, [8, "Nono Sumarno", "Staf", "0", None]),
        ("R", None, [9, "Oki Setiana", "Staf", "n/a", None]),
        ("I", "0852 8919 0010", [10, "Putri Ayu Lestari", "Staf", "0852 8919 0010", None]),
    ])
    path = write_book(folder / "pegawai_dispora_sda.xlsx", [Sheet("Pegawai", laid.rows)])
    return path, expect(laid, read=10, imported=4, duplicates=0, rejected=6, warnings=2)


def phone_letters_ext_csv(folder: Path) -> Built:
    """--unit DISKOMINFO: other look-alike letters (lower-case o, Cyrillic О, Greek ο, B for 8) and extensions
    ('ext', 'x'): refused, never read as digits; the numbers they resemble come later and are no duplicates."""
    laid = lay([["Nama", "Jabatan", "No. HP", "Email"]], [
        ("W", None, ["Qodir Zaelani", "Staf", "0812-90o0-0001", "qodir.z@gmail.com"]),
        ("R", None, ["Rara Sekar", "Staf", "0812-9020-0\u041e02", ""]),
        ("R", None, ["Sandi Sandoro", "Staf", "0812 9020 00\u03bf3", ""]),
        ("W", None, ["Tika Panggabean", "Staf", "0B12 9020 0004", "tika.p@gmail.com"]),
        ("W", None, ["Ujang Komarudin", "Staf", "(0265) 331234 ext 12", "ujang.k@gmail.com"]),
        ("R", None, ["Vera Anggraini", "Staf", "0812 9020 0006 x12", ""]),
        ("I", "0812 9000 0001", ["Wahyu Hidayat", "Staf", "0812 9000 0001", ""]),
        ("I", "0812 9020 0002", ["Xaverius Sitanggang", "Staf", "0812 9020 0002", ""]),
    ])
    path = write_csv(folder / "pegawai_kominfo_huruf.csv", laid, ",")
    return path, expect(laid, read=8, imported=5, duplicates=0, rejected=3, warnings=3,
                        reasons={2: ["huruf"], 3: ["huruf"], 4: ["huruf"], 5: ["huruf"]})


def phone_decimal_dot_csv(folder: Path) -> Built:
    """--unit DISKAN, ';' CSV from an English-locale Excel: numbers with a decimal point. '.0' is Excel's and is
    dropped; '.5' makes it no whole number, so no phone (as ',5' is), never a number one digit longer.
    The numbers rows 2 and 3 would be rebuilt into come later: no duplicates."""
    laid = lay([["Nama", "Jabatan", "No. HP", "Email"]], [
        ("W", None, ["Yusuf Mansur", "Staf", "628589022935.5", "yusuf.m@gmail.com"]),
        ("W", None, ["Zainuddin MZ", "Staf", "8123456000.5", "zainuddin@gmail.com"]),
        ("I", "+628589022936", ["Abdul Somad", "Staf", "628589022936.0", ""]),
        ("I", "+6285890229355", ["Buya Hamka", "Staf", "6285890229355", ""]),
        ("I", "0812 3456 0005", ["Cak Nun", "Staf", "0812 3456 0005", ""]),
    ])
    path = write_csv(folder / "pegawai_diskan_titik.csv", laid)
    return path, expect(laid, read=5, imported=5, duplicates=0, rejected=0, warnings=2)


# ==========================================================================================================
# Family 4: encodings (UTF-16 without BOM, Mac and mixed line endings, a cp1252 line after a multi-line cell)
# ==========================================================================================================

def enc_utf16le_nobom_txt(folder: Path) -> Built:
    """--unit DP3A: UTF-16 little-endian, tab-separated, without a byte-order mark."""
    laid = lay([["Nama", "Jabatan", "No. HP", "Email"]], [
        ("I", "0878 9121 0001", ["Nur’aini Yusuf", "Staf", "0878 9121 0001", ""]),
        ("I", "0878-9121-0002", ["Désy Ratnasari", "Staf", "0878-9121-0002", "desy.r@gmail.com"]),
        ("D", None, ["Nur’aini Y.", "Staf", "087891210001", ""]),
        ("R", None, ["Oktavia", "Staf", "0878", ""]),
    ])
    path = folder / "pegawai_dp3a_utf16.txt"
    path.write_bytes("".join(raw_lines(laid.rows, "\t")).encode("utf-16-le"))
    return path, expect(laid, read=4, imported=2, duplicates=1, rejected=1, warnings=0,
                        names=["Désy Ratnasari", "Nur’aini Yusuf"])


def enc_utf16be_nobom_csv(folder: Path) -> Built:
    """Experts: UTF-16 big-endian, ';', without a byte-order mark."""
    laid = lay([["Nama", "Lembaga", "No. HP", "Email"]], [
        ("I", "0881 9222 0001", ["Hélène Wuisan", "Universitas Sukamaju", "0881 9222 0001", ""]),
        ("I", None, ["Bima Nur’alam Putra", "LSM Bersih", "", "bima.np@lsmbersih.or.id"]),
        ("W", None, ["Çağla Siregar", "Radar Sukamaju", "0881-9222", "cagla@radar.co.id"]),
        ("D", None, ["H. Wuisan", "Universitas Sukamaju", "+62 881 9222 0001", ""]),
    ])
    path = write_csv(folder / "eksper_utf16be.csv", laid, ";", "utf-16-be")
    return path, expect(laid, read=4, imported=3, duplicates=1, rejected=0, warnings=1,
                        names=["Bima Nur’alam Putra", "Hélène Wuisan", "Çağla Siregar"])


def enc_mac_cr_csv(folder: Path) -> Built:
    """--unit DISARPUS: UTF-8 ';' CSV with classic Mac line ends (a carriage return alone)."""
    laid = lay([["Nama", "Jabatan", "No. HP", "Email"]], [
        ("I", "0895 9323 0001", ["André Simatupang", "Arsiparis", "0895 9323 0001", ""]),
        ("I", "0895-9323-0002", ["Siti Nur’aini", "Pustakawan", "0895-9323-0002", ""]),
        ("W", None, ["Théo Lumbantobing", "Staf", "0895 9323", "theo.l@gmail.com"]),
        ("D", None, ["André S.", "Arsiparis", "089593230001", ""]),
        ("I", "0895 9323 0006", ["Yuli Rahmawati", "Staf", "0895 9323 0006", ""]),
    ])
    path = folder / "pegawai_disarpus_mac.csv"
    path.write_bytes("".join(text_lines(laid.rows, ";")).replace("\r\n", "\r").encode("utf-8"))
    assert b"\n" not in path.read_bytes()
    return path, expect(laid, read=5, imported=4, duplicates=1, rejected=0, warnings=1,
                        names=["André Simatupang", "Siti Nur’aini", "Théo Lumbantobing", "Yuli Rahmawati"])


def enc_mixed_endings_csv(folder: Path) -> Built:
    """--unit DISPARBUD: one ',' file whose lines end in CR LF, LF and CR alike (pasted together from three
    machines), with a quoted Jabatan holding a line break (Alt+Enter) on row 3. Pure UTF-8: no warnings."""
    laid = lay([["Nama", "Jabatan", "No. HP", "Email"]], [
        ("I", "0896 9424 0001", ["Made Suardana", "Pemandu Wisata", "0896 9424 0001", ""]),
        ("I", "0896 9424 0002", ["Ketut Arsana", "Kepala Seksi\nPromosi Wisata", "0896 9424 0002", ""]),
        ("I", "0896 9424 0003", ["Nur’aini Wulandari", "Staf", "0896 9424 0003", ""]),
        ("I", "0896 9424 0004", ["Gédé Wirawan", "Staf", "0896 9424 0004", ""]),
        ("D", None, ["Made S.", "Staf", "089694240001", ""]),
        ("W", None, ["Wayan Gendo", "Staf", "0896 94", "wayan.g@gmail.com"]),
    ])
    ends = ["\r\n", "\n", "\r", "\r\n", "\n", "\r", "\n"]
    lines = [line[:-2] + end for line, end in zip(text_lines(laid.rows, ","), ends, strict=True)]
    path = folder / "pegawai_disparbud_campur.csv"
    path.write_bytes("".join(lines).encode("utf-8"))
    return path, expect(laid, read=6, imported=5, duplicates=1, rejected=0, warnings=1,
                        names=["Gédé Wirawan", "Ketut Arsana", "Made Suardana", "Nur’aini Wulandari", "Wayan Gendo"])


def enc_cp1252_after_multiline_csv(folder: Path) -> Built:
    """--unit DISPARBUD: UTF-8 ',' CSV whose row 3 has a quoted cell with a line break, and whose row 4 was pasted
    from a cp1252 file (’ is 0x92). Row 4 is the fifth text line: the warning that it was read as cp1252
    belongs to spreadsheet row 4 (Nur’aini), not to row 5."""
    laid = lay([["Nama", "Jabatan", "No. HP", "Email"]], [
        ("I", "0896 9525 0001", ["Made Wirata", "Pemandu Wisata", "0896 9525 0001", ""]),
        ("I", "0896 9525 0002", ["Ketut Sudiarta", "Kepala Seksi\nPromosi Wisata", "0896 9525 0002", ""]),
        ("W", "0896 9525 0003", ["Nur’aini Kartika", "Staf", "0896 9525 0003", ""]),
        ("I", "0896 9525 0004", ["Gédé Suarsana", "Staf", "0896 9525 0004", ""]),
        ("D", None, ["Made W.", "Staf", "089695250001", ""]),
    ])
    lines = text_lines(laid.rows, ",")
    data = b"".join(line.encode("cp1252" if number == 4 else "utf-8") for number, line in enumerate(lines, 1))
    assert b"\x92" in data and "é".encode() in data
    path = folder / "pegawai_disparbud_ansi.csv"
    path.write_bytes(data)
    return path, expect(laid, read=5, imported=4, duplicates=1, rejected=0, warnings=1,
                        names=["Gédé Suarsana", "Ketut Sudiarta", "Made Wirata", "Nur’aini Kartika"])


def enc_cp1252_last_line_csv(folder: Path) -> Built:
    """Experts: UTF-8 ';' CSV whose line 3 was pasted from cp1252 with an en dash (0x96) and 'ë' (0xEB) in it,
    and whose last line, also cp1252, has no line end."""
    laid = lay([["Nama", "Lembaga", "No. HP", "Email"]], [
        ("I", "0877 9626 0001", ["Nur’aini Hasibuan", "Universitas Sukamaju", "0877 9626 0001", ""]),
        ("W", "0877-9626-0002", ["Zoë Pattinama", "LSM Bersih – Sukamaju", "0877-9626-0002", ""]),
        ("I", "0877 9626 0003", ["Bintang Émile", "Radar Sukamaju", "0877 9626 0003", ""]),
        ("W", "0877 9626 0004", ["Renée Tambunan", "KADIN", "0877 9626 0004", ""]),
    ])
    lines = text_lines(laid.rows, ";")
    lines[-1] = lines[-1].rstrip("\r\n")
    data = b"".join(line.encode("cp1252" if number in (3, 5) else "utf-8") for number, line in enumerate(lines, 1))
    assert b"\x96" in data and b"\xeb" in data and not data.endswith(b"\n")
    path = folder / "eksper_ansi_akhir.csv"
    path.write_bytes(data)
    return path, expect(laid, read=4, imported=4, duplicates=0, rejected=0, warnings=2,
                        names=["Bintang Émile", "Nur’aini Hasibuan", "Renée Tambunan", "Zoë Pattinama"])


def enc_ansi_cr_txt(folder: Path) -> Built:
    """External (--unit DISPARBUD): a whole Windows-1252 (ANSI) tab file with carriage-return line ends: one
    encoding for the whole file, so no row carries a warning for it."""
    laid = lay([["Nama", "No. HP", "Email", "Jenis Layanan", "Tanggal Layanan"]], [
        ("I", "0858 9727 0001", ["Nur’aini Lubis", "0858 9727 0001", "", "Izin Usaha", "2024-02-01"]),
        ("I", "0858-9727-0002", ["José Rumahorbo", "0858-9727-0002", "", "Izin Usaha", "2024-03-01"]),
        ("F", "0858 9727 0003", ["Agnès Purba", "0858 9727 0003", "", "Izin Usaha", "2023-01-10"]),
        ("D", None, ["Nur’aini L.", "+6285897270001", "", "Izin Usaha", "2024-04-01"]),
    ])
    path = folder / "pengguna_disparbud_ansi.txt"
    path.write_bytes("".join(raw_lines(laid.rows, "\t")).replace("\r\n", "\r").encode("cp1252"))
    return path, expect(laid, read=4, imported=3, duplicates=1, rejected=0, warnings=1, flagged=1,
                        names=["Agnès Purba", "José Rumahorbo", "Nur’aini Lubis"])


# ==========================================================================================================
# Family 5: names that are not names, invisible characters elsewhere, error cells in optional columns
# ==========================================================================================================

def name_errors_other_csv(folder: Path) -> Built:
    """Experts: error texts of LibreOffice and Excel in other forms (Err:502, Err:504, #NAME?, ' #n/a '),
    a name that is only a no-break space or an ideographic space."""
    laid = lay([["Nama", "Lembaga", "No. HP", "Email"]], [
        ("R", None, ["Err:502", "LSM Bersih", "0811 9828 0001", ""]),
        ("R", None, ["#NAME?", "Radar Sukamaju", "0811 9828 0002", ""]),
        ("R", None, [" #n/a ", "Universitas Sukamaju", "0811 9828 0003", ""]),
        ("R", None, ["Err:504", "LSM Bersih", "0811 9828 0004", ""]),
        ("R", None, ["\u00a0", "LSM Bersih", "0811 9828 0005", ""]),
        ("R", None, ["\u3000", "KADIN", "0811 9828 0006", ""]),
        ("I", "0811 9828 0001", ["Umi Kalsum", "Universitas Sukamaju", "0811 9828 0001", ""]),
        ("I", "0811 9828 0006", ["Vicky Prasetyo", "KADIN", "0811 9828 0006", ""]),
    ])
    path = write_csv(folder / "eksper_galat_lain.csv", laid, ",")
    return path, expect(laid, read=8, imported=2, duplicates=0, rejected=6, warnings=0,
                        names=["Umi Kalsum", "Vicky Prasetyo"], reasons={6: ["Nama kosong"], 7: ["Nama kosong"]})


def name_errors_foreign_csv(folder: Path) -> Built:
    """Experts: '#N/A N/A' (what a Bloomberg/Refinitiv lookup leaves) and '#ERROR!' (Google Sheets' parse
    error) as names: error texts, not names; the same phones appear later with real names."""
    laid = lay([["Nama", "Lembaga", "No. HP", "Email"]], [
        ("R", None, ["#N/A N/A", "Universitas Sukamaju", "0811 9929 0001", ""]),
        ("R", None, ["#ERROR!", "KADIN", "0811 9929 0002", ""]),
        ("I", "0811 9929 0003", ["Wulan Guritno", "LSM Bersih", "0811 9929 0003", ""]),
        ("I", "0811 9929 0001", ["Yudha Keling", "Universitas Sukamaju", "0811 9929 0001", ""]),
        ("I", "0811 9929 0002", ["Zaskia Gotik", "KADIN", "0811 9929 0002", ""]),
    ])
    path = write_csv(folder / "eksper_galat_asing.csv", laid, ",")
    return path, expect(laid, read=5, imported=3, duplicates=0, rejected=2, warnings=0,
                        names=["Wulan Guritno", "Yudha Keling", "Zaskia Gotik"])


def name_bidi_xlsx(folder: Path) -> Built:
    """--unit DPMD: direction marks copied from WhatsApp and Arabic-script text (LRM, RLM, ALM, RLE/PDF,
    isolates) and a zero-width non-joiner: a name of nothing else is empty, inside a name they are removed with
    a warning."""
    laid = lay([["No", "Nama", "Jabatan", "No. HP", "Email"]], [
        ("R", None, [1, "\u200e", "Staf", "0813 9030 0001", None]),
        ("R", None, [2, "\u200f\u200e", "Staf", "0813 9030 0002", None]),
        ("W", "0813 9030 0003", [3, "\u200fSiti Aminah", "Staf", "0813 9030 0003", None]),
        ("W", "0813 9030 0004", [4, "Rudi\u200c Hartono", "Staf", "0813 9030 0004", None]),
        ("W", "0813 9030 0005", [5, "\u202bAhmad Fauzi\u202c", "Staf", "0813 9030 0005", None]),
        ("W", "0813 9030 0006", [6, "Bunga\u061c Citra", "Staf", "0813 9030 0006", None]),
        ("I", "0813 9030 0001", [7, "Dedi Mulyadi", "Staf", "0813 9030 0001", None]),
        ("R", None, [8, "\u2066\u2069", "Staf", "0813 9030 0008", None]),
    ])
    path = write_book(folder / "pegawai_dpmd_arah.xlsx", [Sheet("DPMD", laid.rows)])
    return path, expect(laid, read=8, imported=5, duplicates=0, rejected=3, warnings=4,
                        names=["Ahmad Fauzi", "Bunga Citra", "Dedi Mulyadi", "Rudi Hartono", "Siti Aminah"],
                        reasons={2: ["Nama kosong"], 3: ["Nama kosong"], 9: ["Nama kosong"]}, xlsx_export=True)


def name_hidden_other_columns_csv(folder: Path) -> Built:
    """Internal ',' CSV: invisible and control characters in the OPD (a bell, a zero-width space, an RLM), the
    e-mail, the NIP (a stray BOM), the Jabatan (NUL) and the phone (LRM): removed, each row warned; an OPD that
    only matches once a character is removed *and* another letter is dropped does not match."""
    laid = lay([LIST_HEADER], [
        ("W", "0853 9131 0001", ["Eko Prasetyo", "", "Staf", "DIN\x07KES", "0853 9131 0001", ""]),
        ("W", "0853 9131 0002", ["Fani Rahma", "", "Staf", "\u200bDISDIK", "0853 9131 0002", ""]),
        ("W", None, ["Gilang Ramadhan", "", "Staf", "DINSOS\u200f", "", "gilang.r\u200b@gmail.com"]),
        ("W", "0853 9131 0004", ["Hesti Purwadinata", "\ufeff198801012010012003", "Staf", "DINKES",
                                 "0853 9131 0004", ""]),
        ("W", "0853 9131 0005", ["Ivan Gunawan", "", "Staf\x00", "DINKES", "\u200e0853 9131 0005", ""]),
        # row 5's NIP
        ("D", None, ["Hesti P.", "198801012010012003", "Staf", "DINKES", "0853 9131 0006", ""]),
        ("I", "0853 9131 0007", ["Joko Anwar", "", "Staf", "DINKES", "0853 9131 0007", ""]),
        ("R", None, ["Kartika Sari", "", "Staf", "DIN\x07SOSIAL", "0853 9131 0008", ""]),
    ])
    path = folder / "pegawai_tersembunyi.csv"
    path.write_bytes("".join(raw_lines(laid.rows, ",")).encode("utf-8"))
    return path, expect(laid, read=8, imported=6, duplicates=1, rejected=1, warnings=5,
                        units={"Eko Prasetyo": "Dinas Kesehatan", "Fani Rahma": "Dinas Pendidikan",
                               "Gilang Ramadhan": "Dinas Sosial"},
                        nips={"Hesti Purwadinata": "198801012010012003"}, xlsx_export=True)


def name_error_cells_opd_xlsx(folder: Path) -> Built:
    """Internal: error cells (a failed VLOOKUP pasted as values) in the OPD, phone, e-mail and NIP columns. An
    OPD that is #N/A matches no OPD; an optional value that is an error is refused with a warning."""
    laid = lay([LIST_HEADER], [
        ("I", "0856 9232 0001", ["Lukas Sihombing", None, "Staf", "DINKES", "0856 9232 0001", None]),
        ("R", None, ["Mega Utami", None, "Staf", "#N/A", "0856 9232 0002", None]),
        ("W", None, ["Nadia Vega", None, "Staf", "DINKES", "#N/A", "nadia.v@gmail.com"]),
        ("W", "0856 9232 0004", ["Oscar Lawalata", None, "Staf", "DINKES", "0856 9232 0004", "#VALUE!"]),
        ("W", "0856 9232 0005", ["Prisia Nasution", "#REF!", "Staf", "DINKES", "0856 9232 0005", None]),
        ("I", "0856 9232 0002", ["Qory Sandioriva", None, "Staf", "DINSOS", "0856 9232 0002", None]),
    ])
    path = write_book(folder / "pegawai_galat_opd.xlsx", [Sheet("Pegawai", laid.rows)])
    with zipfile.ZipFile(path) as archive:
        assert archive.read("xl/worksheets/sheet1.xml").count(b't="e"') == 4
    return path, expect(laid, read=6, imported=5, duplicates=0, rejected=1, warnings=3)


def name_error_cells_contact_xlsx(folder: Path) -> Built:
    """--unit DINSOS: error cells only in the phone, e-mail and NIP columns (the names and the OPD are all
    there). An error cell is what the user sees in the cell: refused with a warning, never read as empty."""
    laid = lay([["Nama", "NIP", "Jabatan", "No. HP", "Email"]], [
        ("I", "0856 9333 0001", ["Rangga Azof", None, "Staf", "0856 9333 0001", None]),
        ("W", None, ["Sheila Dara", None, "Staf", "#N/A", "sheila.d@gmail.com"]),
        ("W", "0856 9333 0003", ["Tora Sudiro", None, "Staf", "0856 9333 0003", "#N/A"]),
        ("W", "0856 9333 0004", ["Ussy Sulistiawaty", "#REF!", "Staf", "0856 9333 0004", None]),
        ("R", None, ["Vino Bastian", None, "Staf", "#N/A", None]),
    ])
    path = write_book(folder / "pegawai_galat_kontak.xlsx", [Sheet("Pegawai", laid.rows)])
    return path, expect(laid, read=5, imported=4, duplicates=0, rejected=1, warnings=3)


# ==========================================================================================================
# Family 6: layouts (offset table, header repeated per page, column-number row, sections and sub-totals,
# notes and signatures beside and below)
# ==========================================================================================================

def layout_offset_xlsx(folder: Path) -> Built:
    """Two blank rows and two blank columns before the table, a title merged over C3:H4, the header on row 6
    starting in column C: the columns are named by their real letters."""
    pad: list[object] = [None, None]
    laid = lay([[], [], [*pad, "DAFTAR PEGAWAI DINAS LINGKUNGAN HIDUP"], [], [],
                [*pad, "No", "Nama", "NIP", "OPD", "No. HP", "Email"]], [
        ("I", "0857 9434 0001", [*pad, 1, "Wulan Guritno Sari", None, "DLH", "0857 9434 0001", None]),
        ("I", "0857 9434 0002", [*pad, 2, "Xavier Hutapea", None, "Dinas Lingkungan Hidup", "0857 9434 0002",
                                 "xavier.h@gmail.com"]),
        ("D", None, [*pad, 3, "Wulan G.", None, "DLH", "+62 857 9434 0001", None]),
        ("W", "0857 9434 0004", [*pad, 4, "Yayan Ruhian", "12345678", "DLH", "0857 9434 0004", None]),
        ("R", None, [*pad, 5, "Zaskia Mecca", None, "DLH", None, None]),
    ])
    path = write_book(folder / "pegawai_dlh_geser.xlsx", [Sheet("DLH", laid.rows, merges=["C3:H4"])])
    return path, expect(laid, read=5, imported=3, duplicates=1, rejected=1, warnings=1,
                        columns={"name": "D", "nip": "E", "unit": "F", "phone": "G", "email": "H"},
                        unmapped=[{"column": "C", "header": "No", "filled": 5, "looks_like": None}])


PAGE_HEADER: list[object] = ["No", "Nama", "NIP", "Jabatan", "No. HP", "Email"]


def layout_repeated_header_xlsx(folder: Path) -> Built:
    """--unit DISNAKER: a list printed with 'rows to repeat at top' and pasted back: the header stands again on
    rows 6 and 10. Those rows are not people: skipped, not rejected."""
    laid = lay([PAGE_HEADER], [
        ("I", "0838 9535 0001", [1, "Abdul Kadir", None, "Staf", "0838 9535 0001", None]),
        ("I", "0838 9535 0002", [2, "Bunga Melati", None, "Staf", "0838 9535 0002", None]),
        ("I", "0838 9535 0003", [3, "Cecep Supriatna", None, "Staf", "0838 9535 0003", None]),
        ("D", None, [4, "Abdul K.", None, "Staf", "083895350001", None]),
        ("S", None, PAGE_HEADER),
        ("I", "0838 9535 0005", [5, "Dadang Koswara", None, "Staf", "0838 9535 0005", None]),
        ("W", None, [6, "Euis Darliah", None, "Staf", "0838 9535", "euis.d@gmail.com"]),
        ("R", None, [7, "Fikri Ramadhan", None, "Staf", None, None]),
        ("S", None, PAGE_HEADER),
        ("I", "0838 9535 0008", [8, "Gugun Gunawan", None, "Staf", "0838 9535 0008", None]),
    ])
    path = write_book(folder / "pegawai_disnaker_cetak.xlsx", [Sheet("Pegawai", laid.rows)])
    return path, expect(laid, read=8, imported=6, duplicates=1, rejected=1, warnings=1, skipped=2)


def layout_column_numbers_xlsx(folder: Path) -> Built:
    """External (--unit DPMPTSP): the printed form's row of column numbers (1, 2, 3 …) under the header: not a
    person, skipped."""
    laid = lay([["No", "Nama", "No. HP", "Email", "Jenis Layanan", "Tanggal Layanan"]], [
        ("S", None, [1, 2, 3, 4, 5, 6]),
        ("I", "0813 9636 0001", [1, "PT Cahaya Abadi", "0813 9636 0001", None, "Izin Usaha", D(2024, 3, 1)]),
        ("I", None, [2, "CV Sinar Jaya", None, "sinarjaya@gmail.com", "PBG", D(2024, 3, 2)]),
        ("D", None, [3, "Cahaya Abadi", "081396360001", None, "Izin Usaha", D(2024, 3, 3)]),
        ("F", "0813 9636 0004", [4, "Toko Berkah", "0813 9636 0004", None, "SIUP", D(2023, 6, 30)]),
    ])
    path = write_book(folder / "pemohon_nomor_kolom.xlsx", [Sheet("Pemohon", laid.rows)])
    return path, expect(laid, read=4, imported=3, duplicates=1, rejected=0, warnings=1, flagged=1, skipped=1)


def layout_subtotal_xlsx(folder: Path) -> Built:
    """Internal: a 'Sub Total' line under each OPD (in the Nama column, in the No column, as 'Sub-Total'),
    a blank row, 'TOTAL' and 'Jumlah Pegawai: 5' at the bottom."""
    header = ["No", "Nama", "NIP", "Jabatan", "OPD", "No. HP", "Email"]
    laid = lay([["REKAP PEGAWAI PER OPD"], [], header], [
        ("I", "0819 9737 0001", [1, "Hadi Susanto", None, "Staf", "DINKES", "0819 9737 0001", None]),
        ("I", "0819 9737 0002", [2, "Ika Natassa", None, "Bidan", "DINKES", "0819 9737 0002", None]),
        ("S", None, [None, "Sub Total", None, None, "DINKES", "2 orang", None]),
        ("I", "0819 9737 0003", [3, "Jaka Sembung", None, "Guru", "DISDIK", "0819 9737 0003", None]),
        ("D", None, [4, "Hadi S.", None, "Guru", "DISDIK", "0819-9737-0001", None]),
        ("S", None, ["Sub Total DISDIK", None, None, None, None, "2", None]),
        ("W", None, [5, "Kirana Larasati", None, "Staf", "DINSOS", "0819 9737", "kirana.l@gmail.com"]),
        ("S", None, [None, "Sub-Total", None, None, None, 1, None]),
        ("B", None, []),
        ("S", None, [None, "TOTAL", None, None, None, 5, None]),
        ("S", None, [None, "Jumlah Pegawai: 5", None, None, None, None, None]),
    ])
    path = write_book(folder / "rekap_per_opd.xlsx", [Sheet("Rekap", laid.rows, merges=["A1:G1"])])
    return path, expect(laid, read=5, imported=4, duplicates=1, rejected=0, warnings=1, skipped=5)


def layout_section_heading_xlsx(folder: Path) -> Built:
    """Internal: the list in sections, each opened by its OPD's name merged across the table ('I. DINAS
    KESEHATAN'): a heading, not a person, skipped."""
    header = ["No", "Nama", "NIP", "Jabatan", "OPD", "No. HP", "Email"]
    laid = lay([header], [
        ("S", None, ["I. DINAS KESEHATAN"]),
        ("I", "0821 9838 0001", [1, "Lestari Ningsih", None, "Bidan", "DINKES", "0821 9838 0001", None]),
        ("I", "0821 9838 0002", [2, "Mamat Surahmat", None, "Perawat", "DINKES", "0821 9838 0002", None]),
        ("S", None, ["II. DINAS PENDIDIKAN"]),
        ("I", "0821 9838 0003", [3, "Nunung Nurhayati", None, "Guru", "DISDIK", "0821 9838 0003", None]),
        ("D", None, [4, "Lestari N.", None, "Guru", "DISDIK", "082198380001", None]),
    ])
    path = write_book(folder / "pegawai_per_bagian.xlsx", [Sheet("Pegawai", laid.rows, merges=["A2:G2", "A5:G5"])])
    return path, expect(laid, read=4, imported=3, duplicates=1, rejected=0, warnings=0, skipped=2)


def layout_notes_signature_right_csv(folder: Path) -> Built:
    """--unit DISKOPUKM, ';' CSV: 'Keterangan:' and '* honorer daerah' under the table, then the signature block
    two columns right of the table (beyond its header), as a printed form puts it."""
    laid = lay([["No", "Nama", "Jabatan", "No. HP", "Email"]], [
        ("I", "0822 9939 0001", [1, "Oki Rengga", "Staf", "0822 9939 0001", ""]),
        ("I", "0822 9939 0002", [2, "Pevita Pearce", "Staf", "0822 9939 0002", ""]),
        ("D", None, [3, "Oki R.", "Staf", "082299390001", ""]),
        ("W", None, [4, "Qomar Dani", "Staf", "0822 9939", "qomar.d@gmail.com"]),
        ("B", None, []),
        ("S", None, ["", "Keterangan:", "", "", ""]),
        ("S", None, ["", "* honorer daerah", "", "", ""]),
        ("B", None, []),
        ("S", None, ["", "", "", "", "", "", "Sukamaju, 15 Juli 2024"]),
        ("S", None, ["", "", "", "", "", "", "Kepala Dinas Koperasi dan Usaha Mikro"]),
        ("B", None, []),
        ("S", None, ["", "", "", "", "", "", "Kartika Kusuma, S.H., M.H."]),
        ("S", None, ["", "", "", "", "", "", "NIP. 19750505 200003 2 004"]),
    ])
    path = write_csv(folder / "pegawai_diskop_ttd.csv", laid)
    return path, expect(laid, read=4, imported=3, duplicates=1, rejected=0, warnings=1, skipped=6)


def layout_notes_signature_xlsx(folder: Path) -> Built:
    """--unit DISPERINDAG: names marked '*'/'**' (kept as written), notes in the No column ('Keterangan :',
    '*) Tenaga honorer', '**) PPPK paruh waktu') and the signature block in the phone column."""
    laid = lay([PAGE_HEADER], [
        ("I", "0831 9040 0001", [1, "Rini Wulandari*", None, "Staf", "0831 9040 0001", None]),
        ("I", "0831 9040 0002", [2, "Sapto Nugroho", None, "Staf", "0831 9040 0002", None]),
        ("I", "0831 9040 0003", [3, "Tiara Andini**", None, "Staf", "0831 9040 0003", "tiara.a@gmail.com"]),
        ("D", None, [4, "Sapto N.", None, "Staf", "083190400002", None]),
        ("B", None, []),
        ("S", None, ["Keterangan :"]),
        ("S", None, ["*) Tenaga honorer"]),
        ("S", None, ["**) PPPK paruh waktu"]),
        ("B", None, []),
        ("S", None, [None, None, None, None, "Sukamaju, 31 Juli 2024"]),
        ("S", None, [None, None, None, None, "KEPALA DINAS PERINDUSTRIAN"]),
        ("S", None, [None, None, None, None, "DAN PERDAGANGAN"]),
        ("B", None, []),
        ("S", None, [None, None, None, None, "Ir. Dewi Pratama, M.Kes."]),
        ("S", None, [None, None, None, None, "NIP. 19710823 199506 2 013"]),
    ])
    path = write_book(folder / "pegawai_disperindag_ket.xlsx", [Sheet("Pegawai", laid.rows)])
    return path, expect(laid, read=4, imported=3, duplicates=1, rejected=0, warnings=0, skipped=8,
                        names=["Rini Wulandari*", "Sapto Nugroho", "Tiara Andini**"])


# ==========================================================================================================
# Family 7: eligibility (other eselon I/II titles, the head of the row's own OPD, acting heads, JPT)
# ==========================================================================================================

ELIG_HEADER = ["No", "Nama", "NIP", "Jabatan", "Perangkat Daerah", "No. HP", "TMT", "TMT Unit"]


def _titled(prefix: str) -> Callable[[str, int, str, str, str], tuple[str, str, list[object]]]:
    def row(code: str, n: int, name: str, post: str, unit: str) -> tuple[str, str, list[object]]:
        phone = f"{prefix} {n:04d}"
        return code, phone, [n, name, None, post, unit, phone, OLD, OLD_UNIT]
    return row


def elig_titles_pemda_xlsx(folder: Path) -> Built:
    """Eselon II offices of a kabupaten in the words offices use (Sekretaris DPRD, Kepala Pelaksana BPBD, Kepala
    Satpol PP, Direktur RSUD, Inspektur Kabupaten, Kadis, Kaban, Asisten Daerah, Staf Ahli, Sekda) are
    flagged; eselon III/IV posts and those that only mention an office (a Kabag, a Kepala Puskesmas, a
    Sekretaris Inspektorat, an Ajudan/Sopir/Sekretaris Pribadi of an official, a Lurah) are not."""
    row = _titled("0812 9141")
    laid = lay([ELIG_HEADER], [
        row("F", 1, "Antonius Bahari", "Sekretaris DPRD Kabupaten Sukamaju", "SETWAN"),
        row("F", 2, "Benediktus Laka", "Kepala Pelaksana BPBD", "BPBD"),
        row("F", 3, "Cornelia Agatha", "Kepala Satuan Polisi Pamong Praja", "SATPOLPP"),
        row("F", 4, "dr. Dion Wiyoko, Sp.PD", "Direktur RSUD Sukamaju", "RSUD"),
        row("F", 5, "Drs. Ferry Salim", "Inspektur Kabupaten Sukamaju", "INSP"),
        row("F", 6, "Gunawan Sudrajat", "Kadis Kesehatan", "DINKES"),
        row("F", 7, "Hengky Kurniawan", "Asisten Daerah Bidang Administrasi Umum", "SETDA"),
        row("F", 8, "Ibnu Jamil", "Staf Ahli Bupati Bidang Pemerintahan, Hukum dan Politik", "SETDA"),
        row("F", 9, "Jamal Mirdad", "Sekda", "SETDA"),
        row("F", 10, "Krisna Mukti", "Kaban Kesbangpol", "KESBANGPOL"),
        row("I", 11, "Lukman Sardi", "Kepala Bagian Umum", "SETDA"),
        row("I", 12, "Mathias Muchus", "Kasubag Keuangan", "DINKES"),
        row("I", 13, "Nicholas Saputra", "Kabid Pelayanan Kesehatan", "DINKES"),
        row("I", 14, "Oka Antara", "Kepala Puskesmas Cimerak", "DINKES"),
        row("I", 15, "Piet Pagau", "Sekretaris Inspektorat", "INSP"),
        row("I", 16, "Reza Rahadian", "Sekretaris Camat Wanagiri", "KEC-WNG"),
        row("I", 17, "Slamet Rahardjo", "Inspektur Pembantu Bidang Investigasi", "INSP"),
        row("I", 18, "Tio Pakusadewo", "Staf Sekretariat DPRD", "SETWAN"),
        row("I", 19, "Umar Lubis", "Ajudan Bupati", "SETDA"),
        row("I", 20, "Vino Sebastian", "Kepala Seksi Kedaruratan", "BPBD"),
        row("I", 21, "Wulan Guritno", "Sopir Kepala Dinas", "DINKES"),
        row("I", 22, "Yama Carlos", "Sekretaris Pribadi Bupati", "SETDA"),
        row("I", 23, "Zumi Zola", "Lurah Sukamaju Kota", "KEC-SKJ"),
    ])
    path = write_book(folder / "pejabat_pemda.xlsx", [Sheet("Pegawai", laid.rows)])
    return path, expect(laid, read=23, imported=23, duplicates=0, rejected=0, warnings=10, flagged=10)


def elig_unit_head_csv(folder: Path) -> Built:
    """The head of the row's own OPD, as the registry knows them: by name (with or without degrees) where the row
    gives no NIP and no other post, by the head's NIP whatever the post, by the post ('Camat Cimerak' in
    Kecamatan Cimerak, 'Kepala DKP', the registry's own post). A namesake in another OPD, or with a NIP of their
    own and another post, is someone else."""
    header = ["Nama", "NIP", "Jabatan", "OPD", "No. HP", "TMT", "TMT Unit"]

    def row(code: str, n: int, name: str, nip: str, post: str, unit: str) -> tuple[str, str, list[object]]:
        phone = f"0813 9242 {n:04d}"
        return code, phone, [name, nip, post, unit, phone, "2005-01-01", "2015-01-01"]

    laid = lay([header], [
        row("F", 1, "Lukman Saputra", "", "", "DINKES"),
        row("F", 2, "Ir. Lestari Wibowo, S.E.", "", "", "DINSOS"),
        row("F", 3, "Joko Wibowo", "196606091998072006", "Pembina Utama Muda", "SETDA"),
        row("F", 4, "Melati Wulandari", "", "Camat Cimerak", "KEC-CMR"),
        row("I", 5, "Lukman Saputra", "", "", "DISDIK"),
        row("I", 6, "Lestari Wibowo", "198001012005012001", "Staf", "DINSOS"),
        row("F", 7, "Asep Purnama", "", "Kepala DKP", "DKP"),
        row("F", 8, "Taufik Nugroho", "", "Kepala Rumah Sakit Umum Daerah Sukamaju", "RSUD"),
        row("I", 9, "Drs. Sri Wibowo", "", "Auditor Ahli Madya", "DINKES"),
        row("I", 10, "Zainal Ramadhan", "", "Analis SDM", "DINKES"),
        row("F", 11, "Rahmat Saputra", "198101172008051019", "", "BPBD"),
    ])
    path = write_csv(folder / "kepala_opd.csv", laid)
    return path, expect(laid, read=11, imported=11, duplicates=0, rejected=0, warnings=7, flagged=7)


def elig_acting_heads_csv(folder: Path) -> Built:
    """Acting holders (Plt., Plh., Pj.) of an eselon II office or of their own OPD's headship are flagged like the
    holder; an acting head of a section or a field (eselon III/IV) is not."""
    header = ["Nama", "Jabatan", "OPD", "No. HP", "TMT", "TMT Unit"]

    def row(code: str, n: int, name: str, post: str, unit: str) -> tuple[str, str, list[object]]:
        phone = f"0813 9343 {n:04d}"
        return code, phone, [name, post, unit, phone, "2005-01-01", "2015-01-01"]

    laid = lay([header], [
        row("F", 1, "Agus Kuncoro", "Plt. Kepala Dinas Sosial", "DINSOS"),
        row("F", 2, "Baim Wong", "Pj. Sekretaris Daerah", "SETDA"),
        row("F", 3, "Chicco Jerikho", "Plh. Kepala Badan Pendapatan Daerah", "BAPENDA"),
        row("F", 4, "Deddy Mizwar", "Plt. Camat Pasirlaya", "KEC-PSR"),
        row("I", 5, "Epy Kusnandar", "Plt. Kepala Seksi Pelayanan", "DINSOS"),
        row("I", 6, "Fedi Nuril", "Plt. Kepala Bidang Anggaran", "BPKAD"),
    ])
    path = write_csv(folder / "pejabat_plt.csv", laid)
    return path, expect(laid, read=6, imported=6, duplicates=0, rejected=0, warnings=4, flagged=4)


def elig_eselon_column_xlsx(folder: Path) -> Built:
    """An 'Eselon' column written in the forms SIMPEG exports and people type: 'II/b', 'IIb', 'II - B', '2b'
    are eselon II (flagged); 'III/a', 'IV.b', 'Non Eselon', '-' are not. The posts themselves say nothing."""
    header = ["No", "Nama", "Jabatan", "Eselon", "Perangkat Daerah", "No. HP", "TMT", "TMT Unit"]

    def row(code: str, n: int, name: str, eselon: str) -> tuple[str, str, list[object]]:
        phone = f"0813 9444 {n:04d}"
        return code, phone, [n, name, "Pejabat Struktural", eselon, "SETDA", phone, OLD, OLD_UNIT]

    laid = lay([header], [
        row("F", 1, "Garin Nugroho", "II/b"),
        row("F", 2, "Hanung Bramantyo", "IIb"),
        row("F", 3, "Ifa Isfansyah", "II - B"),
        row("F", 4, "Joko Anwar Hidayat", "2b"),
        row("I", 5, "Kamila Andini", "III/a"),
        row("I", 6, "Lola Amaria", "IV.b"),
        row("I", 7, "Mira Lesmana", "Non Eselon"),
        row("I", 8, "Nia Dinata", "-"),
    ])
    path = write_book(folder / "pejabat_eselon.xlsx", [Sheet("Pegawai", laid.rows)])
    return path, expect(laid, read=8, imported=8, duplicates=0, rejected=0, warnings=4, flagged=4)


def elig_jpt_xlsx(folder: Path) -> Built:
    """Eselon I/II by its current name (UU ASN): 'JPT Pratama' (eselon II) in the Eselon column and 'Pejabat
    Pimpinan Tinggi Pratama' as the post are flagged; 'Administrator' and 'Pengawas' (III and IV) are not."""
    header = ["No", "Nama", "Jabatan", "Eselon", "Perangkat Daerah", "No. HP", "TMT", "TMT Unit"]

    def row(code: str, n: int, name: str, post: str, eselon: str) -> tuple[str, str, list[object]]:
        phone = f"0813 9545 {n:04d}"
        return code, phone, [n, name, post, eselon, "SETDA", phone, OLD, OLD_UNIT]

    laid = lay([header], [
        row("F", 1, "Olga Syahputra", "Pejabat Struktural", "JPT Pratama"),
        row("F", 2, "Parto Patrio", "Pejabat Pimpinan Tinggi Pratama", ""),
        row("I", 3, "Qomar Sinaga", "Pejabat Administrator", "Administrator"),
        row("I", 4, "Rano Karno", "Pejabat Pengawas", "Pengawas"),
    ])
    path = write_book(folder / "pejabat_jpt.xlsx", [Sheet("Pegawai", laid.rows)])
    return path, expect(laid, read=4, imported=4, duplicates=0, rejected=0, warnings=2, flagged=2)


def elig_title_abbreviations_xlsx(folder: Path) -> Built:
    """Eselon II offices in the short forms Pemda lists use: 'Kadinkes', 'Kadisdik', 'Kadinsos' (Kepala Dinas …),
    'Kalak BPBD' (Kepala Pelaksana), 'Kasat Pol PP' are flagged; 'Irban' (Inspektur Pembantu), 'Kasi', 'Kabid',
    'Kasubag' (eselon III/IV) are not."""
    row = _titled("0812 9646")
    laid = lay([ELIG_HEADER], [
        row("F", 1, "Budi Anduk", "Kadinkes", "DINKES"),
        row("F", 2, "Cici Tegal", "Kadisdik", "DISDIK"),
        row("F", 3, "Dorce Gamalama", "Kadinsos", "DINSOS"),
        row("F", 4, "Eddy Brokoli", "Kalak BPBD", "BPBD"),
        row("F", 5, "Fenita Arie", "Kasat Pol PP", "SATPOLPP"),
        row("I", 6, "Gogon Margono", "Irban Wilayah I", "INSP"),
        row("I", 7, "Haji Bolot", "Kasi Pelayanan", "DINSOS"),
        row("I", 8, "Indro Warkop", "Kabid Anggaran", "BPKAD"),
        row("I", 9, "Jojon Jayaatmaja", "Kasubag Umum", "DINKES"),
    ])
    path = write_book(folder / "pejabat_singkatan.xlsx", [Sheet("Pegawai", laid.rows)])
    return path, expect(laid, read=9, imported=9, duplicates=0, rejected=0, warnings=5, flagged=5)


def elig_own_head_short_csv(folder: Path) -> Built:
    """--unit DISHUB: the OPD's own list names its head's post in short: 'Kepala' alone and 'Kepala Dishub' are
    the head of Dinas Perhubungan; 'Kepala Seksi Angkutan' and 'Sekretaris' (the Sekretaris Dinas) are not."""
    laid = lay([["Nama", "Jabatan", "No. HP", "TMT", "TMT Unit"]], [
        ("F", "0813 9747 0001", ["Kasino Hadiwibowo", "Kepala", "0813 9747 0001", "2005-01-01", "2015-01-01"]),
        ("F", "0813 9747 0002", ["Dono Warkop", "Kepala Dishub", "0813 9747 0002", "2005-01-01", "2015-01-01"]),
        ("I", "0813 9747 0003", ["Eman Slamet", "Kepala Seksi Angkutan", "0813 9747 0003", "2005-01-01",
                                 "2015-01-01"]),
        ("I", "0813 9747 0004", ["Rudy Salam", "Sekretaris", "0813 9747 0004", "2005-01-01", "2015-01-01"]),
    ])
    path = write_csv(folder / "pejabat_dishub.csv", laid)
    return path, expect(laid, read=4, imported=4, duplicates=0, rejected=0, warnings=2, flagged=2)


# ==========================================================================================================
# Family 8: what the file really is (renamed workbooks, CSV and PDF called .xlsx, a password, a damaged zip,
# nested HTML tables, thead/tbody/tfoot, XML 2003 with indexes and a hidden sheet, header and total only)
# ==========================================================================================================

def diag_xlsx_renamed_xls(folder: Path) -> Built:
    """--unit DINKES: an .xlsx workbook saved with the name .xls: read as .xlsx, and the notes say so."""
    laid = lay([["Nama", "NIP", "Jabatan", "No. HP", "Email"]], [
        ("I", "0852 1141 0001", ["Yosef Lewerissa", None, "Dokter", "0852 1141 0001", None]),
        ("I", "085211410002", ["Zulfa Hanum", None, "Bidan", 85211410002, None]),
        ("D", None, ["Yosef L.", None, "Dokter", "+62 852-1141-0001", None]),
        ("R", None, ["Aan Anwar", None, "Staf", None, "aan@"]),
    ])
    built = write_book(folder / "pegawai_dinkes_baru.xlsx", [Sheet("Pegawai", laid.rows)])
    path = built.rename(folder / "pegawai_dinkes_baru.xls")
    return path, expect(laid, read=4, imported=2, duplicates=1, rejected=1, warnings=0, notes=["xlsx"])


def diag_ods_renamed_xlsx(folder: Path) -> Built:
    """Experts: a LibreOffice .ods saved with the name .xlsx: read as .ods, and the notes say so."""
    laid = lay([["Nama", "Instansi", "No. HP", "Email"]], [
        ("I", "0853 1242 0001", ["Benny Tambunan", "Universitas Sukamaju", "0853 1242 0001", None]),
        ("I", "+6285312420002", ["Citra Kirana", "LSM Bersih", 6285312420002, None]),
        ("W", None, ["Dodit Mulyanto", "Radar Sukamaju", "0853 1242", "dodit@radar.co.id"]),
        ("D", None, ["B. Tambunan", "Universitas Sukamaju", "085312420001", None]),
    ])
    built = write_ods_spans(folder / "eksper_libre.ods", [("Eksper", laid.rows)])
    path = built.rename(folder / "eksper_libre.xlsx")
    return path, expect(laid, read=4, imported=3, duplicates=1, rejected=0, warnings=1, notes=["ods"])


def diag_csv_as_xlsx(folder: Path) -> Built:
    """--unit DISTAN: Excel's 'CSV UTF-8' (BOM, ';') given the name .xlsx: read as the CSV it is, with a note."""
    laid = lay([["Nama", "Jabatan", "No. HP", "Email"]], [
        ("I", "0855 1343 0001", ["Eman Sulaeman", "Penyuluh", "0855 1343 0001", ""]),
        ("I", "0855-1343-0002", ["Fitri Handayani", "Penyuluh", "0855-1343-0002", "fitri.h@gmail.com"]),
        ("D", None, ["Eman S.", "Penyuluh", "085513430001", ""]),
        ("W", None, ["Guntur Wibisono", "Staf", "0855 1343", "guntur.w@gmail.com"]),
    ])
    path = folder / "pegawai_distan_csv.xlsx"
    path.write_bytes(codecs.BOM_UTF8 + "".join(text_lines(laid.rows, ";")).encode("utf-8"))
    return path, expect(laid, read=4, imported=3, duplicates=1, rejected=0, warnings=1, notes=["CSV"])


def diag_pdf_as_xlsx(folder: Path) -> Built:
    """A list printed to PDF and renamed .xlsx: refused, saying it is a PDF; nothing stored."""
    from reportlab.pdfgen import canvas

    path = folder / "daftar_pegawai_pdf.xlsx"
    pdf = canvas.Canvas(str(path))
    for line, text in enumerate(["No  Nama  No. HP", "1  Hendra Wijaya  0812 1444 0001",
                                 "2  Irma Yunita  0812 1444 0002"]):
        pdf.drawString(72, 760 - 18 * line, text)
    pdf.save()
    assert path.read_bytes().startswith(b"%PDF")
    return path, {"exit": 2, "stderr": ["daftar_pegawai_pdf.xlsx", "PDF"]}


def _compound_file(streams: dict[str, bytes]) -> bytes:
    """A minimal OLE compound file (CFB v3, 512-byte sectors) holding the given streams, each at least 4096 bytes
    (so none goes to the mini stream): what Excel wraps an encrypted workbook in."""
    end, free, fat_mark, none = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF
    fat = [fat_mark, end]  # sector 0: the FAT, sector 1: the directory
    starts = []
    for data in streams.values():
        assert len(data) >= 4096 and len(data) % 512 == 0
        first, count = len(fat), len(data) // 512
        starts.append(first)
        fat.extend(list(range(first + 1, first + count)) + [end])
    assert len(fat) <= 128
    fat_sector = struct.pack("<128I", *(fat + [free] * (128 - len(fat))))

    def entry(name: str, kind: int, left: int, right: int, child: int, start: int, size: int) -> bytes:
        encoded = (name + "\0").encode("utf-16-le") if name else b""
        return (encoded.ljust(64, b"\0") + struct.pack("<HBB", len(encoded), kind, 1)
                + struct.pack("<III", left, right, child) + b"\0" * 16 + b"\0" * 4 + b"\0" * 16
                + struct.pack("<IQ", start, size))

    names = list(streams)
    entries = [entry("Root Entry", 5, none, none, 1, end, 0)]
    for index, name in enumerate(names, start=1):
        right = index + 1 if index < len(names) else none
        entries.append(entry(name, 2, none, right, none, starts[index - 1], len(streams[name])))
    while len(entries) < 4:
        entries.append(entry("", 0, none, none, none, 0, 0))
    directory = b"".join(entries)
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 16 + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
              + b"\0" * 6 + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, end, 0, end, 0)
              + struct.pack("<109I", 0, *([free] * 108)))
    assert len(header) == 512 and len(directory) == 512
    return header + fat_sector + directory + b"".join(streams.values())


def diag_encrypted_xlsx(folder: Path) -> Built:
    """A workbook saved with 'Encrypt with Password': Excel writes an OLE compound file holding EncryptionInfo and
    EncryptedPackage instead of a zip. Refused, saying it is password-protected; nothing stored."""
    info = (struct.pack("<HHI", 4, 4, 0x40) + b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            b'<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption"><keyData saltSize="16" '
            b'blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" '
            b'hashAlgorithm="SHA512" saltValue="AAAAAAAAAAAAAAAAAAAAAA=="/></encryption>')
    package = struct.pack("<Q", 9000) + bytes((i * 37 + 11) % 256 for i in range(8192 - 8))
    path = folder / "pegawai_berpassword.xlsx"
    path.write_bytes(_compound_file({"EncryptionInfo": info.ljust(4096, b"\0"), "EncryptedPackage": package}))
    return path, {"exit": 2, "stderr": ["pegawai_berpassword.xlsx", "kata sandi"]}


def _list_workbook(path: Path) -> Path:
    rows: list[list[object]] = [["Nama", "Jabatan", "No. HP", "Email"]]
    rows += [[f"Pegawai {n:03d} Sukamaju", "Staf", f"0812 1545 {n:04d}", None] for n in range(1, 300)]
    return write_book(path, [Sheet("Pegawai", rows)])


def diag_truncated_xlsx(folder: Path) -> Built:
    """A download cut off after 60 % of its bytes (the zip's directory at the end is missing): refused as
    damaged; nothing stored."""
    path = _list_workbook(folder / "pegawai_terpotong.xlsx")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) * 6 // 10])
    return path, {"exit": 2, "stderr": ["pegawai_terpotong.xlsx", "rusak"]}


def diag_damaged_member_xlsx(folder: Path) -> Built:
    """A workbook whose zip directory is intact but whose sheet's compressed bytes are garbage (a broken copy):
    refused; nothing stored."""
    path = _list_workbook(folder / "pegawai_rusak.xlsx")
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        member = archive.getinfo("xl/worksheets/sheet1.xml")
    name_length, extra_length = struct.unpack("<HH", data[member.header_offset + 26: member.header_offset + 30])
    start = member.header_offset + 30 + name_length + extra_length
    for offset in range(start + 20, start + member.compress_size - 20):
        data[offset] = (data[offset] * 7 + 13) % 256
    path.write_bytes(bytes(data))
    return path, {"exit": 2, "stderr": ["pegawai_rusak.xlsx"]}


def _html_rows(rows: list[list[object]], tag: str = "td") -> str:
    return "\n".join("<tr>" + "".join(f"<{tag}>{'' if cell is None else cell}</{tag}>" for cell in row) + "</tr>"
                     for row in rows)


def diag_html_nested_xls(folder: Path) -> Built:
    """--unit DISDUKCAPIL: a web app's 'Export to Excel' whose page lays out a title, the data table (<thead>
    with <th>, <tbody>) and a print date inside an outer layout table. The data table is read; its rows are
    numbered within it."""
    laid = lay([["No", "Nama", "NIP", "Jabatan", "No. HP", "Email"]], [
        ("I", "0857 1646 0001", ["1", "Hana Hanifah", "", "Staf", "0857 1646 0001", ""]),
        ("I", "0857-1646-0002", ["2", "Ilham Jaya", "198901012014011001", "Staf", "0857-1646-0002",
                                 "ilham.j@gmail.com"]),
        ("D", None, ["3", "Ilham J.", "198901012014011001", "Staf", "0857 1646 0003", ""]),
        ("W", "0857 1646 0004", ["4", "Juwita Bahar", "12", "Staf", "0857 1646 0004", ""]),
        ("R", None, ["5", "Kamal Hamzah", "", "Staf", "", ""]),
    ])
    inner = ("<table border=\"1\">\n<thead>" + _html_rows(laid.rows[:1], "th") + "</thead>\n<tbody>\n"
             + _html_rows(laid.rows[1:]) + "\n</tbody>\n</table>")
    page = ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Export</title></head><body>\n"
            "<table width=\"100%\"><tr><td><h3>DATA PEGAWAI DISDUKCAPIL</h3></td></tr>\n<tr><td>\n" + inner
            + "\n</td></tr>\n<tr><td>Dicetak: 01/08/2024 10:15</td></tr></table>\n</body></html>\n")
    path = folder / "export_pegawai_bersarang.xls"
    path.write_text(page, encoding="utf-8")
    return path, expect(laid, read=5, imported=3, duplicates=1, rejected=1, warnings=1,
                        nips={"Ilham Jaya": "198901012014011001"})


def diag_html_thead_tfoot_xls(folder: Path) -> Built:
    """External (--unit DPMPTSP): HTML saved as .xls with a two-row <thead> of <th> (rowspan, a 'Kontak' colspan),
    a row of &nbsp; cells (blank), two numbers on two lines of one cell (<br>), and a <tfoot> 'Jumlah' line."""
    head = ("<tr><th rowspan=\"2\">No</th><th rowspan=\"2\">Nama Pemohon</th><th colspan=\"2\">Kontak</th>"
            "<th rowspan=\"2\">Jenis Layanan</th><th rowspan=\"2\">Tanggal Layanan</th></tr>\n"
            "<tr><th>No. HP</th><th>Email</th></tr>")
    top: list[list[object]] = [["No", "Nama Pemohon", "Kontak", "Kontak", "Jenis Layanan", "Tanggal Layanan"],
                               ["No", "Nama Pemohon", "No. HP", "Email", "Jenis Layanan", "Tanggal Layanan"]]
    laid = lay(top, [
        ("I", "0811 1747 0001", ["1", "PT Maju Bersama", "0811 1747 0001", "", "Izin Usaha", "05/03/2024"]),
        ("I", None, ["2", "CV Karya Mandiri", "", "karya.mandiri@gmail.com", "PBG", "06/03/2024"]),
        ("B", None, ["&nbsp;"] * 6),
        ("D", None, ["3", "Maju Bersama", "+62 811-1747-0001", "", "Izin Usaha", "07/03/2024"]),
        # served 2024-12-15: after the window
        ("F", "0811 1747 0004", ["4", "Toko Sentosa", "0811 1747 0004", "", "SIUP", "15/12/2024"]),
        ("W", None, ["5", "UD Sejahtera", "0811 1747 0005<br>0812 1747 0006", "ud.sejahtera@gmail.com", "SIUP",
                     "08/03/2024"]),
        ("S", None, ["Jumlah", "Jumlah", "5", "", "", ""]),
    ])
    body = _html_rows(laid.rows[2:-1])
    foot = "<tr><td colspan=\"2\">Jumlah</td><td>5</td><td></td><td></td><td></td></tr>"
    page = ("<html xmlns:x=\"urn:schemas-microsoft-com:office:excel\"><head><meta http-equiv=\"Content-Type\" "
            "content=\"text/html; charset=utf-8\"></head><body><table border=\"1\">\n<thead>\n" + head
            + "\n</thead>\n<tbody>\n" + body + "\n</tbody>\n<tfoot>\n" + foot + "\n</tfoot>\n</table></body></html>\n")
    path = folder / "pemohon_oss_thead.xls"
    path.write_text(page, encoding="utf-8")
    return path, expect(laid, read=5, imported=4, duplicates=1, rejected=0, warnings=2, flagged=1, skipped=1)


def diag_xml2003_hidden_index_xls(folder: Path) -> Built:
    """Experts: XML Spreadsheet 2003 saved as .xls with a hidden first worksheet 'Lama' (WorksheetOptions
    Visible=SheetHidden), a title merged across (MergeAcross), rows and cells placed by ss:Index (row 7 left
    out, the Kategori of row 5 skipped) and a phone as a Number cell that lost its 0."""
    def cell(value: object, index: int | None = None, across: int = 0) -> str:
        attributes = (f' ss:Index="{index}"' if index else "") + (f' ss:MergeAcross="{across}"' if across else "")
        if value in (None, ""):
            return f"<Cell{attributes}/>"
        kind = "Number" if isinstance(value, int | float) else "String"
        return f'<Cell{attributes}><Data ss:Type="{kind}">{value}</Data></Cell>'

    def row(cells: str, index: int | None = None) -> str:
        attributes = f' ss:Index="{index}"' if index else ""
        return f"   <Row{attributes}>{cells}</Row>"

    header = ["Nama", "Instansi", "Kategori", "No. HP", "Email"]
    laid = lay([["DAFTAR EKSPER 2024"], [], header], [
        ("I", "0858 1848 0001", ["Lambok Sinaga", "Universitas Sukamaju", "Akademisi", "0858 1848 0001", ""]),
        ("I", "085818480002", ["Mira Lestari", "LSM Bersih", "", 85818480002, ""]),
        ("D", None, ["L. Sinaga", "Universitas Sukamaju", "Akademisi", "+62 858-1848-0001", ""]),
        ("B", None, []),
        ("I", "0858 1848 0008", ["Oka Antara Putra", "KADIN", "Pelaku Usaha", "0858 1848 0008", ""]),
        ("W", None, ["Nia Ramadhani", "Radar Sukamaju", "Media", "0858 1848", "nia.r@radar.co.id"]),
    ])
    eksper = [row(cell("DAFTAR EKSPER 2024", across=4)),
              row("".join(cell(v) for v in header), index=3),
              row("".join(cell(v) for v in laid.rows[3])),
              row(cell("Mira Lestari") + cell("LSM Bersih") + cell(85818480002, index=4)),
              row("".join(cell(v) for v in laid.rows[5])),
              row("".join(cell(v) for v in laid.rows[7]), index=8),
              row("".join(cell(v) for v in laid.rows[8]))]
    lama = [row("".join(cell(v) for v in header)),
            row("".join(cell(v) for v in ["Lambok Sinaga", "Universitas Sukamaju", "Akademisi", "0858 1848 0001", ""])),
            row("".join(cell(v) for v in ["Teguh Karya", "Radar Sukamaju", "Media", "0858 1848 0099", ""]))]
    xml = ('<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n'
           '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"\n'
           ' xmlns:o="urn:schemas-microsoft-com:office:office"\n'
           ' xmlns:x="urn:schemas-microsoft-com:office:excel"\n'
           ' xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">\n'
           ' <Worksheet ss:Name="Lama">\n  <Table>\n' + "\n".join(lama) + '\n  </Table>\n'
           '  <WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel"><Visible>SheetHidden</Visible>'
           '</WorksheetOptions>\n </Worksheet>\n'
           ' <Worksheet ss:Name="Eksper">\n  <Table>\n' + "\n".join(eksper) + '\n  </Table>\n </Worksheet>\n'
           '</Workbook>\n')
    path = folder / "eksper_xml2003.xls"
    path.write_text(xml, encoding="utf-8")
    return path, expect(laid, read=5, imported=4, duplicates=1, rejected=0, warnings=1, sheet="Eksper",
                        sheets=[{"name": "Lama", "rows": 2, "hidden": True, "read": False, "data": True},
                                {"name": "Eksper", "rows": 5, "hidden": False, "read": True, "data": True}])


def diag_header_total_xlsx(folder: Path) -> Built:
    """The template sent back with nobody in it: a header and a 'Jumlah 0' line. Refused; nothing stored."""
    path = write_book(folder / "template_jumlah.xlsx", [Sheet("Pegawai", [
        ["No", "Nama", "NIP", "Jabatan", "OPD", "No. HP", "Email"], ["Jumlah", None, None, None, None, 0, None]],
        merges=["A2:E2"])])
    return path, {"exit": 2, "stderr": ["template_jumlah.xlsx"]}


def diag_header_total_csv(folder: Path) -> Built:
    """External: a header and a 'TOTAL;0' line only. Refused; nothing stored."""
    path = folder / "pengguna_total.csv"
    path.write_text("Nama;No. HP;Email;Jenis Layanan;Tanggal Layanan\r\nTOTAL;0;;;\r\n", encoding="utf-8")
    return path, {"exit": 2, "stderr": ["pengguna_total.csv"]}


def diag_sheet_protected_xlsx(folder: Path) -> Built:
    """Experts: 'Protect Sheet' and 'Protect Workbook' (structure) with a password: nothing is encrypted, the
    cells are there to read like any workbook's."""
    from openpyxl.workbook.protection import WorkbookProtection

    laid = lay([["Nama", "Instansi", "No. HP", "Email"]], [
        ("I", "0859 1949 0001", ["Kris Biantoro", "Universitas Sukamaju", "0859 1949 0001", None]),
        ("I", None, ["Lydia Kandou", "LSM Bersih", None, "lydia.k@lsmbersih.or.id"]),
        ("D", None, ["K. Biantoro", "Universitas Sukamaju", "085919490001", None]),
    ])
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Eksper"
    for values in laid.rows:
        sheet.append(values)
    sheet.protection.sheet = True
    sheet.protection.password = "rahasia"
    workbook.security = WorkbookProtection(workbookPassword="rahasia", lockStructure=True)
    path = folder / "eksper_terkunci.xlsx"
    workbook.save(path)
    return path, expect(laid, read=3, imported=2, duplicates=1, rejected=0, warnings=0, sheet="Eksper")


def layout_prenumbered_rows_xlsx(folder: Path) -> Built:
    """Experts: a template numbered 1 … 8 in advance, filled for five people: the numbered rows with nobody in
    them hold something only in a column that is not used, and are skipped saying so."""
    laid = lay([["No", "Nama", "Instansi", "No. HP", "Email"]], [
        ("I", "0859 2050 0001", [1, "Mamiek Prakoso", "Universitas Sukamaju", "0859 2050 0001", None]),
        ("I", "0859 2050 0002", [2, "Nunung Srimulat", "LSM Bersih", "0859 2050 0002", None]),
        ("W", None, [3, "Olga Lidya", "Radar Sukamaju", "0859 2050", "olga.l@radar.co.id"]),
        ("D", None, [4, "M. Prakoso", "Universitas Sukamaju", "+62 859 2050 0001", None]),
        ("I", "0859 2050 0005", [5, "Pepeng Soebardi", "KADIN", "0859 2050 0005", None]),
        ("S", None, [6]),
        ("S", None, [7]),
        ("S", None, [8]),
    ])
    path = write_book(folder / "eksper_bernomor.xlsx", [Sheet("Eksper", laid.rows)])
    return path, expect(laid, read=5, imported=4, duplicates=1, rejected=0, warnings=1, skipped=3)


# ----------------------------------------------------------------------------------------------------------
# How each file is imported, and the app bugs the cases expose
# ----------------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class MoreCase(Case):
    """A first-corpus ``Case`` that may name the app bug it exposes (the test marks it xfail, strict)."""

    xfail: str | None = None


ODF = ("odf",)

CASES: tuple[MoreCase, ...] = (
    MoreCase("headers", hdr_numbered_colon_xlsx, "internal"),
    MoreCase("headers", hdr_english_internal_csv, "internal"),
    MoreCase("headers", hdr_english_expert_xlsx, "expert"),
    MoreCase("headers", hdr_caps_xlsx, "internal"),
    MoreCase("headers", hdr_two_row_split_csv, "external", ("--unit", "DISDUKCAPIL")),
    MoreCase("headers", hdr_linebreak_csv, "internal", ("--unit", "DISKOMINFO")),
    MoreCase("headers", hdr_duplicate_names_xlsx, "internal", ("--unit", "DLH")),
    MoreCase("headers", hdr_status_tmt_words_xlsx, "internal", ("--unit", "DISPERINDAG")),
    MoreCase("sheets", sheet_referensi_first_xlsx, "internal"),
    MoreCase("sheets", sheet_chart_first_xlsx, "expert"),
    MoreCase("sheets", sheet_empty_first_xlsx, "internal", ("--unit", "DISHUB")),
    MoreCase("sheets", sheet_per_opd_hidden_xlsx, "internal", ("--all-sheets",)),
    MoreCase("sheets", sheet_referensi_ods, "external", ("--unit", "DISDUKCAPIL"), needs=ODF),
    MoreCase("sheets", sheet_petunjuk_between_xlsx, "internal", ("--unit", "DISPORA")),
    MoreCase("phones", phone_unicode_dashes_csv, "internal", ("--unit", "PUPR")),
    MoreCase("phones", phone_fullwidth_xlsx, "expert"),
    MoreCase("phones", phone_numeric_cells_xlsx, "internal", ("--unit", "BKPSDM")),
    MoreCase("phones", phone_apostrophe_csv, "external", ("--unit", "DISHUB")),
    MoreCase("phones", phone_two_numbers_more_xlsx, "expert"),
    MoreCase("phones", phone_words_more_xlsx, "internal", ("--unit", "DISPORA")),
    MoreCase("phones", phone_letters_ext_csv, "internal", ("--unit", "DISKOMINFO")),
    MoreCase("phones", phone_decimal_dot_csv, "internal", ("--unit", "DISKAN")),
    MoreCase("encoding", enc_utf16le_nobom_txt, "internal", ("--unit", "DP3A")),
    MoreCase("encoding", enc_utf16be_nobom_csv, "expert"),
    MoreCase("encoding", enc_mac_cr_csv, "internal", ("--unit", "DISARPUS")),
    MoreCase("encoding", enc_mixed_endings_csv, "internal", ("--unit", "DISPARBUD")),
    MoreCase("encoding", enc_cp1252_after_multiline_csv, "internal", ("--unit", "DISPARBUD")),
    MoreCase("encoding", enc_cp1252_last_line_csv, "expert"),
    MoreCase("encoding", enc_ansi_cr_txt, "external", ("--unit", "DISPARBUD")),
    MoreCase("names", name_errors_other_csv, "expert"),
    MoreCase("names", name_errors_foreign_csv, "expert"),
    MoreCase("names", name_bidi_xlsx, "internal", ("--unit", "DPMD")),
    MoreCase("names", name_hidden_other_columns_csv, "internal"),
    MoreCase("names", name_error_cells_opd_xlsx, "internal"),
    MoreCase("names", name_error_cells_contact_xlsx, "internal", ("--unit", "DINSOS")),
    MoreCase("layouts", layout_offset_xlsx, "internal"),
    MoreCase("layouts", layout_repeated_header_xlsx, "internal", ("--unit", "DISNAKER")),
    MoreCase("layouts", layout_column_numbers_xlsx, "external", ("--unit", "DPMPTSP")),
    MoreCase("layouts", layout_subtotal_xlsx, "internal"),
    MoreCase("layouts", layout_section_heading_xlsx, "internal"),
    MoreCase("layouts", layout_notes_signature_right_csv, "internal", ("--unit", "DISKOPUKM")),
    MoreCase("layouts", layout_notes_signature_xlsx, "internal", ("--unit", "DISPERINDAG")),
    MoreCase("layouts", layout_prenumbered_rows_xlsx, "expert"),
    MoreCase("eligibility", elig_titles_pemda_xlsx, "internal"),
    MoreCase("eligibility", elig_unit_head_csv, "internal"),
    MoreCase("eligibility", elig_acting_heads_csv, "internal"),
    MoreCase("eligibility", elig_eselon_column_xlsx, "internal"),
    MoreCase("eligibility", elig_jpt_xlsx, "internal"),
    MoreCase("eligibility", elig_title_abbreviations_xlsx, "internal"),
    MoreCase("eligibility", elig_own_head_short_csv, "internal", ("--unit", "DISHUB")),
    MoreCase("diagnoses", diag_xlsx_renamed_xls, "internal", ("--unit", "DINKES")),
    MoreCase("diagnoses", diag_ods_renamed_xlsx, "expert", needs=ODF),
    MoreCase("diagnoses", diag_csv_as_xlsx, "internal", ("--unit", "DISTAN")),
    MoreCase("diagnoses", diag_pdf_as_xlsx, "internal"),
    MoreCase("diagnoses", diag_encrypted_xlsx, "internal"),
    MoreCase("diagnoses", diag_sheet_protected_xlsx, "expert"),
    MoreCase("diagnoses", diag_truncated_xlsx, "internal", ("--unit", "DINKES")),
    MoreCase("diagnoses", diag_damaged_member_xlsx, "internal", ("--unit", "DINKES")),
    MoreCase("diagnoses", diag_html_nested_xls, "internal", ("--unit", "DISDUKCAPIL")),
    MoreCase("diagnoses", diag_html_thead_tfoot_xls, "external", ("--unit", "DPMPTSP")),
    MoreCase("diagnoses", diag_xml2003_hidden_index_xls, "expert"),
    MoreCase("diagnoses", diag_header_total_xlsx, "internal"),
    MoreCase("diagnoses", diag_header_total_csv, "external", ("--unit", "DINKES")),
)


# ==========================================================================================================
# The OPD registry (spi units import): a bad PIC phone, PIC e-mail or head's NIP costs only that value
# ==========================================================================================================

UnitExpected = dict[str, Any]


def units_csv(folder: Path) -> tuple[Path, UnitExpected]:
    """';' CSV into the demo registry (40 OPD). New OPD: a landline PIC phone, a 17-digit head's NIP, a PIC
    e-mail without a domain: each kept without that value, with a warning naming row and column. Known OPD:
    rows that say what the registry says are unchanged (a landline PIC phone for DLH refused, the stored one
    kept); a new head's name updates DISDIK. No code, and a code used twice, are refused. 'No' and 'Alamat
    Kantor' are not read and said so."""
    header = ["No", "Kode OPD", "Nama OPD", "Singkatan", "Nama Kepala", "NIP Kepala", "Jabatan Kepala", "Nama PIC",
              "No. HP PIC", "Email PIC", "Alamat Kantor"]
    rows = [
        ["1", "LABKESDA", "UPTD Laboratorium Kesehatan Daerah", "Labkesda", "dr. Sinta Dewi", "198001012005012001",
         "Kepala UPTD", "Rudi Hartono", "(0265) 331234", "labkesda@sukamajukab.go.id", "Jl. Merdeka 1"],
        ["2", "KEC-MKS", "Kecamatan Mekarsari", "Kec. Mekarsari", "Drs. Hadi Prabowo", "19700101 199503 1 00",
         "Camat Mekarsari", "Sari Wulan", "0812 2151 0001", "sari.w@gmail.com", "Jl. Raya 2"],
        ["3", "UPT-PASAR", "UPT Pasar Daerah", "UPT Pasar", "", "", "", "Bagus", "0812-2151-0002", "pasar@",
         "Jl. Pasar 3"],
        ["4", "DINKES", "Dinas Kesehatan", "Dinkes", "", "", "", "", "", "", ""],
        ["5", "DINSOS", "Dinas Sosial", "", "Ir. Lestari Wibowo, S.E.", "", "", "", "", "", ""],
        ["6", "DISDIK", "Dinas Pendidikan", "Disdik", "Dr. Hj. Indah Setiawan, M.Pd.", "", "", "", "", "", ""],
        ["7", "", "Badan Tanpa Kode", "", "", "", "", "", "", "", ""],
        ["8", "LABKESDA", "UPTD Laboratorium Kesehatan Daerah (lagi)", "", "", "", "", "", "", "", ""],
        ["9", "DLH", "Dinas Lingkungan Hidup", "", "", "", "", "", "0274-512345", "", ""],
    ]
    path = folder / "daftar_opd.csv"
    path.write_text("".join(text_lines([header, *rows], ";")), encoding="utf-8")
    return path, {
        "counts": {"read": 9, "added": 3, "updated": 1, "unchanged": 3, "rejected": 2},
        "warnings": [(2, "I (No. HP PIC)"), (3, "F (NIP Kepala)"), (4, "J (Email PIC)"), (10, "I (No. HP PIC)")],
        "errors": [8, 9],
        "unmapped": ["A (No)", "K (Alamat Kantor)"],
        "stored": {"LABKESDA": {"pic_phone": None, "pic_name": "Rudi Hartono",
                                "pic_email": "labkesda@sukamajukab.go.id", "head_nip": "198001012005012001"},
                   "KEC-MKS": {"head_nip": None, "head_name": "Drs. Hadi Prabowo", "pic_phone": "+6281221510001"},
                   "UPT-PASAR": {"pic_email": None, "pic_phone": "+6281221510002"},
                   "DLH": {"pic_phone": "+628138660303"},
                   "DISDIK": {"head_name": "Dr. Hj. Indah Setiawan, M.Pd."}},
        "total_units": 43,
    }


def units_xlsx(folder: Path) -> tuple[Path, UnitExpected]:
    """.xlsx under a merged title, headers 'Kode', 'Nama Perangkat Daerah', 'Kepala', 'NIP', 'PIC', 'HP PIC',
    'E-mail PIC': a landline PIC phone as a number cell that lost its 0, a head's NIP stored as an Excel number
    (its last digits gone), a PIC cell holding two numbers: each OPD kept without that value, with a warning.
    A NIP written with spaces is the NIP. 'Keterangan' is not read."""
    header = ["Kode", "Nama Perangkat Daerah", "Kepala", "NIP", "PIC", "HP PIC", "E-mail PIC", "Keterangan"]
    rows: list[list[object]] = [
        ["DAMKAR", "Dinas Pemadam Kebakaran dan Penyelamatan", "H. Joko Lestari, M.Pd.", None, None, None, None, None],
        ["BPBD", "Badan Penanggulangan Bencana Daerah", None, None, "Andi Saputra", 265331234, None, "PIC baru"],
        ["SATPOLPP", "Satuan Polisi Pamong Praja", None, 1.96802041998011e17, None, None, None, None],
        ["PERPUSDES", "Perpustakaan Desa Mekarjaya", None, None, "Yanti", "0812 2252 0001 / 0813 2252 0002",
         "yanti@gmail.com", None],
        [],
        ["LABKESWAN", "Laboratorium Kesehatan Hewan", None, "19850505 201001 1 003", "Dedi", "0812-2252-0003", None,
         None],
    ]
    path = write_book(folder / "daftar_opd.xlsx", [Sheet("OPD", [["DAFTAR OPD PESERTA SPI 2024"], [], header, *rows],
                                                        merges=["A1:H1"])])
    return path, {
        "counts": {"read": 5, "added": 2, "updated": 1, "unchanged": 2, "rejected": 0},
        "warnings": [(5, "F (HP PIC)"), (6, "D (NIP)"), (7, "F (HP PIC)")],
        "errors": [],
        "unmapped": ["H (Keterangan)"],
        "stored": {"BPBD": {"pic_name": "Andi Saputra", "pic_phone": "+628575390043"},
                   "SATPOLPP": {"head_nip": "196802041998011018"},
                   "PERPUSDES": {"pic_phone": None, "pic_name": "Yanti", "pic_email": "yanti@gmail.com"},
                   "LABKESWAN": {"head_nip": "198505052010011003", "pic_phone": "+6281222520003"}},
        "total_units": 42,
    }


def units_petunjuk_xlsx(folder: Path) -> tuple[Path, UnitExpected]:
    """An OPD list whose workbook opens on an instructions sheet 'Petunjuk' (sentences, no header): the list on
    'OPD' is the one to read, as the population import passes such sheets over."""
    opd: list[list[object]] = [["Kode", "Nama OPD", "No. HP PIC"],
                               ["UPT-SAMSAT", "UPT Samsat Sukamaju", "0812 2353 0001"],
                               ["DINKES", "Dinas Kesehatan", None]]
    path = write_book(folder / "daftar_opd_petunjuk.xlsx", [Sheet("Petunjuk", PETUNJUK), Sheet("OPD", opd)])
    return path, {"counts": {"read": 2, "added": 1, "updated": 0, "unchanged": 1, "rejected": 0},
                  "warnings": [], "errors": [], "unmapped": [],
                  "stored": {"UPT-SAMSAT": {"name": "UPT Samsat Sukamaju", "pic_phone": "+6281223530001"}},
                  "total_units": 41}


def units_total_signature_csv(folder: Path) -> tuple[Path, UnitExpected]:
    """An OPD list ending in a 'Jumlah;2 OPD' line and a signature block: neither is an OPD. The total line
    must not become an OPD coded 'JUMLAH' named '2 OPD'."""
    path = folder / "daftar_opd_jumlah.csv"
    path.write_text("Kode;Nama OPD;Nama PIC\r\nUPT-AIR;UPT Pengelolaan Air Minum;Budi\r\n"
                    "UPT-PJU;UPT Penerangan Jalan Umum;Sari\r\nJumlah;2 OPD;\r\n;;\r\n;Mengetahui,;\r\n"
                    ";Kepala Bagian Organisasi;\r\n;;\r\n;Drs. Hendra Gunawan;\r\n;NIP. 19700101 199503 1 001;\r\n",
                    encoding="utf-8")
    return path, {"counts": {"added": 2, "updated": 0, "unchanged": 0},
                  "warnings": [], "errors": None, "unmapped": [],
                  "stored": {"UPT-AIR": {"pic_name": "Budi"}, "UPT-PJU": {"pic_name": "Sari"}},
                  "absent": ["JUMLAH"], "total_units": 42}


@dataclass(frozen=True)
class UnitCase:
    """An OPD registry file and, when it exposes one, the app bug (the test marks it xfail, strict)."""

    builder: Callable[[Path], tuple[Path, UnitExpected]]
    xfail: str | None = None

    @property
    def id(self) -> str:
        return self.builder.__name__


UNIT_CASES: tuple[UnitCase, ...] = (
    UnitCase(units_csv),
    UnitCase(units_xlsx),
    UnitCase(units_petunjuk_xlsx),
    UnitCase(units_total_signature_csv),
)

