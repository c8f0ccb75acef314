"""Grafik: the three monitoring charts on the demo data, their PNG export, and a year without data."""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

import pytest
from PySide6.QtCharts import QAreaSeries, QBarCategoryAxis, QHorizontalStackedBarSeries, QLineSeries
from PySide6.QtGui import QImage

from spi_desktop.db.session import Database
from spi_desktop.services.progress import progress_matrix
from spi_desktop.services.progress_chasing import lagging_report
from spi_desktop.services.progress_series import carried_totals, institution_series
from spi_desktop.views.context import AppContext
from spi_desktop.views.monitoring.charts import MAX_BARS
from spi_desktop.views.monitoring.charts_page import ChartsPage

DEMO_OPD, DEMO_DAYS = 40, 90


def open_page(qtbot, database: Database, year: int) -> ChartsPage:  # type: ignore[no-untyped-def]
    page = ChartsPage(AppContext(database, year))
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitUntil(lambda: page.last_job is not None and page.last_job.done, timeout=15_000)
    return page


def bar_values(page: ChartsPage) -> list[float]:
    (bars,) = [s for s in page.views["attainment"].chart().series() if isinstance(s, QHorizontalStackedBarSeries)]
    sets = bars.barSets()
    return [sum(s.at(i) for s in sets) for i in range(sets[0].count())]


def test_carried_totals_keep_an_unreported_unit_at_its_last_count() -> None:
    day1, day2, day3 = dt.date(2025, 8, 1), dt.date(2025, 8, 2), dt.date(2025, 8, 3)
    rows = [(day1, 1, "internal", 10), (day1, 2, "internal", 5), (day2, 1, "internal", 12),
            (day3, 2, "internal", 9), (day3, None, "expert", 4)]
    assert carried_totals(rows) == {"internal": [(day1, 15), (day2, 17), (day3, 21)], "expert": [(day3, 4)]}


def test_institution_series_matches_the_matrix(demo_database: Database) -> None:
    series = institution_series(demo_database, 2025)
    latest, matrix = progress_matrix(demo_database, 2025)
    assert series.as_of == latest
    for group in ("internal", "external", "expert"):
        assert len(series.series[group]) == DEMO_DAYS
        assert series.series[group][-1] == (latest, sum(r.completed for r in matrix if r.group == group))
        assert series.targets[group] == sum(r.target or 0 for r in matrix if r.group == group)
    assert institution_series(demo_database, 2024).series == {}


def test_charts_draw_the_demo_data(qtbot, demo_database: Database, answered_prompts) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, demo_database, 2025)
    assert page.stack.currentWidget() is page.tabs
    assert page.data is not None and len(page.data.opds) == DEMO_OPD
    qtbot.waitUntil(lambda: len(bar_values(page)) == page.bars_on_screen, timeout=5_000)
    assert 8 <= page.bars_on_screen <= MAX_BARS
    values = bar_values(page)
    assert values == sorted(values, reverse=True)  # the axis runs bottom-up: the lowest bar is on top
    assert min(values) == int(min(o.attainment for o in page.data.opds) * 100)
    (axis,) = [a for a in page.views["attainment"].chart().axes() if isinstance(a, QBarCategoryAxis)]
    assert axis.count() == page.bars_on_screen
    title = page.views["attainment"].chart().title()
    assert f"{page.bars_on_screen} OPD terendah dari {DEMO_OPD}" in title

    lines = [s for s in page.views["over_time"].chart().series() if isinstance(s, QLineSeries) and s.count() > 2]
    assert sorted(s.count() for s in lines) == [DEMO_DAYS] * 3  # one line per group, one point per day

    worst = lagging_report(demo_database, 2025).rows[0]
    gap = page.views["gap"].chart()
    assert html.escape(worst.name) in gap.title()
    assert any(isinstance(s, QAreaSeries) for s in gap.series())  # the shortfall is shaded


@pytest.mark.parametrize("which", ["attainment", "over_time", "gap"])
def test_export_png_writes_a_fixed_size_image(qtbot, demo_database: Database, answered_prompts,  # type: ignore[no-untyped-def]
                                              tmp_path: Path, which: str) -> None:
    page = open_page(qtbot, demo_database, 2025)
    page.resize(700, 500)  # the export does not depend on the window
    target = tmp_path / f"{which}.png"
    page.export_png(which, target)
    qtbot.waitUntil(lambda: page.last_job.done, timeout=15_000)
    assert answered_prompts.errors == []
    assert len(answered_prompts.infos) == 1 and str(target) in answered_prompts.infos[0][1]
    image = QImage(str(target))
    assert target.stat().st_size > 10_000
    assert (image.width(), image.height()) == (1200, 700)


def test_export_button_asks_for_a_file_and_adds_the_suffix(qtbot, demo_database: Database, answered_prompts,  # type: ignore[no-untyped-def]
                                                           tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from spi_desktop.views.prompts import prompts

    asked: list[str] = []
    monkeypatch.setattr(prompts, "save_file", lambda _p, _t, suggested, _f: asked.append(suggested)
                        or str(tmp_path / "grafik"))
    page = open_page(qtbot, demo_database, 2025)
    page.export_buttons["gap"].click()
    qtbot.waitUntil(lambda: page.last_job.done, timeout=15_000)
    worst = lagging_report(demo_database, 2025).rows[0]
    assert asked == [f"kesenjangan-{worst.code.lower()}-2025.png"]
    assert (tmp_path / "grafik.png").stat().st_size > 0


def test_export_failure_says_why(qtbot, demo_database: Database, answered_prompts, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, demo_database, 2025)
    page.export_png("attainment", tmp_path / "no-such-folder" / "x.png")
    qtbot.waitUntil(lambda: page.last_job.done, timeout=15_000)
    assert answered_prompts.infos == []
    [(_title, text)] = answered_prompts.errors
    assert "no-such-folder" in text and "tidak dapat disimpan" in text


def test_a_year_without_progress_says_so(qtbot, demo_database: Database, answered_prompts,  # type: ignore[no-untyped-def]
                                         tmp_path: Path) -> None:
    page = open_page(qtbot, demo_database, 2024)
    assert page.stack.currentWidget() is page.message
    assert page.message.text() == "Belum ada data kemajuan untuk tahun ini."
    page.export_png("attainment", tmp_path / "x.png")
    assert answered_prompts.errors and not (tmp_path / "x.png").exists()
    page.context.set_year(2025)
    qtbot.waitUntil(lambda: page.last_job.done and page.stack.currentWidget() is page.tabs, timeout=15_000)
