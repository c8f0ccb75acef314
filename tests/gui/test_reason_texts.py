"""Import reasons, notes and errors in the display language (views/reason_texts.py).

The texts are what the code really produces: the two population corpora, the OPD registry files and a progress
file with bad rows are read once through dry-run imports (nothing stored) and every distinct reason, note,
problem message and refusal is collected; the f-strings the corpora do not reach are added as the code builds
them. In Indonesian each comes back byte for byte; in English none keeps an Indonesian word outside the values
it quotes, and every quoted value is kept exactly.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from importlib.util import find_spec
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from spi_desktop.domain.errors import InputError
from spi_desktop.domain.problems import RowProblem
from spi_desktop.services.database import open_database
from spi_desktop.services.population import import_population
from spi_desktop.services.population_intake_rows import IntakeRow
from spi_desktop.services.population_result import PopulationProblem
from spi_desktop.services.progress import import_progress, preview_progress
from spi_desktop.services.units import preview_units
from spi_desktop.views.errors import user_message
from spi_desktop.views.import_words import field_labels
from spi_desktop.views.language import install_language, remove_language
from spi_desktop.views.population.intake_words import IntakeWords
from spi_desktop.views.reason_texts import column_text, problem_text, reason_text
from tests.conftest import copy_sqlite, on_postgresql
from tests.support.population_corpus import CASES
from tests.support.population_corpus_more import CASES as MORE_CASES
from tests.support.population_corpus_more import UNIT_CASES

INDONESIAN = re.compile(r"\b(tidak|dan|atau|baris|kolom|sudah|dengan|yang|bukan|lembar|berkas|kosong|ditolak|"
                        r"dilewati|karena|lalu|harus|berisi|dibaca|diimpor|tersimpan|pilih|sebagai|dari)\b",
                        re.IGNORECASE)
QUOTED = re.compile(r"'[^']*'")
BRACKETED = re.compile(r"\([^()]*\)")
# named in quotes but worded in the window's language: an option of the wizard, the app's own field names
UI_WORDS = {"'semua lembar'", *(f"'{label}'" for label in field_labels())}

# f-strings of the importers and services that the corpora do not reach, as the code builds them
BUILT = [
    "Nomor HP '08123' bukan nomor", "Nomor HP '0812,5' bukan bilangan bulat", "Nomor HP kosong", "Email kosong",
    "Nomor HP '0812 3456 7890 12' diakhiri angka terpisah '12' yang bukan bagian nomor; nomornya tidak ditebak",
    "Nomor HP '0812-3456-(78)90' berisi tanda kurung di tengah atau di akhir nomor; nomornya tidak ditebak",
    "NIP '198702302010011001': 8 angka pertama (19870230) bukan tanggal lahir yang sah",
    "NIP '198701012010131001': bulan pengangkatan (13) harus 01–12",
    "NIP '198701012010013001': angka ke-15 (jenis kelamin) harus 1 atau 2",
    "OPD kosong", "Jabatan: galat rumus Excel '#N/A' dikosongkan",
    "No. HP +6281234567890 sudah tersimpan untuk tahun dan kelompok ini",
    "email dewi@gmail.com sama dengan berkas dinkes.xlsx, lembar 'Pegawai' baris 4",
    "NIP 198701012011011001 sama dengan berkas disdik.csv, baris 7",
    "No. HP yang sama sudah ada di kelompok Eksternal (pengguna layanan)",
    "Tanggal layanan di luar 1 Januari 2023 s.d. akhir masa survei",
    "Nama OPD paling panjang 200 karakter", "Nama OPD wajib diisi",
    "Kelompok 'umum' tidak dikenal; tulis internal, eksternal atau eksper",
    "Kelompok 'eksternal' berbeda dari kelompok yang dipilih (internal)",
    "Berkas tidak punya kolom kelompok; pilih kelompok responden untuk berkas ini", "Jumlah selesai kosong",
    "Kelompok eksper dihitung untuk instansi; kosongkan kode atau tulis INSTANSI",
    "Kode OPD kosong untuk kelompok internal", "OPD 'DINKES' tidak ikut SPI 2024",
    "DINKES internal sudah ada di baris 2",
    "kemajuan.csv, baris 3: jumlah selesai DINKES internal turun dari 60 ke 55",
    "Lembar 'Rekap' tidak punya kolom yang dipilih; kolomnya dikenali otomatis",
    "Lembar 'Lama' (12 baris) tidak punya kolom yang dipilih dan tidak dibaca; impor lembar itu sendiri",
    "Lembar tersembunyi '_spi_format' adalah penanda format kiriman SPI Desktop (tahun, kelompok, OPD), bukan "
    "daftar; tidak dibaca sebagai daftar",
    "Berkas data.csv tidak ditemukan", "daftar.xlsx: berkas kosong",
    "daftar.xlsx: berkas 60 MB terlalu besar (batas 50 MB); pecah per OPD lalu impor satu per satu",
    "daftar.xlsx tidak dapat dibaca: Permission denied (berkas sedang dibuka program lain?)",
    "daftar.pdfx: jenis berkas '.pdfx' tidak didukung; gunakan .xlsx, .xls, .ods, .csv atau .txt",
    "daftar.xlsx bukan lembar kerja maupun teks (isi biner yang tidak dikenal); buka di Excel atau LibreOffice lalu "
    "simpan sebagai Excel Workbook (.xlsx) atau CSV",
    "daftar.xml berisi XML yang bukan lembar kerja; buka di Excel atau LibreOffice lalu simpan sebagai Excel "
    "Workbook (.xlsx) atau CSV",
    "daftar.docx adalah dokumen Word/teks, bukan lembar kerja; salin tabelnya ke Excel lalu simpan sebagai .xlsx",
    "daftar.pptx adalah presentasi, bukan lembar kerja",
    "daftar.zip adalah arsip ZIP, bukan lembar kerja; ekstrak dulu lalu impor berkas di dalamnya",
    "daftar.doc adalah dokumen Word 97-2003, bukan lembar kerja; salin tabelnya ke Excel lalu simpan sebagai .xlsx",
    "daftar.xls: berkas Office lama yang bukan lembar kerja Excel; buka di Excel atau LibreOffice lalu simpan "
    "sebagai Excel Workbook (.xlsx) atau CSV",
    "daftar.xlsx dilindungi kata sandi; buka di Excel, hapus kata sandinya, simpan, lalu impor lagi",
    "daftar.xlsx tidak dapat dibuka: berkas rusak atau bukan lembar kerja Excel/ODS (terpotong saat diunduh?); "
    "minta OPD mengirim ulang",
    "daftar.csv: isi berkas tidak dapat dibaca sebagai teks (UTF-8)",
    "daftar.csv, baris 12: format CSV rusak (field larger than field limit)",
    "daftar.xlsx: lembar 'Pegawai' tidak ada; lembar yang ada: Sheet1, Sheet2", "daftar.xlsx tidak berisi lembar kerja",
    "daftar.csv, baris 3: isi tidak dapat dibaca sebagai UTF-16 walaupun berkas menandai dirinya UTF-16; simpan "
    "ulang sebagai CSV UTF-8",
    "daftar.csv, baris 9: byte 0x81 tidak dapat dibaca sebagai UTF-8, UTF-16, UTF-32 dan Windows-1252 (ANSI); "
    "simpan ulang berkas sebagai CSV UTF-8",
    "daftar.csv: baris judul tidak dapat dibaca sebagai CSV (unexpected end of data)",
    "daftar.csv: isi CSV rusak (unexpected end of data)",
    "daftar.xlsx (lembar 'Pegawai'): baris judul kolom tidak ditemukan di 30 baris pertama. Kolom yang wajib ada: "
    "Nama, No. HP",
    "daftar.xlsx (lembar 'Pegawai'): kolom 'Nama' tidak ditemukan (baris judul 1 berisi: No. HP, Email). Nama "
    "kolom yang dikenali untuk 'Nama': Nama Lengkap, Nama Pegawai",
    "Isian 'hp' tidak dikenal untuk kelompok ini; isian yang ada: name (Nama), phone (No. HP)",
    "daftar.xlsx: kolom 'Telp' yang dipilih untuk No. HP tidak ada di baris judul 2; kolom yang ada: Nama, HP",
    "daftar.xlsx: kolom 'Nama' wajib dipetakan ke salah satu kolom berkas",
    "daftar.xlsx (lembar 'Pegawai'): kolom Nama tidak ditemukan (baris judul 1 berisi: HP); minimal kolom Nama dan "
    "salah satu dari No. HP atau Email wajib ada",
    "daftar.csv: kolom No. HP maupun Email tidak ditemukan (baris judul 1); minimal salah satu wajib ada",
    "daftar.csv: kolom 'Perangkat Daerah' (atau OPD) tidak ditemukan; tambahkan kolom itu atau pilih satu OPD untuk "
    "seluruh berkas",
    "Kelompok 'umum' tidak dikenal; pilih internal, external, expert",
    "daftar.xlsx berubah sejak pratinjau; periksa ulang sebelum mengimpor",
    "Daftar populasi tahun ini sedang terus diubah oleh proses lain; coba impor lagi sebentar lagi",
    "Impor nomor 12 tidak ada", "Impor nomor 12 sudah dibatalkan pada 1 Desember 2026 pukul 19.45 WIB",
    "Preset pemetaan 'SIMPEG' untuk kelompok internal tidak ada; yang ada: BKD, Dinkes", "Nama preset wajib diisi",
    "OPD dengan kode XYZ tidak ada", "Kode DINKES sudah dipakai oleh Dinas Kesehatan",
    "Data OPD belum benar:\n- Kode: Kode OPD wajib diisi\n- No. HP PIC: Nomor HP '0274-512345' bukan nomor seluler "
    "(WhatsApp)",
    "Tanggal 1 Desember 2024 di luar masa survei 2024 (1 Juli 2024 s.d. 31 Oktober 2024)",
    "Sudah ada data kemajuan tanggal 1 Agustus 2024; pilih ganti (--replace) atau simpan keduanya (--keep-both). "
    "Tidak ada yang diubah.",
    "Tidak ada baris yang dapat disimpan; tidak ada yang diubah.\n- kemajuan.csv, baris 2, kolom Kode: OPD 'ENTAH' "
    "tidak dikenal",
    # targets and official results (importers/targets.py, importers/results.py)
    "Target kosong; isi angkanya (target yang ditetapkan dihapus di layar Target)",
    "Target tidak disimpan:\n- target.csv, baris 4, kolom Kelompok: Kelompok 'umum' tidak dikenal; tulis internal, "
    "eksternal atau eksper",
    "'7x' bukan angka", "'31-31-2025' bukan tanggal (tulis 2025-12-09 atau 09-12-2025)",
    "Tahun '20x4' bukan angka tahun", "Indeks SPI 120 di luar 0–100",
    "F (tanpa judul)", "Rekap 2023 (tersembunyi)",  # the OPD import's columns and sheets it did not read
    # the batch intake
    "Berkas kunci Excel: 'daftar.xlsx' mungkin masih dibuka di Excel; tutup berkas itu lalu impor lagi",
    "Berkas tersembunyi, tidak dibaca sebagai daftar", "Arsip .zip di dalam arsip: ekstrak dulu lalu impor lagi",
    "Bukan lembar kerja (xlsx, xls, ods atau csv)", "Jalur di dalam arsip keluar dari arsip; tidak diekstrak",
    "Arsip .zip rusak atau berkata sandi", "Arsip .zip tidak dapat dibaca (mungkin sedang dibuka program lain)",
    "Tidak diikutkan, sesuai pilihan Anda",
    "Berkas ini masih dibuka di Excel (ada berkas kunci ~$daftar.xlsx); yang dibaca adalah isi yang terakhir disimpan",
    "Format ini dibuat oleh ruang kerja SPI Desktop lain, bukan ruang kerja ini; minta OPD mengisi format yang dikirim "
    "dari ruang kerja ini",
    "daftar.xlsx tidak dapat dibaca sebagai lembar kerja; mungkin rusak. Buka dan simpan ulang di Excel, lalu impor "
    "lagi",
    "Berkas ini tampak seperti format kiriman, tetapi penandanya tidak ada (mungkin terhapus); OPD dan kelompoknya "
    "dikenali dari kolom dan nama berkas",
    "Berkas memuat baris untuk 3 OPD; tiap baris masuk OPD yang tertulis di kolom OPD-nya",
    "Folder laporan masalah /data/laporan tidak ada",
    # services/errors.py user_message
    "Sebagian data baru saja diubah pengguna lain, jadi tidak ada yang disimpan. Muat ulang data terbaru lalu ulangi.",
    "Basis data sedang dipakai proses lain (terkunci). Tunggu sebentar lalu coba lagi.",
    "Jenis basis data ini tidak didukung atau drivernya belum terpasang (No module named 'psycopg')",
    "Basis data menolak perintah: permission denied for table unit",
    "Berkas tidak dapat dipakai (laporan.xlsx): Permission denied",
    "Terjadi kesalahan tak terduga (KeyError): 'x'",
]


@pytest.fixture(params=["id", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    assert install_language(qapp, request.param) is not None
    try:
        yield request.param
    finally:
        remove_language(qapp)


def _dry_run(database: object, path: Path, group: str, options: tuple[str, ...]) -> list[str]:
    kwargs: dict[str, object] = {"all_sheets": "--all-sheets" in options}
    for flag, key in (("--unit", "unit_code"), ("--sheet", "sheet")):
        if flag in options:
            kwargs[key] = options[options.index(flag) + 1]
    try:
        result = import_population(database, path, 2024, group, dry_run=True, **kwargs)  # type: ignore[arg-type]
    except InputError as error:
        return [str(error)]
    return [*result.notes, *(str(problem.message) for problem in result.iter_problems())]


@pytest.fixture(scope="module")
def produced(tmp_path_factory: pytest.TempPathFactory, demo_template: str) -> dict[str, str]:
    """Every distinct text the corpora, the OPD files and a progress file make the imports say -> its source."""
    if on_postgresql():
        pytest.skip("the texts do not depend on the database; collected once on SQLite")
    folder = tmp_path_factory.mktemp("reasons")
    copy_sqlite(Path(demo_template), folder / "demo.sqlite")
    database = open_database(folder / "demo.sqlite")
    texts: dict[str, str] = {}
    try:
        for case in (*CASES, *MORE_CASES):
            if any(find_spec(module) is None for module in case.needs):
                continue
            here = folder / case.id
            here.mkdir()
            path, _expected = case.build(here)
            for text in _dry_run(database, path, case.group, case.options):
                texts.setdefault(text, case.id)
        for unit_case in UNIT_CASES:
            here = folder / unit_case.id
            here.mkdir()
            path, _unit_expected = unit_case.builder(here)
            preview = preview_units(database, path)
            for problem in (*preview.problems, *preview.warnings):
                texts.setdefault(problem.message, unit_case.id)
                texts.setdefault(str(problem), unit_case.id)
        progress = folder / "kemajuan.csv"
        progress.write_text("Kode;Kelompok;Diundang;Mulai;Selesai\nDINKES;internal;100;20;60\n"
                            "DINKES;eksternal;50;5;-3\nENTAH;internal;10;0;5\nDINKES;internal;10;0;5\n"
                            "RSUD;kelompok aneh;1;0;1\nDISDIK;eksternal;10;2;12\n;eksper;40;0;30\n", encoding="utf-8")
        checked = preview_progress(database, progress, 2024, dt.date(2024, 8, 1))
        for problem in checked.problems:
            texts.setdefault(problem.message, "progress")
            texts.setdefault(str(problem), "progress")
        for day in (dt.date(2024, 8, 1), dt.date(2024, 12, 1)):
            try:
                import_progress(database, progress, 2024, day)
            except InputError as error:
                texts.setdefault(str(error), "progress")
    finally:
        database.close()
    for text in BUILT:
        texts.setdefault(text, "built")
    return texts


def _outside_values(text: str) -> str:
    """``text`` without what it quotes or brackets: the values (names, headers, phones) stay as written."""
    text = QUOTED.sub("", text)
    while BRACKETED.search(text):
        text = BRACKETED.sub("", text)
    return text


def test_every_reason_and_note_the_imports_produce_reads_in_the_window_language(
        language: str, produced: dict[str, str]) -> None:
    assert len(produced) > 300, "the corpora produce several hundred distinct texts"
    for text, source in produced.items():
        shown = reason_text(text)
        if language == "id":
            assert shown == text, (source, text)
            continue
        assert not INDONESIAN.search(_outside_values(shown)), (source, text, shown)
        for value in set(QUOTED.findall(text)) - UI_WORDS:
            assert value in shown, (source, value, shown)


def test_problem_lines_columns_and_unknown_texts(language: str) -> None:
    problem = RowProblem("opd.xlsx (lembar 'OPD')", 4, "No. HP PIC", "Kode OPD wajib diisi")
    expected = {"id": str(problem), "en": "opd.xlsx (sheet 'OPD'), row 4, column PIC mobile no.: The OPD code is "
                                          "required"}
    assert problem_text(problem) == expected[language]
    assert column_text("No. HP / Email") == {"id": "No. HP / Email", "en": "Mobile no. / Email"}[language]
    assert column_text("(kolom C)") == {"id": "(kolom C)", "en": "(column C)"}[language]
    # a text nobody catalogued is shown as it is, the known parts around it translated
    mixed = "Sesuatu yang baru; Nama kosong"
    assert reason_text(mixed) == {"id": mixed, "en": "Sesuatu yang baru; Name is empty"}[language]
    assert reason_text("") == ""


def test_error_boxes_and_the_intake_details_speak_the_window_language(language: str) -> None:
    error = InputError("pengguna_kosong.csv: tidak ada baris data di bawah judul kolom (baris 1); tidak ada yang "
                       "disimpan")
    assert user_message(error) == {
        "id": str(error),
        "en": "pengguna_kosong.csv: no data rows below the column headings (row 1); nothing was saved"}[language]
    row = IntakeRow("dinkes.xlsx", "DINKES", "Dinas Kesehatan", "internal", "marker", "refused",
                    reason="dinkes.xlsx dilindungi kata sandi; buka di Excel, hapus kata sandinya, simpan, lalu "
                           "impor lagi",
                    notes=["Lembar tersembunyi tidak dibaca: '2023' (1 baris)"],
                    problems=[PopulationProblem("dinkes.xlsx", 5, "No. HP / Email", "Tidak ada No. HP atau email "
                                                "yang sah", value="-", kind="ditolak", name="Ani")])
    details = IntakeWords().details(row)
    if language == "id":
        for text in (row.reason, row.notes[0], "Tidak ada No. HP atau email yang sah"):
            assert text is not None and text in details
    else:
        assert "dinkes.xlsx is password-protected; open it in Excel, remove the password, save, then import again" \
            in details
        assert "Hidden sheets not read: '2023' (1 row)" in details
        assert "Mobile no. / Email" in details and "No valid mobile number or email" in details


def test_the_wizard_preview_shows_reasons_and_columns_in_english(qtbot, main_window, qapp: QApplication,  # type: ignore[no-untyped-def]
                                                                 tmp_path: Path) -> None:
    from tests.support.population_files import internal_xlsx

    main_window.year_box.setCurrentIndex(main_window.year_box.findData(2024))
    path, _expected = internal_xlsx(tmp_path)
    install_language(qapp, "en")
    try:
        wizard = main_window.population.open_wizard()
        job = wizard.file_page.set_file(path)
        qtbot.waitUntil(lambda: job.done, timeout=30_000)
        wizard.next()
        wizard.next()
        preview = wizard.preview_page
        qtbot.waitUntil(preview.isComplete, timeout=30_000)
        model = preview.problems
        assert model.rowCount() > 0
        columns, reasons = ([str(model.data(model.index(row, column))) for row in range(model.rowCount())]
                            for column in (3, 5))
        written = [model.row_at(row).message for row in range(model.rowCount())]
        assert reasons != written, "the reasons are shown translated, the result keeps them as written"
        for shown in (*columns, *reasons):
            assert not INDONESIAN.search(_outside_values(shown)), shown
    finally:
        remove_language(qapp)
