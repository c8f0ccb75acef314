"""An adversarial corpus of population files (respondent lists) the way offices really send them.

Every builder writes one file into ``folder`` and returns ``(path, expected)``. ``expected`` holds the result of
importing the file for survey year 2024 into a fresh demo workspace (40 OPD, no population stored), worked out
by hand, row by row, from the rules below; never by running the app:

- ``read``, ``imported``, ``duplicates``, ``rejected``, ``warnings``, ``skipped``, ``flagged``: the counts.
- ``rows``: the row (spreadsheet row or text line) numbers of the rejected, duplicate, skipped rows and of the
  imported rows that carry a warning; with several sheets ``[sheet, row]`` pairs.
- ``phones``: what was written for every phone that must be stored, in a plain form; the test computes the
  E.164 form with libphonenumber and compares it with what the app exported.
- optional: ``names`` (the exact names stored), ``units`` / ``nips`` (name -> stored OPD name / NIP),
  ``mapping`` (field -> header, a subset of the JSON "mapping"), ``unmapped`` (the exact JSON
  "unmapped_columns", ``header``/``looks_like`` only compared where given), ``sheet``, ``sheets``, ``notes``
  (substrings each found in some note), ``reasons`` (row -> substrings of that row's problem lines),
  ``imports`` (per sheet with --all-sheets), ``exit`` (2 for a file that must be refused) with ``stderr``.
- ``scenarios``: the same file imported with other options (``Case.scenario`` names one).

The rules (survey year 2024, window 2024-07-01 .. 2024-10-31):

- read = every row below the header that is not blank and not skipped (a Jumlah/Total line, a signature
  block, a DOS end-of-file mark); read = imported + duplicates + rejected.
- rejected: no name (empty once invisible characters are removed, or an Excel error text such as #N/A), or
  neither a valid Indonesian mobile nor a valid e-mail, or (internal/external without --unit) an OPD matching
  no registered OPD by code, name, short name or alias (case-insensitive).
- duplicate: a non-rejected row whose valid phone, valid e-mail or (internal) valid NIP equals one of an
  EARLIER KEPT row of the same file. Rejected and duplicate rows are never kept; invalid values are never keys.
- warnings: imported rows with at least one warning: an invalid optional value (a refused phone next to a valid
  e-mail, a bad e-mail next to a valid phone, a bad NIP, an unreadable date), a cell whose invisible/control
  characters were removed, or failing eligibility (which also flags the row). An empty optional cell is none.
  A line of a UTF-8 file that had to be read as cp1252 also carries a warning: the reader changed how it read
  that row, which the user must be able to check (the rule list does not name it; judged by the principle).
- a phone is never rebuilt: letters inside, words or a second number refuse it; an unambiguous label
  ('(WA)', 'HP:', '+62 (0)') is set aside, a decimal part ',0' / '.0' is Excel's, a dropped 0 is restored.
- internal eligibility: an eselon I/II office by title (Kepala Dinas …, Kepala Badan …, Sekretaris Daerah,
  Asisten …, Staf Ahli …, Inspektur Daerah) is flagged; Inspektur Pembantu, Kepala Seksi/Bidang, Sekretaris
  Dinas, Asisten Apoteker are not. TMT after 2022-07-01 or TMT Unit after 2023-07-01 is flagged.
  external: a service date before 2023-07-01 or after 2024-10-31 is flagged.

Row codes used in the builders: I imported, W imported with a warning, F imported and flagged (a warning too),
D duplicate, R rejected, S skipped (not a person, not read), B blank (not read, not skipped).
Names are fictitious and chosen so that none is the registered head of an OPD.
"""

from __future__ import annotations

import codecs
import datetime as dt
import re
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from tests.support.population_files import csv_text

Expected = dict[str, Any]
Built = tuple[Path, Expected]
Body = Sequence[tuple[str, str | None, Sequence[object]]]

D = dt.date
ZWSP = "\u200b"
CODES = ("I", "W", "F", "D", "R", "S", "B")


# ----------------------------------------------------------------------------------------------------------
# Row bookkeeping
# ----------------------------------------------------------------------------------------------------------

@dataclass
class Laid:
    """One table as written: all its rows (top rows first), each body row's code by row number, and the
    phones (as written, plain) its imported rows must store."""

    rows: list[list[object]]
    marks: dict[str, list[int]]
    phones: list[str]
    sheet: str | None = None


def lay(top: Sequence[Sequence[object]], body: Body, sheet: str | None = None) -> Laid:
    """Number the rows: the top rows (title, header) are 1.., the body follows."""
    rows = [list(row) for row in top]
    marks: dict[str, list[int]] = {code: [] for code in CODES}
    phones: list[str] = []
    for code, phone, cells in body:
        assert code in CODES, code
        rows.append(list(cells))
        marks[code].append(len(rows))
        if phone:
            assert code in "IWF", f"only imported rows store a phone (row {len(rows)})"
            phones.append(phone)
    return Laid(rows, marks, phones, sheet)


def _tally(laid: Laid) -> dict[str, int]:
    m = {code: len(rows) for code, rows in laid.marks.items()}
    return {"read": m["I"] + m["W"] + m["F"] + m["D"] + m["R"], "imported": m["I"] + m["W"] + m["F"],
            "duplicates": m["D"], "rejected": m["R"], "warnings": m["W"] + m["F"], "skipped": m["S"],
            "flagged": m["F"]}


def expect(parts: Laid | Sequence[Laid], *, read: int, imported: int, duplicates: int, rejected: int,
           warnings: int, skipped: int = 0, flagged: int = 0, **extra: Any) -> Expected:
    """The expected result; the hand counts must agree with the rows' codes (a check of the corpus itself)."""
    laids = [parts] if isinstance(parts, Laid) else list(parts)
    hand = {"read": read, "imported": imported, "duplicates": duplicates, "rejected": rejected,
            "warnings": warnings, "skipped": skipped, "flagged": flagged}
    assert read == imported + duplicates + rejected, "read must equal imported + duplicates + rejected"
    assert flagged <= warnings <= imported
    total = {key: sum(_tally(laid)[key] for laid in laids) for key in hand}
    assert total == hand, f"hand counts {hand} disagree with the row codes {total}"
    several = len(laids) > 1

    def where(laid: Laid, codes: str) -> list[Any]:
        found = sorted(row for code in codes for row in laid.marks[code])
        return [[laid.sheet, row] for row in found] if several else found

    rows = {kind: [item for laid in laids for item in where(laid, codes)]
            for kind, codes in (("rejected", "R"), ("duplicate", "D"), ("warning", "WF"), ("skipped", "S"))}
    result: Expected = {**hand, "rows": rows, "phones": [p for laid in laids for p in laid.phones]}
    if several:
        result["imports"] = [{"sheet": laid.sheet, **{k: v for k, v in _tally(laid).items()}} for laid in laids]
    result.update(extra)
    return result


# ----------------------------------------------------------------------------------------------------------
# Writers
# ----------------------------------------------------------------------------------------------------------

@dataclass
class Sheet:
    """One worksheet: rows from row 1 (None: an empty cell), its state and merged ranges."""

    name: str
    rows: Sequence[Sequence[object]]
    state: str = "visible"  # or "hidden", "veryHidden"
    merges: Sequence[str] = ()


def write_book(path: Path, sheets: Sequence[Sheet]) -> Path:
    """An .xlsx written with openpyxl; text starting with '=' stays text; '#N/A' and the like become error
    cells (what a failed VLOOKUP leaves once pasted as values)."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    for spec in sheets:
        worksheet = workbook.create_sheet(spec.name)
        for row_number, values in enumerate(spec.rows, start=1):
            for column, value in enumerate(values, start=1):
                if value is None or value == "":
                    continue
                cell = worksheet.cell(row_number, column, value)
                if isinstance(value, str) and value.startswith("="):
                    cell.data_type = "s"
        for merged in spec.merges:
            worksheet.merge_cells(merged)
        worksheet.sheet_state = spec.state
    first_visible = next(i for i, s in enumerate(sheets) if s.state == "visible")
    workbook.active = first_visible
    for index, worksheet in enumerate(workbook.worksheets):
        worksheet.sheet_view.tabSelected = index == first_visible
    workbook.save(path)
    return path


def with_formulas(path: Path, formulas: dict[str, tuple[str, str, str]]) -> Path:
    """Turn placeholder text cells of an .xlsx into formula cells with a cached result, as Excel saves them:
    ``{placeholder: (type, formula, cached value)}`` with type 'e' (an error such as #N/A) or 'str' (text)."""
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    xml = parts["xl/worksheets/sheet1.xml"].decode("utf-8")
    for placeholder, (kind, formula, cached) in formulas.items():
        pattern = rf'<c r="([A-Z]+[0-9]+)" t="inlineStr"><is><t>{re.escape(placeholder)}</t></is></c>'
        xml, found = re.subn(pattern, rf'<c r="\1" t="{kind}"><f>{formula}</f><v>{cached}</v></c>', xml)
        assert found == 1, placeholder
    parts["xl/worksheets/sheet1.xml"] = xml.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def text_lines(rows: Sequence[Sequence[object]], separator: str) -> list[str]:
    """Each row as one delimited line (Windows line end), quoted only where needed, as Excel writes them."""
    return [csv_text([row], separator) for row in rows]


def raw_lines(rows: Sequence[Sequence[object]], separator: str) -> list[str]:
    """Each row joined as is (for cells holding control characters, which no quoting rule touches)."""
    return [separator.join("" if cell is None else str(cell) for cell in row) + "\r\n" for row in rows]


@dataclass(frozen=True)
class Span:
    """An ODS/HTML cell spanning rows and/or columns (the cells it covers are written as COVERED)."""

    value: object
    rows: int = 1
    cols: int = 1


COVERED = object()


def write_ods_spans(path: Path, sheets: Sequence[tuple[str, Sequence[Sequence[object]]]],
                    hidden: Sequence[str] = ()) -> Path:
    """An .ods written with odfpy, with spanned cells (Span) and the covered cells they hide (COVERED); the
    sheets named in ``hidden`` are hidden (a table style with table:display="false", as LibreOffice writes)."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.style import Style, TableProperties
    from odf.table import CoveredTableCell, Table, TableCell, TableRow
    from odf.text import P

    document = OpenDocumentSpreadsheet()
    shown = Style(name="ta1", family="table")
    shown.addElement(TableProperties(display="true"))
    concealed = Style(name="ta2", family="table")
    concealed.addElement(TableProperties(display="false"))
    document.automaticstyles.addElement(shown)
    document.automaticstyles.addElement(concealed)
    for name, rows in sheets:
        table = Table(name=name, stylename=concealed if name in hidden else shown)
        for values in rows:
            row = TableRow()
            for value in values:
                if value is COVERED:
                    row.addElement(CoveredTableCell())
                    continue
                attributes: dict[str, Any] = {}
                if isinstance(value, Span):
                    if value.rows > 1:
                        attributes["numberrowsspanned"] = value.rows
                    if value.cols > 1:
                        attributes["numbercolumnsspanned"] = value.cols
                    value = value.value
                if value is None or value == "":
                    cell = TableCell(**attributes)
                elif isinstance(value, int | float):
                    cell = TableCell(valuetype="float", value=value, **attributes)
                    cell.addElement(P(text=str(value)))
                else:
                    cell = TableCell(valuetype="string", **attributes)
                    cell.addElement(P(text=str(value)))
                row.addElement(cell)
            table.addElement(row)
        document.spreadsheet.addElement(table)
    document.save(str(path))
    return path


def write_xls(path: Path, sheet: str, rows: Sequence[Sequence[object]],
              before: Sequence[tuple[str, Sequence[Sequence[object]]]] = ()) -> Path:
    """An Excel 97-2003 workbook written with xlwt (whatever the name's suffix says); dates as date cells.
    ``before``: hidden sheets written in front of the visible one."""
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    date_style = xlwt.easyxf(num_format_str="DD/MM/YYYY")
    for name, values_rows, hidden in [*[(n, r, True) for n, r in before], (sheet, rows, False)]:
        worksheet = book.add_sheet(name)
        if hidden:
            worksheet.visibility = 1
            worksheet.set_selected(False)
        else:
            worksheet.set_selected(True)
        for r, values in enumerate(values_rows):
            for c, value in enumerate(values):
                if value is None or value == "":
                    continue
                if isinstance(value, dt.date):
                    worksheet.write(r, c, value, date_style)
                else:
                    worksheet.write(r, c, value)
    book.set_active_sheet(len(before))
    book.save(str(path))
    return path


def html_table(rows: Sequence[Sequence[object]], head: str = "", header_rows: int = 0) -> str:
    """A web page holding one <table>; Span cells get rowspan/colspan, COVERED cells are left out; cell text is
    written as given (entities included)."""
    out = []
    for number, values in enumerate(rows):
        tag = "th" if number < header_rows else "td"
        cells = []
        for value in values:
            if value is COVERED:
                continue
            span = ""
            if isinstance(value, Span):
                span = (f' rowspan="{value.rows}"' if value.rows > 1 else "") + (
                    f' colspan="{value.cols}"' if value.cols > 1 else "")
                value = value.value
            style = ' style="mso-number-format:\'\\@\'"' if isinstance(value, str) and value[:1].isdigit() else ""
            cells.append(f"<{tag}{span}{style}>{'' if value is None else value}</{tag}>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    return ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            "xmlns:x=\"urn:schemas-microsoft-com:office:excel\">\n<head>\n"
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
            f"<title>Export</title></head>\n<body>\n{head}\n<table border=\"1\">\n" + "\n".join(out)
            + "\n</table>\n</body>\n</html>\n")


# ==========================================================================================================
# Family 1: headers people really write (phone, e-mail, name, OPD, status, TMT), content-recognised columns
# ==========================================================================================================

def hdr_whatsapp_xlsx(folder: Path) -> Built:
    """'No. HP (WhatsApp)', 'Email Aktif', 'Nama (dengan gelar)', 'Unit Kerja/OPD', 'Status (ASN/Non ASN)',
    'TMT di Instansi' under a merged title; 'No' and 'Keterangan' are not used."""
    header = ["No", "Nama (dengan gelar)", "NIP", "Jabatan", "Unit Kerja/OPD", "Status (ASN/Non ASN)",
              "TMT di Instansi", "No. HP (WhatsApp)", "Email Aktif", "Keterangan"]
    laid = lay([["DAFTAR ASN DAN NON ASN DINAS KESEHATAN KABUPATEN SUKAMAJU"], [], header], [
        ("I", "0813-1001-0001", [1, "dr. Wulan Anggraini, M.Kes", "198604122011012004", "Dokter Ahli Muda",
                                 "Dinas Kesehatan", "PNS", D(2011, 1, 1), "0813-1001-0001",
                                 "wulan.anggraini@gmail.com", None]),
        ("I", "081310010002", [2, "Teddy Kusnadi, S.KM", None, "Sanitarian Ahli Pertama", "DINKES", "PPPK",
                               D(2019, 3, 1), "081310010002", None, "Pindahan dari RSUD"]),
        # OPD by its short name
        ("I", "0813 1001 0003", [3, "Ratih Sukmawati", None, "Tenaga Kebersihan", "Dinkes", "Non ASN",
                                 D(2015, 6, 1), "0813 1001 0003", None, None]),
        # NIP of 11 digits: a warning
        ("W", "0813 1001 0004", [4, "Yohanes Pattiasina, S.Kep", "19880101201", "Perawat Terampil", "DINKES",
                                 "PNS", D(2012, 1, 1), "0813 1001 0004", "yohanes.p@yahoo.com", None]),
        # the phone of row 5
        ("D", None, [5, "Teddy Kusnadi", None, "Sanitarian", "DINKES", "PPPK", D(2019, 3, 1),
                     "+62 813-1001-0002", None, "dobel"]),
        # no phone, e-mail without a domain
        ("R", None, [6, "Melinda Sari", None, "Staf", "DINKES", "Non ASN", None, None, "melinda@", None]),
        # office landline (not a mobile) next to a valid e-mail
        ("W", None, [7, "Gregorius Batubara", None, "Pengemudi", "DINKES", "Non ASN", D(2016, 1, 4),
                     "0274-512345", "gregorius.b@gmail.com", None]),
        ("I", "0813.1001.0008", [8, "Nining Suryani, A.Md.Keb", "199002152014032001", "Bidan Terampil", "DINKES",
                                 "PNS", D(2014, 3, 1), "0813.1001.0008", "nining.s@gmail.com", "Cuti melahirkan"]),
    ])
    path = write_book(folder / "pegawai_dinkes.xlsx", [Sheet("Pegawai", laid.rows, merges=["A1:F1"])])
    return path, expect(laid, read=8, imported=6, duplicates=1, rejected=1, warnings=2,
                        mapping={"name": "Nama (dengan gelar)", "unit": "Unit Kerja/OPD",
                                 "employment_status": "Status (ASN/Non ASN)", "tmt_institution": "TMT di Instansi",
                                 "phone": "No. HP (WhatsApp)", "email": "Email Aktif", "nip": "NIP",
                                 "position": "Jabatan"},
                        unmapped=[{"column": "A", "header": "No", "filled": 8, "looks_like": None},
                                  {"column": "J", "header": "Keterangan", "filled": 3, "looks_like": None}])


def hdr_telp_hp_csv(folder: Path) -> Built:
    """'Nama ASN', 'No. Telp/HP', 'Alamat Surel' in a ';' CSV; OPD by code, short name and full name."""
    laid = lay([["Nama ASN", "NIP", "Jabatan", "OPD", "No. Telp/HP", "Alamat Surel", "TMT", "TMT Unit"]], [
        ("I", "0821 2002 0001", ["Andreas Simanjuntak", "", "Analis Perencanaan", "BAPPEDA", "0821 2002 0001",
                                 "andreas.s@gmail.com", "2012-04-01", "2018-01-02"]),
        ("I", "082120020002", ["Fransiska Wenda", "", "Pengelola Keuangan", "Bapperida", "082120020002", "",
                               "2013-01-01", "2013-01-01"]),
        ("W", None, ["Kadek Arimbawa", "", "Perencana Ahli Muda", "BAPPEDA", "(0265) 331234",
                     "kadek.arimbawa@gmail.com", "2010-01-01", "2015-02-02"]),
        ("R", None, ["Sulastri", "", "Staf", "BAPPEDA", "(0265) 331235", "", "", ""]),
        # line 2's e-mail in capitals
        ("D", None, ["Andreas S.", "", "Analis", "BAPPEDA", "", "ANDREAS.S@GMAIL.COM", "", ""]),
        ("I", "+62 821-2002-0007", ["Paulus Wanggai", "", "Pranata Komputer",
                                    "badan perencanaan pembangunan, riset dan inovasi daerah", "+62 821-2002-0007",
                                    "", "2011-03-01", "2019-07-01"]),
        # valid phone, e-mail without a top-level domain
        ("W", "0821 2002 0008", ["Lestiani", "", "Staf", "BAPPEDA", "0821 2002 0008", "lestiani@gmail",
                                 "2014-01-01", "2014-01-01"]),
        # line 7's phone, with an e-mail of its own
        ("D", None, ["Paulus W.", "", "Pranata Komputer", "BAPPEDA", "+62 821-2002-0007", "paulus.w@gmail.com",
                     "", ""]),
        # line 9's e-mail: line 9 was a duplicate, never kept, so this is no duplicate
        ("I", "0821 2002 0010", ["Paula Wanggai", "", "Staf", "BAPPEDA", "0821 2002 0010", "PAULUS.W@GMAIL.COM",
                                 "2016-01-01", "2016-01-01"]),
    ])
    path = folder / "asn_bapperida.csv"
    path.write_text("".join(text_lines(laid.rows, ";")), encoding="utf-8")
    return path, expect(laid, read=9, imported=6, duplicates=2, rejected=1, warnings=2,
                        mapping={"name": "Nama ASN", "phone": "No. Telp/HP", "email": "Alamat Surel",
                                 "unit": "OPD", "tmt_institution": "TMT", "tmt_unit": "TMT Unit"},
                        unmapped=[])


def hdr_nomor_hpwa_csv(folder: Path) -> Built:
    """External (--unit DISDUKCAPIL): 'Nomor HP/WA', 'E-mail aktif', an 'Alamat' nobody asked for."""
    header = ["No", "Nama Lengkap", "Nomor HP/WA", "E-mail aktif", "Jenis Layanan", "Tanggal Layanan", "Alamat"]
    laid = lay([header], [
        ("I", "0852-3003-0001", [1, "Marthen Luther Rumbiak", "0852-3003-0001", "", "Pembuatan KTP-el",
                                 "2024-05-02", "Jl. Merdeka No. 5, Sukamaju"]),
        ("I", None, [2, "Theresia Manuhutu", "", "theresia.m@gmail.com", "Akta Kelahiran", "2024-05-03",
                     "Jl. Melati 2"]),
        # served 2023-06-15: before 2023-07-01
        ("F", "085230030003", [3, "Ahmad Darlan Siregar", "085230030003", "", "Pembuatan KK", "2023-06-15",
                               "Desa Cimerak"]),
        ("D", None, [4, "Marthen Rumbiak", "+6285230030001", "", "Legalisir", "2024-05-20",
                     "Jl. Merdeka No. 5"]),
        ("R", None, [5, "Susi Pujiastini", "0852 3003", "", "KTP-el", "2024-06-01", ""]),
        ("W", "0852 3003 0007", [6, "Oktaviani", "0852 3003 0007", "okta@@gmail.com", "KIA", "2024-06-02",
                                 "Desa Wanagiri"]),
    ])
    path = folder / "pengguna_disdukcapil.csv"
    path.write_bytes(codecs.BOM_UTF8 + "".join(text_lines(laid.rows, ",")).encode("utf-8"))
    return path, expect(laid, read=6, imported=4, duplicates=1, rejected=1, warnings=2, flagged=1,
                        mapping={"name": "Nama Lengkap", "phone": "Nomor HP/WA", "email": "E-mail aktif"},
                        unmapped=[{"column": "A", "header": "No", "filled": 6, "looks_like": None},
                                  {"column": "G", "header": "Alamat", "filled": 5, "looks_like": None}])


def hdr_hpwa_xlsx(folder: Path) -> Built:
    """Experts: 'HP/WA' and 'Alamat Surel Aktif'; one phone is an Excel number that lost its 0."""
    laid = lay([["No", "Nama", "Instansi", "Kategori", "HP/WA", "Alamat Surel Aktif"]], [
        ("I", "0811 4004 0001", [1, "Prof. Dr. Ir. Bambang Hariyanto", "Universitas Sukamaju", "Akademisi",
                                 "0811 4004 0001", "bambang.h@unsuk.ac.id"]),
        ("I", "081140040002", [2, "Yenny Wulandari, S.H.", "LBH Sukamaju", "LSM", 81140040002, None]),
        ("W", None, [3, "Harimurti Siregar", "PWI Sukamaju", "Jurnalis", "0811 400", "hariman@pwi.or.id"]),
        ("D", None, [4, "B. Hariyanto", "Universitas Sukamaju", "Akademisi", None, "BAMBANG.H@UNSUK.AC.ID"]),
        ("I", "62811-4004-0005", [5, "Cut Nurlaila", "KADIN Sukamaju", "Pelaku Usaha", "62811-4004-0005",
                                  None]),
    ])
    path = write_book(folder / "eksper_hpwa.xlsx", [Sheet("Eksper", laid.rows)])
    return path, expect(laid, read=5, imported=4, duplicates=1, rejected=0, warnings=1,
                        mapping={"phone": "HP/WA", "email": "Alamat Surel Aktif", "organisation": "Instansi",
                                 "category": "Kategori"},
                        unmapped=[{"column": "A", "header": "No", "filled": 5, "looks_like": None}])


def hdr_handphone_txt(folder: Path) -> Built:
    """Tab-separated UTF-8 .txt: 'No. Handphone', 'e-Mail', 'Status Kepegawaian (PNS/PPPK/Non ASN)'."""
    laid = lay([["NIP", "Nama", "Jabatan", "Perangkat Daerah", "No. Handphone", "e-Mail",
                 "Status Kepegawaian (PNS/PPPK/Non ASN)"]], [
        ("I", "0812 5005 0001", ["197905212006041003", "Drs. Simon Tampubolon", "Penyuluh Pertanian Ahli Madya",
                                 "Distan", "0812 5005 0001", "", "PNS"]),
        ("I", "0812-5005-0002", ["", "Halimah Tussa'diah", "Tenaga Administrasi", "DISTAN", "0812-5005-0002",
                                 "halimah.t@gmail.com", "Non ASN"]),
        # line 2's NIP
        ("D", None, ["197905212006041003", "Simon T.", "Penyuluh", "DISTAN", "0812 5005 0003", "", "PNS"]),
        ("R", None, ["", "Benediktus", "Tenaga Teknis", "Dinas Pertanian dan Peternakan", "0812 5005 0004", "",
                     "Non ASN"]),
        ("I", "+62 812 5005 0006", ["", "Maria Goreti", "Penyuluh", "dinas pertanian", "+62 812 5005 0006", "",
                                    "PPPK"]),
    ])
    path = folder / "pegawai_distan.txt"
    path.write_text("".join(raw_lines(laid.rows, "\t")), encoding="utf-8")
    return path, expect(laid, read=5, imported=3, duplicates=1, rejected=1, warnings=0,
                        mapping={"phone": "No. Handphone", "email": "e-Mail",
                                 "employment_status": "Status Kepegawaian (PNS/PPPK/Non ASN)"},
                        unmapped=[])


def hdr_whatsapp_external_xlsx(folder: Path) -> Built:
    """External (--unit DPMPTSP): 'No. WhatsApp', 'Nama Pemohon', date cells."""
    laid = lay([["No", "Nama Pemohon", "No. WhatsApp", "Email", "Jenis Layanan", "Tanggal Layanan"]], [
        ("I", "0878 6006 0001", [1, "PT Sinar Abadi (Hendrik Wijaya)", "0878 6006 0001", "hendrik@sinarabadi.co.id",
                                 "Izin Usaha", D(2024, 3, 4)]),
        ("I", "087860060002", [2, "CV Maju Jaya", 87860060002, None, "PBG", D(2024, 4, 5)]),
        # served 2024-11-01: after the window
        ("F", "0878-6006-0003", [3, "Koperasi Tani Makmur", "0878-6006-0003", None, "Izin Usaha", D(2024, 11, 1)]),
        ("D", None, [4, "Hendrik Wijaya", "087860060001", None, "Izin Usaha", D(2024, 5, 6)]),
        ("R", None, [5, "Toko Sumber Rejeki", None, None, "SIUP", D(2024, 5, 6)]),
    ])
    path = write_book(folder / "pemohon_izin.xlsx", [Sheet("Pemohon", laid.rows)])
    return path, expect(laid, read=5, imported=3, duplicates=1, rejected=1, warnings=1, flagged=1,
                        mapping={"name": "Nama Pemohon", "phone": "No. WhatsApp", "email": "Email",
                                 "service_date": "Tanggal Layanan"},
                        unmapped=[{"column": "A", "header": "No", "filled": 5, "looks_like": None}])


def hdr_telphp_expert_csv(folder: Path) -> Built:
    """Experts: 'Telp/HP', 'Email (aktif)', 'Asal Lembaga', 'Bidang Keahlian'."""
    laid = lay([["Nama", "Asal Lembaga", "Bidang Keahlian", "Telp/HP", "Email (aktif)"]], [
        ("I", "0822 7007 0001", ["Dr. Rudolf Sinaga", "Universitas Sukamaju", "Hukum", "0822 7007 0001",
                                 "rudolf@unsuk.ac.id"]),
        ("I", "082270070002", ["Wayan Sudarsana", "Bali Corruption Watch", "Antikorupsi", "082270070002", ""]),
        # 7 digits: not a mobile; a valid e-mail
        ("W", None, ["Indah Kurniasih", "Ombudsman RI", "Pelayanan Publik", "0227007", "indah.k@ombudsman.go.id"]),
        ("D", None, ["Rudolf Sinaga", "Universitas Sukamaju", "Hukum", "+62 822 7007 0001", ""]),
        ("R", None, ["", "ICW", "Antikorupsi", "0822 7007 0006", "noname@icw.or.id"]),
    ])
    path = folder / "eksper_lembaga.csv"
    path.write_text("".join(text_lines(laid.rows, ",")), encoding="utf-8")
    return path, expect(laid, read=5, imported=3, duplicates=1, rejected=1, warnings=1,
                        mapping={"phone": "Telp/HP", "email": "Email (aktif)", "organisation": "Asal Lembaga",
                                 "category": "Bidang Keahlian"},
                        unmapped=[])


def hdr_handphone_ods(folder: Path) -> Built:
    """Internal .ods (--unit DISKOMINFO): 'Handphone', 'E-mail', 'Nama Lengkap (tanpa gelar)' next to a
    'Gelar' column, 'TMT Masuk Instansi', 'TMT di Unit Kerja'; one phone is a number cell with 62."""
    header = ["No", "Nama Lengkap (tanpa gelar)", "Gelar", "NIP", "Jabatan", "Handphone", "E-mail",
              "TMT Masuk Instansi", "TMT di Unit Kerja"]
    laid = lay([header], [
        ("I", "0813 8008 0001", [1, "Arief Budianto", "S.Kom", "198712102015031002", "Pranata Komputer Ahli Muda",
                                 "0813 8008 0001", "arief.b@gmail.com", "2015-03-01", "2019-01-02"]),
        # TMT 2023-02-01: after 2022-07-01
        ("F", "0813-8008-0002", [2, "Desi Ratnasari", "A.Md", None, "Pengelola Data", "0813-8008-0002", None,
                                 "2023-02-01", "2023-02-01"]),
        ("I", "+6281380080003", [3, "Slamet Riyanto", None, None, "Pengemudi", 6281380080003, None, None, None]),
        ("W", "0813 8008 0004", [4, "Kurniawati", "S.Sos", None, "Analis Data", "0813 8008 0004",
                                 "kurniawati@gmail", "2014-01-01", "2020-08-03"]),
        ("D", None, [5, "Arief B.", None, None, "Pranata Komputer", None, "ARIEF.B@gmail.com", None, None]),
    ])
    path = write_ods_spans(folder / "pegawai_diskominfo.ods", [("Pegawai", laid.rows)])
    return path, expect(laid, read=5, imported=4, duplicates=1, rejected=0, warnings=2, flagged=1,
                        mapping={"name": "Nama Lengkap (tanpa gelar)", "phone": "Handphone", "email": "E-mail",
                                 "tmt_institution": "TMT Masuk Instansi", "tmt_unit": "TMT di Unit Kerja"},
                        unmapped=[{"column": "A", "header": "No", "filled": 5, "looks_like": None},
                                  {"column": "C", "header": "Gelar", "filled": 3, "looks_like": None}])


def hdr_own_variants_xlsx(folder: Path) -> Built:
    """Capitals and glued words: 'NAMA', 'NIP/NIK', 'OPD / UNIT KERJA', 'NoHP', 'E-MAIL', 'ket.'."""
    laid = lay([["No", "NAMA", "NIP/NIK", "JABATAN", "OPD / UNIT KERJA", "NoHP", "E-MAIL", "ket."]], [
        ("I", "0856 9009 0001", [1, "Yusuf Kalana Rahman", None, "Staf", "DISPORA", "0856 9009 0001", None, None]),
        ("I", "085690090002", [2, "Agnes Monika Tanoyo", None, "Pelatih", "DISPORA", "085690090002",
                               "agnes.tan@gmail.com", "atlet"]),
        ("R", None, [3, "Rudi Hartanto Kurniawan", None, "Staf", "Dinas Olahraga", "0856 9009 0003", None, None]),
        ("I", "+62 856 9009 0004", [4, "Susi Sugiarti Haryanto", None, "Staf", "dispora", "+62 856 9009 0004", None,
                                    None]),
        ("D", None, [5, "Agnes T.", None, "Pelatih", "DISPORA", "0856-9009-0002", None, None]),
    ])
    path = write_book(folder / "DATA PEGAWAI DISPORA.xlsx", [Sheet("Sheet1", laid.rows)])
    return path, expect(laid, read=5, imported=3, duplicates=1, rejected=1, warnings=0,
                        mapping={"name": "NAMA", "phone": "NoHP", "email": "E-MAIL", "unit": "OPD / UNIT KERJA",
                                 "nip": "NIP/NIK"},
                        unmapped=[{"column": "A", "header": "No", "filled": 5, "looks_like": None},
                                  {"column": "H", "header": "ket.", "filled": 1, "looks_like": None}])


def hdr_kontak_csv(folder: Path) -> Built:
    """--unit DLH: the phones sit under 'Kontak' (a header that says nothing); 'Telp. Kantor' holds the office
    landline (someone else's number) and is not used; no e-mail column at all."""
    laid = lay([["No", "Nama", "Jabatan", "Kontak", "Telp. Kantor", "Keterangan"]], [
        ("I", "0815 1010 0001", [1, "Joko Priyono", "Pengawas Lingkungan", "0815 1010 0001", "(022) 7270001", ""]),
        ("I", "0815-1010-0002", [2, "Kristina Mahulette", "Staf", "0815-1010-0002", "(022) 7270001", "PPPK"]),
        ("D", None, [3, "Joko P.", "Pengawas", "081510100001", "(022) 7270001", ""]),
        ("R", None, [4, "Marsini", "Petugas Kebersihan", "", "(022) 7270001", "tidak punya HP"]),
        ("I", "+62 815 1010 0005", [5, "Ujang Suparman", "Sopir", "+62 815 1010 0005", "", ""]),
        ("I", "0815 1010 0006", [6, "Dadang Sunandar", "Staf", "0815 1010 0006", "(022) 7270002", ""]),
    ])
    path = folder / "pegawai_dlh.csv"
    path.write_text("".join(text_lines(laid.rows, ";")), encoding="utf-8")
    return path, expect(laid, read=6, imported=4, duplicates=1, rejected=1, warnings=0,
                        mapping={"phone": "Kontak"},
                        unmapped=[{"column": "A", "header": "No", "filled": 6, "looks_like": None},
                                  {"column": "E", "header": "Telp. Kantor", "filled": 5, "looks_like": "phone"},
                                  {"column": "F", "header": "Keterangan", "filled": 2, "looks_like": None}])


def hdr_kontak_xlsx(folder: Path) -> Built:
    """Experts: 'Kontak' holds phones, two of them Excel numbers (one lost its 0, one starts 62)."""
    laid = lay([["No", "Nama", "Lembaga", "Kontak", "Keterangan"]], [
        ("I", "081611110001", [1, "Aryani Soekanto", "Forum Warga", 81611110001, "Ketua"]),
        ("I", "0816-1111-0002", [2, "Benny Mamoto", "LSM Bersih", "0816-1111-0002", None]),
        ("I", "+6281611110003", [3, "Dwi Kartika", "Radar Sukamaju", 6281611110003, None]),
        ("R", None, [4, "Edi Sutrisno", "KADIN", "-", "tidak ada"]),
        ("D", None, [5, "Aryani S.", "Forum Warga", "+62 816-1111-0001", None]),
        ("I", "0816 1111 0006", [6, "Fadli Zulkarnaen", "Akademisi", "0816 1111 0006", None]),
    ])
    path = write_book(folder / "eksper_kontak.xlsx", [Sheet("Eksper", laid.rows)])
    return path, expect(laid, read=6, imported=4, duplicates=1, rejected=1, warnings=0,
                        mapping={"phone": "Kontak"},
                        unmapped=[{"column": "A", "header": "No", "filled": 6, "looks_like": None},
                                  {"column": "E", "header": "Keterangan", "filled": 2, "looks_like": None}])


def hdr_kontak_small_csv(folder: Path) -> Built:
    """Experts: a short list (two people, as expert lists often are) whose phones sit under 'Kontak'."""
    laid = lay([["Nama", "Lembaga", "Kontak"]], [
        ("I", "0812 5252 0001", ["Ani Mardiani", "Universitas Sukamaju", "0812 5252 0001"]),
        ("I", "0812-5252-0002", ["Bonar Siahaan", "LSM Bersih", "0812-5252-0002"]),
    ])
    path = folder / "eksper_dua.csv"
    path.write_text("".join(text_lines(laid.rows, ";")), encoding="utf-8")
    return path, expect(laid, read=2, imported=2, duplicates=0, rejected=0, warnings=0, mapping={"phone": "Kontak"})


def hdr_linebreak_nbsp_xlsx(folder: Path) -> Built:
    """Headers typed with Alt+Enter line breaks and a no-break space ('No. HP\n(WhatsApp)', 'Email\u00a0Aktif');
    the boss's name and phone ('Nama Atasan', 'No. HP Atasan') are someone else's and never used: Jajang, who
    has no phone of his own, is rejected rather than given his boss's."""
    header = ["No", "Nama\n(dengan gelar)", "NIP", "Jabatan", "Unit Kerja/\nOPD", "No. HP\n(WhatsApp)",
              "Email\u00a0Aktif", "Nama Atasan", "No. HP Atasan"]
    boss = ["Ir. Budi Hartanto", "0811 9999 0001"]
    laid = lay([header], [
        ("I", "0857 4242 0001", [1, "Hendri Setiadi", None, "Staf", "DPPKB", "0857 4242 0001", None, *boss]),
        ("I", "0857 4242 0002", [2, "Irma Suryani", None, "Penyuluh KB", "DPPKB", "0857 4242 0002",
                                 "irma.s@gmail.com", *boss]),
        ("D", None, [3, "Hendri S.", None, "Staf", "DPPKB", "085742420001", None, *boss]),
        ("R", None, [4, "Jajang Nurjaman", None, "Staf", "DPPKB", None, None, *boss]),
        ("I", "+62 857 4242 0005", [5, "Kartini Sumarni", None, "Staf",
                                    "Dinas Pengendalian Penduduk dan Keluarga Berencana", "+62 857 4242 0005", None,
                                    *boss]),
    ])
    path = write_book(folder / "pegawai_dppkb.xlsx", [Sheet("Pegawai", laid.rows)])
    return path, expect(laid, read=5, imported=3, duplicates=1, rejected=1, warnings=0,
                        columns={"name": "B", "nip": "C", "position": "D", "unit": "E", "phone": "F", "email": "G"},
                        unmapped=[{"column": "A", "header": "No", "filled": 5, "looks_like": None},
                                  {"column": "H", "header": "Nama Atasan", "filled": 5, "looks_like": "name"},
                                  {"column": "I", "header": "No. HP Atasan", "filled": 5, "looks_like": "phone"}])


# ==========================================================================================================
# Family 2: sheets (hidden, instructions, one sheet per OPD, the only list hidden)
# ==========================================================================================================

PEOPLE_HEADER: list[object] = ["Nama", "NIP", "Jabatan", "OPD", "No. HP", "Email"]


def sheet_hidden_first_xlsx(folder: Path) -> Built:
    """Last year's list on a hidden first sheet '2023', this year's on the visible '2024'."""
    last_year: list[list[object]] = [PEOPLE_HEADER,
                 ["Yakobus Wenda", None, "Staf", "DISHUB", "0817 2020 0001", None],
                 ["Dirk Lewerissa", None, "Staf", "DISHUB", "0817 2020 0009", None],
                 ["Martha Kaihatu", None, "Staf", "DISHUB", "0817 2020 0008", None]]
    laid = lay([PEOPLE_HEADER], [
        ("I", "0817 2020 0001", ["Yakobus Wenda", None, "Staf", "DISHUB", "0817 2020 0001", None]),
        ("I", "0817 2020 0002", ["Ester Rumere", None, "Staf", "DISHUB", "0817 2020 0002", "ester.r@gmail.com"]),
        ("I", "0817-2020-0003", ["Fredrik Sahetapy", None, "Pengemudi", "Dinas Perhubungan", "0817-2020-0003", None]),
        ("D", None, ["Yakobus W.", None, "Staf", "DISHUB", "081720200001", None]),
        ("R", None, ["Rosalina", None, "Staf", "Dinas Perhubungan dan Kominfo", "0817 2020 0006", None]),
    ])
    path = write_book(folder / "pegawai_dishub.xlsx", [Sheet("2023", last_year, state="hidden"),
                                                         Sheet("2024", laid.rows)])
    return path, expect(laid, read=5, imported=3, duplicates=1, rejected=1, warnings=0, sheet="2024",
                        sheets=[{"name": "2023", "rows": 3, "hidden": True, "read": False, "data": True},
                                {"name": "2024", "rows": 5, "hidden": False, "read": True, "data": True}])


def sheet_very_hidden_xlsx(folder: Path) -> Built:
    """External (--unit DINSOS): a 'veryHidden' recap first, the list under a title, an empty 'Sheet3'."""
    recap: list[list[object]] = [["Nama", "No HP", "Email", "Jenis Layanan", "Tanggal Layanan"],
             ["Sumarni", "0819 3030 0001", None, "Bansos PKH", D(2023, 2, 1)],
             ["Paimin", "0819 3030 0009", None, "Bansos PKH", D(2023, 2, 2)]]
    laid = lay([["DAFTAR PENERIMA LAYANAN DINAS SOSIAL 2024"], [],
                ["No", "Nama", "No HP", "Email", "Jenis Layanan", "Tanggal Layanan"]], [
        ("I", "0819 3030 0001", [1, "Sumarni", "0819 3030 0001", None, "Bansos PKH", D(2024, 2, 1)]),
        ("I", "0819-3030-0002", [2, "Paijo", "0819-3030-0002", None, "Bansos BPNT", D(2024, 3, 1)]),
        ("W", None, [3, "Wagiman", "0819 3030", "wagiman@gmail.com", "Rehabilitasi Sosial", D(2024, 3, 2)]),
        ("R", None, [4, "Tukiyem", None, None, "Bansos", D(2024, 3, 3)]),
    ])
    path = write_book(folder / "layanan_dinsos.xlsx", [Sheet("Rekap 2023", recap, state="veryHidden"),
                                                         Sheet("Daftar 2024", laid.rows, merges=["A1:F1"]),
                                                         Sheet("Sheet3", [])])
    return path, expect(laid, read=4, imported=3, duplicates=0, rejected=1, warnings=1, sheet="Daftar 2024",
                        sheets=[{"name": "Rekap 2023", "rows": 2, "hidden": True, "read": False, "data": True},
                                {"name": "Daftar 2024", "rows": 4, "hidden": False, "read": True, "data": True},
                                {"name": "Sheet3", "rows": 0, "hidden": False, "read": False, "data": False}],
                        unmapped=[{"column": "A", "header": "No", "filled": 4, "looks_like": None}])


PETUNJUK = [["PETUNJUK PENGISIAN DAFTAR POPULASI SPI 2024"],
            ["1. Isi kolom Nama dengan nama lengkap beserta gelar."],
            ["2. Kolom No. HP diisi nomor WhatsApp aktif, contoh 0812xxxxxxxx."],
            ["3. Kolom Perangkat Daerah diisi nama OPD, Email boleh dikosongkan."],
            ["4. Jangan mengubah judul kolom pada lembar Data."]]


def sheet_petunjuk_xlsx(folder: Path) -> Built:
    """An instructions sheet 'Petunjuk' (sentences that name the columns) in front of 'Data'."""
    laid = lay([["No", "Nama", "NIP", "Jabatan", "Perangkat Daerah", "No. HP/WA", "Email", "TMT"]], [
        ("I", "0818 4040 0001", [1, "Asep Sunaryo", "198305052009011002", "Mediator Hubungan Industrial",
                                 "DISNAKER", "0818 4040 0001", None, D(2009, 1, 1)]),
        ("I", "0818-4040-0002", [2, "Euis Komalasari", None, "Mediator", "Dinas Tenaga Kerja", "0818-4040-0002",
                                 "euis.k@gmail.com", D(2012, 2, 1)]),
        # TMT 2023-03-01
        ("F", "0818 4040 0003", [3, "Cecep Gunawan", None, "Pengantar Kerja", "DISNAKER", "0818 4040 0003", None,
                                 D(2023, 3, 1)]),
        # row 2's NIP written with spaces
        ("D", None, [4, "Asep S.", "19830505 200901 1 002", "Mediator", "DISNAKER", "0818 4040 0004", None, None]),
        # 31 April does not exist
        ("W", "0818 4040 0005", [5, "Neneng Hasanah", None, "Staf", "Disnaker", "0818 4040 0005", None,
                                 "31/04/2015"]),
    ])
    path = write_book(folder / "pegawai_disnaker.xlsx", [Sheet("Petunjuk", PETUNJUK), Sheet("Data", laid.rows)])
    return path, expect(laid, read=5, imported=4, duplicates=1, rejected=0, warnings=2, flagged=1, sheet="Data",
                        sheets=[{"name": "Petunjuk", "rows": 5, "hidden": False, "read": False, "data": False},
                                {"name": "Data", "rows": 5, "hidden": False, "read": True, "data": True}])


def sheet_petunjuk_ods(folder: Path) -> Built:
    """Experts in an .ods: 'Petunjuk' first, then 'Eksper' with a title row above its header."""
    laid = lay([["DAFTAR EKSPER SPI 2024"], ["Nama", "Instansi", "Kategori", "No. HP", "Email"]], [
        ("I", "0852 5050 0001", ["Dr. Anwar Sanusi", "Universitas Sukamaju", "Akademisi", "0852 5050 0001", None]),
        ("I", None, ["Lia Amalia", "ICW", "LSM", None, "lia.amalia@icw.or.id"]),
        ("W", None, ["Teguh Santosa", "Radar Sukamaju", "Jurnalis", "0852-5050", "teguh@radar.co.id"]),
        ("D", None, ["Anwar S.", "Universitas Sukamaju", "Akademisi", "+6285250500001", None]),
    ])
    path = write_ods_spans(folder / "eksper_2024.ods", [("Petunjuk", PETUNJUK[:3]), ("Eksper", laid.rows)])
    return path, expect(laid, read=4, imported=3, duplicates=1, rejected=0, warnings=1, sheet="Eksper",
                        sheets=[{"name": "Petunjuk", "rows": 3, "hidden": False, "read": False, "data": False},
                                {"name": "Eksper", "rows": 4, "hidden": False, "read": True, "data": True}])


def sheet_per_opd_xlsx(folder: Path) -> Built:
    """One sheet per OPD, each with its OPD column, and a 'Rekap' of counts (no list). Alone, only 'DINKES' is
    read and the other lists are named in the notes; with --all-sheets (scenario 'all') each list is a batch,
    and DISDIK's Rahmat repeats DINKES's phone (a duplicate: the same file)."""
    header = ["No", "Nama", "Jabatan", "OPD", "No. HP", "Email"]
    dinkes = lay([header], [
        ("I", "0812 6060 0001", [1, "Sri Handayani", "Bidan", "DINKES", "0812 6060 0001", None]),
        ("I", "0812 6060 0002", [2, "Rahmat Basuki", "Perawat", "DINKES", "0812 6060 0002", None]),
        ("D", None, [3, "Sri H.", "Bidan", "DINKES", "081260600001", None]),
    ], sheet="DINKES")
    disdik = lay([header], [
        ("I", "0812 6060 0011", [1, "Yuliana Tanoto", "Guru", "DISDIK", "0812 6060 0011", None]),
        ("D", None, [2, "Rahmat Basuki", "Guru", "DISDIK", "0812-6060-0002", None]),
        ("R", None, [3, "Hendro", "Staf", "Dinas Pendidikan dan Kebudayaan", "0812 6060 0013", None]),
    ], sheet="DISDIK")
    dinsos = lay([header], [
        ("I", "0812 6060 0021", [1, "Wati Susilawati", "Pekerja Sosial", "DINSOS", "0812 6060 0021", None]),
        ("I", "0812 6060 0022", [2, "Bambang Pamuji Putra", "Staf", "Dinas Sosial", "0812 6060 0022",
                                 "bambang.pp@gmail.com"]),
    ], sheet="DINSOS")
    rekap: list[list[object]] = [["OPD", "Jumlah Pegawai"], ["DINKES", 3], ["DISDIK", 3], ["DINSOS", 2]]
    lists = [Sheet(p.sheet or "", p.rows) for p in (dinkes, disdik, dinsos)]
    path = write_book(folder / "populasi_per_opd.xlsx", [*lists, Sheet("Rekap", rekap)])

    def sheets(*read: bool) -> list[dict[str, object]]:
        return [{"name": "DINKES", "rows": 3, "hidden": False, "read": read[0], "data": True},
                {"name": "DISDIK", "rows": 3, "hidden": False, "read": read[1], "data": True},
                {"name": "DINSOS", "rows": 2, "hidden": False, "read": read[2], "data": True},
                {"name": "Rekap", "rows": 4, "hidden": False, "read": False, "data": False}]

    single = expect(dinkes, read=3, imported=2, duplicates=1, rejected=0, warnings=0, sheet="DINKES",
                    notes=["DISDIK", "DINSOS"], sheets=sheets(True, False, False))
    everything = expect([dinkes, disdik, dinsos], read=8, imported=5, duplicates=2, rejected=1, warnings=0,
                        batches=3, sheets=sheets(True, True, True))
    return path, {**single, "scenarios": {"all": everything}}


def sheet_per_opd_names_xlsx(folder: Path) -> Built:
    """Sheets named after their OPD ('Dinas Kesehatan', 'Dinas Pendidikan', 'Kec. Cimerak'), no OPD column,
    behind a hidden 'Gabungan' sheet holding everyone. With --all-sheets the OPD is the sheet's; with --unit
    DINKES (scenario 'unit') only the first visible list is read."""
    header = ["Nama", "Jabatan", "No. HP", "Email"]
    kes = lay([header], [
        ("I", "0813 7070 0001", ["Nyoman Suarta", "Perawat", "0813 7070 0001", None]),
        ("I", "0813 7070 0002", ["Ketut Suryani", "Bidan", "0813 7070 0002", "ketut.s@gmail.com"]),
    ], sheet="Dinas Kesehatan")
    dik = lay([header], [
        ("I", "0813 7070 0011", ["Made Wiratama", "Guru", "0813 7070 0011", None]),
        ("R", None, [None, "Guru", "0813 7070 0012", None]),
        ("W", None, ["Putu Ardana", "Guru", "0813-7070", "putu.ardana@gmail.com"]),
    ], sheet="Dinas Pendidikan")
    cmr = lay([header], [
        ("I", "+62 813 7070 0021", ["Gede Parwata", "Staf", "+62 813 7070 0021", None]),
    ], sheet="Kec. Cimerak")
    gabungan = [["Nama", "OPD", "No. HP"], ["Nyoman Suarta", "DINKES", "0813 7070 0001"],
                ["Ketut Suryani", "DINKES", "0813 7070 0002"], ["Made Wiratama", "DISDIK", "0813 7070 0011"],
                ["Gede Parwata", "KEC-CMR", "0813 7070 0021"]]
    path = write_book(folder / "populasi_opd.xlsx", [Sheet("Gabungan", gabungan, state="hidden"),
                                                     *[Sheet(p.sheet or "", p.rows) for p in (kes, dik, cmr)]])
    everything = expect([kes, dik, cmr], read=6, imported=5, duplicates=0, rejected=1, warnings=1, batches=3,
                        units={"Nyoman Suarta": "Dinas Kesehatan", "Ketut Suryani": "Dinas Kesehatan",
                               "Made Wiratama": "Dinas Pendidikan", "Putu Ardana": "Dinas Pendidikan",
                               "Gede Parwata": "Kecamatan Cimerak"})
    kes_only = lay([header], [
        ("I", "0813 7070 0001", ["Nyoman Suarta", "Perawat", "0813 7070 0001", None]),
        ("I", "0813 7070 0002", ["Ketut Suryani", "Bidan", "0813 7070 0002", "ketut.s@gmail.com"]),
    ])
    unit = expect(kes_only, read=2, imported=2, duplicates=0, rejected=0, warnings=0, sheet="Dinas Kesehatan",
                  notes=["Dinas Pendidikan", "Kec. Cimerak"])
    return path, {**everything, "scenarios": {"all": everything, "unit": unit}}


def sheet_only_hidden_xlsx(folder: Path) -> Built:
    """The only list is on the hidden sheet 'Pegawai2024' behind a visible 'Petunjuk': refused unless
    --sheet Pegawai2024 (scenario 'named') names it."""
    laid = lay([["Nama", "OPD", "No. HP", "Email", "Jabatan"]], [
        ("I", "0821 8080 0001", ["Samsul Bahri", "SATPOLPP", "0821 8080 0001", None, "Anggota Satpol PP"]),
        ("I", "0821 8080 0002", ["Darmawan", "Satpol PP", "0821 8080 0002", None, "Anggota"]),
        ("R", None, ["Rukmini", "SATPOL", "0821 8080 0003", None, "Staf"]),
    ])
    path = write_book(folder / "pegawai_satpolpp.xlsx", [Sheet("Petunjuk", PETUNJUK),
                                                          Sheet("Pegawai2024", laid.rows, state="hidden")])
    named = expect(laid, read=3, imported=2, duplicates=0, rejected=1, warnings=0, sheet="Pegawai2024")
    return path, {"exit": 2, "stderr": ["pegawai_satpolpp.xlsx", "Pegawai2024"], "scenarios": {"named": named}}


def sheet_only_hidden_blank_visible_xlsx(folder: Path) -> Built:
    """Experts: the visible 'Sheet1' is empty, the list is on the hidden 'Eksper': refused unless --sheet
    Eksper (scenario 'named')."""
    laid = lay([["Nama", "Lembaga", "No. HP", "Email"]], [
        ("I", "0822 9090 0001", ["Ria Irawati", "Komunitas Literasi", "0822 9090 0001", None]),
        ("I", None, ["Anton Sihombing", "KADIN", None, "anton.s@kadin.or.id"]),
        ("D", None, ["Ria I.", "Komunitas Literasi", "+62 822-9090-0001", None]),
    ])
    path = write_book(folder / "eksper_tersembunyi.xlsx", [Sheet("Sheet1", []),
                                                            Sheet("Eksper", laid.rows, state="hidden")])
    named = expect(laid, read=3, imported=2, duplicates=1, rejected=0, warnings=0, sheet="Eksper")
    return path, {"exit": 2, "stderr": ["eksper_tersembunyi.xlsx", "Eksper"], "scenarios": {"named": named}}


def sheet_hidden_ods(folder: Path) -> Built:
    """Experts in an .ods whose first table 'Lama' is hidden (LibreOffice: Sheet > Hide Sheet)."""
    old: list[list[object]] = [["Nama", "Instansi", "No. HP", "Email"],
                               ["Yudi Lathifan", "Universitas Sukamaju", "0878 4343 0001", None],
           ["Wimar Witarsa", "Media", "0878 4343 0009", None]]
    laid = lay([["Nama", "Instansi", "No. HP", "Email"]], [
        ("I", "0878 4343 0001", ["Yudi Lathifan", "Universitas Sukamaju", "0878 4343 0001", None]),
        ("I", "0878 4343 0002", ["Zamzami Hasan", "LSM Bersih", "0878 4343 0002", None]),
        ("D", None, ["Yudi L.", "Universitas Sukamaju", "087843430001", None]),
    ])
    path = write_ods_spans(folder / "eksper_lama_baru.ods", [("Lama", old), ("Eksper", laid.rows)],
                           hidden=["Lama"])
    return path, expect(laid, read=3, imported=2, duplicates=1, rejected=0, warnings=0, sheet="Eksper",
                        sheets=[{"name": "Lama", "rows": 2, "hidden": True, "read": False, "data": True},
                                {"name": "Eksper", "rows": 3, "hidden": False, "read": True, "data": True}])


def sheet_hidden_xls(folder: Path) -> Built:
    """An Excel 97-2003 .xls whose first sheet '2023' is hidden."""
    header: list[object] = ["Nama", "OPD", "No. HP", "Email"]
    old: list[list[object]] = [header, ["Agus Salimin", "DISHUB", "0812 4444 0001", None],
                               ["Zaki Rahman", "DISHUB", "0812 4444 0009", None]]
    laid = lay([header], [
        ("I", "0812 4444 0001", ["Agus Salimin", "DISHUB", "0812 4444 0001", None]),
        ("I", "0812 4444 0002", ["Bayu Wiratama", "Dinas Perhubungan", "0812 4444 0002", None]),
        ("R", None, ["Cahya Purnama", "Dinas Kelautan", "0812 4444 0003", None]),
    ])
    path = write_xls(folder / "pegawai_dishub_lama.xls", "2024", laid.rows, before=[("2023", old)])
    return path, expect(laid, read=3, imported=2, duplicates=0, rejected=1, warnings=0, sheet="2024",
                        sheets=[{"name": "2023", "rows": 2, "hidden": True, "read": False, "data": True},
                                {"name": "2024", "rows": 3, "hidden": False, "read": True, "data": True}])


# ==========================================================================================================
# Family 3: phones that must not be rebuilt into other numbers, labels that are set aside, decimal commas
# ==========================================================================================================

def phone_letters_csv(folder: Path) -> Built:
    """Letters O / l / I typed for 0 / 1: never read as digits. The right numbers appear later and are not
    duplicates of the refused ones."""
    laid = lay([["Nama", "Jabatan", "OPD", "No. HP", "Email"]], [
        ("W", None, ["Suhendra", "Staf", "PUPR", "0821-30O6-2142", "suhendra@gmail.com"]),
        ("R", None, ["Iwan Setiawan Jaya", "Staf", "PUPR", "08l1-8308-3131", ""]),
        ("I", "0821-3006-2143", ["Nurul Hidayati", "Staf", "DPUPR", "0821-3006-2143", ""]),
        ("W", None, ["Andika Pratama Putra", "Drafter", "PUPR", "O812 1234 5678", "andika.pp@gmail.com"]),
        ("R", None, ["Fitriyani", "Staf", "PUPR", "0812-345I-7890", ""]),
        # what line 2 should have said: not a duplicate, line 2 stored no phone
        ("I", "0821 3006 2142", ["Ujang Rohman", "Staf", "PUPR", "0821 3006 2142", ""]),
        # what line 3 should have said; line 3 was rejected
        ("I", "0811-8308-3131", ["Iwan Setiawan Jaya", "Staf", "PUPR", "0811-8308-3131", ""]),
    ])
    path = folder / "pegawai_pupr.csv"
    path.write_text("".join(text_lines(laid.rows, ",")), encoding="utf-8")
    return path, expect(laid, read=7, imported=5, duplicates=0, rejected=2, warnings=2,
                        reasons={2: ["huruf"], 3: ["huruf"], 5: ["huruf"], 6: ["huruf"]})


def phone_letters_xlsx(folder: Path) -> Built:
    """Experts in .xlsx: letters in phones (l, O, OOOO, '8l2' after +62)."""
    laid = lay([["No", "Nama", "Instansi", "No. HP", "Email"]], [
        ("W", None, [1, "Bonifasius Lere", "Universitas Sukamaju", "08l1-8308-3131", "boni@unsuk.ac.id"]),
        ("R", None, [2, "Clara Wijaya", "LSM Bersih", "0821-30O6-2142", None]),
        ("I", "0811 8308 3131", [3, "Dedy Hasan", "Radar Sukamaju", "0811 8308 3131", None]),
        ("R", None, [4, "Erlangga", "KADIN", "0813-OOOO-1234", None]),
        ("I", "0821 3006 2142", [5, "Farida Pashari", "Universitas Sukamaju", "0821 3006 2142", None]),
        ("W", None, [6, "Gilbert Rumahorbo", "ICW", "+62 8l2 5555 0001", "gilbert@icw.or.id"]),
    ])
    path = write_book(folder / "eksper_huruf.xlsx", [Sheet("Eksper", laid.rows)])
    return path, expect(laid, read=6, imported=4, duplicates=0, rejected=2, warnings=2,
                        reasons={2: ["huruf"], 3: ["huruf"], 5: ["huruf"], 7: ["huruf"]})


def phone_words_xlsx(folder: Path) -> Built:
    """--unit BPBD: words and second numbers in the phone cell refuse it; the single numbers come later."""
    laid = lay([["No", "Nama", "Jabatan", "No. HP", "Email"]], [
        ("R", None, [1, "Hasanuddin", "Staf", "0812-7673-498 (HP 2)", None]),
        ("W", None, [2, "Irawati", "Staf", "0852 4344 428 WA 1", "irawati@gmail.com"]),
        ("W", None, [3, "Jumadi", "Staf", "0812 3456 7890 / 0813 1111 2222", "jumadi@gmail.com"]),
        ("I", "0812-7673-498", [4, "Kasmadi", "Staf", "0812-7673-498", None]),
        ("I", "0812 3456 7890", [5, "Lastri", "Staf", "0812 3456 7890", None]),
        ("I", "0813 1111 2222", [6, "Mulyono", "Staf", "0813 1111 2222", None]),
        ("R", None, [7, "Nanang", "Staf", "0852 4344 428 WA 1", None]),
        ("I", "0852 4344 428", [8, "Oding", "Staf", "0852 4344 428", None]),
    ])
    path = write_book(folder / "pegawai_bpbd.xlsx", [Sheet("BPBD", laid.rows)])
    return path, expect(laid, read=8, imported=6, duplicates=0, rejected=2, warnings=2)


def phone_words_csv(folder: Path) -> Built:
    """External ';' CSV (--unit DISDUKCAPIL): 'WA 1', ' / ', 'atau', '(HP 2)', 'ext 12', '(istri)'."""
    laid = lay([["Nama", "No. HP", "Email", "Jenis Layanan", "Tanggal Layanan"]], [
        ("R", None, ["Purnomo", "0852 4344 428 WA 1", "", "KTP-el", "2024-05-01"]),
        ("R", None, ["Qomariah", "0812 3456 7890 / 0813 1111 2222", "", "KK", "2024-05-02"]),
        ("W", None, ["Rudianto", "0813-5555-1212 atau 0857-1111-2323", "rudianto@gmail.com", "KTP-el",
                     "2024-05-03"]),
        ("W", None, ["Sartika", "0812 2222 3333 (HP 2)", "sartika@gmail.com", "KIA", "2024-05-04"]),
        ("I", "0812 2222 3333", ["Tatang", "0812 2222 3333", "", "KTP-el", "2024-05-05"]),
        ("W", None, ["Umi Kalsum", "0812-2222-4444 ext 12", "umi.k@gmail.com", "KTP-el", "2024-05-06"]),
        ("I", "0813 5555 1212", ["Vivi", "0813 5555 1212", "", "KTP-el", "2024-05-06"]),
        # the wife's number, not the respondent's
        ("R", None, ["Wartini", "0857 1111 2323 (istri)", "", "KTP-el", "2024-05-07"]),
    ])
    path = folder / "pengguna_dukcapil.csv"
    path.write_text("".join(text_lines(laid.rows, ";")), encoding="utf-8")
    return path, expect(laid, read=8, imported=5, duplicates=0, rejected=3, warnings=3)


def phone_labels_xlsx(folder: Path) -> Built:
    """--unit BKPSDM: '(WA)', 'HP:', '+62 (0)', 'WA:', '(0812)' are labels and brackets: the number is read;
    later plain forms of the same numbers are duplicates."""
    laid = lay([["No", "Nama", "Jabatan", "No. HP", "Email"]], [
        ("I", "0812-3456-7890", [1, "Wahid Hasyimi", "Analis SDM", "0812-3456-7890 (WA)", None]),
        ("I", "0812 3456 7891", [2, "Xaverius Bria", "Staf", "HP: 0812 3456 7891", None]),
        ("I", "+62 812 3456 7892", [3, "Yasinta Nona", "Staf", "+62 (0) 812 3456 7892", None]),
        ("D", None, [4, "Wahid H.", "Analis SDM", "081234567890", None]),
        ("I", "0812-3456-7894", [5, "Zulkarnain Lubis", "Staf", "WA: 0812-3456-7894", None]),
        ("I", "0812 3456 7895", [6, "Abdul Somantri Batubara", "Staf", "(0812) 3456 7895", None]),
        ("D", None, [7, "Xaverius B.", "Staf", "+62 812-3456-7891", None]),
    ])
    path = write_book(folder / "pegawai_bkpsdm.xlsx", [Sheet("Pegawai", laid.rows)])
    return path, expect(laid, read=7, imported=5, duplicates=2, rejected=0, warnings=0)


def phone_labels_csv(folder: Path) -> Built:
    """Experts: 'HP:', '+62 (0)', '(WA)', 'No. HP' before the number; a label with no number at all."""
    laid = lay([["Nama", "Lembaga", "No HP / WA", "Email"]], [
        ("I", "0857-2121-0001", ["Bahrul Ulum", "Pesantren Al-Ikhlas", "HP: 0857-2121-0001", ""]),
        ("I", "+62 857 2121 0002", ["Cornelis Layan", "Universitas Sukamaju", "+62 (0) 857 2121 0002", ""]),
        ("I", "0857 2121 0003", ["Dorothea Rosalina", "LSM Bersih", "0857 2121 0003 (WA)", ""]),
        ("I", "0857 2121 0004", ["Emanuel Kure", "Radar Sukamaju", "No. HP 0857 2121 0004", ""]),
        ("D", None, ["Bahrul U.", "Pesantren Al-Ikhlas", "0857 2121 0001", ""]),
        ("R", None, ["Fransiskus", "LSM Bersih", "HP:", ""]),
    ])
    path = folder / "eksper_label.csv"
    path.write_text("".join(text_lines(laid.rows, ",")), encoding="utf-8")
    return path, expect(laid, read=6, imported=4, duplicates=1, rejected=1, warnings=0)


def phone_labels_more_csv(folder: Path) -> Built:
    """External ';' CSV (--unit DISPARBUD): labels written in front ('(WA) 0812…', 'WA/HP:', 'Hp.', 'Telp:',
    'WA.') or behind ('(WhatsApp)'): one number each, read as written."""
    laid = lay([["Nama", "No. HP", "Email", "Jenis Layanan", "Tanggal Layanan"]], [
        ("I", "0812 5353 0001", ["Agung Herkulanus", "(WA) 0812 5353 0001", "", "Izin Usaha Wisata", "2024-05-01"]),
        ("I", "0812 5353 0002", ["Bunga Zaitun", "WA/HP: 0812 5353 0002", "", "Izin Usaha Wisata", "2024-05-02"]),
        ("I", "0812 5353 0003", ["Cakra Kanigara", "Hp. 0812 5353 0003", "", "Izin Usaha Wisata", "2024-05-03"]),
        ("I", "0812 5353 0004", ["Delano Thamrin", "Telp: 0812 5353 0004", "", "Izin Usaha Wisata", "2024-05-04"]),
        ("I", "0812 5353 0005", ["Evi Tamalia", "0812 5353 0005 (WhatsApp)", "", "Izin Usaha Wisata",
                                 "2024-05-05"]),
        ("I", "0812 5353 0006", ["Fajar Alfarisi", "WA.0812 5353 0006", "", "Izin Usaha Wisata", "2024-05-06"]),
        ("D", None, ["Agung H.", "0812-5353-0001", "", "Izin Usaha Wisata", "2024-05-07"]),
    ])
    path = folder / "pengguna_disparbud.csv"
    path.write_text("".join(text_lines(laid.rows, ";")), encoding="utf-8")
    return path, expect(laid, read=7, imported=6, duplicates=1, rejected=0, warnings=0)


def phone_decimal_comma_csv(folder: Path) -> Built:
    """--unit DISKAN, ';' CSV from an Indonesian Excel: numbers with a decimal comma (',0'); a non-zero decimal
    or scientific notation is not a phone."""
    laid = lay([["Nama", "NIP", "Jabatan", "No HP", "Email"]], [
        ("I", "+628589022932", ["Ayu Lestari Ningsih", "", "Staf", "628589022932,0", ""]),
        ("I", "+6281234560001", ["Bagas Pratama Jaya", "", "Staf", "6281234560001,0", ""]),
        # the 0 dropped and a decimal comma
        ("I", "081234560002", ["Citra Kirani Dewi", "", "Staf", "81234560002,0", ""]),
        ("D", None, ["Ayu L.", "", "Staf", "+62 858-9022-932", ""]),
        ("W", None, ["Dimas Anggoro", "", "Staf", "628589022935,5", "dimas.a@gmail.com"]),
        ("R", None, ["Eka Saputri", "", "Staf", "6,28589E+11", ""]),
        ("I", "0858 9022 9380", ["Fauzan Azima", "", "Staf", "0858 9022 9380", ""]),
    ])
    path = folder / "pegawai_diskan.csv"
    path.write_text("".join(text_lines(laid.rows, ";")), encoding="utf-8")
    return path, expect(laid, read=7, imported=5, duplicates=1, rejected=1, warnings=1)


def phone_decimal_comma_txt(folder: Path) -> Built:
    """External tab .txt (--unit DPPKB): ',0', ',00' and '.0' decimal parts; ',1' is not a phone."""
    laid = lay([["Nama", "No. HP", "Email", "Jenis Layanan", "Tanggal Layanan"]], [
        ("I", "+628589022933", ["Gina Sonia", "628589022933,0", "", "Pelayanan KB", "2024-04-01"]),
        ("I", "+6285712345678", ["Hadi Purnawan", "6285712345678,00", "", "Pelayanan KB", "2024-04-02"]),
        ("I", "+628589022934", ["Intan Nuraeni", "628589022934.0", "", "Konseling", "2024-04-03"]),
        ("D", None, ["Gina S.", "08589022933", "", "Pelayanan KB", "2024-04-04"]),
        # not a whole number: refused, so it is no duplicate of line 3 either
        ("W", None, ["Jaka Tirtana", "6285712345678,1", "jaka.t@gmail.com", "Pelayanan KB", "2024-04-05"]),
    ])
    path = folder / "pengguna_dppkb.txt"
    path.write_text("".join(raw_lines(laid.rows, "\t")), encoding="utf-8")
    return path, expect(laid, read=5, imported=4, duplicates=1, rejected=0, warnings=1)


def phone_more_numbers_xlsx(folder: Path) -> Built:
    """Experts: two numbers on two lines of one cell (Alt+Enter), two numbers with a comma, '(kantor)',
    'a.n. Suami'; '(+62)', a full stop after the number are only punctuation."""
    laid = lay([["Nama", "Instansi", "No. HP", "Email"]], [
        ("W", None, ["Ahmad Sahrudin", "DPRD", "0812 4141 0001\n0813 4141 0002", "ahmad.s@gmail.com"]),
        ("R", None, ["Bintang Eka Mulya", "Komunitas Stand Up", "0812 4141 0003, 0813 4141 0004", None]),
        ("I", "(+62) 812 4141 0005", ["Cakra Lontara", "Komunitas Stand Up", "(+62) 812 4141 0005", None]),
        ("I", "0812-4141-0006", ["Dewi Kirana", "Radar Sukamaju", "0812-4141-0006.", None]),
        ("R", None, ["Entang Sutrisna", "Komunitas Stand Up", "0812 4141 0007 (kantor)", None]),
        ("R", None, ["Fitria Trisnawati", "Radar Sukamaju", "0812 4141 0008 a.n. Suami", None]),
        # line 2's first number; line 2 stored none
        ("I", "0812 4141 0001", ["Gading Martono", "Radar Sukamaju", "0812 4141 0001", None]),
    ])
    path = write_book(folder / "eksper_dua_nomor.xlsx", [Sheet("Eksper", laid.rows)])
    return path, expect(laid, read=7, imported=4, duplicates=0, rejected=3, warnings=1)


def phone_thousands_csv(folder: Path) -> Built:
    """--unit DISDIK, ';' CSV from Excel in Indonesian settings where the phone column had a number format:
    dots as thousands separators, a decimal comma; scientific notation stays refused."""
    laid = lay([["Nama", "Jabatan", "No. HP", "Email"]], [
        ("I", "+6281241420001", ["Hana Pertiwi", "Guru", "6.281.241.420.001", ""]),
        ("I", "081241420002", ["Indra Lesmono", "Guru", "81.241.420.002", ""]),
        ("I", "+6281241420003", ["Joni Iskandar", "Guru", "6.281.241.420.003,00", ""]),
        ("D", None, ["Hana P.", "Guru", "0812 4142 0001", ""]),
        ("W", None, ["Kiki Amalia", "Guru", "6,28124E+12", "kiki.amalia@gmail.com"]),
    ])
    path = folder / "guru_disdik.csv"
    path.write_text("".join(text_lines(laid.rows, ";")), encoding="utf-8")
    return path, expect(laid, read=5, imported=4, duplicates=1, rejected=0, warnings=1)


# ==========================================================================================================
# Family 4: encodings (a cp1252 line inside UTF-8, UTF-16 BE, UTF-32 LE/BE with BOM)
# ==========================================================================================================

def enc_mixed_line_csv(folder: Path) -> Built:
    """--unit DISARPUS: UTF-8 ';' CSV without BOM; line 4 was pasted from a cp1252 file (’ is byte 0x92).

    Line 4 is read as cp1252 and carries a warning saying so: the reader chose another decoding for it, a
    change to what the row says that the user must be able to check (as with removed invisible characters)."""
    laid = lay([["Nama", "Jabatan", "No. HP", "Email"]], [
        ("I", "0823 1313 0001", ["André Wijaya", "Arsiparis", "0823 1313 0001", ""]),
        ("I", "0823 1313 0002", ["Siti Nur’aini", "Pustakawan", "0823 1313 0002", ""]),
        ("W", "0823 1313 0003", ["Nur’aini Rahmawati", "Staf", "0823 1313 0003", ""]),
        ("I", "0823 1313 0004", ["Dédé Rohaeti", "Staf", "0823 1313 0004", ""]),
        ("D", None, ["André W.", "Arsiparis", "082313130001", ""]),
    ])
    lines = text_lines(laid.rows, ";")
    data = b"".join(line.encode("cp1252" if number == 4 else "utf-8") for number, line in enumerate(lines, 1))
    assert b"\x92" in data and "’".encode() in data
    path = folder / "pegawai_disarpus.csv"
    path.write_bytes(data)
    return path, expect(laid, read=5, imported=4, duplicates=1, rejected=0, warnings=1,
                        names=["André Wijaya", "Dédé Rohaeti", "Nur’aini Rahmawati", "Siti Nur’aini"])


def enc_mixed_bom_csv(folder: Path) -> Built:
    """Experts: UTF-8 with BOM (as Excel's 'CSV UTF-8' always writes it), ','; line 4 is cp1252 (é is byte
    0xE9): read like the same file without BOM, line 4 as cp1252 with a warning."""
    laid = lay([["Nama", "Lembaga", "No HP", "Email"]], [
        ("I", "0838 1414 0001", ["Gérard Pattiradjawane", "Universitas Sukamaju", "0838 1414 0001", ""]),
        ("I", "0838 1414 0002", ["Nur’aini Zahra", "LSM Bersih", "0838 1414 0002", ""]),
        ("W", "0838 1414 0003", ["José Kalalo", "Radar Sukamaju", "0838 1414 0003", ""]),
        ("I", None, ["Zoë Tanjung", "Akademisi", "", "zoe.t@gmail.com"]),
    ])
    lines = text_lines(laid.rows, ",")
    data = codecs.BOM_UTF8 + b"".join(line.encode("cp1252" if number == 4 else "utf-8")
                                      for number, line in enumerate(lines, 1))
    path = folder / "eksper_campur.csv"
    path.write_bytes(data)
    return path, expect(laid, read=4, imported=4, duplicates=0, rejected=0, warnings=1,
                        names=["Gérard Pattiradjawane", "José Kalalo", "Nur’aini Zahra", "Zoë Tanjung"])


def enc_utf16be_txt(folder: Path) -> Built:
    """External (--unit RSUD): UTF-16 big-endian with BOM, tab-separated."""
    laid = lay([["Nama Pasien", "No. HP", "Email", "Jenis Layanan", "Tanggal Layanan"]], [
        ("I", "0895 1515 0001", ["Nur’aini Pasaribu", "0895 1515 0001", "", "Rawat Jalan", "2024-03-01"]),
        ("I", "0895-1515-0002", ["Désirée Tambunan", "0895-1515-0002", "", "Rawat Inap", "2024-03-02"]),
        ("F", "0895 1515 0003", ["Liem Swie Hok", "0895 1515 0003", "", "IGD", "2022-12-31"]),
        ("D", None, ["Nur’aini P.", "+6289515150001", "", "Kontrol", "2024-04-01"]),
    ])
    path = folder / "pasien_rsud.txt"
    path.write_bytes(codecs.BOM_UTF16_BE + "".join(raw_lines(laid.rows, "\t")).encode("utf-16-be"))
    return path, expect(laid, read=4, imported=3, duplicates=1, rejected=0, warnings=1, flagged=1,
                        names=["Désirée Tambunan", "Liem Swie Hok", "Nur’aini Pasaribu"])


def enc_utf32le_txt(folder: Path) -> Built:
    """--unit DISPARBUD: UTF-32 little-endian with BOM (FF FE 00 00, which starts like UTF-16's BOM)."""
    laid = lay([["Nama", "Jabatan", "No. HP", "Email"]], [
        ("I", "0896 1616 0001", ["Komang Gédé", "Pemandu Wisata", "0896 1616 0001", ""]),
        ("I", "0896 1616 0002", ["Ketut Nur’aini", "Staf", "0896 1616 0002", ""]),
        ("R", None, ["", "Staf", "0896 1616 0003", ""]),
        ("I", None, ["Wayan Sukerta", "Staf", "", "wayan.s@gmail.com"]),
    ])
    path = folder / "pegawai_disparbud.txt"
    path.write_bytes(codecs.BOM_UTF32_LE + "".join(raw_lines(laid.rows, "\t")).encode("utf-32-le"))
    return path, expect(laid, read=4, imported=3, duplicates=0, rejected=1, warnings=0,
                        names=["Ketut Nur’aini", "Komang Gédé", "Wayan Sukerta"])


def enc_utf32be_csv(folder: Path) -> Built:
    """Experts: UTF-32 big-endian with BOM, ';'."""
    laid = lay([["Nama", "Instansi", "No. HP", "Email"]], [
        ("I", "0877 1717 0001", ["Hélène Sitorus", "Universitas Sukamaju", "0877 1717 0001", ""]),
        ("I", "0877 1717 0002", ["Bima Nur’alam", "LSM Bersih", "0877 1717 0002", ""]),
        ("D", None, ["H. Sitorus", "Universitas Sukamaju", "087717170001", ""]),
    ])
    path = folder / "eksper_utf32.csv"
    path.write_bytes(codecs.BOM_UTF32_BE + "".join(text_lines(laid.rows, ";")).encode("utf-32-be"))
    return path, expect(laid, read=3, imported=2, duplicates=1, rejected=0, warnings=0,
                        names=["Bima Nur’alam", "Hélène Sitorus"])


# ==========================================================================================================
# Family 5: names that are not names; invisible and control characters
# ==========================================================================================================

def name_invisible_xlsx(folder: Path) -> Built:
    """--unit DPMD: a zero-width space as the whole name, error cells #N/A / #REF! / #VALUE! (a failed lookup
    pasted as values), zero-width spaces inside real names."""
    laid = lay([["DAFTAR PEGAWAI DPMD"], [], ["No", "Nama", "Jabatan", "No. HP", "Email"]], [
        ("R", None, [1, ZWSP, "Staf", "0812 1818 0001", None]),
        ("R", None, [2, "#N/A", "Staf", "0812 1818 0002", None]),
        ("R", None, [3, "#REF!", "Staf", "0812 1818 0003", None]),
        ("R", None, [4, "#VALUE!", "Staf", "0812 1818 0004", None]),
        ("W", "0812 1818 0005", [5, ZWSP + "Sri Mulyaningrum", "Staf", "0812 1818 0005", None]),
        ("I", "0812 1818 0006", [6, "Teguh Karyadi", "Staf", "0812 1818 0006", None]),
        # row 4's phone; row 4 was rejected
        ("I", "0812 1818 0001", [7, "Umar Said", "Staf", "0812 1818 0001", None]),
        ("W", "0812 1818 0008", [8, "Vera" + ZWSP + " Wati", "Staf", "0812 1818 0008", "vera.wati@gmail.com"]),
        ("R", None, [9, ZWSP + " " + ZWSP, "Staf", "0812 1818 0009", None]),
    ])
    path = write_book(folder / "pegawai_dpmd.xlsx", [Sheet("DPMD", laid.rows, merges=["A1:E1"])])
    return path, expect(laid, read=9, imported=4, duplicates=0, rejected=5, warnings=2,
                        names=["Sri Mulyaningrum", "Teguh Karyadi", "Umar Said", "Vera Wati"],
                        reasons={4: ["Nama kosong"], 12: ["Nama kosong"]})


def name_formula_xlsx(folder: Path) -> Built:
    """--unit DINKES: names and a phone that are formulas (not pasted as values): a VLOOKUP that failed (#N/A),
    #REF! and #VALUE! results, =PROPER(...) giving a real name, a phone built with '&'."""
    laid = lay([["No", "Nama", "Jabatan", "No. HP", "Email"]], [
        ("R", None, [1, "F_NA", "Staf", "0812 6868 0001", None]),
        ("I", "0812 6868 0002", [2, "F_PROPER", "Staf", "0812 6868 0002", None]),
        ("I", "0812 6868 0003", [3, "Citra Lestari", "Staf", "F_PHONE", None]),
        ("R", None, [4, "F_REF", "Staf", "0812 6868 0004", None]),
        ("R", None, [5, "F_VALUE", "Staf", None, "nilai.salah@gmail.com"]),
        # row 2's phone; row 2 was rejected
        ("I", "0812 6868 0001", [6, "Dodi Sudrajat", "Staf", "0812 6868 0001", None]),
    ])
    path = write_book(folder / "pegawai_rumus.xlsx", [Sheet("Pegawai", laid.rows)])
    with_formulas(path, {"F_NA": ("e", "VLOOKUP(G2,Master!A:B,2,FALSE)", "#N/A"),
                         "F_PROPER": ("str", "PROPER(G3)", "Budi Santosa"),
                         "F_PHONE": ("str", '"0812 6868 "&amp;"0003"', "0812 6868 0003"),
                         "F_REF": ("e", "#REF!B5", "#REF!"),
                         "F_VALUE": ("e", "G6+1", "#VALUE!")})
    return path, expect(laid, read=6, imported=3, duplicates=0, rejected=3, warnings=0,
                        names=["Budi Santosa", "Citra Lestari", "Dodi Sudrajat"])


def name_errors_csv(folder: Path) -> Built:
    """Experts: Excel error texts as names in a CSV (#N/A, #REF!, #VALUE!, #NAME?, #DIV/0!), a zero-width
    space alone, a stray BOM character in front of a name."""
    laid = lay([["Nama", "Lembaga", "No. HP", "Email"]], [
        ("R", None, ["#N/A", "Universitas Sukamaju", "0813 1919 0001", ""]),
        ("R", None, ["#REF!", "LSM Bersih", "0813 1919 0002", ""]),
        ("R", None, ["#VALUE!", "Radar Sukamaju", "", "redaksi@radar.co.id"]),
        ("R", None, ["#NAME?", "KADIN", "0813 1919 0004", ""]),
        ("R", None, ["#DIV/0!", "Universitas Sukamaju", "0813 1919 0005", ""]),
        ("R", None, [ZWSP, "Universitas Sukamaju", "0813 1919 0006", ""]),
        ("I", "0813 1919 0001", ["Wulan Gurniwati", "Universitas Sukamaju", "0813 1919 0001", ""]),
        ("W", "0813 1919 0009", ["\ufeffYanti Susanti", "LSM Bersih", "0813 1919 0009", ""]),
        ("I", "0813 1919 0010", ["Zaenal Abidin", "LSM Bersih", "0813 1919 0010", ""]),
    ])
    path = folder / "eksper_rumus.csv"
    path.write_text("".join(text_lines(laid.rows, ",")), encoding="utf-8")
    return path, expect(laid, read=9, imported=3, duplicates=0, rejected=6, warnings=1,
                        names=["Wulan Gurniwati", "Yanti Susanti", "Zaenal Abidin"], reasons={7: ["Nama kosong"]},
                        xlsx_export=True)


def name_control_csv(folder: Path) -> Built:
    """--unit DKP: backspace, bell and NUL inside names and a phone; a name that is only a bell."""
    laid = lay([["Nama", "Jabatan", "No. HP", "Email"]], [
        ("W", "0857 2020 0001", ["Budi\x08 Santoso Wibisono", "Staf", "0857 2020 0001", ""]),
        ("W", "0857 2020 0002", ["Rina Marlina Sari", "Staf", "0857\x07 2020 0002", ""]),
        ("W", "0857 2020 0003", ["Nana\x00 Sukarna", "Staf", "0857 2020 0003", ""]),
        ("R", None, ["\x07", "Staf", "0857 2020 0004", ""]),
        ("I", "0857 2020 0005", ["Oki Setianingsih", "Staf", "0857 2020 0005", ""]),
        # line 3's phone once the bell is removed
        ("D", None, ["Rina M.", "Staf", "085720200002", ""]),
    ])
    path = folder / "pegawai_dkp.csv"
    path.write_bytes("".join(raw_lines(laid.rows, ",")).encode("utf-8"))
    return path, expect(laid, read=6, imported=4, duplicates=1, rejected=1, warnings=3,
                        names=["Budi Santoso Wibisono", "Nana Sukarna", "Oki Setianingsih", "Rina Marlina Sari"],
                        reasons={5: ["Nama kosong"]}, xlsx_export=True)


def name_control_xlsx(folder: Path) -> Built:
    """External (--unit DISHUB) .xlsx: control characters as Excel stores them in the XML (_x0008_, _x0007_,
    the ST_Xstring escape; openpyxl writes this text unchanged, Excel shows the control character)."""
    laid = lay([["Nama", "No. HP", "Email", "Jenis Layanan", "Tanggal Layanan"]], [
        ("W", "0858 2121 0001", ["Agus_x0008_ Salimudin", "0858 2121 0001", None, "Uji KIR", D(2024, 5, 1)]),
        ("W", "0858 2121 0002", ["Bunga Citrawati", "0858_x0007_ 2121 0002", None, "Uji KIR", D(2024, 5, 2)]),
        ("I", "0858 2121 0003", ["Candra Wijaya", "0858 2121 0003", None, "Izin Trayek", D(2024, 5, 3)]),
        ("R", None, ["_x0007_", "0858 2121 0004", None, "Uji KIR", D(2024, 5, 4)]),
    ])
    path = write_book(folder / "pengguna_dishub.xlsx", [Sheet("Layanan", laid.rows)])
    with zipfile.ZipFile(path) as archive:
        assert b"_x0008_" in archive.read("xl/worksheets/sheet1.xml")
    return path, expect(laid, read=4, imported=3, duplicates=0, rejected=1, warnings=2,
                        names=["Agus Salimudin", "Bunga Citrawati", "Candra Wijaya"], xlsx_export=True)


def name_mixed_txt(folder: Path) -> Built:
    """Experts, tab .txt: #N/A, #REF!, two zero-width spaces, a bell in a name, a NUL inside a phone."""
    laid = lay([["Nama", "Lembaga", "No. HP", "Email"]], [
        ("R", None, ["#N/A", "Universitas Sukamaju", "0859 2222 0001", ""]),
        ("R", None, [ZWSP + ZWSP, "LSM Bersih", "0859 2222 0002", ""]),
        ("W", "0859 2222 0003", ["Dewi\x07 Sartini", "Radar Sukamaju", "0859 2222 0003", ""]),
        ("W", "0859 2222 0004", ["Eko Patriono", "KADIN", "0859 2222\x00 0004", ""]),
        ("I", "0859 2222 0001", ["Fajar Alfiansyah", "Universitas Sukamaju", "0859 2222 0001", ""]),
        ("R", None, ["#REF!", "Universitas Sukamaju", "", "ref@unsuk.ac.id"]),
    ])
    path = folder / "eksper_kontrol.txt"
    path.write_bytes("".join(raw_lines(laid.rows, "\t")).encode("utf-8"))
    return path, expect(laid, read=6, imported=3, duplicates=0, rejected=3, warnings=2,
                        names=["Dewi Sartini", "Eko Patriono", "Fajar Alfiansyah"], reasons={3: ["Nama kosong"]},
                        xlsx_export=True)


def name_invisible_more_csv(folder: Path) -> Built:
    """--unit DPMPTSP: other invisible characters (word joiner, soft hyphen, BOM, zero-width joiner), ESC and a
    vertical tab (which str.strip() would swallow unseen), Excel's #NUM! and #NULL!."""
    laid = lay([["Nama", "Jabatan", "No. HP", "Email"]], [
        ("R", None, ["\u2060", "Staf", "0838 4545 0001", ""]),
        ("R", None, ["\u00ad", "Staf", "0838 4545 0002", ""]),
        ("R", None, ["\ufeff", "Staf", "0838 4545 0003", ""]),
        ("R", None, ["#NUM!", "Staf", "0838 4545 0004", ""]),
        ("R", None, ["#NULL!", "Staf", "0838 4545 0005", ""]),
        ("W", "0838 4545 0006", ["Ani\u00adta Putri", "Staf", "0838 4545 0006", ""]),
        ("W", "0838 4545 0007", ["Bud\u200di Hartoyo", "Staf", "0838 4545 0007", ""]),
        ("W", "0838 4545 0008", ["\x1bDoni Salmana", "Staf", "0838 4545 0008", ""]),
        ("W", "0838 4545 0009", ["Eka Wati\x0b", "Staf", "0838 4545 0009", ""]),
        ("I", "0838 4545 0001", ["Fikri Haikal", "Staf", "0838 4545 0001", ""]),
    ])
    path = folder / "pegawai_dpmptsp.csv"
    path.write_bytes("".join(raw_lines(laid.rows, ",")).encode("utf-8"))
    return path, expect(laid, read=10, imported=5, duplicates=0, rejected=5, warnings=4,
                        names=["Anita Putri", "Budi Hartoyo", "Doni Salmana", "Eka Wati", "Fikri Haikal"],
                        reasons={2: ["Nama kosong"], 3: ["Nama kosong"], 4: ["Nama kosong"]}, xlsx_export=True)


# ==========================================================================================================
# Family 6: layouts (two-row headers, merged OPD cells, total lines, signature blocks, DOS end-of-file)
# ==========================================================================================================

def layout_two_row_header_xlsx(folder: Path) -> Built:
    """A merged 'Kontak' over 'No. HP' and 'Email'; the other headers merged over both header rows."""
    top = [["No", "Nama", "Jabatan", "Perangkat Daerah", "Kontak", None, "TMT"],
           [None, None, None, None, "No. HP", "Email", None]]
    laid = lay(top, [
        ("I", "0812 2323 0001", [1, "Ahmad Yani Siregar", "Staf", "SETWAN", "0812 2323 0001", None, D(2010, 1, 1)]),
        ("I", None, [2, "Bunga Lestari", "Staf", "Sekretariat DPRD", None, "bunga.l@gmail.com", D(2011, 1, 1)]),
        ("D", None, [3, "Ahmad Y.", "Staf", "SETWAN", "081223230001", None, None]),
        ("W", None, [4, "Cahyono", "Staf", "SETWAN", "0812 2323", "cahyono@gmail.com", D(2012, 1, 1)]),
        ("F", "0812 2323 0005", [5, "Dina Mariana", "Staf", "SETWAN", "0812 2323 0005", None, D(2023, 1, 2)]),
    ])
    merges = ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:F1", "G1:G2"]
    path = write_book(folder / "pegawai_setwan.xlsx", [Sheet("Setwan", laid.rows, merges=merges)])
    return path, expect(laid, read=5, imported=4, duplicates=1, rejected=0, warnings=2, flagged=1,
                        unmapped=[{"column": "A", "filled": 5}])


def layout_two_row_header_ods(folder: Path) -> Built:
    """Experts in .ods: 'Kontak' spans two columns over 'No. HP' and 'Email', the rest span two rows."""
    top = [[Span("Nama", rows=2), Span("Instansi", rows=2), Span("Kontak", cols=2), COVERED,
            Span("Kategori", rows=2)],
           [COVERED, COVERED, "No. HP", "Email", COVERED]]
    laid = lay(top, [
        ("I", "0813 2424 0001", ["Irfan Hakiki", "Universitas Sukamaju", "0813 2424 0001", None, "Akademisi"]),
        ("I", None, ["Jesika Milawati", "LSM Bersih", None, "jessica@lsmbersih.or.id", "LSM"]),
        ("W", None, ["Kevin Sanjoyo", "Radar Sukamaju", "0813-2424", "kevin@radar.co.id", "Jurnalis"]),
        ("D", None, ["Irfan H.", "Universitas Sukamaju", "+62 813 2424 0001", None, "Akademisi"]),
        ("R", None, ["Lilis Suryaningsih", "KADIN", None, "lilis@kadin", "Pelaku Usaha"]),
    ])
    path = write_ods_spans(folder / "eksper_kontak.ods", [("Eksper", laid.rows)])
    return path, expect(laid, read=5, imported=3, duplicates=1, rejected=1, warnings=1, unmapped=[])


def layout_two_row_tmt_xlsx(folder: Path) -> Built:
    """--unit DINKES: two merged groups, 'Kontak' over 'No. HP'/'Email' and 'TMT' over 'CPNS'/'Jabatan'
    (TMT CPNS is the institution's, TMT Jabatan the unit's): both TMT columns decide eligibility."""
    top = [["No", "Nama", "NIP", "Jabatan", "Kontak", None, "TMT", None],
           [None, None, None, None, "No. HP", "Email", "CPNS", "Jabatan"]]
    laid = lay(top, [
        ("I", "0812 6565 0001", [1, "Arif Rahmadi", None, "Perawat", "0812 6565 0001", None, D(2010, 1, 1),
                                 D(2015, 1, 1)]),
        # TMT CPNS 2023-01-02
        ("F", "0812 6565 0002", [2, "Bening Kinasih", None, "Bidan", "0812 6565 0002", None, D(2023, 1, 2),
                                 D(2023, 1, 2)]),
        # TMT Jabatan 2023-08-01
        ("F", "0812 6565 0003", [3, "Candra Kirani", None, "Perawat", "0812 6565 0003", None, D(2012, 1, 1),
                                 D(2023, 8, 1)]),
        ("D", None, [4, "Arif R.", None, "Perawat", "081265650001", None, None, None]),
        ("I", None, [5, "Dimas Setyo", None, "Staf", None, "dimas.seto@gmail.com", D(2022, 7, 1), D(2023, 7, 1)]),
    ])
    merges = ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:F1", "G1:H1"]
    path = write_book(folder / "pegawai_tmt_dua_baris.xlsx", [Sheet("Pegawai", laid.rows, merges=merges)])
    return path, expect(laid, read=5, imported=4, duplicates=1, rejected=0, warnings=2, flagged=2,
                        columns={"phone": "E", "email": "F", "tmt_institution": "G", "tmt_unit": "H"},
                        unmapped=[{"column": "A", "filled": 5}])


def layout_two_row_tmt_ods(folder: Path) -> Built:
    """--unit DINSOS, .ods: only 'TMT' spans two columns, over 'Instansi' and 'Unit Kerja'; every other header
    spans both rows."""
    top = [[Span("No", rows=2), Span("Nama", rows=2), Span("Jabatan", rows=2), Span("TMT", cols=2), COVERED,
            Span("No. HP/WA", rows=2)],
           [COVERED, COVERED, COVERED, "Instansi", "Unit Kerja", COVERED]]
    laid = lay(top, [
        ("I", "0813 6666 0001", ["1", "Eko Prasetyo Jr", "Staf", "2010-01-01", "2015-01-01", "0813 6666 0001"]),
        ("F", "0813 6666 0002", ["2", "Fira Basundari", "Staf", "2010-01-01", "2023-08-01", "0813 6666 0002"]),
        ("F", "0813 6666 0003", ["3", "Gina Nasution", "Staf", "2023-01-01", "2023-01-01", "0813 6666 0003"]),
        ("R", None, ["4", "Hari Pocahyo", "Staf", "2010-01-01", "2015-01-01", ""]),
    ])
    path = write_ods_spans(folder / "pegawai_tmt_dua_baris.ods", [("Pegawai", laid.rows)])
    return path, expect(laid, read=4, imported=3, duplicates=0, rejected=1, warnings=2, flagged=2,
                        columns={"tmt_institution": "D", "tmt_unit": "E", "phone": "F"},
                        unmapped=[{"column": "A", "filled": 4}])


def layout_opd_merged_xlsx(folder: Path) -> Built:
    """The OPD cell merged down over its rows (D2:D5 Dinas Kesehatan, D6:D7 DISDIK)."""
    laid = lay([["No", "Nama", "Jabatan", "OPD", "No. HP", "Email"]], [
        ("I", "0811 2525 0001", [1, "Mira Lesmani", "Dokter", "Dinas Kesehatan", "0811 2525 0001", None]),
        ("I", "0811 2525 0002", [2, "Nia Ramdaniati", "Perawat", None, "0811 2525 0002", None]),
        ("R", None, [3, None, "Bidan", None, "0811 2525 0003", None]),
        ("I", "0811 2525 0004", [4, "Olga Lidiawati", "Apoteker", None, "0811 2525 0004", None]),
        ("I", "0811 2525 0005", [5, "Putri Titiani", "Guru", "DISDIK", "0811 2525 0005", None]),
        ("D", None, [6, "Mira L.", "Guru", None, "0811-2525-0001", None]),
        ("I", "0811 2525 0007", [7, "Qori Sandiarti", "Staf", "DINSOS", "0811 2525 0007", None]),
    ])
    path = write_book(folder / "pegawai_gabungan.xlsx", [Sheet("Pegawai", laid.rows, merges=["D2:D5", "D6:D7"])])
    return path, expect(laid, read=7, imported=5, duplicates=1, rejected=1, warnings=0,
                        units={"Mira Lesmani": "Dinas Kesehatan", "Nia Ramdaniati": "Dinas Kesehatan",
                               "Olga Lidiawati": "Dinas Kesehatan", "Putri Titiani": "Dinas Pendidikan",
                               "Qori Sandiarti": "Dinas Sosial"})


def layout_opd_merged_ods(folder: Path) -> Built:
    """.ods: the OPD in the first column spans its rows (rows-spanned cells over covered cells)."""
    laid = lay([["Perangkat Daerah", "Nama", "Jabatan", "No. HP"]], [
        ("I", "0812 2626 0001", [Span("Badan Pendapatan Daerah", rows=3), "Raisa Andarini", "Staf",
                                 "0812 2626 0001"]),
        ("I", "0812 2626 0002", [COVERED, "Sandrawati Dewi", "Staf", "0812 2626 0002"]),
        ("I", "0812 2626 0003", [COVERED, "Tika Pangaribuan", "Pemeriksa Pajak", "0812 2626 0003"]),
        ("I", "0812 2626 0004", [Span("BKPSDM", rows=2), "Usi Sulistyowati", "Analis SDM", "0812 2626 0004"]),
        ("D", None, [COVERED, "Raisa A.", "Analis SDM", "081226260001"]),
        ("R", None, ["Dinas Pajak", "Viki Prasetya", "Staf", "0812 2626 0007"]),
    ])
    path = write_ods_spans(folder / "pegawai_opd_gabung.ods", [("Pegawai", laid.rows)])
    return path, expect(laid, read=6, imported=4, duplicates=1, rejected=1, warnings=0,
                        units={"Raisa Andarini": "Badan Pendapatan Daerah",
                               "Sandrawati Dewi": "Badan Pendapatan Daerah",
                               "Tika Pangaribuan": "Badan Pendapatan Daerah",
                               "Usi Sulistyowati": "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"})


def layout_total_signature_xlsx(folder: Path) -> Built:
    """--unit DISPERINDAG: a 'Jumlah' line and a signature block (place and date, Mengetahui, the post, the
    head's name, NIP) under the list, on the right as printed forms put it."""
    laid = lay([["DAFTAR PEGAWAI DINAS PERINDUSTRIAN DAN PERDAGANGAN"], [],
                ["No", "Nama", "NIP", "Jabatan", "No. HP", "Email"]], [
        ("I", "0852 2727 0001", [1, "Yayuk Badriyah", None, "Staf", "0852 2727 0001", None]),
        ("I", "0852 2727 0002", [2, "Zainuddin Malik", None, "Staf", "0852 2727 0002", None]),
        ("D", None, [3, "Yayuk B.", None, "Staf", "085227270001", None]),
        ("W", "0852 2727 0004", [4, "Ariel Nugraha", "1234", "Staf", "0852 2727 0004", None]),
        ("S", None, ["Jumlah", None, None, None, "4 orang", None]),
        ("B", None, []),
        ("S", None, [None, None, None, None, "Sukamaju, 15 Juli 2024", None]),
        ("S", None, [None, None, None, None, "Mengetahui,", None]),
        ("S", None, [None, None, None, None, "Kepala Dinas Perindustrian dan Perdagangan", None]),
        ("B", None, []),
        ("B", None, []),
        ("S", None, [None, None, None, None, "Ir. Dewi Pratama, M.Kes.", None]),
        ("S", None, [None, None, None, None, "NIP. 19700101 199503 2 001", None]),
    ])
    path = write_book(folder / "pegawai_disperindag.xlsx", [Sheet("Pegawai", laid.rows,
                                                                   merges=["A1:F1", "A8:D8"])])
    return path, expect(laid, read=4, imported=3, duplicates=1, rejected=0, warnings=1, skipped=6)


def layout_total_signature_csv(folder: Path) -> Built:
    """--unit DISKOPUKM, ';' CSV: a 'TOTAL' line, a signature block in the middle columns, and a DOS
    end-of-file mark (byte 0x1A alone on the last line). 'No.WA' is the phone."""
    laid = lay([["No", "Nama", "Jabatan", "No.WA", "Email"]], [
        ("I", "0853 2828 0001", [1, "Bayu Sakti", "Staf", "0853 2828 0001", ""]),
        ("I", "0853 2828 0002", [2, "Cinta Laurentia", "Staf", "0853 2828 0002", "cinta.l@gmail.com"]),
        ("R", None, [3, "Dedi Cahyono", "Staf", "", ""]),
        ("D", None, [4, "Bayu S.", "Staf", "+62 853-2828-0001", ""]),
        ("S", None, ["", "TOTAL", "", "3", ""]),
        ("B", None, []),
        ("S", None, ["", "", "Mengetahui,", "", ""]),
        ("S", None, ["", "", "Kepala Dinas Koperasi dan Usaha Mikro", "", ""]),
        ("B", None, []),
        ("S", None, ["", "", "Kartika Kusuma, S.H., M.H.", "", ""]),
        ("S", None, ["", "", "NIP. 19750505 200003 2 004", "", ""]),
    ])
    text = "".join(text_lines(laid.rows, ";")) + "\x1a"
    laid.marks["S"].append(len(laid.rows) + 1)  # the end-of-file mark's line
    path = folder / "pegawai_diskop.csv"
    path.write_bytes(text.encode("utf-8"))
    return path, expect(laid, read=4, imported=2, duplicates=1, rejected=1, warnings=0, skipped=6,
                        mapping={"phone": "No.WA"})


def layout_total_eof_txt(folder: Path) -> Built:
    """Experts, tab .txt: a 'Jumlah Total' line in the name column and the DOS end-of-file mark."""
    laid = lay([["No", "Nama", "Lembaga", "HP", "Email"]], [
        ("I", "0831 2929 0001", ["1", "Gita Gunawati", "Universitas Sukamaju", "0831 2929 0001", ""]),
        ("I", "0831 2929 0002", ["2", "Herlina Tambunan", "LSM Bersih", "0831 2929 0002", ""]),
        ("S", None, ["", "Jumlah Total", "", "2", ""]),
    ])
    text = "".join(raw_lines(laid.rows, "\t")) + "\x1a\r\n"
    laid.marks["S"].append(len(laid.rows) + 1)
    path = folder / "eksper_jumlah.txt"
    path.write_bytes(text.encode("utf-8"))
    return path, expect(laid, read=2, imported=2, duplicates=0, rejected=0, warnings=0, skipped=2)


def layout_signature_name_column_ods(folder: Path) -> Built:
    """--unit DINSOS, .ods: a 'JUMLAH' spanning four columns, then the signature block in the Nama column
    (place and date, the post on two lines, the name, the rank, the NIP)."""
    laid = lay([["No", "Nama", "NIP", "Jabatan", "No. HP", "Email"]], [
        ("I", "0838 4646 0001", [1, "Lestari Handayani", None, "Pekerja Sosial", "0838 4646 0001", None]),
        ("I", "0838 4646 0002", [2, "Muhammad Rizky", None, "Staf", "0838 4646 0002", None]),
        ("W", None, [3, "Nurhayati", None, "Staf", "0838 4646", "nurhayati@gmail.com"]),
        ("S", None, [Span("JUMLAH", cols=4), COVERED, COVERED, COVERED, "3 orang", None]),
        ("B", None, []),
        ("S", None, [None, "Sukamaju, 1 Agustus 2024"]),
        ("S", None, [None, "KEPALA DINAS SOSIAL"]),
        ("S", None, [None, "KABUPATEN SUKAMAJU"]),
        ("B", None, []),
        ("B", None, []),
        ("S", None, [None, "Drs. H. Ahmad Fauzan, M.Si"]),
        ("S", None, [None, "Pembina Utama Muda"]),
        ("S", None, [None, "NIP. 19680812 199303 1 004"]),
    ])
    path = write_ods_spans(folder / "pegawai_dinsos_ttd.ods", [("Pegawai", laid.rows)])
    return path, expect(laid, read=3, imported=3, duplicates=0, rejected=0, warnings=1, skipped=7)


# ==========================================================================================================
# Family 7: eligibility of employees (eselon I/II by title, TMT)
# ==========================================================================================================

OLD = D(2005, 1, 1)
OLD_UNIT = D(2015, 1, 1)


def elig_titles_xlsx(folder: Path) -> Built:
    """The six eselon I/II titles of the brief are flagged; the look-alikes are not."""
    header = ["No", "Nama", "NIP", "Jabatan", "Perangkat Daerah", "No. HP", "TMT", "TMT Unit"]

    def row(code: str, n: int, name: str, post: str, unit: str) -> tuple[str, str, list[object]]:
        phone = f"0812 3030 {n:04d}"
        return code, phone, [n, name, None, post, unit, phone, OLD, OLD_UNIT]

    laid = lay([header], [
        row("F", 1, "dr. Hartati Sukmana, M.Kes", "Kepala Dinas Kesehatan", "DINKES"),
        row("F", 2, "Drs. Subandi Kusnadi", "Sekretaris Daerah", "SETDA"),
        row("F", 3, "Ir. Wirandi Arismono", "Asisten Pemerintahan dan Kesra", "SETDA"),
        row("F", 4, "Dr. Soedarmo, S.H.", "Staf Ahli Bupati Bidang Hukum", "SETDA"),
        row("F", 5, "Hj. Sri Mulyaningrumngsih", "Kepala Badan Pendapatan Daerah", "BAPENDA"),
        row("F", 6, "Drs. Gatot Nurhadi", "Inspektur Daerah", "INSP"),
        row("I", 7, "Indra Bektiono", "Inspektur Pembantu Wilayah I", "INSP"),
        row("I", 8, "Jaka Anwari", "Kepala Seksi Pelayanan Kesehatan", "DINKES"),
        row("I", 9, "Kristina Dewanti", "Kepala Bidang Pencegahan Penyakit", "DINKES"),
        row("I", 10, "Lusiana Mayasari", "Sekretaris Dinas Kesehatan", "DINKES"),
        row("I", 11, "Marsela Putri", "Asisten Apoteker", "DINKES"),
        row("I", 12, "Nafisah Urbaningrum", "Kepala UPTD Puskesmas Cimerak", "DINKES"),
        row("I", 13, "Ola Rahmania", "Staf pada Sekretariat Daerah", "SETDA"),
    ])
    path = write_book(folder / "pejabat.xlsx", [Sheet("Pegawai", laid.rows)])
    return path, expect(laid, read=13, imported=13, duplicates=0, rejected=0, warnings=6, flagged=6)


def elig_titles_csv(folder: Path) -> Built:
    """The same in a ';' CSV with other surface forms: capitals, longer titles, other Asisten/Staf Ahli."""
    header = ["Nama", "Jabatan", "OPD", "No HP", "TMT", "TMT Unit"]

    def row(code: str, n: int, name: str, post: str, unit: str) -> tuple[str, str, list[object]]:
        phone = f"0813 3131 {n:04d}"
        return code, phone, [name, post, unit, phone, "2005-01-01", "2015-01-01"]

    laid = lay([header], [
        row("F", 1, "Purnama Sari", "KEPALA DINAS PENDIDIKAN", "DISDIK"),
        row("F", 2, "Qodari Hasan", "Sekretaris Daerah Kabupaten Sukamaju", "SETDA"),
        row("F", 3, "Rizal Siregar", "Asisten Perekonomian dan Pembangunan", "SETDA"),
        row("F", 4, "Sandi Putra", "Staf Ahli Bupati Bidang Ekonomi dan Keuangan", "SETDA"),
        row("F", 5, "Tomi Kurniadi", "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "BKPSDM"),
        row("F", 6, "Ucok Batubara", "Kepala Dinas Sosial", "DINSOS"),
        row("I", 7, "Vino Bastiano", "Inspektur Pembantu Wilayah II", "INSP"),
        row("I", 8, "Wulan Dari", "Kepala Seksi Kurikulum", "DISDIK"),
        row("I", 9, "Yura Yuniarti", "Kepala Bidang Bina Marga", "PUPR"),
        row("I", 10, "Zaskia Adiarti", "Sekretaris Dinas Pendidikan", "DISDIK"),
        row("I", 11, "Adul Sumarna", "Asisten Apoteker Terampil", "RSUD"),
        row("I", 12, "Bela Safira Utami", "Staf Bidang Hukum", "SETDA"),
        row("I", 13, "Cici Paramitha", "Sekretaris Camat", "KEC-CMR"),
    ])
    path = folder / "pejabat.csv"
    path.write_text("".join(text_lines(laid.rows, ";")), encoding="utf-8")
    return path, expect(laid, read=13, imported=13, duplicates=0, rejected=0, warnings=6, flagged=6)


def elig_tmt_xlsx(folder: Path) -> Built:
    """--unit DISNAKER: TMT and TMT Unit on and just after their limits, as date cells, text and a datetime."""
    header = ["No", "Nama", "NIP", "Jabatan", "Status (ASN/Non ASN)", "TMT di Instansi", "TMT di Unit Kerja",
              "No. HP"]
    laid = lay([header], [
        ("I", "0819 3232 0001", [1, "Ade Raihan", None, "Staf", "PNS", D(2022, 7, 1), D(2023, 7, 1), "0819 3232 0001"]),
        ("F", "0819 3232 0002", [2, "Bimo Sulaiman", None, "Staf", "PNS", D(2022, 7, 2), D(2023, 7, 1),
                                 "0819 3232 0002"]),
        ("F", "0819 3232 0003", [3, "Charli Hutapea", None, "Staf", "PNS", D(2015, 1, 1), D(2023, 7, 2),
                                 "0819 3232 0003"]),
        ("I", "0819 3232 0004", [4, "Dodik Mulyadi", None, "Staf", "PNS", "01-07-2022", "01/07/2023",
                                 "0819 3232 0004"]),
        ("F", "0819 3232 0005", [5, "Eros Candrawan", None, "Staf", "PPPK", "02/07/2022", None, "0819 3232 0005"]),
        ("I", "0819 3232 0006", [6, "Fitri Karlinawati", None, "Staf", "Non ASN", None, None, "0819 3232 0006"]),
        ("W", "0819 3232 0007", [7, "Galih Dirgantoro", None, "Staf", "PNS", "00/00/0000", D(2016, 1, 1),
                                 "0819 3232 0007"]),
        ("F", "0819 3232 0008", [8, "Hesti Purwaningsih", None, "Staf", "PNS", dt.datetime(2023, 1, 15, 8, 30),
                                 D(2023, 1, 15), "0819 3232 0008"]),
    ])
    path = write_book(folder / "tmt_disnaker.xlsx", [Sheet("Pegawai", laid.rows)])
    return path, expect(laid, read=8, imported=8, duplicates=0, rejected=0, warnings=5, flagged=4,
                        mapping={"employment_status": "Status (ASN/Non ASN)", "tmt_institution": "TMT di Instansi",
                                 "tmt_unit": "TMT di Unit Kerja"})


def elig_tmt_csv(folder: Path) -> Built:
    """--unit DISPORA, ',' CSV: ISO and dd/mm dates, only one of the two TMT given, an impossible date, and a
    date written with an Indonesian month name."""
    laid = lay([["Nama", "NIP", "Jabatan", "TMT", "TMT Unit", "No HP"]], [
        ("F", "0821 3333 0001", ["Indro Warsono", "", "Staf", "2022-07-02", "2022-07-02", "0821 3333 0001"]),
        ("I", "0821 3333 0002", ["Jarwo Kuswanto", "", "Staf", "2022-06-30", "2023-06-30", "0821 3333 0002"]),
        ("F", "0821 3333 0003", ["Kiki Fatmawati", "", "Staf", "15/08/2022", "", "0821 3333 0003"]),
        ("F", "0821 3333 0004", ["Lulu Lumbantobing", "", "Staf", "", "2024-01-31", "0821 3333 0004"]),
        ("W", "0821 3333 0005", ["Atik Rohaeti", "", "Staf", "30/02/2020", "2020-03-01", "0821 3333 0005"]),
        ("F", "0821 3333 0006", ["Nasrul Sungkar", "", "Staf", "1 Agustus 2022", "1 Agustus 2022",
                                 "0821 3333 0006"]),
        ("I", "0821 3333 0007", ["Omah Wartini", "", "Staf", "2010-01-04", "2010-01-04", "0821 3333 0007"]),
    ])
    path = folder / "tmt_dispora.csv"
    path.write_text("".join(text_lines(laid.rows, ",")), encoding="utf-8")
    return path, expect(laid, read=7, imported=7, duplicates=0, rejected=0, warnings=5, flagged=4)


def elig_titles_more_xlsx(folder: Path) -> Built:
    """More titles: Asisten I/III and Staf Ahli in other words, a Kepala Dinas with the kabupaten's name
    (flagged); Kepala Bagian/Sub Bagian/Sekolah, Sekretaris Badan, Inspektur Pembantu Khusus, a post that
    only mentions 'Asisten' or 'Inspektorat Daerah' later on (not flagged)."""
    header = ["Nama", "Jabatan", "OPD", "No. HP", "TMT", "TMT Unit"]

    def row(code: str, n: int, name: str, post: str, unit: str) -> tuple[str, str, list[object]]:
        phone = f"0821 4949 {n:04d}"
        return code, phone, [name, post, unit, phone, OLD, OLD_UNIT]

    laid = lay([header], [
        row("F", 1, "Anang Hermawan", "Asisten Administrasi Umum", "SETDA"),
        row("F", 2, "Bebi Romadona", "Asisten Pemerintahan dan Kesejahteraan Rakyat", "SETDA"),
        row("F", 3, "Candra Wijoyo", "Staf Ahli Bupati Bidang Kemasyarakatan dan SDM", "SETDA"),
        row("F", 4, "Dedi Muliawan", "Kepala Dinas Kesehatan Kabupaten Sukamaju", "DINKES"),
        row("I", 5, "Evi Marsanti", "Kepala Bagian Hukum Sekretariat Daerah", "SETDA"),
        row("I", 6, "Fadli Padilah", "Kepala Sub Bagian Umum dan Kepegawaian", "DINKES"),
        row("I", 7, "Gita Safitri", "Kepala Sekolah SD Negeri 1 Cimerak", "DISDIK"),
        row("I", 8, "Hedi Yunanto", "Kepala Bidang Anggaran", "BPKAD"),
        row("I", 9, "Iwan Gunarso", "Sekretaris Badan Pendapatan Daerah", "BAPENDA"),
        row("I", 10, "Judika Simatupang", "Inspektur Pembantu Khusus", "INSP"),
        row("I", 11, "Kunto Ajisaka", "Auditor Ahli Madya pada Inspektorat Daerah", "INSP"),
        row("I", 12, "Lestiana Andriani", "Asisten Apoteker Penyelia", "RSUD"),
        row("I", 13, "Mawar Evania", "Pengadministrasi Umum pada Asisten Administrasi Umum", "SETDA"),
    ])
    path = write_book(folder / "pejabat_lain.xlsx", [Sheet("Pegawai", laid.rows)])
    return path, expect(laid, read=13, imported=13, duplicates=0, rejected=0, warnings=4, flagged=4)


# ==========================================================================================================
# Family 8: what the file really is (.xls renamed .xlsx, HTML and tab text saved as .xls, header only)
# ==========================================================================================================

def diag_xls_renamed_xlsx(folder: Path) -> Built:
    """An Excel 97-2003 workbook renamed .xlsx: title, blank row, header on row 3; a phone as a float cell."""
    laid = lay([["DAFTAR PEGAWAI DISKOMINFO"], [], ["No", "Nama", "NIP", "Jabatan", "OPD", "No. HP", "Email"]], [
        ("I", "0812 3434 0001", [1, "Ilham Akbar", "198601012010011001", "Staf", "DISKOMINFO", "0812 3434 0001", ""]),
        ("I", "0812-3434-0002", [2, "Jeni Rachmawan", "", "Staf", "Dinas Komunikasi dan Informatika",
                                 "0812-3434-0002", "jenny.r@gmail.com"]),
        ("D", None, [3, "Ilham A.", "198601012010011001", "Staf", "DISKOMINFO", "0812 3434 0003", ""]),
        ("R", None, [4, "Kalina Oktaviani", "", "Staf", "DISKOMINFO", "", ""]),
        ("I", "081234340005", [5, "Lukito Hakiki", "", "Staf", "DISKOMINFO", 81234340005.0, ""]),
    ])
    path = write_xls(folder / "pegawai_kominfo.xlsx", "Pegawai", laid.rows)
    return path, expect(laid, read=5, imported=3, duplicates=1, rejected=1, warnings=0, notes=[".xls"])


def diag_xls_renamed_numbers(folder: Path) -> Built:
    """Experts: .xls renamed .xlsx with float phone cells (62… and one without its 0) and a date column."""
    laid = lay([["Nama", "Instansi", "No. HP", "Email", "Tanggal Daftar"]], [
        ("I", "+6281235350001", ["Mochtar Lubianto", "Radar Sukamaju", 6281235350001.0, "", D(2024, 1, 2)]),
        ("I", "081235350002", ["Nina Tamara", "LSM Bersih", 81235350002.0, "", D(2024, 1, 3)]),
        ("D", None, ["Mochtar L.", "Radar Sukamaju", "081235350001", "", D(2024, 1, 4)]),
        ("W", None, ["Opi Andarini", "Universitas Sukamaju", "0812 3535", "oppie@unsuk.ac.id", D(2024, 1, 5)]),
    ])
    path = write_xls(folder / "eksper_lama.xlsx", "Eksper", laid.rows)
    return path, expect(laid, read=4, imported=3, duplicates=1, rejected=0, warnings=1, notes=[".xls"],
                        unmapped=[{"column": "E", "header": "Tanggal Daftar", "filled": 4}])


def diag_html_as_xls(folder: Path) -> Built:
    """A web app's 'Export to Excel': an HTML <table> saved as .xls, with a two-row header (Kontak colspan)
    and the OPD in a rowspan; phones and NIPs are text (leading 0, 18 digits)."""
    top: list[list[object]] = [
        [Span("No", rows=2), Span("Nama", rows=2), Span("NIP", rows=2), Span("Perangkat Daerah", rows=2),
         Span("Kontak", cols=2)],
        [COVERED, COVERED, COVERED, COVERED, "No. HP", "Email"]]
    laid = lay(top, [
        ("I", "081236360001", ["1", "Panji Prawirosuwarno", "198701012011011001", Span("Dinas Kesehatan", rows=3),
                               "081236360001", ""]),
        ("I", "0812-3636-0002", ["2", "Qomar Nurdin", "", COVERED, "0812-3636-0002", "qomar@gmail.com"]),
        ("D", None, ["3", "Panji P.", "198701012011011001", COVERED, "0812 3636 0003", ""]),
        ("I", "+6281236360004", ["4", "Raditya Dirgantara", "", "DINSOS", "6281236360004", ""]),
        ("W", "0812 3636 0005", ["5", "Sulaeman Sutarna", "00198701", "DINSOS", "0812 3636 0005", ""]),
    ])
    path = folder / "export_simpeg.xls"
    path.write_text(html_table(laid.rows, "<h3>Data Pegawai</h3>", header_rows=2), encoding="utf-8")
    return path, expect(laid, read=5, imported=4, duplicates=1, rejected=0, warnings=1,
                        units={"Panji Prawirosuwarno": "Dinas Kesehatan", "Qomar Nurdin": "Dinas Kesehatan",
                               "Raditya Dirgantara": "Dinas Sosial", "Sulaeman Sutarna": "Dinas Sosial"},
                        nips={"Panji Prawirosuwarno": "198701012011011001"})


def diag_html_entities_xls(folder: Path) -> Built:
    """External (--unit DPMPTSP): HTML saved as .xls with a title row spanning the table, <th> headers and
    entities (&amp;, &#8217;)."""
    top: list[list[object]] = [[Span("<b>DATA PEMOHON IZIN 2024</b>", cols=5)],
           ["Nama", "No. HP", "Email", "Jenis Layanan", "Tanggal Layanan"]]
    laid = lay(top, [
        ("I", "0813 3737 0001", ["CV Maju &amp; Jaya", "0813 3737 0001", "", "Izin Usaha", "02/02/2024"]),
        ("I", "081337370002", ["Nur&#8217;aini Hasibuan", "081337370002", "", "PBG", "03/03/2024"]),
        ("F", "0813-3737-0003", ["Oki Lukmana", "0813-3737-0003", "", "Izin Usaha", "05/01/2023"]),
        ("D", None, ["Nur&#8217;aini H.", "+62 813 3737 0002", "", "PBG", "04/03/2024"]),
        ("R", None, ["Pepen Subardi", "", "pepeng@", "PBG", "05/03/2024"]),
    ])
    path = folder / "pemohon_oss.xls"
    path.write_text(html_table(laid.rows, "", header_rows=2), encoding="utf-8")
    return path, expect(laid, read=5, imported=3, duplicates=1, rejected=1, warnings=1, flagged=1,
                        names=["CV Maju & Jaya", "Nur’aini Hasibuan", "Oki Lukmana"])


def diag_tsv_as_xls(folder: Path) -> Built:
    """Experts: tab-separated UTF-8 text saved as .xls."""
    laid = lay([["Nama", "Instansi", "No. HP", "Email"]], [
        ("I", "0852 3838 0001", ["Ratnasari Junaedi", "Universitas Sukamaju", "0852 3838 0001", ""]),
        ("I", None, ["Sujono Tejo", "Seniman", "", "sujiwo@tejo.id"]),
        ("D", None, ["Ratna S.", "Universitas Sukamaju", "085238380001", ""]),
        ("R", None, ["Tora Sudirman", "Radar Sukamaju", "0852", ""]),
    ])
    path = folder / "eksper_web.xls"
    path.write_text("".join(raw_lines(laid.rows, "\t")), encoding="utf-8")
    return path, expect(laid, read=4, imported=2, duplicates=1, rejected=1, warnings=0)


def diag_tsv_utf16_as_xls(folder: Path) -> Built:
    """--unit DISDUKCAPIL: Excel's 'Unicode Text' (UTF-16 LE with BOM, tabs) saved with an .xls name."""
    laid = lay([["Nama", "NIP", "Jabatan", "No. HP", "Email"]], [
        ("I", "0853 3939 0001", ["Ucup Nurdin", "", "Staf", "0853 3939 0001", ""]),
        ("W", "0853 3939 0002", ["Vanny Nur’aini", "12345", "Staf", "0853 3939 0002", ""]),
        ("I", "+62 853 3939 0003", ["Wawan Gunawan", "", "Staf", "+62 853 3939 0003", ""]),
    ])
    path = folder / "pegawai_unicode.xls"
    path.write_bytes(codecs.BOM_UTF16_LE + "".join(raw_lines(laid.rows, "\t")).encode("utf-16-le"))
    return path, expect(laid, read=3, imported=3, duplicates=0, rejected=0, warnings=1,
                        names=["Ucup Nurdin", "Vanny Nur’aini", "Wawan Gunawan"])


def diag_html_cp1252_xls(folder: Path) -> Built:
    """Experts: an HTML table saved as .xls in Windows-1252 (its meta says so; ’ is 0x92, é is 0xE9)."""
    laid = lay([["Nama", "Instansi", "No. HP", "Email"]], [
        ("I", "0896 4747 0001", ["Nur’aini Siregar", "Universitas Sukamaju", "0896 4747 0001", ""]),
        ("I", "0896 4747 0002", ["José Manuhutu", "LSM Bersih", "0896 4747 0002", ""]),
        ("D", None, ["Nur’aini S.", "Universitas Sukamaju", "089647470001", ""]),
    ])
    page = html_table(laid.rows, header_rows=1).replace("charset=utf-8", "charset=windows-1252")
    path = folder / "eksper_ansi.xls"
    path.write_bytes(page.encode("cp1252"))
    return path, expect(laid, read=3, imported=2, duplicates=1, rejected=0, warnings=0,
                        names=["José Manuhutu", "Nur’aini Siregar"])


def diag_xml2003_xls(folder: Path) -> Built:
    """--unit BPKAD: Excel's 'XML Spreadsheet 2003' saved with an .xls name; NIP and one phone as String
    cells, the other phone a Number cell that lost its 0."""
    laid = lay([["Nama", "NIP", "Jabatan", "No. HP", "Email"]], [
        ("I", "081248480001", ["Paulus Tjahjadi", "198811112015031001", "Analis Keuangan", "081248480001", ""]),
        ("I", "081248480002", ["Qurrata Ayun", "", "Bendahara", 81248480002, "qurrata@gmail.com"]),
        ("D", None, ["Paulus T.", "198811112015031001", "Analis", "0812 4848 0003", ""]),
        ("R", None, ["Rukmana", "", "Staf", "", ""]),
    ])

    def cell(value: object) -> str:
        if value in (None, ""):
            return "<Cell/>"
        kind = "Number" if isinstance(value, int | float) else "String"
        return f'<Cell><Data ss:Type="{kind}">{value}</Data></Cell>'

    rows = "\n".join("   <Row>" + "".join(cell(v) for v in row) + "</Row>" for row in laid.rows)
    xml = ('<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n'
           '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"\n'
           ' xmlns:o="urn:schemas-microsoft-com:office:office"\n'
           ' xmlns:x="urn:schemas-microsoft-com:office:excel"\n'
           ' xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">\n'
           ' <Worksheet ss:Name="Pegawai">\n  <Table>\n' + rows + '\n  </Table>\n </Worksheet>\n</Workbook>\n')
    path = folder / "pegawai_bpkad.xls"
    path.write_text(xml, encoding="utf-8")
    return path, expect(laid, read=4, imported=2, duplicates=1, rejected=1, warnings=0,
                        nips={"Paulus Tjahjadi": "198811112015031001"})


def diag_header_only_xlsx(folder: Path) -> Built:
    """A title and a header, no one listed: refused, nothing stored."""
    path = write_book(folder / "template_kosong.xlsx", [
        Sheet("Pegawai", [["DAFTAR PEGAWAI"], [], ["No", "Nama", "NIP", "Jabatan", "OPD", "No. HP", "Email"]])])
    return path, {"exit": 2, "stderr": ["template_kosong.xlsx"]}


def diag_header_only_csv(folder: Path) -> Built:
    """External: a header, an empty line and a line of separators only: refused, nothing stored."""
    path = folder / "pengguna_kosong.csv"
    path.write_text("Nama;No. HP;Email;Jenis Layanan;Tanggal Layanan\r\n\r\n;;;;\r\n", encoding="utf-8")
    return path, {"exit": 2, "stderr": ["pengguna_kosong.csv"]}



def diag_template_signature_csv(folder: Path) -> Built:
    """--unit DINSOS: the template sent back unfilled: header, a 'Jumlah 0' line, the signed block and a DOS
    end-of-file mark, no one listed: refused, nothing stored."""
    path = folder / "template_ttd.csv"
    path.write_text("No;Nama;Jabatan;No. HP;Email\r\n;;;;\r\nJumlah;;;0;\r\n;;;;\r\n;Mengetahui,;;;\r\n"
                    ";Kepala Dinas Sosial;;;\r\n;;;;\r\n;Drs. Ahmad Fauzan;;;\r\n;NIP. 19680812 199303 1 004;;;\r\n"
                    "\x1a", encoding="utf-8")
    return path, {"exit": 2, "stderr": ["template_ttd.csv"]}


# ----------------------------------------------------------------------------------------------------------
# How each file is imported
# ----------------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Case:
    """A builder, the group and options it is imported with, and which of its scenarios applies."""

    family: str
    builder: Callable[[Path], Built]
    group: str
    options: tuple[str, ...] = ()
    scenario: str | None = None
    needs: tuple[str, ...] = field(default=())

    @property
    def id(self) -> str:
        return self.builder.__name__ + (f"[{self.scenario}]" if self.scenario else "")

    def build(self, folder: Path) -> tuple[Path, Expected]:
        path, expected = self.builder(folder)
        if self.scenario is not None:
            expected = expected["scenarios"][self.scenario]
        return path, expected


ODF = ("odf",)
XLWT = ("xlwt",)

CASES: tuple[Case, ...] = (
    Case("headers", hdr_whatsapp_xlsx, "internal"),
    Case("headers", hdr_telp_hp_csv, "internal"),
    Case("headers", hdr_nomor_hpwa_csv, "external", ("--unit", "DISDUKCAPIL")),
    Case("headers", hdr_hpwa_xlsx, "expert"),
    Case("headers", hdr_handphone_txt, "internal"),
    Case("headers", hdr_whatsapp_external_xlsx, "external", ("--unit", "DPMPTSP")),
    Case("headers", hdr_telphp_expert_csv, "expert"),
    Case("headers", hdr_handphone_ods, "internal", ("--unit", "DISKOMINFO"), needs=ODF),
    Case("headers", hdr_own_variants_xlsx, "internal"),
    Case("headers", hdr_kontak_csv, "internal", ("--unit", "DLH")),
    Case("headers", hdr_kontak_xlsx, "expert"),
    Case("headers", hdr_linebreak_nbsp_xlsx, "internal"),
    Case("headers", hdr_kontak_small_csv, "expert"),
    Case("sheets", sheet_hidden_first_xlsx, "internal"),
    Case("sheets", sheet_very_hidden_xlsx, "external", ("--unit", "DINSOS")),
    Case("sheets", sheet_petunjuk_xlsx, "internal"),
    Case("sheets", sheet_petunjuk_ods, "expert", needs=ODF),
    Case("sheets", sheet_hidden_ods, "expert", needs=ODF),
    Case("sheets", sheet_hidden_xls, "internal", needs=XLWT),
    Case("sheets", sheet_per_opd_xlsx, "internal"),
    Case("sheets", sheet_per_opd_xlsx, "internal", ("--all-sheets",), scenario="all"),
    Case("sheets", sheet_per_opd_names_xlsx, "internal", ("--all-sheets",), scenario="all"),
    Case("sheets", sheet_per_opd_names_xlsx, "internal", ("--unit", "DINKES"), scenario="unit"),
    Case("sheets", sheet_only_hidden_xlsx, "internal"),
    Case("sheets", sheet_only_hidden_xlsx, "internal", ("--sheet", "Pegawai2024"), scenario="named"),
    Case("sheets", sheet_only_hidden_blank_visible_xlsx, "expert"),
    Case("sheets", sheet_only_hidden_blank_visible_xlsx, "expert", ("--sheet", "Eksper"), scenario="named"),
    Case("phones", phone_letters_csv, "internal"),
    Case("phones", phone_letters_xlsx, "expert"),
    Case("phones", phone_words_xlsx, "internal", ("--unit", "BPBD")),
    Case("phones", phone_words_csv, "external", ("--unit", "DISDUKCAPIL")),
    Case("phones", phone_labels_xlsx, "internal", ("--unit", "BKPSDM")),
    Case("phones", phone_labels_csv, "expert"),
    Case("phones", phone_labels_more_csv, "external", ("--unit", "DISPARBUD")),
    Case("phones", phone_decimal_comma_csv, "internal", ("--unit", "DISKAN")),
    Case("phones", phone_decimal_comma_txt, "external", ("--unit", "DPPKB")),
    Case("phones", phone_more_numbers_xlsx, "expert"),
    Case("phones", phone_thousands_csv, "internal", ("--unit", "DISDIK")),
    Case("encoding", enc_mixed_line_csv, "internal", ("--unit", "DISARPUS")),
    Case("encoding", enc_mixed_bom_csv, "expert"),
    Case("encoding", enc_utf16be_txt, "external", ("--unit", "RSUD")),
    Case("encoding", enc_utf32le_txt, "internal", ("--unit", "DISPARBUD")),
    Case("encoding", enc_utf32be_csv, "expert"),
    Case("names", name_invisible_xlsx, "internal", ("--unit", "DPMD")),
    Case("names", name_errors_csv, "expert"),
    Case("names", name_formula_xlsx, "internal", ("--unit", "DINKES")),
    Case("names", name_control_csv, "internal", ("--unit", "DKP")),
    Case("names", name_control_xlsx, "external", ("--unit", "DISHUB")),
    Case("names", name_mixed_txt, "expert"),
    Case("names", name_invisible_more_csv, "internal", ("--unit", "DPMPTSP")),
    Case("layouts", layout_two_row_header_xlsx, "internal"),
    Case("layouts", layout_two_row_header_ods, "expert", needs=ODF),
    Case("layouts", layout_two_row_tmt_xlsx, "internal", ("--unit", "DINKES")),
    Case("layouts", layout_two_row_tmt_ods, "internal", ("--unit", "DINSOS"), needs=ODF),
    Case("layouts", layout_opd_merged_xlsx, "internal"),
    Case("layouts", layout_opd_merged_ods, "internal", needs=ODF),
    Case("layouts", layout_total_signature_xlsx, "internal", ("--unit", "DISPERINDAG")),
    Case("layouts", layout_total_signature_csv, "internal", ("--unit", "DISKOPUKM")),
    Case("layouts", layout_total_eof_txt, "expert"),
    Case("layouts", layout_signature_name_column_ods, "internal", ("--unit", "DINSOS"), needs=ODF),
    Case("eligibility", elig_titles_xlsx, "internal"),
    Case("eligibility", elig_titles_csv, "internal"),
    Case("eligibility", elig_titles_more_xlsx, "internal"),
    Case("eligibility", elig_tmt_xlsx, "internal", ("--unit", "DISNAKER")),
    Case("eligibility", elig_tmt_csv, "internal", ("--unit", "DISPORA")),
    Case("diagnoses", diag_xls_renamed_xlsx, "internal", needs=XLWT),
    Case("diagnoses", diag_xls_renamed_numbers, "expert", needs=XLWT),
    Case("diagnoses", diag_html_as_xls, "internal"),
    Case("diagnoses", diag_html_entities_xls, "external", ("--unit", "DPMPTSP")),
    Case("diagnoses", diag_tsv_as_xls, "expert"),
    Case("diagnoses", diag_tsv_utf16_as_xls, "internal", ("--unit", "DISDUKCAPIL")),
    Case("diagnoses", diag_html_cp1252_xls, "expert"),
    Case("diagnoses", diag_xml2003_xls, "internal", ("--unit", "BPKAD")),
    Case("diagnoses", diag_header_only_xlsx, "internal"),
    Case("diagnoses", diag_header_only_csv, "external", ("--unit", "DINKES")),
    Case("diagnoses", diag_template_signature_csv, "internal", ("--unit", "DINSOS")),
)
