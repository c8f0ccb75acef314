"""Realistic, messy population files (respondent lists) the way offices send them, with hand-counted results.

Each builder writes one file into ``folder`` and returns ``(path, expected)``: the exact counts
``{"read", "imported", "duplicates", "rejected", "warnings"}`` of importing it for survey year 2024 into a
fresh demo workspace (the 40 demo OPD registered, no population stored). ``CASES`` says with which group and
options each file is imported and how many of its imported rows are flagged (not eligible).

How the counts are made (the rules of the population import):

- read: every row below the header that is not fully blank; read = imported + duplicates + rejected.
- rejected: no name, or neither a valid phone nor a valid email, or (internal/external without --unit)
  an OPD that matches no registered unit by code or name (case-insensitive, spaces trimmed).
- duplicate: a non-rejected row whose valid phone, valid email or (internal) valid NIP equals that of an
  EARLIER KEPT row of the file or of a stored row of the same year and group. Rejected and duplicate rows
  are not "kept": their keys never make a later row a duplicate. Invalid values are never keys.
- warnings: imported rows with at least one warning (an invalid optional value: bad phone next to a valid
  email or the other way round, a bad NIP, an unreadable date; the same phone/email stored in another group
  of the year; or failing eligibility, which also flags the row). An EMPTY optional cell is not a warning.
- eligibility 2024 (survey window 2024-07-01 .. 2024-10-31): internal flagged when TMT is less than 2 years
  before 2024-07-01 (after 2022-07-01), TMT Unit less than 1 year before it (after 2023-07-01), or Jabatan
  says eselon I or II (never III or IV); external flagged when Tanggal Layanan is before 2023-07-01 or
  after 2024-10-31. Missing or unreadable dates are never flagged.

Row comments use the spreadsheet row number (xlsx/ods) or the line number (csv/txt) of the row.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook

Expected = dict[str, int]
Built = tuple[Path, Expected]

D = dt.date


def counts(read: int, imported: int, duplicates: int, rejected: int, warnings: int) -> Expected:
    """The expected summary of one import; checks the arithmetic the import itself must obey."""
    assert read == imported + duplicates + rejected, "read must equal imported + duplicates + rejected"
    assert warnings <= imported, "only imported rows carry warnings"
    return {"read": read, "imported": imported, "duplicates": duplicates, "rejected": rejected,
            "warnings": warnings}


# ----------------------------------------------------------------------------------------------------------
# Writers
# ----------------------------------------------------------------------------------------------------------

def write_xlsx(path: Path, title: str, header: Sequence[object], rows: Sequence[Sequence[object]],
               sheet: str = "Sheet1") -> Path:
    """A title in A1 merged over A1:F1, row 2 blank, the header on row 3, data from row 4.

    Text starting with '=' is stored as text (the way a user types it with a leading apostrophe),
    never as a formula.
    """
    workbook = Workbook()
    worksheet = workbook.active
    worksheet.title = sheet
    worksheet["A1"] = title
    worksheet.merge_cells("A1:F1")
    for row_number, values in enumerate([header, *rows], start=3):
        for column, value in enumerate(values, start=1):
            if value is None:
                continue
            cell = worksheet.cell(row_number, column, value)
            if isinstance(value, str) and value.startswith("="):
                cell.data_type = "s"
    workbook.save(path)
    return path


def csv_text(rows: Sequence[Sequence[object]], separator: str) -> str:
    """Rows as delimited text with Windows line ends, quoting only where needed (as Excel does)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=separator, lineterminator="\r\n")
    for row in rows:
        writer.writerow(["" if value is None else value for value in row])
    return buffer.getvalue()


def write_ods(path: Path, sheets: Sequence[tuple[str, Sequence[Sequence[object]]]]) -> Path:
    """An OpenDocument spreadsheet written with odfpy; numbers become float cells, None an empty cell."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    document = OpenDocumentSpreadsheet()
    for name, rows in sheets:
        table = Table(name=name)
        for values in rows:
            row = TableRow()
            for value in values:
                if value is None or value == "":
                    cell = TableCell()
                elif isinstance(value, int | float):
                    cell = TableCell(valuetype="float", value=value)
                    cell.addElement(P(text=str(value)))
                else:
                    cell = TableCell(valuetype="string")
                    cell.addElement(P(text=str(value)))
                row.addElement(cell)
            table.addElement(row)
        document.spreadsheet.addElement(table)
    document.save(str(path))
    return path


# ----------------------------------------------------------------------------------------------------------
# Internal (employees), OPD column
# ----------------------------------------------------------------------------------------------------------

INTERNAL_XLSX_HEADER = ["No", "Nama Pegawai", "NIP", "Jabatan", "Perangkat Daerah", "No. HP/WA", "Email",
                        "TMT CPNS", "TMT Unit"]


def internal_xlsx(folder: Path) -> Built:
    """Employees of several OPD in one .xlsx (title rows, merged title, Excel number cells, date cells)."""
    rows: list[list[object]] = [
        # row 4: IMPORTED. Phone as text, NIP valid, OPD by code.
        [1, "Siti Rahmawati, S.KM", "198503152010012003", "Epidemiolog Kesehatan Ahli Muda", "DINKES",
         "081234567890", "siti.rahmawati@sukamajukab.go.id", D(2010, 1, 1), D(2018, 3, 1)],
        # row 5: IMPORTED + WARNING, FLAGGED (Eselon II). Phone is an Excel number 6281311112222.0;
        # OPD by name; empty email is no warning.
        [2, "dr. Budi Santoso, M.Kes", "197802282005011002", "Kepala Dinas (Eselon II.b)", "Dinas Kesehatan",
         6281311112222.0, None, D(2005, 1, 1), D(2019, 6, 3)],
        # row 6: IMPORTED. Eselon III is eligible; phone is the Excel integer 81399990001 (the 0 dropped);
        # OPD code in lower case with spaces around it.
        [3, "Agus Wijaya, S.Sos", "198001012006041001", "Kepala Bidang Pelayanan Kesehatan (Eselon III.a)",
         "  dinkes ", 81399990001, "agus.wijaya@gmail.com", D(2006, 4, 1), D(2020, 1, 2)],
        # row 7: DUPLICATE of row 4: the same NIP written with spaces (own phone and email).
        [4, "Dewi Lestari", "19850315 201001 2 003", "Bidan Terampil", "DINKES", "0857 1122 3344",
         "dewi.lestari@gmail.com", D(2010, 1, 1), D(2018, 3, 1)],
        # row 8: DUPLICATE of row 4: "0812-3456-7890" is the same phone as "081234567890".
        [5, "Rina Marlina", None, "Pengadministrasi Umum", "DISDIK", "0812-3456-7890", "rina.marlina@gmail.com",
         D(2016, 2, 15), D(2016, 2, 15)],
        # row 9: IMPORTED. Rina again with her own phone; her email equals row 8's, but row 8 was not kept.
        [6, "Rina Marlina", None, "Pengadministrasi Umum", "DISDIK", "0821 7000 1001", "Rina.Marlina@Gmail.com",
         D(2016, 2, 15), D(2016, 2, 15)],
        # row 10: fully blank: NOT READ.
        [None] * 9,
        # row 11: IMPORTED. "Eselon IV" is eligible (it must not match "eselon i"); phone with +62 and dashes.
        [7, "Hendra Gunawan, S.E.", "198207142009031004", "Kepala Sub Bagian Umum (Eselon IV.a)", "DISDIK",
         "+62 856-4321-0987", "hendra.g@sukamajukab.go.id", D(2009, 3, 1), D(2021, 1, 4)],
        # row 12: IMPORTED + WARNING, FLAGGED: TMT 2023-01-02 is less than 2 years before 2024-07-01.
        # OPD name in capitals.
        [8, "Yulia Putri, A.Md.Kom", "199805212023012001", "Pranata Komputer Terampil", "DINAS PENDIDIKAN",
         "0838 1234 5678", None, D(2023, 1, 2), D(2023, 1, 2)],
        # row 13: IMPORTED + WARNING, FLAGGED: TMT Unit 2024-02-01 is less than 1 year before 2024-07-01.
        [9, "Fajar Nugroho, S.Kep", "198911302015051001", "Perawat Ahli Pertama", "RSUD", "0852 7000 1234",
         "fajar.nugroho@yahoo.co.id", D(2015, 5, 1), D(2024, 2, 1)],
        # row 14: IMPORTED. Exactly 2 years in the institution and exactly 1 year in the unit: eligible.
        [10, "Lina Kusuma, S.Ak", "199207012022072001", "Auditor Ahli Pertama", "Inspektorat Daerah",
         "0896 1234 5678", "lina.kusuma@sukamajukab.go.id", D(2022, 7, 1), D(2023, 7, 1)],
        # row 15: REJECTED: no name.
        [11, None, None, "Tenaga Harian Lepas", "DLH", "0813 5555 6666", None, None, None],
        # row 16: IMPORTED. Same phone as row 15, which was rejected (not kept), so not a duplicate.
        [12, "Taufik Hidayat", None, "Tenaga Harian Lepas", "DLH", "0813-5555-6666", None, None, None],
        # row 17: REJECTED: phone too short and email without a domain: neither is usable.
        [13, "Joko Susilo", None, "Pengemudi", "DISHUB", "0812345", "joko@mail", None, None],
        # row 18: IMPORTED + WARNING: office landline (not a WhatsApp number) but a valid email.
        [14, "Wahyu Pratama", "198706062011011005", "Analis Keuangan", "BPKAD", "022-7271234",
         "wahyu.pratama@yahoo.co.id", D(2011, 1, 1), D(2017, 9, 1)],
        # row 19: IMPORTED + WARNING: the same landline (an invalid phone is never a duplicate key), own email.
        [15, "Sri Wulandari", None, "Bendahara Pengeluaran", "BPKAD", "(022) 7271234",
         "sri.wulandari@sukamajukab.go.id", D(2014, 4, 1), D(2014, 4, 1)],
        # row 20: IMPORTED + WARNING: the NIP has 13 digits.
        [16, "Andi Saputra", "1985031520100", "Penyuluh Pertanian", "DISTAN", "0817 0000 1111", None,
         D(2010, 1, 1), D(2015, 1, 5)],
        # row 21: IMPORTED + WARNING: the NIP is an Excel number (its last digits are lost).
        [17, "Maya Sari, S.Pd", 1.99001012015031e17, "Guru Ahli Muda", "DISDIK", "0881 2345 6789", None,
         D(2015, 3, 1), D(2015, 3, 1)],
        # row 22: REJECTED: OPD "Dinas Kelautan" is not registered.
        [18, "Rahmat Hidayat", None, "Pengawas Perikanan", "Dinas Kelautan", "0813 9000 1234",
         "rahmat.h@gmail.com", D(2012, 1, 1), D(2012, 1, 1)],
        # row 23: IMPORTED + WARNING: the email has no top-level domain; the phone is valid.
        [19, "Intan Permata", "199103032014022002", "Analis Kebijakan", "BAPPEDA", "62 812 9000 1234",
         "intan.permata@gmail", D(2014, 2, 1), D(2019, 1, 2)],
        # row 24: IMPORTED + WARNING: TMT "31/02/2015" is not a date (an unreadable date is not flagged).
        [20, "Eko Prasetyo", "198409092010011003", "Arsiparis Terampil", "DISARPUS", "0822 3000 4000", None,
         "31/02/2015", D(2016, 1, 4)],
        # row 25: IMPORTED. Eselon III; email in mixed case.
        [21, "Nur Hasanah", "197512122000032001", "Sekretaris Dinas (Eselon III.a)", "DINSOS", "0811-200-3001",
         "Nur.Hasanah@Sukamajukab.go.id", D(2000, 3, 1), D(2018, 1, 2)],
        # row 26: DUPLICATE of row 25: the same email in lower case with a trailing space.
        [22, "Nur Hasanah", None, "Sekretaris Dinas", "DINSOS", None, "nur.hasanah@sukamajukab.go.id ", None,
         None],
        # row 27: DUPLICATE of row 5: "+62 813-1111-2222" is the phone stored there as the number 6281311112222.
        [23, "Budi Santoso", None, "Kepala Dinas", "DINKES", "+62 813-1111-2222", None, None, None],
        # row 28: IMPORTED + WARNING, FLAGGED: "eselon II.a" in lower case.
        [24, "Drs. Bambang Suryadi, M.Si.", "196905051990031007", "Sekretaris Daerah (eselon II.a)", "SETDA",
         "0812 7777 8888", "bambang.suryadi@sukamajukab.go.id", D(1990, 3, 1), D(2021, 5, 3)],
    ]
    # read 24 (rows 4-28 less blank row 10)
    # duplicates 4: rows 7, 8, 26, 27
    # rejected 3: rows 15, 17, 22
    # imported 17: rows 4, 5, 6, 9, 11, 12, 13, 14, 16, 18, 19, 20, 21, 23, 24, 25, 28
    # warnings 10: rows 5, 12, 13, 28 (flagged) + 18, 19 (landline) + 20, 21 (NIP) + 23 (email) + 24 (date)
    path = write_xlsx(folder / "pegawai_sukamaju_2024.xlsx",
                      "DAFTAR PEGAWAI ASN DAN NON ASN KABUPATEN SUKAMAJU TAHUN 2024", INTERNAL_XLSX_HEADER, rows,
                      sheet="Pegawai")
    return path, counts(read=24, imported=17, duplicates=4, rejected=3, warnings=10)


# Phones (E.164) of the rows internal_xlsx imports, eligible ones and flagged ones. Wahyu and Sri (landline)
# have no valid phone, so 11 eligible rows have one.
INTERNAL_XLSX_ELIGIBLE_PHONES = {
    "+6281234567890", "+6281399990001", "+6282170001001", "+6285643210987", "+6289612345678", "+6281355556666",
    "+6281700001111", "+6288123456789", "+6281290001234", "+6282230004000", "+628112003001",
}
INTERNAL_XLSX_FLAGGED_PHONES = {"+6281311112222", "+6283812345678", "+6285270001234", "+6281277778888"}
# Valid NIPs of the eligible imported rows (Siti, Agus, Hendra, Lina, Wahyu, Intan, Eko, Nur Hasanah).
INTERNAL_XLSX_ELIGIBLE_NIPS = {
    "198503152010012003", "198001012006041001", "198207142009031004", "199207012022072001",
    "198706062011011005", "199103032014022002", "198409092010011003", "197512122000032001",
}


def internal_csv_cp1252(folder: Path) -> Built:
    """Kecamatan staff saved by Excel as 'CSV (semicolon)' in Windows-1252, names with é and ’."""
    lines = [
        ["DAFTAR PEGAWAI KECAMATAN - KABUPATEN SUKAMAJU"],                                   # line 1: title
        [],                                                                                   # line 2: empty
        ["No", "Nama", "NIP", "Jabatan", "OPD", "No HP", "Email", "TMT", "TMT Unit"],          # line 3: header
        # line 4: IMPORTED. dd/mm/yyyy dates.
        [1, "José Rizal Manurung, S.IP", "198203172006041002", "Camat (Eselon III.a)", "KEC-SKJ", "0812 2000 0001",
         "jose.rizal@sukamajukab.go.id", "17/04/2006", "13/02/2019"],
        # line 5: IMPORTED. OPD by name in lower case; phone 62… without '+'; ISO dates.
        [2, "Nur’aini", "", "Pengadministrasi Umum", "kecamatan cimerak", "6281220000002", "nuraini.cmr@gmail.com",
         "2016-08-17", "2016-08-17"],
        # line 6: REJECTED: phone in scientific notation (digits lost) and no email.
        [3, "Ahmad Fauzi", "", "Pengemudi", "KEC-CMR", "6.28123E+11", "", "", ""],
        # line 7: IMPORTED + WARNING: scientific notation with a decimal comma, but a valid email.
        [4, "Bayu Aji", "", "Staf Pelayanan", "KEC-CMR", "6,28123E+11", "bayu.aji@yahoo.com", "2015-01-15",
         "2015-01-15"],
        # line 8: REJECTED: "Kecamatan Sukamaju" matches no unit (the unit is "Kecamatan Sukamaju Kota").
        [5, "Dedi Kurniawan", "", "Staf Pelayanan", "Kecamatan Sukamaju", "0812 2000 0004", "", "2013-05-20",
         "2013-05-20"],
        # line 9: empty line: NOT READ.
        [],
        # line 10: IMPORTED. Phone lost its leading 0 ("81220000005"); OPD code with spaces around it.
        [6, "Siti Aminah", "", "Pengadministrasi Keuangan", " KEC-PSR ", "81220000005", "", "2012-10-01",
         "2019-10-14"],
        # line 11: DUPLICATE of line 4 (same phone written "+62 812-2000-0001").
        [7, "José Rizal", "", "Camat", "KEC-SKJ", "+62 812-2000-0001", "", "", ""],
        # line 12: only separators: NOT READ.
        ["", "", "", "", "", "", "", "", ""],
        # line 13: REJECTED: the name is only spaces.
        [8, "   ", "", "Staf", "KEC-WNG", "0812 2000 0006", "", "", ""],
        # line 14: IMPORTED + WARNING, FLAGGED: TMT 15/09/2023 is less than 2 years before 2024-07-01.
        [9, "Putri Ayu Lestari, S.Psi", "199901252023012001", "Analis SDM Aparatur Ahli Pertama", "KEC-WNG",
         "0812 2000 0007", "putri.ayu@gmail.com", "15/09/2023", "15/09/2023"],
        # line 15: REJECTED: landline and no email.
        [10, "Sutrisno", "", "Penjaga Kantor", "KEC-TJB", "(0265) 331234", "", "", ""],
        # line 16: IMPORTED. Eselon IV is eligible.
        [11, "Ni Made Sari", "198807232011012004", "Kepala Seksi Pemerintahan (Eselon IV.b)", "KEC-TJB",
         "0812-2000-0009", "", "2011-01-01", "2020-01-06"],
        # line 17: IMPORTED + WARNING: the NIP has 19 digits.
        [12, "Agus Salim", "1985031520100120031", "Kepala Seksi Trantib (Eselon IV.b)", "KEC-SRJ",
         "0812 2000 0010", "", "2010-01-01", "2018-07-02"],
        # line 18: DUPLICATE of line 4: the same NIP (copy-paste error), own phone.
        [13, "Bambang Pamungkas", "198203172006041002", "Sekretaris Camat", "KEC-SRJ", "0812 2000 0011", "", "",
         ""],
    ]
    # read 13 (lines 4-18 less lines 9 and 12)
    # rejected 4: lines 6, 8, 13, 15;  duplicates 2: lines 11, 18
    # imported 7: lines 4, 5, 7, 10, 14, 16, 17;  warnings 3: lines 7 (phone), 14 (flagged), 17 (NIP)
    path = folder / "pegawai_kecamatan.csv"
    path.write_bytes(csv_text(lines, ";").encode("cp1252"))
    return path, counts(read=13, imported=7, duplicates=2, rejected=4, warnings=3)


def internal_addendum_csv(folder: Path) -> Built:
    """A tab-separated UTF-8 addendum sent after internal_xlsx: half of it is already stored.

    The expected counts are for a fresh workspace; INTERNAL_ADDENDUM_AFTER_XLSX gives them for importing
    it after internal_xlsx.
    """
    lines = [
        ["Nama", "NIP", "Jabatan", "Kode OPD", "No HP", "Email"],                           # line 1: header
        # line 2: fresh IMPORTED | after xlsx DUPLICATE (Siti's phone, other format).
        ["Siti Rahmawati", "", "Epidemiolog", "DINKES", "+62 812 3456 7890", ""],
        # line 3: fresh IMPORTED | after xlsx DUPLICATE (Nur Hasanah's email, other case).
        ["Nur Hasanah", "", "Sekretaris Dinas", "DINSOS", "", "NUR.HASANAH@sukamajukab.go.id"],
        # line 4: fresh IMPORTED | after xlsx DUPLICATE (Agus's NIP with spaces; another phone).
        ["Agus W.", "19800101 200604 1 001", "Kabid Yankes", "DINKES", "0813 9999 0002", ""],
        # line 5: fresh IMPORTED | after xlsx DUPLICATE (Taufik's phone).
        ["Taufik Hidayat", "", "THL", "DLH", "0813 5555 6666", ""],
        # line 6: IMPORTED (new person).
        ["Ratih Purnamasari", "199504042019032003", "Pranata Humas", "DISKOMINFO", "0812 8000 0001", ""],
        # line 7: IMPORTED: Joko was rejected in internal_xlsx (never stored), now with a valid phone.
        ["Joko Susilo", "", "Pengemudi", "DISHUB", "0812 8000 0002", "joko.susilo@gmail.com"],
        # line 8: DUPLICATE of line 6 (same phone).
        ["Ratih Purnamasari", "", "Pranata Humas", "DISKOMINFO", "0812-8000-0001", ""],
        # line 9: REJECTED: OPD not registered.
        ["Rahmat Hidayat", "", "Pengawas Perikanan", "Dinas Kelautan", "0813 9000 1234", ""],
        # line 10: IMPORTED: Dewi was a duplicate in internal_xlsx (never stored), her phone is free.
        ["Dewi Lestari", "", "Bidan Terampil", "DINKES", "0857-1122-3344", "dewi.lestari@gmail.com"],
    ]
    # fresh: read 9, imported 7 (lines 2-7, 10), duplicates 1 (line 8), rejected 1 (line 9), warnings 0
    path = folder / "tambahan_pegawai.csv"
    path.write_text(csv_text(lines, "\t"), encoding="utf-8")
    return path, counts(read=9, imported=7, duplicates=1, rejected=1, warnings=0)


# internal_addendum_csv imported after internal_xlsx: lines 2, 3, 4, 5, 8 duplicate; 6, 7, 10 imported.
INTERNAL_ADDENDUM_AFTER_XLSX = counts(read=9, imported=3, duplicates=5, rejected=1, warnings=0)


# ----------------------------------------------------------------------------------------------------------
# External (service users), imported with --unit
# ----------------------------------------------------------------------------------------------------------

def external_utf16_txt(folder: Path) -> Built:
    """Puskesmas service users saved by Excel as 'Unicode Text' (UTF-16 LE with BOM, tab, CRLF)."""
    lines = [
        ["DATA PENGGUNA LAYANAN DINAS KESEHATAN 2024"],                                       # line 1: title
        [],                                                                                   # line 2
        ["No", "Nama Responden", "No. WA", "Email", "Jenis Layanan", "Tanggal Layanan"],      # line 3: header
        # line 4: IMPORTED.
        [1, "Sumiati", "0812 4000 0001", "", "Imunisasi Anak", "15/05/2024"],
        # line 5: IMPORTED + WARNING, FLAGGED: served 2023-06-30, more than 12 months before 2024-07-01.
        [2, "Sudarto", "0813 4000 0002", "", "Pengobatan Umum", "30/06/2023"],
        # line 6: IMPORTED: served 2023-07-01, exactly 12 months before: eligible.
        [3, "I Wayan Sudirta", "0821 4000 0003", "", "Pengobatan Umum", "2023-07-01"],
        # line 7: IMPORTED: served on the last day of the survey window; email only (no phone is no warning).
        [4, "Ani Suryani", "", "Ani.Suryani@Gmail.com", "Surat Keterangan Sehat", "2024-10-31"],
        # line 8: IMPORTED + WARNING, FLAGGED: served 2024-11-13, after the survey window.
        [5, "Hartono", "0852 4000 0005", "hartono.skj@gmail.com", "Laboratorium", "13/11/2024"],
        # line 9: DUPLICATE of line 7 (same email in lower case).
        [6, "Ani Suryani", "0857 4000 0006", "ani.suryani@gmail.com", "Imunisasi", "20/05/2024"],
        # line 10: REJECTED: no name.
        [7, "", "0812 4000 0007", "", "Imunisasi", "20/05/2024"],
        # line 11: IMPORTED + WARNING: date "32/13/2024" unreadable (not flagged).
        [8, "Ni Luh Putu Ayu Wulandari", "0813 4000 0008", "", "Pengobatan Umum", "32/13/2024"],
        # line 12: IMPORTED.
        [9, "Rudy Tanoesoedibjo", "+62 857-4000-0009", "", "Rawat Jalan", "2024-03-14"],
        # line 13: empty line: NOT READ.
        [],
        # line 14: only tabs: NOT READ.
        ["", "", "", "", "", ""],
        # line 15: REJECTED: "-" as phone and as email: neither usable.
        [10, "Margareta", "-", "-", "Pengaduan", "2024-04-02"],
        # line 16: IMPORTED + WARNING: landline with a valid email.
        [11, "Klinik Pratama Sehat Sentosa", "0274 512345", "admin@klinikpratamasehat.co.id", "Perizinan",
         "2024-02-29"],
        # line 17: DUPLICATE of line 4 (same phone, "62 812-4000-0001").
        [12, "Sumiati", "62 812-4000-0001", "", "Imunisasi Anak", "15/06/2024"],
    ]
    # read 12 (lines 4-17 less 13, 14)
    # rejected 2: lines 10, 15;  duplicates 2: lines 9, 17
    # imported 8: lines 4, 5, 6, 7, 8, 11, 12, 16
    # warnings 4: lines 5, 8 (flagged), 11 (date), 16 (landline)
    path = folder / "pengguna_layanan_puskesmas.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + csv_text(lines, "\t").encode("utf-16-le"))
    return path, counts(read=12, imported=8, duplicates=2, rejected=2, warnings=4)


FORMULA_NAME = '=HYPERLINK("x")'


def external_google_form_csv(folder: Path) -> Built:
    """A Google Forms export (UTF-8 with BOM, comma, quoted fields, a Timestamp column nobody asked for).

    One respondent typed a spreadsheet formula as her name; it must be stored as text and exported inert.
    """
    lines = [
        ["Timestamp", "Nama", "Nomor WhatsApp", "Email Address", "Jenis Layanan", "Tanggal Layanan"],  # line 1
        # line 2: IMPORTED (the name is a formula: text like any other name).
        ["2024-07-02 08:15:00", FORMULA_NAME, "0812 5000 0001", "", "Konsultasi Gizi", "2024-06-13"],
        # line 3: IMPORTED.
        ["2024-07-02 09:01:11", "Fitri Handayani", "081250000002", "Fitri.H@Gmail.com", "Konsultasi Gizi",
         "14/06/2024"],
        # line 4: DUPLICATE of line 3 (the form sent twice).
        ["2024-07-02 09:30:45", "Fitri Handayani", "081250000002", "fitri.h@gmail.com", "Konsultasi Gizi",
         "14/06/2024"],
        # line 5: IMPORTED (a quoted service type containing a comma).
        ["2024-07-03 10:00:00", "Yosef Kurniawan", "+6281250000004", "", "Pengujian Air, Laboratorium",
         "2024-05-20"],
        # line 6: IMPORTED + WARNING, FLAGGED: served 2022-12-13, more than 12 months before 2024-07-01.
        ["2024-07-03 10:05:00", "Hj. Siti Maryam, S.Pd", "6281250000005", "", "Vaksinasi", "2022-12-13"],
        # line 7: IMPORTED + WARNING: a US phone number (not Indonesian) with a valid email.
        ["2024-07-03 11:11:11", "Bagus", "+1 415 555 0100", "bagus.p@outlook.com", "Konsultasi", "2024-06-20"],
        # line 8: REJECTED: neither phone nor email.
        ["2024-07-04 12:00:00", "Lukas", "", "", "Konsultasi", "2024-06-20"],
        # line 9: IMPORTED: served on the first day of the survey window.
        ["2024-07-04 13:00:00", "Dimas Anggara", "0812-5000-0008", "dimas.a@gmail.com", "Konsultasi",
         "2024-07-01"],
        # line 10: DUPLICATE of line 9 (same phone, other spacing).
        ["2024-07-04 13:10:00", "Teguh", "0812 5000 0008", "", "Konsultasi", "2024-07-01"],
    ]
    # read 9;  rejected 1: line 8;  duplicates 2: lines 4, 10
    # imported 6: lines 2, 3, 5, 6, 7, 9;  warnings 2: line 6 (flagged), line 7 (foreign phone)
    path = folder / "Survei Pengguna Layanan (Jawaban).csv"
    path.write_bytes(codecs.BOM_UTF8 + csv_text(lines, ",").encode("utf-8"))
    return path, counts(read=9, imported=6, duplicates=2, rejected=1, warnings=2)


def external_staff_as_users_csv(folder: Path) -> Built:
    """Disdukcapil service users (';', UTF-8), two of whom are employees listed in internal_xlsx.

    The expected counts are for a fresh workspace; EXTERNAL_STAFF_AFTER_INTERNAL_XLSX gives them for
    importing it after internal_xlsx (another group: not duplicates, but warnings).
    """
    lines = [
        ["Nama", "No HP", "Email", "Jenis Layanan", "Tanggal Layanan"],                     # line 1: header
        # line 2: IMPORTED | after internal_xlsx also WARNING (Siti's phone is stored as internal).
        ["Siti Rahmawati", "+62 812-3456-7890", "", "Pembuatan KTP-el", "2024-05-02"],
        # line 3: IMPORTED | after internal_xlsx also WARNING (Fajar's email is stored as internal).
        ["Fajar Nugroho", "", "FAJAR.NUGROHO@yahoo.co.id", "Pembuatan KK", "2024-04-10"],
        # line 4: IMPORTED.
        ["Warga Baru", "0812 9100 0001", "", "Pembuatan KTP-el", "2024-05-03"],
        # line 5: IMPORTED: Dewi was a duplicate in internal_xlsx, never stored: no warning.
        ["Dewi Lestari", "0857 1122 3344", "", "Akta Kelahiran", "2024-06-14"],
    ]
    path = folder / "pengguna_disdukcapil.csv"
    path.write_text(csv_text(lines, ";"), encoding="utf-8")
    return path, counts(read=4, imported=4, duplicates=0, rejected=0, warnings=0)


EXTERNAL_STAFF_AFTER_INTERNAL_XLSX = counts(read=4, imported=4, duplicates=0, rejected=0, warnings=2)


# ----------------------------------------------------------------------------------------------------------
# Expert (belongs to the institution, no OPD)
# ----------------------------------------------------------------------------------------------------------

def expert_ods(folder: Path) -> Built:
    """Experts in a LibreOffice .ods whose first sheet is instructions without a header."""
    instructions = [
        ["Petunjuk pengisian daftar eksper SPI"],
        ["Isi satu baris untuk setiap eksper pada lembar berikutnya."],
        ["Nomor HP diawali 08 atau +62 dan harus aktif di WhatsApp."],
    ]
    experts: list[list[object]] = [
        ["DAFTAR EKSPER SPI 2024 - KABUPATEN SUKAMAJU"],                                     # row 1: title
        [],                                                                                   # row 2
        ["No", "Nama", "Instansi", "Kategori", "No. HP", "Email"],                            # row 3: header
        # row 4: IMPORTED.
        [1, "Prof. Dr. Hadi Susanto", "Universitas Sukamaju", "Akademisi", "0812 6000 0001",
         "hadi.susanto@unsuk.ac.id"],
        # row 5: IMPORTED.
        [2, "Ratna Dewi, S.H.", "LBH Sukamaju", "LSM", "0813 6000 0002", ""],
        # row 6: DUPLICATE of row 5 (same phone).
        [3, "Gunawan Wibisono", "PWI Sukamaju", "Jurnalis", "081360000002", "gunawan@pwi.or.id"],
        # row 7: blank: NOT READ.
        [None, None, None, None, None, None],
        # row 8: IMPORTED.
        [4, "Ir. Suharto Wijoyo", "KADIN Sukamaju", "Pelaku Usaha", "+62 821 6000 0004", ""],
        # row 9: REJECTED: no phone and a malformed email.
        [5, "Dr. Melati Kusumawati", "Universitas Sukamaju", "Akademisi", "", "melati@@unsuk.ac.id"],
        # row 10: IMPORTED + WARNING: landline with a valid email.
        [6, "Made Wirawan", "BPK Perwakilan", "Auditor", "(0361) 224455", "made.wirawan@bpk.go.id"],
        # row 11: REJECTED: no name.
        [7, None, "Ombudsman RI", "Lembaga Negara", "0852 6000 0007", ""],
        # row 12: DUPLICATE of row 4 (same email in capitals).
        [8, "Hadi S.", "Universitas Sukamaju", "Akademisi", "", "HADI.SUSANTO@UNSUK.AC.ID"],
        # row 13: IMPORTED: the phone is a number cell 6285260000010.
        [9, "Kartika Sari", "Forum Anak Sukamaju", "LSM", 6285260000010, "kartika.sari@gmail.com"],
    ]
    # read 9 (rows 4-13 less 7);  rejected 2: rows 9, 11;  duplicates 2: rows 6, 12
    # imported 5: rows 4, 5, 8, 10, 13;  warnings 1: row 10
    path = write_ods(folder / "eksper.ods", [("Petunjuk", instructions), ("Eksper", experts)])
    return path, counts(read=9, imported=5, duplicates=2, rejected=2, warnings=1)


def expert_csv_pipe(folder: Path) -> Built:
    """Experts exported from a web form: UTF-8 without BOM, '|' separator, header synonyms only."""
    lines = [
        ["Nama", "Asal Instansi", "Bidang Keahlian", "WA", "Surel"],                         # line 1: header
        # line 2: IMPORTED.
        ["Dr. Yanto Setiawan", "Universitas Sukamaju", "Akademisi", "62-878-1234-5678", "yanto@unsuk.ac.id"],
        # line 3: DUPLICATE of line 2 (same phone as 0878…).
        ["Yanto Setiawan", "Universitas Sukamaju", "Akademisi", "087812345678", ""],
        # line 4: IMPORTED (dots in the phone, email in capitals).
        ["Lusiana Wijaya", "ICW", "LSM", "0812.3456.7891", "LUSIANA@ICW.OR.ID"],
        # line 5: IMPORTED + WARNING: phone in scientific notation, valid email.
        ["Rahmat", "Radar Sukamaju", "Jurnalis", "6.28123E+11", "rahmat@radar.co.id"],
        # line 6: only separators: NOT READ.
        ["", "", "", "", ""],
        # line 7: REJECTED: phone too short and email without a top-level domain.
        ["Susanti", "KADIN", "Pelaku Usaha", "0812 99", "susanti@kadin"],
        # line 8: DUPLICATE of line 4 (same email, lower case), although the phone is new.
        ["Benny", "KADIN", "Pelaku Usaha", "0812 7000 5555", "lusiana@icw.or.id"],
    ]
    # read 6;  rejected 1: line 7;  duplicates 2: lines 3, 8;  imported 3: lines 2, 4, 5;  warnings 1: line 5
    path = folder / "eksper_webform.csv"
    path.write_text(csv_text(lines, "|"), encoding="utf-8")
    return path, counts(read=6, imported=3, duplicates=2, rejected=1, warnings=1)


# ----------------------------------------------------------------------------------------------------------
# How each file is imported
# ----------------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Case:
    """A builder, the group and options it is imported with, and how many imported rows are flagged."""

    builder: Callable[[Path], Built]
    group: str
    options: tuple[str, ...] = ()
    flagged: int = 0
    needs: tuple[str, ...] = field(default=())

    @property
    def name(self) -> str:
        return self.builder.__name__


CASES: tuple[Case, ...] = (
    Case(internal_xlsx, "internal", flagged=4),
    Case(internal_csv_cp1252, "internal", flagged=1),
    Case(internal_addendum_csv, "internal"),
    Case(external_utf16_txt, "external", ("--unit", "DINKES"), flagged=2),
    Case(external_google_form_csv, "external", ("--unit", "DINKES"), flagged=1),
    Case(external_staff_as_users_csv, "external", ("--unit", "DISDUKCAPIL")),
    Case(expert_ods, "expert", needs=("odf",)),
    Case(expert_csv_pipe, "expert"),
)
