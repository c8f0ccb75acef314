"""The estimate's and the official results' notes in the display language (views/note_catalogue.py).

The notes are what the services really write: an estimate over the hand-worked example of
tests/services/test_estimate.py (a correction, a group too small for its OPD, identity columns), and the notes
that example does not reach, as the code builds them. In Indonesian each comes back byte for byte; in English none
keeps an Indonesian word, and every number in it is kept, written with English separators.
"""

from __future__ import annotations

import re
from pathlib import Path

from spi_desktop.db.session import Database
from spi_desktop.domain.estimate import combine_index
from spi_desktop.domain.estimate_stats import Estimate
from spi_desktop.services.estimate import estimate_spi
from spi_desktop.views.reason_texts import reason_text
from tests.services.test_estimate import write

INDONESIAN = re.compile(r"\b(tidak|dan|atau|baris|kolom|dengan|yang|bukan|kelompok|jawaban|hanya|dihitung|"
                        r"dikurangi|dibatasi|rentang|bobot|rata-rata|nilai|disimpan|apa adanya|untuk|diabaikan|"
                        r"eksternal|eksper|Pengaturan|Tahun survei)\b", re.IGNORECASE)
NUMBER = re.compile(r"\d[\d.,]*\d|\d")


def _digits(text: str) -> list[str]:
    """The numbers of ``text`` by their digits (an English window writes 71.25 where Indonesian writes 71,25)."""
    return sorted(re.sub(r"\D", "", number) for number in NUMBER.findall(text))

BUILT = [
    "Indeks bukan rata-rata elemen (rata-rata elemen 71,25); nilai resmi disimpan apa adanya.",
    "Bobot diberikan untuk estimasi ini.", "Bobot dari Pengaturan › Tahun survei 2024.",
    "3 jawaban tanpa OPD hanya dihitung untuk instansi.", "2 baris tanpa satu pun jawaban yang dapat dihitung.",
    "4 jawaban untuk pertanyaan kelompok lain diabaikan.",
    "Hasil -2,5 dibatasi ke rentang 0–100.", "Hasil 104,1 dibatasi ke rentang 0–100.",
    "Kelompok eksternal hanya 2 responden: tidak dihitung untuk OPD ini agar jawaban perorangan tidak terbaca "
    "(tetap masuk angka instansi).",
]



def written_notes(tmp_path: Path, database: Database) -> list[str]:
    export, map_path = write(tmp_path)
    report = estimate_spi(database, export, map_path, 2024, correction=2.5)
    notes = [*report.notes, *report.institution.estimate.notes,
             *(note for unit in report.units for note in unit.estimate.notes)]
    _none, _weights, nobody = combine_index({}, {"internal": 1.0})
    _index, _used, missing = combine_index({"internal": Estimate(70.0, 3, 5.0)},
                                           {"internal": 0.45, "external": 0.45, "expert": 0.1})
    return [*notes, *nobody, *missing, *BUILT]


def test_the_notes_stay_as_written_in_indonesian(tmp_path: Path, demo_database: Database) -> None:
    notes = written_notes(tmp_path, demo_database)
    assert [reason_text(note) for note in notes] == notes


def test_every_note_reads_in_english_with_its_numbers_kept(  # type: ignore[no-untyped-def]
        english, tmp_path: Path, demo_database: Database) -> None:
    notes = written_notes(tmp_path, demo_database)
    assert any("hanya 2 responden" in note for note in notes) and any("koreksi 2,5" in note for note in notes)
    problems = []
    for note in notes:
        shown = reason_text(note)
        if found := INDONESIAN.search(shown):
            problems.append(f"{found.group(0)!r} in {shown!r}")
        if _digits(shown) != _digits(note):
            problems.append(f"numbers changed: {note!r} -> {shown!r}")
    assert not problems, "\n".join(problems)
    assert reason_text(BUILT[0]).startswith("The index is not the mean of the elements (element mean 71.25)")
