"""Column names a population list may use, per respondent group (Indonesian and English variants)."""

from __future__ import annotations

from spi_desktop.importers.columns import ColumnSpec

NAME = ColumnSpec("name", "Nama", ("Nama Lengkap", "Nama Pegawai", "Nama Responden", "Nama Pengguna Layanan",
                                   "Nama Eksper", "Name", "Full Name"), required=True)
PHONE = ColumnSpec("phone", "No. HP", ("No HP", "Nomor HP", "No. HP/WA", "No HP/WA", "Nomor WhatsApp",
                                       "No. WA", "No WA", "Nomor WA", "WhatsApp", "WA", "HP", "Telepon",
                                       "No. Telepon", "No Telepon", "Nomor Telepon", "Phone", "Mobile",
                                       "Phone Number"))
EMAIL = ColumnSpec("email", "Email", ("E-mail", "Alamat Email", "Alamat E-mail", "Surel", "Email Address"))
UNIT = ColumnSpec("unit", "Perangkat Daerah", ("OPD", "Nama OPD", "Nama Perangkat Daerah", "SKPD", "Kode OPD",
                                               "Kode Perangkat Daerah", "Unit Organisasi"))
NIP = ColumnSpec("nip", "NIP", ("NIP Pegawai", "NIP/NIK"))
POSITION = ColumnSpec("position", "Jabatan", ("Nama Jabatan", "Position"))
WORK_UNIT = ColumnSpec("work_unit", "Unit Kerja", ("Sub Unit Kerja", "Bidang", "Unit Layanan", "Work Unit"))
STATUS = ColumnSpec("employment_status", "Status", ("Status Pegawai", "Status Kepegawaian", "ASN/Non ASN",
                                                    "Status ASN", "Employment Status"))
TMT_INSTITUTION = ColumnSpec("tmt_institution", "TMT", ("TMT Instansi", "TMT CPNS", "TMT PNS",
                                                        "Tanggal Mulai Bekerja", "TMT Kerja"))
TMT_UNIT = ColumnSpec("tmt_unit", "TMT Unit", ("TMT di Unit", "TMT Jabatan", "TMT Unit Kerja"))
SERVICE_TYPE = ColumnSpec("service_type", "Jenis Layanan", ("Layanan", "Jenis Pelayanan", "Service Type"))
SERVICE_DATE = ColumnSpec("service_date", "Tanggal Layanan", ("Tgl Layanan", "Tanggal Pelayanan",
                                                              "Tgl. Layanan", "Service Date"))
ORGANISATION = ColumnSpec("organisation", "Instansi/Organisasi", ("Instansi", "Organisasi", "Lembaga",
                                                                  "Asal Instansi", "Organisation", "Organization"))
CATEGORY = ColumnSpec("category", "Kategori", ("Kategori Eksper", "Bidang Keahlian", "Keahlian", "Category"))

GROUP_COLUMNS: dict[str, tuple[ColumnSpec, ...]] = {
    "internal": (NAME, PHONE, EMAIL, UNIT, NIP, POSITION, WORK_UNIT, STATUS, TMT_INSTITUTION, TMT_UNIT),
    "external": (NAME, PHONE, EMAIL, UNIT, SERVICE_TYPE, SERVICE_DATE, WORK_UNIT),
    "expert": (NAME, PHONE, EMAIL, ORGANISATION, CATEGORY),
}

GROUP_LABELS = {"internal": "Internal (pegawai)", "external": "Eksternal (pengguna layanan)",
                "expert": "Eksper"}
