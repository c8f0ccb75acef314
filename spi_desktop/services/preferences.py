"""Workspace preferences kept in the database: traffic-light thresholds and reminder templates.

Stored per workspace (not per PC) so everyone in a shared office sees the same lights and texts.
"""

from __future__ import annotations

from spi_desktop.db.session import Database
from spi_desktop.domain.errors import InputError
from spi_desktop.domain.placeholders import placeholder_problems
from spi_desktop.domain.progress import DEFAULT_THRESHOLDS, Thresholds
from spi_desktop.domain.roles import Permission
from spi_desktop.services import settings_store
from spi_desktop.services.access import require
from spi_desktop.services.settings_store import DEMO_KEY, TEMPLATES_KEY, THRESHOLDS_KEY

# Placeholders a reminder may use; filled from the lagging list (see services/progress_chasing.py).
TEMPLATE_FIELDS = {
    "opd": "nama OPD",
    "pic": "nama PIC OPD",
    "tahun": "tahun survei",
    "selesai": "jumlah responden selesai",
    "target": "target sampel",
    "kurang": "kekurangan dari target",
    "batas": "tanggal akhir masa survei",
    "sisa_hari": "sisa hari masa survei",
    "waktu": "keterangan waktu: 'dimulai …', 'sisa N hari' atau 'hari terakhir'",
}

# Neutral on purpose: they ask people to take part before the deadline and never hint at answers.
DEFAULT_TEMPLATES = {
    "internal": (
        "Yth. {pic},\n"
        "Mohon bantuan mengingatkan pegawai {opd} yang telah menerima undangan Survei Penilaian Integritas "
        "(SPI) {tahun} agar mengisi survei sampai selesai sebelum {batas} ({waktu}). "
        "Saat ini tercatat {selesai} dari target {target} responden pegawai. Survei diisi secara mandiri dan "
        "kerahasiaan setiap responden dijamin. Terima kasih."
    ),
    "external": (
        "Yth. {pic},\n"
        "Mohon bantuan menyampaikan kepada pengguna layanan {opd} yang telah menerima undangan Survei "
        "Penilaian Integritas (SPI) {tahun} bahwa survei dapat diisi sampai {batas} ({waktu}). "
        "Saat ini tercatat {selesai} dari target {target} responden. Partisipasi bersifat sukarela, diisi "
        "secara mandiri, dan kerahasiaan responden dijamin. Terima kasih."
    ),
    "expert": (
        "Yth. {pic},\n"
        "Mohon bantuan mengingatkan narasumber eksper {opd} yang telah menerima undangan Survei Penilaian "
        "Integritas (SPI) {tahun} bahwa survei dapat diisi sampai {batas} ({waktu}). Saat ini "
        "tercatat {selesai} dari target {target}. Pendapat narasumber disampaikan secara mandiri dan "
        "kerahasiaannya dijamin. Terima kasih."
    ),
}

# Wording that steers how people answer has no place in a reminder; saving such a text asks first.
STEERING_PHRASES = ("beri nilai", "berikan nilai", "nilai baik", "nilai tinggi", "nilai yang baik", "jawab positif",
                    "jawaban positif", "jawaban baik", "jawablah", "pilih jawaban", "jangan menjawab",
                    "jawab sangat", "pilih sangat")


def check_thresholds(red_below: float, green_from: float) -> Thresholds:
    """Thresholds as fractions; ``InputError`` unless 0 < red < green ≤ 2 (200 %)."""
    if not 0 < red_below < green_from <= 2:
        raise InputError("Batas lampu harus: 0 % < batas merah < batas hijau ≤ 200 %")
    return Thresholds(red_below, green_from)


def get_thresholds(database: Database) -> Thresholds:
    """The workspace's traffic-light thresholds (red < 50 %, green ≥ 100 % until changed)."""
    stored = settings_store.read(database, THRESHOLDS_KEY)
    if not isinstance(stored, dict):
        return DEFAULT_THRESHOLDS
    try:
        return check_thresholds(float(stored["red_below"]), float(stored["green_from"]))
    except (KeyError, TypeError, ValueError, InputError):
        return DEFAULT_THRESHOLDS


def set_thresholds(database: Database, red_below: float, green_from: float) -> Thresholds:
    """Check and store new thresholds (fractions: 0.5 = 50 %). Settings permission; one audit line."""
    actor = require(database, Permission.SETTINGS)
    thresholds = check_thresholds(red_below, green_from)
    current = get_thresholds(database)
    stored = {"red_below": thresholds.red_below, "green_from": thresholds.green_from}
    settings_store.write(database, THRESHOLDS_KEY, stored, actor,
                         f"Ubah batas lampu kemajuan: merah < {thresholds.red_below:.0%}, "
                         f"hijau ≥ {thresholds.green_from:.0%}",
                         old={"red_below": current.red_below, "green_from": current.green_from}, new=stored)
    return thresholds


def get_templates(database: Database) -> dict[str, str]:
    """The reminder text per group: the workspace's own where edited, else the neutral defaults."""
    stored = settings_store.read(database, TEMPLATES_KEY)
    templates = dict(DEFAULT_TEMPLATES)
    if isinstance(stored, dict):
        templates.update({group: text for group, text in stored.items() if group in templates and text})
    return templates


def template_problems(text: str) -> list[str]:
    """Unknown or broken placeholders (these stop a save)."""
    return placeholder_problems(text, TEMPLATE_FIELDS, "{opd}, bukan {opd:>10} atau {opd!r}")


def steering_phrases(text: str) -> list[str]:
    """Phrases in ``text`` that could suggest how to answer (the user is asked before saving)."""
    lowered = " ".join(text.lower().split())
    return [phrase for phrase in STEERING_PHRASES if phrase in lowered]


def set_template(database: Database, group: str, text: str) -> None:
    """Store the reminder text for ``group``; an empty text restores the default. Settings permission; one
    audit line."""
    actor = require(database, Permission.SETTINGS)
    if group not in DEFAULT_TEMPLATES:
        raise InputError(f"Kelompok '{group}' tidak dikenal")
    problems = template_problems(text)
    if problems:
        raise InputError("Templat pengingat belum benar: " + "; ".join(problems))
    old = get_templates(database)[group]
    stored = settings_store.read(database, TEMPLATES_KEY)
    templates = dict(stored) if isinstance(stored, dict) else {}
    if text.strip():
        templates[group] = text.strip()
    else:
        templates.pop(group, None)
    summary = f"Ubah templat pengingat {group}" if text.strip() else f"Kembalikan templat pengingat {group} bawaan"
    settings_store.write(database, TEMPLATES_KEY, templates, actor, summary, old={"text": old},
                         new={"text": templates.get(group, DEFAULT_TEMPLATES[group])}, group=group)



def mark_demo_workspace(database: Database) -> None:
    """Record that this workspace holds the fictional demo data (scorecards then carry a DEMO watermark)."""
    settings_store.write(database, DEMO_KEY, True)


def is_demo_workspace(database: Database) -> bool:
    """Whether this workspace was built by ``spi demo``."""
    return settings_store.read(database, DEMO_KEY) is True
