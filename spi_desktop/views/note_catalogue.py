"""What the estimate, the official results and the shipped recommendation catalogue write as notes, with its
translatable templates.

The same shape as ``reason_catalogue`` (see there for the group letters). The notes are Indonesian in the
services, because the estimate's JSON, its PDF and its saved data carry them as written; a view shows them
through ``reason_texts.reason_text``. Group names inside a note (internal, eksternal, eksper) are the letter
``G``, a group as ``domain.survey_year.GROUP_NAMES`` writes it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from spi_desktop.domain.survey_year import GROUP_NAMES
from spi_desktop.views.labels import short_group_labels
from spi_desktop.views.numbers import english_separators
from spi_desktop.views.reason_catalogue import Pattern

NUMBER = r"(\d[\d.]*(?:,\d+)?)"  # a number as the services write it (Indonesian grouping and decimals)


def note_fixed() -> dict[str, str]:
    """Notes written without any value in them."""
    return {
        "ESTIMASI dari survei mandiri, bukan nilai SPI resmi KPK; jangan dicampur dengan hasil resmi.":
            QCoreApplication.translate(
                "EstimateNotes",
                "ESTIMASI dari survei mandiri, bukan nilai SPI resmi KPK; jangan dicampur dengan hasil resmi."),
        "Sub-indeks = rata-rata estimasi elemen pada kelompoknya (asumsi aplikasi).": QCoreApplication.translate(
            "EstimateNotes", "Sub-indeks = rata-rata estimasi elemen pada kelompoknya (asumsi aplikasi)."),
        "Sub-indeks = rata-rata skor responden (rata-rata elemen tiap responden) pada kelompoknya (asumsi "
        "aplikasi).": QCoreApplication.translate(
            "EstimateNotes", "Sub-indeks = rata-rata skor responden (rata-rata elemen tiap responden) pada "
                             "kelompoknya (asumsi aplikasi)."),
        "Indeks = Σ bobot × sub-indeks atas kelompok yang ada jawabannya (bobot dinormalkan ulang) dikurangi "
        "faktor koreksi, dibatasi 0–100. KPK tidak menerbitkan rumus persisnya.": QCoreApplication.translate(
            "EstimateNotes", "Indeks = Σ bobot × sub-indeks atas kelompok yang ada jawabannya (bobot dinormalkan "
                             "ulang) dikurangi faktor koreksi, dibatasi 0–100. KPK tidak menerbitkan rumus "
                             "persisnya."),
        "Interval 95 %: rentang tempat nilai sebenarnya hampir pasti berada, dihitung dari sebaran jawaban "
        "antar-responden; makin sedikit responden atau makin beragam jawabannya, makin lebar. Rentang sub-indeks "
        "dan indeks sengaja dibuat lebih lebar (perkiraan hati-hati).": QCoreApplication.translate(
            "EstimateNotes", "Interval 95 %: rentang tempat nilai sebenarnya hampir pasti berada, dihitung dari "
                             "sebaran jawaban antar-responden; makin sedikit responden atau makin beragam "
                             "jawabannya, makin lebar. Rentang sub-indeks dan indeks sengaja dibuat lebih lebar "
                             "(perkiraan hati-hati)."),
        "Bobot diberikan untuk estimasi ini.": QCoreApplication.translate(
            "EstimateNotes", "Bobot diberikan untuk estimasi ini."),
        "Indeks tidak dapat diestimasi: tidak ada kelompok berbobot yang punya jawaban.": QCoreApplication.translate(
            "EstimateNotes", "Indeks tidak dapat diestimasi: tidak ada kelompok berbobot yang punya jawaban."),
        # the shipped recommendation catalogue's note on its version (resources/recommendations/katalog.json)
        "Tujuh elemen penilaian internal SPI 2021–2025. Tingkat: mendasar = kategori terendah tahun itu, perbaikan "
        "= kategori tengah, pertahankan = kategori tertinggi.": QCoreApplication.translate(
            "CatalogueNotes", "Tujuh elemen penilaian internal SPI 2021–2025. Tingkat: mendasar = kategori terendah "
                              "tahun itu, perbaikan = kategori tengah, pertahankan = kategori tertinggi."),
    }


def note_patterns() -> list[Pattern]:
    """Notes with values in them: counts, numbers, group names, column names as the file has them."""
    found: list[tuple[str, Callable[[], str], str]] = [
        (r"Bobot dari Pengaturan › Tahun survei (\d{4})\.", lambda: QCoreApplication.translate(
            "EstimateNotes", "Bobot dari Pengaturan › Tahun survei %1."), "v"),
        (r"(\d+) kolom identitas/waktu pengisian tidak dibaca dan tidak disalin: (.+)\.",
         lambda: QCoreApplication.translate(
             "EstimateNotes", "%1 kolom identitas/waktu pengisian tidak dibaca dan tidak disalin: %2."), "vv"),
        (r"(\d+) jawaban tanpa OPD hanya dihitung untuk instansi\.", lambda: QCoreApplication.translate(
            "EstimateNotes", "%1 jawaban tanpa OPD hanya dihitung untuk instansi."), "v"),
        (r"(\d+) baris tanpa satu pun jawaban yang dapat dihitung\.", lambda: QCoreApplication.translate(
            "EstimateNotes", "%1 baris tanpa satu pun jawaban yang dapat dihitung."), "v"),
        (r"(\d+) jawaban untuk pertanyaan kelompok lain diabaikan\.", lambda: QCoreApplication.translate(
            "EstimateNotes", "%1 jawaban untuk pertanyaan kelompok lain diabaikan."), "v"),
        (r"Tanpa jawaban kelompok (.+): bobot dinormalkan ulang menjadi (.+)\.", lambda: QCoreApplication.translate(
            "EstimateNotes", "Tanpa jawaban kelompok %1: bobot dinormalkan ulang menjadi %2."), "GG"),
        (rf"Dikurangi faktor koreksi {NUMBER} poin\.", lambda: QCoreApplication.translate(
            "EstimateNotes", "Dikurangi faktor koreksi %1 poin."), "N"),
        (rf"Hasil (-?{NUMBER[1:-1]}) dibatasi ke rentang 0–100\.", lambda: QCoreApplication.translate(
            "EstimateNotes", "Hasil %1 dibatasi ke rentang 0–100."), "N"),
        (r"Kelompok (\w+) hanya (\d+) responden: estimasinya sangat tidak pasti\.", lambda: QCoreApplication.translate(
            "EstimateNotes", "Kelompok %1 hanya %2 responden: estimasinya sangat tidak pasti."), "Gv"),
        (r"Kelompok (\w+) hanya (\d+) responden: tidak dihitung untuk OPD ini agar jawaban perorangan tidak "
         r"terbaca \(tetap masuk angka instansi\)\.", lambda: QCoreApplication.translate(
            "EstimateNotes", "Kelompok %1 hanya %2 responden: tidak dihitung untuk OPD ini agar jawaban perorangan "
                             "tidak terbaca (tetap masuk angka instansi)."), "Gv"),
        (rf"Indeks bukan rata-rata elemen \(rata-rata elemen {NUMBER}\); nilai resmi disimpan apa adanya\.",
         lambda: QCoreApplication.translate(
             "ResultNotes", "Indeks bukan rata-rata elemen (rata-rata elemen %1); nilai resmi disimpan apa adanya."),
         "N"),
    ]
    return [(re.compile(pattern, re.DOTALL), template, kinds) for pattern, template, kinds in found]


def group_list(text: str) -> str:
    """'eksternal, eksper' or 'internal 0,600, eksper 0,400': each group name (as ``GROUP_NAMES`` writes it) and
    each weight in English."""
    words = {GROUP_NAMES[code]: label.lower() for code, label in short_group_labels().items()}
    named = re.sub(r"\b(internal|eksternal|eksper)\b", lambda match: words[match.group(1)], text)
    return re.sub(NUMBER, lambda match: english_separators(match.group(0)), named)
