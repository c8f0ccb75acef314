"""Sample values for the expressions of the program's error messages (tests/gui/test_service_errors_english.py).

``SAMPLES`` maps an expression as the code writes it (``ast.unparse``), or ``module:expression`` where one name
means different things in different modules, to the value put in its place: a plain string is a value (a name,
a number, a file) that must reach the English text exactly; a ``Reason`` is Indonesian text of its own (a
nested message, a list of problems) that is translated in turn, with what it must read as in English (None: not
checked beyond "no Indonesian"). ``BUILT_ELSEWHERE`` holds, per ``module:expression``, the texts a message
built outside the ``raise`` can be, as the code builds them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Reason:
    """Indonesian text inside a message, translated on its own."""

    text: str
    english: str | None = None


Sample = str | Reason

NOTE = Reason("daftar.xls sebenarnya berisi teks berpemisah (CSV), bukan .xls; dibaca sebagai teks berpemisah (CSV)")
PROBLEM = Reason("Kode OPD wajib diisi", "The OPD code is required")
PASSWORD = Reason("Kata sandi minimal 10 karakter", "10")
SAMPLES: dict[str, Sample] = {
    # the importers (their messages were catalogued with the imports: views/error_catalogue.py)
    "table.where()": Reason("daftar.xlsx (lembar 'Pegawai')", "daftar.xlsx (sheet 'Pegawai')"),
    "table.note": NOTE, "HEADER_SEARCH_ROWS": "30", "expected": "Nama, No. HP", "spec.label": Reason("Nama"),
    "header.row_index + 1": "1", "present": "No. HP, Email", "names": "Nama Lengkap, Nama Pegawai",
    "path.name": "daftar.xlsx", "path": "/data/daftar.xlsx", "SAVE_PROPERLY": Reason(
        "buka di Excel atau LibreOffice lalu simpan sebagai Excel Workbook (.xlsx) atau CSV"),
    "size / 1024 / 1024:f'.0f'": "60", "MAX_FILE_BYTES // 1024 // 1024": "50", "suffix or '(tanpa akhiran)'": ".pdfx",
    "error.strerror": "Permission denied", "line": "12", "unknown[0]": "hp",
    "', '.join((f'{spec.key} ({spec.label})' for spec in specs))": "name (Nama), phone (No. HP)",
    "where": Reason("daftar.xlsx"), "choice": "Telp", "label": Reason("No. HP"), "name": "daftar.xlsx",
    "listed": Reason("'Lama' (12 baris)", "'Lama' (12 rows)"), "hidden[0].name": "Lama", "best.name": "Pegawai",
    "missing": Reason("Nama"), "decoded.encoding": "UTF-8", "gated.note": NOTE,
    "importers/population_text.py:error": "unexpected end of data", "known": "Indeks SPI",
    "len(missing)": "3", "questionnaire.file_name": "peta.json", "shown": "'Q1'; 'Q2'", "index + 1": "2",
    "wanted[key]": "Q1",
    "message": Reason("nilai min dan max skala harus angka", "the scale's min and max must be numbers"),
    "error.lineno": "4",
    "error.msg": "Expecting value", "reader.line_num": "12", "number": "9", "byte:f'02X'": "81",
    "TRIED": Reason("UTF-8, UTF-16, UTF-32 dan Windows-1252 (ANSI)"),
    "importers/table_reader.py:error": "field larger than field limit",
    "importers/survey_map.py:error": "Permission denied",
    "importers/results.py:names": "F 'Skor'", "importers/results.py:known": "Indeks SPI, Nilai Elemen",
    # reports
    "reports/files.py:path": "/data/laporan.xlsx", "error.strerror or error": "Permission denied",
    "suffix or path.name": ".docx",
    # access and accounts
    "actor.name": "budi", "actor.role.label": "Viewer", "PERMISSION_VERBS[permission]": Reason(
        "mengekspor data", "export data"), "holders": Reason("Admin atau Operator", "Admin or Operator"),
    "'; '.join(problems)": PASSWORD, "services/accounts.py:name": "Budi S",
    "services/preferences.py:'; '.join(problems)": Reason("Penanda tidak dikenal: {kode}",
                                                          "Unknown placeholders: {kode}"),
    "folded": "budi",
    # action plans
    "services/action_plans.py:'\\n- '.join(problems)": Reason("Isi rekomendasi wajib diisi"),
    "source": "/data/lampiran.pdf", "source.name": "lampiran.pdf", "edit.recommendation_id": "12", "edit.id": "34",
    "code": "DINKES", "action_id": "34",
    # backups
    "services/backup.py:path.name": "spi-2026.spibak", "services/backup_file.py:path.name": "spi-2026.spibak",
    "header.schema_revision": "0042", "revision": "0042", "file.name": "spi-2026.spibak",
    "header.created_at": "2026-12-01T09:30:00", "reason": Reason(
        "Berkas tidak dapat dipakai (spi.sqlite): Permission denied", "spi.sqlite"),
    "services/backup.py:error": "file is not a database", "MAX_KEEP": "30", "out": "/data/spi-2026.spibak",
    "services/backup_auto.py:error": "disk I/O error", "services/backup_auto.py:source": "/data/spi.sqlite",
    "folder": "/data/backups", "MIN_PASSPHRASE": "8",
    "why": Reason("isi tidak cocok dengan checksum-nya", "the contents do not match their checksum"),
    "format_int(size)": "1.024", "format_int(expected)": "4.096", "values['format']": "3",
    # collection kit and sending
    "year": "2026", "out_dir": "/data/kit", "services/collection_kit.py:shown": "DINKES.xlsx",
    "services/collection_sending.py:shown": "DINKES", "', '.join(missing)": "DINKES, DISDIK",
    "len(value)": "600", "RETURN_LIMIT": "500", "via": "pos", "', '.join(SENDING_WAYS)": "email, whatsapp",
    "wrong[0]": "expert", "', '.join(OPD_GROUPS)": "internal, external", "unit_code": "DINKES",
    # connection and database
    "self.sslmode": "strict", "services/connection.py:path": "/home/budi/.config/spi/connection.json",
    "services/connection.py:error": "No recommended backend was available",
    "_safe(url)": "postgresql://budi@server/spi", "database.describe()": "/data/spi.sqlite",
    "user_message(error)": Reason("Basis data menolak perintah: permission denied for table unit",
                                  "permission denied for table unit"),
    "description": "postgresql://budi@server/spi2", "', '.join(filled[:4])": "unit, survey_year",
    "', '.join(differ)": "unit (12 → 11)",
    # demo, estimates
    "services/demo_guard.py:path.name": "training.sqlite",
    "', '.join(unknown)": "umum", "', '.join(GROUPS)": "internal, external, expert", "year.year": "2026",
    "format_decimal(correction)": "120,5", "parsed.file_name": "jawaban.csv", "parsed.read": "40",
    "len(parsed.problems)": "40", "first": Reason(" Contoh masalah: jawaban.csv, baris 2: '7x' bukan angka", "7x"),
    # population
    "group": "umum", "batch_id": "12", "format_moment(batch.undone_at)": Reason(
        "1 Desember 2026 pukul 19.45 WIB", "1 December 2026 at 19.45 WIB"),
    "mapped.where()": Reason("daftar.xlsx (lembar 'Pegawai')", "daftar.xlsx (sheet 'Pegawai')"),
    "mapped.header.row_index + 1": "1", "told": Reason(" (12 baris dilewati karena bukan responden)"),
    "phone_format": "+62 8xx", "', '.join(PHONE_FORMATS)": "08xx, 628xx", "name[:1].upper()": "E",
    "name[1:]": "xternal", "earlier": "hapus", "', '.join(EARLIER_CHOICES)": "keep, replace",
    "problems_dir": "/data/laporan", "services/population_problems.py:out": "/data/laporan/masalah.xlsx",
    "out.parent": "/data/laporan", "preset": "SIMPEG", "services/population_setup.py:group": "internal",
    "services/population_setup.py:known": "BKD, Dinkes", "pair": "telp", "key": "telp",
    "', '.join(sorted(fields))": "name, phone", "services/population_submissions.py:group": "expert",
    # privacy, progress, targets
    "when": "2026-12-01", "purged.get('by', '?')": "budi", "format_date(window_end)": Reason(
        "31 Oktober 2026", "31 October 2026"), "str(purged.get('at', ''))[:10]": "2026-12-01",
    "format_date(date)": Reason("1 Desember 2026", "1 December 2026"),
    "format_date(settings.window_start)": Reason("1 Juli 2026", "1 July 2026"),
    "format_date(settings.window_end)": Reason("31 Oktober 2026", "31 October 2026"),
    "'\\n- '.join((str(p) for p in result.problems[:10]))": Reason(
        "kemajuan.csv, baris 2, kolom Kode: OPD 'ENTAH' tidak dikenal"),
    "services/progress_history.py:code": "DINKES", "snapshot_id": "7",
    "'\\n- '.join((str(p) for p in parsed.problems[:15]))": Reason(
        "target.csv, baris 4, kolom Kelompok: Kelompok 'umum' tidak dikenal; tulis internal, eksternal atau eksper"),
    "services/progress_targets.py:'\\n- '.join(shown)": Reason("Target kosong; isi angkanya (target yang ditetapkan "
                                                               "dihapus di layar Target)"),
    # recommendation catalogue, exports, results, scorecards
    "from_year": "2027", "', '.join((str(year) for year in years))": "2024, 2026", "element_code": "X9",
    "tier": "emas", "', '.join(TIERS)": "basic, advanced", "MAX_EDITED_LENGTH": "2.000", "len(cleaned)": "2.345",
    "holds": Reason("nama dan No. HP PIC", "the PICs' names and mobile numbers"),
    "', '.join(result.conflicts[:10])": "DINKES 2026, DISDIK 2026",
    "code or 'INSTANSI'": "DINKES", "entry.year": "2026", "services/results_read.py:code": "XYZ",
    "services/results.py:'\\n- '.join(problems)": Reason(  # a pattern's value must not swallow the lines above
        "'7x' bukan angka\n- Indeks SPI 120 di luar 0–100", "SPI index 120 is outside 0–100"),
    "services/scorecards.py:', '.join(missing)": "DINKES, DISDIK",
    # training
    "training": "/data/spi.sqlite", "services/training.py:path": "/data/spi-real.sqlite", "slide_id": "s12",
    "'\\n- '.join(dict.fromkeys(problems))": Reason("Judul salindia wajib diisi"),
    # units, workspace, years
    "lines": Reason("- Kode: Kode OPD wajib diisi", "- Code: The OPD code is required"),
    "cleaned.code": "DINKES", "clash.name": "Dinas Kesehatan", "original_code": "DINKES",
    "services/workspace.py:'\\n- '.join(problems)": Reason("Nama instansi wajib diisi"),
    "services/workspace.py:path.name": "logo.bmp", "services/workspace.py:path": "/data/logo.png",
    "services/years.py:'\\n- '.join(problems)": Reason("Akhir masa survei tidak boleh sebelum awalnya"),
    "services/units.py:code": "XYZ", "services/units.py:path": "/data/opd.xlsx",
    # the problems the domain and the services list in a refusal ("…belum benar:\n- …")
    "band.label": "Baik", "band.lower": "120", "band.colour": "merah", "domain/bands.py:number": "2",
    "MIN_LENGTH": "10",
    "', '.join(('{' + name + '}' for name in unknown))": "{kode}", "', '.join(('{' + name + '}' for name in names))":
        "{opd}, {tahun}", "example": Reason("{opd}, bukan {opd:>10} atau {opd!r}", "{opd}, not {opd:>10} or {opd!r}"),
    "self.year": "1999", "sum(known):f'g'": "0.9", "domain/survey_year.py:name": Reason("national_index"),
    "domain/survey_year.py:group": "internal", "domain/survey_year.py:label": Reason(
        "masa kerja minimal di instansi", "minimum years of service at the institution"),
    "digits": "198702302010011001", "digits[:8]": "19870230", "digits[12:14]": "13", "edit.status": "tunda",
    "services/progress_targets.py:where": "DINKES internal", "edit.group": "umum", "edit.sample_target": "120",
    "edit.population_sent": "100", "edit.code": "XYZ", "entry.code": "XYZ",
    # the other errors raised with a text (ValueError, …) that a service passes on or lists
    "db/migrate.py:before": "0042", "domain/formatting.py:text": "7x", "domain/institution.py:value": "desa",
    "allowed": "provinsi, kabupaten, kota", "', '.join(SIZE_GROUPS)": "kecil, sedang, besar",
    "domain/roles.py:value": "pemilik", "value:f'g'": "7", "scale.text()": "1–4", "self.low:f'g'": "4",
    "self.high:f'g'": "1", "importers/results.py:text": "7x", "importers/survey_answers.py:text": "Sangat",
    "question.scale.text()": "1–4", "importers/survey_answers.py:known": "'Setuju', 'Tidak setuju'",
    "band_position": "3", "band_count - 1": "2",
    # the texts handed to a helper that makes an error of them (importers/survey_map.py _fail, …)
    "importers/survey_map.py:where": Reason("peta.json, pertanyaan ke-2 (kolom 'Q2')",
                                            "peta.json, question 2 (column 'Q2')"),
    "importers/survey_map.py:name": "peta.json", "importers/survey_map.py:value": "Q9",
    "importers/survey_map.py:key": "column", "item.get('element')": "X9",
    "importers/survey_map.py:known": "PBJ, SDM", "', '.join(twice)": "Q1, Q2",
    "', '.join(SUBINDEX_METHODS)": "mean, weighted", "importers/survey_map.py:str(error)": Reason(
        "Skala 4–1 tidak sah: nilai terendah harus di bawah tertinggi", "4–1"),
    "out.name": "jejak.docx",
}

RELOAD = "Perubahan Anda belum disimpan: muat ulang data terbaru, lalu ulangi perubahan Anda bila masih perlu."
BUILT_ELSEWHERE: dict[str, list[str]] = {
    "importers/population_sheets.py:missing_sheet(path.name, sheet, names)": [
        "daftar.xlsx: lembar 'Pegawai' tidak ada; lembar yang ada: Sheet1, Sheet2"],
    "importers/table_reader.py:missing_sheet(path.name, sheet, names)": [
        "daftar.xlsx: lembar 'Pegawai' tidak ada; lembar yang ada: Sheet1, Sheet2"],
    "reports/sheets.py:message": [  # services/audit_export.py and services/population_export.py
        "jejak.docx: ekspor jejak audit hanya ke .xlsx atau .csv", "daftar.docx: ekspor hanya ke .xlsx atau .csv"],
    "services/accounts.py:message": [  # sign_in: WRONG, the lock-outs and a disabled account
        "Nama pengguna atau kata sandi salah",
        "Nama pengguna atau kata sandi salah. Setelah 5 kali gagal, akun budi dikunci sampai 14.35 WIB",
        "Akun budi terkunci sampai 14.35 WIB; coba lagi nanti", "Akun budi dinonaktifkan; hubungi Admin"],
    "services/backup_file.py:WRONG_PASSPHRASE": ["Frasa sandi salah atau berkas cadangan telah diubah"],
    "services/database.py:str(error)": [  # db/migrate.py SchemaTooNewError
        "Basis data ini dibuat oleh versi SPI Desktop yang lebih baru (skema 0042). Perbarui aplikasi sebelum "
        "membukanya."],
    "services/concurrency.py:conflict": [  # conflict_message, as every ``what`` of the services builds it
        f"{what} {done} setelah Anda membukanya. {RELOAD}" for what, done in (
            ("OPD DINKES", "sudah diubah oleh budi pukul 14.05 WIB"),
            ("Hasil SPI DINKES 2026", "sudah diubah oleh pengguna lain pada 1 Desember 2026 pukul 19.45 WIB"),
            ("Data instansi", "sudah dihapus oleh pengguna lain"),
            ("Kegiatan rencana aksi 34", "sudah diubah oleh budi"),
            ("Pengaturan tahun survei 2026", "sudah diubah oleh pengguna lain pukul 14.05 WIB"),
            ("Target sampel 2026", "sudah diubah oleh budi pada 30 November 2026 pukul 08.00 WIB"),
            ("Target DINKES internal", "sudah diubah oleh pengguna lain"))],
    "domain/survey_year.py:missing_dates": [  # SurveyYear.missing_dates: the dates a year needs
        "Masa survei mulai wajib diisi", "Masa survei selesai wajib diisi", "Batas data populasi wajib diisi"],
    "domain/bands.py:band_problems": ["Minimal satu kategori nilai diperlukan"],
    "services/errors.py:user_message": [  # services/errors.py user_message's own sentences
        "Sebagian data baru saja diubah pengguna lain, jadi tidak ada yang disimpan. Muat ulang data terbaru lalu "
        "ulangi.",
        "Basis data sedang dipakai proses lain (terkunci). Tunggu sebentar lalu coba lagi.",
        "Jenis basis data ini tidak didukung atau drivernya belum terpasang (No module named 'psycopg')",
        "Basis data menolak perintah: permission denied for table unit",
        "Kesalahan basis data: ArgumentError: bad URL",
        "Berkas tidak dapat dipakai (laporan.xlsx): Permission denied",
        "Berkas tidak dapat dipakai: Permission denied",
        "Terjadi kesalahan tak terduga (KeyError): 'x'",
        "Terjadi kesalahan tak terduga (ValueError): Posisi kategori 3 di luar 0–2",
        "Ruang kerja ini sudah ditutup (misalnya karena data pelatihan sedang direset), jadi pekerjaan ini "
        "dihentikan. Buka lagi ruang kerjanya lalu ulangi."],
}
# the texts above that no single raise builds, each sampled as a whole
FIXED_TEXTS = ("services/concurrency.py:conflict", "services/errors.py:user_message",
               "domain/survey_year.py:missing_dates", "domain/bands.py:band_problems")
