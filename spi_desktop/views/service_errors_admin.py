"""The refusals of backups, sign-in and accounts, the database and its connection (see service_error_catalogue)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

ADMIN_ERRORS: list[tuple[object, str]] = [  # QT_TRANSLATE_NOOP returns the text (its stub says object)
    # backups (services/backup.py, backup_auto.py, backup_file.py)
    (QT_TRANSLATE_NOOP(
        "ServiceErrors", "Cadangan tidak boleh menimpa berkas ruang kerja itu sendiri; pilih nama berkas "
        "lain"), ""),
    (QT_TRANSLATE_NOOP(
        "ServiceErrors", "%1 adalah cadangan basis data server; pulihkan dengan alat basis data itu"), "v"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Cadangan %1 dibuat oleh versi SPI Desktop yang lebih baru (skema %2)"), "vv"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Perbarui aplikasi sebelum memulihkannya"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Basis data di dalam cadangan %1 rusak (pemeriksaan integritas gagal)"), "v"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Cadangan %1 tidak berisi ruang kerja SPI Desktop"), "v"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Cadangan %1 berasal dari ruang kerja pelatihan (DATA DEMO)"), "v"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "data demo tidak pernah dipulihkan ke ruang kerja nyata"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Cadangan %1 berisi ruang kerja nyata"), "v"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "pulihkan ke ruang kerja nyata, bukan ke ruang kerja pelatihan"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Isi cadangan %1 bukan basis data yang dapat dibaca: %2"), "vv"),
    (QT_TRANSLATE_NOOP(
        "ServiceErrors", "Ruang kerja SUDAH dipulihkan dari %1 (cadangan %2), tetapi baris jejak audit "
        "pemulihannya tidak dapat ditulis: %3"), "vvr"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Pemulihan gagal, ruang kerja tidak berubah: %1"), "r"),
    (QT_TRANSLATE_NOOP(
        "ServiceErrors", "Ruang kerja di server PostgreSQL dicadangkan dan dipulihkan dengan alat server "
        "itu sendiri (misalnya pg_dump dan pg_restore)"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "aplikasi hanya mencadangkan ruang kerja berkas SQLite"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Berkas ruang kerja %1 tidak ada"), "v"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Jumlah cadangan otomatis yang disimpan harus 1 sampai %1"), "v"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Cadangan %1 tidak dapat ditulis: %2"), "vv"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Basis data tidak dapat disalin: %1"), "v"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Folder cadangan %1 tidak dapat dibuat: %2"), "vv"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Berkas cadangan %1 rusak: %2"), "vr"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Tidak ada yang dipulihkan"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "parameter kunci tidak sah"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "kepala berkas tidak sah"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "ada data tambahan di ujung berkas"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "kepala berkas tidak dapat dibaca"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "checksum tidak cocok (berkas rusak atau telah diubah)"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "isi lebih panjang dari yang tercatat"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "isi tidak dapat dibuka"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "isi tidak cocok dengan checksum-nya"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Frasa sandi cadangan minimal %1 karakter"), "v"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Berkas cadangan %1 terpotong (tidak lengkap)"), "v"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Berkas cadangan %1 terpotong (tidak lengkap): %2 dari %3 byte"), "vvv"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Berkas cadangan %1 terenkripsi: masukkan frasa sandinya"), "v"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Berkas cadangan %1 tidak dapat dibaca: %2"), "vv"),
    (QT_TRANSLATE_NOOP(
        "ServiceErrors", "Berkas cadangan %1 dibuat oleh versi SPI Desktop yang lebih baru (format %2)"), "vv"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Frasa sandi salah atau berkas cadangan telah diubah"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "%1 bukan berkas cadangan SPI Desktop"), "v"),
    # access and accounts (services/access.py, accounts.py, domain/passwords.py, domain/roles.py)
    (QT_TRANSLATE_NOOP("ServiceErrors", "Peran '%1' tidak dikenal"), "a"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "pilih admin, operator atau viewer"), ""),
    (QT_TRANSLATE_NOOP(
        "ServiceErrors", "Ruang kerja ini memakai akun pengguna: masuk dulu dengan nama dan kata sandi"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Akun %1 tidak aktif lagi"), "v"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "masuk dengan akun lain"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Peran %1 (%2) tidak boleh %3"), "vvr"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Minta pengguna berperan %1 atau %2."), "vv"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Minta pengguna berperan %1."), "v"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "mengimpor atau membatalkan impor"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "mengubah atau menghapus data"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "mengekspor data"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "mencetak"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "menampilkan kontak lengkap"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "mengubah pengaturan"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "mengelola pengguna"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "membuka jejak audit"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "mencadangkan, memulihkan atau menghapus data pribadi"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Nama pengguna atau kata sandi salah"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Setelah %1 kali gagal, akun %2 dikunci sampai %3"), "vvd"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Akun %1 terkunci sampai %2"), "vd"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "coba lagi nanti"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Akun %1 dinonaktifkan"), "v"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "hubungi Admin"), ""),
    (QT_TRANSLATE_NOOP(
        "ServiceErrors", "Nama pengguna '%1' tidak sah: 2–32 huruf kecil, angka, titik, garis bawah atau "
        "tanda hubung, tanpa spasi"), "a"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Kata sandi minimal %1 karakter"), "v"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Kata sandi tidak boleh sama dengan nama pengguna"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Kata sandi tidak boleh diawali atau diakhiri spasi"), ""),
    (QT_TRANSLATE_NOOP(
        "ServiceErrors", "Akun pertama harus berperan Admin, agar ada yang dapat mengelola pengguna"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Pengguna '%1' tidak ada"), "a"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Nama pengguna '%1' sudah dipakai"), "a"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Harus tetap ada satu Admin aktif"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "jadikan pengguna lain Admin dulu"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Kata sandi lama salah"), ""),
    # database and connection (services/database.py, errors.py, db/migrate.py, session.py, connection.py, db_copy.py)
    (QT_TRANSLATE_NOOP("ServiceErrors", "Ruang kerja ini sudah ditutup"), ""),
    (QT_TRANSLATE_NOOP(
        "ServiceErrors", "Ruang kerja ini sudah ditutup (misalnya karena data pelatihan sedang direset), jadi "
        "pekerjaan ini dihentikan"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Buka lagi ruang kerjanya lalu ulangi."), ""),
    (QT_TRANSLATE_NOOP(
        "ServiceErrors", "Basis data ini dibuat oleh versi SPI Desktop yang lebih baru (skema %1)"), "v"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Perbarui aplikasi sebelum membukanya."), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Isi host server PostgreSQL (nama atau alamat IP)"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Isi nama basis data"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Isi nama pengguna basis data"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Port harus 1 sampai 65535"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Mode SSL '%1' tidak dikenal"), "a"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Pengaturan koneksi tidak dapat disimpan di %1: %2"), "vv"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Keyring sistem menolak: %1"), "v"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Basis data tujuan %1 sudah berisi data (%2)"), "vv"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "salin hanya ke basis data yang baru dan kosong"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Jumlah baris tidak sama setelah disalin: %1"), "v"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "tujuan tidak diubah"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "Ruang kerja ini sudah berisi data instansi atau OPD"), ""),
    (QT_TRANSLATE_NOOP(
        "ServiceErrors", "demo hanya dibuat di ruang kerja kosong (gunakan berkas lain dengan --db)"), ""),
    (QT_TRANSLATE_NOOP("ServiceErrors", "%1 berasal dari ruang kerja pelatihan (bertanda DATA DEMO PELATIHAN)"), "v"),
    (QT_TRANSLATE_NOOP("ServiceErrors", "data demo tidak pernah dimasukkan ke ruang kerja nyata"), ""),
]
