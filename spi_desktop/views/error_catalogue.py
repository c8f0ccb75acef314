"""What the readers and services say about a whole file or a failed job, with its translatable templates.

The same shape as ``reason_catalogue`` (its letters for the groups); messages are usually "<file>: <clause>;
<clause>", and ``reason_texts`` translates the file's part and each clause on their own.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from spi_desktop.views.reason_catalogue import V0, V_LAZY, Pattern, Q, V


def error_fixed() -> dict[str, str]:
    """Clauses of file and job messages written without any value in them."""
    return {
        "berkas kosong": QCoreApplication.translate("ImportErrors", "berkas kosong"),
        "pecah per OPD lalu impor satu per satu": QCoreApplication.translate(
            "ImportErrors", "pecah per OPD lalu impor satu per satu"),
        "gunakan .xlsx, .xls, .ods, .csv atau .txt": QCoreApplication.translate(
            "ImportErrors", "gunakan .xlsx, .xls, .ods, .csv atau .txt"),
        "minta berkas Excel/CSV aslinya dari OPD (tabel di PDF tidak dapat dibaca tanpa salah ketik)":
            QCoreApplication.translate(
                "ImportErrors",
                "minta berkas Excel/CSV aslinya dari OPD (tabel di PDF tidak dapat dibaca tanpa salah ketik)"),
        "buka di Excel atau LibreOffice lalu simpan sebagai Excel Workbook (.xlsx) atau CSV":
            QCoreApplication.translate(
                "ImportErrors", "buka di Excel atau LibreOffice lalu simpan sebagai Excel Workbook (.xlsx) atau CSV"),
        "minta OPD mengirim ulang berkasnya": QCoreApplication.translate(
            "ImportErrors", "minta OPD mengirim ulang berkasnya"),
        "minta OPD mengirim ulang": QCoreApplication.translate("ImportErrors", "minta OPD mengirim ulang"),
        "salin tabelnya ke Excel lalu simpan sebagai .xlsx": QCoreApplication.translate(
            "ImportErrors", "salin tabelnya ke Excel lalu simpan sebagai .xlsx"),
        "ekstrak dulu lalu impor berkas di dalamnya": QCoreApplication.translate(
            "ImportErrors", "ekstrak dulu lalu impor berkas di dalamnya"),
        "buka di Excel, hapus kata sandinya (File › Info › Protect Workbook), simpan, lalu impor lagi":
            QCoreApplication.translate(
                "ImportErrors",
                "buka di Excel, hapus kata sandinya (File › Info › Protect Workbook), simpan, lalu impor lagi"),
        "buka di Excel, hapus kata sandinya, simpan, lalu impor lagi": QCoreApplication.translate(
            "ImportErrors", "buka di Excel, hapus kata sandinya, simpan, lalu impor lagi"),
        "berkas Office lama yang bukan lembar kerja Excel": QCoreApplication.translate(
            "ImportErrors", "berkas Office lama yang bukan lembar kerja Excel"),
        "buka di Excel lalu simpan ulang sebagai .xlsx": QCoreApplication.translate(
            "ImportErrors", "buka di Excel lalu simpan ulang sebagai .xlsx"),
        "simpan ulang sebagai CSV UTF-8": QCoreApplication.translate("ImportErrors", "simpan ulang sebagai CSV UTF-8"),
        "simpan ulang berkas sebagai CSV UTF-8": QCoreApplication.translate(
            "ImportErrors", "simpan ulang berkas sebagai CSV UTF-8"),
        "minimal salah satu wajib ada": QCoreApplication.translate("ImportErrors", "minimal salah satu wajib ada"),
        "kolom 'Perangkat Daerah' (atau OPD) tidak ditemukan": QCoreApplication.translate(
            "ImportErrors", "kolom 'Perangkat Daerah' (atau OPD) tidak ditemukan"),
        "tambahkan kolom itu atau pilih satu OPD untuk seluruh berkas": QCoreApplication.translate(
            "ImportErrors", "tambahkan kolom itu atau pilih satu OPD untuk seluruh berkas"),
        "tidak ada yang disimpan": QCoreApplication.translate("ImportErrors", "tidak ada yang disimpan"),
        "tidak ada yang diubah.": QCoreApplication.translate("ImportErrors", "tidak ada yang diubah."),
        "Tidak ada yang diubah.": QCoreApplication.translate("ImportErrors", "Tidak ada yang diubah."),
        "Tidak ada baris yang dapat disimpan": QCoreApplication.translate(
            "ImportErrors", "Tidak ada baris yang dapat disimpan"),
        "lembar yang tampak tidak berisi daftar": QCoreApplication.translate(
            "ImportErrors", "lembar yang tampak tidak berisi daftar"),
        "minimal kolom Nama dan salah satu dari No. HP atau Email wajib ada": QCoreApplication.translate(
            "ImportErrors", "minimal kolom Nama dan salah satu dari No. HP atau Email wajib ada"),
        "kolomnya dikenali otomatis": QCoreApplication.translate("ImportErrors", "kolomnya dikenali otomatis"),
        "impor lembar itu sendiri": QCoreApplication.translate("ImportErrors", "impor lembar itu sendiri"),
        "impor lembar itu dengan memilihnya, atau impor semua lembar sekaligus (pilihan 'semua lembar')":
            QCoreApplication.translate(
                "ImportErrors",
                "impor lembar itu dengan memilihnya, atau impor semua lembar sekaligus (pilihan 'semua lembar')"),
        "tidak dibaca sebagai daftar": QCoreApplication.translate("ImportErrors", "tidak dibaca sebagai daftar"),
        "Kolom Eselon dibaca untuk syarat responden saja (eselon I/II ditandai)": QCoreApplication.translate(
            "ImportErrors", "Kolom Eselon dibaca untuk syarat responden saja (eselon I/II ditandai)"),
        "nilainya tidak disimpan dan tidak dikirim ke KPK": QCoreApplication.translate(
            "ImportErrors", "nilainya tidak disimpan dan tidak dikirim ke KPK"),
        "periksa ulang sebelum mengimpor": QCoreApplication.translate(
            "ImportErrors", "periksa ulang sebelum mengimpor"),
        "Daftar populasi tahun ini sedang terus diubah oleh proses lain": QCoreApplication.translate(
            "ImportErrors", "Daftar populasi tahun ini sedang terus diubah oleh proses lain"),
        "coba impor lagi sebentar lagi": QCoreApplication.translate("ImportErrors", "coba impor lagi sebentar lagi"),
        "Nama preset wajib diisi": QCoreApplication.translate("ImportErrors", "Nama preset wajib diisi"),
        "Data OPD belum benar:": QCoreApplication.translate("ImportErrors", "Data OPD belum benar:"),
        # the batch intake (services/population_intake*.py)
        "tutup berkas itu lalu impor lagi": QCoreApplication.translate(
            "ImportErrors", "tutup berkas itu lalu impor lagi"),
        "Berkas tersembunyi, tidak dibaca sebagai daftar": QCoreApplication.translate(
            "ImportErrors", "Berkas tersembunyi, tidak dibaca sebagai daftar"),
        "Arsip .zip di dalam arsip: ekstrak dulu lalu impor lagi": QCoreApplication.translate(
            "ImportErrors", "Arsip .zip di dalam arsip: ekstrak dulu lalu impor lagi"),
        "Bukan lembar kerja (xlsx, xls, ods atau csv)": QCoreApplication.translate(
            "ImportErrors", "Bukan lembar kerja (xlsx, xls, ods atau csv)"),
        "Jalur di dalam arsip keluar dari arsip": QCoreApplication.translate(
            "ImportErrors", "Jalur di dalam arsip keluar dari arsip"),
        "tidak diekstrak": QCoreApplication.translate("ImportErrors", "tidak diekstrak"),
        "Arsip .zip rusak atau berkata sandi": QCoreApplication.translate(
            "ImportErrors", "Arsip .zip rusak atau berkata sandi"),
        "Arsip .zip tidak dapat dibaca (mungkin sedang dibuka program lain)": QCoreApplication.translate(
            "ImportErrors", "Arsip .zip tidak dapat dibaca (mungkin sedang dibuka program lain)"),
        "Tidak diikutkan, sesuai pilihan Anda": QCoreApplication.translate(
            "ImportErrors", "Tidak diikutkan, sesuai pilihan Anda"),
        "yang dibaca adalah isi yang terakhir disimpan": QCoreApplication.translate(
            "ImportErrors", "yang dibaca adalah isi yang terakhir disimpan"),
        "Format ini dibuat oleh ruang kerja SPI Desktop lain, bukan ruang kerja ini": QCoreApplication.translate(
            "ImportErrors", "Format ini dibuat oleh ruang kerja SPI Desktop lain, bukan ruang kerja ini"),
        "minta OPD mengisi format yang dikirim dari ruang kerja ini": QCoreApplication.translate(
            "ImportErrors", "minta OPD mengisi format yang dikirim dari ruang kerja ini"),
        "Berkas ini tampak seperti format kiriman, tetapi penandanya tidak ada (mungkin terhapus)":
            QCoreApplication.translate(
                "ImportErrors",
                "Berkas ini tampak seperti format kiriman, tetapi penandanya tidak ada (mungkin terhapus)"),
        "OPD dan kelompoknya dikenali dari kolom dan nama berkas": QCoreApplication.translate(
            "ImportErrors", "OPD dan kelompoknya dikenali dari kolom dan nama berkas"),
        "tiap baris masuk OPD yang tertulis di kolom OPD-nya": QCoreApplication.translate(
            "ImportErrors", "tiap baris masuk OPD yang tertulis di kolom OPD-nya"),
        "mungkin rusak": QCoreApplication.translate("ImportErrors", "mungkin rusak"),
        "Buka dan simpan ulang di Excel, lalu impor lagi": QCoreApplication.translate(
            "ImportErrors", "Buka dan simpan ulang di Excel, lalu impor lagi"),
        # services/errors.py user_message
        "Sebagian data baru saja diubah pengguna lain, jadi tidak ada yang disimpan": QCoreApplication.translate(
            "ImportErrors", "Sebagian data baru saja diubah pengguna lain, jadi tidak ada yang disimpan"),
        "Muat ulang data terbaru lalu ulangi.": QCoreApplication.translate(
            "ImportErrors", "Muat ulang data terbaru lalu ulangi."),
        "Basis data sedang dipakai proses lain (terkunci)": QCoreApplication.translate(
            "ImportErrors", "Basis data sedang dipakai proses lain (terkunci)"),
        "Tunggu sebentar lalu coba lagi.": QCoreApplication.translate(
            "ImportErrors", "Tunggu sebentar lalu coba lagi."),
    }


def error_patterns() -> list[Pattern]:
    """File and job messages with values in them; the last two name the file or field a message is about."""
    found: list[tuple[str, Callable[[], str], str]] = [
        (rf"Berkas {V} tidak ditemukan", lambda: QCoreApplication.translate(
            "ImportErrors", "Berkas %1 tidak ditemukan"), "v"),
        (r"berkas (\d+) MB terlalu besar \(batas (\d+) MB\)", lambda: QCoreApplication.translate(
            "ImportErrors", "berkas %1 MB terlalu besar (batas %2 MB)"), "vv"),
        (rf"{V} tidak dapat dibaca: {V} \(berkas sedang dibuka program lain\?\)", lambda: QCoreApplication.translate(
            "ImportErrors", "%1 tidak dapat dibaca: %2 (berkas sedang dibuka program lain?)"), "vv"),
        (rf"jenis berkas {Q} tidak didukung", lambda: QCoreApplication.translate(
            "ImportErrors", "jenis berkas '%1' tidak didukung"), "v"),
        (rf"{V} sebenarnya berisi {V}, bukan {V}", lambda: QCoreApplication.translate(
            "ImportErrors", "%1 sebenarnya berisi %2, bukan %3"), "vkk"),
        (r"dibaca sebagai ((?:(?!; |\. ).)+)", lambda: QCoreApplication.translate(  # the sentences after: their own
            "ImportErrors", "dibaca sebagai %1"), "k"),
        (rf"{V} adalah dokumen PDF: tidak didukung karena bukan lembar kerja", lambda: QCoreApplication.translate(
            "ImportErrors", "%1 adalah dokumen PDF: tidak didukung karena bukan lembar kerja"), "v"),
        (rf"{V} bukan lembar kerja maupun teks \(isi biner yang tidak dikenal\)", lambda: QCoreApplication.translate(
            "ImportErrors", "%1 bukan lembar kerja maupun teks (isi biner yang tidak dikenal)"), "v"),
        (rf"{V} berisi XML yang bukan lembar kerja", lambda: QCoreApplication.translate(
            "ImportErrors", "%1 berisi XML yang bukan lembar kerja"), "v"),
        (rf"{V} rusak: arsip Excel/ODS tidak utuh \(terpotong saat diunduh atau dikirim\?\)",
         lambda: QCoreApplication.translate(
             "ImportErrors", "%1 rusak: arsip Excel/ODS tidak utuh (terpotong saat diunduh atau dikirim?)"), "v"),
        (rf"{V} adalah dokumen Word/teks, bukan lembar kerja", lambda: QCoreApplication.translate(
            "ImportErrors", "%1 adalah dokumen Word/teks, bukan lembar kerja"), "v"),
        (rf"{V} adalah dokumen Word 97-2003, bukan lembar kerja", lambda: QCoreApplication.translate(
            "ImportErrors", "%1 adalah dokumen Word 97-2003, bukan lembar kerja"), "v"),
        (rf"{V} adalah presentasi, bukan lembar kerja", lambda: QCoreApplication.translate(
            "ImportErrors", "%1 adalah presentasi, bukan lembar kerja"), "v"),
        (rf"{V} adalah arsip ZIP, bukan lembar kerja", lambda: QCoreApplication.translate(
            "ImportErrors", "%1 adalah arsip ZIP, bukan lembar kerja"), "v"),
        (rf"{V} dilindungi kata sandi", lambda: QCoreApplication.translate(
            "ImportErrors", "%1 dilindungi kata sandi"), "v"),
        (rf"{V} tidak dapat dibuka: berkas rusak atau bukan lembar kerja Excel/ODS \(terpotong saat diunduh\?\)",
         lambda: QCoreApplication.translate(
             "ImportErrors",
             "%1 tidak dapat dibuka: berkas rusak atau bukan lembar kerja Excel/ODS (terpotong saat diunduh?)"), "v"),
        (rf"lembar {Q} tidak dapat dibaca \(rusak atau dibuat program yang tidak dikenal\)",
         lambda: QCoreApplication.translate(
             "ImportErrors", "lembar '%1' tidak dapat dibaca (rusak atau dibuat program yang tidak dikenal)"), "v"),
        (rf"{V} tidak dapat dibaca sebagai lembar kerja", lambda: QCoreApplication.translate(
            "ImportErrors", "%1 tidak dapat dibaca sebagai lembar kerja"), "v"),
        (rf"isi berkas tidak dapat dibaca sebagai teks \({V}\)", lambda: QCoreApplication.translate(
            "ImportErrors", "isi berkas tidak dapat dibaca sebagai teks (%1)"), "v"),
        (rf"format CSV rusak \({V}\)", lambda: QCoreApplication.translate(
            "ImportErrors", "format CSV rusak (%1)"), "v"),
        (rf"isi CSV rusak \({V}\)", lambda: QCoreApplication.translate("ImportErrors", "isi CSV rusak (%1)"), "v"),
        (rf"baris judul tidak dapat dibaca sebagai CSV \({V}\)", lambda: QCoreApplication.translate(
            "ImportErrors", "baris judul tidak dapat dibaca sebagai CSV (%1)"), "v"),
        (rf"lembar {Q} tidak ada", lambda: QCoreApplication.translate("ImportErrors", "lembar '%1' tidak ada"), "v"),
        (rf"lembar yang ada: {V}", lambda: QCoreApplication.translate("ImportErrors", "lembar yang ada: %1"), "v"),
        (rf"{V} tidak berisi lembar kerja", lambda: QCoreApplication.translate(
            "ImportErrors", "%1 tidak berisi lembar kerja"), "v"),
        (rf"isi tidak dapat dibaca sebagai {V} walaupun berkas menandai dirinya {V}",
         lambda: QCoreApplication.translate(
             "ImportErrors", "isi tidak dapat dibaca sebagai %1 walaupun berkas menandai dirinya %2"), "vv"),
        (r"byte 0x([0-9A-F]{2}) tidak dapat dibaca sebagai UTF-8, UTF-16, UTF-32 dan Windows-1252 \(ANSI\)",
         lambda: QCoreApplication.translate(
             "ImportErrors", "byte 0x%1 tidak dapat dibaca sebagai UTF-8, UTF-16, UTF-32 dan Windows-1252 (ANSI)"),
         "v"),
        (rf"{V} tidak dapat dibaca: {V}", lambda: QCoreApplication.translate(
            "ImportErrors", "%1 tidak dapat dibaca: %2"), "vv"),
        # headers and columns (importers/columns.py, population_header.py, population_sheets.py)
        (r"baris judul kolom tidak ditemukan di (\d+) baris pertama", lambda: QCoreApplication.translate(
            "ImportErrors", "baris judul kolom tidak ditemukan di %1 baris pertama"), "v"),
        (rf"Kolom yang wajib ada: {V}", lambda: QCoreApplication.translate(
            "ImportErrors", "Kolom yang wajib ada: %1"), "v"),
        (rf"kolom {Q} tidak ditemukan \(baris judul (\d+) berisi: {V0}\)", lambda: QCoreApplication.translate(
            "ImportErrors", "kolom '%1' tidak ditemukan (baris judul %2 berisi: %3)"), "Fvv"),
        (rf"Nama kolom yang dikenali untuk {Q}: {V}", lambda: QCoreApplication.translate(
            "ImportErrors", "Nama kolom yang dikenali untuk '%1': %2"), "Fv"),
        (rf"Isian {Q} tidak dikenal untuk kelompok ini", lambda: QCoreApplication.translate(
            "ImportErrors", "Isian '%1' tidak dikenal untuk kelompok ini"), "v"),
        (rf"isian yang ada: {V}", lambda: QCoreApplication.translate("ImportErrors", "isian yang ada: %1"), "v"),
        (rf"kolom {Q} yang dipilih untuk {V} tidak ada di baris judul (\d+)", lambda: QCoreApplication.translate(
            "ImportErrors", "kolom '%1' yang dipilih untuk %2 tidak ada di baris judul %3"), "vFv"),
        (rf"kolom yang ada: {V}", lambda: QCoreApplication.translate("ImportErrors", "kolom yang ada: %1"), "v"),
        (rf"Kolom {Q} wajib dipetakan ke salah satu kolom berkas", lambda: QCoreApplication.translate(
            "ImportErrors", "Kolom '%1' wajib dipetakan ke salah satu kolom berkas"), "F"),
        (rf"kolom {Q} wajib dipetakan ke salah satu kolom berkas", lambda: QCoreApplication.translate(
            "ImportErrors", "kolom '%1' wajib dipetakan ke salah satu kolom berkas"), "F"),
        (rf"kolom (No\. HP maupun Email|Nama) tidak ditemukan \(baris judul (\d+) berisi: {V0}\)",
         lambda: QCoreApplication.translate(
             "ImportErrors", "kolom %1 tidak ditemukan (baris judul %2 berisi: %3)"), "Fvv"),
        (r"kolom No\. HP maupun Email tidak ditemukan \(baris judul (\d+)\)", lambda: QCoreApplication.translate(
            "ImportErrors", "kolom No. HP maupun Email tidak ditemukan (baris judul %1)"), "v"),
        (r"tidak ada baris data di bawah judul kolom \(baris (\d+)\)", lambda: QCoreApplication.translate(
            "ImportErrors", "tidak ada baris data di bawah judul kolom (baris %1)"), "v"),
        (r"([\d.]+) baris dilewati karena bukan responden \(baris jumlah, tanda tangan\)",
         lambda: QCoreApplication.translate(
             "ImportErrors", "%1 dilewati karena bukan responden (baris jumlah, tanda tangan)"), "n"),
        (rf"daftar hanya ada di lembar tersembunyi {V}", lambda: QCoreApplication.translate(
            "ImportErrors", "daftar hanya ada di lembar tersembunyi %1"), "s"),
        (rf"Bila lembar itu memang daftar tahun ini, pilih lembar {Q} secara tegas sebagai lembar yang diimpor, "
         r"atau tampilkan lembarnya di Excel", lambda: QCoreApplication.translate(
             "ImportErrors", "Bila lembar itu memang daftar tahun ini, pilih lembar '%1' secara tegas sebagai lembar "
                             "yang diimpor, atau tampilkan lembarnya di Excel"), "v"),
        # the population import and its setup (services/population*.py)
        (rf"Kelompok {Q} tidak dikenal", lambda: QCoreApplication.translate(
            "ImportErrors", "Kelompok '%1' tidak dikenal"), "v"),
        (r"pilih ((?:internal|external|expert)(?:, (?:internal|external|expert))*)",
         lambda: QCoreApplication.translate("ImportErrors", "pilih %1"), "v"),
        (rf"{V} berubah sejak pratinjau", lambda: QCoreApplication.translate(
            "ImportErrors", "%1 berubah sejak pratinjau"), "v"),
        (r"Impor nomor (\d+) tidak ada", lambda: QCoreApplication.translate(
            "ImportErrors", "Impor nomor %1 tidak ada"), "v"),
        (rf"Impor nomor (\d+) sudah dibatalkan pada {V}", lambda: QCoreApplication.translate(
            "ImportErrors", "Impor nomor %1 sudah dibatalkan pada %2"), "vd"),
        (rf"Preset pemetaan {Q} untuk kelompok (\S+) tidak ada", lambda: QCoreApplication.translate(
            "ImportErrors", "Preset pemetaan '%1' untuk kelompok %2 tidak ada"), "vv"),
        (rf"yang ada: {V}", lambda: QCoreApplication.translate("ImportErrors", "yang ada: %1"), "v"),
        (rf"OPD dengan kode {V} tidak ada", lambda: QCoreApplication.translate(
            "ImportErrors", "OPD dengan kode %1 tidak ada"), "v"),
        (rf"Kode (\S+) sudah dipakai oleh {V}", lambda: QCoreApplication.translate(
            "ImportErrors", "Kode %1 sudah dipakai oleh %2"), "vv"),
        (rf"Folder laporan masalah {V} tidak ada", lambda: QCoreApplication.translate(
            "ImportErrors", "Folder laporan masalah %1 tidak ada"), "v"),
        # progress (services/progress.py)
        (rf"Tanggal {V} di luar masa survei (\d+) \({V} s\.d\. {V}\)", lambda: QCoreApplication.translate(
            "ImportErrors", "Tanggal %1 di luar masa survei %2 (%3 s.d. %4)"), "dvdd"),
        (rf"Sudah ada data kemajuan tanggal {V}", lambda: QCoreApplication.translate(
            "ImportErrors", "Sudah ada data kemajuan tanggal %1"), "d"),
        (r"pilih ganti \(--replace\) atau simpan keduanya \(--keep-both\)", lambda: QCoreApplication.translate(
            "ImportErrors", "pilih ganti (--replace) atau simpan keduanya (--keep-both)"), ""),
        # services/errors.py and services/database.py
        (rf"Jenis basis data ini tidak didukung atau drivernya belum terpasang \({V}\)",
         lambda: QCoreApplication.translate(
             "ImportErrors", "Jenis basis data ini tidak didukung atau drivernya belum terpasang (%1)"), "v"),
        (rf"Basis data menolak perintah: {V}", lambda: QCoreApplication.translate(
            "ImportErrors", "Basis data menolak perintah: %1"), "v"),
        (rf"Kesalahan basis data: {V}", lambda: QCoreApplication.translate(
            "ImportErrors", "Kesalahan basis data: %1"), "v"),
        (rf"Berkas tidak dapat dipakai \({V}\): {V}", lambda: QCoreApplication.translate(
            "ImportErrors", "Berkas tidak dapat dipakai (%1): %2"), "vv"),
        (rf"Berkas tidak dapat dipakai: {V}", lambda: QCoreApplication.translate(
            "ImportErrors", "Berkas tidak dapat dipakai: %1"), "v"),
        (rf"Terjadi kesalahan tak terduga \({V_LAZY}\): {V0}", lambda: QCoreApplication.translate(
            "ImportErrors", "Terjadi kesalahan tak terduga (%1): %2"), "vr"),  # a known text inside is translated
        (rf"Alamat basis data {V} tidak dapat dipakai: {V}", lambda: QCoreApplication.translate(
            "ImportErrors", "Alamat basis data %1 tidak dapat dipakai: %2"), "vr"),
        (rf"Basis data {V} tidak dapat dibuka: {V}", lambda: QCoreApplication.translate(
            "ImportErrors", "Basis data %1 tidak dapat dibuka: %2"), "vr"),
        # a field's message: 'Kode: Kode OPD wajib diisi' (last: the most general)
        (rf"([^:;']+): {V}", lambda: QCoreApplication.translate("ImportErrors", "%1: %2"), "fr"),
    ]
    return [(re.compile(pattern, re.DOTALL), template, kinds) for pattern, template, kinds in found]


def located_patterns() -> list[Pattern]:
    """Where a message is about, tried before any other pattern: a row problem as ``str(RowProblem)`` writes it
    ('file, baris 3, kolom Kode: …'), a line of a file ('file, baris 3: …') and a file ('file (lembar 'X'): …');
    the rest is translated as a reason of its own."""
    found: list[tuple[str, Callable[[], str], str]] = [
        (rf"{V_LAZY}, baris (\d+), kolom {V_LAZY}: {V}", lambda: QCoreApplication.translate(
            "ImportReasons", "%1, baris %2, kolom %3: %4"), "wvFr"),
        (rf"{V_LAZY}, baris (\d+): {V}", lambda: QCoreApplication.translate(
            "ImportReasons", "%1, baris %2: %3"), "wvr"),
        # the file: no ". " in it, which ends a sentence before it (a note on what the file really is)
        (rf"((?:(?!\. )[^:;])+?\.[A-Za-z0-9]{{2,5}}(?: \(lembar '[^']*'\))?): {V}", lambda: QCoreApplication.translate(
            "ImportErrors", "%1: %2"), "wr"),
    ]
    return [(re.compile(pattern, re.DOTALL), template, kinds) for pattern, template, kinds in found]
