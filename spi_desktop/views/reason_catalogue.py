"""What the importers write about rows and sheets, with its translatable templates (see ``reason_texts``).

Each pattern is the Indonesian text as the code builds it, its values as groups, the template (literal calls, so
that lupdate finds them) and one letter per group saying how the value is shown: v as written, f a field's
label (the pattern applies only to a known one), F a field's label or as written, r a reason (translated in
turn), d a date, g a respondent group, c what a column holds, k a file format, s a list of sheets with their
rows, n a count of rows, w a file (and its sheet).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

Pattern = tuple[re.Pattern[str], Callable[[], str], str]
V = r"((?:(?!; ).)+)"  # a value as written: anything but the "; " that joins the clauses of a reason
V0 = r"((?:(?!; ).)*)"  # the same, possibly empty
V_LAZY = r"((?:(?!; ).)+?)"  # the same, as short as the rest of the pattern lets it be
Q = "'(.*)'"  # a value as written, in quotes (which may hold anything: the whole pattern must still match)
KEY = r"(No\. HP|email|NIP)"  # the keys duplicates are found by (importers/population_rules.py KEY_LABELS)


def reason_fixed() -> dict[str, str]:
    """Reasons written without any value in them."""
    return {
        "Baris jumlah/total, bukan responden": QCoreApplication.translate(
            "ImportReasons", "Baris jumlah/total, bukan responden"),
        "Judul kolom yang diulang (mis. di setiap halaman cetak), bukan responden": QCoreApplication.translate(
            "ImportReasons", "Judul kolom yang diulang (mis. di setiap halaman cetak), bukan responden"),
        "Baris nomor kolom (1, 2, 3 …), bukan responden": QCoreApplication.translate(
            "ImportReasons", "Baris nomor kolom (1, 2, 3 …), bukan responden"),
        "Judul bagian di dalam daftar, bukan responden": QCoreApplication.translate(
            "ImportReasons", "Judul bagian di dalam daftar, bukan responden"),
        "Blok tanda tangan atau catatan di bawah daftar, bukan responden": QCoreApplication.translate(
            "ImportReasons", "Blok tanda tangan atau catatan di bawah daftar, bukan responden"),
        "Baris hanya berisi karakter kontrol (mis. tanda akhir berkas Ctrl-Z)": QCoreApplication.translate(
            "ImportReasons", "Baris hanya berisi karakter kontrol (mis. tanda akhir berkas Ctrl-Z)"),
        "Baris hanya berisi kolom yang tidak dipakai": QCoreApplication.translate(
            "ImportReasons", "Baris hanya berisi kolom yang tidak dipakai"),
        "Nama kosong": QCoreApplication.translate("ImportReasons", "Nama kosong"),
        "OPD kosong": QCoreApplication.translate("ImportReasons", "OPD kosong"),
        "Nomor HP kosong": QCoreApplication.translate("ImportReasons", "Nomor HP kosong"),
        "Email kosong": QCoreApplication.translate("ImportReasons", "Email kosong"),
        "Tidak ada No. HP atau email yang sah": QCoreApplication.translate(
            "ImportReasons", "Tidak ada No. HP atau email yang sah"),
        "baris ini dibaca sebagai Windows-1252 (ANSI), berbeda dari bagian lain berkas": QCoreApplication.translate(
            "ImportReasons", "baris ini dibaca sebagai Windows-1252 (ANSI), berbeda dari bagian lain berkas"),
        "format kolom NIP sebagai Teks lalu ketik ulang": QCoreApplication.translate(
            "ImportReasons", "format kolom NIP sebagai Teks lalu ketik ulang"),
        "Kode OPD wajib diisi": QCoreApplication.translate("ImportReasons", "Kode OPD wajib diisi"),
        "Nama OPD wajib diisi": QCoreApplication.translate("ImportReasons", "Nama OPD wajib diisi"),
        "Berkas tidak punya kolom kelompok": QCoreApplication.translate(
            "ImportReasons", "Berkas tidak punya kolom kelompok"),
        "pilih kelompok responden untuk berkas ini": QCoreApplication.translate(
            "ImportReasons", "pilih kelompok responden untuk berkas ini"),
        "tulis internal, eksternal atau eksper": QCoreApplication.translate(
            "ImportReasons", "tulis internal, eksternal atau eksper"),
        "Jumlah selesai kosong": QCoreApplication.translate("ImportReasons", "Jumlah selesai kosong"),
        "Target kosong": QCoreApplication.translate("ImportReasons", "Target kosong"),
        "isi angkanya (target yang ditetapkan dihapus di layar Target)": QCoreApplication.translate(
            "ImportReasons", "isi angkanya (target yang ditetapkan dihapus di layar Target)"),
        "Target tidak disimpan:": QCoreApplication.translate("ImportReasons", "Target tidak disimpan:"),
        "Kelompok eksper dihitung untuk instansi": QCoreApplication.translate(
            "ImportReasons", "Kelompok eksper dihitung untuk instansi"),
        "kosongkan kode atau tulis INSTANSI": QCoreApplication.translate(
            "ImportReasons", "kosongkan kode atau tulis INSTANSI"),
        "nomornya tidak ditebak": QCoreApplication.translate("ImportReasons", "nomornya tidak ditebak"),
        "nomornya tidak ditebak, perbaiki di berkas": QCoreApplication.translate(
            "ImportReasons", "nomornya tidak ditebak, perbaiki di berkas"),
        "tulis satu nomor per kolom": QCoreApplication.translate("ImportReasons", "tulis satu nomor per kolom"),
        "karakter tak terlihat/kontrol dihapus": QCoreApplication.translate(
            "ImportReasons", "karakter tak terlihat/kontrol dihapus"),
        "digit aslinya hilang": QCoreApplication.translate("ImportReasons", "digit aslinya hilang"),
    }


def reason_patterns() -> list[Pattern]:
    """The reasons and notes with values in them, most specific first."""
    found: list[tuple[str, Callable[[], str], str]] = [
        # phones (domain/validators.py, importers/cleaning.py)
        (rf"Nomor HP {Q} tertulis dalam notasi ilmiah", lambda: QCoreApplication.translate(
            "ImportReasons", "Nomor HP '%1' tertulis dalam notasi ilmiah"), "v"),
        (rf"Nomor HP {Q} tidak berisi angka", lambda: QCoreApplication.translate(
            "ImportReasons", "Nomor HP '%1' tidak berisi angka"), "v"),
        (rf"Nomor HP {Q} tidak dapat dibaca", lambda: QCoreApplication.translate(
            "ImportReasons", "Nomor HP '%1' tidak dapat dibaca"), "v"),
        (rf"Nomor HP {Q} bukan nomor Indonesia yang sah", lambda: QCoreApplication.translate(
            "ImportReasons", "Nomor HP '%1' bukan nomor Indonesia yang sah"), "v"),
        (rf"Nomor HP {Q} bukan nomor seluler \(WhatsApp\)", lambda: QCoreApplication.translate(
            "ImportReasons", "Nomor HP '%1' bukan nomor seluler (WhatsApp)"), "v"),
        (rf"Nomor HP {Q} bukan nomor", lambda: QCoreApplication.translate(
            "ImportReasons", "Nomor HP '%1' bukan nomor"), "v"),
        (rf"Nomor HP {Q} bukan bilangan bulat", lambda: QCoreApplication.translate(
            "ImportReasons", "Nomor HP '%1' bukan bilangan bulat"), "v"),
        (rf"Nomor HP {Q} bukan bilangan bulat \(ada angka desimal\)", lambda: QCoreApplication.translate(
            "ImportReasons", "Nomor HP '%1' bukan bilangan bulat (ada angka desimal)"), "v"),
        (rf"Nomor HP {Q} diakhiri angka terpisah {Q} yang bukan bagian nomor", lambda: QCoreApplication.translate(
            "ImportReasons", "Nomor HP '%1' diakhiri angka terpisah '%2' yang bukan bagian nomor"), "vv"),
        (rf"Nomor HP {Q} berisi lebih dari satu nomor", lambda: QCoreApplication.translate(
            "ImportReasons", "Nomor HP '%1' berisi lebih dari satu nomor"), "v"),
        (rf"Nomor HP {Q} berisi huruf ('.+') \(huruf O/I/l bukan angka 0/1\)", lambda: QCoreApplication.translate(
            "ImportReasons", "Nomor HP '%1' berisi huruf %2 (huruf O/I/l bukan angka 0/1)"), "vv"),
        (rf"Nomor HP {Q} berisi huruf ('.+')", lambda: QCoreApplication.translate(
            "ImportReasons", "Nomor HP '%1' berisi huruf %2"), "vv"),
        (rf"Nomor HP {Q} berisi tanda kurung di tengah atau di akhir nomor", lambda: QCoreApplication.translate(
            "ImportReasons", "Nomor HP '%1' berisi tanda kurung di tengah atau di akhir nomor"), "v"),
        (rf"Nomor HP {Q} berisi tanda ('.+') yang bukan bagian nomor", lambda: QCoreApplication.translate(
            "ImportReasons", "Nomor HP '%1' berisi tanda %2 yang bukan bagian nomor"), "vv"),
        # e-mails, NIPs, dates
        (rf"Email {Q} tidak berbentuk nama@domain\.tld", lambda: QCoreApplication.translate(
            "ImportReasons", "Email '%1' tidak berbentuk nama@domain.tld"), "v"),
        (rf"NIP {Q} tersimpan sebagai angka di Excel sehingga digit terakhirnya hilang",
         lambda: QCoreApplication.translate(
             "ImportReasons", "NIP '%1' tersimpan sebagai angka di Excel sehingga digit terakhirnya hilang"), "v"),
        (rf"NIP {Q} harus 18 angka \(ada (\d+) karakter\)", lambda: QCoreApplication.translate(
            "ImportReasons", "NIP '%1' harus 18 angka (ada %2 karakter)"), "vv"),
        (rf"NIP {Q}: 8 angka pertama \((\d+)\) bukan tanggal lahir yang sah", lambda: QCoreApplication.translate(
            "ImportReasons", "NIP '%1': 8 angka pertama (%2) bukan tanggal lahir yang sah"), "vv"),
        (rf"NIP {Q}: bulan pengangkatan \((\d+)\) harus 01–12", lambda: QCoreApplication.translate(
            "ImportReasons", "NIP '%1': bulan pengangkatan (%2) harus 01–12"), "vv"),
        (rf"NIP {Q}: angka ke-15 \(jenis kelamin\) harus 1 atau 2", lambda: QCoreApplication.translate(
            "ImportReasons", "NIP '%1': angka ke-15 (jenis kelamin) harus 1 atau 2"), "v"),
        (rf"Tanggal {Q} tidak dapat dibaca", lambda: QCoreApplication.translate(
            "ImportReasons", "Tanggal '%1' tidak dapat dibaca"), "v"),
        # cells the reader changed or found an Excel error in (importers/population_frame.py, population_grid.py)
        (rf"Nama berisi galat rumus Excel {Q}, bukan nama orang", lambda: QCoreApplication.translate(
            "ImportReasons", "Nama berisi galat rumus Excel '%1', bukan nama orang"), "v"),
        (rf"([^;]+) berisi galat rumus Excel {Q} \(rumus yang tidak menemukan data\), bukan nilai",
         lambda: QCoreApplication.translate(
             "ImportReasons", "%1 berisi galat rumus Excel '%2' (rumus yang tidak menemukan data), bukan nilai"),
         "Fv"),
        (rf"([^;]+): galat rumus Excel {Q} dikosongkan", lambda: QCoreApplication.translate(
            "ImportReasons", "%1: galat rumus Excel '%2' dikosongkan"), "Fv"),
        (r"([^;]+): karakter tak terlihat/kontrol dihapus", lambda: QCoreApplication.translate(
            "ImportReasons", "%1: karakter tak terlihat/kontrol dihapus"), "F"),
        # OPD and duplicates (importers/population_rules.py)
        (rf"OPD {Q} tidak cocok dengan OPD terdaftar", lambda: QCoreApplication.translate(
            "ImportReasons", "OPD '%1' tidak cocok dengan OPD terdaftar"), "v"),
        (rf"{KEY} {V} sudah tersimpan untuk tahun dan kelompok ini", lambda: QCoreApplication.translate(
            "ImportReasons", "%1 %2 sudah tersimpan untuk tahun dan kelompok ini"), "fv"),
        (rf"{KEY} (\S+) sama dengan baris (\d+)", lambda: QCoreApplication.translate(
            "ImportReasons", "%1 %2 sama dengan baris %3"), "fvv"),
        (rf"{KEY} (\S+) sama dengan lembar {Q} baris (\d+)", lambda: QCoreApplication.translate(
            "ImportReasons", "%1 %2 sama dengan lembar '%3' baris %4"), "fvvv"),
        (rf"{KEY} (\S+) sama dengan berkas {V}, baris (\d+)", lambda: QCoreApplication.translate(
            "ImportReasons", "%1 %2 sama dengan berkas %3, baris %4"), "fvvv"),
        (rf"{KEY} (\S+) sama dengan berkas {V}, lembar {Q} baris (\d+)", lambda: QCoreApplication.translate(
            "ImportReasons", "%1 %2 sama dengan berkas %3, lembar '%4' baris %5"), "fvvvv"),
        (rf"{KEY} yang sama sudah ada di kelompok {V}", lambda: QCoreApplication.translate(
            "ImportReasons", "%1 yang sama sudah ada di kelompok %2"), "fg"),
        # eligibility (importers/eligibility.py)
        (rf"Jabatan {Q} setingkat eselon I/II \(pimpinan tinggi\) tidak termasuk responden",
         lambda: QCoreApplication.translate(
             "ImportReasons", "Jabatan '%1' setingkat eselon I/II (pimpinan tinggi) tidak termasuk responden"), "v"),
        (rf"Jabatan {V} dikecualikan", lambda: QCoreApplication.translate(
            "ImportReasons", "Jabatan %1 dikecualikan"), "v"),
        (rf"Kepala OPD yang disurvei \({V}\) tidak termasuk responden", lambda: QCoreApplication.translate(
            "ImportReasons", "Kepala OPD yang disurvei (%1) tidak termasuk responden"), "v"),
        (r"(?i:eselon) ([^;]+) \(eselon I/II, pimpinan tinggi\) tidak termasuk responden",
         lambda: QCoreApplication.translate(
             "ImportReasons", "Eselon %1 (eselon I/II, pimpinan tinggi) tidak termasuk responden"), "v"),
        (rf"Masa kerja di instansi kurang dari 1 tahun \(TMT sesudah {V}\)", lambda: QCoreApplication.translate(
            "ImportReasons", "Masa kerja di instansi kurang dari 1 tahun (TMT sesudah %1)"), "d"),
        (rf"Masa kerja di unit kurang dari 1 tahun \(TMT sesudah {V}\)", lambda: QCoreApplication.translate(
            "ImportReasons", "Masa kerja di unit kurang dari 1 tahun (TMT sesudah %1)"), "d"),
        (rf"Masa kerja di instansi kurang dari ([\d.,]+) tahun \(TMT sesudah {V}\)",
         lambda: QCoreApplication.translate(
             "ImportReasons", "Masa kerja di instansi kurang dari %1 tahun (TMT sesudah %2)"), "vd"),
        (rf"Masa kerja di unit kurang dari ([\d.,]+) tahun \(TMT sesudah {V}\)", lambda: QCoreApplication.translate(
            "ImportReasons", "Masa kerja di unit kurang dari %1 tahun (TMT sesudah %2)"), "vd"),
        (rf"Tanggal layanan di luar {V} s\.d\. akhir masa survei", lambda: QCoreApplication.translate(
            "ImportReasons", "Tanggal layanan di luar %1 s.d. akhir masa survei"), "d"),
        (rf"Tanggal layanan di luar {V} s\.d\. {V}", lambda: QCoreApplication.translate(
            "ImportReasons", "Tanggal layanan di luar %1 s.d. %2"), "dd"),
        # the OPD list (importers/units.py, domain/unit_record.py)
        (r"([^;]+) dikosongkan, OPD tetap diimpor", lambda: QCoreApplication.translate(
            "ImportReasons", "%1 dikosongkan, OPD tetap diimpor"), "F"),
        (r"Kode (\S+) sudah dipakai di baris (\d+)", lambda: QCoreApplication.translate(
            "ImportReasons", "Kode %1 sudah dipakai di baris %2"), "vv"),
        (r"([^;]+) paling panjang (\d+) karakter", lambda: QCoreApplication.translate(
            "ImportReasons", "%1 paling panjang %2 karakter"), "Fv"),
        # progress (importers/progress.py, services/progress.py)
        (rf"Kelompok {Q} tidak dikenal", lambda: QCoreApplication.translate(
            "ImportReasons", "Kelompok '%1' tidak dikenal"), "v"),
        (rf"{Q} bukan bilangan bulat tidak negatif", lambda: QCoreApplication.translate(
            "ImportReasons", "'%1' bukan bilangan bulat tidak negatif"), "v"),
        (rf"{Q} bukan angka", lambda: QCoreApplication.translate("ImportReasons", "'%1' bukan angka"), "v"),
        (rf"{Q} bukan tanggal \(tulis 2025-12-09 atau 09-12-2025\)", lambda: QCoreApplication.translate(
            "ImportReasons", "'%1' bukan tanggal (tulis 2025-12-09 atau 09-12-2025)"), "v"),
        (rf"Tahun {Q} bukan angka tahun", lambda: QCoreApplication.translate(
            "ImportReasons", "Tahun '%1' bukan angka tahun"), "v"),
        (r"([^;]+) (-?[\d.,e+]+) di luar 0–100", lambda: QCoreApplication.translate(
            "ImportReasons", "%1 %2 di luar 0–100"), "Fv"),
        (rf"Kelompok {Q} berbeda dari kelompok yang dipilih \({V}\)", lambda: QCoreApplication.translate(
            "ImportReasons", "Kelompok '%1' berbeda dari kelompok yang dipilih (%2)"), "vv"),
        (rf"Selesai \({V}\) lebih besar dari diundang \({V}\)", lambda: QCoreApplication.translate(
            "ImportReasons", "Selesai (%1) lebih besar dari diundang (%2)"), "vv"),
        (r"([A-Z]{1,3}) \(tanpa judul\)", lambda: QCoreApplication.translate(
            "ImportReasons", "%1 (tanpa judul)"), "v"),
        (rf"{V} \(tersembunyi\)", lambda: QCoreApplication.translate("ImportReasons", "%1 (tersembunyi)"), "v"),
        (rf"Kode OPD kosong untuk kelompok {V}", lambda: QCoreApplication.translate(
            "ImportReasons", "Kode OPD kosong untuk kelompok %1"), "v"),
        (rf"OPD {Q} tidak ikut SPI (\d+)", lambda: QCoreApplication.translate(
            "ImportReasons", "OPD '%1' tidak ikut SPI %2"), "vv"),
        (rf"OPD {Q} tidak dikenal", lambda: QCoreApplication.translate(
            "ImportReasons", "OPD '%1' tidak dikenal"), "v"),
        (rf"{V} (\S+) sudah ada di baris (\d+)", lambda: QCoreApplication.translate(
            "ImportReasons", "%1 %2 sudah ada di baris %3"), "vvv"),
        (rf"Jumlah lebih besar dari populasi yang dikirim \({V}\)", lambda: QCoreApplication.translate(
            "ImportReasons", "Jumlah lebih besar dari populasi yang dikirim (%1)"), "v"),
        (rf"jumlah selesai {V} (\S+) turun dari {V} ke {V}", lambda: QCoreApplication.translate(
            "ImportReasons", "jumlah selesai %1 %2 turun dari %3 ke %4"), "vvvv"),
        # sheets and columns (importers/population_sheets.py, population_header.py, services/population_*.py)
        (rf"Lembar {Q} tidak punya kolom yang dipilih", lambda: QCoreApplication.translate(
            "ImportReasons", "Lembar '%1' tidak punya kolom yang dipilih"), "v"),
        (rf"Lembar {Q} \(([\d.]+) baris\) tidak punya kolom yang dipilih dan tidak dibaca",
         lambda: QCoreApplication.translate(
             "ImportReasons", "Lembar '%1' (%2) tidak punya kolom yang dipilih dan tidak dibaca"), "vn"),
        (rf"Lembar lain yang juga berisi daftar tidak dibaca: {V}", lambda: QCoreApplication.translate(
            "ImportReasons", "Lembar lain yang juga berisi daftar tidak dibaca: %1"), "s"),
        (rf"Lembar tersembunyi {Q} adalah penanda format kiriman SPI Desktop \(tahun, kelompok, OPD\), bukan daftar",
         lambda: QCoreApplication.translate(
             "ImportReasons",
             "Lembar tersembunyi '%1' adalah penanda format kiriman SPI Desktop (tahun, kelompok, OPD), bukan daftar"),
         "v"),
        (rf"Lembar tersembunyi tidak dibaca: {V}", lambda: QCoreApplication.translate(
            "ImportReasons", "Lembar tersembunyi tidak dibaca: %1"), "s"),
        (rf"Lembar {Q} tanpa kolom Perangkat Daerah: semua barisnya masuk OPD {Q} menurut nama lembarnya",
         lambda: QCoreApplication.translate(
             "ImportReasons",
             "Lembar '%1' tanpa kolom Perangkat Daerah: semua barisnya masuk OPD '%2' menurut nama lembarnya"), "vv"),
        (rf"Kolom ([A-Z]{{1,3}}) \({V0}\) dipakai sebagai ([^;]+) karena isinya {V}",
         lambda: QCoreApplication.translate(
             "ImportReasons", "Kolom %1 (%2) dipakai sebagai %3 karena isinya %4"), "vvFc"),
        (rf"Kolom ([A-Z]{{1,3}}) \({V0}\) mirip ([^;]+) tetapi tidak dipakai", lambda: QCoreApplication.translate(
            "ImportReasons", "Kolom %1 (%2) mirip %3 tetapi tidak dipakai"), "vvF"),
        (rf"([^;]+) diambil dari kolom ([A-Z]{{1,3}}) \({V0}\)", lambda: QCoreApplication.translate(
            "ImportReasons", "%1 diambil dari kolom %2 (%3)"), "Fvv"),
        (r"Berkas memuat baris untuk (\d+) OPD", lambda: QCoreApplication.translate(
            "ImportReasons", "Berkas memuat baris untuk %1 OPD"), "v"),
        (rf"Berkas ini masih dibuka di Excel \(ada berkas kunci {V}\)", lambda: QCoreApplication.translate(
            "ImportReasons", "Berkas ini masih dibuka di Excel (ada berkas kunci %1)"), "v"),
        (rf"Berkas kunci Excel: {Q} mungkin masih dibuka di Excel", lambda: QCoreApplication.translate(
            "ImportReasons", "Berkas kunci Excel: '%1' mungkin masih dibuka di Excel"), "v"),
    ]
    return [(re.compile(pattern, re.DOTALL), template, kinds) for pattern, template, kinds in found]
