"""Demo official results (2024 and 2025) and a few recommendations with their action plans.

Fictional figures for the fictional Kabupaten Sukamaju, drawn from their own seed so the rest of the demo
(OPD, progress) stays exactly as it was. The index is deliberately not the mean of the elements, as in KPK's
real results.
"""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import select
from sqlalchemy.orm import Session

from spi_desktop.db.models import ActionPlan, OfficialResult, Recommendation, Unit

RESULTS_SEED = 20251209
ELEMENTS = ("transparansi", "pengelolaan_sdm", "pengelolaan_anggaran", "integritas_tugas", "perdagangan_pengaruh",
            "pengelolaan_pbj", "sosialisasi_antikorupsi")
# Where a kabupaten typically scores lower or higher than its index (points), after KPK's published patterns.
ELEMENT_SHIFT = {"transparansi": 6, "pengelolaan_sdm": -5, "pengelolaan_anggaran": -2, "integritas_tugas": 8,
                 "perdagangan_pengaruh": -7, "pengelolaan_pbj": -6, "sosialisasi_antikorupsi": 4}
INSTITUTION_INDEX = {2024: 70.84, 2025: 72.15}
RELEASED = {2024: dt.date(2024, 12, 10), 2025: dt.date(2025, 12, 9)}
RECOMMENDATIONS = (
    ("perdagangan_pengaruh", "Tetapkan aturan benturan kepentingan beserta sanksinya dan pastikan tidak ada "
                             "intervensi pihak luar dalam perizinan dan pengadaan."),
    ("pengelolaan_pbj", "Terapkan e-katalog untuk seluruh paket yang memungkinkan; hentikan pemecahan paket."),
    ("pengelolaan_sdm", "Lakukan mutasi dan promosi berbasis merit yang diumumkan terbuka."),
)
ACTIVITIES = (
    ("Menyusun Perbup benturan kepentingan", "Bagian Hukum Setda", dt.date(2026, 3, 31), "selesai", 100),
    ("Sosialisasi aturan benturan kepentingan ke seluruh OPD", "Inspektorat Daerah", dt.date(2026, 6, 30),
     "berjalan", 60),
    ("Memindahkan paket PBJ ke e-katalog daerah", "Bagian PBJ Setda", dt.date(2026, 8, 31), "berjalan", 45),
    ("Audit pemecahan paket tahun anggaran 2025", "Inspektorat Daerah", dt.date(2026, 10, 15), "belum", 0),
    ("Mengumumkan lowongan jabatan secara terbuka", "BKPSDM", dt.date(2027, 2, 28), "berjalan", 30),
    ("Menyusun pola karier berbasis merit", "BKPSDM", dt.date(2026, 9, 30), "belum", 10),
)


def _scores(rng: random.Random, index: float) -> dict[str, float]:
    return {code: round(min(max(index + ELEMENT_SHIFT[code] + rng.uniform(-4, 4), 40), 97), 2) for code in ELEMENTS}


def add_demo_results(session: Session) -> None:
    """Two years of official results for the institution and every OPD, and the 2025 recommendations."""
    rng = random.Random(RESULTS_SEED)
    units = list(session.execute(select(Unit.id, Unit.code).order_by(Unit.code)))
    for year, index in INSTITUTION_INDEX.items():
        session.add(OfficialResult(year=year, unit_id=None, index=index, internal=round(index + 9.4, 2),
                                   external=round(index + 13.1, 2), expert=round(index - 6.2, 2),
                                   correction=round(rng.uniform(3.5, 7.5), 2), elements=_scores(rng, index + 6),
                                   source=f"Laporan hasil SPI {year} (contoh)", source_date=RELEASED[year],
                                   entered_by="demo"))
        for unit_id, _code in units:
            unit_index = round(min(max(index + rng.gauss(0, 5.5), 55), 92), 2)
            session.add(OfficialResult(year=year, unit_id=unit_id, index=unit_index,
                                       internal=round(unit_index + rng.uniform(4, 12), 2),
                                       external=round(unit_index + rng.uniform(6, 15), 2), expert=None,
                                       correction=round(rng.uniform(0.5, 6), 2),
                                       elements=_scores(rng, unit_index + 5),
                                       source=f"Laporan hasil SPI {year} (contoh)", source_date=RELEASED[year],
                                       entered_by="demo"))
    session.flush()
    recommendations = [Recommendation(year=2025, unit_id=None, element=element, text=text)
                       for element, text in RECOMMENDATIONS]
    session.add_all(recommendations)
    session.flush()
    owners = (0, 0, 1, 1, 2, 2)  # which recommendation each activity answers
    for (activity, owner, due, status, progress), which in zip(ACTIVITIES, owners, strict=True):
        session.add(ActionPlan(recommendation_id=recommendations[which].id, activity=activity, owner=owner,
                               due_date=due, status=status, progress=progress, notes=""))
