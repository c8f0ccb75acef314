"""The actions the audit trail records, with their Indonesian labels (the trail's filter lists them)."""

from __future__ import annotations

ACTION_LABELS = {
    "import": "Impor", "undo": "Batalkan impor", "edit": "Ubah", "delete": "Hapus", "export": "Ekspor",
    "print": "Cetak", "reveal": "Tampilkan kontak", "login": "Masuk", "logout": "Keluar",
    "settings": "Pengaturan", "users": "Pengguna", "backup": "Cadangan", "restore": "Pulihkan",
    "purge": "Hapus data pribadi",
}
