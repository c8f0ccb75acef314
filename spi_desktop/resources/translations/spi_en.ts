<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Tentang SPI Desktop</source>
        <translation>About SPI Desktop</translation>
    </message>
    <message>
        <source>Aplikasi desktop Inspektorat untuk Survei Penilaian Integritas (SPI) KPK: daftar OPD, populasi responden, pemantauan, hasil, rencana aksi dan kartu skor.</source>
        <translation>The inspectorate&apos;s desktop application for KPK&apos;s Integrity Assessment Survey (SPI): the unit registry, respondent populations, monitoring, results, action plans and scorecards.</translation>
    </message>
    <message>
        <source>Qt dan PySide6 dipakai di bawah GNU LGPL versi 3. Kode sumbernya tersedia di &lt;a href=&quot;https://download.qt.io&quot;&gt;download.qt.io&lt;/a&gt; (Qt) dan &lt;a href=&quot;https://code.qt.io/cgit/pyside/pyside-setup.git&quot;&gt;code.qt.io/cgit/pyside/pyside-setup.git&lt;/a&gt; (PySide6). Font DejaVu Sans berlisensi Bitstream Vera (perubahan DejaVu: domain publik); teks lisensinya disertakan di folder fonts aplikasi.</source>
        <translation>Qt and PySide6 are used under the GNU LGPL version 3. Their source code is available at &lt;a href=&quot;https://download.qt.io&quot;&gt;download.qt.io&lt;/a&gt; (Qt) and &lt;a href=&quot;https://code.qt.io/cgit/pyside/pyside-setup.git&quot;&gt;code.qt.io/cgit/pyside/pyside-setup.git&lt;/a&gt; (PySide6). The DejaVu Sans font is under the Bitstream Vera licence (DejaVu changes: public domain); its licence text ships in the application&apos;s fonts folder.</translation>
    </message>
    <message>
        <source>Komponen</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Versi</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Lisensi</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>tidak tercantum</source>
        <translation>not stated</translation>
    </message>
    <message>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Komponen dan lisensi</source>
        <translation>Components and licences</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Salin</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Salin versi aplikasi, Python, Qt dan sistem operasi ke papan klip (untuk laporan masalah)</source>
        <translation>Copy the versions of the application, Python, Qt and the operating system to the clipboard (for a problem report)</translation>
    </message>
    <message>
        <source>Komponen yang disertakan (%1) dan lisensinya:</source>
        <translation>Bundled components (%1) and their licences:</translation>
    </message>
    <message>
        <source>Tanggal build</source>
        <translation>Build date</translation>
    </message>
    <message>
        <source>tidak diketahui</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Sistem operasi</source>
        <translation>Operating system</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Runtime</translation>
    </message>
    <message>
        <source>Antarmuka</source>
        <translation>User interface</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>Font</translation>
    </message>
    <message>
        <source>Pustaka</source>
        <translation>Library</translation>
    </message>
</context>
<context>
    <name>ActionBoard</name>
    <message>
        <source>Kegiatan yang sedang ditampilkan (menurut saringan) ke .xlsx</source>
        <translation>Export the activities currently shown (as filtered) to .xlsx</translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Terlambat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Cari rencana aksi</source>
        <translation>Search action plans</translation>
    </message>
    <message>
        <source>Cari kegiatan atau penanggung jawab…</source>
        <translation>Search activity or owner…</translation>
    </message>
    <message>
        <source>Ekspor E&amp;xcel…</source>
        <translation>Export E&amp;xcel…</translation>
    </message>
    <message>
        <source>Rek&amp;omendasi baru…</source>
        <translation>New reco&amp;mmendation…</translation>
    </message>
    <message>
        <source>K&amp;egiatan baru…</source>
        <translation>New &amp;activity…</translation>
    </message>
    <message>
        <source>Rekomendasi dan kegiatan</source>
        <translation>Recommendations and activities</translation>
    </message>
    <message>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Penanggung jawab</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Semua OPD</source>
        <translation>All OPDs</translation>
    </message>
    <message>
        <source>Instansi</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>%1 terlambat</source>
        <translation>%1 overdue</translation>
    </message>
    <message>
        <source>%1 kegiatan · %2 selesai · %3</source>
        <translation>Activities: %1 · done: %2 · %3</translation>
    </message>
    <message>
        <source>Belum ada rekomendasi untuk SPI %1</source>
        <translation>No recommendations for SPI %1 yet</translation>
    </message>
    <message>
        <source>%1 rekomendasi, belum ada kegiatan</source>
        <translation>Recommendations: %1, no activities yet</translation>
    </message>
    <message>
        <source>Pilih kegiatan untuk melihat rincian dan buktinya.</source>
        <translation>Select an activity to see its details and evidence.</translation>
    </message>
    <message>
        <source>Belum ada rekomendasi untuk tahun ini. Mulai dengan “Rekomendasi baru…”.</source>
        <translation>No recommendations for this year yet. Start with “New recommendation…”.</translation>
    </message>
    <message>
        <source>Hapus kegiatan “%1” beserta berkas buktinya?</source>
        <translation>Delete the activity “%1” together with its evidence files?</translation>
    </message>
    <message>
        <source>Hapus kegiatan</source>
        <translation>Delete activity</translation>
    </message>
    <message>
        <source>Kegiatan tidak dihapus</source>
        <translation>Activity not deleted</translation>
    </message>
    <message>
        <source>Pilih berkas bukti</source>
        <translation>Choose evidence file</translation>
    </message>
    <message>
        <source>Dokumen dan gambar (*.pdf *.doc *.docx *.xls *.xlsx *.jpg *.jpeg *.png);;Semua berkas (*)</source>
        <translation>Documents and images (*.pdf *.doc *.docx *.xls *.xlsx *.jpg *.jpeg *.png);;All files (*)</translation>
    </message>
    <message>
        <source>Menyalin bukti…</source>
        <translation>Copying evidence…</translation>
    </message>
    <message>
        <source>Bukti tidak disimpan</source>
        <translation>Evidence not saved</translation>
    </message>
    <message>
        <source>Bukti tidak ditemukan</source>
        <translation>Evidence not found</translation>
    </message>
    <message>
        <source>Berkas %1 tidak ada lagi di folder bukti.</source>
        <translation>The file %1 is no longer in the evidence folder.</translation>
    </message>
    <message>
        <source>Rencana-aksi-SPI-%1.xlsx</source>
        <translation>SPI-action-plan-%1.xlsx</translation>
    </message>
    <message>
        <source>Simpan rencana aksi</source>
        <translation>Save action plan</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Menulis rencana aksi…</source>
        <translation>Writing action plan…</translation>
    </message>
    <message>
        <source>Ekspor</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Tersimpan: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>Ekspor gagal</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Kegiatan</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Batas waktu</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Kemajuan</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Bukti</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>%1 kegiatan</source>
        <translation>Activities: %1</translation>
    </message>
    <message>
        <source>belum ada kegiatan</source>
        <translation>no activities yet</translation>
    </message>
</context>
<context>
    <name>ActionDetails</name>
    <message>
        <source>Bukti</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>&amp;Ubah…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Hapu&amp;s…</source>
        <translation>De&amp;lete…</translation>
    </message>
    <message>
        <source>T&amp;ambah bukti…</source>
        <translation>Add ev&amp;idence…</translation>
    </message>
    <message>
        <source>Buka bukt&amp;i</source>
        <translation>Ope&amp;n evidence</translation>
    </message>
    <message>
        <source>Rekomendasi (%1): %2</source>
        <translation>Recommendation (%1): %2</translation>
    </message>
    <message>
        <source>Terlambat: batas waktu %1 sudah lewat dan kegiatan belum selesai.</source>
        <translation>Overdue: the due date %1 has passed and the activity is not done.</translation>
    </message>
    <message>
        <source>Catatan: %1</source>
        <translation>Notes: %1</translation>
    </message>
    <message>
        <source>Bukti (%1 berkas)</source>
        <translation>Evidence files (%1)</translation>
    </message>
    <message>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Belum ada bukti.</source>
        <translation>No evidence yet.</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Kegiatan baru</source>
        <translation>New activity</translation>
    </message>
    <message>
        <source>Ubah kegiatan</source>
        <translation>Edit activity</translation>
    </message>
    <message>
        <source>mis. Menyusun Perbup benturan kepentingan</source>
        <translation>e.g. Drafting a regent regulation on conflicts of interest</translation>
    </message>
    <message>
        <source>unit atau pejabat, mis. Bagian Hukum Setda</source>
        <translation>unit or official, e.g. Bagian Hukum Setda</translation>
    </message>
    <message>
        <source>Ada batas waktu</source>
        <translation>Has a due date</translation>
    </message>
    <message>
        <source>Kemajuan</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>mis. nomor surat, hambatan, tindak lanjut berikutnya</source>
        <translation>e.g. letter number, obstacles, next follow-up</translation>
    </message>
    <message>
        <source>Rekomendasi *</source>
        <translation>Recommendation *</translation>
    </message>
    <message>
        <source>Kegiatan *</source>
        <translation>Activity *</translation>
    </message>
    <message>
        <source>Penanggung jawab</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Batas waktu</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Pilih rekomendasi dulu (atau buat rekomendasi baru).</source>
        <translation>Choose a recommendation first (or create a new one).</translation>
    </message>
</context>
<context>
    <name>ActionPlans</name>
    <message>
        <source>Belum dimulai</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Berjalan</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Pengguna &amp; Audit</source>
        <translation>Users &amp; Audit</translation>
    </message>
    <message>
        <source>Pengguna</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Jejak audit</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>Cadangan &amp;&amp; privasi</source>
        <translation>Backup &amp;&amp; privacy</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Periode dari</source>
        <translation>Period from</translation>
    </message>
    <message>
        <source>Periode sampai</source>
        <translation>Period to</translation>
    </message>
    <message>
        <source>Semua tindakan</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>Cari di ringkasan</source>
        <translation>Search in summary</translation>
    </message>
    <message>
        <source>Cari di ringkasan…</source>
        <translation>Search the summaries…</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Bagian</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Ringkasan</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Jejak audit</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>Rincian perubahan</source>
        <translation>Change details</translation>
    </message>
    <message>
        <source>Pilih satu baris untuk melihat nilai lama dan baru.</source>
        <translation>Select a line to see the old and new values.</translation>
    </message>
    <message>
        <source>M&amp;uat lebih banyak</source>
        <translation>Load &amp;more</translation>
    </message>
    <message>
        <source>&amp;Ekspor…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Nilai pribadi (telepon, surel, NIP, nama responden) tersimpan tersamar. Baris jejak audit tidak dapat diubah atau dihapus.</source>
        <translation>Personal values (phones, e-mails, NIP, respondent names) are stored masked. Audit lines cannot be changed or deleted.</translation>
    </message>
    <message>
        <source>Semua pengguna</source>
        <translation>All users</translation>
    </message>
    <message>
        <source>%1 dari %2 baris ditampilkan</source>
        <translation>Lines shown: %1 of %2</translation>
    </message>
    <message>
        <source>Nilai lama</source>
        <translation>Old values</translation>
    </message>
    <message>
        <source>Nilai baru</source>
        <translation>New values</translation>
    </message>
    <message>
        <source>Rincian</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Ekspor jejak audit</source>
        <translation>Export the audit trail</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Mengekspor jejak audit…</source>
        <translation>Exporting the audit trail…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln baris ditulis ke %1</source>
        <translation>
            <numerusform>%Ln row written to %1</numerusform>
            <numerusform>%Ln rows written to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackgroundJob</name>
    <message>
        <source>Terjadi kesalahan</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Membatalkan…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Cadangan adalah salinan utuh ruang kerja (termasuk daftar populasi dan jejak audit), dibuat aman saat aplikasi berjalan. Beri frasa sandi bila berkas akan dibawa keluar kantor: isinya dienkripsi (AES-256-GCM) dan tidak dapat dibuka tanpa frasa itu. Pemulihan memeriksa berkas lebih dulu; bila ada yang salah, ruang kerja tidak berubah.</source>
        <translation>A backup is a complete copy of the workspace (population lists and audit trail included), taken safely while the app runs. Give a passphrase when the file leaves the office: its content is encrypted (AES-256-GCM) and cannot be opened without it. A restore checks the file first; if anything is wrong, the workspace does not change.</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Ukuran</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Daftar cadangan</source>
        <translation>Backup list</translation>
    </message>
    <message>
        <source>Cadangan otomatis yang disimpan per jenis:</source>
        <translation>Automatic backups kept per kind:</translation>
    </message>
    <message>
        <source>Cadangan otomatis (sekali sehari, sebelum pembaruan skema, sebelum pemulihan)</source>
        <translation>Automatic backups (once a day, before a schema upgrade, before a restore)</translation>
    </message>
    <message>
        <source>&amp;Cadangkan sekarang…</source>
        <translation>&amp;Back up now…</translation>
    </message>
    <message>
        <source>P&amp;ulihkan dari cadangan…</source>
        <translation>Re&amp;store from a backup…</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>S&amp;ave</translation>
    </message>
    <message>
        <source>Hapus &amp;data pribadi tahun ini…</source>
        <translation>De&amp;lete this year&apos;s personal data…</translation>
    </message>
    <message>
        <source>Hapus data pribadi tahun survei yang sudah selesai</source>
        <translation>Delete the personal data of a finished survey year</translation>
    </message>
    <message>
        <source>Nama, No. HP, email dan NIP responden tahun itu dihapus untuk selamanya. Jumlah populasi, target, kemajuan dan hasil tetap utuh. Buat cadangan terenkripsi dulu bila arsip masih diperlukan.</source>
        <translation>The respondents&apos; names, phone numbers, e-mails and NIPs of that year are deleted for good. Population counts, targets, progress and results stay as they are. Make an encrypted backup first if an archive is still needed.</translation>
    </message>
    <message>
        <source>Tahun survei</source>
        <translation>Survey year</translation>
    </message>
    <message>
        <source>Harian</source>
        <translation>Daily</translation>
    </message>
    <message>
        <source>Sebelum pembaruan skema</source>
        <translation>Before a schema upgrade</translation>
    </message>
    <message>
        <source>Sebelum pemulihan</source>
        <translation>Before a restore</translation>
    </message>
    <message>
        <source>Basis data server: cadangan dibuat di server.</source>
        <translation>Server database: backups are made on the server.</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Folder: %1</translation>
    </message>
    <message>
        <source>%1 (sudah dihapus %2)</source>
        <translation>%1 (deleted %2)</translation>
    </message>
    <message>
        <source>Cadangkan ruang kerja</source>
        <translation>Back up the workspace</translation>
    </message>
    <message>
        <source>Cadangan SPI Desktop (*.spibak)</source>
        <translation>SPI Desktop backup (*.spibak)</translation>
    </message>
    <message>
        <source>Enkripsi cadangan</source>
        <translation>Encrypt the backup</translation>
    </message>
    <message>
        <source>Frasa sandi untuk mengenkripsi cadangan (minimal 8 karakter). Kosongkan bila cadangan tidak perlu dienkripsi. Frasa yang hilang tidak dapat dipulihkan.</source>
        <translation>Passphrase to encrypt the backup (at least 8 characters). Leave it empty when the backup need not be encrypted. A lost passphrase cannot be recovered.</translation>
    </message>
    <message>
        <source>Membuat cadangan…</source>
        <translation>Making the backup…</translation>
    </message>
    <message>
        <source>Cadangan</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>terenkripsi</source>
        <translation>encrypted</translation>
    </message>
    <message>
        <source>tidak terenkripsi</source>
        <translation>not encrypted</translation>
    </message>
    <message>
        <source>Cadangan %1 ditulis ke %2 (%3 KB).</source>
        <translation>Backup (%1) written to %2 (%3 KB).</translation>
    </message>
    <message>
        <source>Pulihkan dari cadangan</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>Cadangan SPI Desktop (*.spibak);;Semua berkas (*)</source>
        <translation>SPI Desktop backup (*.spibak);;All files (*)</translation>
    </message>
    <message>
        <source>Pulihkan</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Cadangan terenkripsi</source>
        <translation>Encrypted backup</translation>
    </message>
    <message>
        <source>Frasa sandi cadangan ini:</source>
        <translation>This backup&apos;s passphrase:</translation>
    </message>
    <message>
        <source>Ganti seluruh isi ruang kerja ini dengan cadangan %1 (dibuat %2)? Salinan isi sekarang disimpan dulu di folder cadangan otomatis. Sesudah pemulihan, semua pengguna masuk lagi.</source>
        <translation>Replace the whole content of this workspace with the backup %1 (made %2)? A copy of the current content is kept first in the automatic backup folder. After the restore, everybody signs in again.</translation>
    </message>
    <message>
        <source>Memulihkan cadangan…</source>
        <translation>Restoring the backup…</translation>
    </message>
    <message>
        <source> Skemanya diperbarui ke versi aplikasi ini.</source>
        <translation> Its schema was upgraded to this version of the app.</translation>
    </message>
    <message>
        <source>Ruang kerja dipulihkan dari %1.%2</source>
        <translation>Workspace restored from %1.%2</translation>
    </message>
    <message>
        <source>Cadangan otomatis</source>
        <translation>Automatic backups</translation>
    </message>
    <message>
        <source>Hapus data pribadi</source>
        <translation>Delete personal data</translation>
    </message>
    <message>
        <source>Hapus untuk selamanya %1? Tindakan ini tidak dapat dibatalkan; hanya cadangan yang dibuat sebelumnya masih memuatnya.</source>
        <translation>Delete for good: %1? This cannot be undone; only backups made before still hold it.</translation>
    </message>
    <message>
        <source>Menghapus data pribadi…</source>
        <translation>Deleting personal data…</translation>
    </message>
    <message>
        <source>Dihapus: %1.</source>
        <translation>Deleted: %1.</translation>
    </message>
</context>
<context>
    <name>BatchesDialog</name>
    <message>
        <source>Riwayat impor populasi %1</source>
        <translation>Population import history %1</translation>
    </message>
    <message>
        <source>dibatalkan</source>
        <translation>undone</translation>
    </message>
    <message>
        <source>Impor nomor</source>
        <translation>Import no.</translation>
    </message>
    <message>
        <source>Kelompok</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Dibaca</source>
        <translation>Read</translation>
    </message>
    <message>
        <source>Diimpor</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Duplikat</source>
        <translation>Duplicates</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Daftar impor populasi</source>
        <translation>Population imports</translation>
    </message>
    <message>
        <source>&amp;Batalkan impor terpilih…</source>
        <translation>&amp;Undo the selected import…</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Hapus %1 baris yang diimpor dari %2 (impor nomor %3)?</source>
        <translation>Remove what was imported from %2 (import no. %3, rows: %1)?</translation>
    </message>
    <message>
        <source>Batalkan impor</source>
        <translation>Undo import</translation>
    </message>
    <message>
        <source>Membatalkan impor</source>
        <translation>Undoing the import</translation>
    </message>
    <message numerus="yes">
        <source>%Ln baris dihapus.</source>
        <translation>
            <numerusform>%Ln row removed.</numerusform>
            <numerusform>%Ln rows removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogueEditor</name>
    <message>
        <source>Pilih baris di tabel untuk melihat teksnya.</source>
        <translation>Choose a row in the table to see its text.</translation>
    </message>
    <message>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Elemen</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Tingkat</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Teks</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Versi katalog</source>
        <translation>Catalogue version</translation>
    </message>
    <message>
        <source>Tingkat rekomendasi mengikuti kategori nilai elemen pada tahun survei: kategori terendah → Perbaikan mendasar, kategori tertinggi → Pertahankan dan kembangkan, kategori lainnya → Perbaikan terarah. Teks ini dicetak di kartu skor setiap OPD untuk tahun survei yang memakai versi ini. Perubahan hanya berlaku di ruang kerja ini; teks bawaan aplikasi tetap ada dan dapat dikembalikan.</source>
        <translation>The recommendation tier follows the element&apos;s band in the survey year: lowest band → fundamental improvement, highest band → maintain and develop, any other band → targeted improvement. These texts are printed on every OPD&apos;s scorecard for the survey years that use this version. Changes apply to this workspace only; the app&apos;s default texts remain and can be restored.</translation>
    </message>
    <message>
        <source>Teks terpilih</source>
        <translation>Selected text</translation>
    </message>
    <message>
        <source>Berlaku mulai %1</source>
        <translation>In force from %1</translation>
    </message>
    <message>
        <source>Katalog rekomendasi kosong.</source>
        <translation>The recommendation catalogue is empty.</translation>
    </message>
    <message>
        <source>Dipakai tahun survei: %1.</source>
        <translation>Used by survey years: %1.</translation>
    </message>
    <message>
        <source>Belum ada tahun survei di ruang kerja ini yang memakai versi ini.</source>
        <translation>No survey year in this workspace uses this version yet.</translation>
    </message>
    <message>
        <source>diubah</source>
        <translation>edited</translation>
    </message>
    <message>
        <source>Belum ada baris yang dipilih.</source>
        <translation>No row selected yet.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 / %2 karakter</source>
        <translation>Characters: %1 / %2</translation>
    </message>
    <message>
        <source>Katalog rekomendasi</source>
        <translation>Recommendation catalogue</translation>
    </message>
    <message>
        <source>Teks rekomendasi</source>
        <translation>Recommendation text</translation>
    </message>
    <message>
        <source>&amp;Simpan teks</source>
        <translation>&amp;Save text</translation>
    </message>
    <message>
        <source>K&amp;embalikan teks bawaan</source>
        <translation>Restore default te&amp;xt</translation>
    </message>
    <message>
        <source>Kembalikan sem&amp;ua ke bawaan</source>
        <translation>Restore a&amp;ll defaults</translation>
    </message>
    <message>
        <source>Teks yang sedang diubah belum disimpan. Buang perubahan itu?</source>
        <translation>The text being edited has not been saved. Discard those changes?</translation>
    </message>
    <message>
        <source>Teks tersimpan. Kartu skor berikutnya memakai teks ini.</source>
        <translation>Text saved. The next scorecards use it.</translation>
    </message>
    <message>
        <source>Kembalikan teks bawaan untuk %1 — %2? Teks yang diubah akan hilang.</source>
        <translation>Restore the default text for %1 — %2? The edited text will be lost.</translation>
    </message>
    <message>
        <source>Teks bawaan berlaku lagi.</source>
        <translation>The default text applies again.</translation>
    </message>
    <message>
        <source>Kembalikan semua teks rekomendasi ke bawaan? %1 teks yang diubah di ruang kerja ini akan hilang, juga perubahan yang belum disimpan.</source>
        <translation>Restore every recommendation text to its default? The texts edited in this workspace (%1) will be lost, as will any unsaved change.</translation>
    </message>
    <message>
        <source>Semua teks bawaan berlaku lagi.</source>
        <translation>All default texts apply again.</translation>
    </message>
</context>
<context>
    <name>CatalogueNotes</name>
    <message>
        <source>Tujuh elemen penilaian internal SPI 2021–2025. Tingkat: mendasar = kategori terendah tahun itu, perbaikan = kategori tengah, pertahankan = kategori tertinggi.</source>
        <translation>The seven elements of SPI&apos;s internal assessment, 2021–2025. Tiers: fundamental = that year&apos;s lowest band, targeted improvement = a middle band, maintain = the highest band.</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Capaian target: %1 OPD terendah dari %2</source>
        <translation>Target attainment: lowest %1 of %2 OPDs</translation>
    </message>
    <message>
        <source>Capaian target per OPD (%1 OPD)</source>
        <translation>Target attainment per OPD (%1 OPDs)</translation>
    </message>
    <message>
        <source>Selesai ÷ target, internal dan eksternal digabung (tiap kelompok dihitung paling banyak sebesar targetnya) · data per %1</source>
        <translation>Completed ÷ target, internal and external combined (each group counts at most up to its target) · data as of %1</translation>
    </message>
    <message>
        <source>Merah: di bawah %1</source>
        <translation>Red: below %1</translation>
    </message>
    <message>
        <source>Kuning: %1 sampai di bawah %2</source>
        <translation>Yellow: %1 to below %2</translation>
    </message>
    <message>
        <source>Hijau: %1 ke atas</source>
        <translation>Green: %1 and above</translation>
    </message>
    <message>
        <source>Capaian (%)</source>
        <translation>Attainment (%)</translation>
    </message>
    <message>
        <source>Target 100 %</source>
        <translation>Target 100 %</translation>
    </message>
    <message>
        <source>%1 (sumbu kanan)</source>
        <translation>%1 (right axis)</translation>
    </message>
    <message>
        <source>Jawaban selesai</source>
        <translation>Completed responses</translation>
    </message>
    <message>
        <source>Kekurangan %1: %2</source>
        <translation>%1 shortfall: %2</translation>
    </message>
    <message>
        <source>%1: %2 dari target %3</source>
        <translation>%1: %2 of target %3</translation>
    </message>
    <message>
        <source>%1: %2 selesai</source>
        <translation>%1: %2 completed</translation>
    </message>
</context>
<context>
    <name>ChartsPage</name>
    <message>
        <source>Grafik kemajuan pengisian</source>
        <translation>Response progress charts</translation>
    </message>
    <message>
        <source>Memuat grafik…</source>
        <translation>Loading charts…</translation>
    </message>
    <message>
        <source>Capaian per OPD</source>
        <translation>Attainment per OPD</translation>
    </message>
    <message>
        <source>Selesai dari waktu ke waktu</source>
        <translation>Completed over time</translation>
    </message>
    <message>
        <source>Kesenjangan OPD paling tertinggal</source>
        <translation>Gap of the most lagging OPD</translation>
    </message>
    <message>
        <source>&amp;Ekspor PNG…</source>
        <translation>&amp;Export PNG…</translation>
    </message>
    <message>
        <source>Grafik tidak dapat dimuat: %1</source>
        <translation>The charts could not be loaded: %1</translation>
    </message>
    <message>
        <source>Belum ada data kemajuan untuk tahun ini.</source>
        <translation>No progress data for this year yet.</translation>
    </message>
    <message>
        <source>Survei %1 · data kemajuan per %2 · tombol Ekspor PNG menyimpan grafik %3 × %4 piksel untuk bahan paparan</source>
        <translation>Survey %1 · progress data as of %2 · Export PNG saves the chart at %3 × %4 pixels for presentations</translation>
    </message>
    <message>
        <source>Capaian target per OPD</source>
        <translation>Target attainment per OPD</translation>
    </message>
    <message>
        <source>Belum ada OPD dengan target.</source>
        <translation>No OPD has a target yet.</translation>
    </message>
    <message>
        <source>Jawaban selesai dari waktu ke waktu: seluruh instansi</source>
        <translation>Completed responses over time: whole institution</translation>
    </message>
    <message>
        <source>Garis putus-putus: target tiap kelompok · data per %1</source>
        <translation>Dashed lines: target of each group · data as of %1</translation>
    </message>
    <message>
        <source>Semua OPD sudah mencapai target.</source>
        <translation>All OPDs have reached their targets.</translation>
    </message>
    <message>
        <source>OPD paling tertinggal: %1</source>
        <translation>Most lagging OPD: %1</translation>
    </message>
    <message>
        <source>Masih kurang %1 jawaban selesai · data per %2</source>
        <translation>Completed responses still missing: %1 · data as of %2</translation>
    </message>
    <message>
        <source>Simpan grafik sebagai PNG</source>
        <translation>Save chart as PNG</translation>
    </message>
    <message>
        <source>Gambar PNG (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Ekspor PNG</source>
        <translation>Export PNG</translation>
    </message>
    <message>
        <source>folder %1 tidak ada</source>
        <translation>folder %1 does not exist</translation>
    </message>
    <message>
        <source>DEMO — %1</source>
        <translation>DEMO — %1</translation>
    </message>
    <message>
        <source>Grafik tidak dapat disimpan ke %1: %2</source>
        <translation>The chart could not be saved to %1: %2</translation>
    </message>
    <message>
        <source>Grafik disimpan ke %1 (%2 × %3 piksel).</source>
        <translation>Chart saved to %1 (%2 × %3 pixels).</translation>
    </message>
</context>
<context>
    <name>ChasingTab</name>
    <message>
        <source>No</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Internal</translation>
    </message>
    <message>
        <source>Eksternal</source>
        <translation>External</translation>
    </message>
    <message>
        <source>Kurang</source>
        <translation>Short</translation>
    </message>
    <message>
        <source>Capaian</source>
        <translation>Attainment</translation>
    </message>
    <message>
        <source>OPD tertinggal</source>
        <translation>Lagging OPD</translation>
    </message>
    <message>
        <source>OPD diurutkan menurut kekurangan dari target sampel</source>
        <translation>OPDs sorted by shortfall against the sample target</translation>
    </message>
    <message>
        <source>Templat pesan pengingat</source>
        <translation>Reminder message template</translation>
    </message>
    <message>
        <source>PIC</source>
        <translation>PIC</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>ada</source>
        <translation>available</translation>
    </message>
    <message>
        <source>no. HP PIC belum ada</source>
        <translation>PIC mobile no. missing</translation>
    </message>
    <message>
        <source>Daftar pengingat</source>
        <translation>Reminder list</translation>
    </message>
    <message>
        <source>Pratinjau pesan</source>
        <translation>Message preview</translation>
    </message>
    <message>
        <source>Pengingat untuk</source>
        <translation>Reminder for</translation>
    </message>
    <message>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Belum ada data kemajuan untuk tahun ini.</source>
        <translation>No progress data for this year yet.</translation>
    </message>
    <message>
        <source>Data per %1: %2 dari %3 OPD belum mencapai target sampel; %4.</source>
        <translation>Data as of %1: %2 of %3 OPDs have not reached the sample target; %4.</translation>
    </message>
    <message>
        <source>Masa survei %1 sudah ditutup pada %2: pengingat untuk mengisi survei tidak ditawarkan lagi. Daftar OPD tertinggal di kiri tetap dapat diekspor untuk evaluasi.</source>
        <translation>The %1 survey window closed on %2: reminders to take the survey are no longer offered. The lagging list on the left can still be exported for review.</translation>
    </message>
    <message>
        <source>Untuk PIC %1: %2</source>
        <translation>For the PIC of %1: %2</translation>
    </message>
    <message>
        <source>Untuk %1 (nama PIC belum ada)</source>
        <translation>For %1 (no PIC name yet)</translation>
    </message>
    <message>
        <source>Templat pengingat</source>
        <translation>Reminder template</translation>
    </message>
    <message>
        <source>Teks memuat kata yang dapat dianggap mengarahkan jawaban (%1). Pengingat harus netral. Simpan juga?</source>
        <translation>The text contains words that may be seen as steering answers (%1). Reminders must be neutral. Save anyway?</translation>
    </message>
    <message>
        <source>Teks disalin: pengingat untuk %1</source>
        <translation>Text copied: reminder for %1</translation>
    </message>
    <message>
        <source>WhatsApp tidak dapat dibuka: komputer ini belum punya peramban (browser) bawaan untuk membuka tautan wa.me. Salin tautannya untuk dibuka di peramban lain, atau salin nomor PIC untuk WhatsApp di ponsel.</source>
        <translation>WhatsApp could not be opened: this computer has no default browser to open the wa.me link. Copy the link to open it in another browser, or copy the PIC&apos;s number for WhatsApp on a phone.</translation>
    </message>
    <message>
        <source>Salin tautan</source>
        <translation>Copy link</translation>
    </message>
    <message>
        <source>Salin nomor PIC</source>
        <translation>Copy PIC number</translation>
    </message>
    <message>
        <source>Tautan WhatsApp disalin</source>
        <translation>WhatsApp link copied</translation>
    </message>
    <message>
        <source>Nomor PIC disalin</source>
        <translation>PIC number copied</translation>
    </message>
    <message>
        <source>OPD-tertinggal-SPI-%1%2</source>
        <translation>Lagging-OPDs-SPI-%1%2</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Simpan daftar OPD tertinggal</source>
        <translation>Save lagging OPD list</translation>
    </message>
    <message>
        <source>Daftar ini memuat nama OPD dengan capaian dan kekurangannya, tanpa nama atau No. HP PIC. Untuk apa ekspor ini? (dicatat di jejak audit)</source>
        <translation>This list holds OPD names with their attainment and shortfall, without PIC names or phone numbers. What is this export for? (recorded in the audit trail)</translation>
    </message>
    <message>
        <source>Alasan ekspor</source>
        <translation>Reason for the export</translation>
    </message>
    <message>
        <source>Daftar ini memuat nama dan No. HP PIC. Untuk apa ekspor ini? (dicatat di jejak audit)</source>
        <translation>This list holds the PICs&apos; names and phone numbers. What is this export for? (logged in the audit trail)</translation>
    </message>
    <message>
        <source>&amp;Ekspor PDF (1 halaman)…</source>
        <translation>&amp;Export PDF (1 page)…</translation>
    </message>
    <message>
        <source>Ekspor E&amp;xcel…</source>
        <translation>Export E&amp;xcel…</translation>
    </message>
    <message>
        <source>&amp;Simpan templat</source>
        <translation>&amp;Save template</translation>
    </message>
    <message>
        <source>Kembalikan ba&amp;waan</source>
        <translation>Restore defa&amp;ult</translation>
    </message>
    <message>
        <source>Sal&amp;in teks</source>
        <translation>Cop&amp;y text</translation>
    </message>
    <message>
        <source>B&amp;uka WhatsApp PIC</source>
        <translation>Open PIC&apos;s Whats&amp;App</translation>
    </message>
    <message>
        <source>Templat netral: ajak mengisi sebelum batas waktu, jangan pernah menyarankan jawaban. Penanda: {opd} {pic} {tahun} {selesai} {target} {kurang} {batas} {sisa_hari} {waktu} (&apos;dimulai …&apos;, &apos;sisa N hari&apos; atau &apos;hari terakhir&apos;, sesuai tanggal). Dikirim ke PIC OPD, bukan ke responden.</source>
        <translation>Neutral template: invite people to take part before the deadline, never suggest answers. Placeholders: {opd} {pic} {tahun} {selesai} {target} {kurang} {batas} {sisa_hari} {waktu} (&apos;dimulai …&apos;, &apos;sisa N hari&apos; or &apos;hari terakhir&apos;, as the date fits). Sent to the OPD&apos;s PIC, not to respondents.</translation>
    </message>
    <message>
        <source>Menagih OPD yang tertinggal</source>
        <translation>Chasing the lagging OPD</translation>
    </message>
    <message>
        <source>Menulis daftar OPD tertinggal…</source>
        <translation>Writing the lagging OPD list…</translation>
    </message>
    <message>
        <source>Ekspor</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Tersimpan: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>Ekspor gagal</source>
        <translation>Export failed</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>Data sudah diubah pengguna lain</source>
        <translation>Changed by another user</translation>
    </message>
    <message>
        <source>Muat ulang data terbaru sekarang?</source>
        <translation>Reload the latest data now?</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Koneksi basis data</source>
        <translation>Database connection</translation>
    </message>
    <message>
        <source>Pilih tempat data ruang kerja PC ini: berkas di PC ini sendiri, atau server PostgreSQL yang dipakai bersama satu kantor. Pengaturan ini hanya berlaku di PC ini.</source>
        <translation>Choose where this PC&apos;s workspace data lives: a file on this PC, or a PostgreSQL server shared by the office. This setting applies to this PC only.</translation>
    </message>
    <message>
        <source>Berkas lokal (SQLite)</source>
        <translation>Local file (SQLite)</translation>
    </message>
    <message>
        <source>Berkas: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>Server PostgreSQL</source>
        <translation>PostgreSQL server</translation>
    </message>
    <message>
        <source>&amp;Uji koneksi</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>mis. 192.168.1.10 atau server-spi.kantor.local</source>
        <translation>e.g. 192.168.1.10 or spi-server.office.local</translation>
    </message>
    <message>
        <source>mis. spi</source>
        <translation>e.g. spi</translation>
    </message>
    <message>
        <source>Simpan kata sandi di keyring sistem</source>
        <translation>Save the password in the system keyring</translation>
    </message>
    <message>
        <source>Kata sandi tidak pernah ditulis di berkas pengaturan.</source>
        <translation>The password is never written to the settings file.</translation>
    </message>
    <message>
        <source>PC ini tidak punya keyring sistem (mis. GNOME Keyring, KWallet atau Windows Credential Manager), jadi kata sandi ditanyakan setiap kali aplikasi dibuka.</source>
        <translation>This PC has no system keyring (e.g. GNOME Keyring, KWallet or Windows Credential Manager), so the password is asked for each time the application opens.</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Basis data</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Mode SSL</source>
        <translation>SSL mode</translation>
    </message>
    <message>
        <source>tanpa enkripsi</source>
        <translation>no encryption</translation>
    </message>
    <message>
        <source>enkripsi hanya bila server meminta</source>
        <translation>encrypt only when the server asks</translation>
    </message>
    <message>
        <source>enkripsi bila server mendukung (bawaan)</source>
        <translation>encrypt when the server supports it (default)</translation>
    </message>
    <message>
        <source>wajib enkripsi</source>
        <translation>encryption required</translation>
    </message>
    <message>
        <source>wajib enkripsi, sertifikat server diperiksa</source>
        <translation>encryption required, server certificate checked</translation>
    </message>
    <message>
        <source>wajib enkripsi, sertifikat dan nama server diperiksa</source>
        <translation>encryption required, certificate and server name checked</translation>
    </message>
    <message>
        <source>Menghubungi %1 …</source>
        <translation>Contacting %1 …</translation>
    </message>
</context>
<context>
    <name>ConnectionForm</name>
    <message>
        <source>Koneksi basis &amp;data…</source>
        <translation>Data&amp;base connection…</translation>
    </message>
    <message>
        <source>Pengaturan ini berlaku untuk PC ini saja: SPI Desktop membuka basis data yang tersimpan di sini setiap kali dimulai. Kata sandi server tidak pernah ditulis di berkas.</source>
        <translation>This setting applies to this PC only: SPI Desktop opens the database saved here every time it starts. The server password is never written to a file.</translation>
    </message>
    <message>
        <source>Terbuka sekarang</source>
        <translation>Open now</translation>
    </message>
    <message>
        <source>Dibuka saat mulai</source>
        <translation>Opened at start</translation>
    </message>
    <message>
        <source>Berkas lokal (SQLite)</source>
        <translation>Local file (SQLite)</translation>
    </message>
    <message>
        <source>Koneksi basis data</source>
        <translation>Database connection</translation>
    </message>
    <message>
        <source>Koneksi tersimpan dan dipakai setiap kali aplikasi dibuka. Buka basis data itu sekarang? Jendela ini ditutup dan, bila ruang kerja itu punya akun, Anda diminta masuk.</source>
        <translation>The connection is saved and used each time the application opens. Open that database now? This window closes and, if that workspace has accounts, you are asked to sign in.</translation>
    </message>
    <message>
        <source>Membuka basis data…</source>
        <translation>Opening the database…</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Catatan lengkapnya disimpan di %1. Nomor HP, email dan NIP di dalamnya sudah disamarkan; tidak ada yang dikirim ke mana pun.</source>
        <translation>The full note was kept in %1. Phone numbers, e-mails and NIPs in it are masked; nothing is sent anywhere.</translation>
    </message>
    <message>
        <source>Catatan lengkapnya tidak dapat disimpan; salin detailnya bila perlu.</source>
        <translation>The full note could not be kept; copy the details if you need them.</translation>
    </message>
    <message>
        <source>&amp;Salin detail</source>
        <translation>&amp;Copy details</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Tersalin</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>DecimalEdit</name>
    <message>
        <source>kosong = belum diketahui</source>
        <translation>empty = unknown</translation>
    </message>
</context>
<context>
    <name>ElementBars</name>
    <message>
        <source>Nilai elemen belum ada</source>
        <translation>No element scores yet</translation>
    </message>
    <message>
        <source>Indeks %1</source>
        <translation>Index %1</translation>
    </message>
</context>
<context>
    <name>EligibilityForm</name>
    <message>
        <source>mis. eselon i, eselon ii</source>
        <translation>e.g. eselon i, eselon ii</translation>
    </message>
    <message>
        <source>Kepala &amp;OPD yang disurvei tidak termasuk responden</source>
        <translation>The surveyed &amp;OPD&apos;s head is not a respondent</translation>
    </message>
    <message>
        <source>Jabatan ditulis seperti awal nama jabatan di berkas, satu per baris (mis. &apos;kepala dinas&apos; mengenai &apos;Kepala Dinas Kesehatan&apos;). Baris yang kena tetap diimpor, ditandai dengan alasannya.</source>
        <translation>Write each post as the start of the post&apos;s name in the file, one per line (e.g. &apos;kepala dinas&apos; matches &apos;Kepala Dinas Kesehatan&apos;). Rows that match are still imported, flagged with the reason.</translation>
    </message>
    <message>
        <source>Masa kerja minimal di instansi (tahun)</source>
        <translation>Minimum years in the institution</translation>
    </message>
    <message>
        <source>Masa kerja minimal di unit (tahun)</source>
        <translation>Minimum years in the unit</translation>
    </message>
    <message>
        <source>Kata pada jabatan yang dikecualikan (pisahkan koma)</source>
        <translation>Words that exclude a post (comma-separated)</translation>
    </message>
    <message>
        <source>Jabatan setingkat eselon I/II</source>
        <translation>Posts at eselon I/II level</translation>
    </message>
    <message>
        <source>Kecuali jabatan</source>
        <translation>Except the posts</translation>
    </message>
    <message>
        <source>Pengguna layanan: dilayani dalam … bulan terakhir</source>
        <translation>Service users: served in the last … months</translation>
    </message>
    <message>
        <source>Masa kerja minimal di instansi</source>
        <translation>Minimum years in the institution</translation>
    </message>
    <message>
        <source>Masa kerja minimal di unit</source>
        <translation>Minimum years in the unit</translation>
    </message>
    <message>
        <source>Kata jabatan dikecualikan</source>
        <translation>Words that exclude a post</translation>
    </message>
    <message>
        <source>Bulan terakhir layanan</source>
        <translation>Months of service</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Terjadi kesalahan tak terduga, jadi pekerjaan ini dihentikan. Rinciannya dicatat di log kesalahan untuk pengelola aplikasi; bila terulang, kirimkan log itu kepada mereka.</source>
        <translation>An unexpected error occurred, so this work was stopped. The details are in the error log for whoever maintains the app; if it happens again, send them that log.</translation>
    </message>
</context>
<context>
    <name>EstimateNotes</name>
    <message>
        <source>ESTIMASI dari survei mandiri, bukan nilai SPI resmi KPK; jangan dicampur dengan hasil resmi.</source>
        <translation>ESTIMATE from a self-run survey, not KPK&apos;s official SPI score; do not mix it with official results.</translation>
    </message>
    <message>
        <source>Sub-indeks = rata-rata estimasi elemen pada kelompoknya (asumsi aplikasi).</source>
        <translation>Sub-index = mean of the group&apos;s element estimates (the app&apos;s assumption).</translation>
    </message>
    <message>
        <source>Sub-indeks = rata-rata skor responden (rata-rata elemen tiap responden) pada kelompoknya (asumsi aplikasi).</source>
        <translation>Sub-index = mean of the group&apos;s respondent scores (each respondent&apos;s mean over the elements) (the app&apos;s assumption).</translation>
    </message>
    <message>
        <source>Indeks = Σ bobot × sub-indeks atas kelompok yang ada jawabannya (bobot dinormalkan ulang) dikurangi faktor koreksi, dibatasi 0–100. KPK tidak menerbitkan rumus persisnya.</source>
        <translation>Index = Σ weight × sub-index over the groups that have answers (weights re-normalised) minus the correction factor, limited to 0–100. KPK does not publish its exact formula.</translation>
    </message>
    <message>
        <source>Interval 95 %: rentang tempat nilai sebenarnya hampir pasti berada, dihitung dari sebaran jawaban antar-responden; makin sedikit responden atau makin beragam jawabannya, makin lebar. Rentang sub-indeks dan indeks sengaja dibuat lebih lebar (perkiraan hati-hati).</source>
        <translation>95 % interval: the range the true value almost certainly lies in, worked out from how the answers vary between respondents; the fewer the respondents or the more varied their answers, the wider it is. The ranges of the sub-indices and the index are made wider on purpose (a cautious estimate).</translation>
    </message>
    <message>
        <source>Bobot diberikan untuk estimasi ini.</source>
        <translation>Weights given for this estimate.</translation>
    </message>
    <message>
        <source>Indeks tidak dapat diestimasi: tidak ada kelompok berbobot yang punya jawaban.</source>
        <translation>The index cannot be estimated: no weighted group has answers.</translation>
    </message>
    <message>
        <source>Bobot dari Pengaturan › Tahun survei %1.</source>
        <translation>Weights from Settings › Survey year %1.</translation>
    </message>
    <message>
        <source>%1 kolom identitas/waktu pengisian tidak dibaca dan tidak disalin: %2.</source>
        <translation>%1 identity/time-of-answer columns were not read and not copied: %2.</translation>
    </message>
    <message>
        <source>%1 jawaban tanpa OPD hanya dihitung untuk instansi.</source>
        <translation>Answers without an OPD (%1) count for the institution only.</translation>
    </message>
    <message>
        <source>%1 baris tanpa satu pun jawaban yang dapat dihitung.</source>
        <translation>Rows without a single answer that can be counted: %1.</translation>
    </message>
    <message>
        <source>%1 jawaban untuk pertanyaan kelompok lain diabaikan.</source>
        <translation>Answers to another group&apos;s questions left out: %1.</translation>
    </message>
    <message>
        <source>Tanpa jawaban kelompok %1: bobot dinormalkan ulang menjadi %2.</source>
        <translation>No answers from group %1: weights re-normalised to %2.</translation>
    </message>
    <message>
        <source>Dikurangi faktor koreksi %1 poin.</source>
        <translation>Correction factor subtracted: %1.</translation>
    </message>
    <message>
        <source>Hasil %1 dibatasi ke rentang 0–100.</source>
        <translation>Result %1 limited to the range 0–100.</translation>
    </message>
    <message>
        <source>Kelompok %1 hanya %2 responden: estimasinya sangat tidak pasti.</source>
        <translation>The %1 group has very few respondents (%2): its estimate is very uncertain.</translation>
    </message>
    <message>
        <source>Kelompok %1 hanya %2 responden: tidak dihitung untuk OPD ini agar jawaban perorangan tidak terbaca (tetap masuk angka instansi).</source>
        <translation>The %1 group has very few respondents (%2): not counted for this OPD so that no one&apos;s answers can be read from it (still in the institution&apos;s figures).</translation>
    </message>
</context>
<context>
    <name>EstimateView</name>
    <message>
        <source>ESTIMASI — BUKAN NILAI RESMI KPK</source>
        <translation>ESTIMATE — NOT AN OFFICIAL KPK SCORE</translation>
    </message>
    <message>
        <source>Hasil survei mandiri dengan asumsi aplikasi. Tidak disimpan; jangan dicampur dengan hasil resmi KPK.</source>
        <translation>Self-run survey results using the app&apos;s assumptions. Not saved; do not mix with official KPK results.</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>INSTANSI</source>
        <translation>INSTITUTION</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Indeks [interval 95 %]</source>
        <translation>Index [95 % interval]</translation>
    </message>
    <message>
        <source>Kategori (perkiraan)</source>
        <translation>Band (estimated)</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Estimasi per OPD</source>
        <translation>Estimate per OPD</translation>
    </message>
    <message>
        <source>Elemen</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Nilai</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Interval 95 %</source>
        <translation>95 % interval</translation>
    </message>
    <message>
        <source>Estimasi per elemen</source>
        <translation>Estimate per element</translation>
    </message>
    <message>
        <source>Catatan estimasi</source>
        <translation>Estimate notes</translation>
    </message>
    <message>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Masalah</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Masalah data</source>
        <translation>Data problems</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Instansi (semua jawaban)</source>
        <translation>Institution (all responses)</translation>
    </message>
    <message>
        <source>koreksi %1 poin</source>
        <translation>correction: %1</translation>
    </message>
    <message>
        <source>tanpa faktor koreksi</source>
        <translation>no correction factor</translation>
    </message>
    <message>
        <source>Tahun %1 · berkas %2 · peta &quot;%3&quot;: %4 baris dibaca, %5 responden dihitung. Bobot %6; %7. Angka: nilai [interval 95 %], n = responden.</source>
        <translation>Year %1 · file %2 · map &quot;%3&quot; · rows read: %4 · respondents counted: %5. Weights %6; %7. Figures: score [95 % interval], n = respondents.</translation>
    </message>
    <message>
        <source>Masalah (%1)</source>
        <translation>Problems (%1)</translation>
    </message>
    <message>
        <source>ESTIMASI · %1</source>
        <translation>ESTIMATE · %1</translation>
    </message>
    <message>
        <source>%1 %2 (n=%3)</source>
        <translation>%1 %2 (n=%3)</translation>
    </message>
    <message>
        <source>Indeks %1, kategori %2, %3 responden.
Sub-indeks: %4.</source>
        <translation>Index %1, band %2, respondents: %3.
Sub-indices: %4.</translation>
    </message>
    <message>
        <source>Catatan (%1 untuk unit ini)</source>
        <translation>Notes (%1 for this unit)</translation>
    </message>
</context>
<context>
    <name>EstimateWizard</name>
    <message>
        <source>Estimasi SPI mandiri %1</source>
        <translation>Self-run SPI estimate %1</translation>
    </message>
    <message>
        <source>ESTIMASI disimpan</source>
        <translation>ESTIMATE saved</translation>
    </message>
    <message>
        <source>Disimpan ke %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <source>ESTIMASI</source>
        <translation>ESTIMATE</translation>
    </message>
    <message>
        <source>Simpan data ESTIMASI</source>
        <translation>Save the ESTIMATE data</translation>
    </message>
    <message>
        <source>Data estimasi SPI Desktop (*.json)</source>
        <translation>SPI Desktop estimate data (*.json)</translation>
    </message>
    <message>
        <source>Folder untuk kartu skor ESTIMASI</source>
        <translation>Folder for the ESTIMATE scorecards</translation>
    </message>
    <message>
        <source>Menulis kartu skor ESTIMASI</source>
        <translation>Writing ESTIMATE scorecards</translation>
    </message>
    <message>
        <source>Kartu skor ESTIMASI</source>
        <translation>ESTIMATE scorecards</translation>
    </message>
    <message>
        <source>%1 berkas PDF (%2 halaman) ditulis di %3. Setiap kartu bertanda ESTIMASI, bukan nilai resmi KPK.</source>
        <translation>PDF files written to %3: %1 (pages: %2). Every card is marked ESTIMASI (estimate), not an official KPK score.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Pilih berkas Excel/CSV dari OPD dan kelompok respondennya.</source>
        <translation>Choose a unit&apos;s Excel/CSV file and its respondent group.</translation>
    </message>
    <message>
        <source>Dari kolom Perangkat Daerah di berkas</source>
        <translation>From the file&apos;s Perangkat Daerah column</translation>
    </message>
    <message>
        <source>Kelompok</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>OPD</source>
        <translation>Unit</translation>
    </message>
    <message numerus="yes">
        <source>%Ln baris</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Lembar kerja</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>&amp;Pilih berkas…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <source>Impor &amp;semua lembar yang berisi daftar (satu impor per lembar)</source>
        <translation>Import &amp;every sheet holding a list (one import per sheet)</translation>
    </message>
    <message>
        <source>Pilih daftar populasi</source>
        <translation>Choose population list</translation>
    </message>
    <message>
        <source>Memeriksa berkas…</source>
        <translation>Checking file…</translation>
    </message>
    <message>
        <source>tersembunyi</source>
        <translation>hidden</translation>
    </message>
    <message>
        <source>bukan daftar</source>
        <translation>not a list</translation>
    </message>
    <message>
        <source>Judul kolom ditemukan di baris %1: %2</source>
        <translation>Column headings found in row %1: %2</translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <source>Berkas jawaban</source>
        <translation>Response files</translation>
    </message>
    <message>
        <source>Ekspor jawaban survei mandiri (.csv/.xlsx dari Google Forms, KoboToolbox atau LimeSurvey) dan peta kuesionernya (.json).</source>
        <translation>The self-run survey&apos;s response export (.csv/.xlsx from Google Forms, KoboToolbox or LimeSurvey) and its questionnaire map (.json).</translation>
    </message>
    <message>
        <source>Berkas ekspor jawaban</source>
        <translation>Answer export file</translation>
    </message>
    <message>
        <source>kosong = lembar pertama</source>
        <translation>empty = first sheet</translation>
    </message>
    <message>
        <source>Isi kedua berkas dengan contoh yang disertakan aplikasi</source>
        <translation>Fill in both files with the samples bundled with the app</translation>
    </message>
    <message>
        <source>Identitas responden tidak dibaca dan tidak disimpan: kolom nama, email, nomor HP, alamat IP dan waktu pengisian dilewati. Hasil estimasi tidak ditulis ke basis data dan tidak bercampur dengan hasil resmi KPK.</source>
        <translation>Respondent identities are neither read nor stored: name, email, mobile number, IP address and response time columns are skipped. Estimate results are not written to the database and never mix with official KPK results.</translation>
    </message>
    <message>
        <source>Ekspor jawaban</source>
        <translation>Response export</translation>
    </message>
    <message>
        <source>Peta kuesioner</source>
        <translation>Questionnaire map</translation>
    </message>
    <message>
        <source>&amp;Pilih berkas…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <source>Pilih pe&amp;ta…</source>
        <translation>Choose &amp;map…</translation>
    </message>
    <message>
        <source>Pakai &amp;contoh</source>
        <translation>Use &amp;sample</translation>
    </message>
    <message>
        <source>Lembar kerja</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Pilih ekspor jawaban</source>
        <translation>Choose response export</translation>
    </message>
    <message>
        <source>Ekspor jawaban (*.csv *.xlsx *.xls *.ods *.txt)</source>
        <translation>Response exports (*.csv *.xlsx *.xls *.ods *.txt)</translation>
    </message>
    <message>
        <source>Pilih peta kuesioner</source>
        <translation>Choose questionnaire map</translation>
    </message>
    <message>
        <source>Peta kuesioner (*.json)</source>
        <translation>Questionnaire maps (*.json)</translation>
    </message>
    <message>
        <source>Berkas tidak ditemukan: %1</source>
        <translation>File not found: %1</translation>
    </message>
</context>
<context>
    <name>FirstStartWizard</name>
    <message>
        <source>Asisten mulai</source>
        <translation>Getting started</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Groups</name>
    <message>
        <source>Internal (pegawai)</source>
        <translation>Internal (employees)</translation>
    </message>
    <message>
        <source>Eksternal (pengguna layanan)</source>
        <translation>External (service users)</translation>
    </message>
    <message>
        <source>Eksper</source>
        <translation>Expert</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Internal</translation>
    </message>
    <message>
        <source>Eksternal</source>
        <translation>External</translation>
    </message>
    <message>
        <source>Belum diterima</source>
        <translation>Not received</translation>
    </message>
    <message>
        <source>Format dikirim, belum diterima</source>
        <translation>Form sent, not received yet</translation>
    </message>
    <message>
        <source>Terlambat, belum diterima</source>
        <translation>Late, not received</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Diterima terlambat</source>
        <translation>Received late</translation>
    </message>
    <message>
        <source>Tervalidasi</source>
        <translation>Validated</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Duplikat</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Peringatan</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Dilewati</source>
        <translation>Skipped</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Riwayat %1</source>
        <translation>History of %1</translation>
    </message>
    <message>
        <source>Tanggal data</source>
        <translation>Data date</translation>
    </message>
    <message>
        <source>Kelompok</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Diundang</source>
        <translation>Invited</translation>
    </message>
    <message>
        <source>Mulai</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Perubahan</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Capaian</source>
        <translation>Attainment</translation>
    </message>
    <message>
        <source>Riwayat progres</source>
        <translation>Progress history</translation>
    </message>
    <message>
        <source>Grafik riwayat progres</source>
        <translation>Progress history chart</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Garis putus-putus: target tiap kelompok</source>
        <translation>Dashed lines: each group&apos;s target</translation>
    </message>
    <message>
        <source>%1 tanggal data. Perubahan negatif (merah) berarti jumlah selesai turun dari data sebelumnya dan perlu ditanyakan ke KPK/vendor.</source>
        <translation>Data dates: %1. A negative change (red) means the completed count fell from the previous data and should be queried with KPK/the vendor.</translation>
    </message>
    <message>
        <source>Belum ada data kemajuan untuk OPD ini.</source>
        <translation>No progress data for this OPD yet.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Masa survei</source>
        <translation>Survey window</translation>
    </message>
    <message>
        <source>Indeks SPI nasional</source>
        <translation>National SPI index</translation>
    </message>
    <message>
        <source>OPD peserta</source>
        <translation>Participating units</translation>
    </message>
    <message>
        <source>Daftar populasi OPD</source>
        <translation>Unit population lists</translation>
    </message>
    <message>
        <source>Hasil resmi &amp; rencana aksi</source>
        <translation>Official results &amp; action plan</translation>
    </message>
    <message>
        <source>Kategori nilai tahun ini</source>
        <translation>Score bands this year</translation>
    </message>
    <message>
        <source>Kemajuan pengisian survei per OPD</source>
        <translation>Survey responses per unit</translation>
    </message>
    <message>
        <source>Mulai dengan &amp;asisten…</source>
        <translation>Start with the &amp;assistant…</translation>
    </message>
    <message>
        <source>Ke &amp;Instansi &amp;&amp; OPD</source>
        <translation>Go to &amp;Institution &amp;&amp; OPD</translation>
    </message>
    <message>
        <source>Ruang kerja belum diatur</source>
        <translation>Workspace not set up</translation>
    </message>
    <message>
        <source>Survei Penilaian Integritas %1</source>
        <translation>Integrity Assessment Survey %1</translation>
    </message>
    <message>
        <source>Ruang kerja ini masih kosong. Asisten mulai membantu mengisi data instansi, tahun survei dan daftar OPD dalam empat langkah singkat.</source>
        <translation>This workspace is still empty. The getting-started assistant helps you enter the institution, the survey year and the OPD list in four short steps.</translation>
    </message>
    <message>
        <source>Belum ada OPD untuk %1. Impor daftar OPD agar populasi, pemantauan dan kartu skor dapat dipakai.</source>
        <translation>There are no OPD for %1 yet. Import the OPD list so that population lists, monitoring and scorecards can be used.</translation>
    </message>
    <message>
        <source>Belum ditetapkan</source>
        <translation>Not set yet</translation>
    </message>
    <message>
        <source>Dimulai %1 hari lagi</source>
        <translation>Days until it starts: %1</translation>
    </message>
    <message>
        <source>Sisa %1 hari</source>
        <translation>Days left: %1</translation>
    </message>
    <message>
        <source>Sudah selesai</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>%1 s.d. %2
Batas data populasi: %3</source>
        <translation>%1 to %2
Population data deadline: %3</translation>
    </message>
    <message>
        <source>Target nasional: %1</source>
        <translation>National target: %1</translation>
    </message>
    <message>
        <source>dari %1 OPD terdaftar</source>
        <translation>of %1 registered OPD</translation>
    </message>
    <message>
        <source>diterima (internal dan eksternal)
%1 terlambat, %2 tervalidasi</source>
        <translation>received (internal and external)
%1 late, %2 validated</translation>
    </message>
    <message>
        <source>%1
Rencana aksi: %2 kegiatan, %3 selesai, %4 terlambat</source>
        <translation>%1
Action plan: activities %2, done %3, overdue %4</translation>
    </message>
    <message>
        <source>belum ada hasil resmi</source>
        <translation>no official results yet</translation>
    </message>
</context>
<context>
    <name>ImportErrors</name>
    <message>
        <source>berkas kosong</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>pecah per OPD lalu impor satu per satu</source>
        <translation>split it per OPD and import the files one by one</translation>
    </message>
    <message>
        <source>gunakan .xlsx, .xls, .ods, .csv atau .txt</source>
        <translation>use .xlsx, .xls, .ods, .csv or .txt</translation>
    </message>
    <message>
        <source>minta berkas Excel/CSV aslinya dari OPD (tabel di PDF tidak dapat dibaca tanpa salah ketik)</source>
        <translation>ask the OPD for the original Excel/CSV file (a table in a PDF cannot be read without typing errors)</translation>
    </message>
    <message>
        <source>buka di Excel atau LibreOffice lalu simpan sebagai Excel Workbook (.xlsx) atau CSV</source>
        <translation>open it in Excel or LibreOffice and save it as an Excel Workbook (.xlsx) or CSV</translation>
    </message>
    <message>
        <source>minta OPD mengirim ulang berkasnya</source>
        <translation>ask the OPD to send the file again</translation>
    </message>
    <message>
        <source>minta OPD mengirim ulang</source>
        <translation>ask the OPD to send it again</translation>
    </message>
    <message>
        <source>salin tabelnya ke Excel lalu simpan sebagai .xlsx</source>
        <translation>copy its table into Excel and save it as .xlsx</translation>
    </message>
    <message>
        <source>ekstrak dulu lalu impor berkas di dalamnya</source>
        <translation>extract it first, then import the files inside</translation>
    </message>
    <message>
        <source>buka di Excel, hapus kata sandinya (File › Info › Protect Workbook), simpan, lalu impor lagi</source>
        <translation>open it in Excel, remove the password (File › Info › Protect Workbook), save, then import again</translation>
    </message>
    <message>
        <source>buka di Excel, hapus kata sandinya, simpan, lalu impor lagi</source>
        <translation>open it in Excel, remove the password, save, then import again</translation>
    </message>
    <message>
        <source>berkas Office lama yang bukan lembar kerja Excel</source>
        <translation>an old Office file that is not an Excel spreadsheet</translation>
    </message>
    <message>
        <source>buka di Excel lalu simpan ulang sebagai .xlsx</source>
        <translation>open it in Excel and save it again as .xlsx</translation>
    </message>
    <message>
        <source>simpan ulang sebagai CSV UTF-8</source>
        <translation>save it again as CSV UTF-8</translation>
    </message>
    <message>
        <source>simpan ulang berkas sebagai CSV UTF-8</source>
        <translation>save the file again as CSV UTF-8</translation>
    </message>
    <message>
        <source>minimal salah satu wajib ada</source>
        <translation>at least one of them is required</translation>
    </message>
    <message>
        <source>kolom &apos;Perangkat Daerah&apos; (atau OPD) tidak ditemukan</source>
        <translation>the &apos;Perangkat Daerah&apos; (or OPD) column was not found</translation>
    </message>
    <message>
        <source>tambahkan kolom itu atau pilih satu OPD untuk seluruh berkas</source>
        <translation>add that column or choose one OPD for the whole file</translation>
    </message>
    <message>
        <source>tidak ada yang disimpan</source>
        <translation>nothing was saved</translation>
    </message>
    <message>
        <source>tidak ada yang diubah.</source>
        <translation>nothing was changed.</translation>
    </message>
    <message>
        <source>Tidak ada yang diubah.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>Tidak ada baris yang dapat disimpan</source>
        <translation>No row can be saved</translation>
    </message>
    <message>
        <source>lembar yang tampak tidak berisi daftar</source>
        <translation>the visible sheets hold no list</translation>
    </message>
    <message>
        <source>minimal kolom Nama dan salah satu dari No. HP atau Email wajib ada</source>
        <translation>at least a Name column and a Mobile no. or Email column are required</translation>
    </message>
    <message>
        <source>kolomnya dikenali otomatis</source>
        <translation>its columns were recognised automatically</translation>
    </message>
    <message>
        <source>impor lembar itu sendiri</source>
        <translation>import that sheet on its own</translation>
    </message>
    <message>
        <source>impor lembar itu dengan memilihnya, atau impor semua lembar sekaligus (pilihan &apos;semua lembar&apos;)</source>
        <translation>import such a sheet by choosing it, or import all sheets at once (the &apos;all sheets&apos; option)</translation>
    </message>
    <message>
        <source>tidak dibaca sebagai daftar</source>
        <translation>not read as a list</translation>
    </message>
    <message>
        <source>Kolom Eselon dibaca untuk syarat responden saja (eselon I/II ditandai)</source>
        <translation>The Eselon column is read only for the respondent rules (echelon I/II are flagged)</translation>
    </message>
    <message>
        <source>nilainya tidak disimpan dan tidak dikirim ke KPK</source>
        <translation>its values are neither stored nor sent to KPK</translation>
    </message>
    <message>
        <source>periksa ulang sebelum mengimpor</source>
        <translation>check it again before importing</translation>
    </message>
    <message>
        <source>Daftar populasi tahun ini sedang terus diubah oleh proses lain</source>
        <translation>This year&apos;s population list keeps being changed by another process</translation>
    </message>
    <message>
        <source>coba impor lagi sebentar lagi</source>
        <translation>try the import again in a moment</translation>
    </message>
    <message>
        <source>Nama preset wajib diisi</source>
        <translation>A preset name is required</translation>
    </message>
    <message>
        <source>Data OPD belum benar:</source>
        <translation>The OPD&apos;s details are not right yet:</translation>
    </message>
    <message>
        <source>tutup berkas itu lalu impor lagi</source>
        <translation>close that file, then import again</translation>
    </message>
    <message>
        <source>Berkas tersembunyi, tidak dibaca sebagai daftar</source>
        <translation>Hidden file, not read as a list</translation>
    </message>
    <message>
        <source>Arsip .zip di dalam arsip: ekstrak dulu lalu impor lagi</source>
        <translation>A .zip inside the archive: extract it first, then import again</translation>
    </message>
    <message>
        <source>Bukan lembar kerja (xlsx, xls, ods atau csv)</source>
        <translation>Not a spreadsheet (xlsx, xls, ods or csv)</translation>
    </message>
    <message>
        <source>Jalur di dalam arsip keluar dari arsip</source>
        <translation>A path inside the archive points outside it</translation>
    </message>
    <message>
        <source>tidak diekstrak</source>
        <translation>not extracted</translation>
    </message>
    <message>
        <source>Arsip .zip rusak atau berkata sandi</source>
        <translation>The .zip archive is damaged or password-protected</translation>
    </message>
    <message>
        <source>Arsip .zip tidak dapat dibaca (mungkin sedang dibuka program lain)</source>
        <translation>The .zip archive cannot be read (perhaps another program has it open)</translation>
    </message>
    <message>
        <source>Tidak diikutkan, sesuai pilihan Anda</source>
        <translation>Left out, as you chose</translation>
    </message>
    <message>
        <source>yang dibaca adalah isi yang terakhir disimpan</source>
        <translation>what is read is the content last saved</translation>
    </message>
    <message>
        <source>Format ini dibuat oleh ruang kerja SPI Desktop lain, bukan ruang kerja ini</source>
        <translation>This template was made by another SPI Desktop workspace, not this one</translation>
    </message>
    <message>
        <source>minta OPD mengisi format yang dikirim dari ruang kerja ini</source>
        <translation>ask the OPD to fill in the template sent from this workspace</translation>
    </message>
    <message>
        <source>Berkas ini tampak seperti format kiriman, tetapi penandanya tidak ada (mungkin terhapus)</source>
        <translation>This file looks like a collection template, but its marker is missing (perhaps deleted)</translation>
    </message>
    <message>
        <source>OPD dan kelompoknya dikenali dari kolom dan nama berkas</source>
        <translation>its OPD and group were recognised from the columns and the file name</translation>
    </message>
    <message>
        <source>tiap baris masuk OPD yang tertulis di kolom OPD-nya</source>
        <translation>each row goes to the OPD written in its OPD column</translation>
    </message>
    <message>
        <source>mungkin rusak</source>
        <translation>it may be damaged</translation>
    </message>
    <message>
        <source>Buka dan simpan ulang di Excel, lalu impor lagi</source>
        <translation>Open it and save it again in Excel, then import again</translation>
    </message>
    <message>
        <source>Sebagian data baru saja diubah pengguna lain, jadi tidak ada yang disimpan</source>
        <translation>Some of the data was just changed by another user, so nothing was saved</translation>
    </message>
    <message>
        <source>Muat ulang data terbaru lalu ulangi.</source>
        <translation>Reload the latest data and try again.</translation>
    </message>
    <message>
        <source>Basis data sedang dipakai proses lain (terkunci)</source>
        <translation>The database is in use by another process (locked)</translation>
    </message>
    <message>
        <source>Tunggu sebentar lalu coba lagi.</source>
        <translation>Wait a moment and try again.</translation>
    </message>
    <message>
        <source>Berkas %1 tidak ditemukan</source>
        <translation>File %1 not found</translation>
    </message>
    <message>
        <source>berkas %1 MB terlalu besar (batas %2 MB)</source>
        <translation>the file is %1 MB, too large (the limit is %2 MB)</translation>
    </message>
    <message>
        <source>%1 tidak dapat dibaca: %2 (berkas sedang dibuka program lain?)</source>
        <translation>%1 cannot be read: %2 (is the file open in another program?)</translation>
    </message>
    <message>
        <source>jenis berkas &apos;%1&apos; tidak didukung</source>
        <translation>file type &apos;%1&apos; is not supported</translation>
    </message>
    <message>
        <source>%1 sebenarnya berisi %2, bukan %3</source>
        <translation>%1 actually holds %2, not %3</translation>
    </message>
    <message>
        <source>dibaca sebagai %1</source>
        <translation>read as %1</translation>
    </message>
    <message>
        <source>%1 adalah dokumen PDF: tidak didukung karena bukan lembar kerja</source>
        <translation>%1 is a PDF document: not supported because it is not a spreadsheet</translation>
    </message>
    <message>
        <source>%1 bukan lembar kerja maupun teks (isi biner yang tidak dikenal)</source>
        <translation>%1 is neither a spreadsheet nor text (unknown binary content)</translation>
    </message>
    <message>
        <source>%1 berisi XML yang bukan lembar kerja</source>
        <translation>%1 holds XML that is not a spreadsheet</translation>
    </message>
    <message>
        <source>%1 rusak: arsip Excel/ODS tidak utuh (terpotong saat diunduh atau dikirim?)</source>
        <translation>%1 is damaged: the Excel/ODS archive is incomplete (cut off while downloading or sending?)</translation>
    </message>
    <message>
        <source>%1 adalah dokumen Word/teks, bukan lembar kerja</source>
        <translation>%1 is a Word/text document, not a spreadsheet</translation>
    </message>
    <message>
        <source>%1 adalah dokumen Word 97-2003, bukan lembar kerja</source>
        <translation>%1 is a Word 97-2003 document, not a spreadsheet</translation>
    </message>
    <message>
        <source>%1 adalah presentasi, bukan lembar kerja</source>
        <translation>%1 is a presentation, not a spreadsheet</translation>
    </message>
    <message>
        <source>%1 adalah arsip ZIP, bukan lembar kerja</source>
        <translation>%1 is a ZIP archive, not a spreadsheet</translation>
    </message>
    <message>
        <source>%1 dilindungi kata sandi</source>
        <translation>%1 is password-protected</translation>
    </message>
    <message>
        <source>%1 tidak dapat dibuka: berkas rusak atau bukan lembar kerja Excel/ODS (terpotong saat diunduh?)</source>
        <translation>%1 cannot be opened: the file is damaged or not an Excel/ODS spreadsheet (cut off while downloading?)</translation>
    </message>
    <message>
        <source>lembar &apos;%1&apos; tidak dapat dibaca (rusak atau dibuat program yang tidak dikenal)</source>
        <translation>sheet &apos;%1&apos; cannot be read (damaged or made by an unknown program)</translation>
    </message>
    <message>
        <source>%1 tidak dapat dibaca sebagai lembar kerja</source>
        <translation>%1 cannot be read as a spreadsheet</translation>
    </message>
    <message>
        <source>isi berkas tidak dapat dibaca sebagai teks (%1)</source>
        <translation>the file&apos;s content cannot be read as text (%1)</translation>
    </message>
    <message>
        <source>format CSV rusak (%1)</source>
        <translation>broken CSV format (%1)</translation>
    </message>
    <message>
        <source>isi CSV rusak (%1)</source>
        <translation>broken CSV content (%1)</translation>
    </message>
    <message>
        <source>baris judul tidak dapat dibaca sebagai CSV (%1)</source>
        <translation>the heading line cannot be read as CSV (%1)</translation>
    </message>
    <message>
        <source>lembar &apos;%1&apos; tidak ada</source>
        <translation>there is no sheet &apos;%1&apos;</translation>
    </message>
    <message>
        <source>lembar yang ada: %1</source>
        <translation>the sheets are: %1</translation>
    </message>
    <message>
        <source>%1 tidak berisi lembar kerja</source>
        <translation>%1 holds no worksheet</translation>
    </message>
    <message>
        <source>isi tidak dapat dibaca sebagai %1 walaupun berkas menandai dirinya %2</source>
        <translation>the content cannot be read as %1 although the file marks itself as %2</translation>
    </message>
    <message>
        <source>byte 0x%1 tidak dapat dibaca sebagai UTF-8, UTF-16, UTF-32 dan Windows-1252 (ANSI)</source>
        <translation>byte 0x%1 cannot be read as UTF-8, UTF-16, UTF-32 or Windows-1252 (ANSI)</translation>
    </message>
    <message>
        <source>%1 tidak dapat dibaca: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>baris judul kolom tidak ditemukan di %1 baris pertama</source>
        <translation>no row of column headings found within rows 1–%1</translation>
    </message>
    <message>
        <source>Kolom yang wajib ada: %1</source>
        <translation>Required columns: %1</translation>
    </message>
    <message>
        <source>kolom &apos;%1&apos; tidak ditemukan (baris judul %2 berisi: %3)</source>
        <translation>column &apos;%1&apos; not found (heading row %2 holds: %3)</translation>
    </message>
    <message>
        <source>Nama kolom yang dikenali untuk &apos;%1&apos;: %2</source>
        <translation>Column names recognised for &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>Isian &apos;%1&apos; tidak dikenal untuk kelompok ini</source>
        <translation>Field &apos;%1&apos; is not known for this group</translation>
    </message>
    <message>
        <source>isian yang ada: %1</source>
        <translation>the fields are: %1</translation>
    </message>
    <message>
        <source>kolom &apos;%1&apos; yang dipilih untuk %2 tidak ada di baris judul %3</source>
        <translation>column &apos;%1&apos; chosen for %2 is not in heading row %3</translation>
    </message>
    <message>
        <source>kolom yang ada: %1</source>
        <translation>the columns are: %1</translation>
    </message>
    <message>
        <source>Kolom &apos;%1&apos; wajib dipetakan ke salah satu kolom berkas</source>
        <translation>Column &apos;%1&apos; must be matched to one of the file&apos;s columns</translation>
    </message>
    <message>
        <source>kolom &apos;%1&apos; wajib dipetakan ke salah satu kolom berkas</source>
        <translation>column &apos;%1&apos; must be matched to one of the file&apos;s columns</translation>
    </message>
    <message>
        <source>kolom %1 tidak ditemukan (baris judul %2 berisi: %3)</source>
        <translation>no %1 column found (heading row %2 holds: %3)</translation>
    </message>
    <message>
        <source>kolom No. HP maupun Email tidak ditemukan (baris judul %1)</source>
        <translation>neither a Mobile no. nor an Email column found (heading row %1)</translation>
    </message>
    <message>
        <source>tidak ada baris data di bawah judul kolom (baris %1)</source>
        <translation>no data rows below the column headings (row %1)</translation>
    </message>
    <message>
        <source>%1 dilewati karena bukan responden (baris jumlah, tanda tangan)</source>
        <translation>%1 skipped: total lines and signatures, not respondents</translation>
    </message>
    <message>
        <source>daftar hanya ada di lembar tersembunyi %1</source>
        <translation>the list is only in the hidden sheet %1</translation>
    </message>
    <message>
        <source>Bila lembar itu memang daftar tahun ini, pilih lembar &apos;%1&apos; secara tegas sebagai lembar yang diimpor, atau tampilkan lembarnya di Excel</source>
        <translation>If that sheet really is this year&apos;s list, choose sheet &apos;%1&apos; explicitly as the sheet to import, or unhide it in Excel</translation>
    </message>
    <message>
        <source>Kelompok &apos;%1&apos; tidak dikenal</source>
        <translation>Group &apos;%1&apos; is not known</translation>
    </message>
    <message>
        <source>pilih %1</source>
        <translation>choose %1</translation>
    </message>
    <message>
        <source>%1 berubah sejak pratinjau</source>
        <translation>%1 has changed since the preview</translation>
    </message>
    <message>
        <source>Impor nomor %1 tidak ada</source>
        <translation>Import number %1 does not exist</translation>
    </message>
    <message>
        <source>Impor nomor %1 sudah dibatalkan pada %2</source>
        <translation>Import number %1 was already undone on %2</translation>
    </message>
    <message>
        <source>Preset pemetaan &apos;%1&apos; untuk kelompok %2 tidak ada</source>
        <translation>Mapping preset &apos;%1&apos; for group %2 does not exist</translation>
    </message>
    <message>
        <source>yang ada: %1</source>
        <translation>available: %1</translation>
    </message>
    <message>
        <source>OPD dengan kode %1 tidak ada</source>
        <translation>There is no OPD with code %1</translation>
    </message>
    <message>
        <source>Kode %1 sudah dipakai oleh %2</source>
        <translation>Code %1 is already used by %2</translation>
    </message>
    <message>
        <source>Folder laporan masalah %1 tidak ada</source>
        <translation>The problems report folder %1 does not exist</translation>
    </message>
    <message>
        <source>Tanggal %1 di luar masa survei %2 (%3 s.d. %4)</source>
        <translation>Date %1 is outside the %2 survey window (%3 to %4)</translation>
    </message>
    <message>
        <source>Sudah ada data kemajuan tanggal %1</source>
        <translation>There is already progress data for %1</translation>
    </message>
    <message>
        <source>pilih ganti (--replace) atau simpan keduanya (--keep-both)</source>
        <translation>choose to replace it (--replace) or keep both (--keep-both)</translation>
    </message>
    <message>
        <source>Jenis basis data ini tidak didukung atau drivernya belum terpasang (%1)</source>
        <translation>This kind of database is not supported or its driver is not installed (%1)</translation>
    </message>
    <message>
        <source>Basis data menolak perintah: %1</source>
        <translation>The database refused the command: %1</translation>
    </message>
    <message>
        <source>Kesalahan basis data: %1</source>
        <translation>Database error: %1</translation>
    </message>
    <message>
        <source>Berkas tidak dapat dipakai (%1): %2</source>
        <translation>The file cannot be used (%1): %2</translation>
    </message>
    <message>
        <source>Berkas tidak dapat dipakai: %1</source>
        <translation>The file cannot be used: %1</translation>
    </message>
    <message>
        <source>Terjadi kesalahan tak terduga (%1): %2</source>
        <translation>An unexpected error occurred (%1): %2</translation>
    </message>
    <message>
        <source>Alamat basis data %1 tidak dapat dipakai: %2</source>
        <translation>The database address %1 cannot be used: %2</translation>
    </message>
    <message>
        <source>Basis data %1 tidak dapat dibuka: %2</source>
        <translation>The database %1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>No. HP</source>
        <translation>Mobile no.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Perangkat Daerah</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Eselon</source>
        <translation>Echelon</translation>
    </message>
    <message>
        <source>Unit Kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>TMT</source>
        <translation>Start date (TMT)</translation>
    </message>
    <message>
        <source>TMT Unit</source>
        <translation>Start in unit (TMT)</translation>
    </message>
    <message>
        <source>Jenis Layanan</source>
        <translation>Service type</translation>
    </message>
    <message>
        <source>Tanggal Layanan</source>
        <translation>Service date</translation>
    </message>
    <message>
        <source>Instansi/Organisasi</source>
        <translation>Institution/organisation</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>No. HP / Email</source>
        <translation>Mobile no. / Email</translation>
    </message>
    <message>
        <source>No. HP / Email / NIP</source>
        <translation>Mobile no. / Email / NIP</translation>
    </message>
    <message>
        <source>Syarat responden</source>
        <translation>Respondent rules</translation>
    </message>
    <message>
        <source>Isi sel</source>
        <translation>Cell content</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Nama OPD</source>
        <translation>OPD name</translation>
    </message>
    <message>
        <source>Singkatan</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Nama Lain</source>
        <translation>Other names</translation>
    </message>
    <message>
        <source>Nama Kepala</source>
        <translation>Head&apos;s name</translation>
    </message>
    <message>
        <source>Jabatan Kepala</source>
        <translation>Head&apos;s position</translation>
    </message>
    <message>
        <source>NIP Kepala</source>
        <translation>Head&apos;s NIP</translation>
    </message>
    <message>
        <source>Nama PIC</source>
        <translation>PIC name</translation>
    </message>
    <message>
        <source>No. HP PIC</source>
        <translation>PIC mobile no.</translation>
    </message>
    <message>
        <source>Email PIC</source>
        <translation>PIC email</translation>
    </message>
    <message>
        <source>Kelompok</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Diundang</source>
        <translation>Invited</translation>
    </message>
    <message>
        <source>Mulai</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Indeks SPI</source>
        <translation>SPI index</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Internal</translation>
    </message>
    <message>
        <source>Eksternal</source>
        <translation>External</translation>
    </message>
    <message>
        <source>Eksper</source>
        <translation>Expert</translation>
    </message>
    <message>
        <source>Faktor Koreksi</source>
        <translation>Correction factor</translation>
    </message>
    <message>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Semua baris disimpan dalam satu langkah; bila dihentikan, tidak ada yang berubah.</source>
        <translation>All rows are saved in one step; if stopped, nothing changes.</translation>
    </message>
    <message>
        <source>Impor nomor %1 tersimpan. </source>
        <translation>Import number %1 saved. </translation>
    </message>
</context>
<context>
    <name>ImportReasons</name>
    <message>
        <source>%1, baris %2, kolom %3: %4</source>
        <translation>%1, row %2, column %3: %4</translation>
    </message>
    <message>
        <source>%1, baris %2: %3</source>
        <translation>%1, row %2: %3</translation>
    </message>
    <message>
        <source>Baris jumlah/total, bukan responden</source>
        <translation>Total line, not a respondent</translation>
    </message>
    <message>
        <source>Judul kolom yang diulang (mis. di setiap halaman cetak), bukan responden</source>
        <translation>Column headings repeated (e.g. on every printed page), not a respondent</translation>
    </message>
    <message>
        <source>Baris nomor kolom (1, 2, 3 …), bukan responden</source>
        <translation>Column numbering line (1, 2, 3 …), not a respondent</translation>
    </message>
    <message>
        <source>Judul bagian di dalam daftar, bukan responden</source>
        <translation>Section heading inside the list, not a respondent</translation>
    </message>
    <message>
        <source>Blok tanda tangan atau catatan di bawah daftar, bukan responden</source>
        <translation>Signature block or note below the list, not a respondent</translation>
    </message>
    <message>
        <source>Baris hanya berisi karakter kontrol (mis. tanda akhir berkas Ctrl-Z)</source>
        <translation>Line holds only control characters (e.g. the Ctrl-Z end-of-file mark)</translation>
    </message>
    <message>
        <source>Baris hanya berisi kolom yang tidak dipakai</source>
        <translation>Line holds only columns that are not used</translation>
    </message>
    <message>
        <source>Nama kosong</source>
        <translation>Name is empty</translation>
    </message>
    <message>
        <source>OPD kosong</source>
        <translation>OPD is empty</translation>
    </message>
    <message>
        <source>Nomor HP kosong</source>
        <translation>Mobile number is empty</translation>
    </message>
    <message>
        <source>Email kosong</source>
        <translation>Email is empty</translation>
    </message>
    <message>
        <source>Tidak ada No. HP atau email yang sah</source>
        <translation>No valid mobile number or email</translation>
    </message>
    <message>
        <source>baris ini dibaca sebagai Windows-1252 (ANSI), berbeda dari bagian lain berkas</source>
        <translation>this line was read as Windows-1252 (ANSI), unlike the rest of the file</translation>
    </message>
    <message>
        <source>format kolom NIP sebagai Teks lalu ketik ulang</source>
        <translation>format the NIP column as Text and type it again</translation>
    </message>
    <message>
        <source>Kode OPD wajib diisi</source>
        <translation>The OPD code is required</translation>
    </message>
    <message>
        <source>Nama OPD wajib diisi</source>
        <translation>The OPD name is required</translation>
    </message>
    <message>
        <source>Berkas tidak punya kolom kelompok</source>
        <translation>The file has no group column</translation>
    </message>
    <message>
        <source>pilih kelompok responden untuk berkas ini</source>
        <translation>choose the respondent group for this file</translation>
    </message>
    <message>
        <source>tulis internal, eksternal atau eksper</source>
        <translation>write internal, eksternal or eksper</translation>
    </message>
    <message>
        <source>Jumlah selesai kosong</source>
        <translation>Completed count is empty</translation>
    </message>
    <message>
        <source>Target kosong</source>
        <translation>The target is empty</translation>
    </message>
    <message>
        <source>isi angkanya (target yang ditetapkan dihapus di layar Target)</source>
        <translation>fill in the number (a set target is removed on the Targets screen)</translation>
    </message>
    <message>
        <source>Target tidak disimpan:</source>
        <translation>The targets were not saved:</translation>
    </message>
    <message>
        <source>Kelompok eksper dihitung untuk instansi</source>
        <translation>The expert group is counted for the whole institution</translation>
    </message>
    <message>
        <source>kosongkan kode atau tulis INSTANSI</source>
        <translation>leave the code empty or write INSTANSI</translation>
    </message>
    <message>
        <source>nomornya tidak ditebak</source>
        <translation>the number is not guessed</translation>
    </message>
    <message>
        <source>nomornya tidak ditebak, perbaiki di berkas</source>
        <translation>the number is not guessed, correct it in the file</translation>
    </message>
    <message>
        <source>tulis satu nomor per kolom</source>
        <translation>write one number per column</translation>
    </message>
    <message>
        <source>karakter tak terlihat/kontrol dihapus</source>
        <translation>invisible/control characters removed</translation>
    </message>
    <message>
        <source>digit aslinya hilang</source>
        <translation>its real digits are lost</translation>
    </message>
    <message>
        <source>Nomor HP &apos;%1&apos; tertulis dalam notasi ilmiah</source>
        <translation>Mobile number &apos;%1&apos; is written in scientific notation</translation>
    </message>
    <message>
        <source>Nomor HP &apos;%1&apos; tidak berisi angka</source>
        <translation>Mobile number &apos;%1&apos; has no digits</translation>
    </message>
    <message>
        <source>Nomor HP &apos;%1&apos; tidak dapat dibaca</source>
        <translation>Mobile number &apos;%1&apos; cannot be read</translation>
    </message>
    <message>
        <source>Nomor HP &apos;%1&apos; bukan nomor Indonesia yang sah</source>
        <translation>Mobile number &apos;%1&apos; is not a valid Indonesian number</translation>
    </message>
    <message>
        <source>Nomor HP &apos;%1&apos; bukan nomor seluler (WhatsApp)</source>
        <translation>Mobile number &apos;%1&apos; is not a mobile (WhatsApp) number</translation>
    </message>
    <message>
        <source>Nomor HP &apos;%1&apos; bukan nomor</source>
        <translation>Mobile number &apos;%1&apos; is not a number</translation>
    </message>
    <message>
        <source>Nomor HP &apos;%1&apos; bukan bilangan bulat</source>
        <translation>Mobile number &apos;%1&apos; is not a whole number</translation>
    </message>
    <message>
        <source>Nomor HP &apos;%1&apos; bukan bilangan bulat (ada angka desimal)</source>
        <translation>Mobile number &apos;%1&apos; is not a whole number (it has decimals)</translation>
    </message>
    <message>
        <source>Nomor HP &apos;%1&apos; diakhiri angka terpisah &apos;%2&apos; yang bukan bagian nomor</source>
        <translation>Mobile number &apos;%1&apos; ends with a separate number &apos;%2&apos; that is not part of it</translation>
    </message>
    <message>
        <source>Nomor HP &apos;%1&apos; berisi lebih dari satu nomor</source>
        <translation>Mobile number &apos;%1&apos; holds more than one number</translation>
    </message>
    <message>
        <source>Nomor HP &apos;%1&apos; berisi huruf %2 (huruf O/I/l bukan angka 0/1)</source>
        <translation>Mobile number &apos;%1&apos; has letters in it: %2 (O/I/l are letters, not the digits 0/1)</translation>
    </message>
    <message>
        <source>Nomor HP &apos;%1&apos; berisi huruf %2</source>
        <translation>Mobile number &apos;%1&apos; has letters in it: %2</translation>
    </message>
    <message>
        <source>Nomor HP &apos;%1&apos; berisi tanda kurung di tengah atau di akhir nomor</source>
        <translation>Mobile number &apos;%1&apos; has brackets inside or at the end of the number</translation>
    </message>
    <message>
        <source>Nomor HP &apos;%1&apos; berisi tanda %2 yang bukan bagian nomor</source>
        <translation>Mobile number &apos;%1&apos; has characters that are not part of a number: %2</translation>
    </message>
    <message>
        <source>Email &apos;%1&apos; tidak berbentuk nama@domain.tld</source>
        <translation>Email &apos;%1&apos; is not in the form name@domain.tld</translation>
    </message>
    <message>
        <source>NIP &apos;%1&apos; tersimpan sebagai angka di Excel sehingga digit terakhirnya hilang</source>
        <translation>NIP &apos;%1&apos; was stored as a number in Excel, so its last digits are lost</translation>
    </message>
    <message>
        <source>NIP &apos;%1&apos; harus 18 angka (ada %2 karakter)</source>
        <translation>NIP &apos;%1&apos; must have 18 digits (its length is %2)</translation>
    </message>
    <message>
        <source>NIP &apos;%1&apos;: 8 angka pertama (%2) bukan tanggal lahir yang sah</source>
        <translation>NIP &apos;%1&apos;: the first 8 digits (%2) are not a valid date of birth</translation>
    </message>
    <message>
        <source>NIP &apos;%1&apos;: bulan pengangkatan (%2) harus 01–12</source>
        <translation>NIP &apos;%1&apos;: the appointment month (%2) must be 01–12</translation>
    </message>
    <message>
        <source>NIP &apos;%1&apos;: angka ke-15 (jenis kelamin) harus 1 atau 2</source>
        <translation>NIP &apos;%1&apos;: the 15th digit (sex) must be 1 or 2</translation>
    </message>
    <message>
        <source>Tanggal &apos;%1&apos; tidak dapat dibaca</source>
        <translation>Date &apos;%1&apos; cannot be read</translation>
    </message>
    <message>
        <source>Nama berisi galat rumus Excel &apos;%1&apos;, bukan nama orang</source>
        <translation>Name holds the Excel formula error &apos;%1&apos;, not a person&apos;s name</translation>
    </message>
    <message>
        <source>%1 berisi galat rumus Excel &apos;%2&apos; (rumus yang tidak menemukan data), bukan nilai</source>
        <translation>%1 holds the Excel formula error &apos;%2&apos; (a formula that found no data), not a value</translation>
    </message>
    <message>
        <source>%1: galat rumus Excel &apos;%2&apos; dikosongkan</source>
        <translation>%1: the Excel formula error &apos;%2&apos; was emptied</translation>
    </message>
    <message>
        <source>%1: karakter tak terlihat/kontrol dihapus</source>
        <translation>%1: invisible/control characters removed</translation>
    </message>
    <message>
        <source>OPD &apos;%1&apos; tidak cocok dengan OPD terdaftar</source>
        <translation>OPD &apos;%1&apos; matches no registered OPD</translation>
    </message>
    <message>
        <source>%1 %2 sudah tersimpan untuk tahun dan kelompok ini</source>
        <translation>%1 %2 is already stored for this year and group</translation>
    </message>
    <message>
        <source>%1 %2 sama dengan baris %3</source>
        <translation>%1 %2 is the same as in row %3</translation>
    </message>
    <message>
        <source>%1 %2 sama dengan lembar &apos;%3&apos; baris %4</source>
        <translation>%1 %2 is the same as in sheet &apos;%3&apos;, row %4</translation>
    </message>
    <message>
        <source>%1 %2 sama dengan berkas %3, baris %4</source>
        <translation>%1 %2 is the same as in file %3, row %4</translation>
    </message>
    <message>
        <source>%1 %2 sama dengan berkas %3, lembar &apos;%4&apos; baris %5</source>
        <translation>%1 %2 is the same as in file %3, sheet &apos;%4&apos;, row %5</translation>
    </message>
    <message>
        <source>%1 yang sama sudah ada di kelompok %2</source>
        <translation>The same %1 is already in the group %2</translation>
    </message>
    <message>
        <source>Jabatan &apos;%1&apos; setingkat eselon I/II (pimpinan tinggi) tidak termasuk responden</source>
        <translation>Position &apos;%1&apos; is at echelon I/II level (senior leadership): not a respondent</translation>
    </message>
    <message>
        <source>Jabatan %1 dikecualikan</source>
        <translation>Position %1 is excluded</translation>
    </message>
    <message>
        <source>Kepala OPD yang disurvei (%1) tidak termasuk responden</source>
        <translation>The head of the surveyed OPD (%1) is not a respondent</translation>
    </message>
    <message>
        <source>Eselon %1 (eselon I/II, pimpinan tinggi) tidak termasuk responden</source>
        <translation>Echelon %1 (echelon I/II, senior leadership): not a respondent</translation>
    </message>
    <message>
        <source>Masa kerja di instansi kurang dari 1 tahun (TMT sesudah %1)</source>
        <translation>Less than 1 year of service at the institution (TMT after %1)</translation>
    </message>
    <message>
        <source>Masa kerja di unit kurang dari 1 tahun (TMT sesudah %1)</source>
        <translation>Less than 1 year of service in the unit (TMT after %1)</translation>
    </message>
    <message>
        <source>Masa kerja di instansi kurang dari %1 tahun (TMT sesudah %2)</source>
        <translation>Service at the institution shorter than the %1-year minimum (TMT after %2)</translation>
    </message>
    <message>
        <source>Masa kerja di unit kurang dari %1 tahun (TMT sesudah %2)</source>
        <translation>Service in the unit shorter than the %1-year minimum (TMT after %2)</translation>
    </message>
    <message>
        <source>Tanggal layanan di luar %1 s.d. akhir masa survei</source>
        <translation>Service date outside %1 to the end of the survey window</translation>
    </message>
    <message>
        <source>Tanggal layanan di luar %1 s.d. %2</source>
        <translation>Service date outside %1 to %2</translation>
    </message>
    <message>
        <source>%1 dikosongkan, OPD tetap diimpor</source>
        <translation>%1 left empty, the OPD is still imported</translation>
    </message>
    <message>
        <source>Kode %1 sudah dipakai di baris %2</source>
        <translation>Code %1 is already used in row %2</translation>
    </message>
    <message>
        <source>%1 paling panjang %2 karakter</source>
        <translation>%1 is longer than the %2-character limit</translation>
    </message>
    <message>
        <source>Kelompok &apos;%1&apos; tidak dikenal</source>
        <translation>Group &apos;%1&apos; is not known</translation>
    </message>
    <message>
        <source>&apos;%1&apos; bukan bilangan bulat tidak negatif</source>
        <translation>&apos;%1&apos; is not a whole number of zero or more</translation>
    </message>
    <message>
        <source>&apos;%1&apos; bukan angka</source>
        <translation>&apos;%1&apos; is not a number</translation>
    </message>
    <message>
        <source>&apos;%1&apos; bukan tanggal (tulis 2025-12-09 atau 09-12-2025)</source>
        <translation>&apos;%1&apos; is not a date (write 2025-12-09 or 09-12-2025)</translation>
    </message>
    <message>
        <source>Tahun &apos;%1&apos; bukan angka tahun</source>
        <translation>Year &apos;%1&apos; is not a year</translation>
    </message>
    <message>
        <source>%1 %2 di luar 0–100</source>
        <translation>%1 %2 is outside 0–100</translation>
    </message>
    <message>
        <source>Kelompok &apos;%1&apos; berbeda dari kelompok yang dipilih (%2)</source>
        <translation>Group &apos;%1&apos; differs from the chosen group (%2)</translation>
    </message>
    <message>
        <source>Selesai (%1) lebih besar dari diundang (%2)</source>
        <translation>Completed (%1) is more than invited (%2)</translation>
    </message>
    <message>
        <source>%1 (tanpa judul)</source>
        <translation>%1 (no heading)</translation>
    </message>
    <message>
        <source>%1 (tersembunyi)</source>
        <translation>%1 (hidden)</translation>
    </message>
    <message>
        <source>Kode OPD kosong untuk kelompok %1</source>
        <translation>The OPD code is empty for group %1</translation>
    </message>
    <message>
        <source>OPD &apos;%1&apos; tidak ikut SPI %2</source>
        <translation>OPD &apos;%1&apos; is not taking part in SPI %2</translation>
    </message>
    <message>
        <source>OPD &apos;%1&apos; tidak dikenal</source>
        <translation>OPD &apos;%1&apos; is not known</translation>
    </message>
    <message>
        <source>%1 %2 sudah ada di baris %3</source>
        <translation>%1 %2 is already in row %3</translation>
    </message>
    <message>
        <source>Jumlah lebih besar dari populasi yang dikirim (%1)</source>
        <translation>The count is larger than the population sent (%1)</translation>
    </message>
    <message>
        <source>jumlah selesai %1 %2 turun dari %3 ke %4</source>
        <translation>the completed count of %1 %2 fell from %3 to %4</translation>
    </message>
    <message>
        <source>Lembar &apos;%1&apos; tidak punya kolom yang dipilih</source>
        <translation>Sheet &apos;%1&apos; lacks the chosen columns</translation>
    </message>
    <message>
        <source>Lembar &apos;%1&apos; (%2) tidak punya kolom yang dipilih dan tidak dibaca</source>
        <translation>Sheet &apos;%1&apos; (%2) lacks the chosen columns and was not read</translation>
    </message>
    <message>
        <source>Lembar lain yang juga berisi daftar tidak dibaca: %1</source>
        <translation>Other sheets that also hold a list were not read: %1</translation>
    </message>
    <message>
        <source>Lembar tersembunyi &apos;%1&apos; adalah penanda format kiriman SPI Desktop (tahun, kelompok, OPD), bukan daftar</source>
        <translation>The hidden sheet &apos;%1&apos; is the SPI Desktop template&apos;s marker (year, group, OPD), not a list</translation>
    </message>
    <message>
        <source>Lembar tersembunyi tidak dibaca: %1</source>
        <translation>Hidden sheets not read: %1</translation>
    </message>
    <message>
        <source>Lembar &apos;%1&apos; tanpa kolom Perangkat Daerah: semua barisnya masuk OPD &apos;%2&apos; menurut nama lembarnya</source>
        <translation>Sheet &apos;%1&apos; has no OPD column: all its rows go to OPD &apos;%2&apos;, after the sheet&apos;s name</translation>
    </message>
    <message>
        <source>Kolom %1 (%2) dipakai sebagai %3 karena isinya %4</source>
        <translation>Column %1 (%2) is used as %3 because it holds %4</translation>
    </message>
    <message>
        <source>Kolom %1 (%2) mirip %3 tetapi tidak dipakai</source>
        <translation>Column %1 (%2) looks like %3 but is not used</translation>
    </message>
    <message>
        <source>%1 diambil dari kolom %2 (%3)</source>
        <translation>%1 is taken from column %2 (%3)</translation>
    </message>
    <message>
        <source>Berkas memuat baris untuk %1 OPD</source>
        <translation>The file holds rows for %1 OPD</translation>
    </message>
    <message>
        <source>Berkas ini masih dibuka di Excel (ada berkas kunci %1)</source>
        <translation>This file is still open in Excel (there is a lock file %1)</translation>
    </message>
    <message>
        <source>Berkas kunci Excel: &apos;%1&apos; mungkin masih dibuka di Excel</source>
        <translation>Excel lock file: &apos;%1&apos; may still be open in Excel</translation>
    </message>
    <message>
        <source>nomor HP</source>
        <translation>mobile numbers</translation>
    </message>
    <message>
        <source>alamat email</source>
        <translation>email addresses</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Excel biner (.xlsb)</source>
        <translation>binary Excel (.xlsb)</translation>
    </message>
    <message>
        <source>teks berpemisah (CSV)</source>
        <translation>delimited text (CSV)</translation>
    </message>
    <message>
        <source>tabel HTML</source>
        <translation>an HTML table</translation>
    </message>
    <message>
        <source>berkas tanpa akhiran</source>
        <translation>a file without an extension</translation>
    </message>
    <message>
        <source>1 baris</source>
        <translation>1 row</translation>
    </message>
    <message>
        <source>%1 baris</source>
        <translation>%1 rows</translation>
    </message>
    <message>
        <source>%1 (lembar &apos;%2&apos;)</source>
        <translation>%1 (sheet &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>(kolom %1)</source>
        <translation>(column %1)</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Batas daftar populasi tahun %1 sudah lewat (%2). Daftar ini tetap diimpor; Pengiriman OPD mencatatnya sebagai terlambat.</source>
        <translation>The population list deadline of %1 has passed (%2). This list is still imported; OPD submissions record it as late.</translation>
    </message>
    <message>
        <source>Impor daftar populasi %1</source>
        <translation>Import population list %1</translation>
    </message>
    <message>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>InstitutionStep</name>
    <message>
        <source>1 · Instansi</source>
        <translation>1 · Institution</translation>
    </message>
    <message>
        <source>Pemerintah daerah yang disurvei KPK, sebagaimana ditulis di surat KPK.</source>
        <translation>The local government KPK surveys, as written in KPK&apos;s letter.</translation>
    </message>
    <message>
        <source>mis. Pemerintah Kabupaten Sukamaju</source>
        <translation>e.g. Pemerintah Kabupaten Sukamaju</translation>
    </message>
    <message>
        <source>mis. KAB-SUKAMAJU (singkat, tanpa spasi)</source>
        <translation>e.g. KAB-SUKAMAJU (short, no spaces)</translation>
    </message>
    <message>
        <source>Nama instansi *</source>
        <translation>Institution name *</translation>
    </message>
    <message>
        <source>Kode instansi *</source>
        <translation>Institution code *</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Alamat, Inspektur dan logo untuk kartu skor dapat dilengkapi nanti di Pengaturan › Instansi.</source>
        <translation>The address, the Inspector and the logo for scorecards can be added later under Settings › Institution.</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>Impor banyak berkas populasi %1</source>
        <translation>Import many population files %1</translation>
    </message>
    <message>
        <source>Seret folder, berkas Excel/CSV, atau arsip .zip kiriman OPD ke jendela ini, atau pilih di sini. Tidak ada yang disimpan sebelum Anda menekan Impor.</source>
        <translation>Drag the folders, Excel/CSV files or .zip archives the OPD sent onto this window, or choose them here. Nothing is stored until you press Import.</translation>
    </message>
    <message>
        <source>Pilih &amp;folder…</source>
        <translation>Choose &amp;folder…</translation>
    </message>
    <message>
        <source>Pilih &amp;berkas…</source>
        <translation>Choose fi&amp;les…</translation>
    </message>
    <message>
        <source>K&amp;osongkan</source>
        <translation>Cl&amp;ear</translation>
    </message>
    <message>
        <source>Kelompok berkas tanpa penanda format</source>
        <translation>Group of files without a template marker</translation>
    </message>
    <message>
        <source>(tanyakan per berkas)</source>
        <translation>(ask per file)</translation>
    </message>
    <message>
        <source>Berkas kiriman OPD</source>
        <translation>Files sent by the OPD</translation>
    </message>
    <message>
        <source>Rincian berkas terpilih</source>
        <translation>Details of the selected file</translation>
    </message>
    <message>
        <source>OPD berkas ini</source>
        <translation>This file&apos;s OPD</translation>
    </message>
    <message>
        <source>Kelompok berkas ini</source>
        <translation>This file&apos;s group</translation>
    </message>
    <message>
        <source>Daftar lama OPD ini</source>
        <translation>This OPD&apos;s earlier list</translation>
    </message>
    <message>
        <source>Isinya memang daftar tahun ini</source>
        <translation>It really is this year&apos;s list</translation>
    </message>
    <message>
        <source>Jangan ikutkan berkas ini</source>
        <translation>Leave this file out</translation>
    </message>
    <message>
        <source>Tulis laporan masalah per OPD</source>
        <translation>Write a problems report per OPD</translation>
    </message>
    <message>
        <source>&amp;Impor berkas yang siap</source>
        <translation>&amp;Import the ready files</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>Kelompok</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Dikenali dari</source>
        <translation>Recognised by</translation>
    </message>
    <message>
        <source>Dibaca</source>
        <translation>Read</translation>
    </message>
    <message>
        <source>Diimpor</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Duplikat</source>
        <translation>Duplicates</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Peringatan</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Ditandai</source>
        <translation>Flagged</translation>
    </message>
    <message>
        <source>Tenggat</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Keadaan</source>
        <translation>State</translation>
    </message>
    <message>
        <source>&amp;Kelompok tanpa penanda:</source>
        <translation>&amp;Group without a marker:</translation>
    </message>
    <message>
        <source>Pilihan untuk berkas terpilih:</source>
        <translation>Choices for the selected file:</translation>
    </message>
    <message>
        <source>OPD:</source>
        <translation>OPD:</translation>
    </message>
    <message>
        <source>Kelompok:</source>
        <translation>Group:</translation>
    </message>
    <message>
        <source>Daftar lama:</source>
        <translation>Earlier list:</translation>
    </message>
    <message>
        <source>(dikenali otomatis)</source>
        <translation>(recognised automatically)</translation>
    </message>
    <message>
        <source>(tanyakan)</source>
        <translation>(ask)</translation>
    </message>
    <message>
        <source>Ganti daftar lama</source>
        <translation>Replace the earlier list</translation>
    </message>
    <message>
        <source>Tambahkan ke daftar lama</source>
        <translation>Add to the earlier list</translation>
    </message>
    <message>
        <source>Folder berkas kiriman OPD</source>
        <translation>Folder of the files the OPD sent</translation>
    </message>
    <message>
        <source>Daftar atau arsip (*.xlsx *.xlsm *.xls *.ods *.csv *.zip)</source>
        <translation>Lists or archives (*.xlsx *.xlsm *.xls *.ods *.csv *.zip)</translation>
    </message>
    <message>
        <source>Memeriksa berkas kiriman</source>
        <translation>Checking the files sent</translation>
    </message>
    <message>
        <source>Pratinjau gagal</source>
        <translation>Preview failed</translation>
    </message>
    <message>
        <source>Belum ada berkas. Seret folder atau berkas kiriman OPD ke sini.</source>
        <translation>No files yet. Drag the folders or files the OPD sent here.</translation>
    </message>
    <message>
        <source>Folder laporan masalah</source>
        <translation>Folder for the problems reports</translation>
    </message>
    <message>
        <source>Mengimpor berkas kiriman</source>
        <translation>Importing the files sent</translation>
    </message>
    <message>
        <source>Impor gagal</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <source>Impor selesai</source>
        <translation>Import finished</translation>
    </message>
</context>
<context>
    <name>IntakeWords</name>
    <message>
        <source>Penanda format</source>
        <translation>Template marker</translation>
    </message>
    <message>
        <source>Kolom OPD</source>
        <translation>OPD column</translation>
    </message>
    <message>
        <source>Nama berkas</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>Pilihan Anda</source>
        <translation>Your choice</translation>
    </message>
    <message>
        <source>Diimpor</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Siap diimpor</source>
        <translation>Ready to import</translation>
    </message>
    <message>
        <source>Perlu pilihan</source>
        <translation>Needs your choice</translation>
    </message>
    <message>
        <source>Tidak dapat diimpor</source>
        <translation>Cannot be imported</translation>
    </message>
    <message>
        <source>Gagal diimpor</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <source>Belum diimpor</source>
        <translation>Not imported yet</translation>
    </message>
    <message>
        <source>Tidak dibaca</source>
        <translation>Not read</translation>
    </message>
    <message>
        <source>Terlambat</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Tepat waktu</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>belum dikenali</source>
        <translation>not recognised yet</translation>
    </message>
    <message>
        <source>OPD: %1 · Kelompok: %2 · Dikenali dari: %3</source>
        <translation>OPD: %1 · Group: %2 · Recognised by: %3</translation>
    </message>
    <message>
        <source>Alasan:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Perlu pilihan Anda (pakai pilihan di kanan):</source>
        <translation>Needs your choice (use the choices on the right):</translation>
    </message>
    <message>
        <source>Daftar lama OPD ini: impor nomor %1</source>
        <translation>This OPD&apos;s earlier list: import number %1</translation>
    </message>
    <message>
        <source>Menggantikan impor nomor %1</source>
        <translation>Replaces import number %1</translation>
    </message>
    <message>
        <source>Disimpan sebagai impor nomor %1</source>
        <translation>Stored as import number %1</translation>
    </message>
    <message>
        <source>Laporan masalah: %1</source>
        <translation>Problems report: %1</translation>
    </message>
    <message>
        <source>Catatan:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>Masalah per baris (semuanya ada di laporan masalah):</source>
        <translation>Problems by row (the problems report has them all):</translation>
    </message>
    <message>
        <source>Baris %1, kolom %2: [%3] %4</source>
        <translation>Row %1, column %2: [%3] %4</translation>
    </message>
    <message>
        <source>OPD tidak dikenali: berkas tidak membawa penanda format, tidak punya kolom OPD, dan namanya tidak memuat kode atau nama OPD. Pilih OPD-nya.</source>
        <translation>OPD not recognised: the file carries no template marker, has no OPD column, and its name holds no OPD code or name. Choose its OPD.</translation>
    </message>
    <message>
        <source>Kelompok daftar tidak dikenali dari berkas maupun namanya. Pilih kelompoknya.</source>
        <translation>The list&apos;s group is not recognised from the file or its name. Choose its group.</translation>
    </message>
    <message>
        <source>OPD %1</source>
        <translation>OPD %1</translation>
    </message>
    <message>
        <source>instansi</source>
        <translation>the institution</translation>
    </message>
    <message>
        <source>Ada %1 berkas daftar %2 untuk %3 (%4). Pilih satu dan jangan ikutkan yang lain.</source>
        <translation>Several files (%1) hold the %2 list for %3 (%4). Choose one and leave the others out.</translation>
    </message>
    <message>
        <source>OPD %1 sudah mengirim daftar %2 (impor nomor %3). Pilih ganti daftar lama atau tambahkan ke daftar itu.</source>
        <translation>OPD %1 already sent its %2 list (import number %3). Choose to replace the earlier list or add to it.</translation>
    </message>
    <message>
        <source>Daftar %2 OPD %1 yang tersimpan (impor nomor %3) juga memuat OPD lain; daftar itu tidak dapat diganti dari sini, hanya ditambah.</source>
        <translation>The stored %2 list of OPD %1 (import number %3) also holds other OPD; it cannot be replaced from here, only added to.</translation>
    </message>
    <message>
        <source>Format ini untuk tahun survei %1, bukan %2. Impor hanya bila Anda yakin isinya daftar tahun %2.</source>
        <translation>This template is for survey year %1, not %2. Import it only if you are sure it holds the %2 list.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln berkas diimpor</source>
        <translation>
            <numerusform>%Ln file imported</numerusform>
            <numerusform>%Ln files imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln berkas siap diimpor</source>
        <translation>
            <numerusform>%Ln file ready to import</numerusform>
            <numerusform>%Ln files ready to import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln baris</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln menunggu pilihan Anda</source>
        <translation>
            <numerusform>%Ln waiting for your choice</numerusform>
            <numerusform>%Ln waiting for your choice</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tidak dapat diimpor atau tidak dibaca</source>
        <translation>
            <numerusform>%Ln cannot be imported or was not read</numerusform>
            <numerusform>%Ln cannot be imported or were not read</numerusform>
        </translation>
    </message>
    <message>
        <source>Dibatalkan: berkas yang sudah diimpor tetap tersimpan, sisanya belum diimpor.</source>
        <translation>Cancelled: the files already imported stay stored; the rest were not imported.</translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <source>Membaca berkas</source>
        <translation>Reading the file</translation>
    </message>
    <message>
        <source>Memeriksa baris</source>
        <translation>Checking the rows</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Daftar lain baru saja disimpan; memeriksa ulang duplikat</source>
        <translation>Another list was just saved; checking duplicates again</translation>
    </message>
    <message>
        <source>Membaca hasil…</source>
        <translation>Reading the results…</translation>
    </message>
    <message>
        <source>Menyiapkan penggambar kartu…</source>
        <translation>Preparing the card renderers…</translation>
    </message>
    <message>
        <source>Memeriksa berkas cadangan</source>
        <translation>Checking the backup file</translation>
    </message>
    <message>
        <source>Memeriksa isi cadangan</source>
        <translation>Checking the backup&apos;s content</translation>
    </message>
    <message>
        <source>Mencadangkan isi sekarang</source>
        <translation>Backing up the current content</translation>
    </message>
    <message>
        <source>Memulihkan</source>
        <translation>Restoring</translation>
    </message>
    <message>
        <source>Pemulihan selesai</source>
        <translation>Restore finished</translation>
    </message>
    <message>
        <source>Menyalin basis data</source>
        <translation>Copying the database</translation>
    </message>
    <message>
        <source>Memadatkan dan mengenkripsi</source>
        <translation>Compressing and encrypting</translation>
    </message>
    <message>
        <source>Memadatkan</source>
        <translation>Compressing</translation>
    </message>
    <message>
        <source>Cadangan selesai</source>
        <translation>Backup finished</translation>
    </message>
    <message>
        <source>Membuat kabupaten fiktif…</source>
        <translation>Creating the fictional regency…</translation>
    </message>
    <message>
        <source>Pratinjau selesai</source>
        <translation>Preview finished</translation>
    </message>
    <message>
        <source>Memindahkan folder</source>
        <translation>Moving the folders</translation>
    </message>
    <message>
        <source>Menyimpan %1 dari %2 baris</source>
        <translation>Saving rows: %1 of %2</translation>
    </message>
    <message>
        <source>Menyimpan OPD %1 dari %2</source>
        <translation>Saving unit %1 of %2</translation>
    </message>
    <message>
        <source>%1 dari %2 berkas kartu selesai</source>
        <translation>Card files done: %1 of %2</translation>
    </message>
    <message>
        <source>OPD %1 dari %2</source>
        <translation>Unit %1 of %2</translation>
    </message>
    <message>
        <source>Daftar populasi latihan %1 dari %2</source>
        <translation>Practice population list %1 of %2</translation>
    </message>
    <message>
        <source>Mengimpor %1 (%2 dari %3)</source>
        <translation>Importing %1 (%2 of %3)</translation>
    </message>
    <message>
        <source>Mengenali %1</source>
        <translation>Recognising %1</translation>
    </message>
    <message>
        <source>Memeriksa %1</source>
        <translation>Checking %1</translation>
    </message>
    <message>
        <source>Menyalin %1…</source>
        <translation>Copying %1…</translation>
    </message>
</context>
<context>
    <name>KitDialog</name>
    <message>
        <source>Kirim format ke OPD — SPI %1</source>
        <translation>Send forms to the OPD — SPI %1</translation>
    </message>
    <message>
        <source>OPD yang dikirimi format</source>
        <translation>OPD that get the forms</translation>
    </message>
    <message>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Pilih &amp;semua</source>
        <translation>Select &amp;all</translation>
    </message>
    <message>
        <source>&amp;Kosongkan</source>
        <translation>&amp;Clear</translation>
    </message>
    <message>
        <source>&amp;Internal (pegawai)</source>
        <translation>&amp;Internal (employees)</translation>
    </message>
    <message>
        <source>&amp;Eksternal (pengguna layanan)</source>
        <translation>&amp;External (service users)</translation>
    </message>
    <message>
        <source>Kirim kembali ke</source>
        <translation>Send back to</translation>
    </message>
    <message>
        <source>mis. inspektorat@…go.id atau WhatsApp 0812…</source>
        <translation>e.g. inspektorat@…go.id or WhatsApp 0812…</translation>
    </message>
    <message>
        <source>Ditulis di pesan setiap OPD dan disimpan untuk kiriman berikutnya</source>
        <translation>Written in every OPD&apos;s message and kept for the next sending</translation>
    </message>
    <message>
        <source>Folder tujuan</source>
        <translation>Destination folder</translation>
    </message>
    <message>
        <source>Folder untuk folder kiriman OPD</source>
        <translation>Folder for the OPD&apos;s sending folders</translation>
    </message>
    <message>
        <source>Pilih &amp;folder…</source>
        <translation>Choose &amp;folder…</translation>
    </message>
    <message>
        <source>T&amp;ulis folder kiriman</source>
        <translation>W&amp;rite sending folders</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>Cl&amp;ose</translation>
    </message>
    <message>
        <source>OPD (yang ikut tahun ini):</source>
        <translation>OPD (taking part this year):</translation>
    </message>
    <message>
        <source>Format daftar:</source>
        <translation>List forms:</translation>
    </message>
    <message>
        <source>Kirim kemba&amp;li ke (ditulis di pesan):</source>
        <translation>Send &amp;back to (written in the message):</translation>
    </message>
    <message>
        <source>Folder tujuan:</source>
        <translation>Destination folder:</translation>
    </message>
    <message>
        <source>Daftar OPD masih dimuat.</source>
        <translation>The OPD list is still loading.</translation>
    </message>
    <message>
        <source>Centang paling sedikit satu OPD.</source>
        <translation>Tick at least one OPD.</translation>
    </message>
    <message>
        <source>Centang daftar internal, eksternal atau keduanya.</source>
        <translation>Tick the internal list, the external list or both.</translation>
    </message>
    <message>
        <source>Pilih folder tujuan dulu.</source>
        <translation>Choose the destination folder first.</translation>
    </message>
    <message>
        <source>Menulis folder kiriman OPD</source>
        <translation>Writing the OPD&apos;s sending folders</translation>
    </message>
    <message>
        <source>Folder kiriman tidak ditulis</source>
        <translation>Sending folders not written</translation>
    </message>
    <message numerus="yes">
        <source>%Ln folder ditulis ke %1.</source>
        <translation>
            <numerusform>%Ln folder written to %1.</numerusform>
            <numerusform>%Ln folders written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KitResults</name>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>ada nomor</source>
        <translation>has a number</translation>
    </message>
    <message>
        <source>tanpa nomor</source>
        <translation>no number</translation>
    </message>
    <message>
        <source>Dikirim</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Folder kiriman per OPD</source>
        <translation>Sending folders per OPD</translation>
    </message>
    <message>
        <source>Pesan untuk PIC</source>
        <translation>Message for the PIC</translation>
    </message>
    <message>
        <source>Tulis folder kiriman dulu; pesan untuk PIC OPD terpilih tampil di sini.</source>
        <translation>Write the sending folders first; the message for the selected OPD&apos;s PIC shows here.</translation>
    </message>
    <message>
        <source>Buka &amp;WhatsApp</source>
        <translation>Open &amp;WhatsApp</translation>
    </message>
    <message>
        <source>Salin teks e&amp;mail</source>
        <translation>Copy e-&amp;mail text</translation>
    </message>
    <message>
        <source>&amp;Buka folder OPD</source>
        <translation>O&amp;pen OPD folder</translation>
    </message>
    <message>
        <source>Dikirim lewat</source>
        <translation>Sent by</translation>
    </message>
    <message>
        <source>lewat WhatsApp</source>
        <translation>by WhatsApp</translation>
    </message>
    <message>
        <source>lewat email</source>
        <translation>by e-mail</translation>
    </message>
    <message>
        <source>berkas diserahkan</source>
        <translation>files handed over</translation>
    </message>
    <message>
        <source>Tandai sudah &amp;dikirim</source>
        <translation>Mark as &amp;sent</translation>
    </message>
    <message>
        <source>Bat&amp;alkan tanda</source>
        <translation>&amp;Undo mark</translation>
    </message>
    <message>
        <source>Hapus tanda dikirim yang baru dibuat untuk OPD terpilih (salah pilih); papan Pengiriman OPD kembali seperti sebelumnya.</source>
        <translation>Remove the sent mark just made for the selected OPD (a wrong choice); the OPD submissions board goes back to how it was.</translation>
    </message>
    <message>
        <source>PIC belum punya nomor HP yang sah di data OPD; tidak ada tautan WhatsApp.</source>
        <translation>The PIC has no valid mobile number in the OPD&apos;s data; no WhatsApp link.</translation>
    </message>
    <message>
        <source>PIC belum punya alamat email di data OPD; tempel teksnya di email ke alamat lain.</source>
        <translation>The PIC has no e-mail address in the OPD&apos;s data; paste the text into an e-mail to another address.</translation>
    </message>
    <message>
        <source>WhatsApp tidak dapat dibuka dari komputer ini; tautannya sudah disalin untuk ditempel di peramban.</source>
        <translation>WhatsApp cannot be opened from this computer; the link was copied to paste into a browser.</translation>
    </message>
    <message>
        <source>Subjek dan teks email untuk %1 disalin.</source>
        <translation>E-mail subject and text for %1 copied.</translation>
    </message>
    <message>
        <source>Tandai sudah dikirim</source>
        <translation>Mark as sent</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>diserahkan</source>
        <translation>handed over</translation>
    </message>
    <message>
        <source>Batalkan tanda</source>
        <translation>Undo mark</translation>
    </message>
    <message>
        <source>Tanda dikirim untuk %1 dibatalkan.</source>
        <translation>The sent mark for %1 was undone.</translation>
    </message>
</context>
<context>
    <name>LanguageForm</name>
    <message>
        <source>M&amp;ulai ulang sekarang</source>
        <translation>Re&amp;start now</translation>
    </message>
    <message>
        <source>Buka ulang jendela ini dalam bahasa yang dipilih, dengan ruang kerja dan pengguna yang sama.</source>
        <translation>Reopen this window in the chosen language, with the same workspace and user.</translation>
    </message>
    <message>
        <source>Bahasa baru berlaku setelah jendela dimulai ulang atau aplikasi dibuka lagi. Angka dan tanggal selalu ditulis cara Indonesia (71,53; 21 November 2026).</source>
        <translation>The new language takes effect once the window is restarted or the app is opened again. Numbers and dates are always written the Indonesian way (71,53; 21 November 2026).</translation>
    </message>
    <message>
        <source>Bahasa tampilan</source>
        <translation>Display language</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Instansi &amp; OPD</source>
        <translation>Institution &amp; units</translation>
    </message>
    <message>
        <source>Populasi</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Pemantauan</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <source>Hasil &amp; Rencana Aksi</source>
        <translation>Results &amp; Action Plan</translation>
    </message>
    <message>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Ganti kata sandi</source>
        <translation>Change pass&amp;word</translation>
    </message>
    <message>
        <source>&amp;Keluar / ganti pengguna</source>
        <translation>Sign &amp;out / switch user</translation>
    </message>
    <message>
        <source>Pengguna &amp; Audit</source>
        <translation>Users &amp; Audit</translation>
    </message>
    <message>
        <source>Tahun survei</source>
        <translation>Survey year</translation>
    </message>
    <message>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Tentang SPI Desktop…</source>
        <translation>&amp;About SPI Desktop…</translation>
    </message>
    <message>
        <source>Buka ruang kerja pelatihan (data fiktif, berkas sendiri) di jendela lain; ruang kerja ini tidak disentuh.</source>
        <translation>Open the training workspace (fictional data, its own file) in another window; this workspace is not touched.</translation>
    </message>
    <message>
        <source>Tahun survei: </source>
        <translation>Survey year: </translation>
    </message>
    <message>
        <source>&amp;Mode Pelatihan</source>
        <translation>&amp;Training mode</translation>
    </message>
    <message>
        <source>Basis data: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Halaman</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Ba&amp;ntuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Asisten mulai…</source>
        <translation>&amp;Getting started…</translation>
    </message>
    <message>
        <source>Asisten mulai</source>
        <translation>Getting started</translation>
    </message>
    <message>
        <source>Ruang kerja belum diatur (Pengaturan › Instansi)</source>
        <translation>Workspace not set up (Settings › Institution)</translation>
    </message>
    <message>
        <source>SPI Desktop — %1</source>
        <translation>SPI Desktop — %1</translation>
    </message>
    <message>
        <source>Pengguna lokal: %1 (tanpa akun, berperan Admin)</source>
        <translation>Local user: %1 (no accounts, acting as Admin)</translation>
    </message>
    <message>
        <source>Masuk sebagai %1 (%2)</source>
        <translation>Signed in as %1 (%2)</translation>
    </message>
    <message>
        <source>Tentang SPI Desktop</source>
        <translation>About SPI Desktop</translation>
    </message>
    <message>
        <source>&amp;Buka ruang kerja…</source>
        <translation>&amp;Open workspace…</translation>
    </message>
    <message>
        <source>Buka ruang kerja</source>
        <translation>Open workspace</translation>
    </message>
    <message>
        <source>Ruang kerja SPI (*.sqlite *.db)</source>
        <translation>SPI workspaces (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Membuka ruang kerja…</source>
        <translation>Opening the workspace…</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Kolom</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Periksa pasangan kolom. Kolom bertanda * wajib ada. Kolom berkas yang tidak dipilih tidak dibaca.</source>
        <translation>Check which column fills which field. Fields marked * are required. File columns not chosen are not read.</translation>
    </message>
    <message>
        <source>Preset pemetaan kolom</source>
        <translation>Column mapping preset</translation>
    </message>
    <message>
        <source>&amp;Simpan sebagai preset…</source>
        <translation>&amp;Save as preset…</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Preset</translation>
    </message>
    <message>
        <source>Kolom berkas yang tidak dibaca</source>
        <translation>File columns that are not read</translation>
    </message>
    <message>
        <source>Kolom berkas</source>
        <translation>File columns</translation>
    </message>
    <message>
        <source> (dikenali dari isinya)</source>
        <translation> (recognised by its contents)</translation>
    </message>
    <message>
        <source>(tidak dipakai)</source>
        <translation>(not used)</translation>
    </message>
    <message>
        <source>(otomatis)</source>
        <translation>(automatic)</translation>
    </message>
    <message>
        <source>, %1 sel terisi</source>
        <translation>, filled cells: %1</translation>
    </message>
    <message>
        <source>mirip %1; pilih kolom ini di kiri bila memang itu isinya</source>
        <translation>looks like %1; choose this column on the left if that is what it holds</translation>
    </message>
    <message>
        <source>mirip %1, tetapi %1 sudah diambil dari kolom lain</source>
        <translation>looks like %1, but %1 is already read from another column</translation>
    </message>
    <message>
        <source>Semua kolom yang berisi data dibaca.</source>
        <translation>Every column that holds data is read.</translation>
    </message>
    <message>
        <source>Simpan preset</source>
        <translation>Save preset</translation>
    </message>
    <message>
        <source>Nama preset:</source>
        <translation>Preset name:</translation>
    </message>
    <message>
        <source>Kolom wajib belum dipilih: %1</source>
        <translation>Required columns not chosen yet: %1</translation>
    </message>
    <message>
        <source>Satu kolom berkas dipilih untuk dua isian: %1</source>
        <translation>One file column is chosen for two fields: %1</translation>
    </message>
</context>
<context>
    <name>MonitoringPage</name>
    <message>
        <source>Data kemajuan</source>
        <translation>Progress data</translation>
    </message>
    <message>
        <source>Target sampel</source>
        <translation>Sample targets</translation>
    </message>
    <message>
        <source>Grafik</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>OPD tertinggal &amp;&amp; pengingat</source>
        <translation>Lagging OPDs &amp;&amp; reminders</translation>
    </message>
    <message>
        <source>Pemantauan pengisian survei %1</source>
        <translation>Survey response monitoring %1</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <source>Akun Admin pertama</source>
        <translation>First Admin account</translation>
    </message>
    <message>
        <source>Tambah pengguna</source>
        <translation>Add a user</translation>
    </message>
    <message>
        <source>mis. sri.rahayu</source>
        <translation>e.g. sri.rahayu</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Ulangi kata sandi</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <source>Setelah akun ini dibuat, aplikasi meminta nama dan kata sandi setiap kali dibuka. Simpan kata sandi Admin di tempat aman: tanpa akun Admin, pengguna tidak dapat dikelola.</source>
        <translation>Once this account exists, the app asks for a name and password every time it opens. Keep the Admin password somewhere safe: without an Admin account, users cannot be managed.</translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama</source>
        <translation>The two passwords differ</translation>
    </message>
</context>
<context>
    <name>NewYearDialog</name>
    <message>
        <source>Tambah tahun survei</source>
        <translation>Add survey year</translation>
    </message>
    <message>
        <source>&amp;Tambah</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Tahun *</source>
        <translation>Year *</translation>
    </message>
    <message>
        <source>Masa survei mulai *</source>
        <translation>Survey window starts *</translation>
    </message>
    <message>
        <source>Masa survei selesai *</source>
        <translation>Survey window ends *</translation>
    </message>
    <message>
        <source>Batas data populasi *</source>
        <translation>Population list deadline *</translation>
    </message>
    <message>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Tahun %1 sudah ada; pilih tahun lain.</source>
        <translation>Year %1 already exists; choose another year.</translation>
    </message>
    <message>
        <source>Pengaturan disalin dari tahun terakhir; tanggal mengikuti pola tahun %1. Sesuaikan dengan surat KPK.</source>
        <translation>The settings are copied from the latest year; the dates follow the pattern of %1. Adjust them to KPK&apos;s letter.</translation>
    </message>
    <message>
        <source>Isi ketiga tanggal menurut surat KPK.</source>
        <translation>Fill in the three dates from KPK&apos;s letter.</translation>
    </message>
</context>
<context>
    <name>NextStepsStep</name>
    <message>
        <source>4 · Langkah berikutnya</source>
        <translation>4 · Next steps</translation>
    </message>
    <message>
        <source>Ruang kerja siap. Lanjutkan dari bagian berikut kapan saja.</source>
        <translation>The workspace is ready. Carry on from these areas at any time.</translation>
    </message>
    <message>
        <source>Lengkapi kepala dan PIC tiap OPD; tandai OPD yang ikut SPI tahun ini.</source>
        <translation>Complete each OPD&apos;s head and PIC; mark the OPD taking part in SPI this year.</translation>
    </message>
    <message>
        <source>Impor daftar pegawai, pengguna layanan dan eksper yang dikirim OPD; pantau pengiriman sebelum batasnya.</source>
        <translation>Import the staff, service user and expert lists the OPD send; track the submissions before the deadline.</translation>
    </message>
    <message>
        <source>Selama masa survei: catat jumlah responden per OPD dan kirim pengingat ke OPD yang tertinggal.</source>
        <translation>During the survey window: record the responses per OPD and send reminders to the OPD lagging behind.</translation>
    </message>
    <message>
        <source>&amp;Instansi &amp;&amp; OPD</source>
        <translation>&amp;Institution &amp;&amp; OPD</translation>
    </message>
    <message>
        <source>P&amp;opulasi</source>
        <translation>&amp;Population</translation>
    </message>
    <message>
        <source>Pe&amp;mantauan</source>
        <translation>&amp;Monitoring</translation>
    </message>
    <message>
        <source>Alamat, Inspektur dan logo instansi; bobot, kategori dan target tahun survei.</source>
        <translation>The institution&apos;s address, Inspector and logo; the survey year&apos;s weights, bands and targets.</translation>
    </message>
    <message>
        <source>Pen&amp;gaturan</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>Asisten ini dapat dibuka lagi dari Bantuan › Asisten mulai.</source>
        <translation>This assistant can be opened again from Help › Getting started.</translation>
    </message>
    <message>
        <source>Instansi: %1</source>
        <translation>Institution: %1</translation>
    </message>
    <message>
        <source>Tahun survei %1: masa survei %2 s.d. %3</source>
        <translation>Survey year %1: survey window %2 to %3</translation>
    </message>
    <message>
        <source>Daftar OPD: %1 OPD baru diimpor</source>
        <translation>OPD list: %1 new OPD imported</translation>
    </message>
    <message>
        <source>Daftar OPD: belum diimpor (Instansi &amp; OPD › Impor dari Excel/CSV…)</source>
        <translation>OPD list: not imported yet (Institution &amp; OPD › Import from Excel/CSV…)</translation>
    </message>
</context>
<context>
    <name>PagePlaceholder</name>
    <message>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Frasa sandi</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Ulangi</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <source>Lanjut</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Isi frasa sandi</source>
        <translation>Enter the passphrase</translation>
    </message>
    <message>
        <source>Kedua frasa sandi tidak sama</source>
        <translation>The two passphrases differ</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Ganti kata sandi — %1</source>
        <translation>Change password — %1</translation>
    </message>
    <message>
        <source>Kata sandi lama</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>Kata sandi baru</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Ulangi kata sandi baru</source>
        <translation>Repeat the new password</translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama</source>
        <translation>The two passwords differ</translation>
    </message>
</context>
<context>
    <name>PopulationPage</name>
    <message>
        <source>Populasi</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Cari di populasi</source>
        <translation>Search population</translation>
    </message>
    <message>
        <source>Tampilkan k&amp;ontak lengkap</source>
        <translation>Show full c&amp;ontacts</translation>
    </message>
    <message>
        <source>Daftar tanpa nama, No. HP, email dan NIP: tiap baris diberi pseudonim tetap, tanggal hanya bulan dan tahun</source>
        <translation>The list without names, phone numbers, e-mails and NIPs: each row gets a stable pseudonym, dates only month and year</translation>
    </message>
    <message>
        <source>Ri&amp;wayat impor…</source>
        <translation>Impor&amp;t history…</translation>
    </message>
    <message>
        <source>Siapkan folder kiriman per OPD: format daftar internal dan eksternal dan pesan untuk PIC-nya, lalu catat pengirimannya</source>
        <translation>Prepare a sending folder per OPD: the internal and external list forms and the message for its PIC, then record the sending</translation>
    </message>
    <message>
        <source>OPD</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>No. HP</source>
        <translation>Mobile no.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>&amp;Impor daftar…</source>
        <translation>&amp;Import list…</translation>
    </message>
    <message>
        <source>&amp;Ekspor untuk KPK…</source>
        <translation>&amp;Export for KPK…</translation>
    </message>
    <message>
        <source>Ekspor pse&amp;udonim…</source>
        <translation>Pse&amp;udonymous export…</translation>
    </message>
    <message>
        <source>Impor ban&amp;yak berkas…</source>
        <translation>Import man&amp;y files…</translation>
    </message>
    <message>
        <source>&amp;Kirim format ke OPD…</source>
        <translation>&amp;Send templates to the OPD…</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Cari nama, email, NIP, No. HP…</source>
        <translation>Search name, email, NIP, mobile…</translation>
    </message>
    <message>
        <source>Nama, email atau NIP; No. HP dicari dari 4 angka atau lebih</source>
        <translation>Name, e-mail or NIP; a mobile number is searched from 4 digits up</translation>
    </message>
    <message>
        <source>Impor sekaligus semua berkas kiriman OPD (folder, berkas atau .zip), dengan satu pratinjau sebelum disimpan</source>
        <translation>Import every file the OPD sent at once (folder, files or .zip), with one preview before anything is stored</translation>
    </message>
    <message>
        <source>Asal</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>baris %1 (impor nomor %2)</source>
        <translation>row %1 (import no. %2)</translation>
    </message>
    <message>
        <source>Daftar populasi</source>
        <translation>Population list</translation>
    </message>
    <message>
        <source>◀ Sebelu&amp;mnya</source>
        <translation>◀ Pre&amp;vious</translation>
    </message>
    <message>
        <source>Berikutny&amp;a ▶</source>
        <translation>Ne&amp;xt ▶</translation>
    </message>
    <message>
        <source>Impor da&amp;ftar populasi…</source>
        <translation>Import populatio&amp;n list…</translation>
    </message>
    <message>
        <source>Daftar</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Pengiriman OPD</source>
        <translation>Unit submissions</translation>
    </message>
    <message>
        <source>Peran %1 tidak boleh menampilkan No. HP dan email lengkap.</source>
        <translation>The %1 role may not show full phone numbers and e-mails.</translation>
    </message>
    <message>
        <source>Daftar kelompok ini dalam format KPK; alasan ekspor dicatat</source>
        <translation>This group&apos;s list in KPK&apos;s format; the reason for the export is logged</translation>
    </message>
    <message>
        <source>Peran %1 tidak boleh mengekspor data.</source>
        <translation>The %1 role may not export data.</translation>
    </message>
    <message>
        <source>Semua OPD</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>%1–%2 dari %3 baris</source>
        <translation>Rows %1–%2 of %3</translation>
    </message>
    <message>
        <source>Belum ada OPD dan belum ada daftar populasi %1 tahun %2. Impor daftar OPD dulu di Instansi &amp; OPD, lalu impor daftar populasi yang dikirim OPD.</source>
        <translation>There are no OPD and no %1 population list for %2 yet. Import the OPD list under Institution &amp; OPD first, then import the population lists the OPD send.</translation>
    </message>
    <message>
        <source>Belum ada daftar populasi %1 tahun %2. Kumpulkan daftar dari OPD (Excel atau CSV), lalu impor berkasnya di sini.</source>
        <translation>There is no %1 population list for %2 yet. Collect the lists from the OPD (Excel or CSV), then import the files here.</translation>
    </message>
    <message>
        <source>Ekspor untuk KPK</source>
        <translation>Export for KPK</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Alasan ekspor</source>
        <translation>Reason for the export</translation>
    </message>
    <message>
        <source>Daftar ini berisi nama dan kontak pribadi. Untuk apa ekspor ini? (dicatat di jejak audit)</source>
        <translation>This list holds names and personal contacts. What is this export for? (logged in the audit trail)</translation>
    </message>
    <message>
        <source>Penyerahan daftar populasi ke KPK</source>
        <translation>Handing the population list to KPK</translation>
    </message>
    <message>
        <source>Mengekspor %1</source>
        <translation>Exporting %1</translation>
    </message>
    <message>
        <source>Ekspor pseudonim</source>
        <translation>Pseudonymous export</translation>
    </message>
    <message>
        <source>Ekspor selesai</source>
        <translation>Export finished</translation>
    </message>
    <message numerus="yes">
        <source>%Ln baris ditulis ke %1</source>
        <translation>
            <numerusform>%Ln row written to %1</numerusform>
            <numerusform>%Ln rows written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Ekspor gagal</source>
        <translation>Export failed</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>Presentasi SPI</source>
        <translation>SPI presentation</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>← → pindah · Esc keluar</source>
        <translation>← → move · Esc exit</translation>
    </message>
    <message>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Pratinjau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Belum ada yang disimpan. Periksa masalah di bawah, lalu lanjutkan untuk mengimpor.</source>
        <translation>Nothing has been saved yet. Review the problems below, then continue to import.</translation>
    </message>
    <message>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Nilai</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Baris bermasalah</source>
        <translation>Problem rows</translation>
    </message>
    <message>
        <source>Simpan &amp;laporan masalah (.xlsx)…</source>
        <translation>Save problem &amp;report (.xlsx)…</translation>
    </message>
    <message>
        <source>(%1 masalah pertama ditampilkan)</source>
        <translation>(first %1 problems shown)</translation>
    </message>
    <message>
        <source>Simpan laporan masalah</source>
        <translation>Save problem report</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Menyimpan laporan masalah</source>
        <translation>Saving the problems report</translation>
    </message>
    <message>
        <source>Laporan masalah</source>
        <translation>Problems report</translation>
    </message>
    <message numerus="yes">
        <source>%Ln masalah ditulis ke %1</source>
        <translation>
            <numerusform>%Ln problem written to %1</numerusform>
            <numerusform>%Ln problems written to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressEntryDialog</name>
    <message>
        <source>Ketik data kemajuan %1</source>
        <translation>Enter progress data %1</translation>
    </message>
    <message>
        <source>Jumlah per OPD</source>
        <translation>Counts per OPD</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>Diundang</source>
        <translation>Invited</translation>
    </message>
    <message>
        <source>Mulai (sebagian)</source>
        <translation>Started (partial)</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Tanggal data</source>
        <translation>Data date</translation>
    </message>
    <message>
        <source>Kelompok</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Instansi (eksper)</source>
        <translation>Institution (experts)</translation>
    </message>
    <message>
        <source>INSTANSI</source>
        <translation>INSTITUTION</translation>
    </message>
    <message>
        <source>Jumlah kumulatif sampai tanggal data, terisi dengan data terakhir yang diketahui pada tanggal itu. Hanya baris yang diubah yang disimpan. Jawaban sebagian tidak dihitung selesai.</source>
        <translation>Cumulative counts up to the data date, filled in with the latest data known on that date. Only changed rows are saved. Partial answers never count as completed.</translation>
    </message>
    <message>
        <source>Baris %1 (%2), kolom %3: %4</source>
        <translation>Row %1 (%2), column %3: %4</translation>
    </message>
    <message>
        <source>Belum ada jumlah yang diubah</source>
        <translation>No count has been changed yet</translation>
    </message>
</context>
<context>
    <name>ProgressImportDialog</name>
    <message>
        <source>Impor data kemajuan %1</source>
        <translation>Import progress data %1</translation>
    </message>
    <message>
        <source>Dari kolom Kelompok di berkas</source>
        <translation>From the file&apos;s group column</translation>
    </message>
    <message>
        <source>Semua baris: %1</source>
        <translation>All rows: %1</translation>
    </message>
    <message>
        <source>Pilih berkas dari KPK atau vendor survei.</source>
        <translation>Choose a file from KPK or the survey vendor.</translation>
    </message>
    <message>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Tanggal data</source>
        <translation>Data date</translation>
    </message>
    <message>
        <source>Lembar kerja</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Kelompok</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>&amp;Pilih berkas…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <source>&amp;Simpan pasangan kolom…</source>
        <translation>&amp;Save column matches…</translation>
    </message>
    <message>
        <source>Kode OPD</source>
        <translation>OPD code</translation>
    </message>
    <message>
        <source>Diundang</source>
        <translation>Invited</translation>
    </message>
    <message>
        <source>Mulai (sebagian)</source>
        <translation>Started (partial)</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Laporan impor</source>
        <translation>Import report</translation>
    </message>
    <message>
        <source>P&amp;eriksa</source>
        <translation>C&amp;heck</translation>
    </message>
    <message>
        <source>&amp;Impor</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>Cl&amp;ose</translation>
    </message>
    <message>
        <source>Pasangan kolom tersimpan</source>
        <translation>Saved column matches</translation>
    </message>
    <message>
        <source>Kolom berkas untuk setiap isian (* wajib):</source>
        <translation>File column for each field (* required):</translation>
    </message>
    <message>
        <source>Pilih data kemajuan</source>
        <translation>Choose progress data</translation>
    </message>
    <message>
        <source>Memeriksa berkas…</source>
        <translation>Checking file…</translation>
    </message>
    <message>
        <source>(tidak ada)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Judul kolom di baris %1. %2</source>
        <translation>Column headings in row %1. %2</translation>
    </message>
    <message>
        <source>Pilih kolom untuk: %1.</source>
        <translation>Choose columns for: %1.</translation>
    </message>
    <message>
        <source>Semua kolom wajib dikenali; periksa lalu impor.</source>
        <translation>All required columns recognised; check, then import.</translation>
    </message>
    <message>
        <source>Kolom wajib belum dipilih: %1</source>
        <translation>Required columns not chosen yet: %1</translation>
    </message>
    <message>
        <source>Satu kolom berkas dipilih untuk dua isian: %1</source>
        <translation>One file column is chosen for two fields: %1</translation>
    </message>
    <message>
        <source>Berkas tanpa kolom Kelompok: pilih kelompok untuk semua baris</source>
        <translation>The file has no group column: choose a group for all rows</translation>
    </message>
    <message>
        <source>Pilih berkas dulu</source>
        <translation>Choose a file first</translation>
    </message>
    <message>
        <source>Dibaca %1 baris: %2 siap disimpan, %3 ditolak (belum ada yang disimpan).</source>
        <translation>Rows read: %1; ready to save: %2; rejected: %3 (nothing saved yet).</translation>
    </message>
    <message>
        <source>Disimpan %1 baris untuk tanggal %2.</source>
        <translation>Rows saved for %2: %1.</translation>
    </message>
    <message>
        <source>(otomatis)</source>
        <translation>(automatic)</translation>
    </message>
    <message>
        <source>Simpan pasangan kolom</source>
        <translation>Save column matches</translation>
    </message>
    <message>
        <source>Nama (mis. nama vendor):</source>
        <translation>Name (e.g. vendor name):</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>masa survei sudah ditutup</source>
        <translation>survey window has closed</translation>
    </message>
    <message>
        <source>sisa masa survei: %1 hari</source>
        <translation>days left in the survey window: %1</translation>
    </message>
    <message>
        <source>● merah</source>
        <translation>● red</translation>
    </message>
    <message>
        <source>● kuning</source>
        <translation>● yellow</translation>
    </message>
    <message>
        <source>● hijau</source>
        <translation>● green</translation>
    </message>
    <message>
        <source>ya</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>belum</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>terlambat</source>
        <translation>late</translation>
    </message>
    <message>
        <source>dikirim</source>
        <translation>sent</translation>
    </message>
    <message>
        <source>diterima</source>
        <translation>received</translation>
    </message>
    <message>
        <source>diterima telat</source>
        <translation>received late</translation>
    </message>
    <message>
        <source>tervalidasi</source>
        <translation>validated</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>INSTANSI</source>
        <translation>INSTITUTION</translation>
    </message>
    <message>
        <source>OPD</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Kelompok</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Selesai / target</source>
        <translation>Completed / target</translation>
    </message>
    <message>
        <source>Capaian</source>
        <translation>Attainment</translation>
    </message>
    <message>
        <source>Lampu</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Sampel cukup?</source>
        <translation>Sample reached?</translation>
    </message>
    <message>
        <source>Proyeksi akhir</source>
        <translation>Projected at end</translation>
    </message>
    <message>
        <source>Daftar populasi</source>
        <translation>Population list</translation>
    </message>
    <message>
        <source>Progres per OPD</source>
        <translation>Progress per OPD</translation>
    </message>
    <message>
        <source>Klik dua kali satu baris untuk melihat riwayat OPD itu</source>
        <translation>Double-click a row to see that OPD&apos;s history</translation>
    </message>
    <message>
        <source>Tingkat respons = selesai ÷ diundang. Capaian target = selesai ÷ target. Jawaban sebagian tidak pernah dihitung selesai. Proyeksi: laju harian 7 hari terakhir sampai akhir masa survei.</source>
        <translation>Response rate = completed ÷ invited. Target attainment = completed ÷ target. Partial answers never count as completed. Projection: the daily rate of the last 7 days until the end of the survey window.</translation>
    </message>
    <message>
        <source>Instansi</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Belum ada data kemajuan pengisian untuk tahun ini.</source>
        <translation>No response data for this year yet.</translation>
    </message>
    <message>
        <source>Data per %1 · instansi: %2 dari target %3 (%4) · %5 baris merah · %6</source>
        <translation>Data as of %1 · institution: %2 of target %3 (%4) · red rows: %5 · %6</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Lembar kerja (%1)</source>
        <translation>Spreadsheets (%1)</translation>
    </message>
</context>
<context>
    <name>RecommendationDialog</name>
    <message>
        <source>Rekomendasi baru</source>
        <translation>New recommendation</translation>
    </message>
    <message>
        <source>Instansi (seluruh pemerintah daerah)</source>
        <translation>Institution (whole local government)</translation>
    </message>
    <message>
        <source>– tanpa elemen –</source>
        <translation>– no element –</translation>
    </message>
    <message>
        <source>Salin rekomendasi dari laporan hasil SPI KPK</source>
        <translation>Copy the recommendation from the KPK SPI results report</translation>
    </message>
    <message>
        <source>Untuk</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Elemen</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Rekomendasi *</source>
        <translation>Recommendation *</translation>
    </message>
</context>
<context>
    <name>RespondentWalkthrough</name>
    <message>
        <source>Pelatihan: tampilan responden</source>
        <translation>Training: the respondent&apos;s view</translation>
    </message>
    <message>
        <source>Survei Penilaian Integritas</source>
        <translation>Integrity Assessment Survey</translation>
    </message>
    <message>
        <source>Mode pelatihan: jawaban tidak disimpan</source>
        <translation>Training mode: answers are not stored</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Tampilkan survei sebagai:</source>
        <translation>Show the survey as:</translation>
    </message>
    <message>
        <source>Layar kuesioner</source>
        <translation>Questionnaire screen</translation>
    </message>
    <message>
        <source>&amp;Kembali</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>Le&amp;wati</source>
        <translation>&amp;Skip</translation>
    </message>
    <message>
        <source>&amp;Lanjut</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>&amp;Selesai</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Pegawai</source>
        <translation>Employee</translation>
    </message>
    <message>
        <source>Pengguna layanan</source>
        <translation>Service user</translation>
    </message>
    <message>
        <source>Eksper</source>
        <translation>Expert</translation>
    </message>
    <message>
        <source>Pertanyaan %1 dari %2</source>
        <translation>Question %1 of %2</translation>
    </message>
    <message>
        <source>Pengantar: %1 pertanyaan</source>
        <translation>Introduction (questions: %1)</translation>
    </message>
</context>
<context>
    <name>ResultForm</name>
    <message>
        <source>Hasil resmi SPI %1</source>
        <translation>Official SPI results %1</translation>
    </message>
    <message>
        <source>Instansi</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>mis. Laporan hasil SPI dari KPK</source>
        <translation>e.g. SPI results report from KPK</translation>
    </message>
    <message>
        <source>Indeks SPI</source>
        <translation>SPI index</translation>
    </message>
    <message>
        <source>Sub-indeks internal</source>
        <translation>Internal sub-index</translation>
    </message>
    <message>
        <source>Sub-indeks eksternal</source>
        <translation>External sub-index</translation>
    </message>
    <message>
        <source>Sub-indeks eksper</source>
        <translation>Expert sub-index</translation>
    </message>
    <message>
        <source>Faktor koreksi</source>
        <translation>Correction factor</translation>
    </message>
    <message>
        <source>Instansi/OPD</source>
        <translation>Institution/OPD</translation>
    </message>
    <message>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Tanggal terbit</source>
        <translation>Publication date</translation>
    </message>
    <message>
        <source>Angka ditulis cara Indonesia (71,53); kosong = tidak diumumkan. Semua nilai 0–100. Nilai resmi disimpan apa adanya.</source>
        <translation>Write numbers the Indonesian way (71,53); empty = not announced. All scores are 0–100. Official scores are stored as published.</translation>
    </message>
    <message>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Hasil sudah ada</source>
        <translation>Result already stored</translation>
    </message>
    <message>
        <source>Hasil %1 tahun %2 sudah tersimpan. Ganti dengan yang diketik?</source>
        <translation>A result for %1 in %2 is already stored. Replace it with what you typed?</translation>
    </message>
</context>
<context>
    <name>ResultNotes</name>
    <message>
        <source>Indeks bukan rata-rata elemen (rata-rata elemen %1); nilai resmi disimpan apa adanya.</source>
        <translation>The index is not the mean of the elements (element mean %1); the official value is stored as published.</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Hasil ESTIMASI</source>
        <translation>ESTIMATE results</translation>
    </message>
    <message>
        <source>Menghitung…</source>
        <translation>Calculating…</translation>
    </message>
    <message>
        <source>Simpan &amp;data estimasi…</source>
        <translation>Save the estimate &amp;data…</translation>
    </message>
    <message>
        <source>Kartu skor &amp;ESTIMASI…</source>
        <translation>&amp;ESTIMATE scorecards…</translation>
    </message>
    <message>
        <source>Estimasi tidak dapat dihitung: %1
Kembali untuk memperbaiki berkas, peta atau bobot. Tidak ada yang disimpan.</source>
        <translation>The estimate could not be calculated: %1
Go back to fix the file, map or weights. Nothing was saved.</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Hasil resmi</source>
        <translation>Official results</translation>
    </message>
    <message>
        <source>Rencana aksi</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>Kartu skor</source>
        <translation>Scorecards</translation>
    </message>
    <message>
        <source>Estimasi SPI mandiri</source>
        <translation>Self-run SPI estimate</translation>
    </message>
    <message>
        <source>Perkirakan indeks, sub-indeks dan elemen per OPD dari jawaban anonim survei latihan (ekspor Google Forms, KoboToolbox, LimeSurvey) dengan peta kuesioner. Hasilnya selalu ESTIMASI, bukan nilai resmi KPK, dan tidak disimpan di ruang kerja. Identitas responden tidak pernah dibaca.</source>
        <translation>Estimate the index, sub-indices and elements per OPD from anonymous practice-survey responses (Google Forms, KoboToolbox, LimeSurvey exports) with a questionnaire map. The result is always an ESTIMATE, not an official KPK score, and is not saved in the workspace. Respondent identities are never read.</translation>
    </message>
    <message>
        <source>Mulai &amp;estimasi…</source>
        <translation>Start &amp;estimate…</translation>
    </message>
    <message>
        <source>Hasil SPI dan rencana aksi %1</source>
        <translation>SPI results and action plan %1</translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>INSTANSI</source>
        <translation>INSTITUTION</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Indeks</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Band</translation>
    </message>
    <message>
        <source>Perubahan</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Internal</translation>
    </message>
    <message>
        <source>Eksternal</source>
        <translation>External</translation>
    </message>
    <message>
        <source>Eksper</source>
        <translation>Expert</translation>
    </message>
    <message>
        <source>Koreksi</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Hasil per OPD</source>
        <translation>Results per OPD</translation>
    </message>
    <message>
        <source>&amp;Impor hasil…</source>
        <translation>&amp;Import results…</translation>
    </message>
    <message>
        <source>K&amp;etik hasil…</source>
        <translation>E&amp;nter results…</translation>
    </message>
    <message>
        <source>&amp;Ubah…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>H&amp;apus…</source>
        <translation>De&amp;lete…</translation>
    </message>
    <message>
        <source>Rincian hasil</source>
        <translation>Result details</translation>
    </message>
    <message>
        <source>Hasil resmi SPI %1 (angka KPK apa adanya, tidak dihitung ulang). OPD per kategori: %2</source>
        <translation>Official SPI results %1 (KPK figures as published, not recalculated). OPDs per band: %2</translation>
    </message>
    <message>
        <source>Belum ada hasil resmi %1. Impor berkas dari KPK atau ketik hasilnya.</source>
        <translation>No official results for %1 yet. Import the file from KPK or enter the results.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Perubahan dari %1: &lt;b&gt;%2&lt;/b&gt; poin</source>
        <translation>Change from %1: &lt;b&gt;%2&lt;/b&gt; points</translation>
    </message>
    <message>
        <source>Indeks nasional %1: %2 · rata-rata jenis instansi: %3</source>
        <translation>National index %1: %2 · institution type average: %3</translation>
    </message>
    <message>
        <source>Sub-indeks: internal %1 · eksternal %2 · eksper %3 · faktor koreksi %4</source>
        <translation>Sub-indices: internal %1 · external %2 · expert %3 · correction factor %4</translation>
    </message>
    <message>
        <source>Sumber: %1 (%2)</source>
        <translation>Source: %1 (%2)</translation>
    </message>
    <message>
        <source>Pilih berkas hasil SPI</source>
        <translation>Choose SPI results file</translation>
    </message>
    <message>
        <source>Impor hasil</source>
        <translation>Import results</translation>
    </message>
    <message>
        <source>Hasil sudah ada</source>
        <translation>Results already exist</translation>
    </message>
    <message>
        <source>Hasil untuk %1 sudah tersimpan. Ganti dengan isi berkas, atau lewati baris itu?</source>
        <translation>Results for %1 are already saved. Replace them with the file&apos;s contents, or skip those rows?</translation>
    </message>
    <message>
        <source>Ganti</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>Lewati</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>Mengimpor hasil…</source>
        <translation>Importing results…</translation>
    </message>
    <message>
        <source>Dibaca %1, disimpan %2 (%3 mengganti hasil lama), ditolak %4, dilewati %5.</source>
        <translation>Read %1, saved %2 (%3 replacing earlier results), rejected %4, skipped %5.</translation>
    </message>
    <message>
        <source>Hapus hasil</source>
        <translation>Delete results</translation>
    </message>
    <message>
        <source>Hapus hasil resmi %1 tahun %2?</source>
        <translation>Delete the official results of %1 for %2?</translation>
    </message>
</context>
<context>
    <name>ScorecardPreview</name>
    <message>
        <source>Halaman kartu skor</source>
        <translation>Scorecard page</translation>
    </message>
    <message numerus="yes">
        <source>%Ln halaman A4</source>
        <translation>
            <numerusform>%Ln A4 page</numerusform>
            <numerusform>%Ln A4 pages</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Simpan PDF…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message>
        <source>&amp;Cetak…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Simpan kartu skor</source>
        <translation>Save scorecard</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Kartu skor tidak disimpan</source>
        <translation>Scorecard not saved</translation>
    </message>
    <message>
        <source>%1 tidak dapat ditulis: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <source>Kartu skor disimpan</source>
        <translation>Scorecard saved</translation>
    </message>
    <message>
        <source>Tersimpan di %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <source>Tidak dapat mencetak</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <source>Printer tidak dapat dibuka.</source>
        <translation>The printer could not be opened.</translation>
    </message>
</context>
<context>
    <name>ScorecardsTab</name>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>INSTANSI</source>
        <translation>INSTITUTION</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Indeks</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Band</translation>
    </message>
    <message>
        <source>Sertakan kartu instansi</source>
        <translation>Include the institution&apos;s card</translation>
    </message>
    <message>
        <source>Satu PDF gabungan, dibuka dengan ringkasan semua OPD</source>
        <translation>One combined PDF, opening with a summary of every OPD</translation>
    </message>
    <message>
        <source>Kartu skor SPI %1: satu halaman A4 per OPD untuk kepala OPD, dengan nilai, kategori, tiap elemen dan rekomendasi dari katalog (Pengaturan › Katalog rekomendasi). %2 OPD punya hasil tahun ini.</source>
        <translation>SPI %1 scorecards: one A4 page per OPD for its head, with the score, band, each element and recommendations from the catalogue (Settings › Recommendation catalogue). %2 OPD have a result this year.</translation>
    </message>
    <message>
        <source>Belum ada hasil resmi %1, jadi belum ada kartu skor. Impor atau ketik hasilnya di tab Hasil resmi.</source>
        <translation>No official results for %1 yet, so no scorecards. Import or type the results in the Official results tab.</translation>
    </message>
    <message>
        <source>Kartu skor</source>
        <translation>Scorecard</translation>
    </message>
    <message>
        <source>Pratinja&amp;u, simpan, cetak…</source>
        <translation>Preview, &amp;save, print…</translation>
    </message>
    <message>
        <source>Tulis kartu &amp;semua OPD…</source>
        <translation>Write every OPD&apos;s c&amp;ard…</translation>
    </message>
    <message>
        <source>Pilih dulu satu baris.</source>
        <translation>Choose a row first.</translation>
    </message>
    <message>
        <source>Kartu skor SPI %1 — %2</source>
        <translation>SPI %1 scorecard — %2</translation>
    </message>
    <message>
        <source>Folder untuk kartu skor</source>
        <translation>Folder for the scorecards</translation>
    </message>
    <message>
        <source>Belum ada OPD dengan hasil resmi %1; tidak ada kartu yang ditulis.</source>
        <translation>No OPD has an official result for %1 yet; no card was written.</translation>
    </message>
    <message>
        <source>Ganti berkas?</source>
        <translation>Replace files?</translation>
    </message>
    <message>
        <source>%1 berkas sudah ada di folder itu dan akan diganti (%2). Lanjutkan?</source>
        <translation>Files already in that folder that will be replaced: %1 (%2). Continue?</translation>
    </message>
    <message>
        <source>Menulis kartu skor</source>
        <translation>Writing scorecards</translation>
    </message>
    <message>
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Penulisan kartu dibatalkan. Kartu yang sudah selesai tetap utuh di folder; tidak ada berkas setengah jadi.</source>
        <translation>Writing the cards was cancelled. Cards already finished stay whole in the folder; no file is left half written.</translation>
    </message>
    <message>
        <source>Kartu skor selesai</source>
        <translation>Scorecards done</translation>
    </message>
    <message>
        <source>%1 berkas PDF (%2 halaman) ditulis di %3.</source>
        <translation>PDF files written to %3: %1 (pages: %2).</translation>
    </message>
    <message>
        <source>Buka folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ServerPasswordDialog</name>
    <message>
        <source>Kata sandi basis data</source>
        <translation>Database password</translation>
    </message>
    <message>
        <source>&amp;Buka</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Ruang kerja ada di server PostgreSQL %1. Masukkan kata sandi pengguna basis data &apos;%2&apos;.</source>
        <translation>The workspace is on the PostgreSQL server %1. Enter the password of database user &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Kata sandi ini tidak disimpan di PC ini; simpan di keyring sistem lewat Pengaturan → Koneksi basis data agar tidak ditanyakan lagi.</source>
        <translation>This password is not saved on this PC; save it in the system keyring under Settings → Database connection so it is not asked again.</translation>
    </message>
    <message>
        <source>PC ini tidak punya keyring sistem, jadi kata sandi ditanyakan setiap kali aplikasi dibuka.</source>
        <translation>This PC has no system keyring, so the password is asked for each time the application opens.</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
</context>
<context>
    <name>ServiceErrors</name>
    <message>
        <source>Cadangan tidak boleh menimpa berkas ruang kerja itu sendiri; pilih nama berkas lain</source>
        <translation>A backup cannot overwrite the workspace file itself; choose another file name</translation>
    </message>
    <message>
        <source>%1 adalah cadangan basis data server; pulihkan dengan alat basis data itu</source>
        <translation>%1 is a backup of a database server; restore it with that database&apos;s own tools</translation>
    </message>
    <message>
        <source>Cadangan %1 dibuat oleh versi SPI Desktop yang lebih baru (skema %2)</source>
        <translation>Backup %1 was made by a newer version of SPI Desktop (schema %2)</translation>
    </message>
    <message>
        <source>Perbarui aplikasi sebelum memulihkannya</source>
        <translation>Update the application before restoring it</translation>
    </message>
    <message>
        <source>Basis data di dalam cadangan %1 rusak (pemeriksaan integritas gagal)</source>
        <translation>The database inside backup %1 is damaged (the integrity check failed)</translation>
    </message>
    <message>
        <source>Cadangan %1 tidak berisi ruang kerja SPI Desktop</source>
        <translation>Backup %1 does not contain an SPI Desktop workspace</translation>
    </message>
    <message>
        <source>Cadangan %1 berasal dari ruang kerja pelatihan (DATA DEMO)</source>
        <translation>Backup %1 comes from a training workspace (DEMO DATA)</translation>
    </message>
    <message>
        <source>data demo tidak pernah dipulihkan ke ruang kerja nyata</source>
        <translation>demo data is never restored into a real workspace</translation>
    </message>
    <message>
        <source>Cadangan %1 berisi ruang kerja nyata</source>
        <translation>Backup %1 contains a real workspace</translation>
    </message>
    <message>
        <source>pulihkan ke ruang kerja nyata, bukan ke ruang kerja pelatihan</source>
        <translation>restore it into a real workspace, not into a training workspace</translation>
    </message>
    <message>
        <source>Isi cadangan %1 bukan basis data yang dapat dibaca: %2</source>
        <translation>The contents of backup %1 are not a readable database: %2</translation>
    </message>
    <message>
        <source>Ruang kerja SUDAH dipulihkan dari %1 (cadangan %2), tetapi baris jejak audit pemulihannya tidak dapat ditulis: %3</source>
        <translation>The workspace HAS BEEN restored from %1 (backup of %2), but the audit trail line for the restore could not be written: %3</translation>
    </message>
    <message>
        <source>Pemulihan gagal, ruang kerja tidak berubah: %1</source>
        <translation>The restore failed; the workspace is unchanged: %1</translation>
    </message>
    <message>
        <source>Ruang kerja di server PostgreSQL dicadangkan dan dipulihkan dengan alat server itu sendiri (misalnya pg_dump dan pg_restore)</source>
        <translation>A workspace on a PostgreSQL server is backed up and restored with the server&apos;s own tools (for example pg_dump and pg_restore)</translation>
    </message>
    <message>
        <source>aplikasi hanya mencadangkan ruang kerja berkas SQLite</source>
        <translation>the application only backs up SQLite file workspaces</translation>
    </message>
    <message>
        <source>Berkas ruang kerja %1 tidak ada</source>
        <translation>The workspace file %1 does not exist</translation>
    </message>
    <message>
        <source>Jumlah cadangan otomatis yang disimpan harus 1 sampai %1</source>
        <translation>The number of automatic backups kept must be 1 to %1</translation>
    </message>
    <message>
        <source>Cadangan %1 tidak dapat ditulis: %2</source>
        <translation>Backup %1 could not be written: %2</translation>
    </message>
    <message>
        <source>Basis data tidak dapat disalin: %1</source>
        <translation>The database could not be copied: %1</translation>
    </message>
    <message>
        <source>Folder cadangan %1 tidak dapat dibuat: %2</source>
        <translation>Backup folder %1 could not be created: %2</translation>
    </message>
    <message>
        <source>Berkas cadangan %1 rusak: %2</source>
        <translation>Backup file %1 is damaged: %2</translation>
    </message>
    <message>
        <source>Tidak ada yang dipulihkan</source>
        <translation>Nothing was restored</translation>
    </message>
    <message>
        <source>parameter kunci tidak sah</source>
        <translation>its key parameters are not valid</translation>
    </message>
    <message>
        <source>kepala berkas tidak sah</source>
        <translation>its header is not valid</translation>
    </message>
    <message>
        <source>ada data tambahan di ujung berkas</source>
        <translation>there is extra data at the end of the file</translation>
    </message>
    <message>
        <source>kepala berkas tidak dapat dibaca</source>
        <translation>its header cannot be read</translation>
    </message>
    <message>
        <source>checksum tidak cocok (berkas rusak atau telah diubah)</source>
        <translation>the checksum does not match (the file is damaged or has been altered)</translation>
    </message>
    <message>
        <source>isi lebih panjang dari yang tercatat</source>
        <translation>the contents are longer than recorded</translation>
    </message>
    <message>
        <source>isi tidak dapat dibuka</source>
        <translation>the contents cannot be opened</translation>
    </message>
    <message>
        <source>isi tidak cocok dengan checksum-nya</source>
        <translation>the contents do not match their checksum</translation>
    </message>
    <message>
        <source>Frasa sandi cadangan minimal %1 karakter</source>
        <translation>The backup passphrase is too short: it needs at least %1 characters</translation>
    </message>
    <message>
        <source>Berkas cadangan %1 terpotong (tidak lengkap)</source>
        <translation>Backup file %1 is cut short (incomplete)</translation>
    </message>
    <message>
        <source>Berkas cadangan %1 terpotong (tidak lengkap): %2 dari %3 byte</source>
        <translation>Backup file %1 is cut short (incomplete): bytes %2 of %3</translation>
    </message>
    <message>
        <source>Berkas cadangan %1 terenkripsi: masukkan frasa sandinya</source>
        <translation>Backup file %1 is encrypted: enter its passphrase</translation>
    </message>
    <message>
        <source>Berkas cadangan %1 tidak dapat dibaca: %2</source>
        <translation>Backup file %1 could not be read: %2</translation>
    </message>
    <message>
        <source>Berkas cadangan %1 dibuat oleh versi SPI Desktop yang lebih baru (format %2)</source>
        <translation>Backup file %1 was made by a newer version of SPI Desktop (format %2)</translation>
    </message>
    <message>
        <source>Frasa sandi salah atau berkas cadangan telah diubah</source>
        <translation>Wrong passphrase, or the backup file has been altered</translation>
    </message>
    <message>
        <source>%1 bukan berkas cadangan SPI Desktop</source>
        <translation>%1 is not an SPI Desktop backup file</translation>
    </message>
    <message>
        <source>Peran &apos;%1&apos; tidak dikenal</source>
        <translation>Unknown role &apos;%1&apos;</translation>
    </message>
    <message>
        <source>pilih admin, operator atau viewer</source>
        <translation>choose admin, operator or viewer</translation>
    </message>
    <message>
        <source>Ruang kerja ini memakai akun pengguna: masuk dulu dengan nama dan kata sandi</source>
        <translation>This workspace uses user accounts: sign in first with your name and password</translation>
    </message>
    <message>
        <source>Akun %1 tidak aktif lagi</source>
        <translation>Account %1 is no longer active</translation>
    </message>
    <message>
        <source>masuk dengan akun lain</source>
        <translation>sign in with another account</translation>
    </message>
    <message>
        <source>Peran %1 (%2) tidak boleh %3</source>
        <translation>The %1 role (%2) may not %3</translation>
    </message>
    <message>
        <source>Minta pengguna berperan %1 atau %2.</source>
        <translation>Ask a user with the %1 or %2 role.</translation>
    </message>
    <message>
        <source>Minta pengguna berperan %1.</source>
        <translation>Ask a user with the %1 role.</translation>
    </message>
    <message>
        <source>mengimpor atau membatalkan impor</source>
        <translation>import or undo imports</translation>
    </message>
    <message>
        <source>mengubah atau menghapus data</source>
        <translation>change or delete data</translation>
    </message>
    <message>
        <source>mengekspor data</source>
        <translation>export data</translation>
    </message>
    <message>
        <source>mencetak</source>
        <translation>print</translation>
    </message>
    <message>
        <source>menampilkan kontak lengkap</source>
        <translation>show full contact details</translation>
    </message>
    <message>
        <source>mengubah pengaturan</source>
        <translation>change settings</translation>
    </message>
    <message>
        <source>mengelola pengguna</source>
        <translation>manage users</translation>
    </message>
    <message>
        <source>membuka jejak audit</source>
        <translation>open the audit trail</translation>
    </message>
    <message>
        <source>mencadangkan, memulihkan atau menghapus data pribadi</source>
        <translation>back up, restore or delete personal data</translation>
    </message>
    <message>
        <source>Nama pengguna atau kata sandi salah</source>
        <translation>Wrong user name or password</translation>
    </message>
    <message>
        <source>Setelah %1 kali gagal, akun %2 dikunci sampai %3</source>
        <translation>After %1 failed attempts, account %2 is locked until %3</translation>
    </message>
    <message>
        <source>Akun %1 terkunci sampai %2</source>
        <translation>Account %1 is locked until %2</translation>
    </message>
    <message>
        <source>coba lagi nanti</source>
        <translation>try again later</translation>
    </message>
    <message>
        <source>Akun %1 dinonaktifkan</source>
        <translation>Account %1 is disabled</translation>
    </message>
    <message>
        <source>hubungi Admin</source>
        <translation>contact an Admin</translation>
    </message>
    <message>
        <source>Nama pengguna &apos;%1&apos; tidak sah: 2–32 huruf kecil, angka, titik, garis bawah atau tanda hubung, tanpa spasi</source>
        <translation>User name &apos;%1&apos; is not valid: use 2–32 lower-case letters, digits, dots, underscores or hyphens, without spaces</translation>
    </message>
    <message>
        <source>Kata sandi minimal %1 karakter</source>
        <translation>The password must be at least %1 characters</translation>
    </message>
    <message>
        <source>Kata sandi tidak boleh sama dengan nama pengguna</source>
        <translation>The password may not be the same as the user name</translation>
    </message>
    <message>
        <source>Kata sandi tidak boleh diawali atau diakhiri spasi</source>
        <translation>The password may not begin or end with a space</translation>
    </message>
    <message>
        <source>Akun pertama harus berperan Admin, agar ada yang dapat mengelola pengguna</source>
        <translation>The first account must have the Admin role, so that someone can manage users</translation>
    </message>
    <message>
        <source>Pengguna &apos;%1&apos; tidak ada</source>
        <translation>User &apos;%1&apos; does not exist</translation>
    </message>
    <message>
        <source>Nama pengguna &apos;%1&apos; sudah dipakai</source>
        <translation>User name &apos;%1&apos; is already taken</translation>
    </message>
    <message>
        <source>Harus tetap ada satu Admin aktif</source>
        <translation>There must always be one active Admin</translation>
    </message>
    <message>
        <source>jadikan pengguna lain Admin dulu</source>
        <translation>make another user an Admin first</translation>
    </message>
    <message>
        <source>Kata sandi lama salah</source>
        <translation>The old password is wrong</translation>
    </message>
    <message>
        <source>Ruang kerja ini sudah ditutup</source>
        <translation>This workspace has been closed</translation>
    </message>
    <message>
        <source>Ruang kerja ini sudah ditutup (misalnya karena data pelatihan sedang direset), jadi pekerjaan ini dihentikan</source>
        <translation>This workspace has been closed (for example because the training data is being reset), so this job was stopped</translation>
    </message>
    <message>
        <source>Buka lagi ruang kerjanya lalu ulangi.</source>
        <translation>Open the workspace again, then try again.</translation>
    </message>
    <message>
        <source>Basis data ini dibuat oleh versi SPI Desktop yang lebih baru (skema %1)</source>
        <translation>This database was made by a newer version of SPI Desktop (schema %1)</translation>
    </message>
    <message>
        <source>Perbarui aplikasi sebelum membukanya.</source>
        <translation>Update the application before opening it.</translation>
    </message>
    <message>
        <source>Isi host server PostgreSQL (nama atau alamat IP)</source>
        <translation>Enter the PostgreSQL server host (name or IP address)</translation>
    </message>
    <message>
        <source>Isi nama basis data</source>
        <translation>Enter the database name</translation>
    </message>
    <message>
        <source>Isi nama pengguna basis data</source>
        <translation>Enter the database user name</translation>
    </message>
    <message>
        <source>Port harus 1 sampai 65535</source>
        <translation>The port must be 1 to 65535</translation>
    </message>
    <message>
        <source>Mode SSL &apos;%1&apos; tidak dikenal</source>
        <translation>Unknown SSL mode &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Pengaturan koneksi tidak dapat disimpan di %1: %2</source>
        <translation>The connection settings could not be saved in %1: %2</translation>
    </message>
    <message>
        <source>Keyring sistem menolak: %1</source>
        <translation>The system keyring refused: %1</translation>
    </message>
    <message>
        <source>Basis data tujuan %1 sudah berisi data (%2)</source>
        <translation>The target database %1 already holds data (%2)</translation>
    </message>
    <message>
        <source>salin hanya ke basis data yang baru dan kosong</source>
        <translation>copy only into a new, empty database</translation>
    </message>
    <message>
        <source>Jumlah baris tidak sama setelah disalin: %1</source>
        <translation>The row counts differ after copying: %1</translation>
    </message>
    <message>
        <source>tujuan tidak diubah</source>
        <translation>the target was not changed</translation>
    </message>
    <message>
        <source>Ruang kerja ini sudah berisi data instansi atau OPD</source>
        <translation>This workspace already holds institution or OPD data</translation>
    </message>
    <message>
        <source>demo hanya dibuat di ruang kerja kosong (gunakan berkas lain dengan --db)</source>
        <translation>a demo is only made in an empty workspace (use another file with --db)</translation>
    </message>
    <message>
        <source>%1 berasal dari ruang kerja pelatihan (bertanda DATA DEMO PELATIHAN)</source>
        <translation>%1 comes from a training workspace (marked TRAINING DEMO DATA)</translation>
    </message>
    <message>
        <source>data demo tidak pernah dimasukkan ke ruang kerja nyata</source>
        <translation>demo data is never put into a real workspace</translation>
    </message>
    <message>
        <source>%1 sudah diubah oleh %2 pukul %3 setelah Anda membukanya</source>
        <translation>%1: changed by %2 at %3 after you opened it</translation>
    </message>
    <message>
        <source>%1 sudah diubah oleh %2 pada %3 setelah Anda membukanya</source>
        <translation>%1: changed by %2 on %3 after you opened it</translation>
    </message>
    <message>
        <source>%1 sudah diubah oleh %2 setelah Anda membukanya</source>
        <translation>%1: changed by %2 after you opened it</translation>
    </message>
    <message>
        <source>%1 sudah diubah oleh pengguna lain pukul %2 setelah Anda membukanya</source>
        <translation>%1: changed by another user at %2 after you opened it</translation>
    </message>
    <message>
        <source>%1 sudah diubah oleh pengguna lain pada %2 setelah Anda membukanya</source>
        <translation>%1: changed by another user on %2 after you opened it</translation>
    </message>
    <message>
        <source>%1 sudah diubah oleh pengguna lain setelah Anda membukanya</source>
        <translation>%1: changed by another user after you opened it</translation>
    </message>
    <message>
        <source>%1 sudah dihapus oleh pengguna lain setelah Anda membukanya</source>
        <translation>%1: deleted by another user after you opened it</translation>
    </message>
    <message>
        <source>Perubahan Anda belum disimpan: muat ulang data terbaru, lalu ulangi perubahan Anda bila masih perlu.</source>
        <translation>Your changes have not been saved: reload the latest data, then make your changes again if they are still needed.</translation>
    </message>
    <message>
        <source>Hasil SPI %1 %2</source>
        <translation>SPI result %1 %2</translation>
    </message>
    <message>
        <source>Data instansi</source>
        <translation>Institution details</translation>
    </message>
    <message>
        <source>Kegiatan rencana aksi %1</source>
        <translation>Action plan activity %1</translation>
    </message>
    <message>
        <source>Pengaturan tahun survei %1</source>
        <translation>Survey year %1 settings</translation>
    </message>
    <message>
        <source>Target sampel %1</source>
        <translation>Sample targets %1</translation>
    </message>
    <message>
        <source>Target %1 %2</source>
        <translation>Target %1 %2</translation>
    </message>
    <message>
        <source>Angka kosong</source>
        <translation>The number is empty</translation>
    </message>
    <message>
        <source>&apos;%1&apos; bukan angka yang jelas (koma dan titik bercampur)</source>
        <translation>&apos;%1&apos; is not a clear number (commas and dots mixed)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; bukan bilangan bulat tidak negatif</source>
        <translation>&apos;%1&apos; is not a whole number of zero or more</translation>
    </message>
    <message>
        <source>Tahun survei %1 belum ada di ruang kerja ini</source>
        <translation>Survey year %1 does not exist in this workspace yet</translation>
    </message>
    <message>
        <source>Pengaturan tahun survei %1 belum benar:</source>
        <translation>The settings of survey year %1 are not right yet:</translation>
    </message>
    <message>
        <source>Tahun survei %1 sudah ada</source>
        <translation>Survey year %1 already exists</translation>
    </message>
    <message>
        <source>Belum ada tahun survei yang dapat disalin</source>
        <translation>There is no survey year to copy yet</translation>
    </message>
    <message>
        <source>Tahun survei %1 belum dapat ditambahkan:</source>
        <translation>Survey year %1 cannot be added yet:</translation>
    </message>
    <message>
        <source>Ruang kerja belum punya tahun survei</source>
        <translation>The workspace has no survey year yet</translation>
    </message>
    <message>
        <source>Akhir masa survei tidak boleh sebelum awalnya</source>
        <translation>The end of the survey period may not be before its start</translation>
    </message>
    <message>
        <source>Data instansi belum benar:</source>
        <translation>The institution&apos;s details are not right yet:</translation>
    </message>
    <message>
        <source>Nama instansi wajib diisi</source>
        <translation>The institution&apos;s name is required</translation>
    </message>
    <message>
        <source>Logo %1 terlalu besar (maksimal 2 MB)</source>
        <translation>Logo %1 is too large (2 MB at most)</translation>
    </message>
    <message>
        <source>Logo %1 tidak dapat dibaca: %2</source>
        <translation>Logo %1 could not be read: %2</translation>
    </message>
    <message>
        <source>Data OPD belum benar:</source>
        <translation>The OPD&apos;s details are not right yet:</translation>
    </message>
    <message>
        <source>Isi rekomendasi wajib diisi</source>
        <translation>The recommendation&apos;s text is required</translation>
    </message>
    <message>
        <source>Rencana aksi belum benar:</source>
        <translation>The action plan is not right yet:</translation>
    </message>
    <message>
        <source>%1 terlalu besar (maksimal 50 MB)</source>
        <translation>%1 is too large (50 MB at most)</translation>
    </message>
    <message>
        <source>Rekomendasi %1 tidak ada</source>
        <translation>Recommendation %1 does not exist</translation>
    </message>
    <message>
        <source>Kegiatan %1 tidak ada (mungkin sudah dihapus)</source>
        <translation>Activity %1 does not exist (perhaps it was deleted)</translation>
    </message>
    <message>
        <source>Kegiatan %1 tidak ada</source>
        <translation>Activity %1 does not exist</translation>
    </message>
    <message>
        <source>Versi katalog mulai tahun %1 tidak ada (yang ada: %2)</source>
        <translation>There is no catalogue version starting in %1 (there are: %2)</translation>
    </message>
    <message>
        <source>Kode elemen &apos;%1&apos; tidak dikenal</source>
        <translation>Unknown element code &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Tingkat rekomendasi &apos;%1&apos; tidak dikenal (pilih: %2)</source>
        <translation>Unknown recommendation level &apos;%1&apos; (choose: %2)</translation>
    </message>
    <message>
        <source>Teks rekomendasi tidak boleh kosong</source>
        <translation>The recommendation&apos;s text may not be empty</translation>
    </message>
    <message>
        <source>gunakan &apos;kembalikan bawaan&apos; untuk teks semula</source>
        <translation>use &apos;restore default&apos; for the original text</translation>
    </message>
    <message>
        <source>Teks rekomendasi paling panjang %1 karakter (sekarang %2)</source>
        <translation>The recommendation&apos;s text may be at most %1 characters long (now %2)</translation>
    </message>
    <message>
        <source>Data instansi belum diisi</source>
        <translation>The institution&apos;s details have not been filled in yet</translation>
    </message>
    <message>
        <source>isi dulu di Pengaturan › Instansi</source>
        <translation>fill them in first under Settings › Institution</translation>
    </message>
    <message>
        <source>Daftar eksper milik instansi, bukan per OPD: tulis tanpa kode OPD</source>
        <translation>The list of experts belongs to the institution, not to each OPD: leave out the OPD code</translation>
    </message>
    <message>
        <source>Belum ada OPD yang ikut SPI %1</source>
        <translation>No OPD takes part in SPI %1 yet</translation>
    </message>
    <message>
        <source>tandai OPD-nya di halaman OPD</source>
        <translation>mark the OPDs on the OPD page</translation>
    </message>
    <message>
        <source>Folder %1 sudah berisi %2</source>
        <translation>Folder %1 already contains %2</translation>
    </message>
    <message>
        <source>pilih folder lain atau pindahkan berkas itu dulu (berkas yang sudah diisi OPD tidak ditimpa)</source>
        <translation>choose another folder or move those files first (files already filled in by OPDs are not overwritten)</translation>
    </message>
    <message>
        <source>pilih folder lain atau pindahkan folder itu dulu (isinya tidak ditimpa)</source>
        <translation>choose another folder or move those folders first (their contents are not overwritten)</translation>
    </message>
    <message>
        <source>Alamat pengiriman kembali terlalu panjang (%1 karakter, paling banyak %2)</source>
        <translation>The return address is too long (length %1, at most %2)</translation>
    </message>
    <message>
        <source>Cara kirim &apos;%1&apos; tidak dikenal</source>
        <translation>Unknown way of sending &apos;%1&apos;</translation>
    </message>
    <message>
        <source>pilih %1</source>
        <translation>choose %1</translation>
    </message>
    <message>
        <source>Pilih paling sedikit satu kelompok: internal atau external</source>
        <translation>Choose at least one group: internal or external</translation>
    </message>
    <message>
        <source>Kelompok &apos;%1&apos; tidak dikirim per OPD</source>
        <translation>Group &apos;%1&apos; is not sent per OPD</translation>
    </message>
    <message>
        <source>Bobot untuk kelompok tidak dikenal: %1</source>
        <translation>Weights for unknown groups: %1</translation>
    </message>
    <message>
        <source>pakai %1</source>
        <translation>use %1</translation>
    </message>
    <message>
        <source>Bobot kelompok %1 untuk tahun %2 belum diketahui</source>
        <translation>The weights of group %1 for %2 are not known yet</translation>
    </message>
    <message>
        <source>Isi bobot di Pengaturan › Tahun survei, atau berikan bobot untuk estimasi ini.</source>
        <translation>Enter the weights under Settings › Survey years, or give weights for this estimate.</translation>
    </message>
    <message>
        <source>Bobot tidak boleh negatif dan jumlahnya harus lebih dari 0</source>
        <translation>Weights may not be negative and their sum must be more than 0</translation>
    </message>
    <message>
        <source>Faktor koreksi %1 harus antara 0 dan 100 poin</source>
        <translation>The correction factor %1 must be between 0 and 100 points</translation>
    </message>
    <message>
        <source>tidak ada jawaban yang dapat dihitung (%1 baris dibaca, %2 masalah)</source>
        <translation>no answers can be counted (rows read: %1, problems: %2)</translation>
    </message>
    <message>
        <source>Contoh masalah: %1</source>
        <translation>For example: %1</translation>
    </message>
    <message>
        <source>tidak ada baris data di bawah judul kolom (baris %1) (%2)</source>
        <translation>no data rows below the column headings (row %1) (%2)</translation>
    </message>
    <message>
        <source>%1 baris dilewati karena bukan responden</source>
        <translation>Rows skipped because they are not respondents: %1</translation>
    </message>
    <message>
        <source>Templat ekspor %1: format nomor &apos;%2&apos; tidak dikenal</source>
        <translation>Export template %1: unknown number format &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Belum ada responden kelompok %1 tahun %2 untuk diekspor</source>
        <translation>There are no respondents of the %1 group for %2 to export yet</translation>
    </message>
    <message>
        <source>tidak ada berkas yang ditulis.</source>
        <translation>no file was written.</translation>
    </message>
    <message>
        <source>Alasan ekspor data pribadi wajib diisi</source>
        <translation>A reason for exporting personal data is required</translation>
    </message>
    <message>
        <source>Pilihan &apos;%1&apos; tidak dikenal</source>
        <translation>Unknown choice &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 tidak dapat ditulis: folder %2 tidak ada</source>
        <translation>%1 could not be written: folder %2 does not exist</translation>
    </message>
    <message>
        <source>--map &apos;%1&apos;: tulis ISIAN=JUDUL, mis. --map phone=&quot;No. HP (WhatsApp)&quot;</source>
        <translation>--map &apos;%1&apos;: write FIELD=HEADING, e.g. --map phone=&quot;No. HP (WhatsApp)&quot;</translation>
    </message>
    <message>
        <source>--map &apos;%1&apos;: isian &apos;%2&apos; tidak dikenal untuk kelompok %3</source>
        <translation>--map &apos;%1&apos;: unknown field &apos;%2&apos; for group %3</translation>
    </message>
    <message>
        <source>Impor nomor %1 yang akan diganti tidak lagi tersimpan</source>
        <translation>Import number %1 that was to be replaced is no longer stored</translation>
    </message>
    <message>
        <source>periksa ulang berkasnya</source>
        <translation>check the file again</translation>
    </message>
    <message>
        <source>Kelompok &apos;%1&apos; tidak dilacak per OPD</source>
        <translation>Group &apos;%1&apos; is not tracked per OPD</translation>
    </message>
    <message>
        <source>Daftar %1 %2 tahun %3 belum diterima</source>
        <translation>The %1 list of %2 for %3 has not been received yet</translation>
    </message>
    <message>
        <source>belum dapat divalidasi</source>
        <translation>it cannot be validated yet</translation>
    </message>
    <message>
        <source>Batas lampu harus: 0 % &lt; batas merah &lt; batas hijau ≤ 200 %</source>
        <translation>The light thresholds must be: 0 % &lt; red threshold &lt; green threshold ≤ 200 %</translation>
    </message>
    <message>
        <source>Templat pengingat belum benar: %1</source>
        <translation>The reminder template is not right yet: %1</translation>
    </message>
    <message>
        <source>Penanda tidak dikenal: %1</source>
        <translation>Unknown placeholders: %1</translation>
    </message>
    <message>
        <source>Yang dapat dipakai: %1</source>
        <translation>Those you can use: %1</translation>
    </message>
    <message>
        <source>Penanda ditulis tanpa tambahan, misalnya %1</source>
        <translation>Write placeholders without additions, for example %1</translation>
    </message>
    <message>
        <source>Data pribadi populasi %1 sudah dihapus (%2 oleh %3)</source>
        <translation>The personal data of population %1 has already been deleted (%2 by %3)</translation>
    </message>
    <message>
        <source>Tanda kirim format %1 %2 tidak ada lagi</source>
        <translation>The sent mark of %1 %2 no longer exists</translation>
    </message>
    <message>
        <source>tahun itu tidak menerima impor populasi lagi</source>
        <translation>that year accepts no more population imports</translation>
    </message>
    <message>
        <source>Masa survei %1 baru berakhir %2: data pribadi hanya dapat dihapus setelah tahun survei selesai</source>
        <translation>The %1 survey period only ends on %2: personal data can only be deleted after the survey year is over</translation>
    </message>
    <message>
        <source>Tahun survei %1 belum selesai: data pribadi hanya dapat dihapus setelah tahun survei selesai</source>
        <translation>Survey year %1 is not over yet: personal data can only be deleted after the survey year is over</translation>
    </message>
    <message>
        <source>Data pribadi populasi %1 sudah dihapus (%2)</source>
        <translation>The personal data of population %1 has already been deleted (%2)</translation>
    </message>
    <message>
        <source>Data kemajuan %1 tidak ada</source>
        <translation>Progress record %1 does not exist</translation>
    </message>
    <message>
        <source>Target tidak disimpan:</source>
        <translation>The targets were not saved:</translation>
    </message>
    <message>
        <source>Alasan ekspor wajib diisi: daftar ini memuat %1</source>
        <translation>A reason for the export is required: this list holds %1</translation>
    </message>
    <message>
        <source>nama OPD dan capaiannya</source>
        <translation>OPD names and their achievements</translation>
    </message>
    <message>
        <source>nama dan No. HP PIC</source>
        <translation>the PICs&apos; names and mobile numbers</translation>
    </message>
    <message>
        <source>Hasil untuk %1 sudah tersimpan</source>
        <translation>Results for %1 are already stored</translation>
    </message>
    <message>
        <source>pilih ganti (--replace) atau lewati (--skip)</source>
        <translation>choose replace (--replace) or skip (--skip)</translation>
    </message>
    <message>
        <source>Hasil tidak disimpan:</source>
        <translation>The results were not saved:</translation>
    </message>
    <message>
        <source>Hasil %1 %2 sudah tersimpan</source>
        <translation>The result %1 %2 is already stored</translation>
    </message>
    <message>
        <source>pilih ganti untuk menimpanya</source>
        <translation>choose replace to overwrite it</translation>
    </message>
    <message>
        <source>Kode &apos;%1&apos; bukan OPD yang terdaftar dan bukan instansi ini</source>
        <translation>Code &apos;%1&apos; is neither a registered OPD nor this institution</translation>
    </message>
    <message>
        <source>Belum ada hasil SPI %1 untuk %2</source>
        <translation>There are no SPI %1 results for %2 yet</translation>
    </message>
    <message>
        <source>impor atau ketik hasilnya dulu</source>
        <translation>import or type in the results first</translation>
    </message>
    <message>
        <source>%1 tidak dapat ditulis: %2</source>
        <translation>%1 could not be written: %2</translation>
    </message>
    <message>
        <source>Teks salindia terlalu panjang untuk handout satu halaman</source>
        <translation>The slide text is too long for a one-page handout</translation>
    </message>
    <message>
        <source>ringkas teks yang disunting</source>
        <translation>shorten the edited text</translation>
    </message>
    <message>
        <source>Jenis berkas &apos;%1&apos; tidak didukung</source>
        <translation>File type &apos;%1&apos; is not supported</translation>
    </message>
    <message>
        <source>pilih .pdf atau .xlsx</source>
        <translation>choose .pdf or .xlsx</translation>
    </message>
    <message>
        <source>ekspor jejak audit hanya ke .xlsx atau .csv</source>
        <translation>the audit trail is exported only to .xlsx or .csv</translation>
    </message>
    <message>
        <source>ekspor hanya ke .xlsx atau .csv</source>
        <translation>export only to .xlsx or .csv</translation>
    </message>
    <message>
        <source>%1 adalah berkas ruang kerja nyata yang sedang terbuka</source>
        <translation>%1 is the real workspace file that is open now</translation>
    </message>
    <message>
        <source>ruang kerja pelatihan harus berkas lain</source>
        <translation>the training workspace must be another file</translation>
    </message>
    <message>
        <source>%1 berisi ruang kerja nyata, bukan ruang kerja pelatihan</source>
        <translation>%1 contains a real workspace, not a training workspace</translation>
    </message>
    <message>
        <source>berkas itu tidak dipakai untuk pelatihan</source>
        <translation>that file is not used for training</translation>
    </message>
    <message>
        <source>%1 bukan ruang kerja pelatihan</source>
        <translation>%1 is not a training workspace</translation>
    </message>
    <message>
        <source>berkas itu tidak dihapus</source>
        <translation>that file was not deleted</translation>
    </message>
    <message>
        <source>Kelompok responden tidak dikenal: %1 (pilih internal, external atau expert)</source>
        <translation>Unknown respondent group: %1 (choose internal, external or expert)</translation>
    </message>
    <message>
        <source>Salindia &apos;%1&apos; tidak dikenal</source>
        <translation>Unknown slide &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Judul salindia wajib diisi</source>
        <translation>The slide title is required</translation>
    </message>
    <message>
        <source>Teks salindia belum benar:</source>
        <translation>The slide text is not right yet:</translation>
    </message>
    <message>
        <source>%1 adalah halaman web tanpa tabel</source>
        <translation>%1 is a web page without a table</translation>
    </message>
    <message>
        <source>buka di Excel lalu simpan sebagai .xlsx</source>
        <translation>open it in Excel, then save it as .xlsx</translation>
    </message>
    <message>
        <source>berkas XML Spreadsheet 2003 tanpa lembar kerja</source>
        <translation>an XML Spreadsheet 2003 file without a worksheet</translation>
    </message>
    <message>
        <source>berkas XML Spreadsheet 2003 rusak (baris %1)</source>
        <translation>a damaged XML Spreadsheet 2003 file (line %1)</translation>
    </message>
    <message>
        <source>tidak ada baris judul kolom di %1 baris pertama</source>
        <translation>no row of column headings within rows 1–%1</translation>
    </message>
    <message>
        <source>kolom %1 tidak cocok dengan isian mana pun</source>
        <translation>columns %1 match no field</translation>
    </message>
    <message>
        <source>Nama elemen yang dikenali: %1</source>
        <translation>Element names recognised: %1</translation>
    </message>
    <message>
        <source>Tidak ada yang disimpan.</source>
        <translation>Nothing was saved.</translation>
    </message>
    <message>
        <source>%1 kolom dari peta kuesioner %2 tidak ada di berkas (dicari di %3 baris pertama): %4</source>
        <translation>Columns of questionnaire map %2 not in the file (looked for within rows 1–%3): %1 — %4</translation>
    </message>
    <message>
        <source>judul kolom &apos;%1&apos; muncul lebih dari sekali</source>
        <translation>column heading &apos;%1&apos; appears more than once</translation>
    </message>
    <message>
        <source>ubah salah satunya agar peta kuesioner tidak keliru</source>
        <translation>change one of them so that the questionnaire map is not mistaken</translation>
    </message>
    <message>
        <source>Peta kuesioner %1 tidak ditemukan</source>
        <translation>Questionnaire map %1 was not found</translation>
    </message>
    <message>
        <source>Peta kuesioner %1 tidak dapat dibaca: %2</source>
        <translation>Questionnaire map %1 could not be read: %2</translation>
    </message>
    <message>
        <source>bukan JSON yang sah (%1)</source>
        <translation>not valid JSON (%1)</translation>
    </message>
    <message>
        <source>skala harus berbentuk {&quot;min&quot;: 1, &quot;max&quot;: 4}</source>
        <translation>the scale must look like {&quot;min&quot;: 1, &quot;max&quot;: 4}</translation>
    </message>
    <message>
        <source>nilai min dan max skala harus angka</source>
        <translation>the scale&apos;s min and max must be numbers</translation>
    </message>
    <message>
        <source>kelompok &apos;%1&apos; tidak dikenal</source>
        <translation>unknown group &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; harus berisi teks judul kolom</source>
        <translation>&apos;%1&apos; must hold the text of a column heading</translation>
    </message>
    <message>
        <source>kolom &apos;%1&apos; berisi identitas atau waktu pengisian dan tidak boleh dipakai</source>
        <translation>column &apos;%1&apos; holds an identity or the time of filling in and may not be used</translation>
    </message>
    <message>
        <source>isi peta kuesioner harus satu objek JSON</source>
        <translation>the questionnaire map must be one JSON object</translation>
    </message>
    <message>
        <source>&apos;values&apos; harus objek jawaban -&gt; kelompok</source>
        <translation>&apos;values&apos; must be an object of answer -&gt; group</translation>
    </message>
    <message>
        <source>&apos;questions&apos; harus daftar pertanyaan yang tidak kosong</source>
        <translation>&apos;questions&apos; must be a list of questions that is not empty</translation>
    </message>
    <message>
        <source>%1, pertanyaan ke-%2 (kolom &apos;%3&apos;): %4</source>
        <translation>%1, question %2 (column &apos;%3&apos;): %4</translation>
    </message>
    <message>
        <source>%1, pertanyaan ke-%2: %3</source>
        <translation>%1, question %2: %3</translation>
    </message>
    <message>
        <source>%1, &apos;%2&apos; &apos;%3&apos;: %4</source>
        <translation>%1, &apos;%2&apos; &apos;%3&apos;: %4</translation>
    </message>
    <message>
        <source>%1, &apos;%2&apos;: %3</source>
        <translation>%1, &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <source>setiap pertanyaan harus objek JSON</source>
        <translation>every question must be a JSON object</translation>
    </message>
    <message>
        <source>&apos;column&apos; (judul kolom di berkas ekspor) wajib diisi</source>
        <translation>&apos;column&apos; (the column heading in the export file) is required</translation>
    </message>
    <message>
        <source>elemen &apos;%1&apos; tidak dikenal di tahun survei ini</source>
        <translation>element &apos;%1&apos; is not known in this survey year</translation>
    </message>
    <message>
        <source>&apos;group&apos; wajib diisi (internal, eksternal atau eksper) bila peta tanpa &apos;group&apos;</source>
        <translation>&apos;group&apos; is required (internal, eksternal or eksper) when the map has no &apos;group&apos;</translation>
    </message>
    <message>
        <source>&apos;reverse&apos; harus true atau false</source>
        <translation>&apos;reverse&apos; must be true or false</translation>
    </message>
    <message>
        <source>kolom dipakai lebih dari sekali: %1</source>
        <translation>columns used more than once: %1</translation>
    </message>
    <message>
        <source>&apos;answer_labels&apos; harus objek label -&gt; angka, mis. {&quot;Setuju&quot;: 3}</source>
        <translation>&apos;answer_labels&apos; must be an object of label -&gt; number, e.g. {&quot;Setuju&quot;: 3}</translation>
    </message>
    <message>
        <source>&apos;ignore_values&apos; harus daftar teks, mis. [&quot;Tidak tahu&quot;]</source>
        <translation>&apos;ignore_values&apos; must be a list of texts, e.g. [&quot;Tidak tahu&quot;]</translation>
    </message>
    <message>
        <source>&apos;subindex&apos; harus salah satu dari: %1</source>
        <translation>&apos;subindex&apos; must be one of: %1</translation>
    </message>
    <message>
        <source>Skala %1 tidak sah: nilai terendah harus di bawah tertinggi</source>
        <translation>Scale %1 is not valid: the lowest value must be below the highest</translation>
    </message>
    <message>
        <source>Jawaban %1 di luar skala %2</source>
        <translation>Answer %1 is outside the scale %2</translation>
    </message>
    <message>
        <source>Jawaban &apos;%1&apos; bukan angka %2 dan bukan label yang dikenal (%3 …)</source>
        <translation>Answer &apos;%1&apos; is neither a number on the scale %2 nor a known label (%3 …)</translation>
    </message>
    <message>
        <source>Jawaban &apos;%1&apos; bukan angka %2 dan bukan label yang dikenal</source>
        <translation>Answer &apos;%1&apos; is neither a number on the scale %2 nor a known label</translation>
    </message>
    <message>
        <source>Derajat bebas harus minimal 1</source>
        <translation>The degrees of freedom must be at least 1</translation>
    </message>
    <message>
        <source>Tahun survei ini belum punya kategori nilai</source>
        <translation>This survey year has no score categories yet</translation>
    </message>
    <message>
        <source>Posisi kategori %1 di luar 0–%2</source>
        <translation>Category position %1 is outside 0–%2</translation>
    </message>
    <message>
        <source>gunakan berkas PNG atau JPG</source>
        <translation>use a PNG or JPG file</translation>
    </message>
    <message>
        <source>Minimal satu kategori nilai diperlukan</source>
        <translation>At least one score category is needed</translation>
    </message>
    <message>
        <source>Kategori ke-%1: nama kosong</source>
        <translation>Category %1: the name is empty</translation>
    </message>
    <message>
        <source>Kategori &apos;%1&apos;: warna &apos;%2&apos; bukan kode #RRGGBB</source>
        <translation>Category &apos;%1&apos;: colour &apos;%2&apos; is not a #RRGGBB code</translation>
    </message>
    <message>
        <source>Kategori &apos;%1&apos;: batas bawah %2 di luar 0–100</source>
        <translation>Category &apos;%1&apos;: lower limit %2 is outside 0–100</translation>
    </message>
    <message>
        <source>Batas bawah kategori harus naik berurutan dan tidak boleh sama</source>
        <translation>The categories&apos; lower limits must go up in order and may not be equal</translation>
    </message>
    <message>
        <source>Kategori terendah harus mulai dari 0</source>
        <translation>The lowest category must start at 0</translation>
    </message>
    <message>
        <source>Nama kategori tidak boleh kembar</source>
        <translation>Category names may not repeat</translation>
    </message>
    <message>
        <source>Masa survei mulai wajib diisi</source>
        <translation>The start of the survey period is required</translation>
    </message>
    <message>
        <source>Masa survei selesai wajib diisi</source>
        <translation>The end of the survey period is required</translation>
    </message>
    <message>
        <source>Batas data populasi wajib diisi</source>
        <translation>The population list deadline is required</translation>
    </message>
    <message>
        <source>Tahun %1 tidak masuk akal</source>
        <translation>Year %1 does not make sense</translation>
    </message>
    <message>
        <source>Kode elemen tidak boleh kembar</source>
        <translation>Element codes may not repeat</translation>
    </message>
    <message>
        <source>Nama elemen tidak boleh kosong</source>
        <translation>Element names may not be empty</translation>
    </message>
    <message>
        <source>Bobot harus antara 0 dan 1 (mis. 0,45)</source>
        <translation>Weights must be between 0 and 1 (e.g. 0.45)</translation>
    </message>
    <message>
        <source>Jumlah bobot internal, eksternal dan eksper harus 1 (sekarang %1)</source>
        <translation>The internal, external and expert weights must add up to 1 (now %1)</translation>
    </message>
    <message>
        <source>Nilai national_index harus 0–100</source>
        <translation>The national index must be 0–100</translation>
    </message>
    <message>
        <source>Nilai national_target harus 0–100</source>
        <translation>The national target must be 0–100</translation>
    </message>
    <message>
        <source>Target sampel %1: minimum harus bilangan bulat ≥ 0</source>
        <translation>Sample target %1: the minimum must be a whole number ≥ 0</translation>
    </message>
    <message>
        <source>Target sampel %1: proporsi harus 0–100 %</source>
        <translation>Sample target %1: the share must be 0–100 %</translation>
    </message>
    <message>
        <source>Syarat responden: %1 harus 0–50</source>
        <translation>Respondent criteria: %1 must be 0–50</translation>
    </message>
    <message>
        <source>masa kerja minimal di instansi</source>
        <translation>minimum years of service at the institution</translation>
    </message>
    <message>
        <source>masa kerja minimal di unit</source>
        <translation>minimum years of service in the unit</translation>
    </message>
    <message>
        <source>bulan terakhir layanan</source>
        <translation>months since the last service</translation>
    </message>
    <message>
        <source>Jenis instansi &apos;%1&apos; tidak dikenal</source>
        <translation>Unknown institution type &apos;%1&apos;</translation>
    </message>
    <message>
        <source>pilih salah satu: %1</source>
        <translation>choose one of: %1</translation>
    </message>
    <message>
        <source>Kelompok ukuran &apos;%1&apos; tidak dikenal</source>
        <translation>Unknown size group &apos;%1&apos;</translation>
    </message>
    <message>
        <source>pilih: %1</source>
        <translation>choose: %1</translation>
    </message>
    <message>
        <source>Kode instansi wajib diisi</source>
        <translation>The institution code is required</translation>
    </message>
    <message>
        <source>Logo terlalu besar (maksimal 2 MB)</source>
        <translation>The logo is too large (2 MB at most)</translation>
    </message>
    <message>
        <source>Kegiatan wajib diisi</source>
        <translation>The activity is required</translation>
    </message>
    <message>
        <source>Status &apos;%1&apos; tidak dikenal</source>
        <translation>Unknown status &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Kemajuan harus 0–100 %</source>
        <translation>Progress must be 0–100 %</translation>
    </message>
    <message>
        <source>Kegiatan selesai berarti kemajuan 100 %</source>
        <translation>A finished activity means 100 % progress</translation>
    </message>
    <message>
        <source>Isian nilai tidak dikenal</source>
        <translation>Unknown score field</translation>
    </message>
    <message>
        <source>Kode &apos;%1&apos; tidak terdaftar</source>
        <translation>Code &apos;%1&apos; is not registered</translation>
    </message>
    <message>
        <source>%1, bukan %2 atau %3</source>
        <translation>%1, not %2 or %3</translation>
    </message>
    <message>
        <source>%1, bukan %2</source>
        <translation>%1, not %2</translation>
    </message>
    <message>
        <source>Penanda tidak lengkap (%1)</source>
        <translation>Incomplete placeholder (%1)</translation>
    </message>
    <message>
        <source>tulis kurung kurawal biasa sebagai {{ dan }}</source>
        <translation>write ordinary curly braces as {{ and }}</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>pilih internal, eksternal atau eksper</source>
        <translation>choose internal, external or expert</translation>
    </message>
    <message>
        <source>jumlah tidak boleh negatif</source>
        <translation>the numbers may not be negative</translation>
    </message>
    <message>
        <source>target sampel (%1) lebih besar dari populasi yang dikirim (%2)</source>
        <translation>the sample target (%1) is larger than the population sent (%2)</translation>
    </message>
    <message>
        <source>target sampel wajib diisi bila populasi atau undangan diisi</source>
        <translation>the sample target is required when the population or the invitations are filled in</translation>
    </message>
    <message>
        <source>OPD dengan kode %1 tidak ada</source>
        <translation>There is no OPD with code %1</translation>
    </message>
    <message>
        <source>kode OPD wajib diisi untuk kelompok %1</source>
        <translation>the OPD code is required for group %1</translation>
    </message>
    <message>
        <source>target eksper berlaku untuk instansi</source>
        <translation>the expert target applies to the institution</translation>
    </message>
    <message>
        <source>kosongkan kode atau tulis INSTANSI</source>
        <translation>leave the code empty or write INSTANSI</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Instansi</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Tahun survei</source>
        <translation>Survey year</translation>
    </message>
    <message>
        <source>Lampu kemajuan</source>
        <translation>Progress lights</translation>
    </message>
    <message>
        <source>Katalog rekomendasi</source>
        <translation>Recommendation catalogue</translation>
    </message>
    <message>
        <source>Bahasa</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Koneksi basis data</source>
        <translation>Database connection</translation>
    </message>
    <message>
        <source>Hanya Admin yang dapat mengubah pengaturan ruang kerja. Bahasa tampilan dan koneksi basis data tetap dapat dipilih di PC ini.</source>
        <translation>Only an Admin can change the workspace settings. The display language and the database connection can still be chosen on this PC.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Masuk — SPI Desktop</source>
        <translation>Sign in — SPI Desktop</translation>
    </message>
    <message>
        <source>&amp;Masuk</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <source>Masuk ke ruang kerja</source>
        <translation>Sign in to the workspace</translation>
    </message>
    <message>
        <source>Basis data: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>nama pengguna</source>
        <translation>user name</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
</context>
<context>
    <name>SnapshotSaving</name>
    <message>
        <source>Tanggal sudah ada</source>
        <translation>Date already has data</translation>
    </message>
    <message>
        <source>Sudah ada data kemajuan tanggal %1.

Ganti data lama dengan yang baru, atau simpan keduanya (data yang disimpan belakangan dipakai untuk tanggal itu)?</source>
        <translation>Progress data dated %1 already exists.

Replace the old data with the new, or keep both (the one saved later is used for that date)?</translation>
    </message>
    <message>
        <source>Ganti data lama</source>
        <translation>Replace old data</translation>
    </message>
    <message>
        <source>Simpan keduanya</source>
        <translation>Keep both</translation>
    </message>
    <message>
        <source>Tanggal %1: dibaca %2, disimpan %3, ditolak %4.</source>
        <translation>Date %1: read %2, saved %3, rejected %4.</translation>
    </message>
    <message>
        <source>Ditolak:</source>
        <translation>Rejected:</translation>
    </message>
    <message>
        <source>… dan %1 lainnya</source>
        <translation>… and %1 more</translation>
    </message>
    <message>
        <source>Perlu dicek (jumlah selesai turun):</source>
        <translation>To check (completed count fell):</translation>
    </message>
    <message>
        <source>Data kemajuan</source>
        <translation>Progress data</translation>
    </message>
    <message>
        <source>Data kemajuan tidak disimpan</source>
        <translation>Progress data not saved</translation>
    </message>
</context>
<context>
    <name>SnapshotsTab</name>
    <message>
        <source>Tanggal data</source>
        <translation>Data date</translation>
    </message>
    <message>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Baris</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Total selesai</source>
        <translation>Total completed</translation>
    </message>
    <message>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Disimpan</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Daftar snapshot</source>
        <translation>Snapshot list</translation>
    </message>
    <message>
        <source>&amp;Impor berkas…</source>
        <translation>&amp;Import file…</translation>
    </message>
    <message>
        <source>K&amp;etik data…</source>
        <translation>&amp;Enter data…</translation>
    </message>
    <message>
        <source>Hapus &amp;data terpilih…</source>
        <translation>Delete &amp;selected data…</translation>
    </message>
    <message>
        <source>Setiap impor disimpan sebagai data bertanggal. Bila satu tanggal punya dua data, yang disimpan belakangan dipakai. Jumlah yang turun ditandai saat impor.</source>
        <translation>Each import is saved as dated data. If one date has two sets of data, the one saved last is used. Counts that fall are flagged during import.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln data kemajuan tersimpan untuk %1</source>
        <translation>
            <numerusform>%Ln progress record saved for %1</numerusform>
            <numerusform>%Ln progress records saved for %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Belum ada data kemajuan untuk tahun ini.</source>
        <translation>No progress data for this year yet.</translation>
    </message>
    <message>
        <source>Hapus data</source>
        <translation>Delete data</translation>
    </message>
    <message>
        <source>Pilih satu data kemajuan di tabel dulu.</source>
        <translation>Select one progress data set in the table first.</translation>
    </message>
    <message>
        <source>Hapus data kemajuan tanggal %1 dari %2 (%3 baris)? Grafik dan matriks akan memakai data lain yang tersisa.</source>
        <translation>Delete the progress data dated %1 from %2 (rows: %3)? Charts and the matrix will use the remaining data.</translation>
    </message>
</context>
<context>
    <name>SubmissionsView</name>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>OPD</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Kelompok</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Baris</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Format dikirim</source>
        <translation>Form sent</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Pengiriman daftar populasi</source>
        <translation>Population list submissions</translation>
    </message>
    <message>
        <source>Tandai ter&amp;validasi</source>
        <translation>Mar&amp;k validated</translation>
    </message>
    <message>
        <source>Batalkan tanda valida&amp;si</source>
        <translation>Clear va&amp;lidation</translation>
    </message>
    <message>
        <source>Batas pengiriman daftar populasi %1: %2</source>
        <translation>Population list deadline %1: %2</translation>
    </message>
    <message>
        <source>Validasi</source>
        <translation>Validation</translation>
    </message>
</context>
<context>
    <name>TargetGridModel</name>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>Kelompok</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Populasi
memenuhi syarat</source>
        <translation>Eligible
population</translation>
    </message>
    <message>
        <source>Target
menurut aturan</source>
        <translation>Target
by rule</translation>
    </message>
    <message>
        <source>Target
sampel</source>
        <translation>Sample
target</translation>
    </message>
    <message>
        <source>Populasi
dikirim</source>
        <translation>Population
sent</translation>
    </message>
    <message>
        <source>Undangan
dikirim</source>
        <translation>Invitations
sent</translation>
    </message>
    <message>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Ketik angka; kosongkan Target sampel untuk kembali ke target menurut aturan.</source>
        <translation>Type a number; clear the sample target to go back to the target by rule.</translation>
    </message>
    <message>
        <source>INSTANSI</source>
        <translation>INSTITUTION</translation>
    </message>
    <message>
        <source>Instansi (eksper)</source>
        <translation>Institution (experts)</translation>
    </message>
    <message>
        <source>diubah, belum disimpan</source>
        <translation>changed, not saved yet</translation>
    </message>
    <message>
        <source>ditetapkan</source>
        <translation>set here</translation>
    </message>
    <message>
        <source>aturan tahun ini</source>
        <translation>this year&apos;s rule</translation>
    </message>
</context>
<context>
    <name>TargetsTab</name>
    <message>
        <source>Cari kode atau nama OPD…</source>
        <translation>Search OPD code or name…</translation>
    </message>
    <message>
        <source>Batalkan perubahan</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Baris terpilih kembali memakai target menurut aturan tahun ini</source>
        <translation>Selected rows go back to the target from this year&apos;s rule</translation>
    </message>
    <message>
        <source>Ada perubahan target %1 yang belum disimpan. Simpan sekarang?</source>
        <translation>There are unsaved target changes for %1. Save them now?</translation>
    </message>
    <message>
        <source>Target sampel</source>
        <translation>Sample targets</translation>
    </message>
    <message>
        <source>Cari OPD</source>
        <translation>Search OPD</translation>
    </message>
    <message>
        <source>&amp;Simpan perubahan</source>
        <translation>&amp;Save changes</translation>
    </message>
    <message>
        <source>Bat&amp;alkan perubahan</source>
        <translation>Disc&amp;ard changes</translation>
    </message>
    <message>
        <source>Kembalikan ke at&amp;uran</source>
        <translation>Reset to r&amp;ule</translation>
    </message>
    <message>
        <source>&amp;Impor target…</source>
        <translation>&amp;Import targets…</translation>
    </message>
    <message>
        <source>%1: %2 % dari populasi, paling sedikit %3</source>
        <translation>%1: %2 % of population, at least %3</translation>
    </message>
    <message>
        <source>Aturan target %1 (ubah di Pengaturan › Tahun survei): %2. Target tidak melebihi populasi. Angka tebal ditetapkan di sini atau diimpor.</source>
        <translation>Target rule %1 (change in Settings › Survey year): %2. Targets never exceed the population. Bold figures were set here or imported.</translation>
    </message>
    <message>
        <source>belum diatur</source>
        <translation>not set yet</translation>
    </message>
    <message>
        <source>Target tidak disimpan</source>
        <translation>Targets not saved</translation>
    </message>
    <message>
        <source>Buang perubahan yang belum disimpan?</source>
        <translation>Discard unsaved changes?</translation>
    </message>
    <message>
        <source>Pilih berkas target</source>
        <translation>Choose target file</translation>
    </message>
    <message>
        <source>Mengimpor target…</source>
        <translation>Importing targets…</translation>
    </message>
    <message>
        <source>Target tidak diimpor</source>
        <translation>Targets not imported</translation>
    </message>
    <message>
        <source>Impor target</source>
        <translation>Import targets</translation>
    </message>
    <message numerus="yes">
        <source>%Ln target disimpan.</source>
        <translation>
            <numerusform>%Ln target saved.</numerusform>
            <numerusform>%Ln targets saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThresholdsForm</name>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Kembalikan ba&amp;waan (50 % / 100 %)</source>
        <translation>Restore defa&amp;ults (50 % / 100 %)</translation>
    </message>
    <message>
        <source>Capaian = selesai ÷ target sampel. Lampu merah bila capaian di bawah batas merah, kuning di bawah batas hijau, hijau mulai batas hijau. Berlaku untuk semua pengguna ruang kerja ini (Beranda, grafik, daftar OPD tertinggal).</source>
        <translation>Attainment = completed ÷ sample target. The light is red when attainment is below the red threshold, yellow when below the green threshold, and green from the green threshold up. Applies to all users of this workspace (Home, charts, lagging OPD list).</translation>
    </message>
    <message>
        <source>Merah bila capaian di bawah</source>
        <translation>Red when attainment is below</translation>
    </message>
    <message>
        <source>Hijau bila capaian mulai</source>
        <translation>Green when attainment is at least</translation>
    </message>
    <message>
        <source>Batas lampu</source>
        <translation>Light thresholds</translation>
    </message>
    <message>
        <source>Disimpan: merah &lt; %1 %, hijau ≥ %2 %.</source>
        <translation>Saved: red &lt; %1 %, green ≥ %2 %.</translation>
    </message>
</context>
<context>
    <name>TrainingBanner</name>
    <message>
        <source>MODE PELATIHAN — data fiktif, berkas sendiri. Semua PDF dan ekspor bertanda DEMO dan ditolak oleh ruang kerja nyata.</source>
        <translation>TRAINING MODE — fictional data in its own file. Every PDF and export is marked DEMO and refused by real workspaces.</translation>
    </message>
    <message>
        <source>&amp;Presentasi</source>
        <translation>&amp;Presentation</translation>
    </message>
    <message>
        <source>&amp;Tampilan responden</source>
        <translation>Respondent&apos;s &amp;view</translation>
    </message>
    <message>
        <source>&amp;Handout PDF…</source>
        <translation>Handout P&amp;DF…</translation>
    </message>
    <message>
        <source>Berkas &amp;latihan…</source>
        <translation>Pra&amp;ctice files…</translation>
    </message>
    <message>
        <source>&amp;Reset data pelatihan…</source>
        <translation>&amp;Reset training data…</translation>
    </message>
    <message>
        <source>handout-SPI-%1.pdf</source>
        <translation>handout-SPI-%1.pdf</translation>
    </message>
    <message>
        <source>Simpan handout</source>
        <translation>Save handout</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>Handout</translation>
    </message>
    <message>
        <source>Folder untuk berkas latihan</source>
        <translation>Folder for the practice files</translation>
    </message>
    <message>
        <source>Berkas latihan</source>
        <translation>Practice files</translation>
    </message>
    <message>
        <source>%1 berkas ditulis di %2: %3. Impor lewat Populasi › Impor daftar; pesertanya menemukan nomor HP salah, data ganda, baris judul dan huruf lama (cp1252).</source>
        <translation>Practice files written to %2 (%1): %3. Import them through Population › Import list; trainees will find wrong phone numbers, duplicates, title rows and an old encoding (cp1252).</translation>
    </message>
    <message>
        <source>Reset data pelatihan</source>
        <translation>Reset training data</translation>
    </message>
    <message>
        <source>Kembalikan ruang kerja pelatihan ke keadaan awal? Semua yang diubah peserta di berkas pelatihan ini hilang. Ruang kerja nyata tidak disentuh.</source>
        <translation>Return the training workspace to its initial state? Everything trainees changed in this training file is lost. Real workspaces are not touched.</translation>
    </message>
</context>
<context>
    <name>TrainingSwitch</name>
    <message>
        <source>Menyiapkan ruang kerja pelatihan</source>
        <translation>Preparing the training workspace</translation>
    </message>
    <message>
        <source>Mode Pelatihan</source>
        <translation>Training mode</translation>
    </message>
    <message>
        <source>Reset data pelatihan</source>
        <translation>Reset training data</translation>
    </message>
    <message>
        <source>Hanya ruang kerja pelatihan berupa berkas yang dapat direset.</source>
        <translation>Only a training workspace kept in a file can be reset.</translation>
    </message>
    <message>
        <source>Mereset ruang kerja pelatihan</source>
        <translation>Resetting the training workspace</translation>
    </message>
    <message>
        <source>Menghapus data pelatihan lama…</source>
        <translation>Removing the old training data…</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>Tambah OPD</source>
        <translation>Add unit</translation>
    </message>
    <message>
        <source>Ubah OPD</source>
        <translation>Edit unit</translation>
    </message>
    <message>
        <source>Kode *</source>
        <translation>Code *</translation>
    </message>
    <message>
        <source>mis. DINKES atau 1.02.0.00</source>
        <translation>e.g. DINKES or 1.02.0.00</translation>
    </message>
    <message>
        <source>Nama OPD *</source>
        <translation>Unit name *</translation>
    </message>
    <message>
        <source>mis. Dinas Kesehatan</source>
        <translation>e.g. Dinas Kesehatan</translation>
    </message>
    <message>
        <source>Singkatan</source>
        <translation>Abbreviation</translation>
    </message>
    <message>
        <source>mis. Dinkes</source>
        <translation>e.g. Dinkes</translation>
    </message>
    <message>
        <source>Nama lain</source>
        <translation>Other names</translation>
    </message>
    <message>
        <source>pisahkan dengan titik koma (;)</source>
        <translation>separate with semicolons (;)</translation>
    </message>
    <message>
        <source>Nama kepala</source>
        <translation>Head&apos;s name</translation>
    </message>
    <message>
        <source>NIP kepala</source>
        <translation>Head&apos;s NIP</translation>
    </message>
    <message>
        <source>18 angka</source>
        <translation>18 digits</translation>
    </message>
    <message>
        <source>Jabatan kepala</source>
        <translation>Head&apos;s position</translation>
    </message>
    <message>
        <source>Nama PIC</source>
        <translation>PIC name</translation>
    </message>
    <message>
        <source>No. HP/WA PIC</source>
        <translation>PIC mobile/WA no.</translation>
    </message>
    <message>
        <source>mis. 0812 3456 7890</source>
        <translation>e.g. 0812 3456 7890</translation>
    </message>
    <message>
        <source>Email PIC</source>
        <translation>PIC email</translation>
    </message>
    <message>
        <source>nama@domain.go.id</source>
        <translation>name@domain.go.id</translation>
    </message>
    <message>
        <source>Ikut SPI tahun %1</source>
        <translation>Taking part in SPI %1</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <source>Cari kode, nama, kepala atau PIC…</source>
        <translation>Search code, name, head or PIC…</translation>
    </message>
    <message>
        <source>Instansi &amp; OPD</source>
        <translation>Institution &amp; units</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Tidak aktif</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Nama OPD</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <source>Singkatan</source>
        <translation>Abbreviation</translation>
    </message>
    <message>
        <source>Akti&amp;fkan untuk tahun ini</source>
        <translation>Activate for this &amp;year</translation>
    </message>
    <message>
        <source>Dibaca %1 baris: %2 OPD baru, %3 diperbarui, %4 tidak berubah, %5 ditolak.</source>
        <translation>Rows read: %1; new OPD: %2; updated: %3; unchanged: %4; rejected: %5.</translation>
    </message>
    <message>
        <source>Kepala</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>Impor &amp;daftar OPD…</source>
        <translation>Import OPD &amp;list…</translation>
    </message>
    <message>
        <source>Tambah &amp;OPD</source>
        <translation>Add &amp;unit</translation>
    </message>
    <message>
        <source>PIC</source>
        <translation>PIC</translation>
    </message>
    <message>
        <source>HP PIC</source>
        <translation>PIC phone</translation>
    </message>
    <message>
        <source>Email PIC</source>
        <translation>PIC email</translation>
    </message>
    <message>
        <source>Status SPI</source>
        <translation>SPI status</translation>
    </message>
    <message>
        <source>Daftar OPD</source>
        <translation>OPD list</translation>
    </message>
    <message>
        <source>Cari OPD</source>
        <translation>Search OPD</translation>
    </message>
    <message>
        <source>T&amp;ambah OPD</source>
        <translation>&amp;Add unit</translation>
    </message>
    <message>
        <source>&amp;Ubah</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Nonakti&amp;fkan untuk tahun ini</source>
        <translation>Deactivate for this &amp;year</translation>
    </message>
    <message>
        <source>&amp;Impor dari Excel/CSV…</source>
        <translation>&amp;Import from Excel/CSV…</translation>
    </message>
    <message>
        <source>Tampilkan kontak lengkap</source>
        <translation>Show full contacts</translation>
    </message>
    <message>
        <source>Nomor HP dan surel PIC disamarkan; membukanya tercatat di jejak audit.</source>
        <translation>PIC phone numbers and e-mails are masked; showing them is logged in the audit trail.</translation>
    </message>
    <message>
        <source>Belum ada OPD di ruang kerja ini. Impor daftar OPD dari berkas Excel atau CSV (kolom Kode dan Nama OPD), atau tambahkan OPD satu per satu.</source>
        <translation>There are no OPD in this workspace yet. Import the OPD list from an Excel or CSV file (columns Kode and Nama OPD), or add the OPD one by one.</translation>
    </message>
    <message>
        <source>Kontak lengkap</source>
        <translation>Full contacts</translation>
    </message>
    <message>
        <source>%1 OPD, %2 ikut SPI %3</source>
        <translation>%1 OPD, %2 taking part in SPI %3</translation>
    </message>
    <message>
        <source>Status SPI OPD</source>
        <translation>OPD&apos;s SPI status</translation>
    </message>
    <message>
        <source>Impor daftar OPD</source>
        <translation>Import unit list</translation>
    </message>
    <message>
        <source>Mengimpor %1</source>
        <translation>Importing %1</translation>
    </message>
    <message>
        <source>Baris yang ditolak:</source>
        <translation>Rejected rows:</translation>
    </message>
    <message>
        <source>OPD diimpor tanpa nilai yang salah:</source>
        <translation>OPD imported without their invalid values:</translation>
    </message>
    <message>
        <source>… dan %1 masalah lain</source>
        <translation>… and %1 more</translation>
    </message>
    <message>
        <source>Kolom yang tidak dibaca: %1</source>
        <translation>Columns not read: %1</translation>
    </message>
    <message>
        <source>Lembar lain yang tidak dibaca: %1</source>
        <translation>Other sheets not read: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln baris dilewati karena bukan OPD (baris jumlah, tanda tangan).</source>
        <translation>
            <numerusform>%Ln row skipped as it is not a unit (a total line or signature).</numerusform>
            <numerusform>%Ln rows skipped as they are not units (total lines, signatures).</numerusform>
        </translation>
    </message>
    <message>
        <source>Impor OPD selesai</source>
        <translation>Unit import finished</translation>
    </message>
    <message>
        <source>Impor OPD gagal</source>
        <translation>Unit import failed</translation>
    </message>
    <message>
        <source>Tidak ada data yang diubah.</source>
        <translation>No data was changed.</translation>
    </message>
</context>
<context>
    <name>UnitsStep</name>
    <message>
        <source>3 · Daftar OPD</source>
        <translation>3 · OPD list</translation>
    </message>
    <message>
        <source>Perangkat daerah yang ikut SPI. Langkah ini boleh dilewati: daftar OPD dapat diimpor nanti di Instansi &amp; OPD.</source>
        <translation>The government units taking part in SPI. This step may be skipped: the OPD list can be imported later under Institution &amp; OPD.</translation>
    </message>
    <message>
        <source>&amp;Pilih berkas daftar OPD…</source>
        <translation>&amp;Choose the OPD list file…</translation>
    </message>
    <message>
        <source>&amp;Impor</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Excel atau CSV dengan kolom Kode dan Nama OPD (kolom kepala dan PIC dibaca bila ada).</source>
        <translation>Excel or CSV with the columns Kode and Nama OPD (head and PIC columns are read when present).</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Nama OPD</source>
        <translation>OPD name</translation>
    </message>
    <message>
        <source>Kepala</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>OPD yang akan diimpor</source>
        <translation>OPD to import</translation>
    </message>
    <message>
        <source>Pilih daftar OPD</source>
        <translation>Choose the OPD list</translation>
    </message>
    <message>
        <source>Membaca %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>Berkas: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>Terbaca %1 OPD: %2 baru, %3 sudah ada; %4 baris ditolak.</source>
        <translation>Read %1 OPD: %2 new, %3 already known; rows refused: %4.</translation>
    </message>
    <message>
        <source>Baris yang ditolak:</source>
        <translation>Rejected rows:</translation>
    </message>
    <message>
        <source>Diimpor tanpa nilai yang salah:</source>
        <translation>Imported without the wrong values:</translation>
    </message>
    <message>
        <source>… dan %1 masalah lain</source>
        <translation>… and %1 more</translation>
    </message>
    <message>
        <source>Kolom yang tidak dibaca: %1</source>
        <translation>Columns not read: %1</translation>
    </message>
    <message>
        <source>&amp;Impor %1 OPD</source>
        <translation>&amp;Import %1 OPD</translation>
    </message>
    <message>
        <source>Mengimpor %1</source>
        <translation>Importing %1</translation>
    </message>
    <message>
        <source>Sudah diimpor</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Tersimpan: %1 OPD baru, %2 diperbarui, %3 tidak berubah.</source>
        <translation>Saved: %1 new OPD, %2 updated, %3 unchanged.</translation>
    </message>
    <message>
        <source>Tidak ada data yang diubah.</source>
        <translation>No data was changed.</translation>
    </message>
    <message>
        <source>Daftar OPD belum diimpor</source>
        <translation>OPD list not imported</translation>
    </message>
    <message>
        <source>Daftar OPD yang dipilih belum diimpor. Lanjut tanpa mengimpornya?</source>
        <translation>The OPD list you chose has not been imported. Go on without importing it?</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>nonaktif</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>Terakhir masuk</source>
        <translation>Last signed in</translation>
    </message>
    <message>
        <source>Daftar pengguna</source>
        <translation>User list</translation>
    </message>
    <message>
        <source>&amp;Ubah peran…</source>
        <translation>Chan&amp;ge role…</translation>
    </message>
    <message>
        <source>Akti&amp;fkan / nonaktifkan</source>
        <translation>&amp;Enable / disable</translation>
    </message>
    <message>
        <source>Atur kata &amp;sandi…</source>
        <translation>&amp;Set password…</translation>
    </message>
    <message>
        <source>terkunci s.d. %1</source>
        <translation>locked until %1</translation>
    </message>
    <message>
        <source>aktif</source>
        <translation>active</translation>
    </message>
    <message>
        <source>Ruang kerja ini belum memakai akun: siapa pun yang membuka aplikasi di PC ini bekerja sebagai Admin lokal. Bila beberapa staf memakai ruang kerja yang sama, buat akun Admin pertama; sesudah itu setiap orang masuk dengan akunnya sendiri dan semua tindakan tercatat atas namanya.</source>
        <translation>This workspace has no accounts yet: whoever opens the app on this PC works as the local Admin. When several staff share the workspace, create the first Admin account; from then on everyone signs in with their own account and every action is logged under their name.</translation>
    </message>
    <message>
        <source>Buat akun &amp;Admin pertama…</source>
        <translation>Create the first &amp;Admin account…</translation>
    </message>
    <message>
        <source>T&amp;ambah pengguna…</source>
        <translation>&amp;Add a user…</translation>
    </message>
    <message>
        <source>Setiap orang masuk dengan akunnya sendiri. Lima kali salah kata sandi mengunci akun selama 15 menit. Akun tidak dihapus, hanya dinonaktifkan, agar jejak audit tetap bernama.</source>
        <translation>Everyone signs in with their own account. Five wrong passwords lock the account for 15 minutes. Accounts are never deleted, only disabled, so the audit trail keeps its names.</translation>
    </message>
    <message>
        <source>Pengguna</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Pilih satu pengguna di tabel dulu.</source>
        <translation>Select a user in the table first.</translation>
    </message>
    <message>
        <source>Akun Admin dibuat dan Anda masuk dengannya. Mulai sekarang aplikasi meminta nama dan kata sandi.</source>
        <translation>The Admin account was created and you are signed in with it. From now on the app asks for a name and password.</translation>
    </message>
    <message>
        <source>Ubah peran</source>
        <translation>Change role</translation>
    </message>
    <message>
        <source>Peran baru untuk %1:</source>
        <translation>New role for %1:</translation>
    </message>
    <message>
        <source>Nonaktifkan %1? Akun ini tidak dapat masuk lagi sampai diaktifkan.</source>
        <translation>Disable %1? This account cannot sign in until it is enabled again.</translation>
    </message>
    <message>
        <source>Aktifkan lagi %1?</source>
        <translation>Enable %1 again?</translation>
    </message>
</context>
<context>
    <name>WeightsPage</name>
    <message>
        <source>Bobot dan koreksi</source>
        <translation>Weights and correction</translation>
    </message>
    <message>
        <source>Bobot kelompok responden dari Pengaturan › Tahun survei %1; ubah bila perlu untuk estimasi ini saja (tidak disimpan).</source>
        <translation>Respondent group weights from Settings › Survey year %1; change them if needed for this estimate only (not saved).</translation>
    </message>
    <message>
        <source>kosong = tanpa koreksi</source>
        <translation>empty = no correction</translation>
    </message>
    <message>
        <source>Faktor koreksi (poin, 0–100)</source>
        <translation>Correction factor (points, 0–100)</translation>
    </message>
    <message>
        <source>Tulis angka dengan koma, mis. 0,45. Jumlah ketiga bobot harus 1. Faktor koreksi dikurangkan dari setiap indeks.</source>
        <translation>Write numbers with a decimal comma, e.g. 0,45. The three weights must add up to 1. The correction factor is subtracted from every index.</translation>
    </message>
    <message>
        <source>Bobot %1 belum diisi.</source>
        <translation>The %1 weight is empty.</translation>
    </message>
    <message>
        <source>Jumlah: –</source>
        <translation>Total: –</translation>
    </message>
    <message>
        <source>Jumlah: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>Bobot ditolak: setiap bobot harus antara 0 dan 1 dan jumlah ketiganya harus 1 (sekarang %1).</source>
        <translation>Weights rejected: each weight must be between 0 and 1 and the three must add up to 1 (now %1).</translation>
    </message>
    <message>
        <source>Faktor koreksi harus antara 0 dan 100 poin (kosongkan bila tanpa koreksi).</source>
        <translation>The correction factor must be between 0 and 100 points (leave empty for no correction).</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <source>Lanjut &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <source>&lt; Kembali</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Finish</translation>
    </message>
</context>
<context>
    <name>WorkspaceForm</name>
    <message>
        <source>(belum ditetapkan)</source>
        <translation>(not set yet)</translation>
    </message>
    <message>
        <source>18 angka, untuk tanda tangan kartu skor</source>
        <translation>18 digits, for signing score cards</translation>
    </message>
    <message>
        <source>(tanpa logo)</source>
        <translation>(no logo)</translation>
    </message>
    <message>
        <source>P&amp;ilih logo…</source>
        <translation>Choose &amp;logo…</translation>
    </message>
    <message>
        <source>Kode instansi *</source>
        <translation>Institution code *</translation>
    </message>
    <message>
        <source>Nama instansi *</source>
        <translation>Institution name *</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Kelompok ukuran</source>
        <translation>Size group</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Nama Inspektur</source>
        <translation>Inspector&apos;s name</translation>
    </message>
    <message>
        <source>NIP Inspektur</source>
        <translation>Inspector&apos;s NIP</translation>
    </message>
    <message>
        <source>Jabatan penanda tangan</source>
        <translation>Signer&apos;s title</translation>
    </message>
    <message>
        <source>Tempat tanda tangan</source>
        <translation>Place of signing</translation>
    </message>
    <message>
        <source>&amp;Simpan data instansi</source>
        <translation>&amp;Save institution details</translation>
    </message>
    <message>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>kota tempat kartu skor ditandatangani</source>
        <translation>town where the scorecards are signed</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Pilih logo</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Data instansi tersimpan.</source>
        <translation>Institution details saved.</translation>
    </message>
</context>
<context>
    <name>YearEditor</name>
    <message>
        <source>Tahun survei</source>
        <translation>Survey year</translation>
    </message>
    <message>
        <source>Indeks nasional</source>
        <translation>National index</translation>
    </message>
    <message>
        <source>Target nasional</source>
        <translation>National target</translation>
    </message>
    <message>
        <source>Bobot internal (%)</source>
        <translation>Internal weight (%)</translation>
    </message>
    <message>
        <source>Bobot eksternal (%)</source>
        <translation>External weight (%)</translation>
    </message>
    <message>
        <source>Bobot eksper (%)</source>
        <translation>Expert weight (%)</translation>
    </message>
    <message>
        <source>Masa survei mulai</source>
        <translation>Survey window start</translation>
    </message>
    <message>
        <source>Masa survei selesai</source>
        <translation>Survey window end</translation>
    </message>
    <message>
        <source>Batas data populasi</source>
        <translation>Population data deadline</translation>
    </message>
    <message>
        <source>Hasil diumumkan</source>
        <translation>Results announced</translation>
    </message>
    <message>
        <source>Umum</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Kategori nilai</source>
        <translation>Score bands</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Band</translation>
    </message>
    <message>
        <source>Batas bawah</source>
        <translation>Lower bound</translation>
    </message>
    <message>
        <source>Warna</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Baru</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Kategori nilai: berlaku dari batas bawah sampai batas bawah berikutnya</source>
        <translation>Score bands: each applies from its lower bound up to the next band&apos;s lower bound</translation>
    </message>
    <message>
        <source>Bobot elemen</source>
        <translation>Element weights</translation>
    </message>
    <message>
        <source>Nama elemen</source>
        <translation>Element name</translation>
    </message>
    <message>
        <source>Elemen</source>
        <translation>Elements</translation>
    </message>
    <message>
        <source>Minimum responden</source>
        <translation>Minimum respondents</translation>
    </message>
    <message>
        <source>Proporsi populasi (%)</source>
        <translation>Share of population (%)</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Internal</translation>
    </message>
    <message>
        <source>Eksternal</source>
        <translation>External</translation>
    </message>
    <message>
        <source>Eksper</source>
        <translation>Expert</translation>
    </message>
    <message>
        <source>Target sampel per OPD</source>
        <translation>Sample targets per unit</translation>
    </message>
    <message>
        <source>Sumber nilai bawaan</source>
        <translation>Sources of default values</translation>
    </message>
    <message>
        <source>T&amp;ambah tahun…</source>
        <translation>&amp;Add year…</translation>
    </message>
    <message>
        <source>Tambah kat&amp;egori</source>
        <translation>Add &amp;band</translation>
    </message>
    <message>
        <source>Hapus kategor&amp;i</source>
        <translation>Re&amp;move band</translation>
    </message>
    <message>
        <source>&amp;Simpan tahun survei</source>
        <translation>&amp;Save survey year</translation>
    </message>
    <message>
        <source>(tidak ada catatan sumber)</source>
        <translation>(no source notes)</translation>
    </message>
    <message>
        <source>Bobot</source>
        <translation>Weights</translation>
    </message>
    <message>
        <source>Masa survei</source>
        <translation>Survey window</translation>
    </message>
    <message>
        <source>Target sampel</source>
        <translation>Sample targets</translation>
    </message>
    <message>
        <source>Rata-rata per jenis instansi</source>
        <translation>Average by institution type</translation>
    </message>
    <message>
        <source>Syarat responden</source>
        <translation>Respondent eligibility</translation>
    </message>
    <message>
        <source>Ditambahkan pengguna</source>
        <translation>Added by user</translation>
    </message>
    <message>
        <source>Disunting pengguna (semula %1, %2)</source>
        <translation>Edited by user (was %1, %2)</translation>
    </message>
    <message>
        <source>Tahun survei %1 tersimpan.</source>
        <translation>Survey year %1 saved.</translation>
    </message>
</context>
<context>
    <name>YearStep</name>
    <message>
        <source>2 · Tahun survei</source>
        <translation>2 · Survey year</translation>
    </message>
    <message>
        <source>Tahun SPI yang sedang berjalan dan tanggal-tanggalnya menurut surat KPK.</source>
        <translation>The SPI year in progress and its dates from KPK&apos;s letter.</translation>
    </message>
    <message>
        <source>Tahun survei *</source>
        <translation>Survey year *</translation>
    </message>
    <message>
        <source>Masa survei mulai *</source>
        <translation>Survey window starts *</translation>
    </message>
    <message>
        <source>Masa survei selesai *</source>
        <translation>Survey window ends *</translation>
    </message>
    <message>
        <source>Batas data populasi *</source>
        <translation>Population list deadline *</translation>
    </message>
    <message>
        <source>Tahun %1 sudah ada di ruang kerja ini; periksa tanggalnya.</source>
        <translation>Year %1 already exists in this workspace; check its dates.</translation>
    </message>
    <message>
        <source>Tahun %1 dibuat dari pengaturan tahun %2. Tanggal di atas mengikuti pola tahun %2: sesuaikan dengan surat KPK tahun ini.</source>
        <translation>Year %1 is made from the settings of %2. The dates above follow the pattern of %2: adjust them to this year&apos;s KPK letter.</translation>
    </message>
    <message>
        <source>Isi ketiga tanggal menurut surat KPK tahun ini.</source>
        <translation>Fill in the three dates from this year&apos;s KPK letter.</translation>
    </message>
</context>
<context>
    <name>_RunPage</name>
    <message>
        <source>&amp;Hentikan</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>Tidak ada data yang disimpan.</source>
        <translation>No data was saved.</translation>
    </message>
    <message>
        <source>Dihentikan. Tidak ada data yang disimpan.</source>
        <translation>Stopped. No data was saved.</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4, %5.</source>
        <translation>%1: %2, %3, %4, %5.</translation>
    </message>
    <message numerus="yes">
        <source>Dibaca %Ln baris</source>
        <translation>
            <numerusform>Read %Ln row</numerusform>
            <numerusform>Read %Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln diimpor</source>
        <translation>
            <numerusform>%Ln imported</numerusform>
            <numerusform>%Ln imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplikat</source>
        <translation>
            <numerusform>%Ln duplicate</numerusform>
            <numerusform>%Ln duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ditolak</source>
        <translation>
            <numerusform>%Ln rejected</numerusform>
            <numerusform>%Ln rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln dengan peringatan</source>
        <translation>
            <numerusform>%Ln with a warning</numerusform>
            <numerusform>%Ln with warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln baris dilewati karena bukan responden (baris jumlah, tanda tangan).</source>
        <translation>
            <numerusform>%Ln row skipped as it is not a respondent (a total line or signature).</numerusform>
            <numerusform>%Ln rows skipped as they are not respondents (total lines, signatures).</numerusform>
        </translation>
    </message>
    <message>
        <source>Dari %1 lembar: %2.</source>
        <translation>Per sheet (%1): %2.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Terjadi kesalahan</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>Basis data</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Ubah koneksi basis data PC ini?</source>
        <translation>Change this PC&apos;s database connection?</translation>
    </message>
    <message>
        <source>Koneksi basis data…</source>
        <translation>Database connection…</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>SPI Desktop sudah terbuka</source>
        <translation>SPI Desktop is already open</translation>
    </message>
    <message>
        <source>SPI Desktop sudah terbuka di jendela ini. Untuk membuka basis data lain, pilih Pengaturan › Koneksi basis data.</source>
        <translation>SPI Desktop is already open in this window. To open another database, choose Settings › Database connection.</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>Admin: semua pekerjaan, pengguna, pengaturan, jejak audit, cadangan dan pemulihan.</source>
        <translation>Admin: all work, users, settings, the audit trail, backup and restore.</translation>
    </message>
    <message>
        <source>Operator: impor, ubah, ekspor, cetak, dan membuka kontak lengkap (tercatat di jejak audit).</source>
        <translation>Operator: import, edit, export, print, and show full contacts (logged in the audit trail).</translation>
    </message>
    <message>
        <source>Viewer: melihat data (kontak disamarkan) dan mencetak kartu skor.</source>
        <translation>Viewer: see the data (contacts masked) and print scorecards.</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Viewer</translation>
    </message>
</context>
</TS>
