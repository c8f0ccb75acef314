"""The refusals of the survey's own work: years, OPDs, collection, population, results, training (see
service_error_catalogue)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

WORK_ERRORS: list[tuple[object, str]] = [  # QT_TRANSLATE_NOOP returns the text (its stub says object)
    # conflicts (services/concurrency.py conflict_message) and what they are about;
    # "another user" first, "pada" (a day and its time) before "pukul"
    (QT_TRANSLATE_NOOP("ServiceErrors", "%1 sudah diubah oleh pengguna lain pada %2 setelah Anda membukanya"), "rd"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "%1 sudah diubah oleh pengguna lain pukul %2 setelah Anda membukanya"), "rd"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "%1 sudah diubah oleh pengguna lain setelah Anda membukanya"), "r"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "%1 sudah dihapus oleh pengguna lain setelah Anda membukanya"), "r"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "%1 sudah diubah oleh %2 pada %3 setelah Anda membukanya"), "rvd"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "%1 sudah diubah oleh %2 pukul %3 setelah Anda membukanya"), "rvd"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "%1 sudah diubah oleh %2 setelah Anda membukanya"), "rv"),
    (QT_TRANSLATE_NOOP(
        "ServiceErrors", "Perubahan Anda belum disimpan: muat ulang data terbaru, lalu ulangi perubahan "
        "Anda bila masih perlu."), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Hasil SPI %1 %2"), "ii"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Data instansi"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Kegiatan rencana aksi %1"), "i"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Pengaturan tahun survei %1"), "i"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Target sampel %1"), "i"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Target %1 %2"), "ii"),
    # typed numbers (domain/formatting.py parse_decimal, parse_count), shown by the forms
    (QT_TRANSLATE_NOOP("ServiceErrors", "Angka kosong"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "'%1' bukan angka yang jelas (koma dan titik bercampur)"), "a"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "'%1' bukan bilangan bulat tidak negatif"), "a"),
    # years, workspace, units (services/years.py, workspace.py, units.py)
    (QT_TRANSLATE_NOOP("ServiceErrors", "Tahun survei %1 belum ada di ruang kerja ini"), "v"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Pengaturan tahun survei %1 belum benar:"), "v"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Tahun survei %1 sudah ada"), "v"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Belum ada tahun survei yang dapat disalin"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Tahun survei %1 belum dapat ditambahkan:"), "v"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Ruang kerja belum punya tahun survei"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Akhir masa survei tidak boleh sebelum awalnya"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Data instansi belum benar:"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Nama instansi wajib diisi"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Logo %1 terlalu besar (maksimal 2 MB)"), "v"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Logo %1 tidak dapat dibaca: %2"), "vv"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Data OPD belum benar:"), ""),
    # action plans, recommendations (services/action_plans.py, recommendation_catalogue.py)
    (QT_TRANSLATE_NOOP("ServiceErrors", "Isi rekomendasi wajib diisi"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Rencana aksi belum benar:"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "%1 terlalu besar (maksimal 50 MB)"), "v"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Rekomendasi %1 tidak ada"), "v"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Kegiatan %1 tidak ada (mungkin sudah dihapus)"), "v"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Kegiatan %1 tidak ada"), "v"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Versi katalog mulai tahun %1 tidak ada (yang ada: %2)"), "vv"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Kode elemen '%1' tidak dikenal"), "a"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Tingkat rekomendasi '%1' tidak dikenal (pilih: %2)"), "av"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Teks rekomendasi tidak boleh kosong"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "gunakan 'kembalikan bawaan' untuk teks semula"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Teks rekomendasi paling panjang %1 karakter (sekarang %2)"), "vv"),
    # collection kit and sending (services/collection_kit.py, collection_sending.py)
    (QT_TRANSLATE_NOOP("ServiceErrors", "Data instansi belum diisi"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "isi dulu di Pengaturan › Instansi"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Daftar eksper milik instansi, bukan per OPD: tulis tanpa kode OPD"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Belum ada OPD yang ikut SPI %1"), "v"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "tandai OPD-nya di halaman OPD"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Folder %1 sudah berisi %2"), "vv"),
    (QT_TRANSLATE_NOOP(
        "ServiceErrors", "pilih folder lain atau pindahkan berkas itu dulu (berkas yang sudah diisi OPD "
        "tidak ditimpa)"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "pilih folder lain atau pindahkan folder itu dulu (isinya tidak ditimpa)"), ""),
    (QT_TRANSLATE_NOOP(
        "ServiceErrors", "Alamat pengiriman kembali terlalu panjang (%1 karakter, paling banyak %2)"), "vv"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Cara kirim '%1' tidak dikenal"), "a"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "pilih %1"), "l"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Pilih paling sedikit satu kelompok: internal atau external"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Kelompok '%1' tidak dikirim per OPD"), "a"),
    # estimates (services/estimate.py)
    (QT_TRANSLATE_NOOP("ServiceErrors", "Bobot untuk kelompok tidak dikenal: %1"), "v"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "pakai %1"), "l"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Bobot kelompok %1 untuk tahun %2 belum diketahui"), "vv"),
    (QT_TRANSLATE_NOOP(
        "ServiceErrors", "Isi bobot di Pengaturan › Tahun survei, atau berikan bobot untuk estimasi ini."), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Bobot tidak boleh negatif dan jumlahnya harus lebih dari 0"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Faktor koreksi %1 harus antara 0 dan 100 poin"), "v"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "tidak ada jawaban yang dapat dihitung (%1 baris dibaca, %2 masalah)"), "vv"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Contoh masalah: %1"), "r"),
    # population (services/population*.py)
    (QT_TRANSLATE_NOOP("ServiceErrors", "tidak ada baris data di bawah judul kolom (baris %1) (%2)"), "vr"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "%1 baris dilewati karena bukan responden"), "v"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Templat ekspor %1: format nomor '%2' tidak dikenal"), "va"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Belum ada responden kelompok %1 tahun %2 untuk diekspor"), "vv"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "tidak ada berkas yang ditulis."), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Alasan ekspor data pribadi wajib diisi"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Pilihan '%1' tidak dikenal"), "a"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "%1 tidak dapat ditulis: folder %2 tidak ada"), "vv"),
    (QT_TRANSLATE_NOOP("ServiceErrors", '--map \'%1\': tulis ISIAN=JUDUL, mis. --map phone="No. HP (WhatsApp)"'), "a"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "--map '%1': isian '%2' tidak dikenal untuk kelompok %3"), "aav"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Impor nomor %1 yang akan diganti tidak lagi tersimpan"), "v"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "periksa ulang berkasnya"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Kelompok '%1' tidak dilacak per OPD"), "a"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Daftar %1 %2 tahun %3 belum diterima"), "vvv"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "belum dapat divalidasi"), ""),
    # preferences, privacy, progress (services/preferences.py, privacy.py, progress*.py)
    (QT_TRANSLATE_NOOP("ServiceErrors", "Batas lampu harus: 0 % < batas merah < batas hijau ≤ 200 %"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Templat pengingat belum benar: %1"), "r"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Penanda tidak dikenal: %1"), "v"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Yang dapat dipakai: %1"), "v"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Penanda ditulis tanpa tambahan, misalnya %1"), "v"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Data pribadi populasi %1 sudah dihapus (%2 oleh %3)"), "vvv"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "tahun itu tidak menerima impor populasi lagi"), ""),
    (QT_TRANSLATE_NOOP(
        "ServiceErrors", "Masa survei %1 baru berakhir %2: data pribadi hanya dapat dihapus setelah "
        "tahun survei selesai"), "vd"),
    (QT_TRANSLATE_NOOP(
        "ServiceErrors", "Tahun survei %1 belum selesai: data pribadi hanya dapat dihapus setelah tahun "
        "survei selesai"), "v"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Data pribadi populasi %1 sudah dihapus (%2)"), "vv"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Data kemajuan %1 tidak ada"), "v"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Target tidak disimpan:"), ""),
    # exports, results, scorecards (services/report_exports.py, results*.py, scorecards.py, reports/)
    (QT_TRANSLATE_NOOP("ServiceErrors", "Alasan ekspor wajib diisi: daftar ini memuat %1"), "r"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "nama OPD dan capaiannya"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "nama dan No. HP PIC"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Hasil untuk %1 sudah tersimpan"), "v"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "pilih ganti (--replace) atau lewati (--skip)"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Hasil tidak disimpan:"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Hasil %1 %2 sudah tersimpan"), "vv"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "pilih ganti untuk menimpanya"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Kode '%1' bukan OPD yang terdaftar dan bukan instansi ini"), "a"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Belum ada hasil SPI %1 untuk %2"), "vv"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "impor atau ketik hasilnya dulu"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "%1 tidak dapat ditulis: %2"), "vv"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Teks salindia terlalu panjang untuk handout satu halaman"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "ringkas teks yang disunting"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Jenis berkas '%1' tidak didukung"), "a"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "pilih .pdf atau .xlsx"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "ekspor jejak audit hanya ke .xlsx atau .csv"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "ekspor hanya ke .xlsx atau .csv"), ""),
    # training (services/training*.py)
    (QT_TRANSLATE_NOOP("ServiceErrors", "%1 adalah berkas ruang kerja nyata yang sedang terbuka"), "v"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "ruang kerja pelatihan harus berkas lain"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "%1 berisi ruang kerja nyata, bukan ruang kerja pelatihan"), "v"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "berkas itu tidak dipakai untuk pelatihan"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "%1 bukan ruang kerja pelatihan"), "v"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "berkas itu tidak dihapus"), ""),
    (QT_TRANSLATE_NOOP(
        "ServiceErrors", "Kelompok responden tidak dikenal: %1 (pilih internal, external atau expert)"), "v"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Salindia '%1' tidak dikenal"), "a"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Judul salindia wajib diisi"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Teks salindia belum benar:"), ""),
    # importers outside the population import (importers/markup_tables.py, progress.py, results.py, survey_*.py)
    (QT_TRANSLATE_NOOP("ServiceErrors", "%1 adalah halaman web tanpa tabel"), "v"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "buka di Excel lalu simpan sebagai .xlsx"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "berkas XML Spreadsheet 2003 tanpa lembar kerja"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "berkas XML Spreadsheet 2003 rusak (baris %1)"), "v"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "tidak ada baris judul kolom di %1 baris pertama"), "v"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "kolom %1 tidak cocok dengan isian mana pun"), "v"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Nama elemen yang dikenali: %1"), "v"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Tidak ada yang disimpan."), ""),
    (QT_TRANSLATE_NOOP(
        "ServiceErrors", "%1 kolom dari peta kuesioner %2 tidak ada di berkas (dicari di %3 baris "
        "pertama): %4"), "ivva"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "judul kolom '%1' muncul lebih dari sekali"), "a"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "ubah salah satunya agar peta kuesioner tidak keliru"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Peta kuesioner %1 tidak ditemukan"), "v"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Peta kuesioner %1 tidak dapat dibaca: %2"), "vv"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "bukan JSON yang sah (%1)"), "v"),
    (QT_TRANSLATE_NOOP("ServiceErrors", 'skala harus berbentuk {"min": 1, "max": 4}'), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "nilai min dan max skala harus angka"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "kelompok '%1' tidak dikenal"), "a"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "'%1' harus berisi teks judul kolom"), "a"),
    (QT_TRANSLATE_NOOP(
        "ServiceErrors", "kolom '%1' berisi identitas atau waktu pengisian dan tidak boleh dipakai"), "a"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "isi peta kuesioner harus satu objek JSON"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "'values' harus objek jawaban -> kelompok"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "'questions' harus daftar pertanyaan yang tidak kosong"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "gunakan berkas PNG atau JPG"), ""),
]
