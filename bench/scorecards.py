"""Scorecard batch speed: 640 OPD cards through the app against a bare reportlab drawing of the same content.

    .venv/bin/python bench/scorecards.py

The app run is ``write_scorecards`` end to end: reading the year's results from the workspace, choosing the
recommendations, drawing in worker processes, writing each file whole. The baseline draws the same texts,
bars, logo and fonts with reportlab calls only (no application code, the content handed over as plain values),
in the same number of worker processes. Target: app ÷ baseline ≤ 1.3, with every core busy.
"""

from __future__ import annotations

import io
import multiprocessing
import os
import random
import resource
import sys
import tempfile
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

UNITS, TARGET_RATIO = 640, 1.3
FONTS = Path(__file__).resolve().parents[1] / "spi_desktop" / "resources" / "fonts"


def build_workspace(path: Path) -> None:
    """The demo kabupaten grown to 640 OPD, each with a 2024 and a 2025 result."""
    from spi_desktop.db.models import OfficialResult, Unit
    from spi_desktop.services.database import open_database
    from spi_desktop.services.demo import build_demo

    database = open_database(path)
    build_demo(database)
    rng = random.Random(6)
    with database.Session.begin() as session:
        template = session.query(OfficialResult).filter(OfficialResult.unit_id.isnot(None)).first()
        assert template is not None
        for number in range(UNITS - 40):
            unit = Unit(code=f"OPD{number:03d}", name=f"Unit Pelaksana Teknis Daerah Nomor {number} Kabupaten")
            session.add(unit)
            session.flush()
            for year in (2024, 2025):
                elements = {code: round(rng.uniform(55, 90), 2) for code in template.elements}
                session.add(OfficialResult(
                    year=year, unit_id=unit.id, index=round(sum(elements.values()) / len(elements), 2),
                    internal=round(rng.uniform(60, 90), 2), external=round(rng.uniform(60, 90), 2),
                    elements=elements, source=template.source, source_date=template.source_date,
                    entered_by="bench"))
    database.close()


# ---- the bare baseline: reportlab only -------------------------------------------------------------------

def _bare_fonts() -> None:
    from reportlab import rl_config
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    rl_config.useA85 = 0  # as the app writes its streams

    if "Bare" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("Bare", str(FONTS / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont("Bare-Bold", str(FONTS / "DejaVuSans-Bold.ttf")))


def bare_card(card: dict[str, Any], path: str) -> None:
    """One card drawn straight with reportlab: the same texts, bars, colours and fonts as the app's."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.utils import ImageReader, simpleSplit
    from reportlab.pdfgen.canvas import Canvas

    _bare_fonts()
    canvas = Canvas(path, pagesize=(595.2756, 841.8898), invariant=True)
    if card["logo"]:
        canvas.drawImage(ImageReader(io.BytesIO(card["logo"])), 40, 754, 48, 48, preserveAspectRatio=True)
    canvas.setFont("Bare", 9.5)
    canvas.drawString(40, 792, f"{card['institution']} · Survei Penilaian Integritas {card['year']}")
    canvas.setFont("Bare-Bold", 17)
    canvas.drawString(40, 772, card["unit_name"])
    canvas.setFillColor(HexColor(card["index"]["colour"]))
    canvas.setFont("Bare-Bold", 30)
    canvas.drawString(40, 708, f"{card['index']['score']:.2f} — {card['index']['band']}".replace(".", ","))
    for label, lower, upper, colour in card["bands"]:
        canvas.setFillColor(HexColor(colour))
        canvas.rect(40 + 5.15 * lower, 676, 5.15 * (upper - lower), 12, stroke=0, fill=1)
        canvas.rect(40 + 1.5 * lower, 663, 8, 8, stroke=0, fill=1)
        canvas.setFont("Bare", 8)
        canvas.drawString(51 + 1.5 * lower, 664, f"{label} {lower:.2f} – {upper:.2f}")
    canvas.setFont("Bare", 9.5)
    canvas.drawString(40, 651, f"Internal {card['internal']} · Eksternal {card['external']} · Eksper –")
    canvas.drawString(40, 637, f"Pembanding: indeks nasional {card['national_index']}")
    y = 600.0
    for line in card["elements"]:
        canvas.setFillColor(HexColor("#263238"))
        canvas.setFont("Bare", 9)
        canvas.drawString(40, y, line["name"])
        canvas.setFillColor(HexColor("#eceff1"))
        canvas.rect(236, y - 2, 169, 10, stroke=0, fill=1)
        canvas.setFillColor(HexColor(line["score"]["colour"]))
        canvas.rect(236, y - 2, 1.69 * line["score"]["score"], 10, stroke=0, fill=1)
        canvas.setFont("Bare-Bold", 9)
        canvas.drawString(411, y, f"{line['score']['score']:.2f}")
        canvas.setFont("Bare", 8.5)
        canvas.drawString(445, y, line["score"]["band"])
        canvas.drawRightString(555, y, f"▲ {abs(line['change'] or 0):.2f}")
        y -= 15.5
    for item in card["recommendations"]:
        canvas.setFont("Bare-Bold", 9)
        canvas.drawString(40, y, f"{item['element']} — {item['band']}")
        y -= 12
        canvas.setFont("Bare", 8.5)
        for text in simpleSplit(item["text"], "Bare", 8.5, 505):
            canvas.drawString(50, y, text)
            y -= 10.8
    canvas.setFont("Bare", 7.5)
    canvas.drawString(40, 84, f"Sumber: {card['source']}")
    canvas.drawString(40, 73, "Dicetak · halaman 1 dari 1")
    canvas.setFont("Bare", 9)
    canvas.drawString(365, 84, f"{card['place']}, 21 November 2026")
    canvas.drawString(365, 34, card["inspector_name"])
    canvas.showPage()
    canvas.save()


def bare_chunk(jobs: list[tuple[dict[str, Any], str]]) -> int:
    for card, path in jobs:
        bare_card(card, path)
    return len(jobs)


def run_bare(cards: list[dict[str, Any]], out: Path, workers: int) -> float:
    out.mkdir()
    jobs = [(card, str(out / f"{number}.pdf")) for number, card in enumerate(cards)]
    size = -(-len(jobs) // (workers * 4))
    begin = time.perf_counter()
    with multiprocessing.get_context("spawn").Pool(workers) as pool:
        pool.map(bare_chunk, [jobs[i:i + size] for i in range(0, len(jobs), size)])
    return time.perf_counter() - begin


# ---- the app ---------------------------------------------------------------------------------------------

def run_app(path: Path, out: Path, workers: int) -> float:
    from spi_desktop.services.database import open_database
    from spi_desktop.services.scorecard_batch import write_scorecards

    database = open_database(path)
    begin = time.perf_counter()
    result = write_scorecards(database, 2025, out, workers=workers)
    elapsed = time.perf_counter() - begin
    database.close()
    assert len(result.files) == UNITS, len(result.files)
    return elapsed


def cpu_seconds() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def measured(label: str, run: Any, workers: int) -> float:
    cpu = cpu_seconds()
    elapsed = run()
    busy = (cpu_seconds() - cpu) / elapsed
    print(f"{label}: {elapsed:.2f} s, {UNITS / elapsed:.0f} cards/s, cores busy {busy:.2f} of {workers}")
    return elapsed


def main() -> int:
    from spi_desktop.services.database import open_database
    from spi_desktop.services.scorecards import scorecards_for_year

    workers = os.cpu_count() or 1
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        build_workspace(base / "bench.sqlite")
        database = open_database(base / "bench.sqlite")
        cards = [asdict(card) for card in scorecards_for_year(database, 2025) if card.code]
        database.close()
        print(f"{len(cards)} OPD cards, {workers} cores")
        # Best of two runs each, alternating, so a moment of load elsewhere on the machine does not decide.
        bare = app = float("inf")
        for run in range(2):
            bare = min(bare, measured("baseline: bare reportlab, same content",
                                      lambda run=run: run_bare(cards, base / f"bare{run}", workers), workers))
            app = min(app, measured("write_scorecards (read, choose, draw, write whole)",
                                    lambda run=run: run_app(base / "bench.sqlite", base / f"app{run}", workers),
                                    workers))
        single = measured("write_scorecards in one process", lambda: run_app(base / "bench.sqlite",
                                                                               base / "one", 1), 1)
    ratio = app / bare
    print(f"best: baseline {bare:.2f} s, app {app:.2f} s")
    print(f"app ÷ baseline = {ratio:.2f} (target ≤ {TARGET_RATIO}); one process ÷ workers = {single / app:.2f}")
    ok = ratio <= TARGET_RATIO
    print("OK" if ok else "TOO SLOW")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
