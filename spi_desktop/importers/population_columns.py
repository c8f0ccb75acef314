"""Column names a population list may use, per respondent group (Indonesian and English variants).

Besides the exact names, each field knows the word families people use in headers (``ColumnSpec.words``;
'a|b c' means one of a or b, and c) and the words that rule a header out (``vetoes``): 'No. HP (WhatsApp)',
'Telp/HP', 'Handphone' and 'Nomor HP/WA' are the phone, 'Alamat Surel' and 'Email Aktif' the e-mail,
'Nama (dengan gelar)' and 'Nama ASN' the name, 'Unit Kerja/OPD' the OPD; 'NIP Kepala', 'Nama Kepala' or
'HP Atasan' are someone else's.
"""

from __future__ import annotations

from spi_desktop.importers.columns import ColumnSpec

MOBILE_WORDS = "hp|wa|whatsapp|handphone|hape|ponsel|seluler|selular|mobile|cellphone|gsm"
LANDLINE_WORDS = "telp|telpon|telepon|tlp|tel|phone|telephone"
EMAIL_WORDS = "email|surel|mail|emailaddress"
SOMEONE_ELSE = ("kepala", "atasan", "pic", "pimpinan", "narahubung", "ayah", "ibu", "wali", "suami", "istri",
                "keluarga", "darurat", "lama")  # 'NIP Lama' is the old 9-digit number
OPD_WORDS = "opd|skpd|perangkat|satker|dinas|badan|department|departemen|agency"

NAME = ColumnSpec("name", "Nama", ("Nama Lengkap", "Nama Pegawai", "Nama Responden", "Nama Pengguna Layanan",
                                   "Nama Eksper", "Name", "Full Name"), required=True,
                  words=("nama", "name", "responden"),
                  vetoes=(*SOMEONE_ELSE, "opd", "skpd", "perangkat", "satker", "unit", "kerja", "instansi",
                          "organisasi", "lembaga", "jabatan", "layanan", "pelayanan", "bidang", "kategori",
                          "keahlian", "kantor", "sekolah", "desa", "kelurahan", "kecamatan", "dinas", "badan",
                          "file", "berkas", "usaha", "perusahaan", "media", "jenis", "tanggal", "tgl", "nip",
                          "email", "hp", "wa", "telp", "bank", "rekening", "produk", "program", "kegiatan"))
PHONE = ColumnSpec("phone", "No. HP", ("No HP", "Nomor HP", "No. HP/WA", "No HP/WA", "Nomor WhatsApp",
                                       "No. WA", "No WA", "Nomor WA", "WhatsApp", "WA", "HP", "Telepon",
                                       "No. Telepon", "No Telepon", "Nomor Telepon", "Phone", "Mobile",
                                       "Phone Number"),
                   words=(MOBILE_WORDS, LANDLINE_WORDS),
                   vetoes=(*SOMEONE_ELSE, "kantor", "fax", "faks", "faksimile", "rumah", "email", "surel"),
                   content="phone")
EMAIL = ColumnSpec("email", "Email", ("E-mail", "Alamat Email", "Alamat E-mail", "Surel", "Email Address"),
                   words=(EMAIL_WORDS, "surat elektronik"), vetoes=(*SOMEONE_ELSE, "hp", "wa", "whatsapp", "telp"),
                   content="email")
UNIT = ColumnSpec("unit", "Perangkat Daerah", ("OPD", "Nama OPD", "Nama Perangkat Daerah", "SKPD", "Kode OPD",
                                               "Kode Perangkat Daerah", "Unit Organisasi"),
                  words=(OPD_WORDS, "satuan kerja", "unit organisasi", "instansi induk"),
                  vetoes=(*SOMEONE_ELSE, "jumlah", "alamat", "tmt", "tanggal", "tgl", "jabatan"))
NIP = ColumnSpec("nip", "NIP", ("NIP Pegawai", "NIP/NIK"), words=("nip", "nomor induk pegawai"),
                 vetoes=SOMEONE_ELSE, content="nip")
POSITION = ColumnSpec("position", "Jabatan", ("Nama Jabatan", "Position"), words=("jabatan|jbtn|position",),
                      vetoes=(*SOMEONE_ELSE, "tmt", "tanggal", "tgl", "mulai", "eselon", "kelas", "tunjangan"))
ESELON = ColumnSpec("eselon", "Eselon", ("Tingkat Eselon", "Eselon Jabatan"), words=("eselon|esselon|echelon",),
                    vetoes=("tmt", "tanggal", "tgl"))
WORK_UNIT = ColumnSpec("work_unit", "Unit Kerja", ("Sub Unit Kerja", "Bidang", "Unit Layanan", "Work Unit"),
                       words=("unit kerja", "unit layanan", "sub unit|subunit", "bidang|bagian|seksi|subbagian",
                              "unit|loket"),
                       vetoes=(*SOMEONE_ELSE, "opd", "skpd", "perangkat", "tmt", "tanggal", "tgl", "keahlian",
                               "kode", "organisasi"))
STATUS = ColumnSpec("employment_status", "Status", ("Status Pegawai", "Status Kepegawaian", "ASN/Non ASN",
                                                    "Status ASN", "Employment Status"),
                    words=("status", "asn non", "kepegawaian", "jenis pegawai", "pns pppk|honorer|non",
                           "honorer"),
                    vetoes=("kawin", "nikah", "pernikahan", "perkawinan", "keluarga", "layanan", "pelayanan",
                            "nama", "nip", "tmt", "tanggal", "tgl", "jumlah", "data", "kirim", "verifikasi"))
TMT_INSTITUTION = ColumnSpec("tmt_institution", "TMT", ("TMT Instansi", "TMT CPNS", "TMT PNS",
                                                        "Tanggal Mulai Bekerja", "TMT Kerja"),
                             words=("tmt", "terhitung mulai tanggal", "mulai bekerja|kerja", "tanggal|tgl masuk",
                                    "tanggal|tgl bergabung"),
                             vetoes=("unit", "jabatan", "bidang", "opd", "skpd", "perangkat", "pangkat", "golongan",
                                     "gol", "eselon", "sub", "berkala", "kgb", "lahir"))
TMT_UNIT = ColumnSpec("tmt_unit", "TMT Unit", ("TMT di Unit", "TMT Jabatan", "TMT Unit Kerja"),
                      words=("tmt|mulai unit|jabatan|opd|skpd|bidang|perangkat",),
                      vetoes=("pangkat", "golongan", "gol", "berkala", "kgb", "lahir", "instansi"))
SERVICE_TYPE = ColumnSpec("service_type", "Jenis Layanan", ("Layanan", "Jenis Pelayanan", "Service Type"),
                          words=("layanan|pelayanan|keperluan|service",),
                          vetoes=("tanggal", "tgl", "waktu", "date", "unit", "loket", "nama", "jam", "hari",
                                  "kepuasan", "nilai"))
SERVICE_DATE = ColumnSpec("service_date", "Tanggal Layanan", ("Tgl Layanan", "Tanggal Pelayanan",
                                                              "Tgl. Layanan", "Service Date"),
                          words=("tanggal|tgl|waktu|date layanan|pelayanan|kunjungan|dilayani|berkunjung|service",
                                 "tanggal|tgl"),
                          vetoes=("lahir", "birth", "kirim", "input", "entri", "isi"))
ORGANISATION = ColumnSpec("organisation", "Instansi/Organisasi", ("Instansi", "Organisasi", "Lembaga",
                                                                  "Asal Instansi", "Organisation", "Organization"),
                          words=("instansi|organisasi|lembaga|institusi|perusahaan|organization|organisation|"
                                 "institution|affiliation|company",
                                 "asal|kantor|media"),
                          vetoes=("alamat", "kategori", "keahlian", "telp", "hp", "email", "jabatan"))
CATEGORY = ColumnSpec("category", "Kategori", ("Kategori Eksper", "Bidang Keahlian", "Keahlian", "Category"),
                      words=("kategori|keahlian|profesi|category|expertise|profession", "jenis eksper|ahli"))

GROUP_COLUMNS: dict[str, tuple[ColumnSpec, ...]] = {
    "internal": (NAME, PHONE, EMAIL, UNIT, NIP, POSITION, ESELON, WORK_UNIT, STATUS, TMT_INSTITUTION, TMT_UNIT),
    "external": (NAME, PHONE, EMAIL, UNIT, SERVICE_TYPE, SERVICE_DATE, WORK_UNIT),
    "expert": (NAME, PHONE, EMAIL, ORGANISATION, CATEGORY),
}
CONTACT_FIELDS = ("phone", "email")

GROUP_LABELS = {"internal": "Internal (pegawai)", "external": "Eksternal (pengguna layanan)",
                "expert": "Eksper"}
